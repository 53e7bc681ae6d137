"""The projected graph as people read it: a networkx multigraph, what is known of each node (labels,
type, dates, amounts, evidence, source articles), the articles, and lenient look-up of names.

Names are matched leniently (:meth:`View.find`): case, accents and script do not matter
("Turkiye", "Türkiye", "Турция" and "TR" all find the state).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import networkx as nx

from ..errors import KGError
from ..lang.script import latin_key, translit

# the most specific class wins when a node has several (a Memorandum is also an Agreement)
CLASS_ORDER = ["Visit", "Meeting", "AwardConferral", "Memorandum", "JointStatement", "Roadmap", "Plan", "Decision",
               "Treaty", "Agreement", "TradeFigure", "DiplomaticRelations", "Leader", "Person", "State", "City",
               "Organization", "TransportCorridor", "Pipeline", "Corridor", "Award", "Event"]


class NameError_(KGError):
    """A name matches no node, or several."""

    exit_code = 1


@dataclass
class NodeInfo:
    iri: str
    types: list = field(default_factory=list)
    labels: dict = field(default_factory=dict)       # lang -> [labels]
    props: dict = field(default_factory=dict)        # local name -> [values]
    evidence: list = field(default_factory=list)
    articles: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)      # evidence sentence -> [IRIs of the articles it is in]

    def articles_of(self, sentence: str) -> list:
        """The articles ``sentence`` was read from (from the per-article graphs); a node of one article
        needs none; otherwise unknown (an empty list) rather than every article of the node."""
        if sentence in self.sources:
            return self.sources[sentence]
        return list(self.articles) if len(self.articles) == 1 else []

    @property
    def cls(self) -> str:
        for c in CLASS_ORDER:
            if c in self.types:
                return c
        return self.types[0] if self.types else "Thing"

    def label(self, lang: str = "en") -> str:
        for lg in (lang, "en", "", "bg", "ru"):
            if self.labels.get(lg):
                return sorted(self.labels[lg], key=lambda s: (-len(s.split()), s))[0] if self.cls in (
                    "Leader", "Person") else sorted(self.labels[lg])[0]
        for v in self.labels.values():
            if v:
                return v[0]
        return self.iri.rsplit("/", 1)[-1]

    def all_labels(self) -> list[str]:
        return sorted({x for v in self.labels.values() for x in v})


class View:
    """The projected graph: a networkx multigraph, what is known of each node, and the articles.

    ``graph`` is a ``networkx.MultiDiGraph`` keyed by property; ``info`` maps a node IRI to its
    :class:`NodeInfo`; ``articles`` maps an article IRI to its title, date, language and source.
    Path questions walk :meth:`adjacency`, a compact undirected form of the same graph
    (:mod:`kg.ask.adjacency`), which is also what the on-disk cache holds.
    """

    def __init__(self, graph: nx.MultiDiGraph, info: dict, articles: dict):
        self._graph = graph
        self.info = info
        self.articles = articles

    @property
    def graph(self) -> nx.MultiDiGraph:
        return self._graph

    def nodes(self) -> list[str]:
        """The node IRIs, sorted."""
        return self.adjacency().nodes

    def cls_of(self, iri: str) -> str:
        return self.info[iri].cls

    def adjacency(self):
        """The undirected adjacency (:class:`kg.compact.Adjacency`) the path search walks, built once."""
        adj = getattr(self, "_adj", None)
        if adj is None:
            from .adjacency import adjacency_of

            adj = self._adj = adjacency_of(self)
        return adj

    def subgraph(self, nodes) -> nx.MultiDiGraph:
        """The directed multigraph between ``nodes`` (edges keyed by property)."""
        return self.graph.subgraph(nodes)

    # ---------------------------------------------------------------- names
    def _index(self) -> dict:
        if not hasattr(self, "_idx"):
            self._idx = name_index(self.info.items())
        return self._idx

    def find(self, name: str) -> str:
        """The one node a name stands for (a label in any language, an ISO code, an alias, a full IRI with
        or without ``<>``, a compact one such as ``dipr:state/KZ``); raises with the close candidates when
        there is not one."""
        iri = expand_iri(name)
        if iri in self.info:
            return iri
        idx = self._index()
        key = _norm(name)
        hits = set(idx.get(key, ()))
        if not hits:
            hits = {i for k, v in idx.items() if k.startswith(key + " ") or k.endswith(" " + key) for i in v}
        if len(hits) == 1:
            return next(iter(hits))
        if len(hits) > 1:
            # prefer entities over events that carry the name in their label
            ents = {h for h in hits if self.cls_of(h) in ("State", "Leader", "Person", "City", "Organization",
                                                            "TransportCorridor", "Pipeline", "Corridor", "Award")}
            if len(ents) == 1:
                return next(iter(ents))
            cands = sorted(self.describe(h) for h in (ents or hits))[:10]
            raise NameError_(f"{name!r} is ambiguous: " + "; ".join(cands))
        close = difflib.get_close_matches(key, list(idx), n=6, cutoff=0.6)
        cands = sorted({self.describe(i) for k in close for i in idx[k]})[:8]
        raise NameError_(f"{name!r} matches no node" + (f"; did you mean: {'; '.join(cands)}" if cands else ""))

    def describe(self, iri: str, lang: str = "en") -> str:
        inf = self.info[iri]
        return f"{inf.label(lang)} ({inf.cls})"

    def article_line(self, iri: str) -> str:
        a = self.articles.get(iri, {})
        bits = [a.get("title") or iri.rsplit("/", 1)[-1]]
        if a.get("date"):
            bits.append(a["date"])
        return ", ".join(bits)

    def evidence_for(self, node: str, other: str, prop: str | None = None) -> tuple[str | None, list[str]]:
        """The sentence of ``node`` (or ``other``) that names the other end, and the articles it was read from.

        A city's state comes from the GeoNames reference data, not from a sentence."""
        if prop == "inState" and self.info[node].cls == "City":
            return None, ["reference data (GeoNames)"]
        for a, b in ((node, other), (other, node)):
            inf = self.info[a]
            names = [x for x in self.info[b].all_labels() if len(x) > 2] + self.info[b].props.get("alias", [])
            for sent in inf.evidence:
                low = sent.lower()
                if any(n.lower() in low for n in names):
                    return sent, [self.article_line(x) for x in inf.articles_of(sent)]
        inf = self.info[node]
        if not inf.evidence:
            return None, [self.article_line(x) for x in inf.articles]
        return inf.evidence[0], [self.article_line(x) for x in inf.articles_of(inf.evidence[0])]


def expand_iri(name: str) -> str:
    """``<iri>`` without its brackets and a compact IRI of the project's prefixes in full; else as given."""
    from ..graph.vocab import PREFIXES

    name = name.strip()
    if name.startswith("<") and name.endswith(">"):
        return name[1:-1]
    prefix, _, local = name.partition(":")
    if local and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return name


def name_index(items) -> dict:
    """Normalised name -> set of node IRIs, from ``(iri, NodeInfo)`` pairs (labels, ISO codes, aliases)."""
    idx: dict = {}
    for iri, inf in items:
        keys = {_norm(x) for x in inf.all_labels()}
        keys |= {_norm(x) for x in inf.props.get("isoCode", [])}
        keys |= {_norm(x) for x in inf.props.get("alias", [])}
        for k in keys:
            if k:
                idx.setdefault(k, set()).add(iri)
    return idx


def _norm(text: str) -> str:
    return " ".join(latin_key(translit(str(text))).replace("-", " ").replace("’", "").replace("'", "").split())
