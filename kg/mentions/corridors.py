"""Corridors and pipelines a sentence names: capitalised words before a head word ("the Trans-Caspian
International Transport Route (TITR)"), a Cyrillic head word before a chain of places ("коридора
Балтийско – Егейско – Черно море"), numbered ones ("Corridor No. 8"), quoted ones (газопровода «Сила
Сибири – 2»), and the places the text says a route runs through."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..lang.script import ABBREVIATION_UPPER, is_cyrillic, translit
from .common import Claims, gap, is_cap
from .model import NamedRef, Sentence
from .places import places_within
from .scan import CORRIDOR, corridor_kind, flagged

LX = lexicon()
ALIAS = re.compile(rf"\s*\(([{ABBREVIATION_UPPER}]{{2,8}})\)")     # "(TITR)" after a corridor's name


def cyr_modifier(word: str) -> bool:
    """A Cyrillic adjective before a head word ("Транскаспийския", "Българската")."""
    w = word.lower()
    return is_cyrillic(w) and any(w.endswith(e) for e in LX.modifier_endings)


def corridors(s: Sentence, claims: Claims) -> None:
    toks, text = s.tokens, s.text
    if not s.every & CORRIDOR:
        return      # no corridor head word (kg.mentions.scan): nothing here names a corridor
    for i in flagged(s, CORRIDOR):
        t = toks[i]
        kind = corridor_kind(t.text)
        j = i
        first_cap = None
        while j > 0 and gap(text, toks[j - 1], toks[j]) and i - j < 7:
            w = toks[j - 1].text
            if is_cap(w) and w.lower() not in LX.name_stop:
                first_cap = j - 1
            elif j > 1 and text[toks[j - 2].end:toks[j - 1].start] == "-" and is_cap(toks[j - 2].text):
                pass    # the lowercase rest of a hyphenated name: "Trans-caspian"
            elif not (w.lower() in LX.corridor_generic or (is_cyrillic(w) and w.lower()[:5] in LX.corridor_prefixes)
                      or cyr_modifier(w)):
                break
            j -= 1
        if first_cap is None:
            continue
        a, b = toks[first_cap].start, t.end
        words = [x.text for x in toks[first_cap:i + 1]]
        if not any(is_cap(w) and w.lower() not in LX.corridor_generic for w in words):
            continue
        if _national_company(s, toks[first_cap:i + 1]):
            continue   # "Georgian Railway": the state's railway company (an organization), not a route
        name = text[a:b]
        alias = None
        am = ALIAS.match(text[b:])
        if am and am.group(1)[0].lower() == translit(name)[0].lower():
            alias = am.group(1)
        s.named.append(NamedRef("corridor", name, a, b, sub=kind, alias=alias, through=places_within(s, a, b)))
        claims.take(a, b)
    _chains_numbers_quotes(s, claims)
    runs_through(s)


def _chains_numbers_quotes(s: Sentence, claims: Claims) -> None:
    text = s.text
    # a Cyrillic head word before a chain of places: "коридор Север – Юг", "маршрута Китай – Европа"
    for m in LX.corridor_chain.finditer(text):
        kind = corridor_kind(m.group(1))
        a, b = m.start(2), m.end(2)
        last = text[a:b].split()
        if len(last) > 1 and last[-2][-1:].isalpha() and not any(x.span.end == b for x in s.matches) \
                and not LX.sea_words.fullmatch(last[-1]):
            b = a + text[a:b].rstrip().rfind(" ")     # ("маршрута Китай – Европа Ли ...": no place of two words)
        if kind and claims.free(a, b):
            s.named.append(NamedRef("corridor", text[a:b], a, b, sub=kind, through=places_within(s, a, b)))
            claims.take(a, b)
    # numbered corridors: "Corridor No. 8", "Коридор № 8"
    for m in LX.corridor_number.finditer(text):
        if claims.free(m.start(), m.end()):
            s.named.append(NamedRef("corridor", f"{m.group(1).capitalize()} № {m.group(2)}", m.start(), m.end(),
                                    sub="transport"))
            claims.take(m.start(), m.end())
    # a corridor named in quotes after its head word: газопровода «Сила Сибири – 2», the "Middle Corridor"
    for m in re.finditer(r"(?<!\w)(\w+)\s+[„\"«“]([^“”\"»]{2,60})[“”\"»]", text):
        kind = corridor_kind(m.group(1))
        if kind and claims.free(m.start(2), m.end(2)):
            # with the places its name chains ("«Китай – Кыргызстан – Узбекистан»")
            s.named.append(NamedRef("corridor", m.group(2).strip(), m.start(2), m.end(2), sub=kind,
                                    through=places_within(s, m.start(2), m.end(2))))
            claims.take(m.start(), m.end())


def runs_through(s: Sentence) -> None:
    """"the Middle Corridor, which runs through Kazakhstan, Azerbaijan and Georgia to Türkiye": the places
    listed after a "runs through" cue belong to the corridor named last before it."""
    found = [n for n in s.named if n.kind == "corridor"]
    if not found:
        return
    cues = list(LX.runs_through.finditer(s.text))
    for n in found:   # "the corridor via Iran", "маршрута през Каспийско море"
        m = LX.through_after.match(s.text, n.end)
        if m:
            cues.append(m)
    for cue in sorted(cues, key=lambda m: m.start()):
        before = [n for n in found if n.end <= cue.start()]
        if not before:
            continue
        ref = before[-1]
        places = sorted([(r.start, r.end, ("state", r.iso, r.iso)) for r in s.states
                         if r.start >= cue.end() and not r.adjective]
                        + [(c.start, c.end, ("city", c.gid, c.country)) for c in s.cities if c.start >= cue.end()])
        pos = cue.end()
        for a, b, place in places:
            if not LX.place_list_gap.fullmatch(s.text[pos:a]):
                break
            if place not in ref.through:
                ref.through.append(place)
            pos = b


def _national_company(s: Sentence, toks: list) -> bool:
    """A capitalised head word after nothing but one state's name or adjective ("Georgian Railway",
    "Azerbaijan Railway"): the name of that state's company."""
    head, mods = toks[-1], toks[:-1]
    if not mods or not is_cap(head.text):
        return False
    states = [r for r in s.states if mods[0].start <= r.start and r.end <= mods[-1].end]
    return len(states) == 1 and states[0].start == mods[0].start and states[0].end == mods[-1].end
