"""People across articles: one cluster per real person, whatever the language or spelling.

A person is recognised by the consonant skeleton of the surname (:func:`kg.lang.names.name_key`), so that
Tokayev, Tokaev and Токаев meet; two mentions join when their surnames agree, their first names (where
both give one) agree, and their states (where both give one) agree. The state of a person is the one
most mentions give. Limits: two different people with the same surname, both without a first name and
a state, are taken as one; a surname spelt with different consonants (Zhaparov / Japarov meet, but
Dzhaparov / Japarov only through the j/dzh rule) may stay apart.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..lang.names import name_key, name_words
from ..lang.script import is_cyrillic, slug, translit
from ..mentions import STATELESS_ROLES


@dataclass
class Person:
    key: str
    uid: str = ""       # stable while the mentions of its surname key are: "<key>.<n>", n-th cluster of the key
    first_keys: set = field(default_factory=set)
    names: Counter = field(default_factory=Counter)       # (name, lang) -> count: full or titled names
    bare: Counter = field(default_factory=Counter)        # (name, lang) -> count: a surname alone
    isos: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    # what the reference list of office holders says (kg.reference.leaders): used only where the text
    # says nothing of the person's state or office
    ref_isos: Counter = field(default_factory=Counter)
    ref_roles: Counter = field(default_factory=Counter)
    former: Counter = field(default_factory=Counter)      # iso -> count of "former" mentions
    latin: Counter = field(default_factory=Counter)       # the office holders' table's English names of it
    name_arts: dict = field(default_factory=lambda: defaultdict(set))    # (name, lang) of names -> articles
    bare_arts: dict = field(default_factory=lambda: defaultdict(set))    # (name, lang) of surnames -> articles

    @property
    def iso(self) -> str | None:
        found = self.isos or self.ref_isos
        return found.most_common(1)[0][0] if found else None

    @property
    def role(self) -> str | None:
        found = self.roles or self.ref_roles
        if not found:
            return None
        # a bare "Minister" (a headline's "Министър X") is the office another mention names in full
        specific = [r for r in found if r != "Minister" and r.startswith("Minister")]
        if "Minister" in found and len(specific) == 1:
            return specific[0]
        return found.most_common(1)[0][0]

    @property
    def is_former(self) -> bool:
        return bool(self.former) and sum(self.former.values()) >= sum((self.isos or self.ref_isos).values())

    @property
    def stated(self) -> bool:
        """Whether anything (the text, else the reference list) gives the person a state."""
        return bool(self.isos or self.ref_isos)

    @property
    def labels(self) -> Counter:
        """The names to label the person with: full or titled ones, else (never seen so) the surname."""
        return self.names or self.bare

    def label_articles(self, label: tuple) -> set:
        """The articles that name the person by ``label`` (one of :attr:`labels`) as a label is chosen:
        those giving it as a full or titled name, or (never named so) as a surname alone."""
        return (self.name_arts if self.names else self.bare_arts).get(label, set())

    def canonical(self) -> str:
        """The fullest Latin-script name, else the office holders' table's English name, else the
        transliteration of the fullest Cyrillic one."""
        labels = self.labels
        names = sorted(labels, key=lambda nl: (is_cyrillic(nl[0]), -len(nl[0].split()), -labels[nl], nl[0]))
        best = names[0][0]
        if is_cyrillic(best) and self.latin:
            return min(self.latin, key=lambda n: (-self.latin[n], n))
        return translit(best) if is_cyrillic(best) else best

    @property
    def slug(self) -> str:
        return slug(self.canonical())


# offices a state has one holder of at a time
SINGLE_OFFICES = {"President", "Prime Minister", "King", "Queen", "Emir", "Sultan", "Chancellor", "Crown Prince",
                  "Vice President", "Minister of Foreign Affairs", "Chairman", "Chief Adviser"}


def _first_key(name: str) -> str | None:
    first = _first_name(name)
    return name_key(first) if first else None


def _by_first_name(mentions: list) -> list[list]:
    """The mentions of one surname key in one article, one group per person: two full names whose first
    names are unlike ("Gotabaya Rajapaksa" and "Mahinda Rajapaksa", "Ilham Aliyev" and "Mehriban
    Aliyeva") are two people; a first name one of whose words the other has ("Tayyip", "Recep Tayyip")
    or spelt alike is one. The mentions without a first name go with the first group (that of the first
    mention: titled mentions come first)."""
    groups: list[list] = []
    bare = []
    for p in mentions:
        first = _first_name(p.name)
        if not first:
            bare.append(p)
            continue
        g = next((g for g in groups if any(_alike(first, _first_name(q.name)) for q in g)), None)
        if g is None:
            groups.append([p])
        else:
            g.append(p)
    if not groups:
        return [bare]
    groups[0].extend(bare)
    return groups


def _first_name(name: str) -> str:
    return " ".join(name_words(name)[:-1])


def _alike(a: str, b: str) -> bool:
    ka, kb = ({name_key(w) for w in re.split(r"[\s-]+", x) if w} for x in (a, b))
    if ka <= kb or kb <= ka:
        return True
    return difflib.SequenceMatcher(None, translit(a).lower(), translit(b).lower()).ratio() >= 0.7


def _inner_word_aliases(persons: list) -> dict[str, str]:
    """A name of one word that is an inner word of one longer name of the article ("Lula" of "Luiz Inácio
    Lula da Silva"), of no other state: its key -> the longer name's key."""
    full = [p for p in persons if len(name_words(p.name)) > 1]
    full_keys = {p.key for p in full}
    out: dict[str, str] = {}
    for p in persons:
        words = name_words(p.name)
        if len(words) != 1 or p.key in full_keys or p.key in out:
            continue
        spelled = translit(words[0]).lower()
        hits = {f.key for f in full if (not p.iso or not f.iso or p.iso == f.iso) and any(
            translit(w).lower() == spelled or (len(p.key) > 1 and name_key(w) == p.key)
            for w in name_words(f.name)[:-1])}
        if len(hits) == 1:
            out[p.key] = hits.pop()
    return out


class People:
    """The person clusters of a corpus, and the look-up from (article, surname key) to a cluster."""

    def __init__(self) -> None:
        self.clusters: dict[str, Person] = {}                       # uid -> cluster
        self.by_key: dict[str, list[Person]] = defaultdict(list)     # surname key -> its clusters
        self.by_mention: dict[tuple[str, str], Person] = {}
        self.split: set = set()       # (article id, key) of a surname two people of one article share

    def add_article(self, article_id: str, lang: str, persons: list) -> None:
        """Register an article's person mentions (from :mod:`kg.mentions`), titled ones first."""
        local: dict[str, list] = defaultdict(list)
        alias = _inner_word_aliases(persons)
        for p in persons:
            local[alias.get(p.key, p.key)].append(p)
        for key, mentions in sorted(local.items()):
            groups = _by_first_name(mentions)
            for n, group in enumerate(groups):
                target = self._add_group(article_id, lang, key, group)
                if n == 0:
                    self.by_mention[(article_id, key)] = target
                if len(groups) > 1:
                    self.split.add((article_id, key))
                    for k in {_first_key(p.name) for p in group} - {None}:
                        self.by_mention[(article_id, f"{key}|{k}")] = target
        for short, full in alias.items():
            self.by_mention[(article_id, short)] = self.by_mention[(article_id, full)]

    def _add_group(self, article_id: str, lang: str, key: str, mentions: list) -> Person:
        """Join the mentions of one person (one surname key, one first name) to their cluster."""
        isos = Counter(p.iso for p in mentions if p.iso and not p.former)
        firsts = {k for k in (_first_key(p.name) for p in mentions) if k}
        target = self._find(key, firsts, set(isos))
        if target is None:
            target = Person(key, uid=f"{key}.{len(self.by_key[key])}")
            self.clusters[target.uid] = target
            self.by_key[key].append(target)
        target.first_keys |= firsts
        for p in mentions:
            name_lang = lang if is_cyrillic(p.name) else "en"
            if len(p.name.split()) > 1 or p.titled:
                target.names[(p.name, name_lang)] += 1
                target.name_arts[(p.name, name_lang)].add(article_id)
                if p.written:     # (the surname the text gave, the full name the holders' table did)
                    target.names[(p.written, name_lang)] += 1
                    target.name_arts[(p.written, name_lang)].add(article_id)
            else:
                target.bare[(p.name, name_lang)] += 1
                target.bare_arts[(p.name, name_lang)].add(article_id)
            if p.iso and not p.former:
                (target.ref_isos if p.known else target.isos)[p.iso] += 1
            if p.iso and p.former:
                target.former[p.iso] += 1
            if p.latin:
                target.latin[p.latin] += 1
            if p.role and (p.titled or p.known):
                (target.ref_roles if p.known else target.roles)[p.role] += 1
        return target

    def _find(self, key: str, firsts: set, isos: set) -> Person | None:
        for c in self.by_key.get(key, ()):
            if firsts and c.first_keys and not (firsts & c.first_keys):
                continue
            if isos and c.stated and not (isos & (set(c.isos) | set(c.ref_isos))):
                continue
            return c
        return None

    def get(self, article_id: str, key: str, name: str | None = None) -> Person | None:
        """The cluster of a mention: of its surname key, and of its first name where the article names two
        people of that surname (``name``: the mention's name)."""
        if name and (article_id, key) in self.split:
            first = _first_key(name)
            found = self.by_mention.get((article_id, f"{key}|{first}")) if first else None
            if found is not None:
                return found
        return self.by_mention.get((article_id, key))

    def infer_states(self, article_id: str, pair: list, persons: list, home: tuple = ()) -> None:
        """A leader named without a state ("President X") in an article about two states, whose other
        state's leader is known, is taken to hold office in the remaining state (so are two or three office
        holders named without a state); otherwise the holder of a single office (President, Prime Minister,
        ...) takes the one state of the pair whose holder of that office is not named. Failing all, in an
        article in the language of one state alone (``home``: Bulgarian), an office holder named without a
        state is that state's ("Министърът на външните работи X проведе среща с ... САЩ")."""
        self._kin_states(article_id, persons)
        self._infer_from_pair(article_id, pair, persons)
        if len(home) == 1:
            for p in persons:
                c = self.get(article_id, p.key, p.name)
                if c is not None and p.titled and p.role and not c.stated and not c.former \
                        and c.role not in STATELESS_ROLES:
                    c.isos[home[0]] += 1

    def _clusters_of(self, article_id: str, persons: list) -> dict:
        """uid -> cluster of the article's person mentions."""
        return {c.uid: c for c in (self.get(article_id, p.key, p.name) for p in persons) if c is not None}

    def _kin_states(self, article_id: str, persons: list) -> None:
        """A person of no state who shares a surname with a person of one ("First Vice-President Mehriban
        Aliyeva" beside President Ilham Aliyev, a spouse, a brother) is of that person's state."""
        local = self._clusters_of(article_id, persons)
        for c in local.values():
            if c.stated or c.former:
                continue
            kin = {o.iso for o in local.values() if o is not c and o.key == c.key and o.stated}
            if len(kin) == 1:
                c.isos[kin.pop()] += 1

    def _infer_from_pair(self, article_id: str, pair: list, persons: list) -> None:
        if len(pair) != 2:
            return
        local = self._clusters_of(article_id, persons)
        unknown = [c for c in local.values() if not c.stated and not c.former and c.role not in STATELESS_ROLES]
        known = {c.iso for c in local.values() if c.stated}
        left = [iso for iso in pair if iso not in known]
        if len(unknown) == 1 and len(left) == 1 and known:
            unknown[0].isos[left[0]] += 1
        elif 1 < len(unknown) <= 3 and len(left) == 1 and known and all(c.role for c in unknown):
            # "Prime Minister Narendra Modi held talks with President of Mongolia X ... President Droupadi
            # Murmu hosted a banquet": the office holders named without a state are the other side's
            for c in unknown:
                c.isos[left[0]] += 1
        else:
            # one holder of a state's single office: "President Murmu" in an India-Mongolia article whose
            # President of Mongolia is named is India's
            for c in unknown:
                if c.role not in SINGLE_OFFICES:
                    continue
                free = [iso for iso in pair if not any(o.iso == iso and o.role == c.role for o in local.values()
                                                       if o.stated and not o.is_former)]
                if len(free) == 1:
                    c.isos[free[0]] += 1
