"""One node per real thing: merge the facts of all articles and write them as RDF triples.

Identity rules (each gives a deterministic IRI, so a rebuild gives the same graph):

* states: ISO code (``dipr:state/KZ``); cities: GeoNames id; people: :mod:`kg.graph.people` clusters;
  organizations: their name; corridors: their distinctive words across scripts
  (:func:`kg.facts.keys.corridor_key`); awards: their content words (:func:`kg.facts.keys.award_key`).
* visits: the same guest and host; dated reports within three days are one visit, and an undated
  report joins the one dated visit of that guest to that host, if there is exactly one.
* meetings: the same people at the same place, dated as visits are.
* agreements: the same signing event (or article), document class, and either the corridor it
  concerns or its title.
* figures: metric, states, direction, year, amount and currency.

The :class:`Resolver` holds what the writers share (IRIs, literals, provenance, states); the triples of
each group of node kinds are written by one module: :mod:`kg.graph.nodes` (entities),
:mod:`kg.graph.events` (visits, meetings, award conferrals), :mod:`kg.graph.documents` (agreements,
figures, relations, sister cities).
"""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from ..facts.model import ArticleFacts
from ..lang.script import slug
from ..reference import Gazetteer
from .people import People
from .triples import Tracked, Triples
from .vocab import DIP, DIPR, GEONAMES, PROV

WAS_DERIVED_FROM, EVIDENCE = PROV.wasDerivedFrom, DIP.evidence
# the core class a node of a subclass also carries, so that plain SPARQL needs no inference
CORE_CLASS = {DIP.Memorandum: DIP.Agreement, DIP.JointStatement: DIP.Agreement, DIP.Roadmap: DIP.Agreement,
              DIP.Plan: DIP.Agreement, DIP.Decision: DIP.Agreement, DIP.Treaty: DIP.Agreement,
              DIP.TransportCorridor: DIP.Corridor, DIP.Pipeline: DIP.Corridor, DIP.Visit: DIP.Event,
              DIP.Meeting: DIP.Event, DIP.AwardConferral: DIP.Event, DIP.Leader: DIP.Person}


class Resolver:
    """Collects :class:`ArticleFacts` and writes the merged graph."""

    def __init__(self, people: People, gaz: Gazetteer, only: set | None = None, fingerprint: bool = True) -> None:
        self.people = people
        self.gaz = gaz
        self.only = only
        self.fingerprint = fingerprint
        self._iris: dict = {}
        self._names: dict = {}
        self._lits: dict = {}
        self.arts: list[ArticleFacts] = []
        self.fingerprints: dict = {}
        self.merged: dict = {}      # entity ref -> what the articles say of it (kg.graph.nodes)

    def add(self, facts: ArticleFacts) -> None:
        self.arts.append(facts)

    def lit(self, value, lang=None, datatype=None) -> Literal:
        """A literal made once per value (dates, years, amounts, roles recur across thousands of nodes);
        keyed by the value's text too, so that 5.0 and 5, or 1 and True, stay apart."""
        k = (value.__class__, str(value), lang, datatype)
        made = self._lits.get(k)
        if made is None:
            made = self._lits[k] = Literal(value, lang=lang, datatype=datatype)
        return made

    def skip(self, arts) -> bool:
        """Whether a group of ``arts`` can be passed over: none of its triples is kept and no fingerprint
        is wanted (the named graphs of a few articles are then made without the rest's groups)."""
        return not self.fingerprint and not self.g.wants(arts)

    # ---------------------------------------------------------------- IRIs and names
    def iri(self, ref) -> URIRef:
        made = self._iris.get(ref)      # the same few thousand entities are named a million times
        if made is None:
            made = self._iris[ref] = self._make_iri(ref)
        return made

    def _make_iri(self, ref) -> URIRef:
        kind, key = ref
        if kind == "state":
            return DIPR[f"state/{key}"]
        if kind == "city":
            c = self.gaz.cities[key]
            return DIPR[f"city/{c['country'].lower()}-{slug(c['name'])}-{key}"]
        if kind == "person":
            p = self.people.clusters[key]
            return DIPR[f"person/{p.slug}"]
        if kind == "corridor":
            return DIPR[f"corridor/{slug(key)}"]
        return DIPR[f"{kind}/{slug(key)}"]

    def person_slug(self, ref) -> str:
        return self.iri(ref)[len(DIPR) + len("person/"):]

    def name(self, ref) -> str:
        """The English name of a ref, for labels of events and figures."""
        made = self._names.get(ref)
        if made is None:
            made = self._names[ref] = self._make_name(ref)
        return made

    def _make_name(self, ref) -> str:
        kind, key = ref
        if kind == "state":
            return self.gaz.state_label(key)
        if kind == "person":
            return self.people.clusters[key].canonical()
        if kind == "city":
            return self.gaz.cities[key]["name"]
        return key

    # ---------------------------------------------------------------- the graph
    def graph(self) -> Triples:
        from . import documents, events, nodes

        g = Triples()
        self.g = Tracked(g, self.only)
        self.dated: set = set()
        self._states: dict = {}
        self._art_iris: dict = {}
        self._sentences: dict = {}
        self.ents = {af.article.id: af.entities for af in self.arts}
        for af in self.arts:
            self.g.ctx = {af.article.id}
            if self.g.wants(self.g.ctx):
                self._article(af.article)
        nodes.entities(self)
        visit_iri = events.visits(self)
        event_iri = dict(visit_iri)
        event_iri.update(events.meetings(self, visit_iri))
        documents.agreements(self, event_iri)
        documents.figures(self)
        events.conferrals(self, event_iri)
        documents.relations(self)
        documents.sisters(self)
        self._materialise_core_types()
        self.fingerprints = self.g.fingerprints()
        return g

    def _materialise_core_types(self) -> None:
        """Give every node its core class too (a dip:Memorandum is also a dip:Agreement), so that plain
        ``?x a dip:Agreement`` queries work without RDFS inference."""
        support = self.g.t.support
        extra = [((s, p, CORE_CLASS[o]), arts) for (s, p, o), arts in support.items()
                 if o in CORE_CLASS and p == RDF.type]
        for triple, arts in extra:
            self.g.add(triple, arts)

    def prov(self, node, evidence) -> None:
        """``prov:wasDerivedFrom`` the articles and ``dip:evidence`` the sentences of ``evidence``."""
        arts, sents = self._art_iris, self._sentences     # made once: many facts share an article, a sentence
        only = self.only
        for ev in evidence:
            if only is not None and ev.article not in only:
                continue
            art = arts.get(ev.article)
            if art is None:
                art = arts[ev.article] = DIPR[f"article/{ev.article}"]
            lit = sents.get(ev.sentence)
            if lit is None:
                lit = sents[ev.sentence] = Literal(ev.sentence)
            self.g.add((node, WAS_DERIVED_FROM, art), {ev.article})
            self.g.add((node, EVIDENCE, lit), {ev.article})

    def _article(self, a) -> None:
        node = DIPR[f"article/{a.id}"]
        g = self.g
        g.add((node, RDF.type, DIP.Article))
        if a.title:
            g.add((node, DCTERMS.title, Literal(a.title, lang=a.language)))
            g.add((node, RDFS.label, Literal(a.title, lang=a.language)))
        if a.date:
            g.add((node, DCTERMS.date, Literal(a.date.isoformat(), datatype=XSD.date)))
        g.add((node, DCTERMS.language, Literal(a.language)))
        if a.url:
            g.add((node, DCTERMS.source, URIRef(a.url) if a.url.startswith("http") else Literal(a.url)))
        if a.source:
            g.add((node, DCTERMS.publisher, Literal(a.source)))
        g.add((node, DIP.evidence, Literal(f"file {a.path.rsplit('/', 1)[-1]}, sha256 {a.digest}")))

    def ensure_state(self, iso: str) -> None:
        """A state's own triples (type, ISO code, labels), supported by the current context."""
        made = self._states.get(iso)    # every article that names the state supports them: made once
        if made is None:
            node = self.iri(("state", iso))
            made = self._states[iso] = [(node, RDF.type, DIP.State), (node, DIP.isoCode, Literal(iso))] + [
                (node, RDFS.label, Literal(self.gaz.state_label(iso, lang), lang=lang)) for lang in ("en", "bg", "ru")]
            gid = self.gaz.state_geonames_id(iso)
            if gid:     # the same state in GeoNames' linked data
                made.append((node, OWL.sameAs, URIRef(GEONAMES.format(gid))))
        for t in made:
            self.g.add(t)

    def date(self, node, d) -> None:
        if d:
            self.g.add((node, DIP.date, self.lit(d.isoformat(), datatype=XSD.date)))
            self.dated.add(node)


def build_graph(facts: list[ArticleFacts], people: People, gaz: Gazetteer, only: set | None = None,
                fingerprints: dict | None = None) -> Triples:
    """The merged graph; its ``support`` maps each triple to the ids of the articles it rests on.

    With ``only``, just the named graphs of those articles (see :class:`~kg.graph.triples.Tracked`).
    ``fingerprints``, a dict, receives article id -> digest of what the article sees of facts merged with
    other articles: an article whose facts and fingerprint are unchanged has an unchanged named graph.
    Without it, groups of facts that none of ``only`` shares are passed over."""
    r = Resolver(people, gaz, only, fingerprint=fingerprints is not None or only is None)
    for f in facts:
        r.add(f)
    out = r.graph()
    if fingerprints is not None:
        fingerprints.update(r.fingerprints)
    return out
