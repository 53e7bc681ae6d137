"""English."""
from ..base import Pack
from . import cues, documents, lex_attrs, stop_words, titles


class Defaults(Pack):
    code = "en"
    script = "latin"
    modules = (stop_words, titles, cues, documents, lex_attrs)
    decimal_comma = False
    meeting_label = cues.MEETING_LABEL
