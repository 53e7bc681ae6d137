"""Personal names across scripts: the words of a name, and the spelling-tolerant key people are known by.

>>> name_key("Токаев") == name_key("Tokayev"), name_words("Abdullah II")
(True, ['Abdullah'])
"""
from __future__ import annotations

import functools
import re

from . import lexicon
from .script import SPELLING_VARIANTS, is_cyrillic, translit

REGNAL_NUMBER = re.compile(r"[IVX]{1,4}")


def name_words(name: str) -> list[str]:
    """The words of a person's name without a trailing regnal number: "Abdullah II" is known by Abdullah.

    >>> name_words("Abdullah II"), name_words("Kassym-Jomart Tokayev")
    (['Abdullah'], ['Kassym-Jomart', 'Tokayev'])
    """
    words = name.split()
    while len(words) > 1 and REGNAL_NUMBER.fullmatch(words[-1]):
        words.pop()
    return words


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A spelling-tolerant key of a personal name: the consonant skeleton of its transliteration.

    Tokayev, Токаев and Tokaev share a key; so do Japarov, Zhaparov and Жапаров.
    """
    if is_cyrillic(name):
        # a case ending that adds a consonant (the Russian instrumental: Мирзиёевым, Шавкатом) is dropped
        name = lexicon().name_key_endings.sub("", name.strip())
    s = translit(name).lower()
    for a, b in SPELLING_VARIANTS:
        s = s.replace(a, b)
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)
