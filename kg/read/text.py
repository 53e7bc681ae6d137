"""Sentences and tokens with their offsets, and the normalised body they are cut from.

>>> [s.text for s in sentences("He met Dr. Smith. Then he left!")]
['He met Dr. Smith.', 'Then he left!']
>>> [s.text for s in sentences("They signed two agreements.\\n1. Agreement on Trade.\\n2. Treaty on Friendship.")]
['They signed two agreements.', '1. Agreement on Trade.', '2. Treaty on Friendship.']
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..lang import lexicon
from ..lang.script import one_script

_SENT_END = re.compile(r"[.!?…]+[\"'”»“)]*\s+|\n\s*")
_ABBREVIATIONS = lexicon().abbreviations


class Span(NamedTuple):
    """A piece of text with its character offsets in the article body (a tuple: cheap to make)."""

    text: str
    start: int
    end: int


def clean(text: str) -> str:
    """Normalise a body: NFC, unified spaces, no zero-width characters, words in one script (see
    :func:`~kg.lang.script.one_script`); keeps line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    text = re.sub(r"[\u00a0\u2009\u202f\t]", " ", text)
    return one_script(text)


MAX_SENTENCE = 1000   # characters; no prose sentence is longer, tables and lists without stops can be


def sentences(text: str) -> list[Span]:
    """Split a body into sentences with offsets (line breaks always end a sentence).

    A full stop after a known abbreviation, an initial or a number does not end the sentence,
    nor does one followed by a lowercase letter. A "sentence" longer than ``MAX_SENTENCE`` is cut at a
    semicolon, comma or space, so that the work per sentence stays bounded and reading stays linear.
    """
    return [piece for s in _sentences(text) for piece in _bounded(s)]


def _bounded(s: Span) -> list[Span]:
    out = []
    text, start = s.text, s.start
    while len(text) > MAX_SENTENCE:
        window = text[:MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        if cut < MAX_SENTENCE // 2:
            cut = MAX_SENTENCE - 1
        piece = text[:cut + 1].rstrip()
        out.append(Span(piece, start, start + len(piece)))
        rest = text[cut + 1:]
        start += cut + 1 + (len(rest) - len(rest.lstrip()))
        text = rest.lstrip()
    if text:
        out.append(Span(text, start, start + len(text)))
    return out


def _initials(word: str) -> bool:
    """One initial or several run together: "S", "A.K", "В.В" (of "S. Jaishankar", "A.K. Abdul Momen")."""
    return all(len(x) == 1 and x.isupper() for x in word.split("."))


def _sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        piece = text[start:m.start() + len(m.group().rstrip())]
        if "\n" not in m.group():
            before = text[start:m.start()]
            words = before.split()
            if not words:      # " ... " or "… …": stops with no word before them end nothing
                continue
            if len(words) == 1 and words[0].isdigit() and len(words[0]) <= 2:
                continue       # an item's number: "1. «Agreement on …»" is one sentence
            last = words[-1].lower().rstrip(".")
            nxt = text[end:end + 1]
            initial = words[-1].rstrip(".")
            if (last.strip("(\"'“„«‘") in _ABBREVIATIONS or _initials(initial)
                    or (nxt and (nxt.islower() or nxt.isdigit() and m.group().startswith(".")
                                 and not (len(words) > 2 and _opens_with_a_number(last, text, end))))):
                continue
        if piece.strip():
            s = start + (len(piece) - len(piece.lstrip()))
            out.append(Span(piece.strip(), s, s + len(piece.strip())))
        start = end
    piece = text[start:]
    if piece.strip():
        s = start + (len(piece) - len(piece.lstrip()))
        out.append(Span(piece.strip(), s, s + len(piece.strip())))
    return out


def _opens_with_a_number(last: str, text: str, end: int) -> bool:
    """After a word (not a number or an abbreviation), a full stop before a number and a word begins a
    sentence: "... визитом 23 мая. 24 мая лидеры провели переговоры" (not "No. 5", "1. 5", nor a
    dateline's "Москва. 12 ноября.": the caller asks only after three words or more)."""
    return last.isalpha() and len(last) >= 3 and bool(_NUMBER_WORD.match(text, end))


_NUMBER_WORD = re.compile(r"\d{1,4}\s+[^\W\d]")
# an apostrophe inside a name joins it ("Ma'ruf", "O'Brien", "N'Djamena"); a possessive or a contraction
# splits ("Russia's", "don't")
_TOKEN = re.compile(r"\w+(?:['’](?!(?:s|t|d|ll|re|ve|m)\b)\w+)*")
_new_span = tuple.__new__      # a Span without NamedTuple's keyword-handling constructor (tokens are many)


def tokens(text: str) -> list[Span]:
    """Word tokens with offsets; hyphens split words ("Kazakh-Bulgarian" is two), so do possessive
    apostrophes ("Russia's"), not those inside a name ("O'Brien")."""
    return [_new_span(Span, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text)]
