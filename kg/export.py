"""Writing the graph: canonical Turtle, other RDF formats, always atomically.

The Turtle writer is our own so that the bytes depend only on the triples: prefixes first, then one
block per subject in sorted order, ``rdf:type`` first, other predicates and objects sorted. Every
file is written to a temporary file beside the target and renamed over it, so a crash or a full disk
never leaves a half-written export.
"""
from __future__ import annotations

import io
import os
import tempfile
from itertools import groupby
from contextlib import contextmanager
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from .errors import StoreError
from .namespace import PREFIXES

EXTRA_PREFIXES = {"sh": "http://www.w3.org/ns/shacl#", "schema": "https://schema.org/",
                  "skos": "http://www.w3.org/2004/02/skos/core#"}


_UMASK = os.umask(0o022)
os.umask(_UMASK)          # read once: the process's umask, restored at once


@contextmanager
def atomic_file(path: Path, durable: bool = True):
    """A binary file to write ``path`` through: a temporary file beside it, renamed over it on success.

    ``durable`` flushes it to disk before the rename; without, the file is whole or absent after a crash of
    the process, and the caller makes it durable later (as :meth:`kg.workspace.Workspace._write_index`
    does for many files at once)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(fd, 0o666 & ~_UMASK)      # mkstemp makes it private; a written file is as any other
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    with atomic_file(path) as f:
        f.write(data)


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


def turtle(graph, prefixes: dict[str, str] | None = None) -> bytes:
    """Canonical Turtle of ``graph`` (same triples, same bytes): see :func:`write_turtle`."""
    buf = io.BytesIO()
    write_turtle(graph, buf, prefixes)
    return buf.getvalue()


def write_turtle(triples, f, prefixes: dict[str, str] | None = None, presorted: bool = False) -> None:
    """Write canonical Turtle of ``triples`` (rdflib terms; an rdflib Graph or any iterable) to the binary
    file ``f``: prefixes first, then one block per subject in sorted order, ``rdf:type`` first, other
    predicates and objects sorted. Blocks are written as they are made, so the text of the whole graph
    is never in memory at once; with ``presorted`` the triples come subject by subject in that order
    already (:meth:`kg.backend.LocalBackend.sorted_triples`) and are not held at all."""
    prefixes = dict(prefixes or PREFIXES)
    terms = _Terms(prefixes)
    f.write(("\n".join(f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())) + "\n").encode("utf-8"))
    if presorted:
        blocks = groupby(triples, key=lambda t: t[0])
    else:   # grouped by subject, then the subjects sorted: a sort key per triple held 1.5 GB at 10M triples
        by_subject: dict = {}
        for t in triples:
            by_subject.setdefault(t[0], []).append(t)
        blocks = ((s, by_subject.pop(s)) for s in sorted(by_subject, key=lambda s: (isinstance(s, BNode), str(s))))
    for s, block in blocks:
        preds: dict = {}
        for t in block:
            preds.setdefault(t[1], []).append(t[2])
        lines = []
        for p in sorted(preds, key=lambda x: (x != RDF.type, terms.iri(x))):
            objs = sorted({terms.term(o) for o in preds[p]})
            lines.append(f"    {'a' if p == RDF.type else terms.iri(p)} " + " ,\n        ".join(objs))
        f.write(("\n" + terms.term(s) + "\n" + " ;\n".join(lines) + " .\n").encode("utf-8"))


def ntriples(triples) -> bytes:
    """N-Triples of ``triples`` (rdflib terms), lines sorted so that output is stable."""
    terms = _Terms({})
    return "".join(sorted(f"{terms.term(s)} {terms.term(p)} {terms.term(o)} .\n" for s, p, o in triples)) \
        .encode("utf-8")


def trig(quads) -> bytes:
    """Canonical TriG of the named graphs among ``quads``: one graph per article, with the triples it supports."""
    import pyoxigraph as ox

    terms = _Terms(dict(PREFIXES))
    graphs: dict = {}
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            continue
        graphs.setdefault(q.graph_name.value, {}).setdefault(_ox_term(q.subject, terms), {}) \
            .setdefault(_ox_term(q.predicate, terms), set()).add(_ox_term(q.object, terms))
    out = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    out.append("")
    a_type = terms.iri(RDF.type)
    for gname in sorted(graphs):
        out.append(f"{terms.iri(URIRef(gname))} {{")
        for subj in sorted(graphs[gname]):
            preds = graphs[gname][subj]
            lines = [f"        {'a' if p == a_type else p} " + " ,\n            ".join(sorted(preds[p]))
                     for p in sorted(preds, key=lambda x: (x != a_type, x))]
            out.append(f"    {subj}\n" + " ;\n".join(lines) + " .")
        out.append("}\n")
    return "\n".join(out).encode("utf-8")


def _ox_term(t, terms: "_Terms") -> str:
    name = type(t).__name__
    if name == "NamedNode":
        return terms.iri(URIRef(t.value))
    if name == "BlankNode":
        return f"_:{t.value}"
    dt = t.datatype.value if t.datatype else None
    lit = Literal(t.value, lang=t.language) if t.language else Literal(
        t.value, datatype=None if dt == "http://www.w3.org/2001/XMLSchema#string" else URIRef(dt))
    return terms.term(lit)


def graphml(view) -> bytes:
    """GraphML of the projected network (for Gephi): label, class and IRI on nodes, property on edges."""
    import io

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


def export_store(out_dir: Path, fmt: str, out_file: Path | None = None, endpoint: str | None = None) -> Path:
    """Write the graph in ``fmt`` to ``out_file`` (default ``out_dir/kg.EXT``), atomically."""
    from .backend import open_backend
    from .store import rdflib_triples, triples_to_rdflib

    backend = open_backend(out_dir, endpoint)
    ext = FORMATS[fmt][0] if fmt in FORMATS else fmt   # trig, graphml
    path = Path(out_file) if out_file else Path(out_dir) / f"kg.{ext}"
    if fmt == "trig":
        data = trig(backend.quads())
    elif fmt == "graphml":
        from .project import project_triples

        data = graphml(project_triples(backend.triples()))
    elif fmt == "turtle":    # streamed: no rdflib Graph of the whole store
        local = hasattr(backend, "sorted_triples")
        with atomic_file(path) as f:
            write_turtle(rdflib_triples(backend.sorted_triples() if local else backend.triples()), f,
                         presorted=local)
        return path
    elif fmt == "ntriples":
        data = ntriples(rdflib_triples(backend.triples()))
    else:
        data = serialize(triples_to_rdflib(backend.triples()), fmt)
    atomic_write(path, data)
    return path


def stats(out_dir: Path, endpoint: str | None = None) -> dict:
    """Counts per class and property, articles and languages."""
    from .backend import open_backend

    store = open_backend(out_dir, endpoint)

    def pairs(q):
        return {sol[0].value: int(sol[1].value) for sol in store.query(q)}

    classes = pairs("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")
    props = pairs("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p")
    langs = pairs("SELECT ?l (COUNT(?a) AS ?n) WHERE { ?a <http://purl.org/dc/terms/language> ?l } "
                  "GROUP BY ?l ORDER BY ?l")
    from .query import short

    return {"triples": sum(props.values()), "articles": sum(langs.values()), "languages": langs,
            "classes": {short(k): v for k, v in classes.items()},
            "properties": {short(k): v for k, v in props.items()}}


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
    if fmt == "ntriples":
        return ntriples(graph)
    return graph.serialize(format=FORMATS[fmt][1], encoding="utf-8")
