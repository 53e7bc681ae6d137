"""The merged graph as plain triples, each with the articles that support it, and the tracking that
lets a change remake only the named graphs of the articles it touches."""
from __future__ import annotations

import hashlib
from collections import defaultdict

from rdflib import Graph, Literal

from .vocab import PREFIXES


class Triples:
    """The merged graph as plain triples of rdflib terms, each mapped to the articles that support it.

    It is what resolution makes and what the store, the Turtle export and the page are written from. It
    is leaner than an rdflib ``Graph`` (no indexes: the store indexes; equal terms and equal sets of
    articles are kept once), which is what lets a build of a million triples stay within a few hundred MB.
    ``support`` maps each triple to the ids of the articles it rests on (one named graph per article).

    >>> from rdflib import URIRef
    >>> t = Triples()
    >>> t.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")), {"art1"})
    >>> t.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")), {"art2"})
    >>> len(t), sorted(t.support[(URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b"))])
    (1, ['art1', 'art2'])
    """

    def __init__(self) -> None:
        self.support: dict[tuple, frozenset] = {}
        self._terms: dict = {}
        self._sets: dict = {frozenset(): frozenset()}

    def add(self, triple, arts=()) -> None:
        old = self.support.get(triple)
        if old is None:
            terms = self._terms
            triple = (terms.setdefault(triple[0], triple[0]), terms.setdefault(triple[1], triple[1]),
                      terms.setdefault(triple[2], triple[2]))
            new = frozenset(arts)
        elif old.issuperset(arts):
            return
        else:
            new = old.union(arts)
        self.support[triple] = self._sets.setdefault(new, new)

    def __iter__(self):
        return iter(self.support)

    def __len__(self) -> int:
        return len(self.support)

    def __contains__(self, triple) -> bool:
        return triple in self.support

    def to_rdflib(self) -> Graph:
        """An rdflib Graph of the same triples (with ``support`` as an attribute), for small graphs."""
        g = Graph()
        for p, ns in PREFIXES.items():
            g.bind(p, ns)
        for t in self.support:
            g.add(t)
        g.support = dict(self.support)
        return g


class Tracked:
    """The triples being made, with the articles of the current context ``ctx`` (or the ``arts`` given).

    With ``only`` (a set of article ids), a triple is kept for those articles alone, and not at all if
    none of them supports it: the named graphs of just those articles, made by the same code as a whole
    graph. Between :meth:`begin` and :meth:`end`, triples added under the group's own context (shared by
    all its articles) are also noted: what each article of the group sees of it (see :attr:`seen`).
    """

    def __init__(self, t: Triples, only: set | None = None):
        self.t = t
        self.only = only
        self.ctx: set = set()
        self.seen: dict = defaultdict(list)    # article id -> digests of the groups' shared content
        self._group: set | None = None
        self._shared: list = []

    def add(self, triple, arts=None) -> None:
        if arts is None:
            arts = self.ctx
            if arts is self._group:
                self._shared.append(triple)
        only = self.only
        if only is not None:
            if only.isdisjoint(arts):
                return
            arts = arts & only
        self.t.add(triple, arts)

    def wants(self, arts) -> bool:
        """Whether triples supported by ``arts`` are kept (a shortcut for work done for nothing)."""
        return self.only is None or not self.only.isdisjoint(arts)

    def begin(self, arts: set) -> None:
        """A group of facts merged across ``arts`` begins; it is the context until :meth:`end`."""
        self.ctx = self._group = arts
        self._shared = []

    def end(self, *extra) -> None:
        """The group ends: each of its articles sees its shared triples (and ``extra``, decisions that
        depend on other articles of the group but are not shared triples)."""
        h = digest((sorted(map(_text, self._shared)), extra))   # sorted as text: rdflib's term order is slow
        for a in self._group:
            self.seen[a].append(h)
        self._group, self._shared = None, []

    def fingerprints(self) -> dict:
        """Article id -> a digest of everything it sees of groups shared with other articles."""
        return {a: digest(sorted(hs)) for a, hs in self.seen.items()}


def _text(triple) -> str:
    """A triple as text that tells terms apart (a literal's language and datatype, a literal from an IRI)."""
    s, p, o = triple
    if o.__class__ is Literal:
        return f"{s} {p} {o!s}\x1f{o.language}\x1f{o.datatype}"
    return f"{s} {p} <{o}>"


def digest(value) -> bytes:
    """A short, stable digest of a value's text (what the join compares to see what changed)."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=12).digest()


def short_hash(*parts) -> str:
    """Ten hex digits of a SHA-1 over ``parts``: the stable tail of an event's or a document's IRI."""
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]
