"""Bulgarian. Names are not declined ("президента Наташа ..." is "the president Natasha ..."); nouns
carry a definite article (-ът, -та, -то, -те)."""
from ..base import Pack
from . import cues, documents, lex_attrs, stop_words, titles


class Defaults(Pack):
    code = "bg"
    script = "cyrillic"
    modules = (stop_words, titles, cues, documents, lex_attrs)
    names_declined = False
    typical_letters = "ъ"
    typical_words = frozenset({"на", "за", "със", "са", "е", "от", "това", "който", "които", "като"})
    iso3166_locale = "bg"
    meeting_label = cues.MEETING_LABEL
    home_states = ("BG",)
