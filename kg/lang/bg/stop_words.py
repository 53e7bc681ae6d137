"""Bulgarian words that are not names, and the small words around names."""

ABBREVIATIONS = {"млн", "млрд", "хил", "гр", "ул", "т.нар", "т.е", "др", "проф", "д-р", "бул", "чл", "ал", "пр", "св", "акад", "доц", "ген", "адм", "пл", "кв",
                 "яну", "февр", "апр", "авг", "септ", "окт", "дек"}

NAME_STOP = {"и", "в", "на", "с", "със", "за", "по", "от", "каза", "заяви", "подчерта", "днес", "е", "са", "се",
             "си", "а", "но", "г", "година", "този", "тази", "това", "тези", "нашия", "нашият"}
SENT_START_STOP = {"вчера", "днес", "по-късно", "след", "още", "освен", "когато", "утре", "по-рано", "сега", "при", "преди", "благодарение", "въпреки", "заедно", "тогава", "обаче", "също", "впоследствие"}
# ("Н. Пр.": Негово Превъзходителство, His Excellency)
# titles that are given names too: "министърът на търговията на Катар Султан ал-Кувари"
TITLE_NAMES = {"султан", "амир"}
HONORIFICS = {"шейх", "г-н", "г-жа", "господин", "госпожа", "д-р", "проф", "н", "пр"}
# a rank or an honorific in two words between a title and the name: "министърът на отбраната генерал X"
BEFORE_NAME = [r"(?:генерал(?:-лейтенант|-майор)?|адмирал|вицеадмирал|полковник)|г-н|г-жа|д-р"]
# "казахския си колега X"
COUNTERPART_WORDS = {"си", "колега", "колегата", "лидер", "лидерът"}
EVENT_WORDS = {"среща", "форум", "заседание", "сесия", "церемония"}
NOT_PLACES = {"победа", "сила", "орел", "азия", "европа", "африка", "америка"}
HISTORIC_STATES = ["Съветския съюз", "СССР", "Югославия"]
LIST_AND = [r"и"]
BETWEEN = [r"между"]

# endings a noun or an adjective may carry (the gazetteer looks names up by their stem)
NOUN_ENDINGS = {"", "а", "я", "и", "е", "ът", "ят", "та", "то", "те", "ия"}
ADJECTIVE_ENDINGS = {"и", "ия", "ият", "ата", "ото", "ите", "о", "а"}
STEM_SUFFIXES = ("ия",)
STEM_LETTERS = "аяеиуй"
# endings of the adjectives before an organization's head word ("Българската търговско-промишлена палата")
MODIFIER_ENDINGS = ("ски", "ския", "ският", "ската", "ско", "ен", "ния", "на", "ната", "ият", "ни")
# surnames: after a first name, a word of this shape is a surname, not a town
SURNAME_SHAPE = [r"ов|ев|ова|ева|ин|ина|ски"]
# the definite article a noun of an organization's complement carries ("Министерството на енергетиката")
DEFINITE_ENDINGS = [r"та|то|те|ът|ят"]
BOILERPLATE_STARTS = [r"ОЩЕ ОТ|Още по темата|Свързани новини|Прочетете още|Полезни връзки"]

# lowercase particles inside personal names as Cyrillic news writes them: "Мохаммед бин Салман", "фон дер Ляйен"
NAME_PARTICLES = {"бин", "ибн", "бен", "ал", "аль", "ас", "ад", "фон", "дер", "ван", "де", "да", "дос", "ди", "ла"}
# "son of" after a given name: "Мохаммад бин Абдулкарим" is no known surname "Мохаммед"
PATRONYMIC_PARTICLES = {"бин", "ибн", "бинт", "бен"}
# after a surname, no surname ("Маркос-младший")
NAME_SUFFIXES = {"младши", "старши"}
# a patronymic between the given name and the surname: "Михаил Владимирович Мишустин"
PATRONYMIC_ENDINGS = [r"ович|евич|овна|евна"]
# plural place names ("Малдиви", "Филипините"): a bare stem may be one of their forms
PLACE_PLURAL_ENDINGS = ("и", "ите")

# a part of a state named like a state: no state is read inside it
NOT_STATE_NAMES = [r"Република Сръбска"]
