"""Organizations a sentence names, by their head words: "the Ministry of Trade and Integration", "Georgian
Railway", "Министерството на енергетиката", "Министерством образования Армении" (Russian complements in
the genitive, head words back in the nominative)."""
from __future__ import annotations

import re

from ..lang import lexicon, pack
from ..lang.script import is_cyrillic, latin_key
from .common import Claims, gap, is_cap
from .corridors import cyr_modifier
from .model import NamedRef, Sentence
from .scan import ORG, flagged

LX = lexicon()


def organizations(s: Sentence, claims: Claims, lang: str = "") -> None:
    toks, text = s.tokens, s.text
    p = pack(lang)
    after = 0
    for i in flagged(s, ORG):     # only words that can be a head word, left to right
        if i < after:
            continue
        t = toks[i]
        span = _org_latin(s, i) if not is_cyrillic(t.text) else _org_cyr(s, i, p)
        if span is None:
            continue
        a_i, b_i = span
        a, b = toks[a_i].start, toks[b_i].end
        after = b_i + 1
        if any(m.span.start == a and m.span.end == b for m in s.matches) or _of_two_states(s, a, b):
            continue
        if claims.free(a, b):
            name = p.org_nominative(text[a:b])
            name = name[:1].upper() + name[1:]      # ("российско-монгольская комиссия" opens a label)
            inside = [r for r in s.states if a <= r.start and r.end <= b]
            isos = tuple(sorted({r.iso for r in inside}))
            if len(isos) > 1:    # a body of two states belongs to both or neither, not to the first named
                s.named.append(NamedRef("org", name, a, b, states=isos, body=_body(text, a, b, inside)))
            else:
                s.named.append(NamedRef("org", name, a, b, iso=isos[0] if isos else None))
            claims.take(a, b)


def _of_two_states(s: Sentence, a: int, b: int) -> bool:
    """"Правителствата на Египет и Гана", "the governments of A and B": a name ending at a state another
    state follows after "and" is the two states' (their governments), not a body of the first."""
    if not any(r.end == b and a <= r.start and not r.adjective for r in s.states):
        return False
    more = LX.and_more.match(s.text, b)
    return bool(more) and any(r.start == more.end() and not r.adjective for r in s.states)


def _body(text: str, a: int, b: int, states: list) -> str:
    """The words of a name from ``a`` to ``b`` besides its states' ("Kazakhstan-Bulgaria Intergovernmental
    Commission": "Intergovernmental Commission")."""
    out, pos = [], a
    for r in sorted(states, key=lambda r: r.start):
        out.append(text[pos:r.start])
        pos = r.end
    out.append(text[pos:b])
    return " ".join(" ".join(out).replace("-", " ").replace("–", " ").split())


def _org_latin(s: Sentence, i: int):
    toks, text = s.tokens, s.text
    t = toks[i]
    if not is_cap(t.text) or latin_key(t.text) not in LX.org_heads:
        return None
    j = i
    while j > 0 and gap(text, toks[j - 1], toks[j]) and is_cap(toks[j - 1].text) and i - j < 5:
        w = toks[j - 1].text
        if w.lower() in LX.sent_start_stop or w.lower() in LX.name_stop or LX.title_re.fullmatch(w):
            break
        j -= 1
    k = i
    # "of Trade and Integration", "of Turkic States", "of International Commerce of Kazakhstan"
    while k + 2 < len(toks) + 1:
        m = LX.org_of.match(text[toks[k].end:])
        if not m or k + 1 >= len(toks):
            break
        nxt = next((x for x in range(k + 1, len(toks)) if toks[x].start >= toks[k].end + m.end()), None)
        if nxt is None or not is_cap(toks[nxt].text) or toks[nxt].text.lower() in LX.name_stop:
            break
        k = nxt
        while k + 1 < len(toks):
            st = next((r for r in s.states if r.start == toks[k].start and r.end > toks[k + 1].end), None)
            if st is not None:      # a state's name of several words ends it: "of the People's Republic of
                k = max(x for x in range(k, len(toks)) if toks[x].end <= st.end)     # China", "of Bosnia and
                break               # Herzegovina" (not the name after: "... Herzegovina Zoran Tegeltija")
            if not (gap(text, toks[k], toks[k + 1]) and is_cap(toks[k + 1].text)
                    and toks[k + 1].text.lower() not in LX.name_stop):
                break
            k += 1
        am = LX.org_and.match(text[toks[k].end:])
        # "Ministry of Trade and Integration", but not "Ministry of Energy and QatarEnergy" (a company's name)
        if am and k + 2 < len(toks) and is_cap(toks[k + 2].text) and not _camel(toks[k + 2].text) \
                and latin_key(toks[k + 2].text) not in LX.org_heads:
            k += 2
    if k == j:
        return None
    return j, k


def _camel(word: str) -> bool:
    return re.search(r"[a-z][A-Z]", word) is not None


def _org_cyr(s: Sentence, i: int, p):
    toks, text = s.tokens, s.text
    if not toks[i].text.lower().startswith(LX.org_head_stems):
        return None
    j = i
    while j > 0 and i - j < 3 and gap(text, toks[j - 1], toks[j]) and not is_cap(toks[j].text):
        if not cyr_modifier(toks[j - 1].text) and (not is_cap(toks[j - 1].text) or j == 1 or any(
                m.span.start == toks[j - 1].start and not any(e.adjective for e in m.entries) for m in s.matches)):
            break     # (nor a place's name: "заседания в Софии правительств Болгарии" names no body "Софии";
            # nor a noun capitalised as the sentence's first word: "Заседание комиссии")
        j -= 1
    if not is_cap(toks[j].text):
        j = _two_states_before(s, j)
        if j is None:
            return None
    k = _org_cyr_complement(s, i, p)
    if k == i and p.genitive_complements:
        k = _genitive_complement(s, i)
    if k == i and j == i:
        return None
    return j, k


def _two_states_before(s: Sentence, j: int) -> int | None:
    """The first token of a two states' compound ending at token ``j``, which news writes in lowercase
    ("российско-монгольской межправительственной комиссии", "българо-сръбската комисия"): a body of both."""
    toks = s.tokens
    for a in (j, j - 1):      # (the compound's first part, or its second, where the walk back stopped)
        if a < 0 or a + 1 >= len(toks) or s.text[toks[a].end:toks[a + 1].start] not in ("-", "‑"):
            continue
        isos = [next((r.iso for r in s.states if r.adjective and r.start == t.start), None) for t in toks[a:a + 2]]
        if None not in isos and isos[0] != isos[1]:
            return a
    return None


def _org_cyr_complement(s: Sentence, i: int, p) -> int:
    """The last token of a complement after a preposition ("Агенция за насърчаване на инвестициите",
    "Министерството на външните работи", "Комитет по ... Казахстана")."""
    toks, text = s.tokens, s.text
    stop = LX.org_complement_stop
    k = i
    while True:
        m = LX.org_prep.match(text[toks[k].end:])
        if not m:
            break
        x = k + 2
        # the complement runs on over plain spaces (a comma ends it)
        while x < len(toks) and x - k <= 5 and not is_cap(toks[x].text) and toks[x].text.lower() not in stop \
                and gap(text, toks[x - 1], toks[x], " "):
            x += 1
        if x < len(toks) and is_cap(toks[x].text) and x - k <= 5 and gap(text, toks[x - 1], toks[x], " "):
            k = x
        elif x - 1 > k + 1 and toks[x - 1].text.lower() not in stop | LX.org_prepositions and x - k <= 5 \
                and (m.group(1) in LX.org_purpose_prep or (m.group(1) in LX.org_definite_prep
                                                           and not p.genitive_complements and any(
                    LX.definite_endings.search(t.text.lower()) for t in toks[k + 2:x]))):
            k = x - 1    # "Министерството на енергетиката", "Министерството на външните работи"
        else:
            break
    return k


def _genitive_complement(s: Sentence, i: int) -> int:
    """A complement in the genitive without a preposition: "Министерством образования Армении",
    "Агентством французского развития"; the last token of it."""
    toks, text = s.tokens, s.text
    k = i
    x = i + 1
    while x < len(toks) and x - i <= 4 and gap(text, toks[x - 1], toks[x], " "):
        w = toks[x].text
        if is_cap(w):
            st = next((r for r in s.states if r.start == toks[x].start and not r.adjective), None)
            if st is not None:     # the state it belongs to ends the name, all its words
                k = max(y for y in range(x, len(toks)) if toks[y].end <= st.end)
            break
        low = w.lower()
        after_adj = x > i + 1 and LX.genitive_adjective_endings.search(toks[x - 1].text.lower())
        if low in LX.name_stop or LX.verb_endings.search(low) or not (
                after_adj or LX.genitive_endings.search(low)):
            break
        k = x
        x += 1
    return k


def end_before_people(s: Sentence) -> None:
    """An organization's name ends before a titled person's it ran into ("Secretary-General of the
    Organization of Turkic States Kubanychbek Omuraliev": the body is the Organization of Turkic States)."""
    for n in s.of_kind("org"):
        inside = [p.start for p in s.persons if p.titled and n.start < p.start < n.end]
        if inside:
            n.end = n.start + len(s.text[n.start:min(inside)].rstrip(" ,"))
            n.name = s.text[n.start:n.end]
