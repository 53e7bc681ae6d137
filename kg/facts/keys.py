"""Language-independent keys of named things, which their IRIs are made from: one corridor, award or
organization whatever the language or spelling it is named in."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..lang.script import latin_key, slug, translit

LX = lexicon()


def corridor_key(name: str, sub: str) -> str:
    """Language-independent key of a corridor (see the examples); numbered ones keep their number."""
    m = LX.corridor_key_number.search(name)
    if m:
        return f"{sub}:no-{m.group(1).lower()}"
    return _corridor_words_key(name, sub)


def _corridor_words_key(name: str, sub: str) -> str:
    """Language-independent key of a corridor: its distinctive words, transliterated and de-suffixed.

    >>> corridor_key("Trans-Caspian International Transport Route", "transport")
    'transport:transkasp'
    >>> corridor_key("Транскаспийския транспортен коридор", "transport")
    'transport:transkasp'
    """
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in LX.corridor_generic
             and not any(w.lower().startswith(h) for h in LX.corridor_heads)]
    core = translit("".join(words)).lower()
    core = core.replace("c", "k").replace("x", "ks")
    for suf in LX.corridor_key_suffixes:
        if core.endswith(suf) and len(core) - len(suf) >= 4:
            core = core[:-len(suf)]
            break
    return f"{sub}:{core or slug(name)}"


def award_key(name: str) -> str:
    """Key of an award: its content words, sorted (Golden Eagle Order = Order of the Golden Eagle)."""
    words = sorted(w for w in (latin_key(translit(x)) for x in re.findall(r"\w+", name)) if w not in LX.award_generic)
    return "-".join(words) or slug(name)


def org_key(name: str) -> str:
    return slug(LX.leading_article.sub("", name.strip()))


def body_key(states: tuple, body: str) -> str:
    """Key of a body of two states, whatever the language or the form of the states' names: the states
    and the words of its kind, up to what it is on ("Kazakh-Bulgarian Intergovernmental Commission",
    "Kazakhstan-Bulgaria Intergovernmental Commission on Trade", "Казахстанско-българската
    междуправителствена комисия": one commission).

    >>> body_key(("BG", "KZ"), "Intergovernmental Commission on Trade")
    'bg-kz-intergov-commission'
    """
    words = []
    for w in re.findall(r"\w+", body.lower()):
        if w in LX.org_complement_preps:
            break
        if w in LX.leading_words:
            continue
        words.append(next((k for stem, k in LX.org_word_keys if w.startswith(stem)), latin_key(translit(w))[:6]))
    return "-".join([*(x.lower() for x in states), *words])


def named_ref(n) -> tuple:
    """The ref of an organization, corridor or award mention (:class:`~kg.mentions.NamedRef`)."""
    if n.kind == "org":
        if len(n.states) > 1:
            return ("org", body_key(n.states, n.body))
        return ("org", org_key(n.name))
    if n.kind == "corridor":
        return ("corridor", corridor_key(n.name, n.sub))
    return ("award", award_key(n.name))
