"""Office holders: who held which office of which state in which years (``leaders.tsv``: heads of state
and government and foreign ministers, 2015-2026, each row with the public list it can be checked against).

The rules use it to recognise a leader the text names without a title and to give the state when the
text does not; what the text says always wins. A name is looked up word by word by the keys of
:func:`kg.lang.names.name_key` (so "Шавкатом Мирзиёевым", "Shavkat Mirziyoyev" and "Шавкат Мирзиёев"
meet), only among the holders in office in the article's year when the article is dated.

>>> h = holders().full_name(["Shavkat", "Mirziyoyev"], 2024)
>>> (h.iso, h.role)
('UZ', 'President')
>>> holders().full_name(["Donald", "Trump"], 2023) is None     # not in office then
True
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..lang import lexicon
from ..lang.names import REGNAL_NUMBER, name_key
from ..lang.script import translit

_LX = lexicon()
LEADERS_FILE = Path(__file__).resolve().parent / "leaders.tsv"
NOW = 2026       # "in office" rows (no end year) hold to this year


@dataclass(frozen=True)
class Holder:
    iso: str
    role: str
    start: int
    end: int
    names: tuple          # English name first, then other spellings
    ru: str
    bg: str
    source: str

    def holds(self, year: int | None) -> bool:
        return year is None or self.start <= year <= self.end

    def name_in(self, lang: str) -> str:
        """The name as written in ``lang`` (the English one where the row has none)."""
        return {"ru": self.ru, "bg": self.bg}.get(lang) or self.names[0]


def words_of(name: str) -> list[str]:
    """The words of a name as the tokenizer cuts them (hyphens and apostrophes split words)."""
    return re.findall(r"\w+", name)


def keys_of(words) -> tuple:
    return tuple(name_key(w) for w in words)


# states whose people are named family name first ("Xi Jinping" is President Xi, "Lee Jae-myung"
# President Lee): the first word of a holder's name is a surname too
FAMILY_NAME_FIRST = frozenset({"CN", "KR", "KP", "TW", "KH"})
# states whose people have no family name, or are called by the given one ("President Prabowo", "PM Anwar",
# "Prime Minister Anutin"): the first word stands for the holder as the last does
GIVEN_NAME_USED = frozenset({"ID", "MY", "TH", "MM"})


def _surnames(h: Holder, ws: list[str]) -> set[str]:
    """The words of a holder's name that stand for the holder alone: the last ("Tokayev"); the first too
    where the family name comes first ("Xi"); only the first for a name with a patronymic or a regnal
    number ("King Salman" of "Salman bin Abdulaziz Al Saud", whose "Al Saud" is the whole family's;
    "Abdullah" of "Abdullah II"); the first too where people are called by the given name ("Anwar")."""
    if REGNAL_NUMBER.fullmatch(ws[-1]) or any(w.lower() in _LX.patronymic_particles for w in ws[1:]) \
            or any(w in _LX.family_articles for w in words_of(h.names[0])[1:]):
        return {ws[0]}
    if len(ws) > 2 and ws[-1].lower() in _LX.name_suffixes:
        ws = ws[:-1]       # "Ferdinand Marcos Jr.": Marcos, not Jr
    return {ws[-1], ws[0]} if h.iso in FAMILY_NAME_FIRST or h.iso in GIVEN_NAME_USED else {ws[-1]}


class Holders:
    """The rows of ``leaders.tsv``, indexed by the keys of every word of every spelling of a name."""

    def __init__(self, rows: list[Holder]):
        self.rows = rows
        self.by_words: dict[tuple, list[Holder]] = {}
        self.by_surname: dict[str, list[Holder]] = {}
        for h in rows:
            for name in set(h.names) | {h.ru, h.bg} - {""}:
                ws = words_of(name)
                if len(ws) < 2:      # a name of one word ("Lula"): what a surname alone may stand for
                    if ws:
                        self.by_surname.setdefault(name_key(ws[0]), []).append(h)
                    continue
                self.by_words.setdefault(keys_of(ws), []).append(h)
                for w in _surnames(h, ws):
                    self.by_surname.setdefault(name_key(w), []).append(h)
        self.longest = max((len(k) for k in self.by_words), default=0)
        self.first_keys = frozenset(k[0] for k in self.by_words)     # what a full name can start with

    def full_name(self, words, year: int | None) -> Holder | None:
        """The one state's holder whose name is ``words`` (every word, in order), in office in ``year``."""
        return _one(self.by_words.get(keys_of(words), ()), year)

    def surname(self, word: str, year: int | None, states=None, role: str | None = None,
                key: str | None = None) -> Holder | None:
        """The one holder of the surname ``word`` (or of ``key``, a case form's key of it), in office in
        ``year``, of one of ``states`` (if given) and holding ``role`` (if given)."""
        key = key or name_key(word)
        found = [h for h in self.by_surname.get(key, ())
                 if (states is None or h.iso in states) and (role is None or h.role == role)]
        if len(key) < 2:    # a one-consonant key ("Lula", "Yeol": l) is a name only when spelled alike
            spelled = translit(word).lower()
            found = [h for h in found if any(translit(w).lower() == spelled
                                             for n in (*h.names, h.ru, h.bg) for w in words_of(n))]
        current = [h for h in found if h.holds(year)]
        return _one(_closest(word, current, key), year)

    def surname_by_key(self, key: str, year: int | None, states=None, role: str | None = None) -> Holder | None:
        found = [h for h in self.by_surname.get(key, ())
                 if (states is None or h.iso in states) and (role is None or h.role == role)]
        return _one(found, year)


def _closest(word: str, found: list, key: str) -> list:
    """Of the holders whose surname has the key of ``word`` ("Ruto": Ruto, Rutte, Ramos-Horta are all
    r-t), those whose surname is spelt most like it: a key is a skeleton, shared by unlike names."""
    spelled = translit(word).lower()

    def likeness(h: Holder) -> float:
        return max((difflib.SequenceMatcher(None, spelled, translit(w).lower()).ratio()
                    for n in (*h.names, h.ru, h.bg) for w in words_of(n) if name_key(w) == key), default=0.0)

    scored = [(likeness(h), h) for h in found]
    best = max((x for x, _ in scored), default=0.0)
    return [h for x, h in scored if x == best and x >= 0.75]


def _one(found, year) -> Holder | None:
    found = [h for h in found if h.holds(year)]
    people = {(h.iso, h.names[0]) for h in found}
    if len(people) != 1:
        return None
    return max(found, key=lambda h: h.start)


@functools.lru_cache(maxsize=1)
def holders() -> Holders:
    rows = []
    for line in LEADERS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, role, start, end, names, ru, bg, source = line.split("\t")
        rows.append(Holder(iso, role, int(start), int(end) if end else NOW, tuple(n.strip() for n in names.split(";")),
                           ru, bg, source))
    return Holders(rows)
