"""Sister cities the text says are twinned (a twinning agreement's cities come with the agreement)."""
from __future__ import annotations

from ..lang import lexicon
from .context import Context
from .model import SisterFact

LX = lexicon()


def extract(ctx: Context) -> list[SisterFact]:
    out = []
    for s in ctx.sentences:
        if not LX.twinning.search(s.text) or LX.hedge.search(s.text):
            continue
        if LX.sign_cue.search(s.text) and LX.agreement_re.search(s.text):
            continue  # handled with the agreement
        cities = [c for c in s.cities if not c.in_name]
        for a, b in zip(cities[0::2], cities[1::2]):
            if a.gid != b.gid:
                out.append(SisterFact((a.gid, b.gid), [ctx.ev(s)]))
    return out
