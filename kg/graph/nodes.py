"""The entities' triples: states, cities, people, organizations, corridors and awards, each with the
labels the articles give it (a label rests on the articles that use it) and its provenance."""
from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .vocab import DIP, DIPR, GEONAMES

CLASS_OF = {"state": DIP.State, "city": DIP.City, "org": DIP.Organization, "award": DIP.Award}
CORRIDOR_CLASS = {"transport": DIP.TransportCorridor, "energy": DIP.Pipeline}


def _merge(r) -> dict:
    """Entity ref -> what all articles say of it (labels, evidence, aliases, properties, articles, and
    which articles say each label); the articles' ``dip:mentions`` on the way."""
    g = r.g
    merged: dict = {}
    for af in r.arts:
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
                g.add((DIPR[f"article/{af.article.id}"], DIP.mentions, r.iri(ref)), {af.article.id})
    return merged


def entities(r) -> None:
    g = r.g
    merged = r.merged = _merge(r)
    for ref, m in merged.items():
        kind, key = ref
        if kind == "state":     # the same triples whatever the articles say: no group to share
            if g.wants(m["arts"]):
                g.ctx = m["arts"]
                r.prov(r.iri(ref), m["evidence"])
                r.ensure_state(key)
            continue
        if r.skip(m["arts"]):
            continue
        g.begin(m["arts"])
        node = r.iri(ref)
        r.prov(node, m["evidence"])
        if kind == "person":
            p = r.people.clusters[key]
            _person(r, node, p, m)
            g.end(bool(p.names))    # whether surnames alone label it: what the articles naming it so see
            continue
        _thing(r, node, kind, key, m)
        said = m["said"]    # a name rests on the articles that use it, not on every article of the thing
        for text, lang in m["labels"]:
            g.add((node, RDFS.label, Literal(text, lang=lang)), said[(text, lang)])
        for al in m["aliases"]:
            g.add((node, DIP.alias, Literal(al)), said[al])
            g.add((node, RDFS.label, Literal(al, lang="en")), said[al])
        g.end()


def _thing(r, node, kind: str, key: str, m: dict) -> None:
    """The class and reference triples of a city, corridor, organization or award."""
    g = r.g
    if kind == "city":
        c = r.gaz.cities[key]
        g.add((node, RDF.type, DIP.City))
        g.add((node, RDFS.label, Literal(c["name"], lang="en")))
        g.add((node, DIP.geonamesId, r.lit(key)))
        g.add((node, OWL.sameAs, URIRef(GEONAMES.format(key))))
        g.add((node, DIP.inState, r.iri(("state", c["country"]))))
    elif kind == "corridor":
        g.add((node, RDF.type, CORRIDOR_CLASS.get(m["props"].get("sub"), DIP.Corridor)))
        for ref in sorted(m["props"].get("through", ())):
            if ref[0] == "state":
                r.ensure_state(ref[1])
            g.add((node, DIP.passesThrough, r.iri(ref)))
    else:
        g.add((node, RDF.type, CLASS_OF[kind]))
        if kind == "org" and m["props"].get("iso"):
            g.add((node, DIP.inState, r.iri(("state", m["props"]["iso"]))))


def _person(r, node, p, m: dict) -> None:
    g = r.g
    arts = m["arts"]
    leader = p.role is not None and not p.is_former
    g.add((node, RDF.type, DIP.Leader if leader else DIP.Person))
    for name, lang in p.labels:     # a name rests on the articles that use it (else on all that name him)
        g.add((node, RDFS.label, r.lit(name, lang=lang)), (p.label_articles((name, lang)) & arts) or None)
    if p.role:
        g.add((node, DIP.role, r.lit(p.role)))
    if leader and p.iso:
        g.add((node, DIP.leaderOf, r.iri(("state", p.iso))))
        _state_from_leader(r, p.iso, m["evidence"])
        r.ensure_state(p.iso)
    for iso in p.former:
        g.add((node, DIP.formerLeaderOf, r.iri(("state", iso))))
        _state_from_leader(r, iso, m["evidence"])
        r.ensure_state(iso)


def _state_from_leader(r, iso: str, evidence: list) -> None:
    """A state known only as the state of a leader an article names ("President X arrived ...") rests on
    the sentences naming him in the articles that do not name the state itself."""
    named = r.merged.get(("state", iso))
    own = named["arts"] if named else ()
    r.prov(r.iri(("state", iso)), [ev for ev in evidence if ev.article not in own])
