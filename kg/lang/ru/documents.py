"""Russian words of signed documents: their kinds, the verbs of signing, lists of them, hedges."""

AGREEMENT_NOUNS = [
    (r"меморандум(?:а|и|ов|ы|ом)?", "memorandum", "Memorandum"),
    (r"совместн(?:ое|ого) заявлени[ея]|совместн(?:ая|ую) декларац(?:ия|ию)|декларац(?:ия|ию|ии)",
     "joint declaration", "JointStatement"),
    (r"совместн(?:ое|ого) коммюнике|коммюнике", "joint statement", "JointStatement"),
    (r"дорожн(?:ая|ую) карт(?:а|у)", "roadmap", "Roadmap"),
    (r"план(?:а)?|програм(?:ма|мы|му)", "plan", "Plan"),
    (r"контракт(?:а|ы|ов)?", "contract", "Agreement"),    # a company's contract is no treaty between states
    (r"соглашени(?:е|я|й|ю)|договор(?:а|ы|ов)?|протокол(?:а|ы)?|конвенци(?:я|ю)", "agreement", "Treaty"),
    (r"решени(?:е|я)", "decision", "Decision"),
]
SIGN_CUE = [r"подпис|принят|приня|обменял|заключ|утверд"]
HEDGE = [r"будет подпис|будут подпис|планиру|намерен|готовят|обсужда"]
DOCUMENTS_LIST = [r"(?:документ\w*|соглашени\w*)\b[^.:]{0,40}:\s|в том числе|среди которых|включая|а именно"]
LIST_CONJ = [r"а также|и"]
LIST_LONG_CONJ = [r"а также"]
ITEM_CONJ = [r"и|а также"]
TRAILING_CONJ = [r"и|а|а также"]
VAGUE_QUANTITY = [r"ряд\b|ряда|множество"]
PLURAL_ENDINGS = [r"ы|и|ия|я"]
# a singular in -ия ('декларация', 'стратегия'): the plural of these ends in -ии
NOT_PLURAL_ENDINGS = [r"ция|гия"]
PACKAGE_WORTH = [r"на сумму"]
COMPLEMENT_WORDS = [r"между|о|об|по|на|за"]
NP_STOP = {"и"}
NP_MODIFIERS = {"и"}
# a title's enumeration goes on past its comma: 'on the preparation, construction and operation of'
# 'three memoranda': a count of documents, not the title of one
DOC_COUNT = [r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|\d{1,2}"]
# 'the memorandum on this project': a document named before
DOC_ANAPHOR = [r"этот|этого|этому|этом|эта|этой|эту|это|эти|этих|данн\w+"]
TITLE_ENUMERATION = [r",\s+[а-яё]+(?:,\s+[а-яё]+)*\s+и\s+[а-яё]+\s+(?=[а-яё]+(?:ого|его|ых|их|ой|ей|ов|ия|ии)\b)"]
# ("с/со": the other side, "с мэром города X", is no part of the title)
NP_END_WORDS = [r"а также|был[аио]?|будет|вчера|сегодня|с|со",
                r"и (?:подписали|приняли|обсудили|провели|договорились|обменялись|отметили|посетили)"]
CLAUSE_CONJ = [r"и|а"]
BETWEEN_TWO = [r"между\s+двумя"]
SIGNED_IN = {"в", "во"}
FIELD_INTRO = [r"о сотрудничестве(?: в (?:сфере|сферах|области|областях))?", r"в (?:сфере|сферах|области|областях)",
               r"о", r"об", r"по"]
FIELD_END_WORDS = [r"между|с|со|в ходе|во время|были|был[аио]?|которые|котор\w+"]
DOCUMENT_SINGULAR = {"соглашения": "соглашение", "меморандумы": "меморандум", "договоры": "договор",
                     "протоколы": "протокол", "программы": "программа", "декларации": "декларация",
                     "планы": "план", "конвенции": "конвенция"}
AMONG_THEM = [r"среди них|в их числе|в том числе"]
# сделка компании, не договор государств: "соглашение о поставках газа", "контракт на поставку"
COMMERCIAL_DEAL = [r"(?<!\w)(?:соглашени\w* (?:о поставк\w*|на поставк\w*|о покупк\w*|о продаж\w*|купли-продажи)|"
                   r"(?:кредитн|инвестиционн)\w+ соглашени\w*)"]
