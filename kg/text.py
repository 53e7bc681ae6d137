"""Text primitives: sentences, tokens, script, transliteration, name keys and slugs.

Everything here is language-agnostic string work, used by the mention finders.

>>> [s.text for s in sentences("He met Dr. Smith. Then he left!")]
['He met Dr. Smith.', 'Then he left!']
>>> slug("Касъм-Жомарт Токаев")
'kasam-zhomart-tokaev'
>>> name_key("Токаев") == name_key("Tokayev")
True
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

CYR_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "", "ю": "yu",
    "я": "ya", "ы": "y", "э": "e", "і": "i", "ї": "i", "є": "e", "ғ": "g", "қ": "k", "ң": "n", "ө": "o",
    "ұ": "u", "ү": "u", "һ": "h", "ә": "a",
}

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "jr", "sr", "no", "vs", "etc", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "e.g", "i.e", "млн", "млрд", "хил", "гр", "ул", "т.нар", "т.е", "др", "проф", "д-р",
    "тыс", "руб", "долл", "бул", "им", "чл", "ал", "пр",
}

_SENT_END = re.compile(r"[.!?…]+[\"'”»“)]*\s+|\n\s*")
_WORD = re.compile(r"\w+(?:[.'’]\w+)*", re.UNICODE)


class Span(NamedTuple):
    """A piece of text with its character offsets in the article body (a tuple: cheap to make)."""

    text: str
    start: int
    end: int


def clean(text: str) -> str:
    """Normalise a body: NFC, unified spaces, no zero-width characters; keeps line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    text = re.sub(r"[\u00a0\u2009\u202f\t]", " ", text)
    return text


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


def _sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        piece = text[start:m.start() + len(m.group().rstrip())]
        if "\n" not in m.group():
            before = text[start:m.start()]
            last = before.split()[-1].lower().rstrip(".") if before.split() else ""
            nxt = text[end:end + 1]
            initial = before.split()[-1].rstrip(".")
            if (last.strip("(\"'“") in ABBREVIATIONS or (len(initial) == 1 and initial.isupper())
                    or (nxt and (nxt.islower() or nxt.isdigit() and m.group().startswith(".")))):
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


_TOKEN = re.compile(r"\w+")
_new_span = tuple.__new__      # a Span without NamedTuple's keyword-handling constructor (tokens are many)


def tokens(text: str) -> list[Span]:
    """Word tokens with offsets; hyphens and apostrophes split words ("Kazakh-Bulgarian" is two)."""
    return [_new_span(Span, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text)]


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return not text.isascii() and _CYRILLIC.search(text) is not None


@functools.lru_cache(maxsize=200_000)
def strip_accents(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def translit(text: str) -> str:
    """Cyrillic to Latin (a simple, lossy scheme), diacritics removed."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in CYR_LAT:
            lat = CYR_LAT[low]
            out.append(lat.capitalize() if ch != low else lat)
        else:
            out.append(ch)
    return strip_accents("".join(out))


@functools.lru_cache(maxsize=200_000)
def latin_key(token: str) -> str:
    """The key a Latin-script token is looked up by: lowercase, no diacritics, ё as е."""
    return strip_accents(token.casefold()).replace("ё", "е")


@functools.lru_cache(maxsize=100_000)
def slug(text: str) -> str:
    """An IRI-safe, readable slug: transliterated, lowercase, words joined by hyphens."""
    s = translit(text).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].rstrip("-") or "x"


REGNAL_NUMBER = re.compile(r"[IVX]{1,4}")


def name_words(name: str) -> list[str]:
    """The words of a person's name without a trailing regnal number: "Abdullah II" is known by Abdullah.

    >>> name_words("Abdullah II"), name_words("Kassym-Jomart Tokayev")
    (['Abdullah'], ['Kassym-Jomart', 'Tokayev'])
    """
    words = name.split()
    while len(words) > 1 and REGNAL_NUMBER.fullmatch(words[-1]):
        words.pop()
    return words


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A spelling-tolerant key of a personal name: the consonant skeleton of its transliteration.

    Tokayev, Токаев and Tokaev share a key; so do Japarov, Zhaparov and Жапаров.
    """
    if is_cyrillic(name):
        # Russian instrumental case of a name (Мирзиёевым, Шавкатом) adds a consonant; drop it
        name = re.sub(r"(?<=\w{3})(ым|им|ом|ем)$", "", name.strip())
    s = translit(name).lower()
    for a, b in (("zh", "j"), ("dzh", "j"), ("dj", "j"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ch", "c"),
                 ("sh", "s"), ("w", "v"), ("ph", "f"), ("q", "k"), ("x", "ks"), ("ck", "k")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


# Cyrillic inflection: the endings a noun or adjective may carry in Russian or Bulgarian.
CYR_NOUN_ENDINGS = sorted({
    "", "а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ой", "ей", "ою", "ею", "ия", "ии", "ию", "ией",
    "ам", "ям", "ами", "ями", "ах", "ях", "ът", "ят", "та", "то", "те", "ия", "ь", "й",
}, key=len, reverse=True)
CYR_ADJ_ENDINGS = {
    "и", "ия", "ият", "ата", "ото", "ите", "о", "а", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые",
    "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ей", "ую", "юю", "ых", "их", "ыми", "ими",
}


def cyr_stem(word: str) -> str:
    """The stem a Cyrillic name is stored under: lowercase, final vowel or soft sign dropped."""
    w = word.lower().replace("ё", "е")
    if len(w) <= 3:
        return w
    for end in ("ия", "ая", "ья"):
        if w.endswith(end) and len(w) > 4:
            return w[:-len(end)]
    if w[-1] in "аяеиыуюьй":     # not -о: "Осло", "Токио", "Монако" do not decline
        return w[:-1]
    return w


def cyr_stem_candidates(word: str) -> list[str]:
    """Every stem an inflected Cyrillic word may come from (the word minus one possible ending)."""
    w = word.lower().replace("ё", "е")
    out = [w]
    for end in CYR_NOUN_ENDINGS:
        if end and w.endswith(end) and len(w) - len(end) >= 3:
            out.append(w[:-len(end)])
    return out


@functools.lru_cache(maxsize=200_000)
def token_keys(word: str) -> tuple[str, ...]:
    """The lookup keys of a text token: its Latin key, or the stems of a Cyrillic word."""
    if is_cyrillic(word):
        return tuple(cyr_stem_candidates(word))
    return (latin_key(word),)


def entry_key(word: str) -> str:
    """The key a gazetteer name token is stored under (pairs with :func:`token_keys`)."""
    if is_cyrillic(word):
        return cyr_stem(word)
    return latin_key(word)


def adjective_of(word: str, stem: str) -> bool:
    """True when a Cyrillic word is ``stem`` plus an adjective ending."""
    w = word.lower().replace("ё", "е")
    return w.startswith(stem) and w[len(stem):] in CYR_ADJ_ENDINGS
