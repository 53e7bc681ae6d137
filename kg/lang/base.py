"""The interface of a language pack: what one language tells the rest of dipkg.

A pack is a sub-package of :mod:`kg.lang` (``en``, ``bg``, ``ru``) whose modules hold its words as
module-level names (spaCy's ``lang/<code>/`` layout: ``stop_words.py``, ``titles.py``, ``cues.py``,
``documents.py``, ``lex_attrs.py``) and whose ``__init__`` declares one :class:`Pack` subclass,
``Defaults``, naming those modules and the language's few rules of grammar. Shared code never reads a
pack's words one language at a time: it reads :func:`kg.lang.lexicon`, the words of every pack merged
(articles quote other languages, and Bulgarian and Russian write many words alike), and asks
:func:`kg.lang.pack` only for what depends on the article's language (its decimal separator, how it
declines names, what it calls talks).

The names a pack may define are the slots of :data:`SLOTS` below; a test checks that every name a
pack defines is one of them.
"""
from __future__ import annotations


class Pack:
    """One language. The class attributes are its rules; ``modules`` hold its words."""

    code = "und"
    script = "latin"               # "latin" or "cyrillic"
    modules: tuple = ()
    decimal_comma = True           # "375,2" (every language here but English)
    names_declined = True          # a Cyrillic name after a title in an oblique case is declined (Russian)
    genitive_complements = False   # an organization's complement in the genitive, without a preposition
    typical_letters = ""           # letters that tell this language from others of its script
    typical_words: frozenset = frozenset()
    iso3166_locale: str | None = None   # pycountry's translation of state names, None: pycountry's own (English)
    meeting_label = "Talks"        # the label of talks that have no name of their own
    home_states: tuple = ()        # the states whose news is written in this language alone (their
                                   # leaders are named by surname without the state being named)

    def words(self, slot: str):
        """The value this pack gives ``slot`` (a module-level name of one of its modules), or None."""
        for m in self.modules:
            if hasattr(m, slot):
                return getattr(m, slot)
        return None

    def defined(self) -> set[str]:
        """Every slot name the pack's modules define."""
        return {n for m in self.modules for n in vars(m) if n.isupper() and not n.startswith("_")}

    def nominative(self, name: str, title: str) -> str:
        """``name`` in the nominative, as the ``title`` before it shows its case (identity by default)."""
        return name

    def org_nominative(self, name: str) -> str:
        """An organization's name with its head word in the nominative (identity by default)."""
        return name

    def title_nominative(self, title: str) -> str:
        """A document's title with its head word in the nominative (identity by default)."""
        return title


# Every name a pack may define, with what it is: the words of the pack interface.
SLOTS = {
    # names, sentences and pages
    "ABBREVIATIONS": "words after which a full stop does not end a sentence",
    "BOILERPLATE_STARTS": "patterns: a line starting a page's 'more news' block",
    "DATE_FIELD": "patterns: the word of a 'date: YYYY-MM-DD' first line",
    "NAME_STOP": "words never part of a name", "NAME_STOP_NAMES": "words of NAME_STOP that, capitalised after a name's first word, are part of it ('Ahmed Said')", "SENT_START_STOP": "capitalised words that start no name",
    "NAME_PARTICLES": "lowercase words inside names (von, bin)", "NAME_SUFFIXES": "words after a surname that are no surname ('Jr')", "FAMILY_ARTICLES": "capitalised words before a ruling family's name ('Al Thani'): the holder is called by the given name, the family name is the whole family's", "PATRONYMIC_PARTICLES": "particles after a given name that start a patronymic: the word before them is no surname", "PATRONYMIC_ENDINGS": "patterns: endings of a patronymic between a given name and a surname ('-ovich' of 'Mikhail Vladimirovich Mishustin')",
    "HONORIFICS": "honorifics before a name",
    "TITLE_NAMES": "words that are titles and given names too ('Sultan'): right after a title and before more of a name, a name",
    "HONORIFIC_TITLES": "patterns: honorifics before a given name (case-sensitive)",
    "BEFORE_NAME": "patterns: a military rank (or a word of one) or a hyphenated honorific between a title (with its state) and the name",
    "COUNTERPART_WORDS": "words between a state adjective and a title", "MINISTER_FIELDS": "patterns: a word of a minister's field between a state and the title ('Defence' Minister)",
    "FORMER_QUALIFIERS": "words making 'X, the former president of Y' a former holder",
    "EVENT_WORDS": "words of events and documents", "NOT_PLACES": "gazetteer names that are ordinary words",
    "HISTORIC_STATES": "names of former states", "STATE_FORMS": "words for a form of state",
    "STATE_FORM_STEMS": "stems of words for a form of state", "SURNAME_SHAPE": "patterns: surname endings",
    "SURNAME_CASE_ENDINGS": "case endings of surnames, in the order tried",
    "INDECLINABLE_NAMES": "patterns: endings of place names that keep one form in every case",
    "PLACE_PLURAL_ENDINGS": "endings of plural place names, whose bare stem is their genitive (the Maldives)",
    "NAME_KEY_ENDINGS": "patterns: endings dropped from a name's key", "POSSESSIVE": "patterns: a possessive",
    "CURRENCY_AFTER_STATE": "ISO code -> patterns: words after a state's code that make it a currency",
    "ARTICLES": "patterns: articles before a noun", "NOUN_ENDINGS": "case endings of nouns", "A_STEM_NOMINATIVE": "the nominative ending of a noun in -a", "CASE_NOMINATIVE": "a case ending -> the endings of the nominatives it may stand for, likeliest first (the label of a place written in a case)", "A_STEM_OBLIQUE": "oblique endings of a noun in -a (a city's alternate name written as a state's name in a case is dropped)", "A_STEM_FINALS": "final letters of nouns declined as a noun in -a", "NOT_A_STEM_ENDINGS": "case endings no noun in -a takes: a word so ending is no case form of a place so named",
    "ADJECTIVE_ENDINGS": "adjective endings", "ADJECTIVE_ONLY_ENDINGS": "endings only adjectives have (an adjective opening a state's name, in any case)", "STEM_SUFFIXES": "two-letter endings a stored stem drops",
    "STEM_LETTERS": "final letters a stored stem drops", "MODIFIER_ENDINGS": "endings of adjectives before a head word",
    "DEFINITE_ENDINGS": "patterns: the definite article on a noun",
    # titles
    "BODY_TITLES": "(pattern, role) of titles of a body", "PLURAL_TITLES": "(pattern, role) of a title of several people", "TITLES": "(pattern, role) of titles of office",
    "POSTED_TO": "patterns: before an envoy's posting", "TITLE_OURS": "patterns: right after a title, 'our' (the office is of the state whose language the news is in)", "STAFF_BEFORE": "patterns: staff or family before a title ('spokesman for the')", "STAFF_AFTER": "patterns: right after a titled name, a possessive of staff or a message ('s special envoy'): someone else acts for the person", "COUNTERPART_FROM": "patterns: 'from' before a counterpart's state", "COUNTERPART_TITLES": "patterns: 'counterpart'", "FORMER": "patterns: words making a holder former",
    "GENITIVE_OF": "patterns: between a noun and its owner ('of the')", "FORM_OF": "patterns: after a form of state",
    "GOVERNMENT_BODY": "patterns: a government body between a title and its state (case-sensitive)",
    "INVITATION": "patterns: 'at the invitation of'", "PORTFOLIO": "patterns: a minister's portfolio after the title", "PERSON_VERB_AUX": "patterns: auxiliaries before a verb",
    "PERSON_VERBS": "patterns: verbs people do ('said')",
    # events
    "VISIT_CUE": "patterns: a visit", "VISIT_VERB": "patterns: a verb of visiting with the place as its object",
    "VISIT_END": "patterns: a visit's end ('wrapped up')", "VISIT_LENGTH": "patterns: a visit's length in days, its number (a NUMBER_WORDS word or digits) in the group n ('two-day')", "VISIT_ANAPHOR": "patterns: a visit to a state told by a description ('to the West African country'): the state of the other side named in the sentence", "VISIT_TO_COME": "patterns: a visit still to come, seen in the 40 characters before a visit word and the word (a trailing space added)", "VISIT_NEGATIVE": "patterns: no visit despite the word",
    "VISIT_TO": "patterns: after a visit word, before the place", "REPUBLIC_OF": "patterns: 'Republic of'",
    "PLACED_IN": "patterns: before a place something happens in", "VISIT_OF": "patterns: 'the visit of'",
    "VISIT_UNDER_WAY": "patterns: a visit under way", "VISIT_OUR_COUNTRY": "patterns: the country the news is written in, as its own writers say it ('in our country'): the home state", "VISIT_OWN_COUNTRY": "patterns: a visit to his or her country (the country of the person named before)", "ELSEWHEN": "patterns: another time named",
    "MEETING_CUE": "patterns: talks", "GATHERING_CUE": "patterns: a summit, forum or conference",
    "REMOTE_CUE": "patterns: talks at a distance (a phone call, a video link)", "MEETING_TO_COME": "patterns: a meeting still to come",
    "HELD_CUE": "patterns: 'held'", "HE_AND": "patterns: a pronoun and a name opening a sentence", "GREETED_AT": "patterns: where a greeting on arrival is (the airport)", "CAPITAL_WORDS": "patterns: the word 'capital' (a state's adjective before it, or 'of' and the state after)", "CAPITAL_OF": "patterns: 'of' between 'capital' and a state", "WHERE_VISITING": "patterns: after a city, 'where he is on a visit'", "VISITING_GUEST": "patterns: a visit word that describes the guest ('visiting' before a title)", "MEETING_WITH": "patterns: 'with' before the other side of talks (no comma between)", "BOTH_IN": "patterns: 'the two are in' before a place (both people named before are there)", "SPOKE_CUE": "patterns: speaking where one is ('said', 'at a briefing')", "BOTH_LEADERS": "patterns: 'both leaders'", "SIDELINES": "patterns: 'on the sidelines'", "TOGETHER_TALKS": "patterns: talks of three or more at once ('trilateral', 'together with'): one meeting, not one with each",
    "RECEIVED_CUE": "patterns: 'received'", "RECEIVED_PASSIVE": "patterns: a passive 'was received', 'were welcomed', whose agent (the host) follows", "NAMED_GATHERING": "patterns: a named forum or summit (case-sensitive)",
    "GATHERING_NOMINATIVE": "(pattern, replacement): a gathering's heading in the nominative",
    "COUNCIL_WORDS": "patterns: bodies that meet", "CABINET_WORDS": "patterns: the government as a council",
    "ORDINAL_SUFFIXES": "patterns: suffixes of ordinals", "MEETING_LABEL": "the label of unnamed talks",
    "AWARD_CUE": "patterns: conferring an award", "AWARD_HEADS": "head words of awards",
    "AWARD_HEAD_STEMS": "stems of award head words before a quoted name", "CONFER_BEFORE": "patterns: before a recipient",
    "RECIPIENT_AFTER": "patterns: after a recipient", "GIVER_BEFORE": "patterns: before a giver",
    "GIVER_AFTER": "patterns: after a giver", "AWARDED_TO": "patterns: 'awarded to'", "BY_DECREE": "patterns: 'by decree of'",
    "AWARD_DEGREE": "patterns: the degree after an award's name", "AWARDED_BEFORE": "patterns: a passive 'awarded' before the recipient", "AWARD_GENERIC": "words of award names that tell none apart",
    "RELATIONS_CUE": "patterns: diplomatic relations", "ESTABLISHED": "patterns: established",
    "TWO_STATES": "patterns: 'the two countries'", "ANNIVERSARY": "patterns: an anniversary",
    "ANNIVERSARY_ORDINAL": "patterns: an ordinal's suffix before 'anniversary'", "YEARS_WORDS": "patterns: 'years'",
    "SINCE_WORDS": "patterns: 'since'", "ESTABLISH_WORDS": "patterns: 'establishment'",
    "BOTH_SIDES": "patterns: 'the two governments'", "TWINNING": "patterns: twinned cities",
    # organizations and corridors
    "ORG_HEADS": "head words of organizations", "ORG_MASCULINE_HEADS": "organization head stems that are whole masculine nouns (their short definite article is -a)", "ORG_HEAD_STEMS": "stems of organization head words",
    "ORG_OF": "patterns: 'of' after an organization's head", "ORG_AND": "patterns: 'and' inside a name",
    "ORG_PREPOSITIONS": "prepositions of an organization's complement", "ORG_PURPOSE_PREP": "prepositions whose complement runs on",
    "ORG_DEFINITE_PREP": "prepositions followed by a definite noun", "ORG_COMPLEMENT_STOP": "words ending a complement", "ORG_WORD_KEYS": "word stem -> its key in any language, for a body of two states ('intergovernmental': 'intergov', in every pack)", "ORG_BODY_END": "words after which a body's name says what it is on (not what it is)", "ORG_BODY_SKIP": "words of a body's name its key leaves out (articles)",
    "ORG_NOMINATIVE": "(stem, ending): head words in the nominative", "DOC_NOMINATIVE": "(stem, ending): head words of documents in the nominative", "ORG_CASE_ENDINGS": "case endings of head words",
    "GENITIVE_ADJECTIVE_ENDINGS": "patterns: endings of an adjective in the genitive, which a noun of any ending follows ('of foreign affairs')", "GENITIVE_ENDINGS": "patterns: genitive endings", "VERB_ENDINGS": "patterns: verb endings",
    "CORRIDOR_HEADS": "head word -> kind of route", "CORRIDOR_GENERIC": "words of corridor names that tell none apart",
    "CORRIDOR_PREFIXES": "prefixes of such words", "CORRIDOR_NUMBER_HEADS": "patterns: 'Corridor' before a number",
    "NUMBER_SIGNS": "patterns: 'No.'", "CHAIN_HEADS": "patterns: a head word before a chain of places",
    "SEA_WORDS": "patterns: 'sea'", "RUNS_THROUGH": "patterns: 'runs through'", "THROUGH_AFTER": "patterns: 'via'",
    "PLACE_LIST_WORDS": "patterns: words between places of a list",
    "CORRIDOR_KEY_SUFFIXES": "transliterated adjective endings dropped from a corridor's key",
    # documents
    "AGREEMENT_NOUNS": "(pattern, type, class) of documents", "SIGNED_IN": "words before the city a document was signed in", "DETERMINERS": "words before the lowercase modifiers of a title", "LEADING_ARTICLES": "patterns: an article before a name", "STATEMENT_WORDS": "words making a declaration a statement",
    "EXCHANGE_OF": "patterns: 'exchange of'", "SIGN_CUE": "patterns: signing", "HEDGE": "patterns: a hedge",
    "DOCUMENTS_LIST": "patterns: a list of documents",
    "FIELD_INTRO": "patterns, one alternative each (the longest is tried first): after a plural document noun, what introduces the fields it lists",
    "FIELD_END_WORDS": "patterns: where a list of fields ends", "DOCUMENT_SINGULAR": "plural document noun -> singular",
    "AMONG_THEM": "patterns: a sentence opening listing the documents of the sentence before", "LIST_CONJ": "patterns: conjunctions in lists",
    "LIST_LONG_CONJ": "patterns: 'as well as'", "LIST_ITEM_STARTS": "patterns: words an item starts with",
    "ITEM_CONJ": "patterns: conjunctions before an item", "TRAILING_CONJ": "patterns: conjunctions after an item",
    "NOT_ITEM_STARTS": "starts of pieces that are no items", "VAGUE_QUANTITY": "patterns: 'a number of'",
    "PLURAL_ENDINGS": "patterns: plural endings", "NOT_PLURAL_ENDINGS": "patterns: endings that are not plural",
    "PLURAL_WORDS": "irregular plurals", "PACKAGE_WORTH": "patterns: 'worth'", "COMPLEMENT_WORDS": "patterns: complement words",
    "NP_STOP": "words before a title", "NP_MODIFIERS": "lowercase words of titles", "FIGURE_CUMULATIVE": "patterns: a running total ('have exceeded', 'to date'): no year but its own", "FIGURE_OWN_PERIOD": "patterns: a period word in a figure's clause ('fiscal year', 'quarter'): where no year is read, none is carried from another figure", "FIGURE_SAME_PERIOD": "patterns: the period of the figure before ('during the same year', 'over the same period'): that figure's year", "MUTUAL_FLOW": "patterns: a word before the measure making it both sides' ('two-way investment'): no direction", "FIGURE_PRONOUN": "patterns: a pronoun before an amount standing for the measure the sentence before names ('It reached $2 billion')", "FIGURE_OFFER": "patterns: an offer, a capacity or a forecast before an amount ('ready to export goods worth', 'could reach'): no figure", "DOC_COUNT": "patterns: a number word just before a document noun (a count, no title)", "COMMERCIAL_DEAL": "patterns: in a document's title, a company's deal ('agreement to sell', 'supply agreement'): a contract, no treaty between states", "DOC_ANAPHOR": "patterns: a demonstrative in a title ('on this project': a document named before)", "TITLE_ENUMERATION": "patterns: after a comma in a title, the rest of an enumeration of nouns and what it is of ('preparation, construction and operation of')", "NP_END_WORDS": "patterns: after a title",
    "NP_END_PLACE": "patterns: where a title ends", "AND_THE": "patterns: 'and the'", "LIST_AND": "patterns: 'and'",
    "ITEM_ARTICLES": "patterns: articles before an item", "BETWEEN": "patterns: 'between'",
    "CLAUSE_CONJ": "patterns: conjunctions starting a clause", "BETWEEN_TWO": "patterns: 'between the two'",
    # money, figures and time
    "CURRENCY_WORDS": "(pattern, ISO 4217)", "NUMBER_WORDS": "number word -> value (before a scale word)", "SCALES": "(pattern, factor)", "SCALE_NEEDS_SYMBOL": "scale words needing a symbol",
    "DECIMAL_COMMA": "whether the language writes a decimal comma", "METRIC_CUES": "metric -> patterns",
    "PAST_GROWTH": "patterns: a figure reached", "COMPARED": "patterns: compared with", "METRIC_OF": "patterns: after an amount",
    "AMOUNT_FROM": "patterns: 'from' opening a change of a figure", "AMOUNT_TO": "patterns: 'to' between its two amounts", "AMOUNT_THEN": "patterns: between a figure's year and a later amount of the same measure ('and further to')",
    "SOURCE_PREP": "patterns: 'from'", "DEST_PREP_BEFORE": "patterns: 'to'", "MONTHS": "month name -> number",
    "ON_BEHALF": "patterns: 'on behalf of' (an envoy handing over what his state confers)",
    "CONFER_VERB": "patterns: an active verb of conferring a decoration (the giver before it, the recipient after)",
    "AGO_AFTER": "patterns: 'ago' after a number of years", "AGO_BEFORE": "patterns: 'ago' before a number of years",
    "NOT_STATE_NAMES": "patterns: a part of a state named like a state ('Republika Srpska'): no state in it",
    "YEAR_PREFIX": "patterns: what may stand right before a figure's year ('FY')",
    "WEEKDAYS": "weekday name -> number", "NEXT_WORDS": "patterns: 'next'", "YESTERDAY": "patterns: 'yesterday'",
    "YESTERDAY_WORDS": "words: 'yesterday'", "SLASH_MONTH_FIRST": "whether 9/6/2025 is 6 September", "TODAY": "patterns: 'today'", "DAY_SUFFIXES": "patterns: 'st' after a day",
    "TARGET_YEAR": "patterns: 'by 2030'", "BY_YEAR": "patterns: 'by'", "RANGE_FROM": "patterns: 'from'",
    "RANGE_TO": "patterns: 'to'", "SINCE_YEAR": "patterns: 'since'", "PREVIOUS_YEAR": "patterns: 'the previous year'",
    "NEXT_YEAR": "patterns: 'next year'", "LAST_YEAR": "patterns: 'last year'", "THIS_YEAR": "patterns: 'this year'", "YEAR_PREP": "patterns: 'in' a year",
    "PART_OF_YEAR": "patterns: 'the first half of'", "DEST_PREP": "patterns: 'to' a state", "IN_YEAR_PREP": "patterns: 'in' a year",
    "YEAR_ABBR": "patterns: 'y.' after a year", "FIGURE_YEAR_PREP": "patterns: 'in' a figure's year",
    "FIGURE_PERIOD_YEAR": "patterns with one group: a period and its year",
}
