"""What every kind of fact reads while one article is extracted: its reading, the people known across
articles, the facts found so far, and the evidence a fact rests on."""
from __future__ import annotations

from ..mentions import Analysis, Sentence
from ..reference import Gazetteer
from .model import ArticleFacts, Evidence


class Context:
    """One article's extraction: ``an`` (its reading), ``people`` (the corpus-wide person clusters),
    ``out`` (the facts of the kinds extracted so far) and helpers over them."""

    def __init__(self, an: Analysis, people, gaz: Gazetteer):
        self.an = an
        self.people = people
        self.gaz = gaz
        self.art = an.article
        self.lang = an.article.language
        self.out = ArticleFacts(an.article)
        self.pair = _pair(an)
        self.memo: dict = {}      # what several kinds of fact ask of the article alike, asked once

    @property
    def sentences(self) -> list[Sentence]:
        return self.an.sentences

    def ev(self, s: Sentence) -> Evidence:
        """The evidence of a fact read from sentence ``s``."""
        return Evidence(self.art.id, s.text)

    def person(self, p):
        """The person cluster of a person mention."""
        return self.people.get(self.art.id, p.key, p.name)

    def pref(self, p):
        """The ref of a person mention's cluster."""
        c = self.person(p)
        return ("person", c.uid) if c else None

    def pstate(self, p) -> str | None:
        """The state whose office a mentioned person holds (None for former holders)."""
        c = self.person(p)
        if c is None or c.is_former:
            return None
        return c.iso

    def state_of(self, ref) -> str | None:
        """The state of a person ref."""
        return self.people.clusters[ref[1]].iso if ref and ref[0] == "person" else None


def _pair(an: Analysis) -> list[str]:
    """The two states the article is about: the most named ones, completed by the states of its people
    when it names fewer than two ("President Radev met the President of Serbia": Bulgaria and Serbia),
    then by those of the places it names ("President of Ghana X arrived in Abuja": Ghana and Nigeria)."""
    pair = list(an.pair)
    for isos in ((p.iso for s in an.sentences for p in s.persons),
                 (c.country for s in an.sentences for c in s.cities if not c.in_name)):
        for iso in isos:
            if len(pair) == 2:
                return pair
            if iso and iso not in pair:
                pair.append(iso)
    return pair
