"""The fact model: what the extractor says an article states, before nodes are resolved across articles.

Facts refer to things by *refs*, tuples that the resolver turns into IRIs:
``("state", "KZ")``, ``("city", "1526273")``, ``("person", PERSON_KEY)``, ``("org", ORG_KEY)``,
``("corridor", CORRIDOR_KEY)``, ``("award", AWARD_KEY)``. Events refer to each other by a local id.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

Ref = tuple  # (kind, key)


@dataclass
class Evidence:
    article: str
    sentence: str


@dataclass
class EntityFact:
    ref: Ref
    labels: set = field(default_factory=set)        # {(text, lang)}
    evidence: list = field(default_factory=list)
    aliases: set = field(default_factory=set)
    props: dict = field(default_factory=dict)       # role, iso, former, sub, through ...


@dataclass
class VisitFact:
    local: str
    guest: Ref
    host: str
    city: str | None
    date: dt.date | None            # the day it began (its arrival's, where the text gives one)
    evidence: list = field(default_factory=list)
    talks_date: dt.date | None = None   # the day of the article's event, which dates its talks told undated


@dataclass
class MeetingFact:
    local: str
    participants: list
    city: str | None
    date: dt.date | None
    label: str
    lang: str
    visit: str | None = None
    ordinal: int | None = None
    evidence: list = field(default_factory=list)


@dataclass
class AgreementFact:
    doc_type: str
    cls: str
    label: str
    lang: str
    parties: list
    concerns: list
    date: dt.date | None = None
    year_signed: int | None = None
    event: str | None = None
    count: int | None = None
    evidence: list = field(default_factory=list)


@dataclass
class FigureFact:
    metric: str
    amount: Decimal
    currency: str
    year: int | None
    between: tuple
    from_state: str | None
    to_state: str | None
    text: str
    evidence: list = field(default_factory=list)


@dataclass
class ConferralFact:
    award: Ref
    recipient: Ref
    conferrer: Ref | None
    date: dt.date | None
    event: str | None = None
    evidence: list = field(default_factory=list)


@dataclass
class RelationsFact:
    states: tuple
    year: int | None
    evidence: list = field(default_factory=list)


@dataclass
class SisterFact:
    cities: tuple
    evidence: list = field(default_factory=list)


@dataclass
class ArticleFacts:
    """Everything read from one article."""

    article: object
    entities: dict = field(default_factory=dict)     # ref -> EntityFact
    visits: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    agreements: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    conferrals: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    sisters: list = field(default_factory=list)

    def add(self, fact) -> None:
        """File one fact in the list of its kind (an entity under its ref)."""
        if isinstance(fact, EntityFact):
            self.entities[fact.ref] = fact
        else:
            getattr(self, _FIELD[type(fact)]).append(fact)

    def count(self) -> int:
        return (len(self.visits) + len(self.meetings) + len(self.agreements) + len(self.figures)
                + len(self.conferrals) + len(self.relations) + len(self.sisters)
                + sum(1 for r in self.entities if r[0] != "state"))


_FIELD = {VisitFact: "visits", MeetingFact: "meetings", AgreementFact: "agreements", FigureFact: "figures",
          ConferralFact: "conferrals", RelationsFact: "relations", SisterFact: "sisters"}
