"""Agreements: every document the text says was signed, adopted or exchanged, one per item of a list,
with its type, title, parties, what it concerns and the event it was signed at; hedged ("will sign")
and generic ("many agreements") mentions are left out. Cities that sign a twinning agreement are sister
cities (the agreement gives a :class:`~kg.facts.model.SisterFact` too)."""
from __future__ import annotations

import re

from ..lang import lexicon, pack
from ..lang.script import translit
from ..mentions import Sentence
from ..mentions.dates import YEAR_RE
from .context import Context
from .document_titles import titles
from .events import elsewhen, signing_event
from .model import AgreementFact, SisterFact
from .parties import parties

LX = lexicon()
OPEN_QUOTES, CLOSE_QUOTES = "«“„\"", "»”“\""
PERIOD = re.compile(r"\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}\b")
BULLET = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s+")


def extract(ctx: Context) -> list:
    found: list = []
    listing = None   # the signing sentence before, whose items may follow as bullets
    signed = None    # the sentence before, when it says documents were signed ("Among them are ..." lists them)
    for s in ctx.sentences:
        bullet = BULLET.match(s.text)
        if listing is not None and bullet:
            item = s.text[bullet.end():].rstrip(" ;.,")
            if LX.agreement_re.search(item):
                found += _agreement(ctx, s, item, bullet.end(), len(s.text), signing_event(ctx, listing),
                                    context=listing)
            continue
        listing = None
        cue = LX.sign_cue.search(s.text)
        if not cue and signed is not None and LX.among_them.match(s.text):
            for text, a, b in titles(s):
                found += _agreement(ctx, s, text, a, b, signing_event(ctx, signed), context=signed)
        signed = None
        if not cue or LX.hedge.search(s.text[max(0, cue.start() - 40):cue.end() + 5]):
            continue
        signed = s
        # "… signed the following documents:", "… signed 2 agreements." with the items on numbered or
        # bulleted lines after it
        listing = s
        batch = [ag for text, a, b in titles(s) for ag in _agreement(ctx, s, text, a, b, signing_event(ctx, s))]
        found += _shared_parties(batch)
    return _once(found)


def _shared_parties(batch: list) -> list:
    """Documents listed in one sentence whose last names its parties ("an agreement on A, a memorandum
    on B and a programme of C between Kenya and Ghana"): those that name none are the same parties'."""
    docs = [ag for ag in batch if isinstance(ag, AgreementFact)]     # (not the sister cities of a twinning)
    named = [ag.parties for ag in docs if len(ag.parties) >= 2]
    if docs and named and docs[-1].parties == named[-1]:
        for ag in docs:
            if not ag.parties:
                ag.parties = list(named[-1])
    return batch


def _once(found: list) -> list:
    """The same document named twice in one article is one agreement: the same title, or of one type
    with the words of one title among the other's ("the strategic partnership treaty" and "the
    Comprehensive Strategic Partnership Treaty"); the longer title names it."""
    seen: dict[tuple, AgreementFact] = {}
    kept = []
    for f in found:
        if not isinstance(f, AgreementFact):
            kept.append(f)
            continue
        k = (f.cls, _identity(f))
        same = seen.get(k) or _contained(f, [x for x in kept if isinstance(x, AgreementFact)])
        if same is not None:
            if len(f.label) > len(same.label) and not any(c[0] == "corridor" for c in same.concerns):
                same.label = f.label
            same.evidence.extend(e for e in f.evidence if e.sentence not in {x.sentence for x in same.evidence})
            continue
        seen[k] = f
        kept.append(f)
    return kept


def _words(label: str) -> frozenset:
    return frozenset(w[:5] for w in re.findall(r"\w{3,}", translit(label).lower()) if w not in LX.np_stop)


def _contained(f: AgreementFact, earlier: list) -> AgreementFact | None:
    """The one earlier agreement of ``f``'s type whose title's words hold ``f``'s or are held by them (a
    title of the bare noun only when there is no other of its type)."""
    mine = _words(f.label)
    same_type = [x for x in earlier if x.doc_type == f.doc_type and x.count is None and f.count is None]
    hits = [x for x in same_type if (mine <= _words(x.label) or _words(x.label) <= mine)
            and (set(x.parties) <= set(f.parties) or set(f.parties) <= set(x.parties))]
    if len(hits) != 1 or (len(same_type) > 1 and (len(mine) <= 1 or len(_words(hits[0].label)) <= 1)):
        return None
    return hits[0]


def _identity(ag: AgreementFact):
    concerns = tuple(sorted(c for c in ag.concerns if c[0] == "corridor"))
    if concerns:
        return concerns
    return re.sub(r"\W+", " ", translit(ag.label).lower()).strip()


def _periods_out(text: str) -> str:
    """The text without the years that bound a period rather than date a signing ("программа на
    2026-2028 годы", "a plan until 2030")."""
    text = PERIOD.sub(" ", text)
    return LX.target_year.sub(" ", text)


def _after(text: str, b: int) -> str:
    """What follows a title that still speaks of it ("signed in 2019"): the next 40 characters, up to the
    next document of a list ("..., программа сотрудничества на 2025-2027 годы" is that one's year)."""
    window = text[b:b + 40]
    m = LX.agreement_re.search(window)
    return window[:m.start()] if m else window


def _agreement(ctx: Context, s: Sentence, phrase: str, a: int, b: int, event: str | None, context=None) -> list:
    """One agreement from ``phrase`` (``s.text[a:b]``), and the sister cities of a twinning one;
    ``context`` is the sentence that introduced a bulleted list, whose subject gives the parties."""
    m = LX.agreement_re.search(phrase)
    if m:
        gi = next(int(k[1:]) for k, v in m.groupdict().items() if v)
        _, doc_type, cls = LX.agreement_nouns[gi]
        if doc_type == "joint declaration" and any(w in m.group().lower() for w in LX.statement_words):
            doc_type = "joint statement"
        w0 = max(0, a - 25)     # (with a modifier the title left out: "инвестиционно споразумение за ...")
        if cls == "Treaty" and any(d.end() > a - w0 for d in LX.commercial_deal.finditer(s.text[w0:b])):
            doc_type, cls = "contract", "Agreement"    # "an agreement to sell 20 aircraft": a company's deal
    else:
        doc_type, cls = "document", "Agreement"
    found_parties, concerns = parties(ctx, s, a, b)
    if context is not None and not any(p[0] == "org" for p in found_parties):
        ctx_parties, _ = parties(ctx, context, len(context.text), len(context.text))
        found_parties = found_parties if len(found_parties) >= 2 else ctx_parties
    cm = re.match(r"(\d+)\s", phrase)
    count = int(cm.group(1)) if cm else None
    year_signed = None
    # a document of another time than the event: "в 2024 году подписали ...", "signed in 2019"
    years = {int(y.group("y")) for y in YEAR_RE.finditer(_periods_out(s.text))}
    own_time = elsewhen(s) or re.search(r"\b(19|20)\d{2}\b", _after(s.text, b)) or (
        ctx.art.date is not None and years and ctx.art.date.year not in years)
    if LX.last_year.search(s.text) and ctx.art.date:
        year_signed = ctx.art.date.year - 1
    if len(phrase) > 2 and phrase[0] in OPEN_QUOTES and phrase[-1] in CLOSE_QUOTES:
        phrase = phrase[1:-1].strip()                     # a title quoted whole: «Соглашение о ...»
    phrase = pack(ctx.lang).title_nominative(phrase)      # ("подписание Протокола ...": Протокол)
    ag = AgreementFact(doc_type, cls, phrase, ctx.lang, found_parties, concerns, count=count,
                       year_signed=year_signed, event=None if own_time else event,
                       evidence=[ctx.ev(s)] + ([ctx.ev(context)] if context is not None else []))
    if ag.event:
        ev = next((v for v in ctx.out.visits if v.local == ag.event), None) or next(
            (m for m in ctx.out.meetings if m.local == ag.event), None)
        ag.date = ev.date if ev else None
    elif len(s.dates) == 1 and (year_signed is None or s.dates[0].year == year_signed) \
            and len(LX.agreement_re.findall(s.text)) == 1:
        ag.date = s.dates[0]       # signed at no event the article tells: the one day its sentence gives
        # (to the one document it names: of two, which was signed that day is not told)
    out: list = []
    if LX.twinning.search(phrase):
        cities = [c for c in s.cities if a <= c.start < b]
        if len(cities) < 2:   # "Osh and Khujand signed a twinning agreement": the cities of the sentence
            whole = list({c.gid: c for c in s.cities if not c.in_name}.values())
            cities = whole if len(whole) == 2 else cities
            if len(cities) == 2:
                ag.parties = [("city", c.gid) for c in cities]
        if len(cities) >= 2:
            out.append(SisterFact((cities[0].gid, cities[1].gid), [ctx.ev(s)]))
    if ag.cls == "Treaty" and ag.parties and all(p[0] == "city" for p in ag.parties):
        ag.cls = "Agreement"      # two cities' agreement (a twinning): no treaty between states
    return [ag] + out
