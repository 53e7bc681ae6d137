"""What Bulgarian and Russian news write alike, listed once and taken by both packs: the heading of a
named gathering with its genitive complement, and the nominative of such a heading."""

# a capitalised Cyrillic head with its complement: "Форуме межрегионального сотрудничества",
# "Среща на върха на ..."; case-sensitive
NAMED_GATHERING = [r"(?<!\w)(?:Форум|Саммит|Конференци|Конгрес|Среща на върха)\w*"
                   r"(?:\s+[а-яё-]+(?:ого|его|ой|ей|ых|их|ия|ии|ния|ва|та|те)){1,3}"]
# (pattern at the start of a label, replacement): the heading in the nominative ("Форуме" -> "Форум")
GATHERING_NOMINATIVE = [(r"(Форум|Саммит|Конгресс?)\w*", r"\1"), (r"(Конференци)\w*", r"\1я")]
# decorations named in quotes or after their head word: "орден „Стара планина“", "орденом Дружбы"
AWARD_HEAD_STEMS = ["орден", "медал"]
# a corridor's head word before a chain of places: "коридора Балтийско – Егейско – Черно море"
CHAIN_HEADS = [r"[Кк]оридор", r"[Мм]аршрут", r"[Мм]агистрал", r"[Гг]азопровод", r"[Нн]ефтопровод", r"[Ии]нтерконн?ектор"]
CORRIDOR_NUMBER_HEADS = [r"Коридор|Коридора|коридор"]
CORRIDOR_PREFIXES = {"между", "транс"}
HONORIFIC_TITLES = [r"Шейх\w*|шейх\w*"]
# a visit's length in days, its number word the adjective's first part: "двухдневный", "тридневното"
VISIT_LENGTH = [r"(?<!\w)(?P<n>\w+?)дневн\w*"]
