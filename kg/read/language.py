"""Which language a text is in, when no metadata says: the script, then (for Cyrillic) the letters and
small words each pack lists as typical of its language."""
from __future__ import annotations

import re

from ..lang import packs
from ..lang.script import letter_counts


def detect_language(text: str) -> str:
    """A pack's code (``en``, ``bg``, ``ru``) or ``und``.

    >>> detect_language("Президентът се срещна с българския държавен глава.")
    'bg'
    >>> detect_language("Президент встретился с коллегой в Москве, это была встреча.")
    'ru'
    """
    cyr, lat = letter_counts(text)
    if cyr == 0 and lat == 0:
        return "und"
    script = "latin" if lat >= cyr else "cyrillic"
    candidates = [p for p in packs() if p.script == script]
    if len(candidates) == 1:
        return candidates[0].code
    low = text.lower()
    words = re.findall(r"\w+", low)
    best, best_score = "und", -1
    for p in candidates:      # ties go to the pack listed first
        score = sum(low.count(ch) for ch in p.typical_letters) * 2 + sum(w in p.typical_words for w in words)
        if score > best_score:
            best, best_score = p.code, score
    return best
