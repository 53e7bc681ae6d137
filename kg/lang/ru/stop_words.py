"""Russian words that are not names, and the small words around names."""

ABBREVIATIONS = {"млн", "млрд", "тыс", "руб", "долл", "им", "гр", "ул", "др", "проф", "пр", "т.е", "св", "акад", "ген", "адм", "пл", "обл", "зам",
                 "янв", "фев", "февр", "апр", "авг", "сент", "окт", "нояб", "дек"}

NAME_STOP = {"и", "в", "на", "с", "за", "по", "от", "сказал", "заявил", "отметил", "сегодня", "а", "но", "г",
             "года", "год", "этот", "эта", "это", "эти", "наш", "данный"}
SENT_START_STOP = {"позже", "затем", "вчера", "после", "также", "тогда", "однако", "кроме", "сегодня", "ранее", "теперь", "накануне", "впоследствии", "при", "перед", "благодаря", "несмотря", "помимо", "вместе", "выступая", "приветствуя"}
# titles that are given names too: "министр торговли Катара Султан Аль-Кувари"
TITLE_NAMES = {"султан", "амир"}
HONORIFICS = {"шейх", "шейха", "шейхом", "шейху", "господин", "госпожа", "господина", "госпожи", "г-н", "г-жа"}
# a rank or an honorific in two words between a title and the name: "министр обороны Украины генерал армии X"
BEFORE_NAME = [r"(?:генерал(?:-полковник|-лейтенант|-майор)?|адмирал|вице-адмирал|маршал|полковник)\w{0,2}|армии|г-н|г-жа"]
# "своего казахстанского коллеги X"
COUNTERPART_WORDS = {"коллега", "коллеги", "своего", "своим", "свой", "своя", "лидер"}
EVENT_WORDS = {"форум", "заседание", "встреча", "саммит", "сессия", "церемония"}
NOT_PLACES = {"мир", "победа", "пресс", "сила", "орёл", "орел", "чудотворец", "азия", "европа", "африка",
              "америка", "дворцы"}   # ("в Дворце независимости": a palace, not the village of Дворцы)
HISTORIC_STATES = ["Советский Союз", "СССР", "Югославия"]
LIST_AND = [r"и"]
BETWEEN = [r"между"]

# case endings of nouns and adjectives (the gazetteer looks names up by their stem)
NOUN_ENDINGS = {"", "а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ой", "ей", "ою", "ею", "ия", "ии", "ию",
                "ией", "ам", "ям", "ами", "ями", "ах", "ях", "ь", "й",
                # a feminine noun in -ь in the instrumental: "между Казанью и Рязанью"
                "ью"}
# the oblique endings of a noun in -а ('Гана': Ганы, Гане, Гану, Ганой): a city's alternate name written so
# is that state's name in a case, not the city ('Ганой' is Ghana, never Hanoi)
A_STEM_NOMINATIVE = {"а"}
# a case ending -> the endings of the nominative it may stand for, likeliest first: the label of a place
# written "в Софии" is София (not an alternate Софи), "в Праге" Прага (not Праг), "в Париже" Париж (not
# Парижь), "в Дубае" Дубай
CASE_NOMINATIVE = {"ии": ("ия", "ий"), "ие": ("ия", "ие"), "ию": ("ия",), "ией": ("ия",),
                   "е": ("а", "я", "", "й", "ь", "е"), "у": ("а", "", "у"), "ю": ("я", "ь", "ю"),
                   "ы": ("а", "ы"), "и": ("я", "ь", "и", "а"), "ой": ("а", "ой"), "ей": ("я", "ь", "ей"),
                   "ом": ("",), "ем": ("ь", "й", ""), "ах": ("ы", "и"), "ях": ("и",),
                   "а": ("", "а"), "я": ("ь", "й", "я")}
A_STEM_OBLIQUE = {"ы", "и", "е", "у", "ой", "ою", "ей"}
# a name ending so ("Дания", "Гана") takes none of these endings: "Даном" (of Никушор Дан) is no form of it
A_STEM_FINALS = {"а", "я"}
NOT_A_STEM_ENDINGS = {"ом", "ем", "ём", "ов", "ев", "ым", "им"}
# endings only adjectives have: a name's adjective in any case ('Новая', 'Новую' Зеландия), never a surname's
ADJECTIVE_ONLY_ENDINGS = {"ая", "ую", "яя", "юю", "ые", "ое"}
ADJECTIVE_ENDINGS = {"ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им",
                     "ом", "ем", "ей", "ую", "юю", "ых", "их", "ыми", "ими"}
STEM_SUFFIXES = ("ия", "ая", "ья")
STEM_LETTERS = "аяеиыуюьй"
MODIFIER_ENDINGS = ("ный", "ного", "ная", "ной", "ий", "ого", "ая", "ова", "ния",
                    # the other cases: "Казахстанско-болгарской межправительственной комиссии"
                    "ской", "ском", "скую", "ских", "ным", "ном", "ную", "ному", "ных", "ыми", "ими")
SURNAME_SHAPE = [r"ов|ев|ёв|ова|ева|ин|ина|ский|ская|енко|ян|дзе|швили"]
# the case endings a surname may carry ("Токаева", "Токаеву", "Токаевым", "Радевой"), in the order tried;
# a word is looked up without one of these only, so "Днес" is not "Дне"
SURNAME_CASE_ENDINGS = ("ым", "им", "ом", "ем", "ой", "ей", "ую", "а", "я", "у", "ю", "е")
# plural place names ("Мальдивы", "Филиппины"): their bare stem is their genitive ("Мальдив")
PLACE_PLURAL_ENDINGS = ("ы", "и")
# place names that keep one form in every case (Темпе, Кобе, Баку, Дуэ; not Запорожье, Бологое): a word
# that only starts like one is no form of it
INDECLINABLE_NAMES = [r"(?<![ьое])е|[уюэ]"]
# the instrumental of a name adds a consonant to its key (Мирзиёевым, Шавкатом): dropped for the key
NAME_KEY_ENDINGS = [r"ым|им|ом|ем"]
BOILERPLATE_STARTS = [r"ЧИТАЙТЕ ТАКЖЕ|Читайте также|Смотрите также|Другие новости|Похожие новости"]

# lowercase particles inside personal names as Cyrillic news writes them: "Мохаммед бин Салман", "фон дер Ляйен"
NAME_PARTICLES = {"бин", "ибн", "бен", "ал", "аль", "ас", "ад", "фон", "дер", "ван", "де", "да", "дос", "ди", "ла"}
# "son of" after a given name: "Мохаммад бин Абдулкарим" is no known surname "Мохаммед"
PATRONYMIC_PARTICLES = {"бин", "ибн", "бинт", "бен"}
# after a surname, no surname ("Маркос-младший")
NAME_SUFFIXES = {"младший", "старший"}
# a patronymic between the given name and the surname, in any case: "Михаила Владимировича Мишустина"
PATRONYMIC_ENDINGS = [r"(?:ович|евич|овн|евн|ичн)\w{0,3}"]

# a part of a state named like a state: no state is read inside it
NOT_STATE_NAMES = [r"Республик[аиеуой]{1,2} Сербск(?:ая|ой|ую)"]
