"""What several kinds of fact ask of an article's events: whether a sentence speaks of another time,
where and when the article's event took place, who hosted it, which visit a sentence tells of, and the
event a document was signed at."""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter

from ..lang import lexicon
from ..mentions import Sentence
from .context import Context

LX = lexicon()
# offices whose holder hosts a visit
HOST_ROLES = {"President", "Prime Minister", "King", "Queen", "Emir", "Sultan", "Chancellor", "Crown Prince",
              "Chief Adviser", "Leader"}


def elsewhen(s: Sentence) -> bool:
    """The sentence speaks of another time ("last year", "in March")."""
    return bool(LX.last_year.search(s.text) or LX.elsewhen.search(s.text))


def another_year(ctx: Context, s: Sentence) -> bool:
    """The sentence puts its visit or talks in a year before the article's, just after the cue ("visited
    India in 1997 and 2007", "had met President X in Nairobi in 2019"; not "the visit marked the
    anniversary of relations established in 1992")."""
    return bool(ctx.art.date) and _cue_before_earlier_year(s.text, ctx.art.date.year)


@functools.lru_cache(maxsize=4096)
def _cue_before_earlier_year(text: str, year: int) -> bool:
    """(Asked of one sentence by several fact kinds: kept.)"""
    earlier = [y.start() for y in LX.in_year.finditer(text) if int(y.group(1)) < year]
    return any(0 <= y - m.end() <= 60 for y in earlier for rx in (LX.visit_cue, LX.meeting_cue)
               for m in rx.finditer(text, max(0, y - 100), y))


def event_sentences(ctx: Context) -> list[Sentence]:
    """The sentences that tell of a visit or talks (not of one that is not a visit)."""
    found = ctx.memo.get("event_sentences")
    if found is None:
        found = ctx.memo["event_sentences"] = [
            s for s in ctx.sentences if (LX.visit_cue.search(s.text) or LX.meeting_cue.search(s.text))
            and not LX.visit_negative.search(s.text)]
    return found


def dateline(s: Sentence, c) -> bool:
    """A city opening the sentence before an agency or a dash ("COLOMBO (News 1st) –", "BEIJING –"): where
    the report was filed, which need not be where the event was."""
    return c.start <= 1 and bool(re.match(r"\s*(?:\(|[,–—-]\s)", s.text[c.end:c.end + 4]))


def event_city(ctx: Context, host: str) -> str | None:
    """The city of the host state the article names most, early and in event sentences most of all."""
    counts = Counter()
    for i, s in enumerate(ctx.sentences):
        for c in s.cities:
            if c.country == host and not c.in_name:
                event = LX.visit_cue.search(s.text) or LX.meeting_cue.search(s.text) or bool(s.persons)
                counts[c.gid] += (3 if i < 3 else 1) * (2 if event else 1)
    return counts.most_common(1)[0][0] if counts else None


def event_city_any(ctx: Context) -> str | None:
    """The first city of the first three sentences that is not part of a name (not the Shanghai of
    "Shanghai Cooperation Organisation"), of each sentence one placed by a preposition first ("the envoy of
    Moscow in Sofia": Sofia); not of a sentence of talks to come ("proposed to hold the commission in
    Minsk": the place of another meeting)."""
    for s in ctx.sentences[:3]:
        city = None if to_come(ctx, s) else sentence_city(s)
        if city:
            return city
    return None


def sentence_city(s: Sentence) -> str | None:
    """The city a sentence tells of: one it places something in before one it only names ("the envoy of
    Moscow in Sofia": Sofia); never one inside a name."""
    named = [c for c in s.cities if not c.in_name]
    return next((c.gid for c in [c for c in named if s.placed(c.start)] + named), None)


LEAD = 4   # the title, a dateline and the first sentences tell the event


def to_come(ctx: Context, s: Sentence) -> bool:
    """Whether ``s`` tells of talks or a visit to come, or hoped for (the packs' MEETING_TO_COME): asked
    by every kind of event of many sentences, searched once per sentence."""
    seen = ctx.memo.setdefault("to_come", {})
    found = seen.get(s.idx)
    if found is None:
        found = seen[s.idx] = LX.meeting_to_come.search(s.text) is not None
    return found


def event_date(ctx: Context) -> dt.date | None:
    """The date of the article's event: of an event sentence of the lead about this time, else of an early
    sentence naming people, else its own dateline, else the report's date for a visit under way (a date
    told later is of something within the event: "the Day of X, 29 October"), else of a later event
    sentence."""
    later = coming = None     # (the day of talks to come dates the event only when nothing else does)
    for s in event_sentences(ctx):
        day = _recent(ctx, s.dates)
        if day and not elsewhen(s):
            if to_come(ctx, s):
                coming = coming or day
            elif s.idx < LEAD:
                return day
            else:
                later = later or day
    for s in ctx.sentences[:LEAD]:
        day = _recent(ctx, s.dates)
        if day and s.persons and not to_come(ctx, s):
            return day
    for s in ctx.sentences[:3]:   # a dateline of its own: "Москва. 12 ноября.", "ABU DHABI, January 14"
        day = _recent(ctx, s.dates)
        if day and len(s.tokens) <= 8 and not elsewhen(s):
            return day
    if ctx.art.date and any(LX.visit_under_way.search(s.text) for s in ctx.sentences[:3]):
        return ctx.art.date   # "X, who is on a state visit to Y, ...": under way on the day of the report
    return later or coming


def visit_date(ctx: Context, told: list[Sentence], event: dt.date | None) -> dt.date | None:
    """The date of a visit: of the first sentence telling of it that gives one ("arrived in Accra
    yesterday", "arrived on Monday (March 3)": the day it began, though talks told before it are of a later
    day), in the lead or (later) within the week before the article's event (``event``, of
    :func:`event_date`; a day after it is of something within the visit: "on its second day, the Day of X,
    29 October"); else the event's."""
    bound = event or ctx.art.date
    for s in told:
        day = _recent(ctx, s.dates)
        if day and bound and (day > bound or s.idx >= LEAD and (bound - day).days > 7):
            continue
        if day and not elsewhen(s) and not to_come(ctx, s):
            return _first_day(s, day)
    return event


def _first_day(s: Sentence, day: dt.date) -> dt.date:
    """The day a visit began, from the day its sentence gives: that day, or where the sentence tells the
    visit's end and length ("on June 3 wrapped up his two-day visit"), the length's first day."""
    if not LX.visit_end.search(s.text):
        return day
    for rx in LX.visit_length:
        m = rx.search(s.text)
        n = m and (int(m.group("n")) if m.group("n").isdigit() else LX.number_words.get(m.group("n").lower()))
        if n and 1 < n <= 14 and n == int(n):
            return day - dt.timedelta(days=int(n) - 1)
    return day


def _recent(ctx: Context, dates: list) -> dt.date | None:
    """The first of ``dates`` within three years of the report's date: news tells of its own days (the
    "established on 15 May 1992" of a visit sentence dates the relations, not the visit), and a report's
    date may be a late one (when it was saved rather than written)."""
    if ctx.art.date is None:
        return dates[0] if dates else None
    return next((d for d in dates if abs((d - ctx.art.date).days) <= 3 * 366), None)


def date_in(ctx: Context, city: str | None):
    """A trip to several states: the date a sentence gives for what happened in ``city`` ("In Brussels
    on 17 March ...", "On 19 March, in Berlin, ...")."""
    for s in event_sentences(ctx):
        if s.dates and any(c.gid == city and not c.in_name for c in s.cities) and not elsewhen(s):
            return s.dates[0]
    return None


def host_leader(ctx: Context, host: str, exclude):
    """The leader of the host state the article names most (a head of state or government); for a guest
    of another office, the host's holder of that office if named (a foreign minister meets his counterpart)."""
    guest = ctx.people.clusters[exclude[1]] if exclude and exclude[0] == "person" else None
    counts, peers = Counter(), Counter()
    for s in ctx.sentences:
        for p in s.persons:
            c = ctx.person(p)
            if c and ctx.pstate(p) == host and ctx.pref(p) != exclude:
                if c.role in HOST_ROLES or c.role is None:
                    counts[ctx.pref(p)] += 1
                if guest is not None and guest.role and guest.role not in HOST_ROLES and c.role == guest.role:
                    peers[ctx.pref(p)] += 1
    best = (peers or counts).most_common(1)
    return best[0][0] if best else None


def visit_for(ctx: Context, s: Sentence | None):
    """The visit a sentence tells of: on a trip to several states, the one whose city or state the
    sentence, or the one or two before it, names ("On 19 March, in Berlin, ... The ministers signed ...")."""
    visits = ctx.out.visits
    if s is None or len(visits) < 2:
        return visits[0]
    for x in (ctx.sentences[i] for i in range(s.idx, max(-1, s.idx - 3), -1)):
        for v in visits:
            if any(c.gid == v.city and not c.in_name for c in x.cities) or \
                    any(r.iso == v.host and not r.adjective and not r.in_name for r in x.states):
                return v
    return visits[0]


def signing_event(ctx: Context, s: Sentence | None = None) -> str | None:
    """The local id of the event a document named in ``s`` was signed at: the visit, else the first meeting."""
    if ctx.out.visits:
        return visit_for(ctx, s).local
    if ctx.out.meetings:
        return ctx.out.meetings[0].local
    return None


def received(s: Sentence) -> bool:
    """"President X received the Foreign Minister of Italy Y", "Токаев принял в Акорде министра ... Y":
    receiving a titled person is a meeting (receiving an award or a letter is not)."""
    for m in LX.received_cue.finditer(s.text):
        if any(m.end() <= p.start <= m.end() + 120 and p.titled for p in s.persons):
            return True
    return False


def received_by(s: Sentence):
    """(host, guest) persons of a reception: "President X received Prime Minister Y" (the host before
    the word, a titled guest after it), "Y was welcomed with military honours by X", "Y бяха посрещнати ...
    от X" (the guest before a passive, its agent after it); None when the sentence tells of none."""
    ps = s.persons
    passives = list(LX.received_passive.finditer(s.text))
    for m in passives:
        # (the guest may be named by a title alone: "The President of Maldives was received by ...")
        guest = next((p for p in reversed(ps) if m.start() - 150 <= p.end <= m.start()), None)
        host = next((p for p in ps if m.end() <= p.start <= m.end() + 120), None)
        if guest and host:
            return host, guest
    for m in LX.received_cue.finditer(s.text):
        if any(x.start() <= m.start() < x.end() for x in passives):
            continue      # the passive's own verb: its subject is the guest, not the host
        host = next((p for p in reversed(ps) if m.start() - 80 <= p.end <= m.start()), None)
        guest = next((p for p in ps if p.titled and m.end() <= p.start <= m.end() + 120), None)
        if guest and host and not LX.counterpart_from.search(s.text[m.end():guest.start]):
            return host, guest      # (not "received a letter from President Y")
    return None


def hosting(s: Sentence, c) -> bool:
    """"Akorda hosted the talks", "Astana hosted ...": a place opening the sentence as the subject of a
    verb of holding is where the event is, though no preposition places it."""
    return len(s.text[:c.start].split()) <= 1 and bool(LX.held_cue.match(s.text[c.end:].lstrip()))


def _joined(between: str, b) -> bool:
    """"X and Y", "X and his Thai counterpart Y", "X and the Prime Minister of Laos Y": one subject of two
    people (the second's title between them, no clause: no punctuation, a few words)."""
    m = LX.and_word.match(between)
    if m is None:
        return False
    rest = between[m.end():]
    return not rest.strip() or (b.titled and not re.search(r"[,;:()]", rest) and len(rest.split()) <= 8)


def together(s: Sentence) -> bool:
    """"Радев и Вучич откриха газовата връзка в Ниш": two people of two states, the subject the sentence
    opens with ("X and Y", only "and" between them), in a city the sentence places them in: they met there."""
    ps = s.persons
    if len(ps) < 2 or LX.hedge.search(s.text):
        return False      # ("X and Y will open ...": not yet)
    for a, b in zip(ps, ps[1:]):
        if not (a.iso and b.iso and a.iso != b.iso and _joined(s.text[a.end:b.start].strip(), b)):
            continue
        # (nothing before the subject but capitalised words and short ones: "В Ниш", a title)
        if all(w[0].isupper() or len(w) <= 3 for w in re.findall(r"\w[\w-]*", s.text[:a.start])) \
                and any(not c.in_name and s.placed(c.start) for c in s.cities):
            return True
    return False
