"""The interface of a language pack: what one language tells the rest of dipkg.

A pack is a sub-package of :mod:`kg.lang` (``en``, ``bg``, ``ru``) whose modules hold its words as
module-level names (spaCy's ``lang/<code>/`` layout: ``stop_words.py``, ``titles.py``, ``cues.py``,
``documents.py``, ``lex_attrs.py``) and whose ``__init__`` declares one :class:`Pack` subclass,
``Defaults``, naming those modules and the language's few rules of grammar. Shared code never reads a
pack's words one language at a time: it reads :func:`kg.lang.lexicon`, the words of every pack merged
(articles quote other languages, and Bulgarian and Russian write many words alike), and asks
:func:`kg.lang.pack` only for what depends on the article's language (its decimal separator, how it
declines names, what it calls talks).

The names a pack may define are the slots of :data:`kg.lang.slots.SLOTS`; a test checks that every
name a pack defines is one of them.
"""
from __future__ import annotations


class Pack:
    """One language. The class attributes are its rules; ``modules`` hold its words."""

    code = "und"
    script = "latin"               # "latin" or "cyrillic"
    modules: tuple = ()
    decimal_comma = True           # "375,2" (every language here but English)
    names_declined = True          # a Cyrillic name after a title in an oblique case is declined (Russian)
    genitive_complements = False   # an organization's complement in the genitive, without a preposition
    typical_letters = ""           # letters that tell this language from others of its script
    typical_words: frozenset = frozenset()
    iso3166_locale: str | None = None   # pycountry's translation of state names, None: pycountry's own (English)
    meeting_label = "Talks"        # the label of talks that have no name of their own
    home_states: tuple = ()        # the states whose news is written in this language alone (their
                                   # leaders are named by surname without the state being named)

    def words(self, slot: str):
        """The value this pack gives ``slot`` (a module-level name of one of its modules), or None."""
        for m in self.modules:
            if hasattr(m, slot):
                return getattr(m, slot)
        return None

    def defined(self) -> set[str]:
        """Every slot name the pack's modules define."""
        return {n for m in self.modules for n in vars(m) if n.isupper() and not n.startswith("_")}

    def nominative(self, name: str, title: str) -> str:
        """``name`` in the nominative, as the ``title`` before it shows its case (identity by default)."""
        return name

    def org_nominative(self, name: str) -> str:
        """An organization's name with its head word in the nominative (identity by default)."""
        return name
