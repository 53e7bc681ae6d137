"""Decorations a sentence names: "Order of the Golden Eagle", "the State Order of the Republic of
Türkiye", "Dostyk Order", "орден „Стара планина“", "орденом Дружбы"."""
from __future__ import annotations

import re

from ..lang import lexicon, pack
from ..lang.script import latin_key
from .common import Claims, gap, is_cap
from .model import NamedRef, Sentence
from .scan import AWARD, flagged
from .places import past_state_form

LX = lexicon()
QUOTES = re.compile(r"[\"“”„«»]")
SINGLE_QUOTED = re.compile(r"‘([^‘’]{3,120})’")


def _quoted(s: Sentence, claims: Claims) -> None:
    """A decoration named whole in quotes ("Grand Order of the Chain of the Yellow Star", ‘Order of the
    Nile’): the quoted words, of a dozen at most, capitalised, with an award's head word last or before
    "of" (not "the Golden Eagle Order Award Ceremony": an event)."""
    spans = list(s.quoted) + [m.span(1) for m in SINGLE_QUOTED.finditer(s.text)]
    for a, b in spans:
        name = s.text[a:b].strip().rstrip(",.;:")
        words = name.split()
        if not words or len(words) > 12 or not is_cap(words[0]) or not claims.free(a, b):
            continue
        heads = [k for k, w in enumerate(words) if is_cap(w) and latin_key(w) in LX.award_heads]
        if any(k == len(words) - 1 or LX.after_of.match(" " + " ".join(words[k + 1:])) for k in heads):
            s.named.append(NamedRef("award", name, a, a + len(name)))
            claims.take(a, b)


def awards(s: Sentence, claims: Claims, lang: str = "") -> None:
    toks, text = s.tokens, s.text
    heads = flagged(s, AWARD)
    if heads:
        _quoted(s, claims)
    for i in heads:
        t = toks[i]
        j = i
        while j > 0 and gap(text, toks[j - 1], toks[j]) and is_cap(toks[j - 1].text) \
                and toks[j - 1].text.lower() not in LX.name_stop and i - j < 4:
            j -= 1
        if j == i:  # "Order of (the) Golden Eagle"
            m = LX.award_of.match(text[t.end:])
            if m:
                b = t.end + m.end(1)
                name = text[t.start:b].strip()
                b = t.start + len(name)
                if QUOTES.search(name):      # 'Order of "Friendship"': the name without its quotes
                    name, b = QUOTES.sub("", name), t.end + m.end()
                else:      # "the Order of the Star of Ghana": the state it is of belongs to the name
                    b = _past_own_state(s, b)
                    name = text[t.start:b]
                if claims.free(t.start, b):
                    s.named.append(NamedRef("award", name, t.start, b))
                    claims.take(t.start, b)
            continue
        a, b = toks[j].start, toks[i].end
        b = _past_own_state(s, b)    # "the State Order of the Republic of Türkiye"
        if claims.free(a, b):
            s.named.append(NamedRef("award", text[a:b], a, b))
            claims.take(a, b)
    for m in LX.award_quoted.finditer(text):
        s.named.append(NamedRef("award", m.group(2).strip(), m.start(2), m.end(2)))
        claims.take(m.start(), m.end())
    for m in LX.award_lower.finditer(text):
        stem = next(st for st in LX.award_head_stems if m.group(1).lower().startswith(st))
        if claims.free(m.start(), m.end()):
            s.named.append(NamedRef("award", f"{stem.capitalize()} {m.group(2)}", m.start(), m.end()))
            claims.take(m.start(), m.end())
    if any(h in text for h in LX.award_hint):
        for m in LX.award_bare.finditer(text):
            a, b = m.start(2), m.end(2)
            tail = LX.award_tail.match(text, b) if " " not in m.group(2) else None
            if tail and tail.group(1) not in LX.name_stop and not LX.title_re.fullmatch(tail.group(1)):
                b = tail.end(1)
            if claims.free(m.start(), m.end()) and not any(a <= r.start < b for r in s.states):
                name = text[a:b]
                if LX.genitive_adjective_endings.search(name.split()[-1].lower()) or (
                        pack(lang).genitive_complements and LX.genitive_endings.search(name.split()[0].lower())):
                    # "орденом Александра Невского": an order named after a person keeps its head word;
                    # so does one named by a noun in the genitive ("орденом Дружбы": Орден Дружбы)
                    stem = next(st for st in LX.award_head_stems if m.group(1).lower().startswith(st))
                    name = f"{stem.capitalize()} {name}"
                s.named.append(NamedRef("award", name, a, b))
                claims.take(m.start(), m.end())


def _past_own_state(s: Sentence, b: int) -> int:
    """The end of a decoration's name at ``b``, or past the state it is of ("the State Order of the
    Republic of Türkiye", "the Order of the Star of Ghana"): that state belongs to the name."""
    of = LX.after_of.match(s.text[b:])
    if of:
        pos = past_state_form(s, b + of.end())
        st = next((r for r in s.states if r.start == pos and not r.adjective), None)
        return st.end if st else b
    return b
