"""English titles of office and the words around them (who holds it, of which state, since when)."""

# (pattern, English role) of titles naming a body: tried before the plain titles below
BODY_TITLES = [
    # ("Speaker of the Egyptian Parliament", "President of the House of Representatives", "Parliament Speaker")
    (r"(?:chairman|chairwoman|chair|speaker|president) of (?:the )?(?:[\w-]+ )?(?:senate|parliament|"
     r"national assembly|mazhilis|state duma|federation council|grand national assembly|house of representatives|"
     r"house of commons|house of the people|people's assembly|majlis|national council|sejm|knesset|verkhovna rada|"
     r"saeima|seimas|riigikogu|storting|riksdag|bundestag|lok sabha|rajya sabha|skup[sš]tina|(?:state )?great khural|"
     r"oliy majlis|jogorku kenesh|sabor)|"
     r"(?:parliament(?:ary)?|senate|assembly) (?:speaker|chairman|chairwoman)|senate president", "Speaker"),
    # the head of a government called a cabinet or council of ministers
    (r"(?:chairman|chair) of the (?:cabinet of ministers|council of ministers|government)", "Prime Minister"),
    (r"secretary of (?:the )?(?:national )?security council", "Secretary of the Security Council"),
]
# the fields of ministers (a ministry is named by its head noun; the words before it are its field)
_FIELDS = (r"affairs|defen[cs]e|energy|economy|economics|finance|finances|trade|commerce|industry|industries|"
           r"transport|transportation|communications?|agriculture|health|education|culture|tourism|justice|"
           r"interior|labou?r|employment|environment|ecology|development|infrastructure|investments?|integration|"
           r"science|sports?|youth|information|technology|technologies|innovations?|works|security|planning|"
           r"mines|mining|resources|emergencies|situations|construction|cooperation|welfare|protection|"
           r"fisheries|forestry|water|oil|petroleum|telecommunications|digitali[sz]ation|transformation|family|"
           r"heritage|housing|railways|aviation|customs|budget|privati[sz]ation|endowments")
# "Turkish Defence Minister X": the words of a field between a state and a minister's title
MINISTER_FIELDS = [_FIELDS]
# (pattern, English role); role None: the office is the title itself ("Minister of Energy") or, for
# "counterpart", the other side's
TITLES = [
    (r"deputy prime minister|vice[- ]premier", "Deputy Prime Minister"),
    (r"prime minister|premier|(?-i:PM)", "Prime Minister"),      # ("PM Modi": the capitals only, not "5 pm")
    (r"vice[- ]president", "Vice President"),
    (r"foreign minister|minister (?:of|for) (?:foreign|external) affairs|(?:foreign|external) affairs minister|(?-i:EAM)",
     "Minister of Foreign Affairs"),
    (r"deputy (?:foreign )?minister", "Deputy Minister"),
    (r"minister", "Minister"),
    # the head of Bangladesh's interim government
    (r"chief adviser", "Chief Adviser"),
    (r"president", "President"),
    (r"chancellor", "Chancellor"),
    (r"crown prince", "Crown Prince"),
    (r"king", "King"),
    (r"queen", "Queen"),
    (r"emir", "Emir"),
    (r"chairman|chairwoman", "Chairman"),
    (r"sultan", "Sultan"),
    (r"(?-i:Speaker)", "Speaker"),     # ("Speaker Hassan Omar": capitalised, not "a keynote speaker")
    (r"permanent representative", "Permanent Representative"),
    # the head of an international organization's secretariat: an office of no state
    (r"secretary[- ]general(?: of (?:the )?(?:united nations|un|nato|osce|asean|sco|cis|oic|council of europe|"
     r"arab league|african union|gcc|organization of turkic states))?", "Secretary-General"),
    (r"ambassador", "Ambassador"),
    (r"head of (?:the )?(?:\w+ )?state", "President"),
    # "North Korean leader X", "the leader of Ghana, X" (a state beside it, else no state's)
    (r"leader", "Leader"),
    # "his Chinese counterpart X": the office of the other side, see kg.mentions.titles
    (r"counterpart", None),
]
COUNTERPART_TITLES = [r"counterpart"]
# someone of a titled person's staff or family is not the titled person: "spokesman for the President X"
# "received Prime Minister X's special envoy", "delivered President X's message": X is not there
STAFF_AFTER = [r"\s*['’]s\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|press secretary|advis[eo]r|aide|chief of staff|"
               r"office|envoy|emissary|representative|wife|husband|son|daughter|spouse|message|letter)\b"]
STAFF_BEFORE = [r"\b(?:spokes(?:man|woman|person)|press secretary|adviser|advisor|aide|chief of staff|office|"
                r"administration|envoy|special representative|press service|secretariat|wife|husband|son|daughter|spouse)\s+"
                r"(?:of|for|to)\s+(?:the\s+)?$"]
# "his counterpart from Ghana X": the state the counterpart is of
COUNTERPART_FROM = [r"from\s+(?:the\s+)?"]
# an envoy's posting between the state and the name: "Ambassador of China to Ghana X", "... to the UN X"
POSTED_TO = [r"(?:to|in)\s+(?:the\s+)?"]

# words before a title that make its holder a former one
FORMER = [r"former", r"late", r"founding", r"first", r"ex", r"then"]

# the portfolio after a minister's title: "Minister of Islamic Affairs", "Minister for Trade and Integration"
_PORTFOLIO = (rf"\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_FIELDS})\b"
              rf"(?:(?:,\s*|\s+(?:and|&)\s+)(?:[\w-]+\s+){{0,3}}?(?:{_FIELDS})\b)*")
# (and a junior minister's "Minister of State (for Foreign Affairs)")
PORTFOLIO = [rf"\s+of\s+State(?i:{_PORTFOLIO})?", rf"(?i:{_PORTFOLIO})"]
# between a title and the state it is of: "President of (the) Kazakhstan"
GENITIVE_OF = [r"of\s+(?:the\s+)?(?:(?:friendly|brotherly|sisterly|fraternal)\s+)?"]     # ("of the friendly Republic of Palau")
# after a form of state: "the Republic of (the) ..."
FORM_OF = [r"of\s+(?:the\s+)?"]
# words for a form of state ("Bolivarian Republic of ..."): a run of capitalised words holding one is a
# state's long name, never a person's
STATE_FORMS = {"republic", "kingdom", "federation", "emirates", "principality", "sultanate", "commonwealth",
               "confederation", "duchy", "emirate", "state"}     # ("the State of Palestine")

# the government body between a title and the state: "Vice Premier of the State Council of China X"
# (case-sensitive: capitalised names of bodies)
GOVERNMENT_BODY = [r"(?:of\s+the\s+)?(?:State Council|Cabinet of Ministers|Council of Ministers|Government)"
                   r"\s+(?:of\s+(?:the\s+)?)?"]

# "at the invitation of President X": X is the host
INVITATION = [r"\bat the invitation of\b|\bon the invitation of\b"]

# a person without a title, named before a verb people do: "Viktor Orbán said"
PERSON_VERB_AUX = [r"has", r"had", r"also", r"then"]
PERSON_VERBS = [r"said|says|noted|stressed|emphasi[sz]ed|added|stated|announced|held|met|received|welcomed|"
                r"thanked|invited|awarded|presented|visited|arrived|signed|told|expressed|proposed|called|"
                r"underlined"]
# a title of several people, before the states and the names in the same order: "the Presidents of
# Uzbekistan and Azerbaijan, Shavkat Mirziyoyev and Ilham Aliyev"
PLURAL_TITLES = [
    (r"presidents|heads of state", "President"),
    (r"prime ministers|premiers", "Prime Minister"),
    (r"foreign ministers|ministers of foreign affairs", "Minister of Foreign Affairs"),
    (r"ministers", "Minister"),
]
