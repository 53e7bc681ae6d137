"""Award conferrals: a decoration conferred on a person, by a person or state ("awarded X the Order of
..."; "Указом Президента Казахстана X орденом «Достык» награжден Y": the decree's author confers)."""
from __future__ import annotations

from ..lang import lexicon
from ..mentions import Sentence
from .context import Context
from .events import host_leader
from .keys import named_ref
from .model import ConferralFact

LX = lexicon()


def extract(ctx: Context) -> list[ConferralFact]:
    by_recipient: dict = {}
    headline: set = set()       # recipients whose award only the first sentence (a headline) has named
    award_refs = [(s, named_ref(n)) for s in ctx.sentences for n in s.of_kind("award")]
    if not award_refs:
        return []
    for s in ctx.sentences:
        if not LX.award_cue.search(s.text):
            continue
        awards = [named_ref(n) for n in s.of_kind("award")]
        recipient, giver = _roles(ctx, s)
        if recipient is None:
            continue
        if giver is not None and giver[0] == "person" and ctx.state_of(giver) and LX.on_behalf.search(s.text):
            giver = ("state", ctx.state_of(giver))    # "the ambassador, on behalf of his country's leadership,
            # presented ...": the state confers, its envoy hands the decoration over
        award = awards[0] if awards else None
        c = by_recipient.get(recipient)
        if c is None:
            if award is None:
                award = _nearest(s, award_refs)
            if award is None:
                continue
            c = by_recipient[recipient] = ConferralFact(award, recipient, giver, None)
            if s.idx == 0 and awards:
                headline.add(recipient)
        else:
            if recipient in headline and awards:     # the body names it in full ("орденом «Олий ...»"),
                c.award = awards[0]                  # the headline shortly or translated
                headline.discard(recipient)
            if c.conferrer is None and giver is not None:
                c.conferrer = giver
        c.evidence.append(ctx.ev(s))
    out = []
    for c in by_recipient.values():
        if c.conferrer is None and ctx.out.visits:
            # at a visit, the award comes from the other side
            v = ctx.out.visits[0]
            other = v.guest if v.guest != c.recipient else host_leader(ctx, v.host, v.guest)
            if other:
                c.conferrer = other
        if ctx.out.visits:
            c.event = ctx.out.visits[0].local
            c.date = ctx.out.visits[0].date
        out.append(c)
    return out


def _nearest(s: Sentence, award_refs):
    best = None
    for s2, ref in award_refs:
        if best is None or abs(s2.idx - s.idx) < abs(best[0].idx - s.idx):
            best = (s2, ref)
    return best[1] if best else None


def _roles(ctx: Context, s: Sentence):
    """(recipient, giver) among the people the sentence names."""
    text = s.text
    people = [p for p in s.persons if ctx.pref(p)]
    if not people:
        return None, None
    recipient = giver = None
    for p in people:
        before = text[max(0, p.start - 80):p.start].lower()
        after = text[p.end:p.end + 40].lower()
        wide = text[max(0, p.start - 60):p.start].lower()
        dec = LX.by_decree.search(wide)
        if dec and not LX.award_cue.search(wide[dec.start():]):
            giver = giver or ctx.pref(p)      # "Указом Президента Казахстана X ... награжден Y"
            continue
        if LX.awarded_before.search(wide):
            recipient = recipient or ctx.pref(p)   # "... награжден Президент Кыргызстана Y"
            continue
        if LX.confer_before.search(before) or LX.recipient_after.match(after):
            recipient = recipient or ctx.pref(p)
        elif LX.giver_before.search(before) or LX.giver_after.match(after):
            giver = giver or ctx.pref(p)
    if recipient is None and giver is None:
        giver, recipient = _around_the_verb(ctx, s, people)
    if recipient is None and giver is not None:
        rest = [ctx.pref(p) for p in people if ctx.pref(p) != giver]
        recipient = rest[0] if rest else None
    if recipient is None and giver is None and len(people) == 1 and LX.awarded_to.search(text):
        recipient = ctx.pref(people[0])
    return recipient, giver


def _around_the_verb(ctx: Context, s: Sentence, people: list):
    """(giver, recipient) of a conferring verb with other words between it and the people ("Посол X по
    поручению руководства вручил орден ... министру Y", "X распорядился наградить своего коллегу Y"): the
    person last before the verb gives, the first after it receives; (None, None) without such a verb."""
    m = LX.confer_verb.search(s.text)
    if m is None:
        return None, None
    before = [p for p in people if p.end <= m.start()]
    after = [p for p in people if p.start >= m.end()]
    return (ctx.pref(before[-1]) if before else None), (ctx.pref(after[0]) if after else None)
