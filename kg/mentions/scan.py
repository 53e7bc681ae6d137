"""The one pass over a sentence's tokens: what each word may start (an organization's or award's head
word, a corridor's head word, a title of office, a known surname, a date word), looked up once per
distinct word. The finders then look only at the words that can start what they find, and skip a
sentence that has none."""
from __future__ import annotations

import functools

from ..lang import lexicon
from ..lang.prefixes import starts
from ..lang.script import is_cyrillic, latin_key

LX = lexicon()

CAP, ORG, AWARD, CORRIDOR, TITLE, SURNAME, MONTH, WEEKDAY, YESTERDAY, DIGIT, VERB = (1 << i for i in range(11))


def _title_starts():
    found: set = set()
    for pattern, _ in LX.titles:
        got = starts(pattern)
        if got is None or "" in got or any(len(x) < 2 for x in got):
            return None      # some title can start with anything: try the expression at every word
        found |= got
    return frozenset(found)


_TITLE_STARTS = _title_starts()


def _verb_words():
    """The first words of the verbs people do ("said", "се срещна"), as written (the pattern is
    case-sensitive), or None when the verbs are not a finite list of words."""
    found = starts(LX.person_verbs, 0, n=40)
    if found is None or any(len(v) >= 40 for v in found):
        return None
    return frozenset(v.split()[0] for v in found if v)


_VERB_WORDS = _verb_words()


@functools.lru_cache(maxsize=50_000)
def corridor_kind(word: str) -> str | None:
    """"transport" or "energy" when ``word`` is a corridor head word (any case form), else None."""
    low = word.lower()
    kind = LX.corridor_heads.get(low)
    if kind is None and not low.isascii():
        for stem, k in LX.corridor_heads_cyr:
            if low.startswith(stem):
                return k
    return kind


@functools.lru_cache(maxsize=200_000)
def word_flags(word: str) -> int:
    """The bits of what ``word`` may be or start."""
    f = 0
    cap = word[:1].isupper()
    low = word.lower()
    if cap:
        f |= CAP
        if len(word) >= 4 or (len(word) >= 2 and not word.isupper()):    # ("Xi", "Си", "Ли": short surnames)
            f |= SURNAME
    if is_cyrillic(word):
        if low.startswith(LX.org_head_stems):
            f |= ORG
    elif cap and latin_key(word) in LX.org_heads:
        f |= ORG
    if cap and latin_key(word) in LX.award_heads:
        f |= AWARD
    if corridor_kind(word) is not None:
        f |= CORRIDOR
    if _TITLE_STARTS is None or low[:2] in _TITLE_STARTS:
        f |= TITLE
    bare = low.rstrip(".")
    if bare in LX.months:
        f |= MONTH
    if bare in LX.weekdays:
        f |= WEEKDAY
    if bare in LX.yesterday_words:
        f |= YESTERDAY
    if word[:1].isdigit():
        f |= DIGIT
    if _VERB_WORDS is None or word in _VERB_WORDS:
        f |= VERB
    return f


def sentence_flags(toks) -> tuple[list[int], int]:
    """Each token's bits, and all of them together."""
    flags = [word_flags(t.text) for t in toks]
    every = 0
    for f in flags:
        every |= f
    return flags, every


def flagged(s, bit: int):
    """The indices of the sentence's tokens that have ``bit``."""
    if not s.every & bit:
        return ()
    return [i for i, f in enumerate(s.flags) if f & bit]
