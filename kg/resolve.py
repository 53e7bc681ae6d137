"""One node per real thing: merge the facts of all articles and write them as RDF triples.

Identity rules (each gives a deterministic IRI, so a rebuild gives the same graph):

* states: ISO code (``dipr:state/KZ``); cities: GeoNames id; people: :mod:`kg.people` clusters;
  organizations: their name; corridors: their distinctive words across scripts
  (:func:`kg.extract.corridor_key`); awards: their content words (:func:`kg.extract.award_key`).
* visits: the same guest and host; dated reports within three days are one visit, and an undated
  report joins the one dated visit of that guest to that host, if there is exactly one.
* meetings: the same people at the same place, dated as visits are.
* agreements: the same signing event (or article), document class, and either the corridor it
  concerns or its title.
* figures: metric, states, direction, year, amount and currency.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from .facts import ArticleFacts
from .gazetteer import Gazetteer
from .namespace import DIP, DIPR, PREFIXES, PROV
from .people import People
from .text import slug

CLASS_OF = {"state": DIP.State, "city": DIP.City, "org": DIP.Organization, "award": DIP.Award}
WAS_DERIVED_FROM, EVIDENCE = PROV.wasDerivedFrom, DIP.evidence
CORRIDOR_CLASS = {"transport": DIP.TransportCorridor, "energy": DIP.Pipeline}


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


class _Tracked:
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
        h = _digest((sorted(map(_text, self._shared)), extra))   # sorted as text: rdflib's term order is slow
        for a in self._group:
            self.seen[a].append(h)
        self._group, self._shared = None, []

    def fingerprints(self) -> dict:
        """Article id -> a digest of everything it sees of groups shared with other articles."""
        return {a: _digest(sorted(hs)) for a, hs in self.seen.items()}


def _text(triple) -> str:
    """A triple as text that tells terms apart (a literal's language and datatype, a literal from an IRI)."""
    s, p, o = triple
    if o.__class__ is Literal:
        return f"{s} {p} {o!s}\x1f{o.language}\x1f{o.datatype}"
    return f"{s} {p} <{o}>"


def _digest(value) -> bytes:
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=12).digest()


def _h(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


def _cluster_dates(items, get_date):
    """Group items (already of one guest/host or one meeting) by date, as the module docstring says."""
    dated = sorted((x for x in items if get_date(x)), key=lambda x: get_date(x))
    groups: list[list] = []
    for x in dated:
        if groups and (get_date(x) - get_date(groups[-1][0])) <= dt.timedelta(days=3):
            groups[-1].append(x)
        else:
            groups.append([x])
    undated = [x for x in items if not get_date(x)]
    if undated:
        if len(groups) == 1:
            groups[0].extend(undated)
        else:
            groups.append(undated)
    return groups


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

    def add(self, facts: ArticleFacts) -> None:
        self.arts.append(facts)

    def _lit(self, value, lang=None, datatype=None) -> Literal:
        """A literal made once per value (dates, years, amounts, roles recur across thousands of nodes);
        keyed by the value's text too, so that 5.0 and 5, or 1 and True, stay apart."""
        k = (value.__class__, str(value), lang, datatype)
        lit = self._lits.get(k)
        if lit is None:
            lit = self._lits[k] = Literal(value, lang=lang, datatype=datatype)
        return lit

    def _skip(self, arts) -> bool:
        """Whether a group of ``arts`` can be passed over: none of its triples is kept and no fingerprint
        is wanted (the named graphs of a few articles are then made without the rest's groups)."""
        return not self.fingerprint and not self.g.wants(arts)

    # ---------------------------------------------------------------- IRIs of entities
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

    # ---------------------------------------------------------------- the graph
    def _materialise_core_types(self) -> None:
        """Give every node its core class too (a dip:Memorandum is also a dip:Agreement), so that plain
        ``?x a dip:Agreement`` queries work without RDFS inference."""
        core = {DIP.Memorandum: DIP.Agreement, DIP.JointStatement: DIP.Agreement, DIP.Roadmap: DIP.Agreement,
                DIP.Plan: DIP.Agreement, DIP.Decision: DIP.Agreement, DIP.Treaty: DIP.Agreement,
                DIP.TransportCorridor: DIP.Corridor, DIP.Pipeline: DIP.Corridor, DIP.Visit: DIP.Event,
                DIP.Meeting: DIP.Event, DIP.AwardConferral: DIP.Event, DIP.Leader: DIP.Person}
        support = self.g.t.support
        extra = [((s, p, core[o]), arts) for (s, p, o), arts in support.items() if o in core and p == RDF.type]
        for triple, arts in extra:
            self.g.add(triple, arts)

    def graph(self) -> Triples:
        g = Triples()
        self.g = _Tracked(g, self.only)
        self._dated: set = set()
        self._states: dict = {}
        self._art_iris: dict = {}
        self._sentences: dict = {}
        self._ents = {af.article.id: af.entities for af in self.arts}
        for af in self.arts:
            self.g.ctx = {af.article.id}
            if self.g.wants(self.g.ctx):
                self._article(af.article)
        self._entities()
        visit_iri = self._visits()
        event_iri = dict(visit_iri)
        event_iri.update(self._meetings(visit_iri))
        self._agreements(event_iri)
        self._figures()
        self._conferrals(event_iri)
        self._relations()
        self._sisters()
        self._materialise_core_types()
        self.fingerprints = self.g.fingerprints()
        return g

    def _prov(self, node, evidence) -> None:
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

    def _entities(self) -> None:
        g = self.g
        merged: dict = {}
        for af in self.arts:
            for ref, e in af.entities.items():
                m = merged.setdefault(ref, {"labels": set(), "evidence": [], "aliases": set(), "props": {},
                                            "arts": set(), "said": defaultdict(set)})
                aid = af.article.id
                m["arts"].add(aid)
                m["labels"] |= e.labels
                m["evidence"].extend(e.evidence)
                m["aliases"] |= e.aliases
                for x in e.labels:
                    m["said"][x].add(aid)
                for x in e.aliases:
                    m["said"][x].add(aid)
                for k, v in e.props.items():
                    if isinstance(v, set):
                        m["props"].setdefault(k, set()).update(v)
                    else:
                        m["props"].setdefault(k, v)
                if g.wants((af.article.id,)):
                    g.add((DIPR[f"article/{af.article.id}"], DIP.mentions, self.iri(ref)), {af.article.id})
        for ref, m in merged.items():
            kind, key = ref
            if kind == "state":     # the same triples whatever the articles say: no group to share
                if g.wants(m["arts"]):
                    g.ctx = m["arts"]
                    node = self.iri(ref)
                    self._prov(node, m["evidence"])
                    self._ensure_state(key)
                continue
            if self._skip(m["arts"]):
                continue
            g.begin(m["arts"])
            node = self.iri(ref)
            self._prov(node, m["evidence"])
            if kind == "person":
                p = self.people.clusters[key]
                self._person(node, p, m["arts"])
                g.end(bool(p.names))    # whether surnames alone label it: what the articles naming it so see
                continue
            if kind == "city":
                c = self.gaz.cities[key]
                g.add((node, RDF.type, DIP.City))
                g.add((node, RDFS.label, Literal(c["name"], lang="en")))
                g.add((node, DIP.geonamesId, self._lit(key)))
                g.add((node, DIP.inState, self.iri(("state", c["country"]))))
            elif kind == "corridor":
                g.add((node, RDF.type, CORRIDOR_CLASS.get(m["props"].get("sub"), DIP.Corridor)))
                for r in sorted(m["props"].get("through", ())):
                    if r[0] == "state":
                        self._ensure_state(r[1])
                    g.add((node, DIP.passesThrough, self.iri(r)))
            else:
                g.add((node, RDF.type, CLASS_OF[kind]))
                if kind == "org" and m["props"].get("iso"):
                    g.add((node, DIP.inState, self.iri(("state", m["props"]["iso"]))))
            said = m["said"]    # a name rests on the articles that use it, not on every article of the thing
            for text, lang in m["labels"]:
                g.add((node, RDFS.label, Literal(text, lang=lang)), said[(text, lang)])
            for al in m["aliases"]:
                g.add((node, DIP.alias, Literal(al)), said[al])
                g.add((node, RDFS.label, Literal(al, lang="en")), said[al])
            g.end()
        self.merged = merged

    def _person(self, node, p, arts: set) -> None:
        g = self.g
        leader = p.role is not None and not p.is_former
        g.add((node, RDF.type, DIP.Leader if leader else DIP.Person))
        for name, lang in p.labels:     # a name rests on the articles that use it (else on all that name him)
            g.add((node, RDFS.label, self._lit(name, lang=lang)), (p.label_articles((name, lang)) & arts) or None)
        if p.role:
            g.add((node, DIP.role, self._lit(p.role)))
        if leader and p.iso:
            g.add((node, DIP.leaderOf, self.iri(("state", p.iso))))
            self._ensure_state(p.iso)
        for iso in p.former:
            g.add((node, DIP.formerLeaderOf, self.iri(("state", iso))))
            self._ensure_state(iso)

    def _ensure_state(self, iso: str) -> None:
        made = self._states.get(iso)    # every article that names the state supports them: made once
        if made is None:
            node = self.iri(("state", iso))
            made = self._states[iso] = [(node, RDF.type, DIP.State), (node, DIP.isoCode, Literal(iso))] + [
                (node, RDFS.label, Literal(self.gaz.state_label(iso, lang), lang=lang)) for lang in ("en", "bg", "ru")]
        for t in made:
            self.g.add(t)

    def _date(self, node, d) -> None:
        if d:
            self.g.add((node, DIP.date, self._lit(d.isoformat(), datatype=XSD.date)))
            self._dated.add(node)

    def _person_slug(self, ref) -> str:
        return self.iri(ref)[len(DIPR) + len("person/"):]

    def _name(self, ref) -> str:
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

    # ---------------------------------------------------------------- events
    def _visits(self) -> dict:
        groups = defaultdict(list)
        for af in self.arts:
            for v in af.visits:
                groups[(v.guest, v.host)].append((af.article.id, v))
        out = {}
        for (guest, host), items in sorted(groups.items(), key=lambda kv: str(kv[0])):
            for cluster in _cluster_dates(items, lambda x: x[1].date):
                dates = Counter(v.date for _, v in cluster if v.date)
                date = dates.most_common(1)[0][0] if dates else None
                cities = Counter(v.city for _, v in cluster if v.city)
                city = sorted(cities.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if cities else None
                g = self.g
                gname = self._person_slug(guest)
                node = DIPR[f"visit/{gname}-to-{host.lower()}-{date.isoformat() if date else 'undated'}"]
                for aid, v in cluster:
                    out[(aid, v.local)] = node
                arts = {aid for aid, _ in cluster}
                if self._skip(arts):
                    continue
                g.begin(arts)
                g.add((node, RDF.type, DIP.Visit))
                g.add((node, DIP.guest, self.iri(guest)))
                g.add((node, DIP.host, self.iri(("state", host))))
                self._ensure_state(host)
                if city:
                    g.add((node, DIP.location, self.iri(("city", city))))
                self._date(node, date)
                label = f"Visit of {self._name(guest)} to {self._name(('state', host))}"
                g.add((node, RDFS.label, Literal(label + (f", {date.isoformat()}" if date else ""), lang="en")))
                for aid, v in cluster:
                    self._prov(node, v.evidence or [])
                    if not v.evidence:
                        self.g.add((node, PROV.wasDerivedFrom, DIPR[f"article/{aid}"]), {aid})
                if not any(v.evidence for _, v in cluster):
                    g.add((node, DIP.evidence, Literal(label)))
                g.end()
        return out

    def _meetings(self, visit_iri: dict) -> dict:
        groups = defaultdict(list)
        for af in self.arts:
            for m in af.meetings:
                people = frozenset(p for p in m.participants if p[0] == "person")
                groups[(people or frozenset(m.participants), m.city)].append((af.article.id, m))
        out = {}
        for (people, city), items in sorted(groups.items(), key=lambda kv: str(sorted(map(str, kv[0][0]))) + str(kv[0][1])):
            for cluster in _cluster_dates(items, lambda x: x[1].date):
                dates = Counter(m.date for _, m in cluster if m.date)
                date = dates.most_common(1)[0][0] if dates else None
                key = _h(sorted(str(self.iri(p)) for p in people), city, date)
                node = DIPR[f"meeting/{date.isoformat() if date else 'undated'}-{key}"]
                for aid, m in cluster:
                    out[(aid, m.local)] = node
                arts = {aid for aid, _ in cluster}
                if self._skip(arts):
                    continue
                g = self.g
                g.begin(arts)
                g.add((node, RDF.type, DIP.Meeting))
                if city:
                    g.add((node, DIP.location, self.iri(("city", city))))
                self._date(node, date)
                for aid, m in cluster:
                    g.ctx = {aid}
                    if not g.wants(g.ctx):
                        continue
                    for p in m.participants:
                        if p[0] == "state":
                            self._ensure_state(p[1])
                        if p[0] in ("person", "state") or p in self._ents[aid]:
                            g.add((node, DIP.participant, self.iri(p)))
                    g.add((node, RDFS.label, Literal(m.label, lang=m.lang)))
                    if m.ordinal:
                        g.add((node, DIP.ordinal, self._lit(m.ordinal)))
                    self._prov(node, m.evidence)
                    if m.visit and (aid, m.visit) in visit_iri:
                        g.add((node, DIP.partOf, visit_iri[(aid, m.visit)]))
                g.end()
        return out

    # ---------------------------------------------------------------- agreements
    def _agreements(self, event_iri: dict) -> None:
        g = self.g
        merged: dict = {}
        for af in self.arts:
            aid = af.article.id
            for a in af.agreements:
                ev = event_iri.get((aid, a.event)) if a.event else None
                corridors = sorted(c for c in a.concerns if c[0] == "corridor")
                ident = ("corridor", tuple(corridors)) if corridors else ("label", slug(a.label))
                key = (str(ev) if ev else aid, a.cls, ident)
                merged.setdefault(key, []).append((aid, a, ev))
        for key, items in sorted(merged.items()):   # keys of strings and tuples of strings: comparable
            first = items[0][1]
            ev = items[0][2]
            stem = ev.rsplit("/", 1)[-1] if ev else items[0][0]
            node = DIPR[f"agreement/{slug(stem)[:50]}-{slug(first.doc_type)}-{_h(*key)}"]
            group = {aid for aid, _, _ in items}
            if self._skip(group):
                continue
            g.begin(group)
            g.add((node, RDF.type, DIP[first.cls]))
            g.add((node, DIP.documentType, self._lit(first.doc_type)))
            for aid, a, e in items:
                g.ctx = {aid}
                if not g.wants(g.ctx):
                    continue
                g.add((node, RDFS.label, Literal(a.label, lang=a.lang)))
                for p in a.parties:
                    if p[0] == "state":
                        self._ensure_state(p[1])
                    if p[0] == "state" or p in self._ents[aid]:
                        g.add((node, DIP.party, self.iri(p)))
                for c in a.concerns:
                    if c in self._ents[aid]:
                        g.add((node, DIP.concerns, self.iri(c)))
                if e:
                    g.add((node, DIP.signedDuring, e))
                if a.count:
                    g.add((node, DIP.count, self._lit(a.count)))
                if a.year_signed:
                    g.add((node, DIP.yearSigned, self._lit(str(a.year_signed), datatype=XSD.gYear)))
                self._prov(node, a.evidence)
            dates = sorted({a.date for _, a, _ in items if a.date})
            g.ctx = group
            if dates:
                self._date(node, dates[0])
            g.end()

    # ---------------------------------------------------------------- figures
    def _figures(self) -> None:
        g = self.g
        merged: dict = {}
        for af in self.arts:
            for f in af.figures:
                metric = "exports" if f.metric == "imports" else f.metric
                key = (metric, f.between, f.from_state, f.to_state, f.year, str(f.amount), f.currency)
                merged.setdefault(key, []).append(f)
        for key, items in sorted(merged.items(), key=lambda kv: str(kv[0])):
            arts = {e.article for f in items for e in f.evidence}
            if self._skip(arts):
                continue
            g.begin(arts)
            metric, between, frm, to, year, amount, cur = key
            who = f"{frm.lower()}-{to.lower()}" if frm and to else "-".join(x.lower() for x in between)
            node = DIPR[f"figure/{metric}-{who}-{year or 'na'}-{amount}-{cur.lower()}"]
            g.add((node, RDF.type, DIP.TradeFigure))
            g.add((node, DIP.metric, self._lit(metric)))
            g.add((node, DIP.amount, self._lit(Decimal(amount), datatype=XSD.decimal)))
            g.add((node, DIP.currency, self._lit(cur)))
            if year:
                g.add((node, DIP.year, self._lit(str(year), datatype=XSD.gYear)))
            for iso in between:
                self._ensure_state(iso)
                g.add((node, DIP.between, self.iri(("state", iso))))
            if frm and to:
                g.add((node, DIP.fromState, self.iri(("state", frm))))
                g.add((node, DIP.toState, self.iri(("state", to))))
            names = (f"{self._name(('state', frm))} → {self._name(('state', to))}" if frm and to
                     else " – ".join(self._name(("state", x)) for x in between))
            g.add((node, RDFS.label, Literal(f"{metric} {names}{', ' + str(year) if year else ''}: "
                                             f"{Decimal(amount):,} {cur}", lang="en")))
            for f in items:
                self._prov(node, f.evidence)
            g.end()

    # ---------------------------------------------------------------- awards, relations, twins
    def _conferrals(self, event_iri: dict) -> None:
        g = self.g
        merged: dict = {}
        for af in self.arts:
            for c in af.conferrals:
                merged.setdefault((c.award, c.recipient), []).append((af.article.id, c))
        for (award, recipient), items in sorted(merged.items(), key=lambda kv: str(kv[0])):
            arts = {aid for aid, _ in items}
            if self._skip(arts):
                continue
            node = DIPR[f"conferral/{slug(award[1])}-{self._person_slug(recipient)}"]
            g.begin(arts)
            g.add((node, RDF.type, DIP.AwardConferral))
            g.add((node, DIP.award, self.iri(award)))
            g.add((node, DIP.recipient, self.iri(recipient)))
            g.add((node, RDFS.label, Literal(f"{self._award_label(award)} conferred on {self._name(recipient)}",
                                             lang="en")))
            dated = None     # the first article to date it dates it: a decision the others see
            for aid, c in items:
                g.ctx = {aid}
                if node not in self._dated:
                    self._date(node, c.date)
                    if c.date:
                        dated = (aid, c.date)
                if not g.wants(g.ctx):
                    continue
                if c.conferrer:
                    g.add((node, DIP.conferredBy, self.iri(c.conferrer)))
                if c.event and (aid, c.event) in event_iri:
                    g.add((node, DIP.partOf, event_iri[(aid, c.event)]))
                self._prov(node, c.evidence)
            g.end(dated)

    def _award_label(self, award) -> str:
        labels = sorted(self.merged.get(award, {}).get("labels", set()))
        return labels[0][0] if labels else award[1]

    def _relations(self) -> None:
        g = self.g
        merged: dict = {}
        for af in self.arts:
            for r in af.relations:
                merged.setdefault(r.states, []).append(r)
        for states, items in sorted(merged.items()):
            arts = {e.article for r in items for e in r.evidence}
            if self._skip(arts):
                continue
            node = DIPR[f"relations/{states[0].lower()}-{states[1].lower()}"]
            g.begin(arts)
            g.add((node, RDF.type, DIP.DiplomaticRelations))
            for iso in states:
                self._ensure_state(iso)
                g.add((node, DIP.between, self.iri(("state", iso))))
            years = Counter(r.year for r in items if r.year)
            if years:
                y = sorted(years.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                g.add((node, DIP.year, self._lit(str(y), datatype=XSD.gYear)))
            g.add((node, RDFS.label, Literal(
                f"Diplomatic relations {self._name(('state', states[0]))} – {self._name(('state', states[1]))}",
                lang="en")))
            for r in items:
                self._prov(node, r.evidence)
            g.end()

    def _sisters(self) -> None:
        for af in self.arts:
            self.g.ctx = {af.article.id}
            if not self.g.wants(self.g.ctx):
                continue
            for s in af.sisters:
                a, b = (self.iri(("city", c)) for c in s.cities)
                self.g.add((a, DIP.sisterCity, b))
                self.g.add((b, DIP.sisterCity, a))


def build_graph(facts: list[ArticleFacts], people: People, gaz: Gazetteer, only: set | None = None,
                fingerprints: dict | None = None) -> Triples:
    """The merged graph; its ``support`` maps each triple to the ids of the articles it rests on.

    With ``only``, just the named graphs of those articles (see :class:`_Tracked`). ``fingerprints``, a
    dict, receives article id -> digest of what the article sees of facts merged with other articles:
    an article whose facts and fingerprint are unchanged has an unchanged named graph. Without it, groups
    of facts that none of ``only`` shares are passed over."""
    r = Resolver(people, gaz, only, fingerprint=fingerprints is not None or only is None)
    for f in facts:
        r.add(f)
    out = r.graph()
    if fingerprints is not None:
        fingerprints.update(r.fingerprints)
    return out
