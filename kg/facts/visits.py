"""Visits: a guest (a leader of one state) to a host state, with the city and date the text gives.
"a visit to Belgium and Germany" is one visit to each; the host comes from "visit to X"/"arrived in X",
a city the sentence places something in, or (failing all) the article's dateline."""
from __future__ import annotations

from collections import Counter

from ..lang import lexicon
from ..mentions import Sentence
from .context import Context
from .events import date_in, event_city, event_date
from .model import VisitFact

LX = lexicon()


def extract(ctx: Context) -> list[VisitFact]:
    found: dict[tuple, VisitFact] = {}
    pending: list[Sentence] = []
    for s in ctx.sentences:
        if not LX.visit_cue.search(s.text) or LX.visit_negative.search(s.text):
            continue
        hosts = visit_hosts(s)
        guests = [p for p in s.persons if ctx.pstate(p) and ctx.pstate(p) not in hosts]
        if hosts and guests:
            g = guests[0]
            for host in hosts:
                key = (ctx.pref(g), host)
                v = found.get(key)
                if v is None:
                    v = found[key] = VisitFact(f"visit{len(found)}", key[0], host, None, None)
                v.evidence.append(ctx.ev(s))
        else:
            pending.append(s)
    if not found and pending:
        host = next((h for h in (_visit_host(s) for s in pending) if h), None) or _dateline_state(ctx)
        guest = _main_guest(ctx, host) if host else None
        if host and guest:
            found[(guest, host)] = VisitFact("visit0", guest, host, None, None)
    out = []
    for v in found.values():
        for s in pending:
            host = _visit_host(s)
            if host in (None, v.host) and not any(
                    ctx.pstate(p) and ctx.pstate(p) != v.host and ctx.pref(p) != v.guest for p in s.persons):
                v.evidence.append(ctx.ev(s))
        v.city = event_city(ctx, v.host)
        v.date = (date_in(ctx, v.city) if len(found) > 1 else None) or event_date(ctx)
        out.append(v)
    return out


def _visit_host(s: Sentence) -> str | None:
    hosts = visit_hosts(s)
    return hosts[0] if hosts else None


def visit_hosts(s: Sentence) -> list[str]:
    """The states visited: "visit to Kazakhstan", "visit to Belgium and Germany", "arrived in Bishkek"."""
    text = s.text
    for m in LX.visit_cue.finditer(text):
        # "visit to Kazakhstan", "arrived in Bishkek", "arrival at Ankara's airport", "посещение в Астана"
        pm = LX.visit_host_at.match(text[m.end():m.end() + 40])
        if pm:
            pos = m.end() + pm.end()
            for r in s.states:
                if r.start == pos and not r.in_name and not r.adjective:
                    return _more_hosts(s, r)
            for c in s.cities:
                if c.start == pos and not c.in_name:
                    return [c.country]
    # a city the sentence places something in ("in Ankara", "в Букурещ"), not one it only names
    # ("the bridge near Ruse")
    cities = [c for c in s.cities if not c.in_name and LX.placed_in.search(text[max(0, c.start - 8):c.start])]
    if cities:
        return [Counter(c.country for c in cities).most_common(1)[0][0]]
    return []


def _more_hosts(s: Sentence, r) -> list[str]:
    """The host ``r`` and the states listed after it: "to Belgium and Germany", "в Белгия и Германия"."""
    hosts = [r.iso]
    while True:
        more = LX.and_more.match(s.text[r.end:])
        r = more and next((x for x in s.states if x.start == r.end + more.end()
                           and not x.adjective and not x.in_name), None)
        if not r:
            return list(dict.fromkeys(hosts))
        hosts.append(r.iso)


def _dateline_state(ctx: Context) -> str | None:
    for s in ctx.sentences[:3]:
        for c in s.cities:
            return c.country
    return None


def _main_guest(ctx: Context, host: str):
    counts = Counter()
    for s in ctx.sentences:
        for p in s.persons:
            st = ctx.pstate(p)
            if st and st != host and (not ctx.pair or st in ctx.pair):
                counts[ctx.pref(p)] += 1
    return counts.most_common(1)[0][0] if counts else None
