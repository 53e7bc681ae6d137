"""Diplomatic relations established between two states, with the year: the one the sentence gives
nearest its cue, the year of a document establishing them signed now ("signed a joint communiqué on the
establishment of diplomatic relations on January 6"), the article's year when its first sentence
announces them, or counted back from an anniversary ("the 30th anniversary", "next year, when the 30th
anniversary ... will be marked"). A cue inside a capitalised name ("the Vienna Convention on Diplomatic
Relations") is no cue."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..mentions import Sentence
from ..mentions.dates import YEAR_RE
from .context import Context
from .model import RelationsFact

LX = lexicon()


def extract(ctx: Context) -> list[RelationsFact]:
    seen: dict = {}
    for s in ctx.sentences:
        cue = _cue(s.text)
        if cue is None:
            continue
        if not LX.established.search(s.text) and not LX.anniversary.search(s.text):
            continue
        isos = list(dict.fromkeys(r.iso for r in s.states if not r.in_name))
        year = _year(ctx, s, cue)
        if len(isos) < 2:
            pair = list(ctx.pair)
            # "between the two countries", or relations told with their year and no state at all
            # ("Diplomatic relations were established in 1992."): the article's two states
            if len(pair) == 2 and set(isos) <= set(pair) and (
                    LX.two_states.search(s.text) or (not isos and year is not None and LX.established.search(s.text))):
                isos = pair
            else:
                continue
        key = tuple(sorted(isos[:2]))
        if year is None and not LX.anniversary.search(s.text) and s.idx + 1 < len(ctx.sentences):
            year = _told_next(ctx.sentences[s.idx + 1])   # "... were established. This was on 5 May 1992.
        if year is None and LX.anniversary.search(s.text):
            continue      # an anniversary of an article without a date: no year to count back from
        if key in seen:
            if seen[key].year is None:
                seen[key].year = year
            seen[key].evidence.append(ctx.ev(s))
            continue
        seen[key] = RelationsFact(key, year, [ctx.ev(s)])
    return list(seen.values())


def _told_next(s: Sentence) -> int | None:
    """The year the sentence after relations told without one gives them: one of their establishment (a
    word of establishing and a year, no relations of its own), or a short one with a full date ("This was
    on 17 November 1954.")."""
    if _cue(s.text) is not None or s.money:
        return None
    if LX.established.search(s.text):
        y = YEAR_RE.search(s.text)
        if s.dates or y:
            return s.dates[0].year if s.dates else int(y.group("y"))
    return s.dates[0].year if s.dates and len(s.tokens) <= 8 else None


def _cue(text: str) -> int | None:
    """Where the sentence speaks of diplomatic relations, not inside a name (a capitalised cue after the
    sentence's first word)."""
    for m in LX.relations_cue.finditer(text):
        if m.start() == 0 or not m.group()[0].isupper():
            return m.start()
    return None


def _year(ctx: Context, s: Sentence, cue: int) -> int | None:
    years = [(abs(m.start() - cue), int(m.group("y"))) for m in YEAR_RE.finditer(s.text)
             if not _names_next(s.text, m.end())]
    nearest = min(years)[1] if years else None
    date = ctx.art.date
    ann = LX.anniversary.search(s.text)
    if nearest is not None and ann and date and abs(nearest - date.year) <= 1:
        # "in 2025 the two countries mark the 32nd anniversary": counted back from the year it is marked
        return nearest - int(ann.group("n") or ann.group("n2"))
    if nearest is not None:
        return nearest
    if ann:
        if not date:
            return None
        n = int(ann.group("n") or ann.group("n2"))     # "the 30th anniversary of ..."
        return date.year - n + (1 if LX.next_year.search(s.text) else 0)
    ago = LX.years_ago.search(s.text)
    if ago:
        return date.year - int(ago.group("n") or ago.group("n2")) if date else None
    sign = LX.sign_cue.search(s.text)
    if sign and not LX.hedge.search(s.text):
        if s.dates:     # a document establishing them signed on a day the sentence gives
            return s.dates[0].year
        return date.year if date else None
    if s.idx == 0 and date and not LX.hedge.search(s.text):    # the article's news: established now
        return date.year
    return None


def _names_next(text: str, end: int) -> bool:
    """Whether a capitalised name follows a year ("the 1961 Vienna Convention": the name's year)."""
    return bool(re.match(r"\s+[A-Z]", text[end:end + 2]))
