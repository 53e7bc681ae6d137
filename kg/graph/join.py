"""The cross-article half of the pipeline, over every article or over only what a change touches.

An article's named graph depends on its own reading and on a few things other articles decide: the
people titled in other articles whose surnames it uses, the person clusters of the names it mentions,
and the facts it shares with other articles (an organization's labels, the dates of a visit several
reports describe, ...). Labels rest on the articles that give them, so a new spelling in one article does
not reach the others. :class:`JoinState` keeps, per article, what the join needs to redo its part
without reading it again, and digests of those three dependencies:

* ``kn``: for each word that could be a surname, the person :func:`kg.mentions.names.add_known_names` would take
  it for (its own people first, then people titled in other articles);
* ``ex``: what extraction saw of its people's clusters (id, state, role, former);
* ``out``: what it sees of facts merged with other articles (:class:`kg.graph.triples.Tracked`).

:func:`join` recomputes the cheap, corpus-wide decisions (titled names, person clusters, which facts
merge) over the kept summaries, re-reads and re-extracts only the articles whose ``kn`` or ``ex`` changed,
and writes the named graphs only of articles whose facts or ``out`` changed. The same function makes a
whole build (every article new), so an incremental result is a fresh build's result by construction;
tests compare the two after random sequences of adds and removes.
"""
from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass
from pathlib import Path

from .. import reference
from ..lang import pack
from ..facts import RULES_VERSION, extract
from ..facts.model import ArticleFacts
from ..mentions import Analysis, add_known_names, could_be_surname, known_person, own_people
from ..mentions.keep import load_reading
from .people import People
from .resolve import build_graph
from .triples import Triples, digest

VERSION = (6, RULES_VERSION)   # the join's layout, and the rules the kept facts were extracted by


@dataclass
class ArticleJoin:
    """What the join keeps of one article (its full reading stays on disk)."""

    name: str                    # file name, for messages
    lang: str
    pair: list
    titled: list                 # (key, PersonRef): titled full names of its own reading, in order
    cand: frozenset              # its words that could be a known surname (see _candidates)
    own: dict                    # surname key -> PersonRef: its own people, looked up first
    persons: list | None = None  # per sentence: person mentions once names known elsewhere are added
    kn: bytes = b""
    ex: bytes = b""
    out: bytes | None = None
    ok: bool = False             # facts were extracted


@dataclass
class JoinState:
    version: tuple = VERSION
    arts: dict = None

    def __post_init__(self):
        if self.arts is None:
            self.arts = {}


def _titled(an: Analysis) -> list:
    return [(k, p) for s in an.sentences for p in s.persons
            if p.titled and not p.former and len(p.name.split()) > 1 for k in p.keys]


def _candidates(an: Analysis) -> frozenset:
    """Every word :func:`kg.mentions.names.bare_names` may look up as a known surname (before it knows which
    words are taken)."""
    return frozenset(t.text for s in an.sentences for t in s.tokens if could_be_surname(t.text))


def _pview(p) -> tuple:
    return (p.name, p.role, p.iso, p.former, p.key, p.latin)


def _cview(c) -> tuple | None:
    return None if c is None else (c.uid, c.iso, c.role, c.is_former)


def _joined(an: Analysis, titled: dict) -> Analysis:
    j = an.fresh_copy()
    add_known_names(j.sentences, titled)
    return j


WHOLE_ABOVE = 0.25   # share of articles affected beyond which remaking every named graph is cheaper


def join(state: JoinState, new: dict, removed: set, reading, facts, report=None, full: bool = False,
         whole_above: float | None = None):
    """Bring ``state`` up to date and return ``(triples, affected)``.

    Parameters
    ----------
    state : JoinState
        What the last join kept (empty for a build); updated in place.
    new : dict
        Article id -> reading (an :class:`~kg.mentions.Analysis` or the file it is kept in) of articles
        added or replaced.
    removed : set
        Ids of articles taken out.
    reading : callable
        Article id -> its reading, for kept articles that must be read again.
    facts : dict-like
        Article id -> :class:`~kg.facts.ArticleFacts`; read for kept articles, written for re-extracted ones.
    full : bool
        Make every article's named graph (a build), not only the affected ones.
    whole_above : float, optional
        Make every named graph anyway when more than this share of the articles is affected (rewriting
        a whole store is then cheaper than updating most of it in place).

    Returns
    -------
    triples : Triples
        The named graphs of the ``affected`` articles (all of them with ``full``), with their triples.
    affected : set
        Ids of the articles whose named graph is new, changed or gone.
    """
    gaz = reference.load()
    old_out = {aid: a.out for aid, a in state.arts.items()}
    for aid in removed:
        state.arts.pop(aid, None)
    for aid in sorted(new):     # one at a time: a build does not hold every reading at once
        an = load_reading(new[aid])
        state.arts[aid] = ArticleJoin(Path(an.article.path).name, an.article.language, an.pair, _titled(an),
                                      _candidates(an), own_people(an.sentences))
    order = sorted(state.arts)

    def read(aid):
        return load_reading(new[aid] if aid in new else reading(aid))

    titled = _known_names(state, order, read)
    people = _people(state, order)
    # facts: extracted again where the article or what it saw of people changed
    redo = set()
    for aid in order:
        a = state.arts[aid]
        ex = digest((a.kn, sorted(repr((p.key, _cview(people.get(aid, p.key, p.name)))) for ps in a.persons for p in ps)))
        if aid in new or ex != a.ex or full:
            redo.add(aid)
            a.ex = ex
    for aid in sorted(redo):
        _extract(state.arts[aid], aid, _joined(read(aid), titled), people, gaz, facts, report)
    kept: list[ArticleFacts] = [facts[aid] for aid in order if state.arts[aid].ok]
    fps: dict = {}
    if full:
        triples = build_graph(kept, people, gaz, fingerprints=fps)
        affected = set(order) | set(removed)
    else:
        build_graph(kept, people, gaz, only=set(), fingerprints=fps)
        affected = redo | set(removed) | {aid for aid in order if fps.get(aid) != old_out.get(aid)}
        if whole_above is not None and len(affected) > whole_above * max(1, len(order)):
            triples = build_graph(kept, people, gaz)
            affected = set(order) | set(removed)
        elif affected - set(removed):
            triples = build_graph(kept, people, gaz, only=affected - set(removed))
        else:
            triples = Triples()
    for aid in order:
        state.arts[aid].out = fps.get(aid)
    return triples, affected


def _known_names(state: JoinState, order: list, read) -> dict:
    """People titled in one article, recognised by name in the others: each article's person mentions
    made again where what its words would name changed. Returns the titled names (surname key -> person)."""
    titled: dict = {}
    for aid in order:
        for key, p in state.arts[aid].titled:
            titled.setdefault(key, p)
    for aid in order:
        a = state.arts[aid]
        known = ChainMap(a.own, titled)     # as add_known_names looks names up: what each word would be
        kn = digest(sorted((w, _pview(p)) for w in a.cand if (p := known_person(w, known)) is not None))
        if a.persons is None or kn != a.kn:
            a.persons = [list(s.persons) for s in _joined(read(aid), titled).sentences]
            a.kn = kn
    return titled


def _people(state: JoinState, order: list) -> People:
    """The person clusters of all articles, with the states inferred from each article's pair."""
    people = People()
    for aid in order:
        a = state.arts[aid]
        people.add_article(aid, a.lang, [p for ps in a.persons for p in sorted(ps, key=lambda p: not p.titled)])
    for aid in order:
        a = state.arts[aid]
        people.infer_states(aid, a.pair, [p for ps in a.persons for p in ps], pack(a.lang).home_states)
    return people


def _extract(a: ArticleJoin, aid: str, an: Analysis, people: People, gaz, facts, report) -> None:
    """One article's facts into ``facts`` (a bug met on one article must not stop the others)."""
    try:
        f = extract(an, people, gaz)
    except Exception as e:
        if report is not None:
            report.skipped.append(f"{a.name}: facts could not be extracted "
                                  f"({e.__class__.__name__}: {str(e)[:120]}); please report it")
        a.ok = False
        facts.pop(aid, None)
        return
    if f.count() == 0 and report is not None:
        report.empty.append(f"{a.name}: no facts found")
    f.article = an.article.without_text()
    facts[aid] = f
    a.ok = True
