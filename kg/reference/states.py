"""States: every ISO 3166 state with its names in each pack's language (pycountry and its translations,
and the names and adjectives news uses beside them, ``states/<lang>.tsv``), and former states, which are
recognised (so that their names are not read as organizations) but not extracted."""
from __future__ import annotations

import gettext
from types import SimpleNamespace
from pathlib import Path

from ..lang import lexicon, packs
from ..lang.script import latin_key
from ..read.text import tokens
from .gazetteer import Entry, Gazetteer, StateInfo

STATES_DIR = Path(__file__).resolve().parent / "states"


def rows(code: str) -> dict[str, list[str]]:
    """ISO code -> (iso, names, adjectives) of ``states/<code>.tsv``."""
    found = {}
    for line in (STATES_DIR / f"{code}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            row = line.split("\t")
            found[row[0]] = row
    return found


def _clean(name) -> bool:
    return bool(name) and "," not in name and "(" not in name


def _countries(pycountry, per_lang: dict) -> list:
    """pycountry's states, and those the English tsv lists under a code ISO 3166 has not assigned
    (Kosovo, XK: the code the EU, GeoNames and event datasets use)."""
    out = list(pycountry.countries)
    known = {c.alpha_2 for c in out}
    for iso, row in sorted(per_lang.get("en", {}).items()):
        if iso not in known:
            out.append(SimpleNamespace(alpha_2=iso, name=row[1].split(";")[0]))
    return out


def add_states(gaz: Gazetteer) -> None:
    import pycountry

    langs = packs()
    per_lang = {p.code: rows(p.code) for p in langs}
    trans = {}
    for p in langs:
        if p.iso3166_locale:
            try:
                trans[p.code] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[p.iso3166_locale])
            except OSError:  # pragma: no cover - pycountry always ships these
                trans[p.code] = gettext.NullTranslations()
    for c in _countries(pycountry, per_lang):
        iso = c.alpha_2
        names = {"en": getattr(c, "common_name", None) or c.name}
        all_names = []
        for p in langs:
            row = per_lang[p.code].get(iso)
            extra = [x for x in row[1].split(";")] if row else []
            if p.iso3166_locale is None:   # pycountry's own names: the ones news uses first
                if row:
                    names[p.code] = extra[0]
                found = [n for n in extra + [c.name, getattr(c, "official_name", None),
                                             getattr(c, "common_name", None)] if _clean(n)]
            else:
                base = trans[p.code].gettext(c.name)
                found = ([base] if base != c.name and _clean(base) else []) + [x for x in extra if x]
                if found:
                    names[p.code] = found[0]
            for n in found:
                gaz.add(Entry("state", iso, n, p.code))
                all_names.append(n)
        for p in langs:
            row = per_lang[p.code].get(iso)
            for adj in (row[2].split(";") if row else ()):
                if adj.endswith("-"):
                    # the first part of a compound adjective ("Sino-Kazakh", "болгаро-российский"), only
                    # before a hyphen
                    gaz.add(Entry("state", iso, adj[:-1], p.code, adjective=True, compound=True))
                elif adj and len(tokens(adj)) > 1:
                    # "South African", "North Korean": a name of several words (one of them alone, "Korean",
                    # may be another state's), matched as names are, longest first
                    gaz.add(Entry("state", iso, adj, p.code, adjective=True))
                elif adj:
                    key = adj if p.script == "cyrillic" else latin_key(adj)
                    gaz.add_adjective_stem(key, Entry("state", iso, adj, p.code, adjective=True))
        gaz.states[iso] = StateInfo(iso, names, tuple(all_names))
    for h in pycountry.historic_countries:
        for n in (h.name, getattr(h, "common_name", None), getattr(h, "official_name", None)):
            if _clean(n):
                gaz.add(Entry("historic", h.alpha_4, n, "en"))
    for n in lexicon().historic_states:
        gaz.add(Entry("historic", "HIST", n, ""))
