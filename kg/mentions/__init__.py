"""Mentions: what each sentence of an article names, before any fact is put together.

:func:`analyse` turns an :class:`~kg.read.Article` into an :class:`Analysis`: its sentences, each with
the states, cities, persons (by title and name), organizations, corridors, awards, money amounts and
dates it mentions, with character offsets into the sentence. One finder per kind of mention lives in
its own module; the words they look for come from the language packs (:func:`kg.lang.lexicon`).
"""
from __future__ import annotations

import re
from collections import Counter

from ..read.article import Article
from ..read.text import sentences, tokens
from ..reference import Gazetteer
from . import awards, corridors, dates, holders, money, names, orgs, places, plural, roles, title_states, titles
from .common import Claims
from .holders import STATELESS_ROLES
from .model import Analysis, CityRef, Money, NamedRef, PersonRef, Sentence, StateRef
from .names import add_known_names, could_be_surname, known_person, own_people, surname_keys

__all__ = ["Analysis", "CityRef", "Money", "NamedRef", "PersonRef", "READING_VERSION", "STATELESS_ROLES", "Sentence",
           "StateRef", "add_known_names", "analyse", "could_be_surname", "known_person", "own_people", "surname_keys"]

# What a kept reading (a pickled Analysis in a workspace's cache) was made by: bump it whenever what
# analyse() finds changes, or the classes it pickles move, so that kg add does not join new readings with
# readings made by older rules.
READING_VERSION = 129

QUOTE_RE = re.compile(r"[“\"«„]([^“”\"«»„]{3,300})[”\"»“]")


def analyse(article: Article, gaz: Gazetteer) -> Analysis:
    """Find every mention in every sentence of ``article``."""
    sents = _sentences(article, gaz)
    counts: Counter = Counter()
    for s in sents:
        places.states(s)
        counts.update(r.iso for r in s.states)
    home = set(iso for iso, _ in counts.most_common(4))
    nameless: dict[int, list] = {}     # per sentence: the titles persons() found no name for
    year = article.date.year if article.date else None
    for s in sents:
        places.cities(s, gaz, home)
        _named(s, article.language)
        places.mark_in_names(s)
        nameless[s.idx] = titles.persons(s, article.language, year)
        orgs.end_before_people(s)
        title_states.list_state(s)
        title_states.carried_state(s)
        places.small_places(s, home)
        plural.plural_titles(s, article.language)
        title_states.invited_by(s)
        money.money(s, article.language)
        dates.dates(s, article.date, article.language)
    holders.full_names(sents, article.language, year)
    for s in sents:
        roles.counterpart_roles(s)
    roles.greeters(sents)
    roles.hosts_met(sents)
    names.bare_names(sents, holders.surnames(sents, article.language, year))
    for s in sents:
        names.untitled(s)
        roles.counterpart_roles(s)     # (again: "Tokayev held talks with his Uzbek counterpart X")
    titles.titles_alone(sents, nameless)
    holders.reference_keys(sents, year)
    return Analysis(article, sents, counts)


def _sentences(article: Article, gaz: Gazetteer) -> list[Sentence]:
    """The article's sentences with their paragraphs, tokens, quotes and gazetteer hits."""
    sents: list[Sentence] = []
    para = 0
    body = article.text
    prev_end = 0
    for i, sp in enumerate(sentences(body)):
        if "\n\n" in body[prev_end:sp.start] or (i and "\n" in body[prev_end:sp.start]
                                                  and len(body[prev_end:sp.start].strip()) == 0
                                                  and body[prev_end:sp.start].count("\n") > 1):
            para += 1
        prev_end = sp.end
        s = Sentence(i, para, sp.text, sp.start)
        s.tokens = tokens(sp.text)
        s.quoted = [(m.start(1), m.end(1)) for m in QUOTE_RE.finditer(sp.text)]
        s.matches = gaz.find(s.tokens, sp.text)
        sents.append(s)
    return sents


def _named(s: Sentence, lang: str) -> None:
    """Corridors, then awards, then organizations: a span one of them names is not named again."""
    claims = Claims()
    corridors.corridors(s, claims)
    awards.awards(s, claims, lang)
    orgs.organizations(s, claims, lang)
    s.named.sort(key=lambda n: n.start)
