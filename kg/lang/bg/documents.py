"""Bulgarian words of signed documents: their kinds, the verbs of signing, lists of them, hedges."""

AGREEMENT_NOUNS = [
    (r"меморандум(?:а|ът|и|ите)?", "memorandum", "Memorandum"),
    (r"съвместн(?:о|ото) изявление|съвместна декларация|декларация(?:та)?", "joint declaration", "JointStatement"),
    (r"съвместно(?:то)? комюнике|комюнике(?:то)?", "joint statement", "JointStatement"),
    (r"пътна(?:та)? карта", "roadmap", "Roadmap"),
    (r"план(?:ът|а|ове)?|програм(?:а|ата)", "plan", "Plan"),
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
PACKAGE_WORTH = [r"на стойност|на обща стойност"]
COMPLEMENT_WORDS = [r"между|за|по|на"]
NP_STOP = {"и", "документи", "подписаха", "разменени", "бяха"}
NP_MODIFIERS = {"и"}
NP_END_WORDS = [r"както и|бяха|беше|бе|е"]
CLAUSE_CONJ = [r"и|а|както и"]
BETWEEN_TWO = [r"между\s+двете"]
