"""Entities: every state, city, person, organization, corridor and award an article names, with the
labels it gives them, the sentences it names them in (at most three), and what it says of them."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..lang.script import is_cyrillic
from .context import Context
from .keys import named_ref
from .model import EntityFact

LX = lexicon()


class _Entities:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.found: dict = {}

    def add(self, ref, s, label=None, lang=None, **props) -> EntityFact:
        e = self.found.get(ref)
        if e is None:
            e = self.found[ref] = EntityFact(ref)
        if label:
            e.labels.add((label, lang or self.ctx.lang))
        ev = self.ctx.ev(s)
        if len(e.evidence) < 3 and all(x.sentence != ev.sentence for x in e.evidence):
            e.evidence.append(ev)
        for k, v in props.items():
            if v is not None:
                e.props.setdefault(k, v)
        return e


def extract(ctx: Context) -> list[EntityFact]:
    ents = _Entities(ctx)
    for s in ctx.sentences:
        for r in s.states:
            ents.add(("state", r.iso), s)
        for c in s.cities:
            ents.add(("city", c.gid), s, c.label if is_cyrillic(c.label) else None, country=c.country)
            ents.add(("state", c.country), s)
        for p in s.persons:
            c = ctx.person(p)
            if c is not None:
                ents.add(("person", c.uid), s)
        for n in s.named:
            _named(ctx, ents, s, n)
    # later bare abbreviations of a corridor ("TITR")
    aliases = {e.aliases and next(iter(e.aliases)): ref for ref, e in ents.found.items() if e.aliases}
    for s in ctx.sentences:
        for al, ref in aliases.items():
            if al and re.search(rf"(?<!\w){re.escape(al)}(?!\w)", s.text):
                ents.add(ref, s)
    return list(ents.found.values())


def _named(ctx: Context, ents: _Entities, s, n) -> None:
    ref = named_ref(n)
    lang = "en" if not is_cyrillic(n.name) else ctx.lang
    label = LX.leading_article.sub("", n.name)
    e = ents.add(ref, s, label, lang, iso=n.iso, sub=n.sub or None)
    if n.alias:
        e.aliases.add(n.alias)
    for kind, key, country in n.through:
        if kind == "city":
            ents.add(("city", key), s, country=country)
            e.props.setdefault("through", set()).add(("city", key))
            e.props["through"].add(("state", country))
        elif kind == "state":
            e.props.setdefault("through", set()).add(("state", key))
