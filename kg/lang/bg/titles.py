"""Bulgarian titles of office (with their definite forms) and the words around them."""

BODY_TITLES = [
    (r"председател(?:ят|я)? на (?:народното събрание|парламента|сената)", "Speaker"),
    (r"председател(?:ят|я)? на (?:министерския съвет|кабинета на министрите)", "Prime Minister"),
    (r"секретар(?:ят|я)? на съвета за сигурност", "Secretary of the Security Council"),
]
TITLES = [
    (r"вицепрезидент(?:ът|а)?", "Vice President"),
    (r"вицепремиер(?:ът|а)?|заместник министър-председател(?:ят|я)?", "Deputy Prime Minister"),
    (r"министър[- ]председател(?:ят|я)?|премиер(?:ът|а)?", "Prime Minister"),
    (r"министър(?:ът|а)? на външните работи|външ(?:ният|ния|ен) министър", "Minister of Foreign Affairs"),
    (r"заместник[- ]министър(?:ът|а)?", "Deputy Minister"),
    (r"министър(?:ът|а)?", "Minister"),
    (r"лидер(?:ът|а)?", "Leader"),
    (r"главн(?:ият|ия) съветник|главен съветник", "Chief Adviser"),      # Bangladesh's head of government
    (r"президент(?:ът|а)?", "President"),
    (r"държавн(?:ият|ия) глава", "President"),
    (r"постоянн(?:ият|ия) представител(?:ят|я)?", "Permanent Representative"),
    (r"посланик(?:ът|а)?", "Ambassador"),
    (r"крал(?:ят|я)?", "King"),
    (r"председател(?:ят|я)?", "Chairman"),
    (r"емир(?:ът|а)?", "Emir"),
    (r"колега(?:та)?", None),
]
COUNTERPART_TITLES = [r"колега(?:та)?"]
STAFF_BEFORE = [r"(?:говорител|прессекретар|съветни|администрация|кабинет|пратени|съпруг|син|дъщер)\w*\s+(?:на\s+)?$"]
COUNTERPART_FROM = [r"(?:си\s+)?от\s+"]
POSTED_TO = [r"(?:в|във|към|при)\s+"]
FORMER = [r"бивш\w*", r"покойн\w*"]
GENITIVE_OF = [r"на\s+"]
# the portfolio after a minister's title: "министърът на отбраната", "министър на транспорта и съобщенията"
# (lowercase words after "на", up to the state or the name)
PORTFOLIO = [r"\s+на\s+[а-я][а-я-]*(?:\s+(?:и\s+)?[а-я][а-я-]*){0,5}?(?=\s+(?:на\s+)?[А-ЯЁ]|\s*,)"]
# stems of words for a form of state (declined): "Кралство ...", "Федерация ..."
STATE_FORM_STEMS = ("републик", "кралств", "федераци", "емирств", "княжеств", "султанат", "конфедераци", "херцогств")
GOVERNMENT_BODY = [r"(?:на Министерския съвет|на правителството)\s+"]
INVITATION = [r"\bпо покана на\b"]
PERSON_VERBS = [r"каза|заяви|подчерта|отбеляза|проведе|посрещна|връчи|посети|пристигна|подписа|изрази|предложи|"
                r"благодари|покани|се срещна"]
PLURAL_TITLES = [
    (r"президентите|президенти|държавните глави", "President"),
    (r"министър-председателите|премиерите", "Prime Minister"),
    (r"външните министри|министрите на външните работи", "Minister of Foreign Affairs"),
    (r"министрите", "Minister"),
]
