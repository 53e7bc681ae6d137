"""Visits: a guest (a leader of one state) to a host state, with the city and date the text gives.
"a visit to Belgium and Germany" is one visit to each; the host comes from "visit to X"/"arrived in X",
a city the sentence places something in, or (failing all) the article's dateline; visits no visit word
tells are read off the talks (:mod:`kg.facts.inferred_visits`)."""
from __future__ import annotations

import re
from collections import Counter

from ..lang import lexicon, pack
from ..mentions import Sentence
from ..mentions.titles import ENVOY_ROLES
from . import inferred_visits
from .context import Context
from .events import another_year, date_in, elsewhen, event_city, event_date, visit_date
from .model import VisitFact

LX = lexicon()
_SPACES = re.compile(r"\s*")


def extract(ctx: Context) -> list[VisitFact]:
    found: dict[tuple, VisitFact] = {}
    told: dict[tuple, list[Sentence]] = {}     # (the sentences each visit was read from)
    pending: list[Sentence] = []
    for s in ctx.sentences:
        if not _live_cue(s) or LX.visit_negative.search(s.text) or (s.idx > 0 and elsewhen(s)) or another_year(ctx, s):
            continue    # (a visit of another month or year is the background, not the news)
        hosts = visit_hosts(s) or _our_country(ctx, s)
        guests = [p for p in s.persons if ctx.pstate(p) and ctx.pstate(p) not in hosts]
        if hosts and not guests:
            guests = _stateless_guests(ctx, s)
        if not hosts and len({ctx.pstate(p) for p in guests}) == 1:
            # "Modi's visit to Lumbini, Nepal and India signed ...": the other state the sentence names
            hosts = _other_state(s, ctx.pstate(guests[0]))
        if not hosts and guests:
            hosts = _described_host(ctx, s, guests[0])
            guests = [p for p in guests if ctx.pstate(p) not in hosts]
        if hosts and guests:
            g = guests[0]
            for host in hosts:
                key = (ctx.pref(g), host)
                v = found.get(key)
                if v is None:
                    v = found[key] = VisitFact(f"visit{len(found)}", key[0], host, None, None)
                v.evidence.append(ctx.ev(s))
                told.setdefault(key, []).append(s)
        else:
            pending.append(s)
    if not found and pending:
        host = next((h for h in (_visit_host(s) for s in pending) if h), None) or _own_country(ctx, pending) \
            or _dateline_state(ctx)
        guest = _main_guest(ctx, host, pending) if host else None
        if host and guest:
            found[(guest, host)] = VisitFact("visit0", guest, host, None, None)
    inferred_visits.headline_in(ctx, found)
    inferred_visits.talks_abroad(ctx, found)
    inferred_visits.both_in(ctx, found)
    if not found:
        inferred_visits.spoke_abroad(ctx, found)
    if not found:
        inferred_visits.two_met_in(ctx, found)
    out = []
    event = event_date(ctx) if found else None      # (the article's: one for all its visits)
    for v in found.values():
        if ctx.people.clusters[v.guest[1]].role in ENVOY_ROLES:
            continue      # an envoy lives where posted: the ambassador's talks there are no visit
        for s in pending:
            host = _visit_host(s)
            if host in (None, v.host) and not any(
                    ctx.pstate(p) and ctx.pstate(p) != v.host and ctx.pref(p) != v.guest for p in s.persons):
                v.evidence.append(ctx.ev(s))
                told.setdefault((v.guest, v.host), []).append(s)
        v.city = event_city(ctx, v.host)
        told_of = sorted(told.get((v.guest, v.host), []), key=lambda s: s.idx)
        there = date_in(ctx, v.city) if len(found) > 1 else None
        v.date = there or visit_date(ctx, told_of, event)
        v.talks_date = there or event
        out.append(v)
    return out


def _stateless_guests(ctx: Context, s: Sentence) -> list:
    """"President X, who is on an official visit to Y": a titled person of no known state, named just
    before the visit word (or just after "the visit of"), is the guest."""
    out = []
    for p in s.persons:
        c = ctx.person(p)
        if c is None or not p.titled or ctx.pstate(p) or c.is_former or any(
                p.start < m.span.end and m.span.start < p.end for m in s.matches):
            continue      # (not a "name" made of a place: "Президентом Новая Зеландия")
        if any(0 <= m.start() - p.end <= 60 or 0 <= p.start - m.end() <= 30 for m in LX.visit_cue.finditer(s.text)):
            out.append(p)
    return out


def _live_cue(s: Sentence) -> bool:
    """A visit word that is not of a visit still to come ("the upcoming visit of ..."), nor in a quote
    ("'When I visited Nairobi in 2019 ...', X said": a memory, not the news)."""
    return any(not to_come(s.text, m) and not s.in_quote(m.start()) for m in LX.visit_cue.finditer(s.text))


def to_come(text: str, m) -> bool:
    """The visit word ``m`` tells of a visit still to come: "the upcoming visit", "will pay a visit",
    "посетит", "ще посети" (the pack's patterns see the 40 characters before the word and the word)."""
    return bool(LX.visit_to_come.search(text[max(0, m.start() - 40):_word_end(text, m)] + " "))


def _word_end(text: str, m) -> int:
    """Where the word the match ``m`` starts ends ("visit" of "visited")."""
    return m.end() + len(re.match(r"\w*", text[m.end():]).group())


def _visit_host(s: Sentence) -> str | None:
    hosts = visit_hosts(s)
    return hosts[0] if hosts else None


def visit_hosts(s: Sentence) -> list[str]:
    """The states visited: "visit to Kazakhstan", "visit to Belgium and Germany", "arrived in Bishkek",
    "the visit of President X to Moldova", "посещение на президента Х в Молдова"."""
    text = s.text
    for m in LX.visit_cue.finditer(text):
        # "visit to Kazakhstan", "arrived in Bishkek", "arrival at Ankara's airport", "посещение в Астана"
        if to_come(text, m):
            continue      # "the upcoming visit of President X to China"
        word_end = _word_end(text, m)
        if LX.visiting_guest.search(text[:word_end]) and any(
                p.titled and 0 < p.start - word_end <= 40 and not re.search(r"[,;:]", text[word_end:p.start])
                for p in s.persons):
            continue      # "visiting U.S. President Donald Trump": the state is the guest's, not the host
        if LX.visit_verb.fullmatch(text[m.start():word_end]):     # "visited Kazakhstan", "посетиха България"
            found = _host_at(s, word_end, verb=True)
            if found:
                return found
        for start in (m.end(), _past_guest(s, m.end())):
            found = _host_at(s, start)
            if found:
                return found
        placed = _placed_before(s, m.start())
        if placed:
            return placed
    for c in s.cities:    # "заяви от Париж, където е на посещение", "from Paris, where he is on a visit"
        if not c.in_name and LX.where_visiting.match(text, c.end):
            return [c.country]
    # a city the sentence places something in ("in Ankara", "в Букурещ"), not one it only names
    # ("the bridge near Ruse")
    cities = [c for c in s.cities if not c.in_name and s.placed(c.start)]
    if cities:
        return [Counter(c.country for c in cities).most_common(1)[0][0]]
    return []


def _host_at(s: Sentence, start: int, verb: bool = False) -> list[str]:
    """The state or city named after "to", "in", "в" at ``start`` (the Republic of X is X), or, after a
    verb of visiting, right after it ("visited Kazakhstan", "посетил Туркменистан")."""
    text = s.text
    pm = LX.visit_host_at.match(text[start:start + 40])
    if not pm and not verb:
        return []
    short = LX.visit_to.match(text[start:start + 40])
    at = {start + m.end() for m in (pm, short) if m}
    if verb:
        at |= {start + m.end() for m in (LX.visited_object.match(text[start:start + 40]),) if m}
    for r in s.states:
        if r.start in at and not r.in_name and not r.adjective:
            return _more_hosts(s, r)
    for c in s.cities:
        if c.start in at and not c.in_name:
            return [c.country]
    return []


def _placed_before(s: Sentence, cue: int) -> list[str]:
    """"is in Bulgaria on an official visit", "е в България по покана на": the state the sentence places
    someone in just before the visit word."""
    for r in s.states:
        if not r.in_name and not r.adjective and 0 <= cue - r.end <= 25 and s.placed(r.start) \
                and not re.search(r"[,.;:]", s.text[r.end:cue]):
            return [r.iso]
    return []


def _past_guest(s: Sentence, pos: int) -> int:
    """After "the visit of President X" / "посещението на президента Х": where the guest's name ends."""
    of = LX.title_of.match(s.text, pos) or LX.after_of.match(s.text, pos)
    if not of:
        return pos
    person = next((p for p in s.persons if of.end() <= p.start <= of.end() + 40 and p.titled
                   and not re.search(r"[,.;:]", s.text[of.end():p.start])), None)
    if person is None:
        return pos
    state = LX.after_of.match(s.text, person.end)      # "the visit of President X of Bolivia to Chile"
    st = state and next((r for r in s.states if r.start == state.end()), None)
    return st.end if st else person.end


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


def _other_state(s: Sentence, guest_state: str) -> list[str]:
    """The one state a visit sentence names besides the guest's (not one before a title: "welcomed the US
    President" names the other side's visitor, not a host)."""
    others = {r.iso for r in s.states if not r.adjective and not r.in_name and r.iso != guest_state
              and not LX.title_re.match(s.text, _SPACES.match(s.text, r.end).end())}
    return list(others) if len(others) == 1 else []


def _described_host(ctx: Context, s: Sentence, guest) -> list[str]:
    """A visit to a state told by a description ("began a state visit to the West African country at the
    invitation of President X", "on a visit to the Gulf state, where he met Emir Y"): the one state of the
    other titled people the sentence names after the guest."""
    if not LX.visit_anaphor.search(s.text):
        return []
    own = ctx.pstate(guest)
    others = {ctx.pstate(p) for p in s.persons if p.titled and p.start > guest.start and ctx.pstate(p)} - {own}
    return list(others) if len(others) == 1 else []


def _our_country(ctx: Context, s: Sentence) -> list[str]:
    """"беше на посещение у нас": the one home state of the article's language (Bulgarian news: Bulgaria)."""
    home = pack(ctx.lang).home_states
    return list(home) if len(home) == 1 and LX.visit_our_country.search(s.text) else []


def _own_country(ctx: Context, sents: list[Sentence]) -> str | None:
    """"X thanked the guest for the visit to his country", "за визит в его страну": the state of the first
    person of the sentence (the one "his" stands for)."""
    for s in sents:
        m = LX.visit_own_country.search(s.text)
        owner = m and next((p for p in s.persons if p.start < m.start() and ctx.pstate(p)), None)
        if owner:
            return ctx.pstate(owner)
    return None


def _dateline_state(ctx: Context) -> str | None:
    """The state of the first city the lead names (not of one an invitation names: "X invited Y to visit
    Tbilisi" says nothing of where the article's visit was)."""
    for s in ctx.sentences[:3]:
        for c in ([] if LX.visit_negative.search(s.text) else s.cities):
            return c.country
    return None


def _main_guest(ctx: Context, host: str, told: list[Sentence]):
    """The guest of a visit no sentence gives one for: the person of another state the visit sentences
    ``told`` name most, else the one the article names most (of its two states, where it has two)."""
    for sents, in_pair in ((told, False), (ctx.sentences, True)):
        counts = Counter()
        for s in sents:
            for p in s.persons:
                st = ctx.pstate(p)
                if st and st != host and (not in_pair or not ctx.pair or st in ctx.pair):
                    counts[ctx.pref(p)] += 1
        if counts:
            return counts.most_common(1)[0][0]
    return None
