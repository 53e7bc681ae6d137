"""The slots of numbers compiled: money (amounts, currencies, scales, number words), the years a figure
is of, and dates (days, months, weekdays, today and yesterday); one part of :class:`kg.lang.slots.Lexicon`,
whose builders each take the lexicon being built and the packs' merged slots (``_Merge``)."""
from __future__ import annotations

import re

from . import symbols

I = re.IGNORECASE
_c = re.compile
METRICS = ("target", "investment", "imports", "exports", "turnover")


def money(lx, m) -> None:
    lx.currency_words = m.list("CURRENCY_WORDS")
    lx.scales = sorted(m.list("SCALES"), key=lambda pf: -pf[1])
    lx.scale_needs_symbol = m.words("SCALE_NEEDS_SYMBOL")
    lx.currency_symbols = dict(symbols.CURRENCY_SYMBOLS)
    lx.currency_symbols.update({c: c for c in symbols.CURRENCY_CODES_BEFORE})
    lx.currency_symbols.update(symbols.CURRENCY_PREFIXES)
    cur = "|".join(f"(?:{p})" for p, _ in lx.currency_words)
    lx.currency_alternation = cur
    scale = "|".join(f"(?:{p})" for p, _ in lx.scales)
    signs = "|".join(re.escape(x) for x in sorted(symbols.CURRENCY_SYMBOLS, key=len, reverse=True))
    written = "|".join(re.escape(x) for x in list(symbols.CURRENCY_CODES_BEFORE) + list(symbols.CURRENCY_PREFIXES))
    lx.money_re = _c(
        r"(?P<sym>" + signs + r"|(?-i:(?<!\w)(?:" + written + r")(?=\s?\d)))?\s?"
        r"(?P<num>\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        r"(?:\s?(?P<scale>" + scale + r"))?(?!\w)(?:\s?(?P<cur>" + cur + r"))?(?![\w])", I)
    lx.number_words = m.dict("NUMBER_WORDS")
    words = "|".join(re.escape(w) for w in sorted(lx.number_words, key=len, reverse=True))
    # "two billion dollars", "одного миллиарда долларов": a number word, a scale word, a currency word
    lx.word_money_re = _c(r"(?<!\w)(?P<word>" + words + r")\s+(?P<scale>" + scale + r")(?!\w)\s?(?P<cur>" + cur
                          + r")(?![\w])", I)
    per_metric = {}
    for values in m.values("METRIC_CUES"):
        for metric, parts in values.items():
            per_metric.setdefault(metric, []).extend(parts)
    lx.metric_cues = [(k, _c("|".join(f"(?:{p})" for p in per_metric.get(k, ["(?!)"])), I)) for k in METRICS]
    lx.past_growth = _c(m.alt("PAST_GROWTH"), I)
    lx.compared = _c(m.alt("COMPARED"), I)
    lx.metric_of = _c(rf"\s*{m.alt('METRIC_OF')}\b")
    # "grew from $1.2 billion (in 2020) to $2.5 billion": the first amount is the earlier value
    lx.amount_from = _c(rf"(?<!\w)(?:{m.alt('AMOUNT_FROM')})\s*$", I)
    lx.amount_to = _c(rf"\s*(?:{m.alt('YEAR_PREP')}\s+(?:19|20)\d{{2}}\W{{0,3}}(?:\w{{1,5}}\.?\s+)?)?"
                      rf"(?:{m.alt('AMOUNT_TO')})(?!\w)\s*", I)
    # "rose to $300 million in 2023 and further to $420 million in 2024": the second is of the same measure
    lx.amount_then = _c(rf"\s*(?:{m.alt('YEAR_PREP')}\s+(?:19|20)\d{{2}}(?:\s+\w{{1,5}}\.?)?)?\s*,?\s*"
                        rf"(?:{m.alt('AMOUNT_THEN')})(?!\w)\s*", I)
    the = rf"(?:{m.alt('ARTICLES')}\s+)?"
    lx.source_before = _c(rf"\b{m.alt('SOURCE_PREP')}\s+{the}$")
    lx.dest_before = _c(rf"\b{m.alt('DEST_PREP_BEFORE')}\s+{the}$")


def figure_years(lx, m) -> None:
    the = rf"(?:{m.alt('ARTICLES')}\s+)?"
    year = rf"(?:{m.alt('YEAR_PREFIX')})?((?:19|20)\d{{2}})\b"     # ("in FY2024", "in fiscal 2024")
    lx.target_year = _c(m.alt("TARGET_YEAR"), I)
    lx.year_by = _c(rf"\b{m.alt('BY_YEAR')}\s+(?P<y>(?:19|20)\d{{2}})", I)
    to = rf"(?:{m.alt('RANGE_TO')}|–|-)"
    lx.year_range = _c(rf"\b{m.alt('RANGE_FROM')}\s+(19|20)\d{{2}}\s*{to}\s*(19|20)\d{{2}}|"
                       rf"\b{m.alt('SINCE_YEAR')}\s+(19|20)\d{{2}}\b(?!\s*{to}\s*\d)", I)
    lx.previous_year = _c(m.alt("PREVIOUS_YEAR"), I)
    lx.last_year = _c(m.alt("LAST_YEAR"), I)
    lx.next_year = _c(m.alt("NEXT_YEAR"), I)
    lx.this_year = _c(m.alt("THIS_YEAR"), I)
    prep = m.alt("YEAR_PREP")
    lx.year_after = _c(rf"\s*{prep}\s+{year}")
    lx.year_after_part = _c(rf"\s*{prep}\s+{the}(?:{m.alt('PART_OF_YEAR')}|[\w–-]+\s+)?{year}", I)
    lx.year_after_place = _c(rf"\s*{m.alt('DEST_PREP')}\s+{the}[^\W\d][\w-]*\s+{m.alt('IN_YEAR_PREP')}\s+{year}",
                             I)
    lx.year_before_comma = _c(rf"(?:^|[,;]\s*|\b{m.alt('IN_YEAR_PREP')}\s+){year}(?:\s*{m.alt('YEAR_ABBR')})?\s*,",
                              I)
    lx.figure_year = _c(rf"\b{m.alt('FIGURE_YEAR_PREP')}\s+{year}", I)
    lx.in_year = _c(rf"(?<!\w){m.alt('IN_YEAR_PREP')}\s+((?:19|20)\d{{2}})(?!\d)", I)
    lx.figure_period_year = _c(m.alt("FIGURE_PERIOD_YEAR"), I)


def dates(lx, m) -> None:
    lx.months = m.dict("MONTHS")
    mon = "|".join(sorted(lx.months, key=len, reverse=True))
    # "17 March", "17-19 March" (a span of days: its first day), "17 и 18 март"
    # "17 March", "17-19 March", "17 и 18 март", "от 17 до 19 март" (a span of days: its first day)
    lx.date_dmy = _c(rf"\b(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}}|\s+(?:{m.alt('LIST_AND')}|{m.alt('RANGE_TO')})\s+\d{{1,2}})?"
                     rf"\s+(?P<m>{mon})"
                     r"\.?(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b", I)
    lx.date_mdy = _c(rf"\b(?P<m>{mon})\.?\s+(?P<d>\d{{1,2}}){m.alt('DAY_SUFFIXES')}?\b"
                     r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?", I)
    lx.weekdays = m.dict("WEEKDAYS")
    days = "|".join(sorted(lx.weekdays, key=len, reverse=True))
    lx.weekday_re = _c(rf"(?<!\w)(?P<next>{m.alt('NEXT_WORDS')}\s+)?(?P<d>{days})(?!\w)", I)
    lx.yesterday = _c(m.alt("YESTERDAY"), I)
    lx.yesterday_words = m.words("YESTERDAY_WORDS")
    lx.today = _c(m.alt("TODAY"), I)
