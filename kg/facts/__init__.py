"""From mentions to typed facts, one article at a time.

Each kind of fact is one module with one function, ``extract(ctx) -> list``: it reads the article's
mentions (and the facts of the kinds before it) through a :class:`~kg.facts.context.Context` and returns
its facts, which :func:`extract` files in the article's :class:`~kg.facts.model.ArticleFacts`. A new
kind is a new module and one entry in :data:`KINDS`. Helpers several kinds share live in
:mod:`kg.facts.events` (where and when the event was, its host, which visit a sentence tells of, the
event a document was signed at), :mod:`kg.facts.parties` (who signed a document) and
:mod:`kg.facts.keys` (the keys of named things).
"""
from __future__ import annotations

from ..mentions import Analysis
from ..reference import Gazetteer
from . import agreements, awards, entities, figures, meetings, relations, sisters, visits
from .context import Context
from .model import ArticleFacts

# What the kept facts of a workspace were extracted by: bump it whenever what extract() finds changes,
# or the classes it pickles move. It is part of kg.graph.join.VERSION, so kg add and kg remove redo the
# whole join (every article's facts) once after such a change instead of joining new facts with facts
# made by older rules.
RULES_VERSION = 31

# in this order: meetings read the visits, documents the visits and meetings, awards the visits
KINDS = (entities, visits, meetings, agreements, figures, awards, relations, sisters)


def extract(an: Analysis, people, gaz: Gazetteer) -> ArticleFacts:
    """All facts one article supports; ``people`` are the corpus-wide person clusters
    (:class:`~kg.graph.people.People`), so that a surname alone ("Tokayev said") still knows its state."""
    ctx = Context(an, people, gaz)
    for kind in KINDS:
        for fact in kind.extract(ctx):
            ctx.out.add(fact)
    return ctx.out
