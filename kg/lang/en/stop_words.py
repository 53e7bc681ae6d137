"""English words that are not names, and the small words names are made of."""

# a full stop after these does not end a sentence
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "jr", "sr", "no", "vs", "etc", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "e.g", "i.e", "lt", "col", "maj", "capt", "adm", "hon", "rev", "sgt", "amb", "mt",
    "h.e", "h.h", "h.m", "h.r.h",     # His Excellency, His Highness, His Majesty, His Royal Highness
}

# words that end a run of capitalised name words, or are never one
NAME_STOP = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "said", "says",
    "noted", "added", "stated", "emphasized", "stressed", "also", "has", "had", "was", "is", "will",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mr", "mrs", "ms", "dr", "his", "her", "their", "this", "that", "today", "during", "after", "before",
    "our", "its", "these", "those",
}

# ... but "Said", capitalised after a first name, is an Arabic surname ("Ambassador Ahmed Said")
NAME_STOP_NAMES = {"said"}

# capitalised at the start of a sentence, never the start of a name or an organization
SENT_START_STOP = {"the", "a", "an", "at", "in", "on", "during", "according", "both", "after", "before", "as",
                   "with", "by", "for", "from", "under", "to", "photo", "also", "later", "earlier", "meanwhile",
                   "however", "then", "yesterday", "tomorrow", "today", "there", "here", "when", "while", "but", "upon", "following", "since", "despite", "amid", "ahead", "prior", "unlike", "thanks", "through", "over", "among", "between", "against", "without", "once", "now", "thus", "together", "speaking", "addressing", "welcoming", "receiving"}

# lowercase particles inside personal names, as English-language news writes them: "Ursula von der Leyen",
# "Mohammed bin Salman"
NAME_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn",
                  "al", "el", "dos", "das", "y", "ter", "zu"}
# "son of" after a given name: "Mohammad bin Abdulkarim" is a Mohammad, not a Mohammed known as a surname
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint", "ben"}
# after a surname, no surname: "Ferdinand Marcos Jr." is called Marcos
NAME_SUFFIXES = {"jr", "sr", "jnr", "snr"}
# a ruling family's name ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Tamim bin Hamad Al Thani"): "Al-Sabah" is
# any of the family, the holder is Sheikh Mishal ("Bashar al-Assad" writes the article lowercase: Assad)
FAMILY_ARTICLES = {"Al"}
# a patronymic between the given name and the surname: "Mikhail Vladimirovich Mishustin"
PATRONYMIC_ENDINGS = [r"ovich|evich|ovna|evna|ichna"]

# titles that are given names too: "Qatari Minister of Commerce Sultan Al Kuwari"
TITLE_NAMES = {"sultan", "amir"}
# honorifics before a name, not part of it ("Sheikh Tamim" names a ruler by honorific and given name)
HONORIFICS = {"sheikh", "sheikha", "sheik", "shaikh", "honorable", "honourable", "excellency", "mr", "mrs", "ms",
              "dr", "prof", "his", "her", "highness", "majesty", "royal"}
HONORIFIC_TITLES = [r"Sheikh", r"Sheikha", r"Sheik", r"Shaikh"]
# a rank between a title and the name: "Defence Minister of Ukraine General X"
BEFORE_NAME = [r"Ambassador|Amb\.|(?:(?:Lieutenant|Major|Colonel|Brigadier)[- ])?General|(?:Vice|Rear)[- ]Admiral|Admiral|(?:Field |Air Chief )?Marshal|Colonel",
               # Malaysian and Bruneian honorifics: "Prime Minister Datuk Seri Anwar Ibrahim"
               r"Datuk Seri|Dato' Sri|Dato' Seri|Datuk|Dato'|Tan Sri|Tun|Pehin"]

# words between a state adjective and a title: "his Kazakh counterpart President"
COUNTERPART_WORDS = {"counterpart", "colleague", "his", "her", "their", "its", "the", "counterparts",
                     "leader"}     # "the Ghanaian leader, President X"

# "X, the former president of Y"
FORMER_QUALIFIERS = {"former", "late", "founding", "first", "ex"}

# words of events and documents: a capitalised run holding one is not a person's name
EVENT_WORDS = {"meeting", "summit", "forum", "session", "ceremony", "conference", "visit", "talks", "council",
               "commission", "order", "award", "agreement", "memorandum", "statement", "declaration", "plan"}

# gazetteer names that in news text are almost always ordinary words, titles or first names
NOT_PLACES = {
    "of", "police", "mobile", "best", "nice", "split", "bath", "reading", "sale", "deal", "march", "may",
    "union", "independence", "progress", "opportunity", "hope", "energy", "trade", "president", "university",
    "george", "marion", "jackson", "lincoln", "victoria", "florence", "santa", "san", "la",
    "el", "al", "des", "de", "city", "mission", "lake", "port", "new", "center", "centre", "north", "south",
    "east", "west", "central", "university park", "university city", "general", "capital", "republic",
    "paris hill", "europe", "asia", "africa", "america", "world", "pacific", "eagle", "golden", "caspian",
    "black sea", "nation", "gas", "holding", "national", "summit", "media", "university place", "ash", "ede",
    "van", "ob", "mandal", "mir", "bank", "airport", "palace", "order", "council", "federal",
}

# the article before a noun, where a pattern allows one ("visit to (the) ...")
ARTICLES = [r"the"]
# the articles a list item may start with ("an agreement on ...; a memorandum ...")
ITEM_ARTICLES = [r"an?|the"]
# "and" joining two items of a list
LIST_AND = [r"and"]
# "between A and B"
BETWEEN = [r"between"]
# surnames: after a first name, a word of this shape is a surname, not a town (transliterated
# Slavic and Caucasian surnames)
SURNAME_SHAPE = [r"ov|ev|ova|eva|enko|yan|dze|shvili"]
HISTORIC_STATES = ["Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia"]
# a possessive after a name: "Kazakhstan's"
POSSESSIVE = [r"[’']s?\b"]
# a page's "more news", share and subscription blocks start so: the article ends there
BOILERPLATE_STARTS = [r"Related (news|articles|stories)|Read (more|also)|More (news|stories) from|"
                      r"Get The .{1,40} stories|Sign up for|Subscribe to|Share this"]

# a part of a state named like a state: no state is read inside it
NOT_STATE_NAMES = [r"Republika Srpska|Republic of Srpska|Srpska"]
