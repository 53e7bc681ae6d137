"""SHACL validation of a graph against ``ontology/shapes.ttl`` (with the ontology for subclasses)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..errors import KGError
from ..graph.vocab import ONTOLOGY_FILE, SHAPES_FILE


def load_graph(path: Path) -> Graph:
    """The Turtle graph in ``path`` (``-``: standard input)."""
    g = Graph()
    try:
        if str(path) == "-":
            import sys

            g.parse(data=sys.stdin.buffer.read(), format="turtle")
        else:
            g.parse(str(path), format="turtle")
    except FileNotFoundError:
        raise KGError(f"{path}: no such file; run `kg build` first") from None
    except Exception as e:  # rdflib raises many parser exception types
        raise KGError(f"{path}: not valid Turtle ({str(e).splitlines()[0][:200]})") from None
    return g


def validate(data: Graph) -> tuple[bool, list[str]]:
    """Validate; returns whether the graph conforms and one readable line per violation."""
    from pyshacl import validate as shacl

    shapes = Graph().parse(str(SHAPES_FILE), format="turtle")
    ont = Graph().parse(str(ONTOLOGY_FILE), format="turtle")
    conforms, report, _ = shacl(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                allow_warnings=True)
    lines = []
    if not conforms:
        from rdflib.namespace import SH

        for res in sorted(report.subjects(SH.focusNode, None), key=str):
            focus = report.value(res, SH.focusNode)
            path = report.value(res, SH.resultPath)
            msg = report.value(res, SH.resultMessage)
            p = str(path).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if path is not None else ""
            lines.append(f"{focus} {p}: {msg}")
    return bool(conforms), sorted(set(lines))
