"""Visits no visit word tells, read off what leaders did: talks held in a city of another state, a
leader of another state received at home or told from a dateline in the host's state, two people "in" a
place, a leader speaking abroad, the meeting of the two in a city (each adds to the visits found)."""
from __future__ import annotations

import re
from collections import Counter

from ..lang import lexicon
from ..mentions import Sentence
from ..mentions.plural import plural_role
from .context import Context
from .events import (HOST_ROLES, LEAD, another_year, dateline, elsewhen, hosting, received, received_by, to_come,
                     together)
from .model import VisitFact

LX = lexicon()


def _other_time(ctx: Context, s: Sentence) -> bool:
    """The sentence tells of another time: another month ("last year", "in March") or an earlier year."""
    return elsewhen(s) or another_year(ctx, s)


def talks_abroad(ctx: Context, found: dict) -> None:
    """Talks held in a city of another state ("Лукашенко и Раиси провели переговоры в Тегеране", "X and Y
    met in Istanbul", "Токаев принял в Акорде министра ... Ганы Y"): each leader from a state other than the
    city's visits it, when the article tells of no visit of theirs. Not at a summit (three states or more)
    nor on the sidelines of a larger event."""
    guests = {g for g, _ in found}
    lead_gathering = any(LX.gathering_cue.search(x.text) for x in ctx.sentences[:LEAD])
    first = ctx.sentences[0] if ctx.sentences else None
    filed_in = first and next((c for c in first.cities if dateline(first, c)), None)   # the article's dateline
    for s in ctx.sentences:
        if not (LX.meeting_cue.search(s.text) or received(s) or together(s)) or LX.sidelines.search(s.text) \
                or to_come(ctx, s) \
                or LX.visit_negative.search(s.text) or LX.gathering_cue.search(s.text) or LX.remote_cue.search(s.text) \
                or _other_time(ctx, s):
            continue
        places = [c for c in s.cities if not c.in_name and not s.in_quote(c.start)
                  and (s.placed(c.start) or hosting(s, c))]
        people = [p for p in s.persons if ctx.pstate(p)]
        if not places:
            if not lead_gathering:
                _received_home(ctx, s, found, guests)
                _talks_at_dateline(ctx, s, people, filed_in, found, guests)
            continue
        if len({c.country for c in places}) == 1:
            places = places[-1:]      # ("at Qasr Al Shati in Abu Dhabi": one state's places, the last)
        if len(places) != 1 or len({ctx.pstate(p) for p in people} | {places[0].country}) > 2:
            continue
        refs = [ctx.pref(p) for p in people if not LX.visit_of.search(s.text[max(0, p.start - 50):p.start])]
        if not s.persons:       # "The presidents of Kazakhstan and Uzbekistan held talks in Tashkent": the
            refs = _leaders_of(ctx, s, places[0].country)     # leaders of the states, named elsewhere
        for ref in refs:        # ("preparations for the visit of President X": talked about, not there)
            if (ref, places[0].country) in found and ctx.ev(s) not in found[(ref, places[0].country)].evidence:
                found[(ref, places[0].country)].evidence.append(ctx.ev(s))     # (told again)
            elif ctx.state_of(ref) != places[0].country and ref not in guests and ref is not None:
                _add(ctx, s, found, guests, ref, places[0].country)


def headline_in(ctx: Context, found: dict) -> None:
    """A title "X in City: ..." / "Лукашенко в Тегеране: ..." (a leader, the preposition, a city of another
    state, then a colon, a dash or the end): the leader is visiting it."""
    guests = {g for g, _ in found}
    s = ctx.sentences[0] if ctx.sentences else None
    for p in (s.persons if s is not None and not _other_time(ctx, s) else ()):
        c = next((c for c in s.cities if not c.in_name and s.placed(c.start) and 0 < c.start - p.end <= 5), None)
        ref = ctx.pref(p)
        if c is not None and _HEADLINE_END.match(s.text, c.end) and ctx.pstate(p) not in (None, c.country) \
                and ref not in guests:
            _add(ctx, s, found, guests, ref, c.country)


_HEADLINE_END = re.compile(r"\s*(?::|[–—-]\s|$)")


def _add(ctx: Context, s: Sentence, found: dict, guests: set, ref, host: str) -> None:
    """A visit of ``ref`` to ``host`` told by ``s``, its guest counted among the article's guests."""
    found[(ref, host)] = VisitFact(f"visit{len(found)}", ref, host, None, None, [ctx.ev(s)])
    guests.add(ref)


def _talks_at_dateline(ctx: Context, s: Sentence, people: list, filed_in, found: dict, guests: set) -> None:
    """"МИНСК, 18 авг — ... X провел переговоры с Y во Дворце Независимости": talks of the leaders of two
    states that place nothing, filed from a city of one of them (``filed_in``, the dateline of the
    article's first sentence): the leader of the other state is visiting it. Not for a guest the article
    already has."""
    states = {ctx.pstate(p) for p in people}
    if filed_in is None or s.idx > LEAD or len(states) != 2 or filed_in.country not in states:
        return
    for p in people:
        ref = ctx.pref(p)
        if ctx.pstate(p) != filed_in.country and ref not in guests and ctx.person(p).role in HOST_ROLES \
                and not LX.visit_of.search(s.text[max(0, p.start - 50):p.start]):
            _add(ctx, s, found, guests, ref, filed_in.country)


def _leaders_of(ctx: Context, s: Sentence, host: str) -> list:
    """The leaders of the two states a sentence that names no person holds talks between ("Президенты
    Казахстана и Узбекистана провели переговоры в Ташкенте"), as the article names them elsewhere."""
    states = list(dict.fromkeys(r.iso for r in s.states if not r.in_name))
    role = plural_role(s.text)
    if len(states) != 2 or host not in states or role is None:
        return []
    out = []
    for iso in states:     # the one the article names most of that state in that office
        held = Counter(ctx.pref(p) for x in ctx.sentences for p in x.persons
                       if ctx.pstate(p) == iso and ctx.person(p).role == role)
        if held:
            out.append(held.most_common(1)[0][0])
    return out


def _received_home(ctx: Context, s: Sentence, found: dict, guests: set) -> None:
    """"President X received Prime Minister Y", "Y was welcomed with honours by X", no place said: a
    leader of another state received by a leader is visiting the host's state (the caller leaves out
    articles whose lead tells of a gathering, where leaders receive each other abroad)."""
    pair = received_by(s) or _visiting_met(ctx, s)
    if pair is None:
        return
    host, guest = (ctx.pstate(p) for p in pair)
    ref, c = ctx.pref(pair[1]), ctx.person(pair[1])
    if host and guest and host != guest and ref not in guests and c.role in HOST_ROLES:
        _add(ctx, s, found, guests, ref, host)


def _visiting_met(ctx: Context, s: Sentence):
    """(host, guest) of talks with "the visiting" leader ("talks between the visiting Nepali Prime
    Minister X and President Y"): the guest the word describes, the host a leader of another state."""
    titled = [p for p in s.persons if p.titled]
    for t in s.tokens:
        if not any(0 < p.start - t.end <= 40 for p in titled) or not LX.visiting_guest.search(s.text[:t.end]):
            continue
        guest = next((p for p in titled if 0 < p.start - t.end <= 40
                      and not re.search(r"[,;:]", s.text[t.end:p.start])), None)
        if guest is None or not ctx.pstate(guest):
            continue
        host = next((p for p in s.persons if ctx.pstate(p) and ctx.pstate(p) != ctx.pstate(guest)
                     and (ctx.person(p).role in HOST_ROLES)), None)
        if host is not None:
            return host, guest
    return None


def both_in(ctx: Context, found: dict) -> None:
    """"The two are in Turkey for the ceremony", "Двамата са в Истанбул": each of the two or more people
    named in the sentence before, of a state other than the place's, is visiting it."""
    for s in ctx.sentences[1:]:
        if _other_time(ctx, s) or to_come(ctx, s):
            continue
        host = next((r.iso for r in s.states if not r.adjective and not r.in_name
                     and LX.both_in.search(s.text[:r.start])), None) or \
            next((c.country for c in s.cities if not c.in_name and LX.both_in.search(s.text[:c.start])), None)
        if host is None:
            continue
        prev = ctx.sentences[s.idx - 1]
        people = list(dict.fromkeys(ctx.pref(p) for p in prev.persons if ctx.pstate(p) and ctx.pref(p)))
        if len(people) < 2:
            continue
        for ref in people:
            if ctx.state_of(ref) != host and not any(g == ref for g, _ in found):
                found[(ref, host)] = VisitFact(f"visit{len(found)}", ref, host, None, None, [ctx.ev(s)])


def spoke_abroad(ctx: Context, found: dict) -> None:
    """A leader or minister of one of the article's two states speaking, in its lead, in a city of the other
    ("said at a briefing in Sofia", "заяви в Анкара"): he is there on a visit, though no visit word is told;
    not when the lead tells of a gathering there (a leader at the UN General Assembly is on no visit)."""
    if len(ctx.pair) != 2 or any(LX.gathering_cue.search(s.text) for s in ctx.sentences[:LEAD]):
        return
    for s in ctx.sentences[:LEAD]:
        cues = list(LX.spoke_cue.finditer(s.text))
        if not cues or LX.remote_cue.search(s.text) or _other_time(ctx, s) or to_come(ctx, s):
            continue      # ("said he would meet X in Lome next week": where he will be, not where he spoke)
        places = {c.country for c in s.cities if not c.in_name and not s.in_quote(c.start)
                  and s.placed(c.start) and any(-40 <= c.start - m.end() <= 40 for m in cues)}
        for p in s.persons:
            c, st = ctx.person(p), ctx.pstate(p)
            if c and p.titled and st in ctx.pair and (c.role in HOST_ROLES or "Minister" in (c.role or "")) \
                    and len(places) == 1 and places <= set(ctx.pair) - {st}:
                host = next(iter(places))
                found[(ctx.pref(p), host)] = VisitFact("visit0", ctx.pref(p), host, None, None, [ctx.ev(s)])
                return


def two_met_in(ctx: Context, found: dict) -> None:
    """"The meeting between the two prime ministers took place in Doha", the article naming only one of
    them (of another state than the city's; "with his Qatari counterpart"): he is visiting the city's state."""
    for s in ctx.sentences[:LEAD]:
        if not LX.meeting_cue.search(s.text) or not LX.both_leaders.search(s.text) or _other_time(ctx, s) \
                or to_come(ctx, s) or LX.remote_cue.search(s.text) or LX.gathering_cue.search(s.text):
            continue
        places = {c.country for c in s.cities if not c.in_name and s.placed(c.start)}
        if len(places) != 1:
            continue
        host = next(iter(places))
        named = [p for x in ctx.sentences[:LEAD] for p in x.persons if p.titled and ctx.pstate(p)]
        if any(ctx.pstate(p) == host for p in named) or len({ctx.pstate(p) for p in named}) != 1:
            return
        guest = ctx.pref(named[0])
        found[(guest, host)] = VisitFact("visit0", guest, host, None, None, [ctx.ev(s)])
        return
