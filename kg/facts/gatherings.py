"""Gatherings beside a visit's talks, for :mod:`kg.facts.meetings`: a summit with everyone it names, the
talks on its sidelines (one meeting with each other side), a body's session and the co-chairs told after
it, and the label a meeting takes (a council's session, a named forum, else the language's word for talks)."""
from __future__ import annotations

from ..lang import lexicon, pack
from ..mentions import Sentence
from .context import Context
from .model import MeetingFact

LX = lexicon()


def one_summit(ctx: Context, meetings: list) -> None:
    """A summit (leaders of three or more states) takes in the other sessions the article places in its
    city on its day ("the summit chaired by X" and "attended by Y, Z" are one event); talks on its
    sidelines stay apart."""
    def states(m):
        return {x for ref in m.participants if (x := ctx.state_of(ref))}

    summits = [m for m in meetings if len(states(m)) >= 3 and not m.local.startswith("meeting-b")]
    for summit in summits:
        if summit not in meetings or summit.city is None:
            continue     # taken into an earlier summit already; or of no known place to share
        for m in list(meetings):
            if m is summit or m.local.startswith("meeting-b") or m.city != summit.city or m.visit \
                    or (m.date and summit.date and m.date != summit.date):
                continue
            summit.participants = list(dict.fromkeys(summit.participants + m.participants))
            summit.date = summit.date or m.date
            summit.evidence += [e for e in m.evidence if e not in summit.evidence]
            meetings.remove(m)


def aside_talks(ctx: Context, aside: list[Sentence], city, date) -> list[MeetingFact]:
    """The talks on a summit's sidelines ("on the sidelines of the summit, X held talks with Y and Z")."""
    return [m for i, x in enumerate(aside)
            for m in meetings_of(ctx, x, with_each(ctx, x), city, date, f"meeting-b{i}")]


def meetings_of(ctx: Context, s: Sentence, groups: list[list], city, date, local: str) -> list[MeetingFact]:
    """One meeting per group of participants that sentence ``s`` tells of, with ``s`` for evidence."""
    label = meeting_label(ctx, [s])
    out = []
    for j, people in enumerate(groups):
        m = MeetingFact(f"{local}-{j}", people, city, date, label, ctx.lang)
        m.evidence = [ctx.ev(s)]
        out.append(m)
    return out


def with_each(ctx: Context, s: Sentence) -> list[list]:
    """The talks on a summit's sidelines one sentence tells: "X met A of Moldova and B of Georgia" is one
    meeting of X with each state's people after the cue; all of them together where the sentence says so
    ("a trilateral meeting") or names no one before its cue."""
    people = [p for p in s.persons if ctx.pstate(p) and ctx.pref(p)]
    refs = list(dict.fromkeys(ctx.pref(p) for p in people))
    if len(refs) < 2:
        return []
    cue = LX.meeting_cue.search(s.text, people[0].end)
    if LX.together_talks.search(s.text) or cue is None or cue.start() > people[1].start:
        return [refs]
    own_state = ctx.pstate(people[0])
    own = [r for r in refs if ctx.state_of(r) == own_state]
    sides: dict = {}
    for p in people[1:]:
        if ctx.pstate(p) != own_state and ctx.pref(p) not in sides.setdefault(ctx.pstate(p), []):
            sides[ctx.pstate(p)].append(ctx.pref(p))
    return [own + side for side in sides.values()] if len(sides) > 1 else [refs]


def meeting_label(ctx: Context, sents: list[Sentence]) -> str:
    """A session of a council or commission by its name (with its number), a forum or summit by its name,
    else the language's word for talks."""
    for s in sents:
        for o in s.of_kind("org"):
            if LX.council_words.search(o.name) and not LX.cabinet_words.search(o.name):
                # (a session of a council or commission; the Council of Ministers is the government,
                # where talks are held, not a body that meets)
                m = LX.ordinal_before.search(s.text[max(0, o.start - 40):o.start])
                return (f"{m.group(1)}. " if m else "") + f"{o.name} meeting"
    for s in sents:   # a forum or summit by its name: "the Astana International Forum", "Форуме ... сотрудничества"
        m = LX.named_gathering.search(s.text)
        if m:
            return _nominative_heading(m.group().strip(" ,."))
    return pack(ctx.lang).meeting_label


def _nominative_heading(label: str) -> str:
    for rx, repl in LX.gathering_nominative:
        new, n = rx.subn(repl, label, count=1)
        if n:
            return new
    return label


def session_chairs(ctx: Context, meetings: list) -> None:
    """Talks of no visit told of people of a body's session's states in its city on its day ("The session
    was co-chaired by Deputy Prime Minister X of A and Minister Y of B") are that session: they join it."""
    default = pack(ctx.lang).meeting_label

    def states(m):
        return {r[1] if r[0] == "state" else ctx.state_of(r) for r in m.participants if r[0] != "org"}

    sessions = [m for m in meetings if m.label != default and any(r[0] == "org" for r in m.participants)]
    for m in [m for m in meetings if m.label == default and not m.visit]:
        own = states(m)
        x = next((x for x in sessions if x.city == m.city and None not in own and own <= states(x)
                  and (x.date is None or m.date is None or x.date == m.date)), None)
        if x is not None and len(own) >= 2:
            x.participants += [r for r in m.participants if r not in x.participants]
            x.evidence += [e for e in m.evidence if e not in x.evidence]
            meetings.remove(m)


def same_body(a: list, b: list) -> bool:
    """Two participant lists share an organization, one name a fuller form of the other ("Высшего
    межгосударственного совета" and "... совета Узбекистана")."""
    orgs_a = [r[1] for r in a if r[0] == "org"]
    return any(x.startswith(y) or y.startswith(x) for x in orgs_a for y in (r[1] for r in b if r[0] == "org"))
