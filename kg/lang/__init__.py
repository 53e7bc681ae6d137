"""Languages: one pack per language (:mod:`kg.lang.en`, :mod:`kg.lang.bg`, :mod:`kg.lang.ru`), the
merged words of all of them (:func:`lexicon`), and scripts (:mod:`kg.lang.script`).

To add a language, add a pack (see the README's checklist): ``kg/lang/<code>/`` with its words in the
slots of :data:`kg.lang.base.SLOTS`, a ``Defaults`` class, and an entry in :data:`CODES`.
"""
from __future__ import annotations

import functools

from .base import Pack
from .script import is_cyrillic

CODES = ("en", "bg", "ru")      # the order their words are merged in
OTHER = Pack()                  # a language without a pack ("und", "kk", ...)


@functools.lru_cache(maxsize=1)
def packs() -> tuple[Pack, ...]:
    """Every registered pack, in :data:`CODES` order."""
    import importlib

    return tuple(importlib.import_module(f"{__name__}.{code}").Defaults() for code in CODES)


def pack(code: str | None) -> Pack:
    """The pack of a language code, or :data:`OTHER` for a language without one."""
    for p in packs():
        if p.code == code:
            return p
    return OTHER


@functools.lru_cache(maxsize=1)
def lexicon():
    """The words of every pack merged and compiled (:class:`kg.lang.slots.Lexicon`), made once."""
    from .slots import Lexicon

    return Lexicon(packs())


def nominative(name: str, title: str, lang: str = "") -> str:
    """A name after a title, in the nominative: declined by the rules of the Cyrillic pack that declines
    names, unless the article's language does not decline them.

    >>> nominative("Шавкатом Мирзиёевым", "Президентом"), nominative("Наташа Пирц Мусар", "президента", "bg")
    ('Шавкат Мирзиёев', 'Наташа Пирц Мусар')
    """
    if not is_cyrillic(name) or not is_cyrillic(title) or not pack(lang).names_declined:
        return name
    for p in packs():
        if p.script == "cyrillic" and p.names_declined:
            return p.nominative(name, title)
    return name
