"""Several people named by one title, the states and the names in the same order: "the Presidents of
Uzbekistan and Azerbaijan, Shavkat Mirziyoyev and Ilham Aliyev", "министрите на отбраната на Турция и
Румъния Яшар Гюлер и Анджел Тълвар", "президенты Узбекистана и Азербайджана Шавкат Мирзиёев и Ильхам
Алиев", "the Uzbek and Azerbaijani presidents X and Y"."""
from __future__ import annotations

import re

from ..lang import lexicon, nominative
from ..lang.prefixes import quick_test
from .model import PersonRef, Sentence
from .places import past_state_form
from .titles import PORTFOLIO_ROLES, name_after

LX = lexicon()
_MAYBE = quick_test(LX.plural_title_re.pattern)
_ROLES = [(re.compile(p, re.IGNORECASE), role) for p, role in LX.plural_titles]


def plural_role(text: str) -> str | None:
    """The office of the first title in the plural ``text`` holds ("the presidents of ...", "Президенты",
    "foreign ministers"), or None."""
    if not _MAYBE(text.lower()):
        return None
    m = LX.plural_title_re.search(text)
    return next(r for rx, r in _ROLES if rx.fullmatch(m.group())) if m else None


def plural_titles(s: Sentence, lang: str = "") -> None:
    if not _MAYBE(s.text.lower()):
        return
    for m in LX.plural_title_re.finditer(s.text):
        role = next(r for rx, r in _ROLES if rx.fullmatch(m.group()))
        isos, pos = _states_after(s, m.end(), role)
        if len(isos) < 2:
            isos, pos = _adjectives_before(s, m.start()), m.end()
        if len(isos) < 2:
            isos, names = _interleaved(s, m.end())
        else:
            names = _names_at(s, pos, len(isos))
        if len(isos) < 2 or len(names) != len(isos):
            continue
        for (nm, a, b), iso in zip(names, isos):
            if not any(a < p.end and p.start < b for p in s.persons):
                s.persons.append(PersonRef(nominative(nm, m.group(), lang), a, b, role, iso, False, titled=True))
    s.persons.sort(key=lambda p: p.start)


def _first_state_at(s: Sentence, pos: int) -> int:
    """Where the first state after a title may start: past "of" and a form of state ("of the Republic of")."""
    of = LX.title_of_optional.match(s.text, pos)
    return past_state_form(s, of.end() if of else pos)


def _states_after(s: Sentence, pos: int, role: str):
    """The states listed after the title ("of Uzbekistan and Azerbaijan"), and where they end."""
    text = s.text
    if role in PORTFOLIO_ROLES:
        pm = LX.portfolio.match(text, pos)
        pos = pm.end() if pm else pos
    pos = _first_state_at(s, pos)
    isos = []
    while True:
        r = next((x for x in s.states if x.start == pos and not x.adjective), None)
        if r is None:
            return isos, pos
        isos.append(r.iso)
        pos = r.end
        more = LX.and_more.match(text, pos)
        if not more or not any(x.start == past_state_form(s, more.end()) for x in s.states):
            return isos, pos
        pos = past_state_form(s, more.end())


def _interleaved(s: Sentence, pos: int):
    """"the Presidents of Benin, Patrice Talon, and Niger, Abdourahamane Tiani": each state followed by its
    person's name between commas; (states, names), empty where the sentence does not go so."""
    text = s.text
    pos = _first_state_at(s, pos)
    isos, names = [], []
    while True:
        r = next((x for x in s.states if x.start == pos and not x.adjective), None)
        comma = r and re.match(r"(?:\s+\w+)?,\s+", text[r.end:])     # ("Benin Republic, ")
        name = comma and name_after(s, r.end + comma.end())
        if not name:
            break
        isos.append(r.iso)
        names.append(name)
        after = name[2] + text.startswith(",", name[2])      # (", and Niger": the comma before "and")
        more = LX.and_more.match(text, after) or LX.and_more.match(text, name[2])
        if more is None:
            break
        pos = past_state_form(s, more.end())
    return (isos, names) if len(isos) >= 2 else ([], [])


def _adjectives_before(s: Sentence, start: int) -> list:
    """"the Uzbek and Azerbaijani presidents": the state adjectives joined right before the title."""
    adjs = sorted((r for r in s.states if r.adjective and r.end <= start), key=lambda r: r.start)
    out, pos = [], start
    for r in reversed(adjs):
        gap = s.text[r.end:pos]
        if out and not LX.and_more.fullmatch(gap + " ") and gap.strip(" ,") not in ("",):
            break
        if not out and gap.strip():
            break
        out.insert(0, r.iso)
        pos = r.start
    return out


def _names_at(s: Sentence, pos: int, count: int) -> list:
    text = s.text
    names = []
    comma = re.match(r"\s*,\s*|\s+", text[pos:])
    pos += comma.end() if comma else 0
    while len(names) < count:
        name = name_after(s, pos)
        if name is None:
            break
        names.append(name)
        more = LX.and_more.match(text, name[2])
        if more is None:
            break
        pos = more.end()
    return names
