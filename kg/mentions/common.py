"""Small helpers the mention finders share: capitals, gaps between tokens, spans already claimed."""
from __future__ import annotations

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
