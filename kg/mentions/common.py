"""Small helpers the mention finders share: capitals, gaps between tokens, spans already claimed."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..lang.script import is_cyrillic
from ..read.text import Span


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def gap(text: str, a: Span, b: Span, allowed: str = " -–—") -> bool:
    """Whether only a few of the ``allowed`` characters stand between tokens ``a`` and ``b``."""
    g = text[a.end:b.start]
    return len(g) <= 3 and g.strip(allowed) == ""


class Claims:
    """Character spans of a sentence that a finder has named already (a corridor, an award, an
    organization); later finders do not name them again."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def free(self, a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in self.spans)

    def take(self, a: int, b: int) -> None:
        self.spans.append((a, b))


def taken_spans(s) -> list[tuple[int, int]]:
    """Where a sentence's people, named things and states are (a :class:`~kg.mentions.model.Sentence`)."""
    return [(p.start, p.end) for p in s.persons] + [(n.start, n.end) for n in s.named] + \
        [(r.start, r.end) for r in s.states]


def staff_before(text: str, pos: int) -> bool:
    """Staff or family stand before the title at ``pos``: "spokesman for the President X", "пресс-секретарь
    президента X", "специалния пратеник на премиера X" (X is not the one who acts)."""
    return bool(lexicon().staff_before.search(text[max(0, pos - 40):pos]))


_WORD_AFTER = re.compile(r"\s+([\w-]+)")
_BLANK = re.compile(r"\s*")


def past_genitives(text: str, pos: int, most: int = 2) -> int:
    """Where the text goes on after up to ``most`` lowercase words in the genitive (no "and", no title)
    and the spaces after them from ``pos``: the rest of a body's name before its state ("Палаты
    представителей Национального собрания Беларуси"). Only a pack with genitive endings has them."""
    lx = lexicon()
    for _ in range(most):
        m = _WORD_AFTER.match(text, pos)
        w = m.group(1) if m else ""
        if not w[:1].islower() or not lx.genitive_endings.search(w) or lx.and_word.fullmatch(w) \
                or lx.title_re.fullmatch(w):
            break
        pos = m.end()
    return _BLANK.match(text, pos).end()


def is_abbreviation(w: str) -> bool:
    """A Cyrillic word of two to five capitals ("ООН", "ВСНП"): an abbreviation, never a name's first word
    (Cyrillic initials take full stops; a Latin one may be initials: "AK Abdul Momen")."""
    return 2 <= len(w) <= 5 and w.isupper() and is_cyrillic(w)
