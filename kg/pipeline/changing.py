"""``kg add`` and ``kg remove``: change the articles of a built folder without reading the others again.

Adding reads only the new files; the join (:mod:`kg.graph.join`) decides which kept articles the change
touches, extracts those again and rewrites only their named graphs (and the default-graph triples that
come or go with them) in one transaction, so after any sequence of adds and removes the graph equals a
fresh build of the same articles. When the kept join cannot be trusted (a killed run), the whole join is
done again from the kept readings and a new store is written.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, KGError, StoreError
from ..graph.join import WHOLE_ABOVE, JoinState, join
from ..graph.vocab import DIPR
from ..store.endpoint import open_backend
from ..store.export import export_store
from ..store.oxigraph import update_store
from ..store.workspace import Workspace
from ..util.gc import bulk_gc
from .building import graph_from, recover, write_outputs, write_page
from .reading import BuildReport, analyse_paths


@dataclass
class ChangeReport:
    added: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    empty: list = field(default_factory=list)
    triples: int = 0
    articles: int = 0
    graph: object = None

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.empty


def add(out_dir: Path, paths, jobs: int = 1, progress=None, html: bool = True, export: bool = True) -> ChangeReport:
    """Add (or replace) the articles under ``paths`` in the graph built in ``out_dir``."""
    ws = Workspace(out_dir)
    rep = ChangeReport()
    with ws.writing():
        if not (ws.dir / "store").exists():
            raise StoreError(f"no graph in {ws.dir}; run kg build first")
        ws.check_version()
        recovered = recover(ws, html and export)
        idx = ws.index()
        read = analyse_paths(paths, jobs, progress)
        rep.skipped, rep.notes = read.skipped, recovered + read.notes
        new = []
        texts = {d: a for a, d in idx.items()}
        for an in read.analyses:
            aid, digest = an.article.id, an.article.digest
            if idx.get(aid) == digest:
                rep.unchanged.append(aid)
                continue
            if digest in texts:
                rep.notes.append(f"{an.article.path}: the same text as article {texts[digest]} in the graph; "
                                 "not added again")
                continue
            if aid in idx:
                other = _kept_path(ws, aid)
                if other and os.path.realpath(other) != os.path.realpath(an.article.path):
                    rep.skipped.append(f"{an.article.path}: the graph has another article named {aid} (read from "
                                       f"{other}); rename this file, or kg remove {aid} first to replace it")
                    continue
            (rep.replaced if aid in idx else rep.added).append(aid)
            new.append(an)
        if not new:
            if not read.analyses and read.skipped:
                raise InputError("no article could be read: " + "; ".join(read.skipped))
            return rep
        state = ws.load_join()
        staging = ws.staging()
        for an in new:
            staging.put(an)
        idx = {**idx, **staging.index}
        ws.begin("add", idx)     # the commit point: after it, a killed add is completed by the next command
        staging.move_in()
        _change(ws, state, idx, {an.article.id: an for an in new}, set(), rep, html, export)
        ws.end()
    return rep


def _kept_path(ws: Workspace, aid: str) -> str | None:
    """The path the kept article ``aid`` was read from (None when its reading cannot be loaded)."""
    from ..mentions.keep import load_reading

    try:
        return load_reading(ws.file(aid)).article.path
    except (OSError, EOFError, AttributeError, ValueError, TypeError, ImportError):
        return None


def remove(out_dir: Path, names, html: bool = True, export: bool = True) -> ChangeReport:
    """Take the articles ``names`` (ids or file names) out of the graph built in ``out_dir``."""
    ws = Workspace(out_dir)
    rep = ChangeReport()
    with ws.writing():
        idx = ws.index()
        if not idx:
            raise StoreError(f"no graph in {ws.dir}; run kg build first")
        ws.check_version()
        rep.notes = recover(ws, html and export)
        idx = ws.index()
        ids = []
        for name in names:
            aid = Path(name).stem if name not in idx else name
            if aid not in idx:
                raise KGError(f"no article {name!r} in the graph; kg query 'SELECT ?a WHERE {{ ?a a "
                              "dip:Article }' lists them")
            ids.append(aid)
        rep.removed = ids
        state = ws.load_join()
        for aid in ids:
            idx.pop(aid, None)
        ws.begin("remove", idx)   # the commit point: after it, a killed remove is completed by the next command
        _change(ws, state, idx, {}, set(ids), rep, html, export)
        ws.prune(idx)
        ws.end()
    return rep


def _change(ws: Workspace, state, idx: dict, new: dict, removed: set, rep, html: bool, export: bool) -> None:
    """Join again (incrementally when the kept join can be trusted), update the store, keep the join."""
    br = BuildReport()
    rep.articles = len(idx)
    if state is None:   # nothing kept to trust: the whole join again
        state, facts = JoinState(), {}
        graph = graph_from([new[aid] if aid in new else ws.file(aid) for aid in idx], br, state, facts)
        whole = True
    else:
        facts = None    # the join wrote the facts it extracted again into cache/facts
        with bulk_gc():
            graph, affected = join(state, new, removed, ws.file, ws.facts(), br, whole_above=WHOLE_ABOVE)
        whole = affected >= set(idx)
    if whole:   # every named graph was made: a new store (cheaper than updating most of one)
        write_outputs(graph, ws.dir, True, html and export, rep.notes, turtle=export)
        rep.triples, rep.graph = len(graph), graph
    else:
        from ..ask.compact import CACHE_NAME

        update_store(ws.dir, graph, affected, lambda aid: str(DIPR[f"article/{aid}"]))
        (ws.cache / CACHE_NAME).unlink(missing_ok=True)   # the store folder is the same one
        rep.triples = _export(ws.dir, html and export, export, rep.notes)
    if not export:
        _stale_exports(ws.dir, rep)
    ws.save_join(state, facts)
    ws.write_index(idx)
    _report_new(new, br, rep)


def _report_new(new: dict, br, rep) -> None:
    new_names = {Path(an.article.path).name for an in new.values()}
    rep.empty = [e for e in br.empty if e.split(":", 1)[0] in new_names]
    rep.skipped.extend(e for e in br.skipped if e.split(":", 1)[0] in new_names)


def _export(out_dir: Path, html: bool, turtle: bool, notes: list) -> int:
    """kg.ttl (and kg.html) from the store after an in-place change; the number of triples."""
    if turtle:
        export_store(out_dir, "turtle")
    if html:
        from ..ask.project import load_view

        write_page(lambda: load_view(out_dir), out_dir, notes)
    (row,) = open_backend(out_dir).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(row["n"].value)


def _stale_exports(out_dir: Path, rep) -> None:
    gone = [n for n in ("kg.ttl", "kg.html") if (out_dir / n).exists()]
    for n in gone:
        (out_dir / n).unlink()
    if gone:
        rep.notes.append(f"{' and '.join(gone)} removed (no longer the graph); kg export writes Turtle again")
