"""Who signed a document: "between A and B", else the subject of the document's own signing clause
(states, organizations, the signatories' states, "the two governments"), else the states of the visit
or meeting it was signed at. What the document concerns (a corridor, a named thing) comes with it."""
from __future__ import annotations

from ..lang import lexicon
from ..mentions import Sentence
from .context import Context
from .events import visit_for
from .keys import named_ref

LX = lexicon()


def parties(ctx: Context, s: Sentence, a: int, b: int):
    """(parties, concerns) of the document named in ``s.text[a:b]``."""
    text = s.text
    between = LX.between.search(text[a:b])
    refs_in = []
    for n in s.named:
        if a <= n.start < b:
            refs_in.append((n.start, named_ref(n)))
    for c in s.cities:
        if a <= c.start < b and not c.in_name:
            refs_in.append((c.start, ("city", c.gid)))
    for r in s.states:
        if a <= r.start < b and not r.in_name and not r.adjective:
            refs_in.append((r.start, ("state", r.iso)))
    refs_in.sort()
    found: list = []
    if between:
        bpos = a + between.end()
        found = [ref for pos, ref in refs_in if pos >= bpos and ref[0] in ("org", "state", "city")]
        concerns = [ref for pos, ref in refs_in if pos < bpos]
    else:
        concerns = [ref for _, ref in refs_in]
    if not found:
        found = _subject(ctx, s, a)
    if not found and ctx.out.visits:
        v = visit_for(ctx, s)
        gs = ctx.state_of(v.guest)
        found = [("state", x) for x in (gs, v.host) if x]
    elif not found and ctx.out.meetings:   # signed at a meeting: the states taking part in it
        for m in ctx.out.meetings:
            states = list(dict.fromkeys(x for ref in m.participants
                                        if (x := (ref[1] if ref[0] == "state" else ctx.state_of(ref)))))
            if len(states) >= 2:
                found = [("state", x) for x in states]
                break
    concerns = [c for c in concerns if c not in found and c[0] != "state"]
    return list(dict.fromkeys(found)), list(dict.fromkeys(concerns))


def _subject(ctx: Context, s: Sentence, a: int) -> list:
    """The subject of the clause of the last signing verb before the document: "Kazakhstan and Türkiye
    signed ...", "X and the company Y signed" ("A and B signed a memorandum, and the two governments
    signed an agreement": the second clause's)."""
    text = s.text
    found: list = []
    cues = [c for c in LX.sign_cue.finditer(text) if c.start() < a]
    subj_end = cues[-1].start() if cues else None
    subj_start = 0
    if len(cues) > 1:
        subj_start = max((m.end() for m in LX.clause_start.finditer(text[:subj_end])), default=0)
    if subj_end is not None:
        orgs = s.of_kind("org")
        for r in s.states:
            if subj_start <= r.start and r.end <= subj_end and not r.in_name and not r.adjective \
                    and not (r.possessive and any(0 <= o.start - r.end <= 4 for o in orgs)):
                found.append(("state", r.iso))   # "Kazakhstan's Ministry of Energy": the ministry's
        for n in orgs:
            if subj_start <= n.start and n.end <= subj_end:
                found.append(named_ref(n))
        if not found:   # "Sugiono and Bui Thanh Son signed ...": the states of the signatories
            signers = list(dict.fromkeys(ctx.pstate(p) for p in s.persons
                                         if subj_start <= p.start and p.end <= subj_end and ctx.pstate(p)))
            if len(signers) >= 2:
                found = [("state", x) for x in signers]
    subject = text[subj_start:subj_end] if subj_end is not None else text
    if len(found) < 2 and (LX.both_sides.search(subject) or LX.between_two.search(text)):
        found = [("state", x) for x in ctx.pair]
    return found
