"""English cue words of events (visits, talks, receptions, summits, awards, relations) and of the things
news names (organizations, corridors, awards)."""

# ------------------------------------------------------------------ visits
VISIT_CUE = [r"\b(?:visit(s|ed|ing)?|arriv(ed|al|es|ing)|trip to|tour of|at the invitation of|welcom(e|ing) ceremony|landed in|touched down in)\b"]
# leaving for a place: the visit begins ("departed Accra for Lome", "left for Nairobi", "flew to Baku")
VISIT_CUE += [r"\b(?:departed(?: \w+)?|left(?: \w+)?|leaves|flew|headed)(?= (?:for|to) [A-Z])"]
# back from a place: the visit was there ("returned from Sofia after talks with ...")
VISIT_CUE += [r"\breturned (?:home )?from\b"]
# an invitation tells a visit to come ("invited President X of Y to visit Z", "accepted an invitation from X to
# pay a state visit"), not one made; "at the invitation of" is the visit itself
# "a state visit to the West African country", "his visit to the Gulf state"
VISIT_ANAPHOR = [r"\b(?:visit|trip|tour)s?\s+to\s+the\s+(?:[\w-]+\s+){0,3}(?:country|state|nation|kingdom|republic|emirate|sultanate)\b"]
# the day a visit ended and how long it was: "on June 3 wrapped up his two-day visit" began on June 2
VISIT_END = [r"\b(?:wrap(?:s|ped)? up|conclud(?:es|ed)|complet(?:es|ed)|end(?:s|ed)|wound up|winds up)\b"]
VISIT_LENGTH = [r"\b(?P<n>\w+)-day\b"]
VISIT_NEGATIVE = [r"\b(?:invit(?!ation o[nf]\b)|suggest|propos)\w*\b[^.;:!?]{0,90}?\bto (?:visit|pay (?:a|an)|make (?:a|an))\b|"
                  r"\binvit(?!ation o[nf]\b)\w+ [^.;:!?]{0,90}?\b(?:for|on) (?:a|an) (?:\w+ ){0,2}visit\b|"
                  r"\bon (multiple|several|many) occasions\b|\bhave visited\b"]
# after a visit word, before the place visited: "visit to", "arrived in", "arrival at"
VISIT_TO = [r"to|in|at|for"]
REPUBLIC_OF = [r"Republic of"]
# before a city the sentence places something in ("in Ankara")
PLACED_IN = [r"\b(?:in|at|to|near)"]
# "preparations for the visit of President X": X is talked about, not present
VISIT_OF = [r"(?:visit|trip)\s+of"]
# "thanked him for the visit to his country": the country of the one "his" stands for
VISIT_OWN_COUNTRY = [r"\b(?:visit|trip) to (?:his|her) (?:country|homeland)\b"]
# a visit under way on the day of the report
VISIT_UNDER_WAY = [r"\b(?:is|are) (?:currently )?(?:on|paying) an? (?:[\w-]+ ){0,2}visit\b|"
                   r"\bwho (?:is|are) in \w+(?: \w+)? on an? (?:[\w-]+ ){0,2}visit\b|\bwho (?:is|are) (?:currently )?visiting\b|"
                   # begun on the day of the report: "X began a state visit to Y", "kicked off his visit"
                   r"\b(?:began|begins|has begun|started|starts|kicked off|kicks off) (?:an?|his|her|their|the) (?:[\w-]+ ){0,2}visit\b"]
# a sentence about another time: "in March", "this June"
ELSEWHEN = [r"\b(in|this)\s+(january|february|march|april|may|june|july|august|september|october|november|"
            r"december)\b"]

# ------------------------------------------------------------------ meetings
MEETING_CUE = [r"\b(talks|met|meet(s|ing)?|negotiations|summit|session|forum|encounter|discussions?|discuss(ed|es)?)\b",
               # "held meetings with A and B" (not a count of past ones: "has held 14 bilateral meetings")
               r"\b(?:held|holds|hold|had|has|have) (?:separate |several )?meetings\b",
               # "paid a courtesy call on", "a courtesy visit to"
               r"\bcourtesy (?:call|visit)s?\b",
               # "the two ministers agreed in Accra to expand ...": an agreement reached face to face, in a place
               r"\bagreed (?:in|at) (?-i:(?=[A-Z]))",
               # "X spoke with President Y in Cairo": face to face where a place is given (else, often, a call)
               r"\bspoke with\b(?=[^.;]{0,80}\b(?:in|at) (?-i:[A-Z]))",
               # "had bilateral interactions with", "held a tete-a-tete with", "a one-on-one meeting"
               r"\b(?:interactions? with|t[eê]te-[aà]-t[eê]te|one-on-one)\b",
               # "sat down with", "conferred with", "exchanged views", "was received by"
               r"\b(?:s[ai]t(?:s|ting)? down with|conferr(?:ed|ing|s)? with|exchang(?:ed|ing|es?) views|(?:was|were) received (?:in \w+ )?by)\b",
               # together in one place: "gave a joint press conference", "jointly opened", "a working lunch"
               r"\b(?:joint (?:press|news) conference|jointly (?:opened|inaugurated|launched|unveiled|visited)|"
               r"working (?:lunch|dinner|breakfast))\b"]
# a meeting to come, not one that took place: "agreed to hold the next meeting in Astana"
MEETING_TO_COME = [r"\b(agreed|decided|plan(s|ned)?|proposed|suggested|offered) to (hold|combine|attend|visit|travel|meet|go)\b|\bthe next (meeting|session|summit|round)\b|"
                   r"\bwill (also |then |later |soon |first )?(be )?(hold|held|take place|meet|take part|attend|participate|have (a |an )?(\w+ )?(meeting|talks))\b|"
                   r"\b(is|are) (expected |scheduled |due |set )?to (meet|hold|attend|take part)\b|\b(is|are) (expected|scheduled|due|set) to\b|"
                   r"\b(is|are) (scheduled|planned|set|slated) for\b|"
                   # hoped for: "looks forward to an early meeting with X", "expects talks with X"
                   r"\b(looks?|looking) forward to (\w+ ){0,2}(meeting|talks|visit)|\bexpects? (\w+ ){0,2}(meeting|talks)\b",
                   # a time to come: "next week", "in the coming days"
                   r"\bnext (week|month)\b|\bin the coming (days|weeks|months)\b|\blater this (week|month|year)\b"]
# a greeting on arrival is no meeting: "was met at the airport by ..."
GREETED_AT = [r"\bairport\b"]
# "the Bulgarian capital", "the capital of Bulgaria": the state's capital city
CAPITAL_WORDS = [r"capital"]
CAPITAL_OF = [r"of(?: the)?"]
# speaking where one is: 'said at a briefing in Sofia' (a guest abroad)
SPOKE_CUE = [r"\b(?:said|told|stated|declared|briefing|press conference|news conference)\b"]
# 'the two are in Turkey': both people named just before are there
BOTH_IN = [r"\b(?:The two|Both)(?: leaders| presidents| ministers| heads of state)? (?:are|were) (?:in|at) "]
# 'from Paris, where he is on a visit': the city of the visit
WHERE_VISITING = [r",?\s+where\s+(?:he|she|they)\s+(?:is|are|was|were)\s+(?:on\s+)?(?:an?\s+)?(?:\w+\s+){0,2}visit"]
# a visit word describing the guest named next: 'visiting U.S. President X' (the state is the guest's)
VISITING_GUEST = [r"visiting"]
# 'talks with X': X is the other side of the talks
MEETING_WITH = [r"\bwith\s"]
HELD_CUE = [r"\b(held|took place|convened|hosted|took part|participated|attended)\b"]
# "He and X signed ...": the pronoun is the person named just before
HE_AND = [r"(?:He|She) and\s"]
BOTH_LEADERS = [r"^\W*(their|they)\b|\b(both|the two) (?:government |state |foreign )?(leaders|presidents|prime ministers|premiers|ministers|heads of state|sides)\b|\bthe pair\b"]
# talks held beside a larger event
SIDELINES = [r"\bon the sidelines of\b|\bon the margins of\b"]
TOGETHER_TALKS = [r"\b(?:trilateral|tripartite|three-way|quadrilateral|four-way|joint meeting|together with)\b"]
# receiving a visitor (a meeting when a titled person follows)
RECEIVED_CUE = [r"\b(?:received|receives|welcomed|hosted|greeted)\b|\bwelcom(?:e|ing) ceremony for\b|\bceremony to welcome\b"]
RECEIVED_PASSIVE = [r"\b(?:was|were|been|being) (?:warmly |cordially |officially )?(?:received|welcomed|greeted|hosted)\b"]
# a named gathering: capitalised words before "Forum" ("the Astana International Forum"); case-sensitive
NAMED_GATHERING = [r"(?:[A-Z][\w’'-]*\s+){1,5}(?:Forum|Summit|Conference|Congress)\b"]
# organizations that meet in sessions, and the one that does not (the government)
COUNCIL_WORDS = [r"council|commission"]
CABINET_WORDS = [r"council of ministers"]
# "the 12th meeting of the Council": the suffix of an ordinal number
ORDINAL_SUFFIXES = [r"st|nd|rd|th"]
MEETING_LABEL = "Talks"

# ------------------------------------------------------------------ awards
AWARD_CUE = [r"\b(award(ed|s|ing)?|present(ed|s)? .{0,60}\bwith|confer(red|s)?|bestow(ed|s)?|decorat(ed|ion)|"
             r"honou?r(ed)?|receiv(ed|ing) the award)\b",
             # "presented the Order of Friendship to X", "handed over the Medal of Honour to X"
             r"\b(?:present(?:ed|s|ing)?|hand(?:ed|s|ing)? over) (?:the |a )?(?:[\w-]+ ){0,5}(?:order|medal|decoration)s?\b"]
# head words of a decoration's name (as English-language news writes Turkish and Uzbek ones too)
AWARD_HEADS = {"order", "medal", "star", "cross", "nişanı", "nisani", "decoration", "orden", "ordeni"}
# words around a person that make them the one who receives or gives: "awarded to X", "X was awarded"
CONFER_BEFORE = [r"\b(?:awarded|awarding|presented|conferred (?:on|upon)|bestowed (?:on|upon)|decorated|to|on|upon)\s+"
                 r"(?:president\s+)?(?:(?!by\s)\w+\s+)?(?:president\s+)?$",     # ("to Ghanaian President X")
                 # "to his Belarusian counterpart, X", "awarding the Russian Foreign Minister X"
                 r"\bto (?:his|her|their) (?:\w+\s+)?counterparts?,?\s+$",
                 # "the ceremony of awarding the President of the Republic of Uzbekistan, X, with ..."
                 # (not "awarded the Order of the Volta by President X": the giver)
                 r"\b(?:awarding|awarded|decorated|decorating)\s+(?:the\s+)?(?:(?!by\s)[\w-]+\s+){0,6}(?:[\w-]+,\s+)?$"]
RECIPIENT_AFTER = [r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\W*(was|has been|is)\s+(awarded|presented|conferred|decorated|honou?red)",
                   r"\W*(,\s*)?(expressing .{0,40})?(receiv|accept)"]
# an active verb of conferring, with words between it and the people: the giver before, the recipient after
CONFER_VERB = [r"conferred|awarded|presented|bestowed|decorated|handed over"]
ON_BEHALF = [r"on behalf of"]
GIVER_BEFORE = [r"\bby\s+(president\s+)?(\w+\s+){0,2}$"]
# (an adverb may come between: "X solemnly presented"; "X has signed a decree to award")
GIVER_AFTER = [r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:(?:\w+ly\s+)?(?:presented|awarded|conferred|bestowed|handed over)|"
               r"(?:has\s+)?signed\s+a\s+decree)"]
AWARDED_TO = [r"award(ed)? to"]
# a decoration's head word before its quoted name: 'the order "Dustlik"'
AWARD_HEAD_STEMS = ["order", "medal"]
BY_DECREE = [r"by decree of"]
# words of an award's name that do not tell one award from another
AWARD_GENERIC = {"order", "of", "the", "medal", "state", "nisani", "orden"}    # (keys are in Latin letters)

# ------------------------------------------------------------------ relations
RELATIONS_CUE = [r"diplomatic (?:relations|ties)"]
ESTABLISHED = [r"establish|set up|first|established"]
TWO_STATES = [r"two (countries|nations|states)"]
ANNIVERSARY = [r"anniversary"]
ANNIVERSARY_ORDINAL = [r"st|nd|rd|th"]
# "30 years since the establishment of ..."
YEARS_WORDS = [r"years"]
SINCE_WORDS = [r"since|of"]
# "established 60 years ago"
AGO_AFTER = [r"ago"]
ESTABLISH_WORDS = [r"establish\w*"]
# the two states as a subject: "the two governments signed"
BOTH_SIDES = [r"\b(?:the two|both) (?:countries|governments|sides|states|parties|neighbou?rs|nations|allies|leaders|"
              r"presidents|prime ministers|heads of state)\b"]
TWINNING = [r"\b(twin(ning|ned)?|sister[- ]cit(y|ies)|(?:friendship|partner)[- ]cit(y|ies))\b"]

# ------------------------------------------------------------------ organizations
ORG_HEADS = {
    "ministry", "bank", "chamber", "council", "commission", "institute", "academy", "municipality", "akimat",
    "organization", "organisation", "union", "assembly", "holding", "holdings", "group", "foundation", "fund",
    "company", "corporation", "agency", "committee", "university", "airport", "association", "parliament",
    "senate", "government", "office", "service", "railways", "railway", "petroleum", "airlines", "airways", "authority",
    "administration", "bureau", "alliance", "secretariat", "court", "cabinet", "embassy",
    "consulate", "department", "inc", "ltd", "plc", "llc", "jsc", "gmbh",
}
# "Ministry of (the) Trade", "Council for ...", "Commission on ..."
ORG_OF = [r"(?:of|for|on)\s+(?:the\s+)?"]
# "Ministry of Trade and Integration" (not "... and the ...")
ORG_AND = [r"and\s+(?!the\b)"]

# ------------------------------------------------------------------ corridors
# head word -> kind
CORRIDOR_HEADS = {"corridor": "transport", "route": "transport", "highway": "transport", "railway": "transport",
                  "railroad": "transport", "pipeline": "energy", "gas pipeline": "energy", "oil pipeline": "energy",
                  "interconnector": "energy", "interconnection": "energy"}
CORRIDOR_GENERIC = {"international", "transport", "transportation", "trade", "economic", "corridor", "route",
                    "pipeline", "gas", "oil", "highway", "railway", "new", "multimodal", "transit", "logistics", "interconnector",
                    "interconnection"}
CORRIDOR_NUMBER_HEADS = [r"Corridor"]
NUMBER_SIGNS = [r"No\.?"]
# a route's course: "runs through", "passing via"
RUNS_THROUGH = [r"\b(?:runs?|running|pass(?:es|ing)?|go(?:es|ing)?|stretch(?:es|ing)?|extends?|extending|"
                r"cross(?:es|ing)?|route[sd]?|lead(?:s|ing)?)\s+(?:through|across|via)\b"]
THROUGH_AFTER = [r"through|via|across"]
# what may stand between two places of such a list, besides punctuation
PLACE_LIST_WORDS = [r"and", r"to", r"on", r"the", r"from"]
# endings of the transliterated adjective in a corridor's name, dropped from its key (Trans-Caspian)
CORRIDOR_KEY_SUFFIXES = ("ian", "ean", "an")
# a verb of visiting whose object is the place: "visited Kazakhstan"
VISIT_VERB = [r"visit(?:s|ed|ing)?|returned (?:home )?from"]
# a multilateral gathering (a summit, a forum): those attending are not each on a visit
GATHERING_CUE = [r"\b(?:summit|forum|(?<!press )(?<!news )conference|congress|general assembly|general debate)\b"]
# just before a visit word, a visit still to come: "the upcoming state visit of President X to China"
VISIT_TO_COME = [r"\b(?:upcoming|forthcoming|planned|future|next|expected|proposed|possible)\b|\bpreparations? for\b|\bexpects? (?:a |an )?",
                 # told in the future tense: "will pay a state visit", "is due to visit", "is set to arrive"
                 r"\b(?:will|shall)\s+(?:\S+\s+){0,4}$|\b(?:is|are) (?:due|set|scheduled|to)\s+(?:to\s+)?(?:\S+\s+){0,4}$"]
# talks at a distance are no meeting in a place: "by video link", "in a phone call"
REMOTE_CUE = [r"\bby (?:video ?link|videoconference|video conference|phone|telephone)\b|\b(?:phone|telephone) "
              r"(?:call|conversation|talks)\b|\bvia (?:video ?link|videoconference|video conference)\b|\bvirtual(?:ly)?\b"]

# the words of the name of a body of two states, keyed alike in every language (one commission whatever
# the language or the form of the states' names: "Kazakh-Bulgarian" or "Kazakhstan-Bulgaria")
ORG_WORD_KEYS = {"intergovernmental": "intergov", "interstate": "interstate", "commission": "commission",
                 "council": "council", "committee": "committee", "business": "business", "joint": "joint",
                 "working": "working", "group": "group", "strategic": "strategic", "partnership": "partnership",
                 "cooperation": "cooperation", "supreme": "supreme", "high": "high", "level": "level",
                 "forum": "forum", "chamber": "chamber"}
ORG_BODY_END = {"on", "for", "of"}
ORG_BODY_SKIP = {"the"}
