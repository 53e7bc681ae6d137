"""Meetings: the talks during a visit, sessions held elsewhere (not those still to come), a leader
receiving a titled visitor, and summits with everyone they name and the talks on their sidelines (the
summits, sidelines, sessions and labels are worked out in :mod:`kg.facts.gatherings`)."""
from __future__ import annotations

from ..lang import lexicon, pack
from ..mentions import Sentence
from .context import Context
from .events import (dateline, elsewhen, event_city_any, event_date, host_leader, received, sentence_city,
                     to_come, together, visit_for)
from .gatherings import (aside_talks, meeting_label, meetings_of, one_summit, same_body, session_chairs,
                         with_each)
from .keys import named_ref
from .model import MeetingFact

LX = lexicon()


def extract(ctx: Context) -> list[MeetingFact]:
    cue_sents = [s for s in ctx.sentences if (LX.meeting_cue.search(s.text) or received(s) or together(s))
                 and not LX.visit_negative.search(s.text) and not to_come(ctx, s)
                 and not LX.remote_cue.search(s.text) and not LX.greeted_at.search(s.text)]
    separate, main_ev = [], []
    visit_cities = {v.city for v in ctx.out.visits}
    for s in cue_sents:
        own_city = [c for c in s.cities if not c.in_name and not dateline(s, c)]
        away = (own_city and all(c.gid not in visit_cities for c in own_city)
                and (LX.held_cue.search(s.text) or elsewhen(s) or not ctx.out.visits))
        if away or (elsewhen(s) and ctx.out.visits):
            separate.append(s)
        else:
            main_ev.append(s)
    meetings = _during_visits(ctx, main_ev)
    if not ctx.out.visits:
        meetings += _standalone(ctx, main_ev)
    for i, s in enumerate(separate):
        _separate(ctx, meetings, i, s)
    _signings(ctx, meetings)
    one_summit(ctx, meetings)
    session_chairs(ctx, meetings)
    # talks have two sides at least: one person alone ("X went to Y last week to hold talks with its
    # leadership") is no meeting the article tells of; a forum or a session may have one named
    return [m for m in meetings if len(m.participants) >= 2
            or any(LX.gathering_cue.search(e.sentence) for e in m.evidence)]


def _signings(ctx: Context, meetings: list) -> None:
    """A document signed by people of two or more states ("the memorandum was signed by the Deputy
    Minister of A X and the Ministers of B and C Y and Z", "He and the Minister of B Y signed ...") is a
    meeting of theirs, where no meeting has them all already; in the sentence's city or the article's."""
    for s in ctx.sentences:
        cue = LX.sign_cue.search(s.text)
        if not cue or not LX.agreement_re.search(s.text) or LX.hedge.search(s.text) or elsewhen(s) \
                or to_come(ctx, s):
            continue
        people = [ctx.pref(p) for p in s.persons if ctx.pstate(p) and ctx.pref(p)]
        if s.idx and LX.he_and.match(s.text):     # "He and X signed": he is the one named just before
            prev = [p for p in ctx.sentences[s.idx - 1].persons if p.titled and ctx.pref(p)]
            people = [ctx.pref(prev[-1])] + people if prev else people
        people = list(dict.fromkeys(people))
        if len({ctx.state_of(r) for r in people} - {None}) < 2:
            continue
        if any(set(people) <= set(m.participants) for m in meetings):
            continue
        city = _signing_city(ctx, s)
        date = s.dates[0] if s.dates else event_date(ctx)
        m = MeetingFact(f"meeting-g{s.idx}", people, city, date, meeting_label(ctx, [s]), ctx.lang)
        m.evidence = [ctx.ev(s)]
        meetings.append(m)


def _during_visits(ctx: Context, main_ev: list[Sentence]) -> list[MeetingFact]:
    """The talks of each visit: the guest with the host's leader (the sentences that name no one else),
    and a meeting of its own with each other counterpart a sentence names ("was received by President Y",
    "then met the Speaker Z")."""
    out, undated = [], set()     # (the meetings whose sentences give no date: dated by their visit)
    for n, v in enumerate(ctx.out.visits):
        if not main_ev:
            continue
        guest_state = ctx.state_of(v.guest)
        groups: dict = {}       # counterparts -> (the guest side, the sentences)
        for s in main_ev:
            if len(ctx.out.visits) > 1 and visit_for(ctx, s) is not v:
                continue      # on a trip to several states, the talks of the visit the sentence tells of
            for others, own in _clauses(ctx, s, v, guest_state):
                side, sents = groups.setdefault(frozenset(others), ([], []))
                side.extend(x for x in own if x not in side)
                sents.append(s)
        for k, (key, (side, sents)) in enumerate(sorted(groups.items(), key=lambda kv: ctx.sentences.index(kv[1][1][0]))):
            dated = _own_date(sents, key)
            m = _visit_meeting(ctx, v, n, k, key, side, sents, dated)
            if m is not None:
                out.append(m)
                if dated is None:
                    undated.add(m.local)
    return _same_people_once(out, undated)


def _clauses(ctx: Context, s: Sentence, v, guest_state) -> list[tuple[list, list]]:
    """(the host's people, the guest's own) a sentence names, per meeting it tells: one, or one per clause
    of its own cue ("He called on President X and later held talks with Minister Y": two meetings)."""
    out: list[tuple[list, list]] = [([], [])]
    last = None
    for p in s.persons:
        r = ctx.pref(p)
        # "preparations for the visit of President X": X is talked about, not present
        if r is None or r == v.guest or LX.visit_of.search(s.text[max(0, p.start - 50):p.start]) \
                or not ctx.pstate(p):
            continue
        if ctx.pstate(p) == guest_state:
            out[-1][1].append(r)
            continue
        between = s.text[last.end:p.start] if last is not None else ""
        if out[-1][0] and _opens_meeting(ctx, s, out[-1][0], r, between):
            out.append(([], []))
        out[-1][0].append(r)
        last = p
    return out


# offices whose holders a visitor meets one by one ("met his counterpart X and President Y": two meetings)
HEADS = {"President", "Prime Minister", "King", "Queen", "Emir", "Sultan", "Chancellor", "Crown Prince",
         "Vice President", "Speaker"}


def _opens_meeting(ctx: Context, s: Sentence, group: list, r, between: str) -> bool:
    """Whether the host's person ``r``, after the words ``between`` the one before, is met apart from
    ``group``: after a new cue of talks ("and later held talks with", ", paid a courtesy call on"), or
    listed with "and" where they are of another state ("met A of Moldova and B of Estonia") or another
    of the heads' offices ("met his counterpart X and President Y"), unless the sentence says together."""
    cue = LX.meeting_cue.search(between) or LX.received_cue.search(between)
    if cue and ("," in between or LX.and_word.search(between)):
        return True
    if not LX.and_word.search(between) or LX.together_talks.search(s.text):
        return False
    role = ctx.people.clusters[r[1]].role
    roles = {ctx.people.clusters[x[1]].role for x in group}
    return ctx.state_of(r) not in {ctx.state_of(x) for x in group} or (
        role in HEADS and bool(roles & HEADS) and role not in roles)


def _visit_meeting(ctx: Context, v, n: int, k: int, counterparts, side: list, sents: list,
                   dated) -> MeetingFact | None:
    """The meeting of visit ``v`` with ``counterparts`` (none: the host's leader) that ``sents`` tell,
    on ``dated`` (their own date, else the visit's event's: not its arrival's)."""
    parts = [v.guest]
    if not counterparts:      # the main talks: the host's leader
        hl = host_leader(ctx, v.host, v.guest)
        if hl:
            parts.append(hl)
    parts += [r for r in sorted(counterparts, key=lambda r: _first_named(ctx, sents, r)) if r not in parts]
    parts += [r for r in side if r not in parts]
    aside = any(LX.sidelines.search(s.text) for s in sents)   # talks on a summit's sidelines are not its body's
    bodies = list(dict.fromkeys(named_ref(o) for s in ([] if aside else sents) for o in s.of_kind("org")
                                if LX.meeting_cue.search(s.text[max(0, o.start - 30):o.end + 30])))
    if len(parts) + len(bodies) < 2:
        return None      # (a body's session the guest attends or chairs is a meeting of the guest and the body)
    # a meeting with another counterpart in another city of the host ("Вчера ... разговаря с премиера
    # Медведев в Москва" on a visit to Sochi): that city
    own = next((c.gid for s in sents for c in s.cities if c.country == v.host and not c.in_name
                and s.placed(c.start)), None) if counterparts else None
    m = MeetingFact(f"meeting{n}" + (f"-{k}" if counterparts else ""), parts, own or v.city,
                    dated or v.talks_date or v.date, meeting_label(ctx, sents), ctx.lang, visit=v.local)
    m.evidence = [ctx.ev(s) for s in sents]
    m.participants += [b for b in bodies if b not in m.participants]
    return m


def _own_date(sents: list, counterparts) -> object:
    """The date of the talks' own sentences ("24 мая лидеры провели переговоры"), not the arrival's; None
    where they give none (the visit's date stands)."""
    return next((s.dates[0] for s in sents if s.dates and not elsewhen(s)
                 and (counterparts or LX.meeting_cue.search(s.text))), None)


def _first_named(ctx: Context, sents: list, ref) -> int:
    for s in sents:
        for p in s.persons:
            if ctx.pref(p) == ref:
                return s.idx * 10_000 + p.start
    return 1 << 30


def _same_people_once(meetings: list, undated: set) -> list:
    """Two meetings of one visit with the same people on the same day are one (with the name of a body
    that met, if either has one, rather than plain "talks"); so are they where one's sentences give no
    date (it has its visit's), on the day the other's give."""
    out: list = []
    for m in meetings:
        people = {p for p in m.participants if p[0] == "person"}
        same = next((x for x in out if {p for p in x.participants if p[0] == "person"} == people
                     and (x.date == m.date or x.local in undated or m.local in undated)), None)
        if same is None:
            out.append(m)
            continue
        if same.local in undated and m.local not in undated:
            same.date = m.date
        same.participants += [p for p in m.participants if p not in same.participants]
        same.evidence += [e for e in m.evidence if e not in same.evidence]
        if same.label == pack(m.lang).meeting_label:
            same.label = m.label
    return out


def _separate(ctx: Context, meetings: list, i: int, s: Sentence) -> None:
    """A session held elsewhere or at another time, told in ``s`` (joined with one the article told of
    already in the same city: a headline and the body telling of one session)."""
    if s.in_quote(0) or any(s.in_quote(c.start) for c in s.cities):
        return
    parts = [ctx.pref(p) for p in s.persons if ctx.pref(p)]
    if not parts and s.idx and LX.both_leaders.search(s.text):
        prev = ctx.sentences[s.idx - 1]
        parts = list(dict.fromkeys(ctx.pref(p) for p in prev.persons if ctx.pref(p)))
        if len(parts) < 2:
            parts = []
    parts += [named_ref(o) for o in s.of_kind("org")]
    if not any(p[0] == "person" for p in parts) and not any(p[0] == "org" for p in parts):
        return
    place = next((c for c in s.cities if not c.in_name and not dateline(s, c)), None)
    if place is None:
        return
    city = place.gid
    groups = with_each(ctx, s) if LX.sidelines.search(s.text) else []
    if len(groups) > 1:    # "on the sidelines of the summit in A, X met Y of B and Z of C": with each
        date = s.dates[0] if s.dates and not elsewhen(s) else None
        meetings += meetings_of(ctx, s, groups, city, date, f"meeting-b{i}s")
        return
    # "В Сигнахи состоялась неформальная встреча с Кобахидзе": in another city of the host during the
    # visit, a meeting with people of the host only is one with the guest
    visit = next((v for v in ctx.out.visits if v.host == place.country), None) if not elsewhen(s) else None
    with_host = [p for p in s.persons
                 if ctx.pstate(p) and LX.meeting_with.search(s.text[max(0, p.start - 60):p.start])]
    if visit is not None and visit.guest not in parts and with_host and all(
            ctx.state_of(p) == visit.host for p in parts if p[0] == "person"):
        parts.insert(0, visit.guest)
    else:
        visit = None
    if not any(p[0] == "person" for p in parts):
        parts += [("state", r.iso) for r in s.states if r.in_name]
    date = s.dates[0] if s.dates and not elsewhen(s) else None
    label = meeting_label(ctx, [s])
    same = next((m for m in meetings if m.local.startswith("meeting-s") and m.city == city
                 and (m.label == label or same_body(m.participants, parts))
                 and (m.date is None or date is None or m.date == date)), None)
    if same is not None:
        same.participants = list(dict.fromkeys(same.participants + parts))
        same.date = same.date or date
        same.evidence.append(ctx.ev(s))
        return
    m = MeetingFact(f"meeting-s{i}", list(dict.fromkeys(parts)), city, date, label, ctx.lang,
                    visit=visit.local if visit else None)
    m.evidence = [ctx.ev(s)]
    meetings.append(m)


def _signing_city(ctx: Context, s: Sentence) -> str | None:
    """The city of a signing: the sentence's, or that of one of the two before it that tells of the
    signing or of talks ("signed today in Istanbul ... The memorandum was signed by ...")."""
    for x in [s] + ctx.sentences[max(0, s.idx - 2):s.idx][::-1]:
        if x is s or LX.sign_cue.search(x.text) or LX.meeting_cue.search(x.text):
            city = next((c.gid for c in x.cities if not c.in_name), None)
            if city:
                return city
    return None


def _standalone(ctx: Context, sents: list[Sentence]) -> list[MeetingFact]:
    aside = [s for s in sents if LX.sidelines.search(s.text)]
    main = [s for s in sents if s not in aside] or sents
    for s in main:
        people = [p for p in s.persons if ctx.pstate(p)]
        states = {ctx.pstate(p) for p in people}
        if len(states) < 2:
            continue
        city = sentence_city(s) or event_city_any(ctx)
        date = event_date(ctx)
        if s in aside:     # only talks on a summit's sidelines are told: those talks, not the summit
            return aside_talks(ctx, aside[aside.index(s):], city, date)
        if len(states) > 2:   # a summit: everyone its sentences name ("chaired by X", "attended by Y, Z")
            people = [p for x in main for p in x.persons if ctx.pstate(p)]
        parts = list(dict.fromkeys(ctx.pref(p) for p in people))
        m = MeetingFact("meeting0", parts, city, date, meeting_label(ctx, main), ctx.lang)
        m.evidence = [ctx.ev(x) for x in main]
        out = [m]
        if len(states) == 2:    # "X also met the President of C and ...": talks with others are talks of their own
            for i, x in enumerate(main[main.index(s) + 1:]):
                own = list(dict.fromkeys(ctx.pref(p) for p in x.persons if ctx.pstate(p)))
                new = {ctx.state_of(r) for r in own} - states
                if len(own) >= 2 and new and len({ctx.state_of(r) for r in own}) >= 2:
                    o = MeetingFact(f"meeting-o{i}", own, city, date, meeting_label(ctx, [x]), ctx.lang)
                    o.evidence = [ctx.ev(x)]
                    out.append(o)
                    m.evidence = [e for e in m.evidence if e.sentence != x.text]
        return out + aside_talks(ctx, aside, city, date)
    return []
