"""What a sentence names, before any fact is put together: the mention records and the reading of an
article (:class:`Analysis`) that the finders of :mod:`kg.mentions` fill."""
from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from ..lang import lexicon
from ..lang.names import name_key, name_words
from ..read.article import Article
from ..read.text import Span, tokens
from ..reference import Match


@dataclass
class StateRef:
    iso: str
    start: int
    end: int
    text: str
    adjective: bool = False
    possessive: bool = False
    in_name: bool = False        # part of an organization's or corridor's name


@dataclass
class CityRef:
    gid: str
    country: str
    start: int
    end: int
    text: str
    label: str = ""              # the reference name the text matched (uninflected)
    in_name: bool = False


@dataclass
class PersonRef:
    name: str
    start: int
    end: int
    role: str | None = None
    iso: str | None = None
    former: bool = False
    titled: bool = False
    key: str = ""                # surname key, see kg.lang.names.name_key
    known: bool = False          # role and state from the reference list of office holders, not the text
    written: str = ""            # the text's own name, where the holders' table completed it ("Pellegrini")
    latin: str = ""              # the office holders' table's English name of the person, where it has one

    def __post_init__(self):
        self.name = without_patronymic(family_name_last(self.name))
        if not self.key:
            self.key = name_key(name_words(self.name)[-1])

    @property
    def keys(self) -> tuple:
        """The surname keys the person is looked up by: its own and, for one keyed by the office holders'
        table's English name (``latin``), that of the text's spelling too ("Шуйок" of Sulyok)."""
        spelled = name_key(name_words(self.name)[-1]) if self.latin else self.key
        return (self.key,) if spelled == self.key else (self.key, spelled)


def without_patronymic(name: str) -> str:
    """A given name, a patronymic and a surname as news names the person elsewhere: without the
    patronymic ("Mikhail Vladimirovich Mishustin" is Mikhail Mishustin, as other articles and the office
    holders' table write him).

    >>> without_patronymic("Olzhas Abayevich Bektenov"), without_patronymic("Luiz Inácio Lula")
    ('Olzhas Bektenov', 'Luiz Inácio Lula')
    """
    words = name.split()
    if len(words) == 3 and lexicon().patronymic_word.fullmatch(words[1]):
        return f"{words[0]} {words[2]}"
    return name


def family_name_last(name: str) -> str:
    """A family name written first in capitals, as official texts write Japanese names ("ISHIBA
    Shigeru"), goes last in the usual case ("Shigeru Ishiba"); two words only (a Korean "KIM Jong Un"
    stays as written).

    >>> family_name_last("ISHIBA Shigeru"), family_name_last("Kofi Mensah"), family_name_last("KIM Jong Un")
    ('Shigeru Ishiba', 'Kofi Mensah', 'KIM Jong Un')
    """
    words = name.split()
    if len(words) == 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
            and not words[1].isupper():
        return f"{words[1]} {words[0].capitalize()}"
    return name


@dataclass
class NamedRef:
    """An organization, corridor or award named in the text."""

    kind: str                    # "org", "corridor", "award"
    name: str
    start: int
    end: int
    iso: str | None = None       # organizations: the state they belong to
    sub: str = ""                # corridors: "transport" or "energy"
    alias: str | None = None     # corridors: "(TITR)"
    through: list = field(default_factory=list)   # corridors: (kind, ref) of places in the name
    states: tuple = ()           # organizations of two states ("Kazakh-Bulgarian Commission"): their isos
    body: str = ""               # ... and the words of the name besides the states ("Commission")


@dataclass
class Money:
    amount: Decimal
    currency: str
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    idx: int
    para: int
    text: str
    start: int
    tokens: list[Span] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    states: list[StateRef] = field(default_factory=list)
    cities: list[CityRef] = field(default_factory=list)
    persons: list[PersonRef] = field(default_factory=list)
    named: list[NamedRef] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)

    def __getstate__(self):
        # tokens, their flags and gazetteer hits are cheap to recompute and large to pickle (worker
        # results, the cache)
        state = dict(self.__dict__)
        for transient in ("tokens", "flags", "every"):
            state.pop(transient, None)
        state["matches"] = []
        return state

    def __setstate__(self, state):
        state.pop("tokens", None)      # readings pickled before tokens were left out altogether
        self.__dict__.update(state)

    def __getattr__(self, name):
        # only called when ``name`` is not set: the tokens of an unpickled sentence and their flags
        # (kg.mentions.scan), made on first use
        if name == "tokens":
            self.tokens = tokens(self.text)
            return self.tokens
        if name in ("flags", "every"):
            from .scan import sentence_flags

            self.flags, self.every = sentence_flags(self.tokens)
            return getattr(self, name)
        raise AttributeError(name)

    def of_kind(self, kind: str) -> list[NamedRef]:
        return [n for n in self.named if n.kind == kind]

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def placed(self, pos: int) -> bool:
        """Whether a preposition that places something ("in", "at", "в") stands just before ``pos``: a
        place the sentence puts something in, not one it only names."""
        return bool(lexicon().placed_in.search(self.text[max(0, pos - 8):pos]))


@dataclass
class Analysis:
    article: Article
    sentences: list[Sentence]
    state_counts: Counter

    @property
    def pair(self) -> list[str]:
        """The two states the article is mostly about (by mentions), most mentioned first."""
        return [iso for iso, _ in self.state_counts.most_common(2)]

    def fresh_copy(self) -> "Analysis":
        """A copy whose per-sentence person and city lists can grow without touching this reading (the
        join adds people known from other articles and drops cities that are their names)."""
        out = copy.copy(self)
        out.sentences = []
        for s in self.sentences:
            c = object.__new__(type(s))      # not copy.copy: that goes through pickling's state methods
            c.__dict__.update(s.__dict__)
            c.persons = list(s.persons)
            c.cities = list(s.cities)
            c.matches = []      # as in a reading kept on disk (see Sentence.__getstate__): same facts either way
            out.sentences.append(c)
        return out
