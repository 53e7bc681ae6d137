"""Russian. Names and nouns are declined: the pack undoes the cases of names after titles and of the
head words of organizations and documents (:mod:`kg.lang.ru.morphology`)."""
from ..base import Pack
from . import cues, documents, lex_attrs, morphology, stop_words, titles


class Defaults(Pack):
    code = "ru"
    script = "cyrillic"
    modules = (stop_words, titles, cues, documents, lex_attrs)
    genitive_complements = True
    typical_letters = "ыэё"
    typical_words = frozenset({"в", "что", "это", "был", "была", "были", "который", "которые", "также", "не"})
    iso3166_locale = "ru"
    meeting_label = cues.MEETING_LABEL

    def nominative(self, name: str, title: str) -> str:
        return morphology.nominative(name, title)

    def org_nominative(self, name: str) -> str:
        return morphology.org_nominative(name)

    def title_nominative(self, title: str) -> str:
        return morphology.title_nominative(title)
