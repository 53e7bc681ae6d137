"""Trade and investment figures: an amount of money with what it measures (turnover, exports, imports,
investment, a target), the year it is for, and the states (and direction) it is between."""
from __future__ import annotations

import re

from ..lang import lexicon
from ..mentions import Sentence
from .context import Context
from .model import FigureFact

LX = lexicon()
_MEASURE_CUES = dict(LX.metric_cues[1:])      # measure -> the words that name it (not a target's)


def extract(ctx: Context) -> list[FigureFact]:
    found: list[FigureFact] = []
    carry_year: int | None = None
    for s in ctx.sentences:
        prev, prev_opens = None, False
        for i, mo in enumerate(s.money):
            seg_start = s.money[i - 1].end if i else 0
            seg_end = s.money[i + 1].start if i + 1 < len(s.money) else len(s.text)
            before = s.text[seg_start:mo.start]
            after = s.text[mo.end:seg_end]
            metric = _metric(before, after)
            opens = i + 1 < len(s.money) and bool(LX.amount_from.search(before)) and \
                LX.amount_to.fullmatch(after) is not None     # "from $1.2 billion (in 2020) to ..."
            closes = prev is not None and prev_opens and LX.amount_to.fullmatch(before) is not None
            if metric is None and prev is not None and (closes or LX.compared.search(before)
                                                        or LX.amount_then.fullmatch(before)):
                metric = prev.metric
            if metric is None and i == 0 and s.idx and LX.figure_pronoun.search(before):
                metric = _told_before(ctx.sentences[s.idx - 1])    # "Trade grew. It reached $2 billion"
                # (of the states of the figure it stands for: "A's exports to B ... It rose to ...")
                prev = next((f for f in reversed(found) if f.metric == metric), None) if metric else None
            if metric is None or (metric != "target" and LX.figure_offer.search(before[-80:])):
                continue    # no measure, or an offer ("ready to export goods worth $1 billion"): no figure
            if opens:       # the earlier value of a change: of the year right after it, or of none
                m = _year_right_after(after)
                year = int(m.group(1)) if m else None
            else:           # (the later value of a change has its own year, not the earlier one's)
                year = _year(ctx, s, mo, before, after, metric, None if closes else prev,
                             None if metric == "investment" else carry_year)   # (a stock: no year of trade's)
            fig = _direction(ctx, s, mo, metric, before, after, prev)
            if fig is None:
                continue
            frm, to, between = fig
            f = FigureFact(metric, mo.amount, mo.currency, year, between, frm, to, mo.text, [ctx.ev(s)])
            if year or not opens:
                found.append(f)       # (an earlier value of no year is left out: the change's end tells)
            if year and metric != "target" and (prev is None or closes):
                carry_year = year     # the sentence's main year, not that of a comparison
            prev, prev_opens = f, opens
        if not s.money:
            carry_year = None    # a year runs on only through sentences telling figures one after another
    return _dated_once(found)


def _dated_once(found: list[FigureFact]) -> list[FigureFact]:
    """A figure given twice, once without its year (a headline): the one with the year."""
    def same(f):
        return f.metric, f.amount, f.currency, f.between, f.from_state, f.to_state

    dated = {same(f): f for f in found if f.year}
    for f in found:
        if not f.year and same(f) in dated:
            dated[same(f)].evidence.extend(e for e in f.evidence if e not in dated[same(f)].evidence)
    return [f for f in found if f.year or same(f) not in dated]


def _told_before(s: Sentence) -> str | None:
    """The measure (no target) a sentence names, for a pronoun in the next to stand for."""
    metric = _metric(s.text, "")
    return None if metric == "target" else metric


def _metric(before: str, after: str) -> str | None:
    if LX.target_year.search(after[:30]) or \
            (LX.metric_cues[0][1].search(before) and not LX.past_growth.search(before)):
        return "target"
    best, best_pos = None, -1
    for name, rx in LX.metric_cues[1:]:
        for m in rx.finditer(before):
            if m.start() > best_pos:
                best, best_pos = name, m.start()
    if best is None:
        for name, rx in LX.metric_cues[1:]:
            m = rx.search(after[:40])
            if m and LX.metric_of.match(after):
                return name
    return best


def _year(ctx: Context, s: Sentence, mo, before, after, metric, prev, carry) -> int | None:
    if metric == "target":
        m = LX.year_by.search(after[:40]) or LX.year_by.search(before[-40:])
        return int(m.group("y")) if m else None
    # "in 2024", "for the first half of 2025", "$3.2 billion to Turkey in 2024", "RM45 billion (US$10
    # billion) in 2022" (past the amount converted)
    m = _year_right_after(after)
    if m:
        return int(m.group(1))
    if LX.previous_year.search(after[:40]) and prev is not None and prev.year:
        return prev.year - 1
    if LX.year_range.search(s.text):
        return None
    m = LX.year_before_comma.search(s.text[:mo.start])
    if m:
        return int(m.group(1))
    m = LX.figure_year.search(before) or LX.figure_period_year.search(before)
    if m:   # "в 2024 году", "за девять месяцев 2025 года", "през първото полугодие на 2025 г.",
        return int(next(g for g in m.groups() if g))   # "В январе-мае 2025 года", "In January-June 2025, ..."
    last = ctx.art.date and LX.last_year.search(before)
    if last or (ctx.art.date and LX.this_year.search(before)):
        # "Last year, trade exceeded EUR 9 billion": the year of the figure's own words, before any running
        # total ("exceeded" of a year told is that year's)
        return ctx.art.date.year - (1 if last else 0)
    if LX.figure_cumulative.search(before[-60:]) or LX.figure_cumulative.search(re.split(r"[,;]", after[:40])[0]):
        return None   # "investments have exceeded $5 billion", "$5 billion so far": a running total, of no one
        # year (the words after the amount up to the clause's end: not "..., while investments exceed")
    if ctx.art.date:     # (in the words between the amounts beside it: "X totals $1 billion, while exports
        if LX.last_year.search(before + after):     # amounted to $2 billion last year": the exports' year)
            return ctx.art.date.year - 1
        if LX.this_year.search(before + after):
            return ctx.art.date.year
    clause = re.split(r"[,;]", after[:40])[0]
    if LX.figure_same_period.search(before[-40:]) or LX.figure_same_period.search(clause):
        return prev.year if prev is not None else carry     # "during the same year": the figure before's
    if LX.figure_own_period.search(before) or LX.figure_own_period.search(clause):
        return None   # "in the most recent fiscal year": a period of its own the rules cannot date
    if prev is not None:
        return prev.year
    return carry


def _year_right_after(after: str):
    """The year the words right after an amount give it ("in 2024", "for the first half of 2025", "$3.2
    billion to Turkey in 2024", "RM45 billion (US$10 billion) in 2022": past the amount converted)."""
    after = re.sub(r"^\s*\([^()]{0,60}\)", "", after)
    return LX.year_after.match(after) or LX.year_after_part.match(after) or LX.year_after_place.match(after)


def _direction(ctx: Context, s: Sentence, mo, metric, before, after, prev):
    seg_a = mo.start - len(before)
    seg_b = mo.end + len(after)
    states = [r for r in s.states if seg_a <= r.start < seg_b and not r.in_name]
    all_states = [r for r in s.states if not r.in_name]
    pair = list(ctx.pair)
    if metric in ("turnover", "target"):
        isos = list(dict.fromkeys(r.iso for r in all_states))
        clause = seg_a + max(before.rfind(","), before.rfind(";"), 0)     # the figure's own clause
        near = list(dict.fromkeys(r.iso for r in states if r.start >= clause))
        if len(isos) > 2 and len(near) == 1 and isos[0] != near[0]:
            # "the US President ... oil fields in Syria ... wants trade with Turkey raised to $100bn": the
            # state of the figure's own clause and the sentence's first (its subject's)
            between = tuple(sorted((isos[0], near[0])))
        elif len(isos) >= 2:
            between = tuple(sorted(isos[:2]))
        elif len(isos) == 1 and len(pair) == 2 and isos[0] in pair:
            between = tuple(sorted(pair))
        elif len(pair) == 2:
            between = tuple(sorted(pair))
        else:
            return None
        return None, None, between
    if prev is not None and prev.metric == metric and not states:
        return prev.from_state, prev.to_state, prev.between
    if metric == "imports" and prev is not None and prev.metric == "exports" and not states and prev.to_state:
        # "A's exports to B rose to X, while imports from the country rose to Y": the other way
        return prev.to_state, prev.from_state, prev.between
    if metric == "investment" and len(pair) == 2 and not states and _mutual(s, mo, metric):
        return None, None, tuple(sorted(pair))     # "Two-way investment has reached $60 billion"
    frm, to = _flow(s, mo, metric, all_states)
    if frm and not to and len(pair) == 2 and frm in pair:
        to = pair[0] if pair[1] == frm else pair[1]
    if to and not frm and len(pair) == 2 and to in pair:
        frm = pair[0] if pair[1] == to else pair[1]
    if not frm or not to or frm == to:
        return None
    return frm, to, tuple(sorted((frm, to)))


def _mutual(s: Sentence, mo, metric) -> bool:
    """The measure's word right before the amount is of both sides: "two-way investment", "взаимните
    инвестиции"."""
    cue = list(_MEASURE_CUES[metric].finditer(s.text[:mo.start]))
    return bool(cue) and bool(LX.mutual_flow.search(s.text[max(0, cue[-1].start() - 25):cue[-1].start()]))


def _flow(s: Sentence, mo, metric, all_states) -> tuple:
    """(from, to) of exports, imports or investment as the sentence states them."""
    text = s.text
    rx = _MEASURE_CUES.get(metric)
    cue = (list(rx.finditer(text[:mo.start])) or list(rx.finditer(text))) if rx else None
    cue_pos = cue[-1].start() if cue else mo.start
    frm = to = None
    # the state whose exports they are: "Износът на България за ...", "exports of Kazakhstan to ...",
    # "Экспорт Казахстана в ..." (right after the cue word)
    owner = None
    if cue:
        owner = next((r.iso for r in all_states if not r.adjective and r.start >= cue[-1].end()
                      and LX.owner_of.fullmatch(text[cue[-1].end():r.start])), None)
    # "Kazakhstan's exports", "Bulgarian investments", "Turkish goods imported"
    for r in all_states:
        if r.end <= cue_pos and cue_pos - r.end <= 14 and (r.adjective or r.possessive):
            frm = r.iso
    if owner and metric != "imports":
        frm = owner
    # "to Kazakhstan", "in Kazakhstan", "into the Kazakh economy", "from Bulgaria", "за Казахстан"
    for r in all_states:
        lead = text[max(0, r.start - 12):r.start].lower()
        if LX.source_before.search(lead):
            if metric in ("imports", "investment"):
                frm = r.iso     # (investment "from the US" came from there)
        elif LX.dest_before.search(lead) and r.iso != frm and r.iso != owner:
            if to is None:
                to = r.iso
    if frm is None and metric == "investment":
        # the investor is the state named as an adjective ("the Turkish company ... signed ... investments")
        adj = [r for r in all_states if r.adjective and r.iso != to and r.end <= mo.start]
        if adj:
            frm = adj[0].iso
            if to is None:
                to = next((r.iso for r in all_states if not r.adjective and r.iso != frm), None)
    if frm is None:
        subj = [r for r in all_states if r.iso != to and r.end <= mo.start]
        if subj:
            frm = subj[0].iso
    if metric == "imports":
        # imports of A from B are exports from B to A
        importer = owner
        for r in all_states:
            if r.end <= cue_pos and cue_pos - r.end <= 14 and (r.adjective or r.possessive):
                importer = r.iso
        exporter = None
        for r in all_states:
            if LX.source_before.search(text[max(0, r.start - 12):r.start].lower()):
                exporter = r.iso
        frm, to = exporter, importer
    return frm, to
