"""The triples of documents and figures: agreements (one per signing event, class and title or corridor),
trade figures (one per metric, states, direction, year, amount and currency), diplomatic relations and
sister cities."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, XSD

from ..lang.script import slug
from .codes import add_codes
from .triples import short_hash
from .vocab import DIP, DIPR


def agreements(r, event_iri: dict) -> None:
    g = r.g
    merged: dict = {}
    for af in r.arts:
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
        node = DIPR[f"agreement/{slug(stem)[:50]}-{slug(first.doc_type)}-{short_hash(*key)}"]
        group = {aid for aid, _, _ in items}
        if r.skip(group):
            continue
        g.begin(group)
        g.add((node, RDF.type, DIP[first.cls]))
        add_codes(r, node, "Agreement")
        g.add((node, DIP.documentType, r.lit(first.doc_type)))
        for aid, a, e in items:
            g.ctx = {aid}
            if g.wants(g.ctx):
                _agreement(r, node, aid, a, e)
        dates = sorted({a.date for _, a, _ in items if a.date})
        g.ctx = group
        if dates:
            r.date(node, dates[0])
        g.end()


def _agreement(r, node, aid: str, a, e) -> None:
    """What one article says of an agreement (its label, parties, what it concerns, its event)."""
    g = r.g
    g.add((node, RDFS.label, Literal(a.label, lang=a.lang)))
    for p in a.parties:
        if p[0] == "state":
            r.ensure_state(p[1])
        if p[0] == "state" or p in r.ents[aid]:
            g.add((node, DIP.party, r.iri(p)))
    for c in a.concerns:
        if c in r.ents[aid]:
            g.add((node, DIP.concerns, r.iri(c)))
    if e:
        g.add((node, DIP.signedDuring, e))
    if a.count:
        g.add((node, DIP.count, r.lit(a.count)))
    if a.year_signed:
        g.add((node, DIP.yearSigned, r.lit(str(a.year_signed), datatype=XSD.gYear)))
    r.prov(node, a.evidence)


def figures(r) -> None:
    g = r.g
    merged: dict = {}
    for af in r.arts:
        for f in af.figures:
            metric = "exports" if f.metric == "imports" else f.metric
            key = (metric, f.between, f.from_state, f.to_state, f.year, str(f.amount), f.currency)
            merged.setdefault(key, []).append(f)
    # a figure reported without its year joins the one report of the same figure with a year (as an
    # undated visit joins the only dated one)
    for key in [k for k in merged if k[4] is None]:
        dated = [k for k in merged if k[4] is not None and k[:4] == key[:4] and k[5:] == key[5:]]
        if len(dated) == 1:
            merged[dated[0]].extend(merged.pop(key))
    for key, items in sorted(merged.items(), key=lambda kv: str(kv[0])):
        arts = {e.article for f in items for e in f.evidence}
        if r.skip(arts):
            continue
        g.begin(arts)
        metric, between, frm, to, year, amount, cur = key
        who = f"{frm.lower()}-{to.lower()}" if frm and to else "-".join(x.lower() for x in between)
        node = DIPR[f"figure/{metric}-{who}-{year or 'na'}-{amount}-{cur.lower()}"]
        g.add((node, RDF.type, DIP.TradeFigure))
        g.add((node, DIP.metric, r.lit(metric)))
        g.add((node, DIP.amount, r.lit(Decimal(amount), datatype=XSD.decimal)))
        g.add((node, DIP.currency, r.lit(cur)))
        if year:
            g.add((node, DIP.year, r.lit(str(year), datatype=XSD.gYear)))
        for iso in between:
            r.ensure_state(iso)
            g.add((node, DIP.between, r.iri(("state", iso))))
        if frm and to:
            g.add((node, DIP.fromState, r.iri(("state", frm))))
            g.add((node, DIP.toState, r.iri(("state", to))))
        names = (f"{r.name(('state', frm))} → {r.name(('state', to))}" if frm and to
                 else " – ".join(r.name(("state", x)) for x in between))
        g.add((node, RDFS.label, Literal(f"{metric} {names}{', ' + str(year) if year else ''}: "
                                         f"{Decimal(amount):,} {cur}", lang="en")))
        for f in items:
            r.prov(node, f.evidence)
        g.end()


def relations(r) -> None:
    g = r.g
    merged: dict = {}
    for af in r.arts:
        for rel in af.relations:
            merged.setdefault(rel.states, []).append(rel)
    for states, items in sorted(merged.items()):
        arts = {e.article for rel in items for e in rel.evidence}
        if r.skip(arts):
            continue
        node = DIPR[f"relations/{states[0].lower()}-{states[1].lower()}"]
        g.begin(arts)
        g.add((node, RDF.type, DIP.DiplomaticRelations))
        add_codes(r, node, "DiplomaticRelations")
        for iso in states:
            r.ensure_state(iso)
            g.add((node, DIP.between, r.iri(("state", iso))))
        years = Counter(rel.year for rel in items if rel.year)
        if years:
            y = sorted(years.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            g.add((node, DIP.year, r.lit(str(y), datatype=XSD.gYear)))
        g.add((node, RDFS.label, Literal(
            f"Diplomatic relations {r.name(('state', states[0]))} – {r.name(('state', states[1]))}", lang="en")))
        for rel in items:
            r.prov(node, rel.evidence)
        g.end()


def sisters(r) -> None:
    for af in r.arts:
        r.g.ctx = {af.article.id}
        if not r.g.wants(r.g.ctx):
            continue
        for s in af.sisters:
            a, b = (r.iri(("city", c)) for c in s.cities)
            r.g.add((a, DIP.sisterCity, b))
            r.g.add((b, DIP.sisterCity, a))
