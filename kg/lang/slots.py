"""The words of every pack merged, compiled once: what the shared code reads.

Each slot (a module-level name a pack may define, listed in :data:`kg.lang.base.SLOTS`) is merged across the packs
in their order (English, Bulgarian, Russian): lists of pattern fragments become one alternation placed
in the slot's template below, word sets become one set, ordered lists are concatenated. The templates
hold only structure (spaces, digits, punctuation, groups), never a word of a language.
"""
from __future__ import annotations

import re

from . import slots_numbers as numbers, symbols
from .script import CYR_LOWER, CYR_UPPER, LATIN_UPPER, UPPER

I = re.IGNORECASE


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
                      _documents, _document_titles, numbers.money, numbers.figure_years, numbers.dates):
            build(self, m)


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def _names(lx: Lexicon, m: _Merge) -> None:
    lx.abbreviations = m.words("ABBREVIATIONS")
    lx.boilerplate = _c(rf"^\s*{m.alt('BOILERPLATE_STARTS')}\b", I)
    lx.date_field = _c(rf"\s*{m.alt('DATE_FIELD')}:?\s+(\d{{4}}-\d{{2}}-\d{{2}})\b")
    for attr in ("NAME_STOP", "SENT_START_STOP", "NAME_PARTICLES", "PATRONYMIC_PARTICLES", "NAME_SUFFIXES",
                 "FAMILY_ARTICLES"):
        setattr(lx, attr.lower(), m.words(attr))
    lx.patronymic_word = _c(rf"\w{{3,}}(?:{m.alt('PATRONYMIC_ENDINGS')})", I)
    lx.honorifics = m.words("HONORIFICS")
    lx.title_names = m.words("TITLE_NAMES")
    lx.before_name = _c(rf"\s*(?:{m.alt('BEFORE_NAME')})\s+")
    lx.honorific_name = _c(rf"(?<!\w){m.alt('HONORIFIC_TITLES')}\s+(?P<given>[A-Z{CYR_UPPER}][\w-]+)")
    lx.counterpart_words = m.words("COUNTERPART_WORDS")
    lx.former_qualifiers = m.words("FORMER_QUALIFIERS")
    lx.event_words = m.words("EVENT_WORDS")
    lx.not_places = m.words("NOT_PLACES")
    lx.not_state_names = _c(m.alt("NOT_STATE_NAMES"))
    lx.historic_states = m.list("HISTORIC_STATES")
    lx.state_forms = m.words("STATE_FORMS")
    lx.name_stop_names = m.words("NAME_STOP_NAMES")
    lx.state_form_stems = tuple(m.list("STATE_FORM_STEMS"))
    lx.surname_shape = _c(rf"{m.alt('SURNAME_SHAPE')}$", I)
    lx.surname_case_endings = tuple(m.list("SURNAME_CASE_ENDINGS"))
    lx.place_plural_endings = tuple(m.list("PLACE_PLURAL_ENDINGS"))
    lx.indeclinable_name = _c(rf"{m.alt('INDECLINABLE_NAMES')}$")
    lx.name_key_endings = _c(rf"(?<=\w{{3}}){m.alt('NAME_KEY_ENDINGS')}$")
    lx.possessive = _c(m.alt("POSSESSIVE"))
    lx.currency_after_state = {iso: _c(rf"\s*(?:{'|'.join(f'(?:{p})' for p in ps)})")
                               for iso, ps in m.dict("CURRENCY_AFTER_STATE").items()}
    # (lowercase particles inside: "Mohamed bin Zayed Al Nahyan, President of the UAE")
    particles = "|".join(sorted(m.words("NAME_PARTICLES") | m.words("PATRONYMIC_PARTICLES"), key=len, reverse=True))
    lx.name_before = _c(rf"((?:[{UPPER}][\w’'-]+\s(?:(?:{particles})\s)?){{1,4}}[{UPPER}][\w’'-]+)\.?\s*(?:,|\s[–—-])\s*"
                        rf"(?:{m.alt('ARTICLES')}\s+)?([\w-]+\s+)?$")
    # Cyrillic stems: the endings a noun or adjective may carry, and what a stored stem drops
    lx.noun_endings = sorted(m.words("NOUN_ENDINGS"), key=len, reverse=True)
    lx.a_stem_oblique = tuple(sorted(m.words("A_STEM_OBLIQUE")))
    lx.case_nominative = m.dict("CASE_NOMINATIVE")
    lx.a_stem_nominative, lx.a_stem_finals, lx.not_a_stem_endings = (tuple(sorted(m.words(x))) for x in (
        "A_STEM_NOMINATIVE", "A_STEM_FINALS", "NOT_A_STEM_ENDINGS"))
    lx.adjective_endings = m.words("ADJECTIVE_ENDINGS")
    lx.adjective_only_endings = tuple(sorted(m.words("ADJECTIVE_ONLY_ENDINGS")))
    lx.stem_suffixes = tuple(m.list("STEM_SUFFIXES"))
    lx.stem_letters = "".join(sorted({ch for v in m.values("STEM_LETTERS") for ch in v}))
    lx.modifier_endings = tuple(m.list("MODIFIER_ENDINGS"))
    lx.definite_endings = _c(rf"{m.alt('DEFINITE_ENDINGS')}$")


def _titles(lx: Lexicon, m: _Merge) -> None:
    lx.titles = m.list("BODY_TITLES") + m.list("TITLES")
    lx.minister_field = _c(m.alt("MINISTER_FIELDS"), I)
    lx.title_re = _c(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t, _ in lx.titles) + r")(?!\w)", I)
    lx.counterpart_titles = _c(m.alt("COUNTERPART_TITLES"), I)
    lx.former = _c(rf"\b{m.alt('FORMER')}\W*$", I)
    lx.title_of = _c(rf"\s+{m.alt('GENITIVE_OF')}")
    lx.staff_before, lx.staff_after = _c(m.alt('STAFF_BEFORE'), I), _c(m.alt('STAFF_AFTER'), I)
    lx.posted_to, lx.title_ours = _c(rf"\s+{m.alt('POSTED_TO')}", I), _c(rf"\s+{m.alt('TITLE_OURS')}(?!\w)", I)
    lx.counterpart_from = _c(rf"\s+{m.alt('COUNTERPART_FROM')}", I)
    lx.title_of_optional = _c(rf"\s+{m.alt('GENITIVE_OF')}?")
    lx.owner_of = _c(rf"\s*{m.alt('GENITIVE_OF')}?", I)
    lx.form_of = _c(rf"(\w+)\s+{m.alt('FORM_OF')}?")
    lx.after_of = _c(rf"\s+{m.alt('FORM_OF')}")
    lx.award_of = _c(rf"\s+{m.alt('FORM_OF')}[\"“„«]?((?:(?:St|Ste|Sv)\.\s?|[{LATIN_UPPER}][\w’'-]+\s?){{1,4}})[\"”»]?")
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
    lx.article_before = _c(rf"(?<!\w){m.alt('ARTICLES')}\s+$", I)     # "met with the| Prime Minister, X"
    lx.visit_cue = _c(m.alt("VISIT_CUE"), I)
    lx.visit_negative = _c(m.alt("VISIT_NEGATIVE"), I)
    lx.visit_anaphor = _c(m.alt("VISIT_ANAPHOR"), I)
    lx.visit_end = _c(m.alt("VISIT_END"), I)
    lx.visit_length = [_c(p, I) for p in m.list("VISIT_LENGTH")]
    lx.visit_to = _c(rf"\w*\s+{m.alt('VISIT_TO')}\s+{the}")
    lx.visit_verb = _c(m.alt("VISIT_VERB"), I)
    lx.visit_to_come = _c(m.alt("VISIT_TO_COME"), I)
    lx.visited_object = _c(rf"\s+{the}(?:{m.alt('REPUBLIC_OF')}\s+)?")
    lx.visit_host_at = _c(rf"\w*\s+{m.alt('VISIT_TO')}\s+{the}(?:{m.alt('REPUBLIC_OF')}\s+)?")
    lx.and_more = _c(rf"\s*(?:,|{m.alt('LIST_AND')})\s+{the}")
    lx.placed_in = _c(rf"{m.alt('PLACED_IN')}\s+{the}$", I)
    lx.visit_of = _c(rf"{m.alt('VISIT_OF')}\s+([\w-]+\s+){{0,2}}$", I)
    lx.visit_under_way = _c(m.alt("VISIT_UNDER_WAY"), I)
    lx.visit_own_country = _c(m.alt("VISIT_OWN_COUNTRY"), I)
    lx.visit_our_country = _c(m.alt("VISIT_OUR_COUNTRY"), I)
    lx.posted_home = _c(rf"\s+(?:{m.alt('VISIT_OUR_COUNTRY')})", I)     # ("посланика на Чили у нас X")
    lx.elsewhen = _c(m.alt("ELSEWHEN"), I)


def _meetings(lx: Lexicon, m: _Merge) -> None:
    lx.meeting_cue = _c(m.alt("MEETING_CUE"), I)
    lx.gathering_cue = _c(m.alt("GATHERING_CUE"), I)
    lx.remote_cue = _c(m.alt("REMOTE_CUE"), I)
    lx.meeting_to_come = _c(m.alt("MEETING_TO_COME"), I)
    lx.held_cue = _c(m.alt("HELD_CUE"), I)
    lx.both_leaders = _c(m.alt("BOTH_LEADERS"), I)
    lx.greeted_at = _c(m.alt('GREETED_AT'), I)
    lx.capital_word = _c(m.alt('CAPITAL_WORDS'), I)
    lx.capital_before = _c(rf"(?<!\w)(?:{m.alt('CAPITAL_WORDS')})(?:\s+(?:{m.alt('CAPITAL_OF')}))?\s+$", I)
    lx.spoke_cue = _c(m.alt('SPOKE_CUE'), I)
    lx.both_in = _c(rf"{m.alt('BOTH_IN')}$")
    lx.where_visiting = _c(m.alt('WHERE_VISITING'), I)
    lx.visiting_guest = _c(rf"{m.alt('VISITING_GUEST')}$", I)
    lx.meeting_with = _c(rf"{m.alt('MEETING_WITH')}[^,.;]*$", I)
    lx.with_word = _c(m.alt('MEETING_WITH'), I)      # the word alone, anywhere
    lx.he_and = _c(rf"\W*(?:{m.alt('HE_AND')})")
    lx.sidelines = _c(m.alt("SIDELINES"), I)
    lx.together_talks = _c(m.alt("TOGETHER_TALKS"), I)
    lx.received_cue = _c(m.alt("RECEIVED_CUE"), I)
    lx.received_passive = _c(m.alt("RECEIVED_PASSIVE"), I)
    lx.named_gathering = _c(m.alt("NAMED_GATHERING"))
    lx.gathering_nominative = [(_c("^" + p), r) for p, r in m.list("GATHERING_NOMINATIVE")]
    lx.council_words = _c(m.alt("COUNCIL_WORDS"), I)
    lx.cabinet_words = _c(m.alt("CABINET_WORDS"), I)
    lx.ordinal_before = _c(rf"(?<![\d./-])(\d{{1,3}}){m.alt('ORDINAL_SUFFIXES')}?\s+(?:\w+\s+){{0,3}}$")   # (not a year)


def _awards(lx: Lexicon, m: _Merge) -> None:
    lx.award_cue = _c(m.alt("AWARD_CUE"), I)
    lx.award_heads = m.words("AWARD_HEADS")
    stems = m.list("AWARD_HEAD_STEMS")
    lx.award_head_stems = tuple(stems)
    lx.award_quoted = _c(r"(?<!\w)((?:" + "|".join(stems) + r")\w*)\s+[„\"«“]([^“”\"»]{2,60})[“”\"»]", I)
    capitalised = "|".join(f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in stems)
    lx.award_bare = _c(rf"(?<!\w)((?:{capitalised})\w*)\s+((?:[{CYR_UPPER}][{CYR_LOWER}-]+)"
                       rf"(?:\s+[{CYR_UPPER}][{CYR_LOWER}-]+){{0,2}})(?!\w)")
    lx.award_hint = tuple(s[1:] for s in stems)
    # a capitalised head word and one lowercase word in the genitive, the name ending there: "Орденом дружбы."
    lx.award_lower = _c(rf"(?<!\w)((?:{'|'.join(s[0].upper() + s[1:] for s in stems)})\w*)\s+([{CYR_LOWER}][{CYR_LOWER}-]+)"
                        rf"(?=\s*(?:[,.;:)»“”\"]|$))")
    # one lowercase word ending a bare name ("орден Стара планина", "орденом Дружбы народов"), when only a
    # degree, a function word or punctuation follows it
    lx.award_tail = _c(rf"\s+([{CYR_LOWER}][{CYR_LOWER}-]+)(?=\s*(?:[,.;:)»“”\"]|$)|\s+(?:{m.alt('AWARD_DEGREE')})\b|"
                       rf"\s+[{CYR_LOWER}]{{1,3}}\s)")
    lx.confer_before = _c(m.alt("CONFER_BEFORE"), I)
    lx.on_behalf = _c(rf"(?<!\w)(?:{m.alt('ON_BEHALF')})(?!\w)", I)
    lx.confer_verb = _c(rf"(?<!\w)(?:{m.alt('CONFER_VERB')})(?!\w)", I)
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
    # "established 60 years ago", "30 лет назад", "преди 30 години": counted back from the report's year
    lx.years_ago = _c(rf"\b(?P<n>\d{{1,3}})\s+{m.alt('YEARS_WORDS')}\s+{m.alt('AGO_AFTER')}(?!\w)|"
                      rf"(?<!\w){m.alt('AGO_BEFORE')}\s+(?P<n2>\d{{1,3}})\s+{m.alt('YEARS_WORDS')}", I)
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
    lx.org_word_keys = sorted(m.dict("ORG_WORD_KEYS").items(), key=lambda kv: -len(kv[0]))   # longest stem first
    lx.org_complement_preps = m.words("ORG_BODY_END")
    lx.leading_words = m.words("ORG_BODY_SKIP")
    lx.genitive_endings = _c(rf"{m.alt('GENITIVE_ENDINGS')}$")
    lx.verb_endings = _c(rf"{m.alt('VERB_ENDINGS')}$")
    lx.genitive_adjective_endings = _c(rf"{m.alt('GENITIVE_ADJECTIVE_ENDINGS')}$")


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
    # (a place of two words too: "Северна Македония"; kg.mentions.corridors keeps it where a place ends so)
    part = rf"[{CYR_UPPER}][{CYR_LOWER}]+(?:\s+{m.alt('SEA_WORDS')}|\s+[{CYR_UPPER}][{CYR_LOWER}]+)?"
    lx.sea_words = _c(m.alt('SEA_WORDS'), I)
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
    # "the documents signed include ...: A; B", or a sentence opening "Among them are A, B" (after one that
    # says the documents were signed)
    # ... and a plural document noun before a colon or a dash ("three joint statements — on A, on B and on C")
    plurals = "|".join(sorted((re.escape(k) for k in m.dict("DOCUMENT_SINGULAR")), key=len, reverse=True))
    lx.documents_list = _c(rf"{m.alt('DOCUMENTS_LIST')}|^\s*(?:{m.alt('AMONG_THEM')})\b\s*[–—:-]?\s*|"
                           rf"(?<!\w)(?:{plurals})(?!\w)[^.:—–]{{0,40}}?(?::|\s[—–])\s", I)
    lx.list_split = _c(rf",\s*{m.alt('LIST_CONJ')}\s+|;\s*|,\s+(?={m.alt('LIST_ITEM_STARTS')}\s)|,\s*|"
                       rf"\s+{m.alt('LIST_LONG_CONJ')}\s+", I)
    articles = rf"(?:{m.alt('ITEM_ARTICLES')}\s+)?"
    lx.item_split_and = _c(rf"\s+{m.alt('LIST_AND')}\s+(?={articles}{lx.agreement_any})", I)
    lx.item_lead = _c(rf"^(?:{m.alt('ITEM_CONJ')}\s+)?{articles}", I)
    lx.not_item_starts = tuple(m.list("NOT_ITEM_STARTS"))
    lx.trailing_conj = _c(rf"\s+{m.alt('TRAILING_CONJ')}$", I)
    # what links a list to the next item, at a piece's end: ", and a", " и", ", както и"
    lx.trailing_links = _c(rf"(?:[\s,;]+(?:{m.alt('TRAILING_CONJ')}|{m.alt('ITEM_ARTICLES')})(?!\w))*[\s,;]*$", I)
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
    lx.determiners = m.words("DETERMINERS")
    lx.signed_in = m.words("SIGNED_IN")
    lx.title_enumeration = _c(m.alt('TITLE_ENUMERATION'))
    for slot in ("FIGURE_CUMULATIVE", "FIGURE_OFFER", "FIGURE_PRONOUN", "FIGURE_OWN_PERIOD", "FIGURE_SAME_PERIOD"):
        setattr(lx, slot.lower(), _c(m.alt(slot), I))
    lx.mutual_flow = _c(rf"{m.alt('MUTUAL_FLOW')}\s*$", I)
    lx.commercial_deal = _c(m.alt('COMMERCIAL_DEAL'), I)
    lx.doc_count = _c(rf"(?<!\w){m.alt('DOC_COUNT')}\s+(?:\w+\s+)?$", I)
    lx.doc_anaphor = _c(rf"(?<!\w){m.alt('DOC_ANAPHOR')}(?!\w)", I)
    lx.np_end = _c(rf",|;|\.(?:\s|$)|[”\"»]|\s+{m.alt('NP_END_WORDS')}\b|\s+{m.alt('NP_END_PLACE')}\b")
    lx.and_the = _c(rf"\s+{m.alt('AND_THE')}\b")
    lx.and_word = _c(rf"\b{m.alt('LIST_AND')}\b")
    lx.clause_start = _c(rf"[,;]\s*{m.alt('CLAUSE_CONJ')}?\s")
    # the longest fragments first, whichever pack gives them ("в области" before a bare "в")
    intros = sorted(m.list("FIELD_INTRO"), key=len, reverse=True)
    lx.field_intro = _c(r"\s+(?:" + "|".join(f"(?:{p})" for p in intros) + r")\s+", I)
    lx.field_end = _c(rf";|\.(?:\s|$)|:|\(|[”\"»]|,\s*{lx.agreement_any}|\s+{m.alt('LIST_LONG_CONJ')}\s|"
                      rf"\s+(?:{m.alt('FIELD_END_WORDS')}|{m.alt('NP_END_WORDS')})\b|\s+{m.alt('NP_END_PLACE')}\b", I)
    lx.field_and = _c(rf"\s+{m.alt('LIST_AND')}\s+", I)
    lx.document_singular = m.dict("DOCUMENT_SINGULAR")
    lx.among_them = _c(rf"\s*(?:{m.alt('AMONG_THEM')})\b\s*[–—:-]?\s*", I)
