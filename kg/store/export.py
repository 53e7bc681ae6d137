"""RDF exports of the store: Turtle (streamed, canonical), N-Triples, TriG (one named graph per article),
JSON-LD (compacted, :mod:`kg.store.jsonld`) and RDF/XML (pyoxigraph's writer), each deterministic and
written atomically; and the store's counts (``kg stats``)."""
from __future__ import annotations

from pathlib import Path

from ..graph.vocab import PREFIXES, short
from ..util.files import output_file, output_write
from .endpoint import open_backend
from .jsonld import jsonld
from .oxigraph import rdflib_triples
from .terms import ntriples
from .turtle import trig, write_turtle

FORMATS = {
    "turtle": ("ttl", None),
    "ntriples": ("nt", "nt"),
    "nquads": ("nq", "nquads"),
    "jsonld": ("jsonld", "json-ld"),
    "xml": ("rdf", "xml"),
}
NAMES = {"ttl": "turtle", "turtle": "turtle", "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples",
         "nq": "nquads", "nquads": "nquads", "n-quads": "nquads", "trig": "trig", "jsonld": "jsonld",
         "json-ld": "jsonld", "xml": "xml", "rdfxml": "xml", "rdf/xml": "xml", "rdf": "xml", "owl": "xml",
         "graphml": "graphml", "csv-events": "csv-events", "events": "csv-events"}


def export_path(out_dir: Path, fmt: str, out_file: Path | None = None) -> Path:
    """Where an export goes: ``out_file``, else ``out_dir/kg.EXT`` (``kg.trig``, ``kg.graphml``: the
    format's name)."""
    ext = FORMATS[fmt][0] if fmt in FORMATS else fmt
    return (out_file if str(out_file) == "-" else Path(out_file)) if out_file else Path(out_dir) / f"kg.{ext}"


def export_store(out_dir: Path, fmt: str, out_file: Path | None = None, endpoint: str | None = None) -> Path:
    """Write the graph in the RDF format ``fmt`` to ``out_file`` (default ``out_dir/kg.EXT``), atomically."""
    backend = open_backend(out_dir, endpoint)
    path = export_path(out_dir, fmt, out_file)
    if fmt == "trig":
        data = trig(backend.quads())
    elif fmt == "turtle":    # streamed: no rdflib Graph of the whole store
        local = hasattr(backend, "sorted_triples")
        with output_file(path) as f:
            write_turtle(rdflib_triples(backend.sorted_triples() if local else backend.triples()), f,
                         presorted=local)
        return path
    elif fmt == "nquads":    # the merged graph as the default graph and one named graph per article, sorted
        import pyoxigraph as ox

        text = ox.serialize(backend.quads(), format=ox.RdfFormat.N_QUADS).decode("utf-8")
        data = "".join(line + "\n" for line in sorted(set(text.splitlines()))).encode("utf-8")
    elif fmt == "ntriples":
        data = ntriples(rdflib_triples(backend.triples()))
    elif fmt == "jsonld":
        data = jsonld(backend.triples(), PREFIXES)
    else:    # RDF/XML by pyoxigraph, from the triples in one order, so the bytes are the same every time
        import pyoxigraph as ox

        triples = sorted((ox.Triple(s, p, o) for s, p, o in backend.triples()), key=str)
        data = ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    output_write(path, data)
    return path


def stats(out_dir: Path, endpoint: str | None = None) -> dict:
    """Counts per class and property, articles and languages."""
    store = open_backend(out_dir, endpoint)

    def pairs(q):
        return {sol[0].value: int(sol[1].value) for sol in store.query(q)}

    classes = pairs("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")
    props = pairs("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p")
    langs = pairs("SELECT ?l (COUNT(?a) AS ?n) WHERE { ?a <http://purl.org/dc/terms/language> ?l } "
                  "GROUP BY ?l ORDER BY ?l")
    return {"triples": sum(props.values()), "articles": sum(langs.values()), "languages": langs,
            "classes": {short(k): v for k, v in classes.items()},
            "properties": {short(k): v for k, v in props.items()}}
