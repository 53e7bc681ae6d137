"""Cue words and patterns, per language (en, bg, ru), used by the mention finders and the extractor.

Every entry here is general vocabulary of diplomatic news (titles, document types, money words, verbs
of signing and visiting), never a name taken from one article.
"""
from __future__ import annotations

import functools
import re

# ------------------------------------------------------------------ titles of state office
# (regex, English role). Matched case-insensitively at a word start; Cyrillic forms allow case endings.
TITLES = [
    (r"(?:chairman|chairwoman|chair|speaker|president) of the (?:senate|parliament|national assembly|mazhilis|"
     r"state duma|federation council|grand national assembly)", "Speaker"),
    (r"председател(?:ят|я)? на (?:народното събрание|парламента|сената)", "Speaker"),
    (r"председател(?:ь|я|ем|ю) (?:сената|мажилиса|государственной думы|совета федерации|парламента)", "Speaker"),
    # the head of a government called a cabinet or council of ministers
    (r"(?:chairman|chair) of the (?:cabinet of ministers|council of ministers|government)|"
     r"председател(?:ь|я|ем|ю) (?:кабинета министров|совета министров)|"
     r"председател(?:ят|я)? на (?:министерския съвет|кабинета на министрите)", "Prime Minister"),
    (r"deputy prime minister|vice[- ]premier", "Deputy Prime Minister"),
    (r"prime minister|premier", "Prime Minister"),
    (r"vice[- ]president", "Vice President"),
    (r"foreign minister|minister of foreign affairs|foreign affairs minister", "Minister of Foreign Affairs"),
    (r"minister of [a-z]+(?: and [a-z]+)?", None),
    (r"minister", "Minister"),
    (r"president", "President"),
    (r"chancellor", "Chancellor"),
    (r"crown prince", "Crown Prince"),
    (r"king", "King"),
    (r"queen", "Queen"),
    (r"emir", "Emir"),
    (r"chairman|chairwoman", "Chairman"),
    (r"sultan", "Sultan"),
    (r"ambassador", "Ambassador"),
    (r"head of (?:the )?(?:\w+ )?state", "President"),
    # "his Chinese counterpart X", "македонския си колега X": the office of the other side, see role_of
    (r"counterpart", None),
    # Bulgarian
    (r"вицепрезидент(?:ът|а)?", "Vice President"),
    (r"вицепремиер(?:ът|а)?|заместник министър-председател(?:ят|я)?", "Deputy Prime Minister"),
    (r"министър-председател(?:ят|я)?|премиер(?:ът|а)?", "Prime Minister"),
    (r"министър(?:ът|а)? на външните работи|външ(?:ният|ния|ен) министър", "Minister of Foreign Affairs"),
    (r"министър(?:ът|а)?", "Minister"),
    (r"президент(?:ът|а)?", "President"),
    (r"държавн(?:ият|ия) глава", "President"),
    (r"посланик(?:ът|а)?", "Ambassador"),
    (r"крал(?:ят|я)?", "King"),
    (r"председател(?:ят|я)?", "Chairman"),
    (r"емир(?:ът|а)?", "Emir"),
    (r"колега(?:та)?", None),
    # Russian
    (r"вице-президент(?:а|у|ом|е)?", "Vice President"),
    (r"вице-премьер(?:-министр)?(?:а|у|ом|е)?", "Deputy Prime Minister"),
    (r"премьер-министр(?:а|у|ом|е)?|председател(?:ь|я|ем|ю) правительства", "Prime Minister"),
    (r"министр(?:а|у|ом|е)? иностранных дел|глав(?:а|ы|е|ой|у) мид", "Minister of Foreign Affairs"),
    (r"министр(?:а|у|ом|е)?", "Minister"),
    (r"президент(?:а|у|ом|е)?", "President"),
    (r"глав(?:а|ы|е|ой|у) государства", "President"),
    (r"посл(?:ом|а|у|е)|посол", "Ambassador"),
    (r"корол(?:ь|я|ём|ю)", "King"),
    (r"председател(?:ь|я|ем|ю)", "Chairman"),
    (r"эмир(?:а|у|ом|е)?", "Emir"),
    (r"коллег(?:а|ой|и|у)", None),
]
COUNTERPART_TITLES = re.compile(r"counterpart|колега(?:та)?|коллег(?:а|ой|и|у)", re.IGNORECASE)
TITLE_RE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t, _ in TITLES) + r")(?!\w)", re.IGNORECASE)


def role_of(title: str) -> str | None:
    """The English office a title names; ``None`` for "counterpart" (the office is the other side's)."""
    low = title.lower()
    if COUNTERPART_TITLES.fullmatch(low):
        return None
    for pattern, role in TITLES:
        if re.fullmatch(pattern, low):
            if role is None:
                return " ".join(w if w in ("of", "and") else w.capitalize() for w in low.split())
            return role
    return title.strip().title()


FORMER = re.compile(r"\b(former|late|founding|first|ex|then|бивш\w*|покойн\w*|бывш\w*|перв\w*|покойн\w*)\W*$",
                    re.IGNORECASE)
# words between a state adjective and the title: "his Kazakh counterpart President", "казахския си колега"
COUNTERPART = {"counterpart", "colleague", "his", "her", "their", "its", "си", "колега", "колегата", "коллега",
               "коллеги", "своего", "своим", "свой", "своя", "своя", "the", "counterparts"}

# lowercase particles inside personal names: "Ursula von der Leyen", "Mohammed bin Salman"
NAME_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn",
                  "al", "el", "dos", "das", "y", "ter", "zu"}
NAME_STOP = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "said", "says",
    "noted", "added", "stated", "emphasized", "stressed", "also", "has", "had", "was", "is", "will",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mr", "mrs", "ms", "dr", "his", "her", "their", "this", "that", "today", "during", "after", "before",
    "и", "в", "на", "с", "със", "за", "по", "от", "каза", "заяви", "подчерта", "сказал", "заявил", "отметил",
    "днес", "сегодня", "е", "са", "се", "си", "а", "но", "г", "година", "года", "год",
    "този", "тази", "това", "тези", "този", "нашия", "нашият", "этот", "эта", "это", "эти", "наш", "данный",
    "our", "its", "these", "those",
}

# words for a form of state ("Bolivarian Republic of ...", "Королевство ..."): a run of capitalised words
# holding one is a state's long name, never a person's (Cyrillic ones as stems: they are inflected)
STATE_FORMS = {"republic", "kingdom", "federation", "emirates", "principality", "sultanate", "commonwealth",
               "confederation", "duchy", "emirate"}
STATE_FORM_STEMS_CYR = ("республик", "кралств", "королевств", "федераци", "емирств", "эмират", "княжеств",
                        "султанат", "конфедераци", "херцогств", "герцогств")


def is_state_form(word: str) -> bool:
    low = word.lower()
    return low in STATE_FORMS or (not low.isascii() and low.startswith(STATE_FORM_STEMS_CYR))


# a full name (two or three capitalised words) followed by a verb people do: a person without a title
PERSON_VERB = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÞА-ЯЁ][\w’'-]+\s){1,2}[A-ZÀ-ÞА-ЯЁ][\w’'-]+)\s+(?:has\s+|had\s+|also\s+|then\s+)?"
    r"(?:said|says|noted|stressed|emphasi[sz]ed|added|stated|announced|held|met|received|welcomed|thanked|"
    r"invited|awarded|presented|visited|arrived|signed|told|expressed|proposed|called|underlined|"
    r"отметил|заявил|подчеркнул|сказал|провел|провёл|встретился|принял|вручил|наградил|посетил|прибыл|"
    r"подписал|выразил|предложил|поблагодарил|пригласил|"
    r"каза|заяви|подчерта|отбеляза|проведе|посрещна|връчи|посети|пристигна|подписа|изрази|предложи|"
    r"благодари|покани|се срещна)\b")
CONFER_BEFORE = re.compile(r"\b(awarded|presented|conferred (?:on|upon)|bestowed (?:on|upon)|decorated|to|on|upon|"
                           r"вручил\w*|наградил\w*|удостоил\w*|връчи\w*|удостои\w*|награди\w*|на)\s+"
                           r"(?:president\s+|президента?\s+|президенту\s+)?(?:\w+\s+)?$", re.IGNORECASE)

# ------------------------------------------------------------------ organizations
ORG_HEADS_EN = {
    "ministry", "bank", "chamber", "council", "commission", "institute", "academy", "municipality", "akimat",
    "organization", "organisation", "union", "assembly", "holding", "holdings", "group", "foundation", "fund",
    "company", "corporation", "agency", "committee", "university", "airport", "association", "parliament",
    "senate", "government", "office", "service", "railways", "railway", "petroleum", "airlines", "authority",
    "administration", "bureau", "alliance", "secretariat", "court", "cabinet", "embassy",
    "consulate", "department", "inc", "ltd", "plc", "llc", "jsc", "gmbh",
}
ORG_HEADS_CYR = (
    "министерств", "институт", "академи", "общин", "акимат", "палат", "банк", "съвет", "совет", "комиси",
    "комисси", "фонд", "компани", "холдинг", "университет", "агенци", "агентств", "организаци", "асоциаци",
    "ассоциаци", "съюз", "союз", "парламент", "правителств", "правительств", "корпораци", "администраци",
    "посолств", "комитет", "служб", "секретариат", "дружеств",
)
# Russian head words of organizations and their nominative ending (the text declines them)
ORG_HEADS_NOM_RU = (
    ("министерств", "о"), ("агентств", "о"), ("правительств", "о"), ("посольств", "о"), ("банк", ""),
    ("совет", ""), ("фонд", ""), ("комитет", ""), ("университет", ""), ("институт", ""), ("союз", ""),
    ("парламент", ""), ("холдинг", ""), ("секретариат", ""), ("академи", "я"), ("организаци", "я"),
    ("ассоциаци", "я"), ("компани", "я"), ("корпораци", "я"), ("администраци", "я"), ("комисси", "я"),
    ("палат", "а"), ("служб", "а"),
)
EVENT_WORDS = {"meeting", "summit", "forum", "session", "ceremony", "conference", "visit", "talks", "council",
               "commission", "order", "award", "agreement", "memorandum", "statement", "declaration", "plan",
               "среща", "форум", "заседание", "встреча", "саммит", "сесия", "сессия", "церемония"}
ORG_CONNECT_EN = {"of", "for", "and", "on", "the", "de", "&"}
ORG_CONNECT_CYR = {"на", "за", "и", "по", "при", "град", "города"}

# ------------------------------------------------------------------ corridors
CORRIDOR_HEADS = {
    # word stem -> kind
    "corridor": "transport", "route": "transport", "highway": "transport", "railway": "transport",
    "railroad": "transport", "pipeline": "energy", "gas pipeline": "energy", "oil pipeline": "energy",
    "коридор": "transport", "маршрут": "transport", "магистрал": "transport", "железопът": "transport",
    "дорог": "transport",   # "железной дороги «Китай – Кыргызстан – Узбекистан»"
    "тръбопровод": "energy", "газопровод": "energy", "нефтопровод": "energy", "трубопровод": "energy",
}
CORRIDOR_HEADS_CYR = tuple((k, v) for k, v in CORRIDOR_HEADS.items() if not k.isascii())
# a sentence without any of these letters in a row has no corridor head word (a quick test first)
CORRIDOR_HINT = re.compile("|".join(sorted(map(re.escape, CORRIDOR_HEADS), key=len, reverse=True)), re.IGNORECASE)


@functools.lru_cache(maxsize=50_000)
def corridor_kind(word: str) -> str | None:
    """"transport" or "energy" when ``word`` is a corridor head word (any case form), else None."""
    low = word.lower()
    kind = CORRIDOR_HEADS.get(low)
    if kind is None and not low.isascii():
        for stem, k in CORRIDOR_HEADS_CYR:
            if low.startswith(stem):
                return k
    return kind


CORRIDOR_GENERIC = {
    "international", "transport", "transportation", "trade", "economic", "corridor", "route", "pipeline",
    "gas", "oil", "highway", "railway", "new", "multimodal", "transit", "logistics",
    "международен", "международния", "транспортен", "транспортния", "коридор", "коридора", "маршрут",
    "маршрута", "международный", "международного", "транспортный", "транспортного", "газопровод",
    "нефтопровод", "тръбопровод", "трубопровод",
}

# ------------------------------------------------------------------ awards
AWARD_HEADS_EN = {"order", "medal", "star", "cross", "nişanı", "nisani", "decoration", "orden", "ordeni"}
AWARD_RE_CYR = re.compile(r"(?<!\w)(орден\w*|медал\w*)\s+[„\"«“]([^“”\"»]{2,60})[“”\"»]", re.IGNORECASE)
# an order named after a person or a thing, unquoted: "орден Александра Невского", "орденом Дружбы"
AWARD_RE_CYR_BARE = re.compile(r"(?<!\w)([Оо]рден\w*|[Мм]едал\w*)\s+((?:[А-ЯЁ][а-яё-]+)(?:\s+[А-ЯЁ][а-яё-]+){0,2})(?!\w)")
AWARD_CUE = re.compile(
    r"\b(award(ed|s)?|present(ed|s)? .{0,60}\bwith|confer(red|s)?|bestow(ed|s)?|decorat(ed|ion)|honou?r(ed)?"
    r"|receiv(ed|ing) the award)\b|удостои|удостоен|връчи|награди|награден|вручил|вручен|наградил|награжд|удостоил",
    re.IGNORECASE)

# ------------------------------------------------------------------ agreements
AGREEMENT_NOUNS = [
    # (regex, document type, class local name)
    (r"memorand(?:um|a|ums)(?: of understanding| of cooperation)?|mou", "memorandum", "Memorandum"),
    (r"joint (?:press )?statements?|joint communiqu[ée]s?", "joint statement", "JointStatement"),
    (r"joint declarations?|declarations?", "joint declaration", "JointStatement"),
    (r"road ?maps?", "roadmap", "Roadmap"),
    (r"(?:action |cooperation |comprehensive )?plans?|programmes?|programs?", "plan", "Plan"),
    (r"agreements?|treat(?:y|ies)|conventions?|protocols?|accords?|contracts?", "agreement", "Treaty"),
    (r"decisions?", "decision", "Decision"),
    (r"меморандум(?:а|ът|и|ите|ов|ы|ом)?", "memorandum", "Memorandum"),
    (r"съвместн(?:о|ото) изявление|съвместна декларация|декларация(?:та)?|совместн(?:ое|ого) заявлени[ея]"
     r"|совместн(?:ая|ую) декларац(?:ия|ию)|декларац(?:ия|ию|ии)", "joint declaration", "JointStatement"),
    (r"съвместно(?:то)? комюнике|комюнике(?:то)?|совместн(?:ое|ого) коммюнике|коммюнике", "joint statement",
     "JointStatement"),
    (r"пътна(?:та)? карта|дорожн(?:ая|ую) карт(?:а|у)", "roadmap", "Roadmap"),
    (r"план(?:ът|а|ове)?|програм(?:а|ата|ма|мы|му)", "plan", "Plan"),
    (r"споразумени(?:е|ето|я|ята)|договор(?:ът|а|и|ы|ов)?|соглашени(?:е|я|й|ю)|протокол(?:а|ът|ы)?|"
     r"конвенци(?:я|ия|ю)", "agreement", "Treaty"),
    (r"решени(?:е|ето|я)", "decision", "Decision"),
]
# the same nouns without groups, to embed in other patterns
AGREEMENT_ANY = r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _, _ in AGREEMENT_NOUNS) + r")(?!\w)"
AGREEMENT_RE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _, _) in enumerate(AGREEMENT_NOUNS))
                          + r")(?!\w)", re.IGNORECASE)
SIGN_CUE = re.compile(
    r"\bexchange of (?:the |an |a )?(?=" + AGREEMENT_ANY + r")|"     # "witnessed the exchange of an agreement"
    r"\b(sign(ed|ing|s)?|adopt(ed|ing|ion|s)?|exchang(ed|ing)|conclud(ed|ing)|ink(ed)|approv(ed|al)|"
    r"endors(ed)|initial(l)?ed)\b|подпис|приет|приеха|прие |приема|размен|сключ|одобр|принят|приня|обменял|"
    r"заключ|утверд",
    re.IGNORECASE)
HEDGE = re.compile(
    r"\b(will|would|shall|plan(s|ned)? to|expected to|intend(s|ed)? to|to be signed|may|could|should|"
    r"discussions? (are|is) underway|ready to sign|prepar(e|es|ing) to sign|negotiat(e|ing))\b|"
    r"ще бъд|предстои|ще подпиш|будет подпис|будут подпис|планиру|намерен|готовят|обсужда",
    re.IGNORECASE)
DOCUMENTS_LIST = re.compile(
    r"\b(documents?|agreements?|memorand\w*)\s+(signed\s+)?(includ(ed|ing|e)|such as|among them|"
    r"covering)\b|(documents?|agreements?|документи|документ\w*|соглашени\w*|споразумения)\b[^.:]{0,40}:\s|"
    r"сред които|между които|в том числе|среди которых|включая|включително|а именно",
    re.IGNORECASE)
LIST_SPLIT = re.compile(r",\s*(?:as well as|and also|както и|а также|и)\s+|;\s*|,\s+(?=(?:a|an|the|and)\s)|"
                        r",\s*|\s+as well as\s+|\s+както и\s+|\s+а также\s+", re.IGNORECASE)
VAGUE_QUANTITY = re.compile(r"\b(a (large )?number of|a series of|several|many|various|numerous)\b|редица|"
                            r"ряд\b|няколко|множество|различни|ряда", re.IGNORECASE)
TWINNING = re.compile(r"\b(twin(ning|ned)?|sister[- ]cit(y|ies))\b|побратим|породн", re.IGNORECASE)

# ------------------------------------------------------------------ events
VISIT_CUE = re.compile(r"\b(visit(s|ed|ing)?|arriv(ed|al|es|ing)|trip to|tour of)\b|посещени|визит|"
                       r"посети|пристигна|прибыл|прибыв|посетил|посетит", re.IGNORECASE)
VISIT_NEGATIVE = re.compile(
    r"\binvit\w* (him|her|them|\w+) to visit\b|\bon (multiple|several|many) occasions\b|"
    r"\bhave visited\b|\binvit\w+ .{0,40}\bto (pay|make) (a|an)\b|покани .{0,30} да посети|"
    r"пригласил .{0,30} посетить", re.IGNORECASE)
# a meeting to come, not one that took place: "agreed to hold the next meeting in Astana", "договорились провести"
MEETING_TO_COME = re.compile(
    r"\b(agreed|decided|plan(s|ned)?) to hold\b|\bthe next (meeting|session|summit|round)\b|"
    r"\bwill (be )?(hold|held|take place|meet)\b|следващ\w* (заседание|среща|сесия)|"
    r"ще се (състои|проведе)|следующ\w* (заседани|встреч|саммит)|договорились провести|состоится|"
    r"пройдет|пройдёт", re.IGNORECASE)
MEETING_CUE = re.compile(
    r"\b(talks|met|meet(s|ing)?|negotiations|summit|session|forum|encounter)\b|среща|срещна|разговор|разговаря|"
    r"преговор|заседани|форум|переговор|встреч|встретил|саммит|сесия|сесси", re.IGNORECASE)
HELD_CUE = re.compile(r"\b(held|took place|convened|hosted|took part|participated|attended)\b|проведе|състоя|"
                      r"проходил|прошл|состоял|провели|принял\w* участие|взе\w* участие|участва",
                      re.IGNORECASE)
BOTH_LEADERS = re.compile(r"^\W*(their|they)\b|\b(both|the two) (leaders|presidents|heads of state|sides)\b|"
                          r"двамата|двамата (президенти|лидери)|двете страни|оба (президента|лидера)|лидеры двух",
                          re.IGNORECASE)
ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th|-?(?:та|ата|я|ия|ой|ей|ти|ри|годишнина)?)?"
                         r"[\s-]+(?:\w+\s+)?(?:anniversary|годишнина|годовщин\w*|летие\w*)|"
                         r"\b(?P<n2>\d{1,3})\s+(?:years|години|лет|года)\s+(?:since|of|от|с|со дня)\s+(?:the\s+)?"
                         r"(?:establish\w*|установяване\w*|установлени\w*)", re.IGNORECASE)
RELATIONS_CUE = re.compile(r"diplomatic (?:relations|ties)|дипломатически(?:те)? отношения|"
                           r"дипломатически[ехм]\w* (?:отношени|связ)", re.IGNORECASE)

# ------------------------------------------------------------------ money and figures
CURRENCY_WORDS = [
    (r"us dollars?|u\.s\. dollars?|dollars?|usd|щатски долара|щатски долар|американски долара|американских долларов|долара|долар|долларов(?: сша)?|доллара|доллар|долл\.?", "USD"),
    (r"euros?|eur|евро", "EUR"),
    (r"tenge|kzt|тенге|тг\.?", "KZT"),
    (r"roubles?|rubles?|rub|рубл(?:ей|я|ь)|руб\.?", "RUB"),
    (r"leva|lev|bgn|лева|лв\.?", "BGN"),
    (r"(?:turkish )?liras?|try|лири|лир[аы]?", "TRY"),
    (r"yuan|renminbi|cny|юаней|юаня|юан[аи]?", "CNY"),
    (r"soms?|kgs|сом(?:а|ов)?", "KGS"),
    (r"pounds? sterling|pounds?|gbp|паунда|фунтов", "GBP"),
    (r"yen|jpy|йени|иен", "JPY"),
    (r"swiss francs?|chf", "CHF"),
]
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB", "¥": "CNY",
                    "₺": "TRY"}
# ISO 4217 codes written before the number ("USD 1.1 billion", "EUR 250m")
CURRENCY_CODES_BEFORE = ("USD", "EUR", "GBP", "KZT", "RUB", "CNY", "TRY", "BGN", "JPY", "CHF", "UZS", "AZN", "KGS",
                         "TJS", "TMT", "AED", "INR", "KRW")
CURRENCY_SYMBOLS.update({c: c for c in CURRENCY_CODES_BEFORE})
SCALES = [
    (r"trillions?|трлн\.?|трилиона|триллион(?:а|ов)?", 10 ** 12),
    (r"billions?|bn|bln|млрд\.?|милиарда|милиард|миллиард(?:а|ов)?", 10 ** 9),
    (r"millions?|mln|mn|m|млн\.?|милиона|милион|миллион(?:а|ов)?", 10 ** 6),
    (r"thousands?|хил\.?|хиляди|тыс\.?|тысяч(?:и|а)?", 10 ** 3),
]
_CUR = "|".join(f"(?:{p})" for p, _ in CURRENCY_WORDS)
_SCALE = "|".join(f"(?:{p})" for p, _ in SCALES)
MONEY_RE = re.compile(
    r"(?P<sym>US\$|\$|€|£|₸|₽|¥|₺|(?-i:(?<!\w)(?:" + "|".join(CURRENCY_CODES_BEFORE) + r")(?=\s?\d)))?\s?"
    r"(?P<num>\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s?(?P<scale>" + _SCALE + r"))?(?!\w)(?:\s?(?P<cur>" + _CUR + r"))?(?![\w])",
    re.IGNORECASE)

METRIC_CUES = [
    ("target", re.compile(
        r"\b(aims?|aim(ed|ing) to|goal|target|objective|strive|committed to|plans? to|intends? to|seek(s|ing)? to|"
        r"(?<!has )(?<!have )increasing|boosting|bringing|raising|doubling|lifting|to (increase|boost|bring|raise|double|"
        r"reach|lift|expand))\b|цел[тиа]?\b|стреми|да увелич|да достигн|да се увелич|довести|увеличить|нарастить|"
        r"достичь|целью", re.IGNORECASE)),
    ("investment", re.compile(r"\binvest\w*|\binject\w*|\bfdi\b|инвестици\w*|инвестир\w*|вложени\w*|"
                              r"капиталовложени\w*", re.IGNORECASE)),
    ("imports", re.compile(r"\bimport\w*|внос\w*|импорт\w*|ввоз\w*", re.IGNORECASE)),
    ("exports", re.compile(r"\bexport\w*|износ\w*|экспорт\w*|изнася\w*|вывоз\w*", re.IGNORECASE)),
    ("turnover", re.compile(r"\btrade\b|\bturnover\b|trade volume|стокообмен\w*|търговия\w*|търговски\w* обмен\w*|"
                            r"товарооборот\w*|торговл\w*|оборот\w*", re.IGNORECASE)),
]
PAST_GROWTH = re.compile(r"\b(increased|rose|grew|surged|jumped|reached|amounted|totaled|totalled|exceeded|"
                         r"approached|stood)\b|достигна|възлиза|нарасна|достиг|составил|вырос|превыси",
                         re.IGNORECASE)

# ------------------------------------------------------------------ dates
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
# "17 March", "17-19 March" (a span of days: its first day), "17 и 18 март"
DATE_DMY = re.compile(r"\b(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2}|\s+(?:and|и)\s+\d{1,2})?\s+(?P<m>" + _MON +
                      r")\.?(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b", re.IGNORECASE)
# a dateline: "ASTANA, 20 March 2025 —", "MOSCOW, Nov 12 (Reuters) -": the day of the report, not of the event
DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[.,]?\s*(?:[—–-]|\(|$)")
DATE_MDY = re.compile(r"\b(?P<m>" + _MON + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d{2}))?",
                      re.IGNORECASE)
DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# a weekday names the latest such day on or before the article's date ("on Tuesday", "във вторник",
# "во вторник"); not when it is said to come ("next Monday", "следващия понеделник", "в следующий понедельник")
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5, "неделя": 6,
    "понедельник": 0, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4, "субботу": 5,
    "суббота": 5, "воскресенье": 6,
}
WEEKDAY_RE = re.compile(r"(?<!\w)(?P<next>(?:next|this coming|следващ\w*|следующ\w*|ближайш\w*)\s+)?"
                        r"(?P<d>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)
YESTERDAY = re.compile(r"\byesterday\b|(?<!\w)вчера(?!\w)", re.IGNORECASE)
TODAY = re.compile(r"\b(today|this morning|this afternoon|on this day)\b|днес|сегодня|днешн", re.IGNORECASE)
YEAR_RE = re.compile(r"(?<![\d,.])(?P<y>(?:18|19|20)\d{2})(?![\d%])")
YEAR_IN = re.compile(r"\b(?:in|for|during|of|as of|по итогам|през|в|за|к|до|by)\s+(?P<y>(?:19|20)\d{2})\b",
                     re.IGNORECASE)
YEAR_BY = re.compile(r"\b(?:by|until|through|до|к)\s+(?P<y>(?:19|20)\d{2})", re.IGNORECASE)
YEAR_RANGE = re.compile(r"\b(between|from|since|от|с|между)\s+(19|20)\d{2}\s*(and|to|–|-|до|и|по)\s*(19|20)\d{2}|"
                        r"\b(since|from|от|с|со)\s+(19|20)\d{2}\b(?!\s*(and|to|–|-|до|и|по)\s*\d)", re.IGNORECASE)
PREVIOUS_YEAR = re.compile(r"\b(the previous year|a year earlier|the year before|a year ago|the prior year)\b|"
                           r"предходната година|година по-рано|годом ранее|предыдущ\w+ год\w*|год назад",
                           re.IGNORECASE)
LAST_YEAR = re.compile(r"\b(last year|past year)\b|миналата година|предходната година|в прошлом году|прошлого года|"
                       r"прошлом году", re.IGNORECASE)
THIS_YEAR = re.compile(r"\b(this year|current year)\b|тази година|тази година|в этом году|текущ\w+ год",
                       re.IGNORECASE)

# "at the invitation of President X": X is the host ("по покана на", "по приглашению")
INVITATION = re.compile(r"\bat the invitation of\b|\bon the invitation of\b|\bпо покана на\b|"
                        r"\bпо приглашению\b", re.IGNORECASE)

# a route's course: "runs through", "passing via", "минава през", "проходит через"
RUNS_THROUGH = re.compile(
    r"\b(?:runs?|running|pass(?:es|ing)?|go(?:es|ing)?|stretch(?:es|ing)?|extends?|extending|cross(?:es|ing)?|"
    r"route[sd]?|lead(?:s|ing)?)\s+(?:through|across|via)\b|"
    r"\b(?:минава|преминава|минаващ\w*|преминаващ\w*|пресича|пресичащ\w*)\s+(?:през|по)\b|"
    r"\b(?:проходит|проходящ\w*|пройд\w*|пролегает|пролегающ\w*|идет|идущ\w*|пересекает|пересекающ\w*)\s+"
    r"(?:через|по)\b",
    re.IGNORECASE)
# a place right after a corridor's name: "the corridor via Iran", "маршрута през Каспийско море"
THROUGH_AFTER = re.compile(r"\s+(?:through|via|across|през|через)\b", re.IGNORECASE)
# what may stand between two places of such a list: ", ", " and ", " to ", " и ", " до ", "the"
PLACE_LIST_GAP = re.compile(r"(?:\s|,|–|—|-|\band\b|\bto\b|\bon\b|\bthe\b|\bfrom\b|\bи\b|\bдо\b|\bв\b|\bкъм\b|"
                            r"\bот\b|\bна\b|\bпо\b)*", re.IGNORECASE)

# a Cyrillic corridor head word before a chain of two or more capitalised places joined by dashes; a
# place may be a sea ("Черно море")
_CHAIN_PART = r"[А-ЯЁ][а-яё]+(?:\s+(?:море|морета|океан))?"
CORRIDOR_CHAIN_CYR = re.compile(
    r"(?<!\w)((?:[Кк]оридор|[Мм]аршрут|[Мм]агистрал)\w*)\s+"
    rf"({_CHAIN_PART}(?:\s*[–—-]\s*{_CHAIN_PART})+)(?!\w)")

# honorifics before a name, not part of it; "Sheikh Tamim" names a ruler by honorific and given name
HONORIFICS = {"sheikh", "sheikha", "sheik", "shaikh", "шейх", "шейха", "шейхом", "шейху"}
HONORIFIC_NAME = re.compile(r"(?<!\w)(?:Sheikh|Sheikha|Sheik|Shaikh|Шейх\w*|шейх\w*)\s+(?P<given>[A-ZА-ЯЁ][\w-]+)")
# the two states as a subject: "the two governments signed", "двете страни подписаха"
BOTH_SIDES = re.compile(r"\b(?:the two|both) (?:countries|governments|sides|states|parties)\b|двете (?:страни|правителства|държави)|"
                        r"двух стран|обе стороны|обеих стран|правительства двух стран|стороны", re.IGNORECASE)

# a named gathering: capitalised words before "Forum"/"Summit" ("the Astana International Forum"), or a
# capitalised Cyrillic head with its genitive complement ("Форуме межрегионального сотрудничества")
NAMED_GATHERING = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){1,5}(?:Forum|Summit|Conference|Congress)\b|"
    r"(?<!\w)(?:Форум|Саммит|Конференци|Конгрес|Среща на върха)\w*(?:\s+[а-яё-]+(?:ого|его|ой|ей|ых|их|ия|ии|ния|ва|та|те)){1,3}")

# the government body a title belongs to, between the title and the state: "Vice Premier of the State
# Council of China X", "Вице-премьером Госсовета КНР X", "Председателя Кабинета министров Украины X"
GOVERNMENT_BODY = re.compile(r"(?:of\s+the\s+)?(?:State Council|Cabinet of Ministers|Council of Ministers|Government)"
                             r"\s+(?:of\s+(?:the\s+)?)?|(?:Госсовета|Государственного совета|[Пп]равительства|"
                             r"Кабинета министров|Совета министров|на Министерския съвет|на правителството)\s+")
# talks held beside a larger event: "on the sidelines of the summit", "в кулоарите на", "на полях саммита"
SIDELINES = re.compile(r"\bon the sidelines of\b|\bon the margins of\b|\bbilateral (talks|meeting)\b|"
                       r"в кулоарите на|в рамките на .{0,30}(?:среща на върха|форум)|на полях|в кулуарах",
                       re.IGNORECASE)
# receiving a visitor: "received", "прие", "принял" (a meeting when a titled person follows)
RECEIVED_CUE = re.compile(r"\b(?:received|receives|welcomed|hosted)\b|(?<!\w)(?:прие|приема|принял|приняла|"
                          r"принимает|посрещна)(?!\w)", re.IGNORECASE)
# a visit under way on the day of the report: "who is on an official visit", "находящийся ... с визитом",
# "е на официално посещение"
VISIT_UNDER_WAY = re.compile(r"\b(?:is|are) (?:on|paying) an? (?:\w+ )?visit\b|\bwho is in \w+ on an? (?:\w+ )?visit\b|"
                             r"находящ\w* .{0,40}с \w+ визитом|находится с \w+ визитом|пребывающ\w* .{0,40}визитом|"
                             r"(?<!\w)е на (?:официално|държавно|работно|официално-работно) посещение", re.IGNORECASE)
