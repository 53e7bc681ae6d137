"""Stems and look-up keys of words: how an inflected Cyrillic word ("Казахстана") finds the name it is a
form of ("Казахстан"), and a Latin one its accent-free lowercase form. The endings come from the packs.

>>> token_keys("Казахстана")[:2], entry_key("Казахстан"), token_keys("Türkiye")
(('казахстана', 'казахстан'), 'казахстан', ('turkiye',))
"""
from __future__ import annotations

import functools

from . import lexicon
from .script import fold, is_cyrillic, latin_key

_LX = lexicon()


def cyr_stem(word: str) -> str:
    """The stem a Cyrillic name is stored under: lowercase, final vowel or soft sign dropped."""
    w = fold(word)
    if len(w) <= 3:
        return w
    for end in _LX.stem_suffixes:
        if w.endswith(end) and len(w) > 4:
            return w[:-len(end)]
    if w[-1] in _LX.stem_letters:     # not -о: "Осло", "Токио", "Монако" do not decline
        return w[:-1]
    return w


def cyr_stem_candidates(word: str) -> list[str]:
    """Every stem an inflected Cyrillic word may come from (the word minus one possible ending)."""
    w = fold(word)
    out = [w]
    for end in _LX.noun_endings:
        if end and w.endswith(end) and len(w) - len(end) >= 3:
            out.append(w[:-len(end)])
    for end in _ADJ_ENDINGS:     # an adjective of a name in any case ("Новая", "Новую" Зеландия: нов)
        if w.endswith(end) and len(w) - len(end) >= 3 and w[:-len(end)] not in out:
            out.append(w[:-len(end)])
    return out


# endings only adjectives have (a surname in the instrumental, "Сараевым", stays no form of Сараево)
_ADJ_ENDINGS = _LX.adjective_only_endings


@functools.lru_cache(maxsize=200_000)
def token_keys(word: str) -> tuple[str, ...]:
    """The lookup keys of a text token: its Latin key, or the stems of a Cyrillic word."""
    if is_cyrillic(word):
        return tuple(cyr_stem_candidates(word))
    return (latin_key(word),)


def adjective_stems(word: str) -> tuple[str, ...]:
    """The stems of a Cyrillic word read as an adjective in any case ("Нижний", "Нижнем", "Нижнего":
    нижн), by its endings of two or three letters: how the first word of a name of several words
    ("Нижний Новгород") meets its forms. Empty for a Latin word."""
    if not is_cyrillic(word):
        return ()
    w = fold(word)
    return tuple(dict.fromkeys(w[:-k] for k in (2, 3) if len(w) - k >= 3 and w[-k:] in _LX.adjective_endings))


def entry_key(word: str) -> str:
    """The key a gazetteer name token is stored under (pairs with :func:`token_keys`)."""
    if is_cyrillic(word):
        return cyr_stem(word)
    return latin_key(word)


def adjective_of(word: str, stem: str) -> bool:
    """True when a Cyrillic word is ``stem`` plus an adjective ending."""
    w = fold(word)
    return w.startswith(stem) and w[len(stem):] in _LX.adjective_endings


ADJECTIVE_ENDING_LENGTHS = tuple(range(1, max(map(len, _LX.adjective_endings), default=0) + 1))
