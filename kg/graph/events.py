"""The events' triples: visits, meetings and award conferrals, each merged across the articles that
report it (reports of one guest and host within three days are one visit; meetings likewise by their
people and place)."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from ..lang.script import slug
from .codes import add_codes, meeting_side
from .triples import short_hash
from .vocab import DIP, DIPR, PROV


def cluster_dates(items, get_date):
    """Group items (already of one guest/host or one meeting) by date: dated ones within three days of the
    group's first are one; undated ones join the only group, else form one of their own."""
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


def visits(r) -> dict:
    """Write the visits; returns (article id, local id) -> the visit's IRI."""
    groups = defaultdict(list)
    for af in r.arts:
        for v in af.visits:
            groups[(v.guest, v.host)].append((af.article.id, v))
    out = {}
    for (guest, host), items in sorted(groups.items(), key=lambda kv: str(kv[0])):
        for cluster in cluster_dates(items, lambda x: x[1].date):
            dates = Counter(v.date for _, v in cluster if v.date)
            date = dates.most_common(1)[0][0] if dates else None
            cities = Counter(v.city for _, v in cluster if v.city)
            city = sorted(cities.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if cities else None
            node = DIPR[f"visit/{r.person_slug(guest)}-to-{host.lower()}-{date.isoformat() if date else 'undated'}"]
            for aid, v in cluster:
                out[(aid, v.local)] = node
            arts = {aid for aid, _ in cluster}
            if r.skip(arts):
                continue
            _visit(r, node, guest, host, city, date, cluster, arts)
    return out


def _visit(r, node, guest, host, city, date, cluster, arts) -> None:
    g = r.g
    g.begin(arts)
    g.add((node, RDF.type, DIP.Visit))
    add_codes(r, node, "Visit")
    g.add((node, DIP.guest, r.iri(guest)))
    g.add((node, DIP.host, r.iri(("state", host))))
    r.ensure_state(host)
    if city:
        g.add((node, DIP.location, r.iri(("city", city))))
    r.date(node, date)
    label = f"Visit of {r.name(guest)} to {r.name(('state', host))}"
    g.add((node, RDFS.label, Literal(label + (f", {date.isoformat()}" if date else ""), lang="en")))
    for aid, v in cluster:
        r.prov(node, v.evidence or [])
        if not v.evidence:
            g.add((node, PROV.wasDerivedFrom, DIPR[f"article/{aid}"]), {aid})
    if not any(v.evidence for _, v in cluster):
        g.add((node, DIP.evidence, Literal(label)))
    g.end()


def meetings(r, visit_iri: dict) -> dict:
    """Write the meetings; returns (article id, local id) -> the meeting's IRI."""
    groups = defaultdict(list)
    for af in r.arts:
        for m in af.meetings:
            people = frozenset(p for p in m.participants if p[0] == "person")
            groups[(people or frozenset(m.participants), m.city)].append((af.article.id, m))
    out = {}
    for (people, city), items in sorted(groups.items(), key=lambda kv: str(sorted(map(str, kv[0][0]))) + str(kv[0][1])):
        for cluster in cluster_dates(items, lambda x: x[1].date):
            dates = Counter(m.date for _, m in cluster if m.date)
            date = dates.most_common(1)[0][0] if dates else None
            key = short_hash(sorted(str(r.iri(p)) for p in people), city, date)
            node = DIPR[f"meeting/{date.isoformat() if date else 'undated'}-{key}"]
            for aid, m in cluster:
                out[(aid, m.local)] = node
            arts = {aid for aid, _ in cluster}
            if r.skip(arts):
                continue
            _meeting(r, node, city, date, cluster, arts, visit_iri)
    return out


def _meeting(r, node, city, date, cluster, arts, visit_iri) -> None:
    g = r.g
    g.begin(arts)
    g.add((node, RDF.type, DIP.Meeting))
    in_visit = any(m.visit and (aid, m.visit) in visit_iri for aid, m in cluster)
    add_codes(r, node, "Meeting", meeting_side(r, city, [p for _, m in cluster for p in m.participants], in_visit))
    if city:
        g.add((node, DIP.location, r.iri(("city", city))))
    r.date(node, date)
    for aid, m in cluster:
        g.ctx = {aid}
        if not g.wants(g.ctx):
            continue
        for p in m.participants:
            if p[0] == "state":
                r.ensure_state(p[1])
            if p[0] in ("person", "state") or p in r.ents[aid]:
                g.add((node, DIP.participant, r.iri(p)))
        g.add((node, RDFS.label, Literal(m.label, lang=m.lang)))
        if m.ordinal:
            g.add((node, DIP.ordinal, r.lit(m.ordinal)))
        r.prov(node, m.evidence)
        if m.visit and (aid, m.visit) in visit_iri:
            g.add((node, DIP.partOf, visit_iri[(aid, m.visit)]))
    g.end()


def conferrals(r, event_iri: dict) -> None:
    g = r.g
    merged: dict = {}
    for af in r.arts:
        for c in af.conferrals:
            merged.setdefault((c.award, c.recipient), []).append((af.article.id, c))
    for (award, recipient), items in sorted(merged.items(), key=lambda kv: str(kv[0])):
        arts = {aid for aid, _ in items}
        if r.skip(arts):
            continue
        node = DIPR[f"conferral/{slug(award[1])}-{r.person_slug(recipient)}"]
        g.begin(arts)
        g.add((node, RDF.type, DIP.AwardConferral))
        add_codes(r, node, "AwardConferral")
        g.add((node, DIP.award, r.iri(award)))
        g.add((node, DIP.recipient, r.iri(recipient)))
        g.add((node, RDFS.label, Literal(f"{_award_label(r, award)} conferred on {r.name(recipient)}", lang="en")))
        dated = None     # the first article to date it dates it: a decision the others see
        for aid, c in items:
            g.ctx = {aid}
            if node not in r.dated:
                r.date(node, c.date)
                if c.date:
                    dated = (aid, c.date)
            if not g.wants(g.ctx):
                continue
            if c.conferrer:
                g.add((node, DIP.conferredBy, r.iri(c.conferrer)))
            if c.event and (aid, c.event) in event_iri:
                g.add((node, DIP.partOf, event_iri[(aid, c.event)]))
            r.prov(node, c.evidence)
        g.end(dated)


def _award_label(r, award) -> str:
    labels = sorted(r.merged.get(award, {}).get("labels", set()))
    return labels[0][0] if labels else award[1]
