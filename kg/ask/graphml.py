"""GraphML of the projected network (for Gephi), and the one export entry point ``kg export`` calls:
GraphML here, the events table from :mod:`kg.ask.events_csv`, every RDF format from :mod:`kg.store.export`."""
from __future__ import annotations

import io
from pathlib import Path

from ..store.endpoint import open_backend
from ..store.export import export_path, export_store
from ..util.files import output_write
from .project import project_triples


def graphml(view) -> bytes:
    """GraphML of the projected network: label, class and IRI on nodes, property on edges."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for iri in sorted(view.graph.nodes):
        inf = view.info[iri]
        g.add_node(iri, label=inf.label(), cls=inf.cls, iri=iri)
    for u, v, k in sorted(view.graph.edges(keys=True)):
        g.add_edge(u, v, key=k, property=k)
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    return buf.getvalue()


def export_graph(out_dir: Path, fmt: str, out_file: Path | None = None, endpoint: str | None = None) -> Path:
    """Write the graph in ``fmt`` (an RDF format, ``graphml`` or ``csv-events``) to ``out_file`` or
    ``out_dir/kg.EXT`` (``events.csv`` for the events)."""
    if fmt == "csv-events":
        from .events_csv import events_csv

        path = out_file or Path(out_dir) / "events.csv"
        output_write(path, events_csv(open_backend(out_dir, endpoint)))
        return path
    if fmt != "graphml":
        return export_store(out_dir, fmt, out_file, endpoint)
    path = export_path(out_dir, fmt, out_file)
    output_write(path, graphml(project_triples(open_backend(out_dir, endpoint).triples())))
    return path
