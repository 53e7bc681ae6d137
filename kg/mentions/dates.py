"""Dates a sentence names: calendar dates (ISO, day-month, month-day, spans of days), and, counted from
the article's date, "today", "yesterday" and weekdays; a dateline's date goes after the event's."""
from __future__ import annotations

import datetime as dt
import re

from ..lang import lexicon, pack
from ..lang.prefixes import quick_test
from .model import Sentence
from .scan import DIGIT, MONTH, WEEKDAY, YESTERDAY

LX = lexicon()
_MAYBE_TODAY = quick_test(LX.today.pattern)
DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# "09.06.2025 г.", "9/6/2025": day first with dots; with slashes as the article's language writes them
DATE_NUMERIC = re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<s>[./])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d{2})(?![\d.]\d)")
# after the date of a dateline: "ASTANA, 20 March 2025 —", "MOSCOW, Nov 12 (Reuters) -"
DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[.,]?\s*(?:[—–-]|\(|$)")
YEAR_RE = re.compile(r"(?<![\d,.])(?P<y>(?:18|19|20)\d{2})(?![\d%])")


def dates(s: Sentence, article_date: dt.date | None, lang: str = "") -> None:
    found: list[tuple[int, dt.date, int]] = []    # (start, date, end of a calendar date; -1 for "today" ...)
    has_month = s.every & MONTH
    for rx in (DATE_ISO, LX.date_dmy, LX.date_mdy) if has_month else (DATE_ISO,):
        for m in rx.finditer(s.text):
            month = m.group("m")
            mo = int(month) if month.isdigit() else LX.months.get(month.lower())
            y = m.group("y")
            year = int(y) if y else (article_date.year if article_date else None)
            if not mo or not year:
                continue
            try:
                found.append((m.start(), dt.date(year, mo, int(m.group("d"))), m.end()))
            except ValueError:
                continue
    if s.every & DIGIT:
        found += _numeric(s.text, lang, article_date)
    if article_date:
        found += _relative(s, article_date, bool(found))
    found.sort()
    if len(found) > 1 and s.idx < 2 and found[0][0] < 40 and found[0][2] >= 0 \
            and DATELINE_AFTER.match(s.text, found[0][2]):
        # a dateline before the lead ("ASTANA, 20 March 2025 — ... on 17-19 March"): the event's dates first
        found = found[1:] + found[:1]
    for _, d, _ in found:
        if d not in s.dates:
            s.dates.append(d)


def _numeric(text: str, lang: str, article_date: dt.date | None = None) -> list:
    """Numeric dates: with dots day first ("09.06.2025"); with slashes in the order the language writes them
    ("9/6/2025" month first in English), unless only the other order is a date ("25/6/2025") or, both
    being dates, the other lies nearer the article's date (news tells of days around its own)."""
    out = []
    for m in DATE_NUMERIC.finditer(text):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        slash = m.group("s") == "/"
        first = (b, a) if slash and pack(lang).words("SLASH_MONTH_FIRST") else (a, b)   # (day, month)
        readings = []
        for day, month in (first, first[::-1]) if a != b else (first,):
            try:
                readings.append(dt.date(year, month, day))
            except ValueError:
                continue
        if not readings:
            continue
        d = readings[0]
        if slash and len(readings) == 2 and article_date:
            d = min(readings, key=lambda x: abs((x - article_date).days))
        out.append((m.start(), d, m.end()))
    return out


def _relative(s: Sentence, article_date: dt.date, dated: bool) -> list:
    """"today", "yesterday", and (where the sentence gives no date) a weekday: the latest such day up to
    the article's date, or the first from it on in a sentence of something to come ("talks are scheduled
    for Tuesday", "на вторник запланированы переговоры")."""
    found = []
    if _MAYBE_TODAY(s.text.lower()):
        for m in LX.today.finditer(s.text):
            found.append((m.start(), article_date, -1))
    if s.every & YESTERDAY:
        for m in LX.yesterday.finditer(s.text):
            found.append((m.start(), article_date - dt.timedelta(days=1), -1))
    if not dated and not found and s.every & WEEKDAY:
        ahead = None
        for m in LX.weekday_re.finditer(s.text):
            if not m.group("next"):
                ahead = bool(LX.meeting_to_come.search(s.text)) if ahead is None else ahead
                shift = (LX.weekdays[m.group("d").lower()] - article_date.weekday()) % 7 if ahead else \
                    -((article_date.weekday() - LX.weekdays[m.group("d").lower()]) % 7)
                found.append((m.start(), article_date + dt.timedelta(days=shift), -1))
    return found
