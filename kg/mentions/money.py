"""Money a sentence names: a number with a scale word and a currency (symbol, word or ISO code, before
or after it), normalised to whole units and ISO 4217."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..lang import lexicon, pack
from ..lang.prefixes import quick_test
from .model import Money, Sentence
from .scan import DIGIT

LX = lexicon()
_SCALES = [(re.compile(p), v) for p, v in LX.scales]
_CURRENCIES = [(re.compile(p), c) for p, c in LX.currency_words]
# money needs a currency: a symbol or code, or a currency word (a quick test before the slow expression)
_MAYBE_WORD = quick_test(LX.currency_alternation, n=3)
_SYMBOLS = tuple(LX.currency_symbols)


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


def money(s: Sentence, lang: str) -> None:
    if not s.every & DIGIT:
        return      # no number, no money (a quick test: the money expression is slow to try everywhere)
    if not any(sym in s.text for sym in _SYMBOLS) and not _MAYBE_WORD(s.text.lower()):
        return      # no currency either
    for m in LX.money_re.finditer(s.text):
        sym, cur = m.group("sym"), m.group("cur")
        if not sym and not cur:
            continue
        value = parse_number(m.group("num"), lang)
        if value is None:
            continue
        scale = 1
        if m.group("scale"):
            sc = m.group("scale").lower()
            scale = next(v for p, v in _SCALES if p.fullmatch(sc))
            if sc in LX.scale_needs_symbol and not sym:
                continue
        if sym:
            code = LX.currency_symbols[sym]
        else:
            code = next(c for p, c in _CURRENCIES if p.fullmatch(cur.lower()))
        amount = (value * scale).normalize()
        if amount == amount.to_integral():
            amount = amount.quantize(Decimal(1))
        s.money.append(Money(amount, code, m.start(), m.end(), m.group().strip()))
