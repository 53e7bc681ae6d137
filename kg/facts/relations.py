"""Diplomatic relations established between two states, with the year (given, or counted back from an
anniversary: "the 30th anniversary of diplomatic relations")."""
from __future__ import annotations

from ..lang import lexicon
from ..mentions.dates import YEAR_RE
from .context import Context
from .model import RelationsFact

LX = lexicon()


def extract(ctx: Context) -> list[RelationsFact]:
    seen: dict = {}
    for s in ctx.sentences:
        if not LX.relations_cue.search(s.text):
            continue
        if not LX.established.search(s.text) and not LX.anniversary.search(s.text):
            continue
        isos = list(dict.fromkeys(r.iso for r in s.states if not r.in_name))
        if len(isos) < 2:
            if len(isos) <= 1 and len(ctx.pair) == 2 and set(isos) <= set(ctx.pair) and LX.two_states.search(s.text):
                isos = list(ctx.pair)
            else:
                continue
        years = [int(m.group("y")) for m in YEAR_RE.finditer(s.text)]
        key = tuple(sorted(isos[:2]))
        year = years[0] if years else None
        ann = LX.anniversary.search(s.text)
        if year is None and ann and ctx.art.date:
            year = ctx.art.date.year - int(ann.group("n") or ann.group("n2"))   # "the 30th anniversary of ..."
        if key in seen:
            if seen[key].year is None:
                seen[key].year = year
            seen[key].evidence.append(ctx.ev(s))
            continue
        seen[key] = RelationsFact(key, year, [ctx.ev(s)])
    return list(seen.values())
