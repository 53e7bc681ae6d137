"""Sister cities the text says are twinned (a twinning agreement's cities come with the agreement; cities
that "became sister cities" as some other document was signed come from here)."""
from __future__ import annotations

from ..lang import lexicon
from .context import Context
from .document_titles import titles
from .model import SisterFact

LX = lexicon()


def extract(ctx: Context) -> list[SisterFact]:
    out = []
    for s in ctx.sentences:
        tw = LX.twinning.search(s.text)
        if not tw or LX.hedge.search(s.text):
            continue
        if LX.sign_cue.search(s.text) and any(a <= tw.start() < b for _, a, b in titles(s)):
            continue  # a twinning document: handled with the agreement
        # ("A and B became sister cities after a memorandum was signed": the cities of the sentence)
        cities = list({c.gid: c for c in s.cities if not c.in_name}.values())
        for a, b in zip(cities[0::2], cities[1::2]):
            if a.gid != b.gid:
                out.append(SisterFact((a.gid, b.gid), [ctx.ev(s)]))
    return out
