"""The words of every pack merged, compiled once: what the shared code reads.

Each slot (a module-level name a pack may define, listed in :data:`SLOTS`) is merged across the packs
in their order (English, Bulgarian, Russian): lists of pattern fragments become one alternation placed
in the slot's template below, word sets become one set, ordered lists are concatenated. The templates
hold only structure (spaces, digits, punctuation, groups), never a word of a language.
"""
from __future__ import annotations

import re

from . import symbols
from .script import CYR_LOWER, CYR_UPPER, LATIN_UPPER, UPPER

I = re.IGNORECASE
METRICS = ("target", "investment", "imports", "exports", "turnover")


class _Merge:
    """Reads one slot across the packs."""

    def __init__(self, packs):
        self.packs = packs

    def values(self, slot):
        return [v for p in self.packs if (v := p.words(slot)) is not None]

    def list(self, slot) -> list:
        out = []
        for v in self.values(slot):
            out.extend(x for x in v if x not in out)
        return out

    def alt(self, slot) -> str:
        """``(?:a|b|...)`` of the fragments every pack gives ``slot``; ``(?!)`` (never) when none does."""
        parts = self.list(slot)
        return "(?:" + "|".join(f"(?:{p})" for p in parts) + ")" if parts else "(?!)"

    def words(self, slot) -> frozenset:
        return frozenset(w for v in self.values(slot) for w in v)

    def dict(self, slot) -> dict:
        out: dict = {}
        for v in self.values(slot):
            for k, x in v.items():
                out.setdefault(k, x)
        return out


class Lexicon:
    """Compiled patterns and merged word sets; see the builders below for what each one is."""

    def __init__(self, packs):
        m = _Merge(packs)
        for build in (_names, _titles, _visits, _meetings, _awards, _relations, _organizations, _corridors,
                      _documents, _document_titles, _money, _figure_years, _dates):
            build(self, m)


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def _names(lx: Lexicon, m: _Merge) -> None:
    lx.abbreviations = m.words("ABBREVIATIONS")
    lx.boilerplate = _c(rf"^\s*{m.alt('BOILERPLATE_STARTS')}\b", I)
    lx.date_field = _c(rf"\s*{m.alt('DATE_FIELD')}:?\s+(\d{{4}}-\d{{2}}-\d{{2}})\b")
    lx.name_stop = m.words("NAME_STOP")
    lx.sent_start_stop = m.words("SENT_START_STOP")
    lx.name_particles = m.words("NAME_PARTICLES")
    lx.honorifics = m.words("HONORIFICS")
    lx.honorific_name = _c(rf"(?<!\w){m.alt('HONORIFIC_TITLES')}\s+(?P<given>[A-Z{CYR_UPPER}][\w-]+)")
    lx.counterpart_words = m.words("COUNTERPART_WORDS")
    lx.former_qualifiers = m.words("FORMER_QUALIFIERS")
    lx.event_words = m.words("EVENT_WORDS")
    lx.not_places = m.words("NOT_PLACES")
    lx.historic_states = m.list("HISTORIC_STATES")
    lx.state_forms = m.words("STATE_FORMS")
    lx.state_form_stems = tuple(m.list("STATE_FORM_STEMS"))
    lx.surname_shape = _c(rf"{m.alt('SURNAME_SHAPE')}$", I)
    lx.surname_case_endings = tuple(m.list("SURNAME_CASE_ENDINGS"))
    lx.name_key_endings = _c(rf"(?<=\w{{3}}){m.alt('NAME_KEY_ENDINGS')}$")
    lx.possessive = _c(m.alt("POSSESSIVE"))
    lx.currency_after_state = {iso: _c(rf"\s*(?:{'|'.join(f'(?:{p})' for p in ps)})")
                               for iso, ps in m.dict("CURRENCY_AFTER_STATE").items()}
    lx.name_before = _c(rf"((?:[{UPPER}][\w’'-]+\s){{1,3}}[{UPPER}][\w’'-]+)\s*,\s*(?:{m.alt('ARTICLES')}\s+)?"
                        r"([\w-]+\s+)?$")
    # Cyrillic stems: the endings a noun or adjective may carry, and what a stored stem drops
    lx.noun_endings = sorted(m.words("NOUN_ENDINGS"), key=len, reverse=True)
    lx.adjective_endings = m.words("ADJECTIVE_ENDINGS")
    lx.stem_suffixes = tuple(m.list("STEM_SUFFIXES"))
    lx.stem_letters = "".join(sorted({ch for v in m.values("STEM_LETTERS") for ch in v}))
    lx.modifier_endings = tuple(m.list("MODIFIER_ENDINGS"))
    lx.definite_endings = _c(rf"{m.alt('DEFINITE_ENDINGS')}$")


def _titles(lx: Lexicon, m: _Merge) -> None:
    lx.titles = m.list("BODY_TITLES") + m.list("TITLES")
    lx.title_re = _c(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t, _ in lx.titles) + r")(?!\w)", I)
    lx.counterpart_titles = _c(m.alt("COUNTERPART_TITLES"), I)
    lx.former = _c(rf"\b{m.alt('FORMER')}\W*$", I)
    lx.title_of = _c(rf"\s+{m.alt('GENITIVE_OF')}")
    lx.title_of_optional = _c(rf"\s+{m.alt('GENITIVE_OF')}?")
    lx.owner_of = _c(rf"\s*{m.alt('GENITIVE_OF')}?", I)
    lx.form_of = _c(rf"(\w+)\s+{m.alt('FORM_OF')}?")
    lx.after_of = _c(rf"\s+{m.alt('FORM_OF')}")
    lx.award_of = _c(rf"\s+{m.alt('FORM_OF')}((?:[{LATIN_UPPER}][\w’'-]+\s?){{1,4}})")
    lx.government_body = _c(m.alt("GOVERNMENT_BODY"))
    lx.plural_titles = m.list("PLURAL_TITLES")
    lx.plural_title_re = _c(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t, _ in lx.plural_titles) + r")(?!\w)", I)
    lx.portfolio = _c(m.alt("PORTFOLIO"))     # case-sensitive: the Cyrillic ones end before a capital
    lx.invitation = _c(m.alt("INVITATION"), I)
    lx.person_verbs = m.alt("PERSON_VERBS")
    lx.person_verb = _c(rf"(?P<name>(?:[{UPPER}][\w’'-]+\s){{1,2}}[{UPPER}][\w’'-]+)\s+"
                        rf"(?:{m.alt('PERSON_VERB_AUX')}\s+)?{m.alt('PERSON_VERBS')}\b")


def _visits(lx: Lexicon, m: _Merge) -> None:
    the = rf"(?:{m.alt('ARTICLES')}\s+)?"
    lx.visit_cue = _c(m.alt("VISIT_CUE"), I)
    lx.visit_negative = _c(m.alt("VISIT_NEGATIVE"), I)
    lx.visit_to = _c(rf"\w*\s+{m.alt('VISIT_TO')}\s+{the}")
    lx.visit_host_at = _c(rf"\w*\s+{m.alt('VISIT_TO')}\s+{the}(?:{m.alt('REPUBLIC_OF')}\s+)?")
    lx.and_more = _c(rf"\s*(?:,|{m.alt('LIST_AND')})\s+{the}")
    lx.placed_in = _c(rf"{m.alt('PLACED_IN')}\s+{the}$", I)
    lx.visit_of = _c(rf"{m.alt('VISIT_OF')}\s+([\w-]+\s+){{0,2}}$", I)
    lx.visit_under_way = _c(m.alt("VISIT_UNDER_WAY"), I)
    lx.elsewhen = _c(m.alt("ELSEWHEN"), I)


def _meetings(lx: Lexicon, m: _Merge) -> None:
    lx.meeting_cue = _c(m.alt("MEETING_CUE"), I)
    lx.meeting_to_come = _c(m.alt("MEETING_TO_COME"), I)
    lx.held_cue = _c(m.alt("HELD_CUE"), I)
    lx.both_leaders = _c(m.alt("BOTH_LEADERS"), I)
    lx.sidelines = _c(m.alt("SIDELINES"), I)
    lx.received_cue = _c(m.alt("RECEIVED_CUE"), I)
    lx.named_gathering = _c(m.alt("NAMED_GATHERING"))
    lx.gathering_nominative = [(_c("^" + p), r) for p, r in m.list("GATHERING_NOMINATIVE")]
    lx.council_words = _c(m.alt("COUNCIL_WORDS"), I)
    lx.cabinet_words = _c(m.alt("CABINET_WORDS"), I)
    lx.ordinal_before = _c(rf"(\d+){m.alt('ORDINAL_SUFFIXES')}?\s+(?:\w+\s+){{0,2}}$")


def _awards(lx: Lexicon, m: _Merge) -> None:
    lx.award_cue = _c(m.alt("AWARD_CUE"), I)
    lx.award_heads = m.words("AWARD_HEADS")
    stems = m.list("AWARD_HEAD_STEMS")
    lx.award_quoted = _c(r"(?<!\w)((?:" + "|".join(stems) + r")\w*)\s+[„\"«“]([^“”\"»]{2,60})[“”\"»]", I)
    capitalised = "|".join(f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in stems)
    lx.award_bare = _c(rf"(?<!\w)((?:{capitalised})\w*)\s+((?:[{CYR_UPPER}][{CYR_LOWER}-]+)"
                       rf"(?:\s+[{CYR_UPPER}][{CYR_LOWER}-]+){{0,2}})(?!\w)")
    lx.award_hint = tuple(s[1:] for s in stems)
    lx.confer_before = _c(m.alt("CONFER_BEFORE"), I)
    lx.recipient_after = _c(m.alt("RECIPIENT_AFTER"))
    lx.giver_before = _c(m.alt("GIVER_BEFORE"))
    lx.giver_after = _c(rf"\W*{m.alt('GIVER_AFTER')}")
    lx.awarded_to = _c(m.alt("AWARDED_TO"), I)
    lx.by_decree = _c(rf"{m.alt('BY_DECREE')}\s+(?:\w+\s+){{0,3}}$")
    lx.awarded_before = _c(rf"(?<!\w){m.alt('AWARDED_BEFORE')}\s+(?:\w+\s+){{0,3}}$")
    lx.award_generic = m.words("AWARD_GENERIC")


def _relations(lx: Lexicon, m: _Merge) -> None:
    lx.relations_cue = _c(m.alt("RELATIONS_CUE"), I)
    lx.established = _c(m.alt("ESTABLISHED"), I)
    lx.two_states = _c(m.alt("TWO_STATES"), I)
    lx.anniversary = _c(rf"\b(?P<n>\d{{1,3}}){m.alt('ANNIVERSARY_ORDINAL')}?[\s-]+(?:\w+\s+)?{m.alt('ANNIVERSARY')}|"
                        rf"\b(?P<n2>\d{{1,3}})\s+{m.alt('YEARS_WORDS')}\s+{m.alt('SINCE_WORDS')}\s+"
                        rf"(?:{m.alt('ARTICLES')}\s+)?{m.alt('ESTABLISH_WORDS')}", I)
    lx.both_sides = _c(m.alt("BOTH_SIDES"), I)
    lx.twinning = _c(m.alt("TWINNING"), I)


def _organizations(lx: Lexicon, m: _Merge) -> None:
    lx.org_heads = m.words("ORG_HEADS")
    lx.org_head_stems = tuple(m.list("ORG_HEAD_STEMS"))
    lx.org_of = _c(rf"\s+{m.alt('ORG_OF')}")
    lx.org_and = _c(rf"\s+{m.alt('ORG_AND')}")
    preps = m.words("ORG_PREPOSITIONS")
    lx.org_prepositions = preps
    lx.org_prep = _c(r"\s+(" + "|".join(sorted(preps)) + r")\s+")
    lx.org_purpose_prep = m.words("ORG_PURPOSE_PREP")
    lx.org_definite_prep = m.words("ORG_DEFINITE_PREP")
    lx.org_complement_stop = m.words("ORG_COMPLEMENT_STOP")
    lx.genitive_endings = _c(rf"{m.alt('GENITIVE_ENDINGS')}$")
    lx.verb_endings = _c(rf"{m.alt('VERB_ENDINGS')}$")


def _corridors(lx: Lexicon, m: _Merge) -> None:
    lx.corridor_heads = m.dict("CORRIDOR_HEADS")
    lx.corridor_heads_cyr = tuple((k, v) for k, v in lx.corridor_heads.items() if not k.isascii())
    # a sentence without any of these letters in a row has no corridor head word (a quick test first)
    lx.corridor_hint = _c("|".join(sorted(map(re.escape, lx.corridor_heads), key=len, reverse=True)), I)
    lx.corridor_generic = m.words("CORRIDOR_GENERIC")
    lx.corridor_prefixes = m.words("CORRIDOR_PREFIXES")
    signs = "|".join(list(symbols.NUMBER_SIGNS) + [f"(?:{s})" for s in m.list("NUMBER_SIGNS")])
    lx.corridor_number = _c(rf"(?<!\w)({'|'.join(m.list('CORRIDOR_NUMBER_HEADS'))})\s*(?:{signs})\s*"
                            r"(\d+|[IVX]+)\b")
    lx.corridor_key_number = _c(rf"(?:{signs})\s*(\w+)$")
    part = rf"[{CYR_UPPER}][{CYR_LOWER}]+(?:\s+{m.alt('SEA_WORDS')})?"
    lx.corridor_chain = _c(rf"(?<!\w)({m.alt('CHAIN_HEADS')}\w*)\s+({part}(?:\s*[–—-]\s*{part})+)(?!\w)")
    lx.runs_through = _c(m.alt("RUNS_THROUGH"), I)
    lx.through_after = _c(rf"\s+{m.alt('THROUGH_AFTER')}\b", I)
    lx.place_list_gap = _c(rf"(?:\s|,|–|—|-|\b{m.alt('PLACE_LIST_WORDS')}\b)*", I)
    # longest first: of two endings one of which ends the other, the longer is dropped
    lx.corridor_key_suffixes = sorted(m.list("CORRIDOR_KEY_SUFFIXES"), key=len, reverse=True)


def _documents(lx: Lexicon, m: _Merge) -> None:
    lx.agreement_nouns = m.list("AGREEMENT_NOUNS")
    nouns = lx.agreement_nouns
    lx.agreement_any = r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _, _ in nouns) + r")(?!\w)"
    lx.agreement_re = _c(r"(?<!\w)(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _, _) in enumerate(nouns))
                         + r")(?!\w)", I)
    lx.statement_words = m.words("STATEMENT_WORDS")
    lx.leading_article = _c(rf"^{m.alt('LEADING_ARTICLES')}\s+", I)
    lx.sign_cue = _c(rf"{m.alt('EXCHANGE_OF')}(?={lx.agreement_any})|{m.alt('SIGN_CUE')}", I)
    lx.hedge = _c(m.alt("HEDGE"), I)
    lx.documents_list = _c(m.alt("DOCUMENTS_LIST"), I)
    lx.list_split = _c(rf",\s*{m.alt('LIST_CONJ')}\s+|;\s*|,\s+(?={m.alt('LIST_ITEM_STARTS')}\s)|,\s*|"
                       rf"\s+{m.alt('LIST_LONG_CONJ')}\s+", I)
    articles = rf"(?:{m.alt('ITEM_ARTICLES')}\s+)?"
    lx.item_split_and = _c(rf"\s+{m.alt('LIST_AND')}\s+(?={articles}{lx.agreement_any})", I)
    lx.item_lead = _c(rf"^(?:{m.alt('ITEM_CONJ')}\s+)?{articles}", I)
    lx.not_item_starts = tuple(m.list("NOT_ITEM_STARTS"))
    lx.trailing_conj = _c(rf"\s+{m.alt('TRAILING_CONJ')}$", I)
    lx.and_agreement = _c(rf"\s+{m.alt('LIST_AND')}\s+{articles}{lx.agreement_any}", I)
    lx.vague_quantity = _c(m.alt("VAGUE_QUANTITY"), I)
    lx.between = _c(rf"\b{m.alt('BETWEEN')}\b", I)
    lx.between_two = _c(rf"\b{m.alt('BETWEEN_TWO')}\b", I)


def _document_titles(lx: Lexicon, m: _Merge) -> None:
    lx.plural = _c(rf"{m.alt('PLURAL_ENDINGS')}$")
    lx.not_plural = _c(rf"{m.alt('NOT_PLURAL_ENDINGS')}$")
    lx.plural_words = tuple(m.list("PLURAL_WORDS"))
    lx.package_worth = _c(rf"\b{m.alt('PACKAGE_WORTH')}\b", I)
    lx.complement_words = _c(rf"\b{m.alt('COMPLEMENT_WORDS')}\b", I)
    lx.np_stop = m.words("NP_STOP")
    lx.np_modifiers = m.words("NP_MODIFIERS")
    lx.np_end = _c(rf",|;|\.(?:\s|$)|[”\"»]|\s+{m.alt('NP_END_WORDS')}\b|\s+{m.alt('NP_END_PLACE')}\b")
    lx.and_the = _c(rf"\s+{m.alt('AND_THE')}\b")
    lx.and_word = _c(rf"\b{m.alt('LIST_AND')}\b")
    lx.clause_start = _c(rf"[,;]\s*{m.alt('CLAUSE_CONJ')}?\s")


def _money(lx: Lexicon, m: _Merge) -> None:
    lx.currency_words = m.list("CURRENCY_WORDS")
    lx.scales = sorted(m.list("SCALES"), key=lambda pf: -pf[1])
    lx.scale_needs_symbol = m.words("SCALE_NEEDS_SYMBOL")
    lx.currency_symbols = dict(symbols.CURRENCY_SYMBOLS)
    lx.currency_symbols.update({c: c for c in symbols.CURRENCY_CODES_BEFORE})
    cur = "|".join(f"(?:{p})" for p, _ in lx.currency_words)
    lx.currency_alternation = cur
    scale = "|".join(f"(?:{p})" for p, _ in lx.scales)
    lx.money_re = _c(
        r"(?P<sym>US\$|\$|€|£|₸|₽|¥|₺|(?-i:(?<!\w)(?:" + "|".join(symbols.CURRENCY_CODES_BEFORE) + r")(?=\s?\d)))?\s?"
        r"(?P<num>\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
        r"(?:\s?(?P<scale>" + scale + r"))?(?!\w)(?:\s?(?P<cur>" + cur + r"))?(?![\w])", I)
    per_metric = {}
    for values in m.values("METRIC_CUES"):
        for metric, parts in values.items():
            per_metric.setdefault(metric, []).extend(parts)
    lx.metric_cues = [(k, _c("|".join(f"(?:{p})" for p in per_metric.get(k, ["(?!)"])), I)) for k in METRICS]
    lx.past_growth = _c(m.alt("PAST_GROWTH"), I)
    lx.compared = _c(m.alt("COMPARED"), I)
    lx.metric_of = _c(rf"\s*{m.alt('METRIC_OF')}\b")
    the = rf"(?:{m.alt('ARTICLES')}\s+)?"
    lx.source_before = _c(rf"\b{m.alt('SOURCE_PREP')}\s+{the}$")
    lx.dest_before = _c(rf"\b{m.alt('DEST_PREP_BEFORE')}\s+{the}$")


def _figure_years(lx: Lexicon, m: _Merge) -> None:
    the = rf"(?:{m.alt('ARTICLES')}\s+)?"
    year = r"((?:19|20)\d{2})\b"
    lx.target_year = _c(m.alt("TARGET_YEAR"), I)
    lx.year_by = _c(rf"\b{m.alt('BY_YEAR')}\s+(?P<y>(?:19|20)\d{{2}})", I)
    to = rf"(?:{m.alt('RANGE_TO')}|–|-)"
    lx.year_range = _c(rf"\b{m.alt('RANGE_FROM')}\s+(19|20)\d{{2}}\s*{to}\s*(19|20)\d{{2}}|"
                       rf"\b{m.alt('SINCE_YEAR')}\s+(19|20)\d{{2}}\b(?!\s*{to}\s*\d)", I)
    lx.previous_year = _c(m.alt("PREVIOUS_YEAR"), I)
    lx.last_year = _c(m.alt("LAST_YEAR"), I)
    lx.this_year = _c(m.alt("THIS_YEAR"), I)
    prep = m.alt("YEAR_PREP")
    lx.year_after = _c(rf"\s*{prep}\s+{year}")
    lx.year_after_part = _c(rf"\s*{prep}\s+{the}(?:{m.alt('PART_OF_YEAR')}|[\w–-]+\s+)?{year}", I)
    lx.year_after_place = _c(rf"\s*{m.alt('DEST_PREP')}\s+{the}[^\W\d][\w-]*\s+{m.alt('IN_YEAR_PREP')}\s+{year}",
                             I)
    lx.year_before_comma = _c(rf"(?:^|[,;]\s*|\b{m.alt('IN_YEAR_PREP')}\s+){year}(?:\s*{m.alt('YEAR_ABBR')})?\s*,",
                              I)
    lx.figure_year = _c(rf"\b{m.alt('FIGURE_YEAR_PREP')}\s+{year}", I)
    lx.figure_period_year = _c(m.alt("FIGURE_PERIOD_YEAR"), I)


def _dates(lx: Lexicon, m: _Merge) -> None:
    lx.months = m.dict("MONTHS")
    mon = "|".join(sorted(lx.months, key=len, reverse=True))
    # "17 March", "17-19 March" (a span of days: its first day), "17 и 18 март"
    lx.date_dmy = _c(rf"\b(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}}|\s+{m.alt('LIST_AND')}\s+\d{{1,2}})?\s+(?P<m>{mon})"
                     r"\.?(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b", I)
    lx.date_mdy = _c(rf"\b(?P<m>{mon})\.?\s+(?P<d>\d{{1,2}}){m.alt('DAY_SUFFIXES')}?\b"
                     r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?", I)
    lx.weekdays = m.dict("WEEKDAYS")
    days = "|".join(sorted(lx.weekdays, key=len, reverse=True))
    lx.weekday_re = _c(rf"(?<!\w)(?P<next>{m.alt('NEXT_WORDS')}\s+)?(?P<d>{days})(?!\w)", I)
    lx.yesterday = _c(m.alt("YESTERDAY"), I)
    lx.yesterday_words = m.words("YESTERDAY_WORDS")
    lx.today = _c(m.alt("TODAY"), I)


# Every name a pack may define, with what it is (the pack interface; see kg/lang/base.py).
SLOTS = {
    # names, sentences and pages
    "ABBREVIATIONS": "words after which a full stop does not end a sentence",
    "BOILERPLATE_STARTS": "patterns: a line starting a page's 'more news' block",
    "DATE_FIELD": "patterns: the word of a 'date: YYYY-MM-DD' first line",
    "NAME_STOP": "words never part of a name", "SENT_START_STOP": "capitalised words that start no name",
    "NAME_PARTICLES": "lowercase words inside names (von, bin)", "HONORIFICS": "honorifics before a name",
    "HONORIFIC_TITLES": "patterns: honorifics before a given name (case-sensitive)",
    "COUNTERPART_WORDS": "words between a state adjective and a title",
    "FORMER_QUALIFIERS": "words making 'X, the former president of Y' a former holder",
    "EVENT_WORDS": "words of events and documents", "NOT_PLACES": "gazetteer names that are ordinary words",
    "HISTORIC_STATES": "names of former states", "STATE_FORMS": "words for a form of state",
    "STATE_FORM_STEMS": "stems of words for a form of state", "SURNAME_SHAPE": "patterns: surname endings",
    "SURNAME_CASE_ENDINGS": "case endings of surnames, in the order tried",
    "NAME_KEY_ENDINGS": "patterns: endings dropped from a name's key", "POSSESSIVE": "patterns: a possessive",
    "CURRENCY_AFTER_STATE": "ISO code -> patterns: words after a state's code that make it a currency",
    "ARTICLES": "patterns: articles before a noun", "NOUN_ENDINGS": "case endings of nouns",
    "ADJECTIVE_ENDINGS": "adjective endings", "STEM_SUFFIXES": "two-letter endings a stored stem drops",
    "STEM_LETTERS": "final letters a stored stem drops", "MODIFIER_ENDINGS": "endings of adjectives before a head word",
    "DEFINITE_ENDINGS": "patterns: the definite article on a noun",
    # titles
    "BODY_TITLES": "(pattern, role) of titles of a body", "PLURAL_TITLES": "(pattern, role) of a title of several people", "TITLES": "(pattern, role) of titles of office",
    "COUNTERPART_TITLES": "patterns: 'counterpart'", "FORMER": "patterns: words making a holder former",
    "GENITIVE_OF": "patterns: between a noun and its owner ('of the')", "FORM_OF": "patterns: after a form of state",
    "GOVERNMENT_BODY": "patterns: a government body between a title and its state (case-sensitive)",
    "INVITATION": "patterns: 'at the invitation of'", "PORTFOLIO": "patterns: a minister's portfolio after the title", "PERSON_VERB_AUX": "patterns: auxiliaries before a verb",
    "PERSON_VERBS": "patterns: verbs people do ('said')",
    # events
    "VISIT_CUE": "patterns: a visit", "VISIT_NEGATIVE": "patterns: no visit despite the word",
    "VISIT_TO": "patterns: after a visit word, before the place", "REPUBLIC_OF": "patterns: 'Republic of'",
    "PLACED_IN": "patterns: before a place something happens in", "VISIT_OF": "patterns: 'the visit of'",
    "VISIT_UNDER_WAY": "patterns: a visit under way", "ELSEWHEN": "patterns: another time named",
    "MEETING_CUE": "patterns: talks", "MEETING_TO_COME": "patterns: a meeting still to come",
    "HELD_CUE": "patterns: 'held'", "BOTH_LEADERS": "patterns: 'both leaders'", "SIDELINES": "patterns: 'on the sidelines'",
    "RECEIVED_CUE": "patterns: 'received'", "NAMED_GATHERING": "patterns: a named forum or summit (case-sensitive)",
    "GATHERING_NOMINATIVE": "(pattern, replacement): a gathering's heading in the nominative",
    "COUNCIL_WORDS": "patterns: bodies that meet", "CABINET_WORDS": "patterns: the government as a council",
    "ORDINAL_SUFFIXES": "patterns: suffixes of ordinals", "MEETING_LABEL": "the label of unnamed talks",
    "AWARD_CUE": "patterns: conferring an award", "AWARD_HEADS": "head words of awards",
    "AWARD_HEAD_STEMS": "stems of award head words before a quoted name", "CONFER_BEFORE": "patterns: before a recipient",
    "RECIPIENT_AFTER": "patterns: after a recipient", "GIVER_BEFORE": "patterns: before a giver",
    "GIVER_AFTER": "patterns: after a giver", "AWARDED_TO": "patterns: 'awarded to'", "BY_DECREE": "patterns: 'by decree of'",
    "AWARDED_BEFORE": "patterns: a passive 'awarded' before the recipient", "AWARD_GENERIC": "words of award names that tell none apart",
    "RELATIONS_CUE": "patterns: diplomatic relations", "ESTABLISHED": "patterns: established",
    "TWO_STATES": "patterns: 'the two countries'", "ANNIVERSARY": "patterns: an anniversary",
    "ANNIVERSARY_ORDINAL": "patterns: an ordinal's suffix before 'anniversary'", "YEARS_WORDS": "patterns: 'years'",
    "SINCE_WORDS": "patterns: 'since'", "ESTABLISH_WORDS": "patterns: 'establishment'",
    "BOTH_SIDES": "patterns: 'the two governments'", "TWINNING": "patterns: twinned cities",
    # organizations and corridors
    "ORG_HEADS": "head words of organizations", "ORG_HEAD_STEMS": "stems of organization head words",
    "ORG_OF": "patterns: 'of' after an organization's head", "ORG_AND": "patterns: 'and' inside a name",
    "ORG_PREPOSITIONS": "prepositions of an organization's complement", "ORG_PURPOSE_PREP": "prepositions whose complement runs on",
    "ORG_DEFINITE_PREP": "prepositions followed by a definite noun", "ORG_COMPLEMENT_STOP": "words ending a complement",
    "ORG_NOMINATIVE": "(stem, ending): head words in the nominative", "ORG_CASE_ENDINGS": "case endings of head words",
    "GENITIVE_ENDINGS": "patterns: genitive endings", "VERB_ENDINGS": "patterns: verb endings",
    "CORRIDOR_HEADS": "head word -> kind of route", "CORRIDOR_GENERIC": "words of corridor names that tell none apart",
    "CORRIDOR_PREFIXES": "prefixes of such words", "CORRIDOR_NUMBER_HEADS": "patterns: 'Corridor' before a number",
    "NUMBER_SIGNS": "patterns: 'No.'", "CHAIN_HEADS": "patterns: a head word before a chain of places",
    "SEA_WORDS": "patterns: 'sea'", "RUNS_THROUGH": "patterns: 'runs through'", "THROUGH_AFTER": "patterns: 'via'",
    "PLACE_LIST_WORDS": "patterns: words between places of a list",
    "CORRIDOR_KEY_SUFFIXES": "transliterated adjective endings dropped from a corridor's key",
    # documents
    "AGREEMENT_NOUNS": "(pattern, type, class) of documents", "LEADING_ARTICLES": "patterns: an article before a name", "STATEMENT_WORDS": "words making a declaration a statement",
    "EXCHANGE_OF": "patterns: 'exchange of'", "SIGN_CUE": "patterns: signing", "HEDGE": "patterns: a hedge",
    "DOCUMENTS_LIST": "patterns: a list of documents", "LIST_CONJ": "patterns: conjunctions in lists",
    "LIST_LONG_CONJ": "patterns: 'as well as'", "LIST_ITEM_STARTS": "patterns: words an item starts with",
    "ITEM_CONJ": "patterns: conjunctions before an item", "TRAILING_CONJ": "patterns: conjunctions after an item",
    "NOT_ITEM_STARTS": "starts of pieces that are no items", "VAGUE_QUANTITY": "patterns: 'a number of'",
    "PLURAL_ENDINGS": "patterns: plural endings", "NOT_PLURAL_ENDINGS": "patterns: endings that are not plural",
    "PLURAL_WORDS": "irregular plurals", "PACKAGE_WORTH": "patterns: 'worth'", "COMPLEMENT_WORDS": "patterns: complement words",
    "NP_STOP": "words before a title", "NP_MODIFIERS": "lowercase words of titles", "NP_END_WORDS": "patterns: after a title",
    "NP_END_PLACE": "patterns: where a title ends", "AND_THE": "patterns: 'and the'", "LIST_AND": "patterns: 'and'",
    "ITEM_ARTICLES": "patterns: articles before an item", "BETWEEN": "patterns: 'between'",
    "CLAUSE_CONJ": "patterns: conjunctions starting a clause", "BETWEEN_TWO": "patterns: 'between the two'",
    # money, figures and time
    "CURRENCY_WORDS": "(pattern, ISO 4217)", "SCALES": "(pattern, factor)", "SCALE_NEEDS_SYMBOL": "scale words needing a symbol",
    "DECIMAL_COMMA": "whether the language writes a decimal comma", "METRIC_CUES": "metric -> patterns",
    "PAST_GROWTH": "patterns: a figure reached", "COMPARED": "patterns: compared with", "METRIC_OF": "patterns: after an amount",
    "SOURCE_PREP": "patterns: 'from'", "DEST_PREP_BEFORE": "patterns: 'to'", "MONTHS": "month name -> number",
    "WEEKDAYS": "weekday name -> number", "NEXT_WORDS": "patterns: 'next'", "YESTERDAY": "patterns: 'yesterday'",
    "YESTERDAY_WORDS": "words: 'yesterday'", "TODAY": "patterns: 'today'", "DAY_SUFFIXES": "patterns: 'st' after a day",
    "TARGET_YEAR": "patterns: 'by 2030'", "BY_YEAR": "patterns: 'by'", "RANGE_FROM": "patterns: 'from'",
    "RANGE_TO": "patterns: 'to'", "SINCE_YEAR": "patterns: 'since'", "PREVIOUS_YEAR": "patterns: 'the previous year'",
    "LAST_YEAR": "patterns: 'last year'", "THIS_YEAR": "patterns: 'this year'", "YEAR_PREP": "patterns: 'in' a year",
    "PART_OF_YEAR": "patterns: 'the first half of'", "DEST_PREP": "patterns: 'to' a state", "IN_YEAR_PREP": "patterns: 'in' a year",
    "YEAR_ABBR": "patterns: 'y.' after a year", "FIGURE_YEAR_PREP": "patterns: 'in' a figure's year",
    "FIGURE_PERIOD_YEAR": "patterns with one group: a period and its year",
}
