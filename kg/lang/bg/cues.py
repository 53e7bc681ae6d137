"""Bulgarian cue words of events and of the things news names (organizations, corridors, awards)."""
from ..cyrillic import (AWARD_HEAD_STEMS, CHAIN_HEADS, CORRIDOR_NUMBER_HEADS, CORRIDOR_PREFIXES,  # noqa: F401
                        GATHERING_NOMINATIVE, HONORIFIC_TITLES, NAMED_GATHERING)

# ------------------------------------------------------------------ visits
VISIT_CUE = [r"посещени|визит|посети|пристигна|пристиган|по покана на"]
VISIT_NEGATIVE = [r"(?:покан|предложи)\w* .{0,40} да посети"]
VISIT_TO = [r"в|във|до"]
REPUBLIC_OF = [r"Република"]
PLACED_IN = [r"(?<!\w)(?:в|във|до)"]
# "благодари на госта за посещението в страната му": the country of the one "му" stands for
VISIT_OWN_COUNTRY = [r"(?:посещени\w*|визит\w*) в страната (?:му|ѝ|й)(?!\w)"]
VISIT_OF = [r"(?:визит\w*|посещени\w*)\s+на"]
VISIT_UNDER_WAY = [r"(?<!\w)е на (?:официално|държавно|работно|официално-работно) посещение"]

# ------------------------------------------------------------------ meetings
MEETING_CUE = [r"среща|срещна|разговор|разговаря|преговор|заседани|форум|сесия|обсъдиха|обсъди|обсъждаха",
               # "обменяха мнения", "беше приет от президента X" (received, told in the passive)
               r"обменя\w* мнения|(?<!\w)(?:прие|приема|посрещна)т[аи]? от(?!\w)"]
MEETING_TO_COME = [r"предложи\w* .{0,60}(?:да посети|да проведе|да вземе участие)|следващ\w* (заседание|среща|сесия)|ще се (състои|състоят|проведе|проведат|срещне|срещнат)|"
                   r"ще (участва|вземе участие|проведе|проведат)|предстои (двамата |те )?да се срещнат|предвидени|"
                   r"(?<!\w)ще (?:се )?(?:разговаря|обсъд|посет|пристигн|подпиш)\w*|(?<!\w)предстоят (?:\w+ ){0,2}(?:разговори|срещи)"]
GREETED_AT = [r"летище"]
# speaking where one is: 'said at a briefing in Sofia' (a guest abroad)
SPOKE_CUE = [r"\b(?:каза(?:ха|л\w*)?(?!\w)|заяви|посочи|подчерта|изтъкна|брифинг|пресконференция)"]
# 'the two are in Turkey': both people named just before are there
BOTH_IN = [r"\bДвамата(?: лидери| президенти| министри| държавни ръководители)? (?:са|бяха) (?:в|във) "]
# 'from Paris, where he is on a visit': the city of the visit
WHERE_VISITING = [r",?\s+където\s+(?:е|са|беше|бяха)\s+(?:на\s+)?(?:\w+\s+){0,2}(?:посещение|визита)"]
# a visit word describing the guest named next: 'visiting U.S. President X' (the state is the guest's)
VISITING_GUEST = [r"гостуващ\w*"]
# 'talks with X': X is the other side of the talks
MEETING_WITH = [r"(?<!\w)(?:с|със)\s"]
HELD_CUE = [r"проведе|състоя|взе\w* участие|участва"]
# another time than the article's event: "през юли" (a month without a day)
ELSEWHEN = [r"\bпрез\s+(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември)\b"]
HE_AND = [r"(?:Той|Тя) и\s"]
BOTH_LEADERS = [r"двамата|двамата (президенти|лидери|премиери|министър-председатели|министри)|двете страни"]
SIDELINES = [r"в кулоарите на|в рамките на .{0,30}(?:среща на върха|форум)"]
RECEIVED_CUE = [r"(?<!\w)(?:прие|приема|посрещна)(?!\w)"]
COUNCIL_WORDS = [r"съвет|комиси"]
CABINET_WORDS = [r"министерски\w* съвет"]
ORDINAL_SUFFIXES = [r"-?(?:то|ия)"]
MEETING_LABEL = "Разговори"

# ------------------------------------------------------------------ awards
AWARD_CUE = [r"удостои|удостоен|връчи|награди|награден"]
# ("на" only before the name or a title: "Президентът на Гана X" is no recipient)
CONFER_BEFORE = [r"\b(?:връчи\w*|удостои\w*|награди\w*)\s+(?:президента?\s+)?(?:\w+\s+){0,2}$|\bна\s+(?:президента?\s+(?:\w+\s+){0,2})?$"]
RECIPIENT_AFTER = [r"\s+(беше удостоен|бе удостоен|удостоен)"]
GIVER_AFTER = [r"удостои|връчи|награди|подписа\s+[Уу]каз"]
AWARDED_TO = [r"удостоен|награден"]
BY_DECREE = [r"с указ на"]
AWARDED_BEFORE = [r"награден\w*|удостоен\w*"]
# the degree after an award's name: "орден Стара планина първа степен"
AWARD_DEGREE = [r"\w+\s+степен"]

# ------------------------------------------------------------------ relations
RELATIONS_CUE = [r"дипломатически(?:те)? отношения"]
ESTABLISHED = [r"установ|създаден|установени"]
TWO_STATES = [r"двете (страни|държави)"]
ANNIVERSARY = [r"годишнина"]
ANNIVERSARY_ORDINAL = [r"-?(?:та|ата|я|ия|ти|ри|годишнина)?"]
YEARS_WORDS = [r"години"]
SINCE_WORDS = [r"от"]
ESTABLISH_WORDS = [r"установяване\w*"]
BOTH_SIDES = [r"двете (?:страни|правителства|държави)"]
TWINNING = [r"побратим"]

# ------------------------------------------------------------------ organizations
ORG_HEAD_STEMS = ("министерств", "институт", "академи", "общин", "акимат", "палат", "банк", "съвет", "комиси",
                  "фонд", "компани", "холдинг", "университет", "агенци", "организаци", "асоциаци", "съюз",
                  "парламент", "правителств", "корпораци", "администраци", "посолств", "комитет", "служб",
                  "секретариат", "дружеств")
# "Агенция за насърчаване на инвестициите", "Министерството на енергетиката"
ORG_PREPOSITIONS = {"на", "за", "по", "при"}
ORG_PURPOSE_PREP = {"за"}            # its complement runs on over lowercase words
ORG_DEFINITE_PREP = {"на"}           # ... when a noun with the definite article follows
ORG_COMPLEMENT_STOP = {"и", "с", "в", "във"}   # "в Атина" after a name is where it met

# ------------------------------------------------------------------ corridors
CORRIDOR_HEADS = {"коридор": "transport", "маршрут": "transport", "магистрал": "transport",
                  "железопът": "transport", "тръбопровод": "energy", "газопровод": "energy",
                  "нефтопровод": "energy"}
CORRIDOR_GENERIC = {"международен", "международния", "транспортен", "транспортния", "коридор", "коридора",
                    "маршрут", "маршрута", "газопровод", "нефтопровод", "тръбопровод"}
SEA_WORDS = [r"море|морета|океан"]
RUNS_THROUGH = [r"\b(?:минава|преминава|минаващ\w*|преминаващ\w*|пресича|пресичащ\w*)\s+(?:през|по)\b"]
THROUGH_AFTER = [r"през"]
PLACE_LIST_WORDS = [r"и", r"до", r"в", r"към", r"от", r"на", r"по"]
CORRIDOR_KEY_SUFFIXES = ("iyskiya", "iyskiyat", "iyski", "skiya", "ski", "ska")
VISIT_VERB = [r"посети|посещава"]
GATHERING_CUE = [r"среща на върха|срещата на върха|форум|конференци|конгрес|общото събрание|общия дебат"]
VISIT_TO_COME = [r"предстоящ\w*|планиран\w*|бъдещ\w*|следващ\w*|подготовк\w*|очаква\w*(?: \w+)?",
                 # the future tense: "ще посети", "ще бъде на официално посещение", "ще направи визита"
                 r"(?<!\w)ще\s+(?:\S+\s+){0,4}$"]
REMOTE_CUE = [r"телефонен разговор|по телефона|видеовръзка|видеоконферен|онлайн"]
