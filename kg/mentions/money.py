"""Money a sentence names: a number with a scale word and a currency (symbol, word or ISO code, before
or after it), normalised to whole units and ISO 4217."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..lang import lexicon, pack
from ..lang.prefixes import quick_test, starts
from .model import Money, Sentence
from .scan import DIGIT

LX = lexicon()
_SCALES = [(re.compile(p), v) for p, v in LX.scales]
_CURRENCIES = [(re.compile(p), c) for p, c in LX.currency_words]
# money needs a currency: a symbol or code, or a currency word (a quick test before the slow expression)
_MAYBE_WORD = quick_test(LX.currency_alternation, n=3)
_SYMBOLS = tuple(LX.currency_symbols)
# money in words needs a scale word ("two billion"): its heads, but for a one-letter one ("$5m" only)
_SCALE_HEADS = sorted(h for h in starts("|".join(f"(?:{p})" for p, _ in LX.scales), n=3) if len(h) > 1)
_MAYBE_SCALE = re.compile("|".join(map(re.escape, _SCALE_HEADS))).search
# an amount in parentheses right after another is the same money converted: "RM45 billion (US$10 billion)"
_CONVERSION = re.compile(r"\(\s*[≈~]?\s*$")


def parse_number(num: str, lang: str) -> Decimal | None:
    """'375.2' -> 375.2, '4,000' -> 4000, '375,2' (bg/ru) -> 375.2, '1 000' -> 1000."""
    n = num.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", n):
        n = n.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", n) and pack(lang).decimal_comma:
        n = n.replace(".", "").replace(",", ".")
    else:
        n = n.replace(",", ".")
    try:
        return Decimal(n)
    except InvalidOperation:
        return None


def _amount(value: Decimal, scale: int) -> Decimal:
    amount = (value * scale).normalize()
    if amount == amount.to_integral():
        amount = amount.quantize(Decimal(1))
    return amount


def _scale(word: str) -> int:
    return next(v for p, v in _SCALES if p.fullmatch(word.lower()))


def _currency(word: str) -> str:
    return next(c for p, c in _CURRENCIES if p.fullmatch(word.lower()))


def _spelled(s: Sentence) -> None:
    """'two billion dollars', 'полтора миллиарда долларов': a number word, a scale and a currency word."""
    for m in LX.word_money_re.finditer(s.text):
        value = Decimal(str(LX.number_words[m.group("word").lower()]))
        amount = _amount(value, _scale(m.group("scale")))
        s.money.append(Money(amount, _currency(m.group("cur")), m.start(), m.end(), m.group().strip()))


def _conversion(s: Sentence, start: int) -> bool:
    """Whether money starting at `start` is another amount converted, in parentheses right after it."""
    before = s.text[:start]
    m = _CONVERSION.search(before)
    return bool(m) and any(0 <= m.start() - x.end <= 2 for x in s.money)


def money(s: Sentence, lang: str) -> None:
    low = s.text.lower()
    if not s.every & DIGIT:
        if _MAYBE_SCALE(low) and _MAYBE_WORD(low):
            _spelled(s)
        return      # no number, no money (a quick test: the money expression is slow to try everywhere)
    if not any(sym in s.text for sym in _SYMBOLS) and not _MAYBE_WORD(low):
        return      # no currency either
    _digits(s, lang)
    if _MAYBE_SCALE(low):
        _spelled(s)
    s.money.sort(key=lambda x: x.start)


def _digits(s: Sentence, lang: str) -> None:
    for m in LX.money_re.finditer(s.text):
        sym, cur = m.group("sym"), m.group("cur")
        if not sym and not cur:
            continue
        value = parse_number(m.group("num"), lang)
        if value is None:
            continue
        scale = 1
        if m.group("scale"):
            if m.group("scale").lower() in LX.scale_needs_symbol and not sym:
                continue
            scale = _scale(m.group("scale"))
        if _conversion(s, m.start()):
            continue
        code = LX.currency_symbols[sym] if sym else _currency(cur)
        s.money.append(Money(_amount(value, scale), code, m.start(), m.end(), m.group().strip()))
