"""Bulgarian words of signed documents: their kinds, the verbs of signing, lists of them, hedges."""

AGREEMENT_NOUNS = [
    (r"меморандум(?:а|ът|и|ите)?", "memorandum", "Memorandum"),
    (r"съвместн(?:о|ото) изявление|съвместна декларация|декларация(?:та)?", "joint declaration", "JointStatement"),
    (r"съвместно(?:то)? комюнике|комюнике(?:то)?", "joint statement", "JointStatement"),
    (r"пътна(?:та)? карта", "roadmap", "Roadmap"),
    (r"план(?:ът|а|ове)?|програм(?:а|ата)", "plan", "Plan"),
    (r"контракт(?:ът|а|и)?", "contract", "Agreement"),    # a company's contract is no treaty between states
    (r"споразумени(?:е|ето|я|ята)|договор(?:ът|а|и)?|протокол(?:а|ът)?|конвенци(?:я|ия)", "agreement", "Treaty"),
    (r"решени(?:е|ето|я)", "decision", "Decision"),
]
SIGN_CUE = [r"подпис|приет|приеха|прие |приема|размен|сключ|одобр"]
HEDGE = [r"ще бъд|предстои|ще подпиш|обсужда"]
DOCUMENTS_LIST = [r"(?:документи|документ\w*|споразумения)\b[^.:]{0,40}:\s|сред които|между които|включително"]
LIST_CONJ = [r"както и|и"]
LIST_LONG_CONJ = [r"както и"]
ITEM_CONJ = [r"и|както и"]
TRAILING_CONJ = [r"и|както"]
VAGUE_QUANTITY = [r"редица|няколко|множество|различни"]
PLURAL_ENDINGS = [r"и|ите|ия|я"]
# a singular in -ия ('декларация', 'стратегия'): the plural of these ends in -ии
NOT_PLURAL_ENDINGS = [r"ция|гия"]
PACKAGE_WORTH = [r"на стойност|на обща стойност"]
COMPLEMENT_WORDS = [r"между|за|по|на"]
NP_STOP = {"и", "документи", "подписаха", "разменени", "бяха"}
NP_MODIFIERS = {"и"}
# a title's enumeration goes on past its comma: 'on the preparation, construction and operation of'
# 'three memoranda': a count of documents, not the title of one
DOC_COUNT = [r"два|две|три|четири|пет|шест|седем|осем|девет|десет|единадесет|дванадесет|\d{1,2}"]
# 'the memorandum on this project': a document named before
DOC_ANAPHOR = [r"този|тази|това|тези"]
TITLE_ENUMERATION = [r",\s+[а-я]+(?:,\s+[а-я]+)*\s+и\s+[а-я]+\s+(?=(?:на|за)\s)"]
# ("с/със": the other side, "with the mayor of X", is no part of the title)
NP_END_WORDS = [r"както и|бяха|беше|бе|е|вчера|днес|с|със",
                r"и (?:подписаха|приеха|обсъдиха|проведоха|договориха|обменяха|отбелязаха|посетиха)"]
CLAUSE_CONJ = [r"и|а|както и"]
BETWEEN_TWO = [r"между\s+двете"]
SIGNED_IN = {"в", "във"}
FIELD_INTRO = [r"за сътрудничество(?: в (?:областта|областите|сферата|сферите) на)?",
               r"в (?:областта|областите|сферата|сферите) на", r"за", r"в"]
FIELD_END_WORDS = [r"между|с|със|по време|бяха|беше|бе|които|който"]
DOCUMENT_SINGULAR = {"съвместни декларации": "съвместна декларация", "съвместни изявления": "съвместно изявление", "споразумения": "споразумение", "меморандуми": "меморандум", "договори": "договор",
                     "протоколи": "протокол", "програми": "програма", "декларации": "декларация",
                     "планове": "план", "конвенции": "конвенция"}
AMONG_THEM = [r"сред тях|между тях|сред които"]
# сделка на компания, не договор между държави: "споразумение за доставка на газ"
COMMERCIAL_DEAL = [r"(?<!\w)(?:споразумени\w* за (?:доставк\w*|покупк\w*|продажб\w*)|(?:кредитн|инвестиционн|концесионн|лизингов|лицензионн)\w+ споразумени\w*|споразумени\w* за споделени полети)"]
