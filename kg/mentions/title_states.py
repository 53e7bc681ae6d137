"""States of titled people that the title itself does not give, from the rest of the sentence: a list of
titled people closed by one state ("Foreign Minister A and Minister of Home Affairs B of Maldives"), a
titled person met beside one of a state, the state visited for the person whose invitation a visit is
at. Runs after :func:`kg.mentions.titles.persons`."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..lang.prefixes import quick_test
from .model import Sentence
from .places import past_state_form

LX = lexicon()
_MAYBE_INVITATION = quick_test(LX.invitation.pattern)


def list_state(s: Sentence) -> None:
    """A list of titled people closed by one state ("Foreign Minister A, Minister of Islamic Affairs B and
    Minister of Home Affairs C of Maldives"): those the text gives no state take it."""
    people = [p for p in s.persons if p.titled]
    for k, last in enumerate(people):
        after = LX.after_of.match(s.text, last.end)
        st = after and next((r for r in s.states if r.start == after.end() and not r.adjective), None)
        if st is None:
            continue
        run = [last]
        for p in reversed(people[:k]):
            between = s.text[p.end:run[0].start]
            if len(between) > 60 or not LX.and_more.match(between) or p.iso not in (None, st.iso):
                break
            run.insert(0, p)
        for p in run:
            if p.iso is None and not p.former:
                p.iso = st.iso


def carried_state(s: Sentence) -> None:
    """"met President of Egypt A and Speaker of Parliament B", "срещи с президента на Унгария A и с
    председателя на парламента B": a titled person of no state listed right after a titled person of one
    (only "and"/"with" and the title between), both met by someone, holds office in that state too (not
    "Kenyan President A and Foreign Minister B held talks": there B may be the other side)."""
    people = [p for p in s.persons if p.titled]
    for prev, p in zip(people, people[1:]):
        if p.iso is not None or p.former or prev.iso is None or prev.former or p.role == prev.role:
            continue
        between = s.text[prev.end:p.start]
        more = LX.and_more.match(between)
        if more is None or len(between) > 90:
            continue
        rest = between[more.end():]
        word = LX.with_word.match(rest)
        rest = rest[word.end():] if word else rest
        title = LX.title_re.match(rest)
        if title is None or rest[title.end():].strip(" ,"):
            continue
        if word or LX.meeting_with.search(s.text[:prev.start]) or \
                LX.meeting_cue.search(s.text[max(0, prev.start - 60):prev.start]):
            p.iso = prev.iso


def invited_by(s: Sentence) -> None:
    """"X is on a visit to Slovenia at the invitation of President Y": Y holds office in the state visited,
    when nothing else in the sentence gives Y a state."""
    if not _MAYBE_INVITATION(s.text.lower()):
        return
    inv = LX.invitation.search(s.text)
    if inv is None:
        return
    host = visited(s, inv.start())
    if host is None:
        return
    for p in s.persons:
        gap_ = s.text[inv.end():p.start]
        if p.titled and p.iso is None and not p.former and p.start >= inv.end() and len(gap_) <= 60 \
                and not re.search(r"[,;:.()]", gap_):
            p.iso = host
            return


def visited(s: Sentence, end: int | None = None) -> str | None:
    """The state a visit told in ``s`` (before ``end``) goes to: "on a visit to Slovenia", "arrived in
    Accra" (Ghana), "wrapped up his state visit to the Republic of Kenya"; None when no visit cue is
    followed by a place."""
    for m in LX.visit_cue.finditer(s.text, 0, len(s.text) if end is None else end):
        pm = LX.visit_to.match(s.text[m.end():m.end() + 40])
        if pm is None:
            continue
        pos = past_state_form(s, m.end() + pm.end())
        host = next((r.iso for r in s.states if r.start == pos and not r.adjective), None) or \
            next((c.country for c in s.cities if c.start == pos and not c.in_name), None)
        if host:
            return host
    return None
