"""The working store: the built graph in an on-disk Oxigraph database, next to the Turtle export.

``kg build`` fills a fresh store in a temporary folder and swaps it in only when complete, so a build
that fails or is killed leaves the previous store as it was. Oxigraph was chosen over rdflib's memory
store for SPARQL speed (about 20-30 times faster on the named queries, see bench/RESULTS.md).
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..errors import StoreError
from ..graph.triples import Triples
from ..graph.vocab import DIPR
from .terms import Terms

STORE_DIR = "store"
BATCH = 250_000      # quads per bulk-load call


def nquads(graph, support: dict | None, article_iri, batch: int | None = None):
    """The store's content as N-Quads text, in chunks of ``batch`` lines (default :data:`BATCH`): the merged
    graph as the default graph, and each triple again in the named graph of every article that supports it."""
    terms = Terms({})
    made: dict[int, str] = {}        # by identity: a term shared by many triples is written once
    keep: list = []                  # (and kept alive, so that its id is not reused meanwhile)
    graphs: dict[str, str] = {}
    size = batch or BATCH
    lines: list[str] = []

    def text(x) -> str:
        y = made.get(id(x))
        if y is None:
            y = made[id(x)] = terms.term(x)
            keep.append(x)
        return y

    for t in graph:
        spo = f"{text(t[0])} {text(t[1])} {text(t[2])}"
        lines.append(spo + " .\n")
        for aid in sorted((support or {}).get(t, ())):
            g = graphs.get(aid)
            if g is None:
                g = graphs[aid] = f"<{article_iri(aid)}>"
            lines.append(f"{spo} {g} .\n")
        if len(lines) >= size:
            yield "".join(lines).encode("utf-8")
            lines = []
    if lines:
        yield "".join(lines).encode("utf-8")


def write_store(graph, support: dict | None, out_dir: Path) -> Path:
    """Replace ``out_dir/store`` by a new Oxigraph store holding the graph (see :func:`nquads`)."""
    import pyoxigraph as ox

    out_dir = Path(out_dir)
    target = out_dir / STORE_DIR
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        tmp = _temporary_store_dir(out_dir)
        store = ox.Store(str(tmp))
        # N-Quads text parsed by Oxigraph is about four times cheaper to hand over than Python quad
        # objects; its bulk loader holds what it is given in memory (about 1.5 kB per quad) before writing
        # it, so batches keep a million-triple build at a few hundred MB (measured in bench/NOTES.md)
        for batch in nquads(graph, support, lambda aid: str(DIPR[f"article/{aid}"])):
            store.bulk_load(input=batch, format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        _swap_in(tmp, target)
    except OSError as e:
        raise StoreError(f"cannot write the store in {out_dir}: {e.strerror or e}") from None
    return target


def _temporary_store_dir(out_dir: Path) -> Path:
    """A new empty folder beside the store to build the next one in, after removing those a killed run
    left (writers hold the folder's lock)."""
    for stale in Path(out_dir).glob(".store*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=".store.", dir=out_dir))


def _swap_in(tmp: Path, target: Path) -> None:
    """Put the store folder ``tmp`` in the place of ``target`` (the old one moved aside, then deleted)."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".store-old.", dir=target.parent))
        old.rmdir()
        target.rename(old)
    tmp.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def update_store(out_dir: Path, triples, affected: set, article_iri) -> None:
    """Replace the named graphs of the ``affected`` articles by what ``triples`` (their new named graphs:
    ``triples.support`` maps each triple to the affected articles that support it) says, and bring the
    default graph in line: a triple stays in it while some article's named graph holds it.

    One SPARQL Update, which Oxigraph applies as one transaction: a run killed meanwhile leaves the store
    as it was. While a ``kg serve`` serves the folder (:mod:`kg.store.serving`) the update goes to a copy
    of the store, swapped in when done: a new generation the server switches to, never a store changed
    under it."""
    _changed(out_dir, lambda store: _update(store, out_dir, triples, affected, article_iri))


def update_sparql(out_dir: Path, update: str) -> None:
    """Apply one SPARQL Update (one transaction) to the store, as :func:`update_store` does."""
    def run(store):
        try:
            store.update(update)
            store.flush()
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot update the store in {out_dir}: {e}") from None

    _changed(out_dir, run)


def _changed(out_dir: Path, change) -> None:
    """``change(store)`` on the store in place, or, while a ``kg serve`` serves the folder, on a copy that
    is then swapped in."""
    import pyoxigraph as ox

    from .serving import is_served

    if not is_served(out_dir):
        change(open_store(out_dir, read_only=False))
        return
    target = Path(out_dir) / STORE_DIR
    try:
        tmp = _temporary_store_dir(out_dir)
        shutil.copytree(target, tmp, dirs_exist_ok=True)
        change(ox.Store(str(tmp)))
        _swap_in(tmp, target)
    except OSError as e:
        raise StoreError(f"cannot write the store in {out_dir}: {e.strerror or e}") from None


def _update(store, out_dir: Path, triples, affected: set, article_iri) -> None:
    import pyoxigraph as ox

    names = {aid: ox.NamedNode(article_iri(aid)) for aid in affected}
    gone = set(names.values())
    old = set()
    for g in names.values():
        for q in store.quads_for_pattern(None, None, None, g):
            old.add((q.subject, q.predicate, q.object))
    terms = Terms({})
    new_text = set()
    by_graph: dict = {}
    for t, arts in triples.support.items():
        line = f"{terms.term(t[0])} {terms.term(t[1])} {terms.term(t[2])} ."
        new_text.add(line)
        for aid in arts:
            by_graph.setdefault(aid, []).append(line)
    ops = [f"DROP SILENT GRAPH <{article_iri(aid)}>" for aid in sorted(affected)]
    drop = []
    for s, p, o in old:
        line = f"{s} {p} {o} ."
        if line in new_text:
            continue
        if any(q.graph_name not in gone for q in store.quads_for_pattern(s, p, o, None)
               if not isinstance(q.graph_name, ox.DefaultGraph)):
            continue
        drop.append(line)
    if drop:
        ops.append("DELETE DATA {\n" + "\n".join(sorted(drop)) + "\n}")
    if new_text:
        body = ["\n".join(sorted(new_text))]
        for aid in sorted(by_graph):
            body.append(f"GRAPH <{article_iri(aid)}> {{\n" + "\n".join(sorted(by_graph[aid])) + "\n}")
        ops.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    try:
        store.update(" ;\n".join(ops))
        store.flush()
    except (OSError, SyntaxError, ValueError) as e:
        raise StoreError(f"cannot update the store in {out_dir}: {e}") from None


def read_triples(out_dir: Path):
    """The whole store as :class:`~kg.graph.triples.Triples`: the default graph, each triple supported by the
    articles whose named graphs hold it (what a build hands to an endpoint)."""
    import pyoxigraph as ox

    t = Triples()
    store = open_store(out_dir)
    for q in store.quads_for_pattern(None, None, None, None):
        (triple,) = rdflib_triples([(q.subject, q.predicate, q.object)])
        if isinstance(q.graph_name, ox.DefaultGraph):
            t.add(triple)
        else:
            t.add(triple, (q.graph_name.value.rsplit("/", 1)[-1],))
    return t


def default_triples(store):
    """The merged graph's triples (the default graph) as pyoxigraph terms."""
    import pyoxigraph as ox

    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        yield q.subject, q.predicate, q.object


def to_rdflib(store):
    """The merged graph as an rdflib Graph (for exports and validation)."""
    return triples_to_rdflib(default_triples(store))


def triples_to_rdflib(triples):
    """pyoxigraph (subject, predicate, object) terms into an rdflib Graph."""
    from rdflib import Graph

    g = Graph()
    for t in rdflib_triples(triples):
        g.add(t)
    return g


def rdflib_triples(triples):
    """pyoxigraph (subject, predicate, object) terms as rdflib terms, one triple at a time."""
    from rdflib import BNode, Literal, URIRef

    def conv(t):
        name = type(t).__name__
        if name == "NamedNode":
            return URIRef(t.value)
        if name == "BlankNode":
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value if t.datatype else None
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            dt = None
        return Literal(t.value, datatype=dt)

    for s, p, o in triples:
        yield conv(s), conv(p), conv(o)


def open_store(out_dir: Path, read_only: bool = True):
    """Open the working store written by ``kg build``."""
    import pyoxigraph as ox

    path = Path(out_dir) / STORE_DIR
    if not path.exists():
        raise StoreError(f"no store in {out_dir}; run `kg build` first")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as e:
        raise StoreError(f"cannot open the store {path}: {e}") from None
