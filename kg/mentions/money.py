"""Money a sentence names: a number with a scale word and a currency (symbol, word or ISO code, before
or after it), normalised to whole units and ISO 4217."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..lang import lexicon, pack
from .model import Money, Sentence

LX = lexicon()


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
    if not any(t.text[:1].isdigit() for t in s.tokens):
        return      # no number, no money (a quick test: the money expression is slow to try everywhere)
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
            scale = next(v for p, v in LX.scales if re.fullmatch(p, sc))
            if sc in LX.scale_needs_symbol and not sym:
                continue
        if sym:
            code = LX.currency_symbols[sym]
        else:
            code = next(c for p, c in LX.currency_words if re.fullmatch(p, cur.lower()))
        amount = (value * scale).normalize()
        if amount == amount.to_integral():
            amount = amount.quantize(Decimal(1))
        s.money.append(Money(amount, code, m.start(), m.end(), m.group().strip()))
