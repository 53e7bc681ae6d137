"""Russian declension undone: a name or an organization's head word back in the nominative.

>>> nominative("Шавкатом Мирзиёевым", "Президентом")
'Шавкат Мирзиёев'
>>> nominative("Касым-Жомарта Токаева", "Президента"), nominative("Касым-Жомартом Токаевым", "Президентом")
('Касым-Жомарт Токаев', 'Касым-Жомарт Токаев')
>>> nominative("Эммануэлем Макроном", "Президентом"), nominative("Алексея Оверчука", "Вице-премьера")
('Эммануэль Макрон', 'Алексей Оверчук')
>>> nominative("Фостеном Арканжем Туадерой", "президентом"), nominative("Марией Захаровой", "представителем")
('Фостен Арканж Туадера', 'Мария Захарова')
>>> nominative("Майей Санду", "президентом"), nominative("Ланы Кривец", "председателя")
('Майя Санду', 'Лана Кривец')
>>> nominative("Лидии Марковой", "председателя"), nominative("Тумелы Ндлову", "президента")
('Лидия Маркова', 'Тумела Ндлову')
>>> nominative("Ясне Дорич", "премьеру"), nominative("Ким Ханом", "генеральным")
('Ясна Дорич', 'Ким Хан')
>>> nominative("Дашей Лоркой", "послом"), nominative("Джордж Чапонда", "глава")
('Даша Лорка', 'Джордж Чапонда')
>>> nominative("Владимиром Зеленским", "президентом"), nominative("Ирины Зеленской", "министра")
('Владимир Зеленский', 'Ирина Зеленская')
>>> nominative("Ираклию Кобахидзе", "премьеру"), nominative("Абдулла Арипов", "премьер-министра")
('Ираклий Кобахидзе', 'Абдулла Арипов')
>>> nominative("Горданой Силяновской-Давковой", "президентом")
'Гордана Силяновская-Давкова'
>>> nominative("Рустама Бекова", "коллегу"), nominative("Айгуль Бекову", "коллегу")
('Рустам Беков', 'Айгуль Бекова')
>>> nominative("Марию Зеленскую", "президента"), nominative("Аной Брнабич", "премьер-министром")
('Мария Зеленская', 'Ана Брнабич')
>>> nominative("Андреей Ковач", "министром"), nominative("Яном Новаком", "министром")
('Андрея Ковач', 'Ян Новак')
>>> nominative("Ингриде Шимоните", "премьер-министру"), nominative("Раймонды Билотайте", "министра")
('Ингрида Шимоните', 'Раймонда Билотайте')

>>> org_nominative("Агентством французского развития"), org_nominative("Банка развития Казахстана")
('Агентство французского развития', 'Банк развития Казахстана')
>>> org_nominative("Высшего межгосударственного совета"), org_nominative("Евразийской экономической комиссией")
('Высший межгосударственный совет', 'Евразийская экономическая комиссия')
>>> org_nominative("Российским фондом прямых инвестиций")
'Российский фонд прямых инвестиций'
"""
from __future__ import annotations

import re

from ..script import CYR_CONSONANTS as _CONS
from .cues import ORG_CASE_ENDINGS, ORG_NOMINATIVE
from .documents import DOC_NOMINATIVE


# titles whose nominative ends as a genitive does
_NOMINATIVE_TITLES = {"глава", "судья", "вице-спикер"}
# titles of the -а declension whose genitive ends in -и/-ы ("сербского коллеги Марко Джурича")
_A_STEM_GENITIVE = {"коллеги", "главы"}
# and whose accusative ends in -у: a man's name after them is in the accusative, which is his genitive
# ("встретил своего коллегу Рустама Бекова")
_A_STEM_ACCUSATIVE = {"коллегу", "главу"}


def nominative(name: str, title: str) -> str:
    """The name in the nominative when the title before it shows an oblique case."""
    end = title.lower().split()[0]
    if end in _NOMINATIVE_TITLES:     # "глава МИД Малави Джордж Чапонда": a title whose nominative ends in -а
        return name
    if re.search(r"(ом|ем|ём|ой|ей|ами|ями|ым|им)$", end):    # Президентом, коллегой, президентами, генеральным
        case = "ins"
    elif end in _A_STEM_GENITIVE or end in _A_STEM_ACCUSATIVE or re.search(r"(ов|ев)$", end):    # "президентов ... Шавката Мирзиёева": the names in the genitive
        case = "gen"
    elif re.search(r"(ам|ям)$", end):
        case = "dat"
    elif re.search(r"[^т]а$|та$|ля$", end) and not end.endswith("ята"):    # президента, председателя
        case = "gen"
    elif re.search(r"[ую]$", end):
        case = "dat"
    elif end.endswith("е"):    # "главе" (dative) or "президенте" (prepositional): a name's -е is ambiguous
        case = "prep"
    else:
        return name
    words = name.split()
    if case == "gen" and re.search(_WOMANS_ACCUSATIVE, words[-1]) and (
            len(words) == 1 or re.search(rf"[уюь{_CONS}]$", words[0].lower())):
        # a woman's name in the accusative after a title that may be one ("встретил президента / коллегу
        # Айгуль Бекову"): a man's genitive (Бекова) would not end so, and her given name is no genitive
        # ("председателя Тумелы Ндлову": a surname in -у of the nominative)
        return " ".join(re.sub(r"ую$", "ая", re.sub(r"(?<=[иь])ю$", "я", re.sub(rf"(?<=\w[{_CONS}])у$", "а", w)))
                        for w in words)
    if len(words) > 1 and re.search(_NOMINATIVE_SURNAME, words[-1]):
        return name       # "премьер-министра ... Абдулла Арипов": a surname in the nominative, so is the name
    # only the last part of a hyphenated name declines: "Касым-Жомартом" is Касым-Жомарт
    out = ["-".join(w.split("-")[:-1] + [_nominative_word(w.split("-")[-1], case)]) for w in words[:-1]]
    first = out[0] if out else ""
    last = words[-1].split("-")
    parts = [_nominative_surname(x, case, first) for x in last]
    if not all(a != b for a, b in zip(parts, last)):     # a double surname declines in both parts
        parts = last[:-1] + parts[-1:]                  # ("Силяновской-Давковой"), else in its last
    return " ".join(out + ["-".join(parts)])


# a woman's surname in the accusative: Бекову, Зеленскую
_WOMANS_ACCUSATIVE = r"(?:ов|ев|ёв|ин|ын)у$|[сц]кую$"
# a man's surname in the nominative (no oblique form ends so): Арипов, Мирзиёев, Путин, Зеленский
_NOMINATIVE_SURNAME = r"(?:ов|ев|ёв|ин|ын|ский|цкий)$"
# surnames that never decline: Кобахидзе, Зурабишвили, Порошенко, Черных; a Lithuanian woman's
# (Шимоните, Билотайте, Грибаускене)
_INDECLINABLE = ("дзе", "швили", "енко", "ко", "ых", "их", "ите", "йте", "уте", "юте", "ене")


def _nominative_surname(w: str, case: str, first: str) -> str:
    """A surname: an adjectival one (Зеленским, Зеленского, Зеленскому: Зеленский; a woman's Зеленской:
    Зеленская, her first name telling), one that never declines, else as any name word."""
    if w.lower().endswith(_INDECLINABLE):
        return w
    m = re.search(r"(?<=\w{2})([сц]к)(?:ого|ому|им|ом)$", w)
    if m:
        return w[:m.end(1)] + "ий"
    m = re.search(r"(?<=\w{2})([сц]к)ой$", w)
    if m:
        return w[:m.end(1)] + ("ая" if first.lower().endswith(("а", "я")) else "ий")
    return _nominative_word(w, case)


def _nominative_word(w: str, case: str) -> str:
    """One name word from the instrumental, genitive or dative: a hard stem loses the ending
    (Шавкатом, Токаева, Токаеву), a soft one ends in -ь after a consonant (Эммануэлем, Игоря) and in -й
    after a vowel (Алексеем, Алексея); an a-stem or a woman's surname in -ой/-ей is one in -а/-я (Туадерой,
    Захаровой, Марией) in every oblique case."""
    if re.search(r"(?<=\w{2})ой$", w):     # (Захаровой, Аной)
        return w[:-2] + "а"
    if case == "ins" and re.search(r"(?<=\w{2}[иьйе])ей$", w):     # (Марией, Андреей: Андрея)
        return w[:-2] + "я"
    if case == "ins" and re.search(r"(?<=\w{2}[жшчщц])ей$", w):    # an a-stem after a hissing sound: Джорджей
        return w[:-2] + "а"
    if case == "ins":
        if re.search(r"(?<=\w{2})(ым|ом)$", w):     # (Шавкатом, Яном)
            return w[:-2]
        if re.search(r"(?<=\w{2})ем$", w):
            before = w[-3].lower()
            return w[:-2] + ("й" if before in "аеиоуыэюяё" else "" if before in "жшчщц" else "ь")
        return w
    if case == "gen":
        if re.search(rf"(?<=[{_CONS}])а$", w):
            return w[:-1]
        if re.search(rf"(?<=\w[{_CONS}])ы$", w):    # an a-stem: Рамафосы, Нарендры
            return w[:-1] + "а"
        if re.search(r"(?<=\w)[ий]и$", w):    # Марии, Майи
            return w[:-1] + "я"
        if re.search(r"(?<=\w{2})я$", w):
            return w[:-1] + ("й" if w[-2].lower() in "аеиоуыэюё" else "ь")
        return w
    if case == "dat" and re.search(rf"(?<=\w[{_CONS}])е$", w):    # a man's dative is -у: -е is an a-stem's
        return w[:-1] + "а"
    if re.search(rf"(?<=[{_CONS}])[уе]$", w):
        return w[:-1]
    if re.search(r"(?<=\w{2})ю$", w):
        return w[:-1] + ("й" if w[-2].lower() in "аеиоуыэяё" else "ь")
    return w


def org_nominative(name: str) -> str:
    """An organization's name with its head word, and the adjectives before it, in the nominative
    ("Министерством образования Армении" -> "Министерство образования Армении", "Высшего
    межгосударственного совета" -> "Высший межгосударственный совет")."""
    return _head_nominative(name, ORG_NOMINATIVE)


def title_nominative(title: str) -> str:
    """A document's title with its head word, and the adjectives before it, in the nominative.

    >>> title_nominative("Протокола третьего заседания"), title_nominative("Совместного заявления о партнёрстве")
    ('Протокол третьего заседания', 'Совместное заявление о партнёрстве')
    >>> title_nominative("Дорожной карты"), title_nominative("Соглашения между Республикой Казахстан")
    ('Дорожная карта', 'Соглашение между Республикой Казахстан')
    """
    return _head_nominative(title, DOC_NOMINATIVE)


def _head_nominative(name: str, heads) -> str:
    words = name.split(" ")
    for h, word in enumerate(words[:4]):
        low = word.lower()
        for stem, ending in heads:
            if low.startswith(stem) and low[len(stem):] in ORG_CASE_ENDINGS:
                adjs = [_adjective_nominative(w, ending) for w in words[:h]]
                if None in adjs:
                    return name
                nom = stem + ending
                head = nom[:1].upper() + nom[1:] if word[:1].isupper() else nom
                return " ".join(adjs + [head] + words[h + 1:])
    return name


# an adjective's oblique ending -> its nominative, by the gender of the head ("" masculine, "о" neuter,
# "а"/"я" feminine); after к, г, х, ж, ш, щ, ч a masculine one ends in -ий ("Тюркского" -> "Тюркский")
_ADJ_OBLIQUE = {"": ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ый", "ий"),
                "о": ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ое", "ее"),
                "а": ("ой", "ей", "ую", "юю", "ою", "ая", "яя")}


def _adjective_nominative(w: str, gender: str) -> str | None:
    g = "а" if gender in ("а", "я") else "о" if gender in ("о", "е") else gender
    end = next((e for e in _ADJ_OBLIQUE[g] if w.lower().endswith(e) and len(w) > len(e) + 2), None)
    if end is None:
        return None
    stem = w[:-len(end)]
    soft = end in ("его", "ему", "им", "ем", "ее", "ий", "ей", "юю", "яя")
    hushing = stem[-1:].lower() in "кгхжшщч"
    if g == "":
        return stem + ("ий" if soft or hushing else "ый")
    if g == "о":
        return stem + ("ее" if soft and not hushing else "ое")
    return stem + ("яя" if soft and not hushing else "ая")
