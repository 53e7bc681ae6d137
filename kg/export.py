"""Writing the graph: canonical Turtle, other RDF formats, always atomically.

The Turtle writer is our own so that the bytes depend only on the triples: prefixes first, then one
block per subject in sorted order, ``rdf:type`` first, other predicates and objects sorted. Every
file is written to a temporary file beside the target and renamed over it, so a crash or a full disk
never leaves a half-written export.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from .errors import StoreError
from .namespace import PREFIXES

EXTRA_PREFIXES = {"sh": "http://www.w3.org/ns/shacl#", "schema": "https://schema.org/",
                  "skos": "http://www.w3.org/2004/02/skos/core#"}


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None


class _Terms:
    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def iri(self, u: URIRef) -> str:
        s = str(u)
        for p, ns in self.prefixes:
            if s.startswith(ns):
                local = s[len(ns):]
                if local and all(ch.isalnum() or ch in "-_" for ch in local) and not local[0] in "-":
                    return f"{p}:{local}"
        return f"<{s}>"

    def term(self, t) -> str:
        if isinstance(t, URIRef):
            return self.iri(t)
        if isinstance(t, Literal):
            lex = (str(t).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t"))
            if t.language:
                return f'"{lex}"@{t.language}'
            if t.datatype and str(t.datatype) != "http://www.w3.org/2001/XMLSchema#string":
                return f'"{lex}"^^{self.iri(t.datatype)}'
            return f'"{lex}"'
        if isinstance(t, BNode):
            return f"_:{t}"
        raise TypeError(t)


def turtle(graph: Graph, prefixes: dict[str, str] | None = None) -> bytes:
    """Canonical Turtle of ``graph`` (same triples, same bytes)."""
    prefixes = dict(prefixes or PREFIXES)
    terms = _Terms(prefixes)
    out = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    out.append("")
    by_subject: dict = {}
    for s, p, o in graph:
        by_subject.setdefault(s, {}).setdefault(p, []).append(o)
    for s in sorted(by_subject, key=lambda x: (isinstance(x, BNode), str(x))):
        preds = by_subject[s]
        lines = []
        for p in sorted(preds, key=lambda x: (x != RDF.type, terms.iri(x))):
            objs = sorted({terms.term(o) for o in preds[p]})
            lines.append(f"    {'a' if p == RDF.type else terms.iri(p)} " + " ,\n        ".join(objs))
        out.append(terms.term(s) + "\n" + " ;\n".join(lines) + " .\n")
    return ("\n".join(out)).encode("utf-8")


FORMATS = {
    "turtle": ("ttl", None),
    "ntriples": ("nt", "nt"),
    "jsonld": ("jsonld", "json-ld"),
    "xml": ("rdf", "xml"),
}


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph in one of :data:`FORMATS`; N-Triples lines are sorted so that output is stable."""
    if fmt == "turtle":
        return turtle(graph)
    if fmt not in FORMATS:
        raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    data = graph.serialize(format=FORMATS[fmt][1], encoding="utf-8")
    if fmt == "ntriples":
        data = b"\n".join(sorted(line for line in data.splitlines() if line.strip())) + b"\n"
    return data
