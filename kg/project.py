"""The graph as a network: the RDF store projected into networkx, with what people need to read it.

Entities, events, agreements and figures are nodes; object properties between them are edges (keyed by
the property); literals, classes and articles are not nodes, they become node attributes (labels, type,
dates, amounts, evidence, source articles). The projection streams the store's triples once.

Names are matched leniently (:meth:`View.find`): case, accents and script do not matter
("Turkiye", "Türkiye", "Турция" and "TR" all find the state).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .errors import KGError, StoreError
from .namespace import DIP, PROV
from .text import latin_key, translit

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DC = "http://purl.org/dc/terms/"
SKIP_EDGES = {str(PROV.wasDerivedFrom), str(DIP.mentions)}
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
    (:mod:`kg.compact`), which is also what the on-disk cache holds.
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
            from .compact import adjacency_of

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
        """The one node a name stands for; raises with the close candidates when there is not one."""
        if name in self.info:
            return name
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
        """The sentence of ``node`` (or ``other``) that names the other end, and the articles of that node.

        A city's state comes from the GeoNames reference data, not from a sentence."""
        if prop == "inState" and self.info[node].cls == "City":
            return None, ["reference data (GeoNames)"]
        for a, b in ((node, other), (other, node)):
            inf = self.info[a]
            names = [x for x in self.info[b].all_labels() if len(x) > 2] + self.info[b].props.get("alias", [])
            for sent in inf.evidence:
                low = sent.lower()
                if any(n.lower() in low for n in names):
                    return sent, [self.article_line(x) for x in inf.articles]
        inf = self.info[node]
        return (inf.evidence[0] if inf.evidence else None), [self.article_line(x) for x in inf.articles]


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


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def project_triples(triples) -> View:
    """Build the view from ``(subject, predicate, object)`` triples of pyoxigraph or rdflib terms."""
    g = nx.MultiDiGraph()
    info: dict[str, NodeInfo] = {}
    articles: dict[str, dict] = {}
    edges = []
    dip_ns, article_cls = str(DIP), str(DIP.Article)
    derived, evidence = str(PROV.wasDerivedFrom), str(DIP.evidence)   # made once: a namespace look-up
    # per triple was a tenth of projecting a million triples

    def node(iri: str) -> NodeInfo:
        inf = info.get(iri)
        if inf is None:
            inf = info[iri] = NodeInfo(iri)
        return inf

    for s, p, o in triples:
        s_iri, p_iri = _value(s), _value(p)
        o_is_iri = _is_iri(o)
        o_val = _value(o)
        if p_iri == RDF_TYPE:
            if o_val == article_cls:
                articles.setdefault(s_iri, {})
            elif o_val.startswith(dip_ns):
                node(s_iri).types.append(o_val[len(dip_ns):])
            continue
        if p_iri.startswith(DC):
            articles.setdefault(s_iri, {})[p_iri[len(DC):]] = o_val
            continue
        if p_iri == derived:
            node(s_iri).articles.append(o_val)
            continue
        if p_iri in SKIP_EDGES:
            continue
        if o_is_iri:
            edges.append((s_iri, o_val, _local(p_iri)))
            continue
        if p_iri == RDFS_LABEL:
            node(s_iri).labels.setdefault(_lang(o), []).append(o_val)
        elif p_iri == evidence:
            node(s_iri).evidence.append(o_val)
        else:
            node(s_iri).props.setdefault(_local(p_iri), []).append(o_val)
    for iri in list(articles):
        info.pop(iri, None)
    for iri, inf in info.items():
        if inf.types:
            inf.evidence.sort()
            inf.articles.sort()
            g.add_node(iri)
    for s, o, p in edges:
        if s in g and o in g:
            g.add_edge(s, o, key=p, property=p)
    info = {k: v for k, v in info.items() if k in g}
    return View(g, info, articles)


def _value(t) -> str:
    return str(getattr(t, "value", t))


def _is_iri(t) -> bool:
    cls = type(t).__name__
    return cls in ("NamedNode", "URIRef")


def _lang(t) -> str:
    return getattr(t, "language", None) or ""


def load_view(out_dir, endpoint: str | None = None) -> View:
    """The view of the working store in ``out_dir`` (or of the graph at ``endpoint``).

    The projection is the costly part at scale, so for the local store it is kept in compact form
    (:mod:`kg.compact`) in ``out_dir/cache/projection.idx``, tagged with the identity of the store folder;
    every build, add or remove swaps in a new store folder, which makes the cached projection stale and it
    is rebuilt on next use. A cached view loads the adjacency and the name index at once and the details of
    a node (labels, evidence, articles) only when they are asked for.
    """
    import os

    from .backend import open_backend

    if endpoint or os.environ.get("KG_ENDPOINT"):
        return project_triples(open_backend(out_dir, endpoint).triples())
    from . import compact
    from .store import STORE_DIR

    store_dir = Path(out_dir) / STORE_DIR
    cache = Path(out_dir) / "cache" / compact.CACHE_NAME
    try:
        st = store_dir.stat()
        tag = (st.st_ino, st.st_mtime_ns)
    except OSError:
        tag = None
    if tag is not None:
        view = compact.load(cache, tag)
        if view is not None:
            return view
    view = project_triples(open_backend(out_dir).triples())
    if tag is not None:
        try:
            compact.save(view, cache, tag)
        except StoreError:  # a read-only folder: no cache, still an answer
            pass
    return view


def view_of_graph(graph) -> View:
    """The view of an rdflib graph (for tests and small graphs)."""
    return project_triples(graph)
