"""What a pattern's matches can start with: the set of its possible first characters (up to ``n`` of
them), read off the parsed pattern, so that a finder tries a long alternation only at the words that
can start a match (a dictionary test per word instead of the regular expression at every word).

>>> sorted(starts(r"(?:chairman|speaker) of|vice[- ]president", n=2))
['ch', 'sp', 'vi']
>>> starts(r"\\w+ said") is None     # a class of every word character: anything can start it
True
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

_MAX_CLASS = 80      # a class of more characters than this tells nothing


def starts(pattern: str, flags: int = re.IGNORECASE, n: int = 2) -> frozenset | None:
    """The lowercase first ``n`` characters every match of ``pattern`` starts with (a shorter string
    where a match can be shorter), or None when they cannot be told."""
    try:
        found = _starts(list(P.parse(pattern, flags)), n)
    except (RecursionError, TypeError, ValueError):
        return None
    return None if found is None else frozenset(s.lower() for s in found)


def quick_test(pattern: str, flags: int = re.IGNORECASE, n: int = 4):
    """A cheap test that is False only where ``pattern`` cannot match: whether the lowercased text holds
    one of the strings every match starts with. (Always True when they cannot be told.)

    >>> maybe = quick_test(r"\\b(today|this morning)\\b|сегодня")
    >>> maybe("they met today."), maybe("they met on monday.")
    (True, False)
    """
    found = starts(pattern, flags, n)
    if found is None or "" in found:
        return lambda low: True
    # one alternation of the literal heads: searched at C speed, not a Python loop over them
    rx = re.compile("|".join(re.escape(h) for h in sorted(found, key=len, reverse=True)))
    return lambda low: rx.search(low) is not None


def _starts(items: list, n: int):
    if n == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in (C.AT, C.ASSERT_NOT, C.ASSERT) and (op is not C.ASSERT or av[0] < 0):
        return _starts(rest, n)          # zero-width: a boundary, a lookbehind
    if op is C.SUBPATTERN:
        return _starts(list(av[3]) + rest, n)
    if op is C.BRANCH:
        out: set = set()
        for branch in av[1]:
            got = _starts(list(branch) + rest, n)
            if got is None:
                return None
            out |= got
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if lo == 0:
            skip = _starts(rest, n)
            once = _starts(list(sub) + rest, n)
            return None if skip is None or once is None else skip | once
        return _starts(list(sub) + ([(op, (lo - 1, hi if hi == C.MAXREPEAT else hi - 1, sub))] if hi != 1 else [])
                       + rest, n)
    heads = _chars(op, av)
    if heads is None:
        return None
    tails = _starts(rest, n - 1)
    if tails is None:
        return None
    return {h + t for h in heads for t in tails}


def _chars(op, av):
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        out = set()
        for kind, value in av:
            if kind is C.LITERAL:
                out.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < _MAX_CLASS:
                out.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return out if len(out) <= _MAX_CLASS else None
    return None
