"""People named without a title: a full name before a verb people do ("Viktor Orbán said"), a later
surname alone of a person titled earlier ("Tokayev said", "Токаевым"), an honorific and a given name
("Sheikh Tamim"), and people known from other articles."""
from __future__ import annotations

import difflib
import functools
from collections import ChainMap

from ..lang import lexicon
from ..lang.names import name_key, name_words
from ..lang.script import CLOSE_SPELLINGS, is_cyrillic, latin_key, translit
from .common import gap, is_abbreviation, is_cap, taken_spans
from .model import PersonRef, Sentence
from .scan import SURNAME, VERB, flagged

LX = lexicon()


def untitled(s: Sentence) -> None:
    """"Касым-Жомарт Токаев отметил", "Viktor Orbán said": a full name before a verb people do."""
    if not s.every & VERB:
        s.persons.sort(key=lambda p: p.start)
        return
    for m in LX.person_verb.finditer(s.text):
        a, b = m.start("name"), m.end("name")
        if any(a < p.end and p.start < b for p in s.persons):
            continue
        if any(a < x.end and x.start < b for x in s.states) or any(a < n.end and n.start < b for n in s.named) \
                or any(a <= mm.span.start < b for mm in s.matches):
            continue
        words = m.group("name").split()
        while words and (words[0].lower() in LX.name_stop | LX.sent_start_stop
                         or len(words) > 2 and is_abbreviation(words[0])):     # ("ООН Антониу Гутерриш")
            a += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(w.lower() in LX.name_stop or latin_key(w) in LX.org_heads
                                 or w.lower() in LX.event_words or (len(w) > 1 and w.lower() in LX.number_words)
                                 for w in words) \
                or LX.title_re.search(" ".join(words)):
            continue
        s.persons.append(PersonRef(" ".join(words), a, b, None, None, False, titled=False))
    s.persons.sort(key=lambda p: p.start)


def could_be_surname(word: str) -> bool:
    """Whether a word is worth looking up as the surname of a person known from elsewhere."""
    return len(word) >= 4 and is_cap(word)


@functools.lru_cache(maxsize=100_000)
def _forms_and_keys(word: str) -> tuple:
    return tuple((f, name_key(f)) for f in surname_forms(word))


def surname_forms(word: str) -> list[str]:
    """The forms, in the order tried, under which ``word`` could be a known person's surname: itself,
    then (Cyrillic) itself without a case ending."""
    forms = [word]
    if is_cyrillic(word):
        low = word.lower()
        forms += [word[:-len(e)] for e in LX.surname_case_endings if low.endswith(e) and len(word) - len(e) >= 3]
    return forms


def surname_forms_and_keys(word: str) -> tuple:
    """(form, key) of each of :func:`surname_forms`, in the order tried."""
    return _forms_and_keys(word)


def surname_keys(word: str) -> tuple:
    """The keys (:func:`kg.lang.names.name_key`) of :func:`surname_forms`: where a known surname is looked up."""
    return _keys(word)


@functools.lru_cache(maxsize=100_000)
def _keys(word: str) -> tuple:
    return tuple(k for _, k in _forms_and_keys(word))


@functools.lru_cache(maxsize=100_000)
def _spelled_alike(form: str, surname: str) -> bool:
    """Whether two spellings with one consonant skeleton are close enough to be one name across scripts
    and transliterations (Tokayev/Токаев/Tokaev, Zhaparov/Жапаров), not a word that merely shares a short
    skeleton with it ("Днес" and "Dodayuin" are both d-n)."""
    a, b = translit(form).lower(), translit(surname).lower()
    for x, y in CLOSE_SPELLINGS:
        a, b = a.replace(x, y), b.replace(x, y)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def known_person(word: str, known: dict):
    """The person of ``known`` (surname key -> :class:`PersonRef`) that ``word`` names by surname, if any.

    >>> p = PersonRef("Kassym-Jomart Tokayev", 0, 0, "President", "KZ", False, key=name_key("Tokayev"))
    >>> [known_person(w, {p.key: p}) is p for w in ("Tokayev", "Токаев", "Токаевым", "Takes")]
    [True, True, True, False]
    """
    for form, key in _forms_and_keys(word):
        p = known.get(key)
        if p is None:
            continue
        surname = _called(p, key)
        if translit(form)[:1].lower() == translit(surname)[:1].lower() and _spelled_alike(form, surname):
            return p
    return None


def own_people(sents: list[Sentence]) -> dict:
    """Surname key -> the first person of the article's own reading with that key."""
    own: dict[str, PersonRef] = {}
    for s in sents:
        for p in s.persons:
            for k in p.keys:
                own.setdefault(k, p)
            if p.written and len(name_words(p.written)) == 1:
                # a titled given name the holders' table completed ("PM Anwar": Anwar Ibrahim): the
                # article goes on calling him so
                own.setdefault(name_key(p.written), p)
    return own


def _called(p, key: str) -> str:
    """The word of ``p``'s name a mention keyed ``key`` stands for: the surname, or the given name where
    the person is called by it ("Anwar" of Anwar Ibrahim)."""
    words = name_words(p.name)
    parts = words[-1].split("-")       # a double-barrelled surname: "Davkova" of Siljanovska-Davkova
    last = next((x for x in parts if name_key(x) == key), words[-1]) if len(parts) > 1 else words[-1]
    return next((w for w in words[:-1] if name_key(w) == key and key != p.key), last)


def add_known_names(sents: list[Sentence], known: dict) -> None:
    """Mark mentions of people known from other articles (by surname key), as :func:`bare_names`."""
    bare_names(sents, known)


def bare_names(sents: list[Sentence], extra: dict | None = None) -> None:
    """Later mentions of a titled person by surname or full name alone ("Tokayev said", "Радев").

    A surname is looked up among the article's own people first, then among ``extra`` (people titled in
    other articles): the President Karim an article itself introduces is the Karim it speaks of."""
    known = ChainMap(own_people(sents), extra or {})
    if not any(known.maps):
        return
    looked: dict = {}      # word -> the known person it names (words recur in an article)
    doubted = _namesakes(sents, known, looked) if extra else set()
    for s in sents:
        taken = taken_spans(s)
        for i in flagged(s, SURNAME):     # the words that could be a surname (kg.mentions.scan)
            t = s.tokens[i]
            if len(t.text) < 4 and name_key(t.text) not in known:
                continue   # (a short word is a surname only as it is: "Xi"; most are "He", "The", "На")
            if any(a <= t.start < b for a, b in taken):
                continue
            p = looked[t.text] if t.text in looked else looked.setdefault(t.text, known_person(t.text, known))
            if p is None or p.key in doubted:
                continue
            nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            if nxt is not None and s.text[t.end:nxt.start] == " " and is_cap(nxt.text) \
                    and nxt.text.lower() not in LX.name_stop and not any(a <= nxt.start < b for a, b in taken) \
                    and not any(c.start <= nxt.start < c.end for c in s.cities) \
                    and not any(m.span.start <= nxt.start < m.span.end for m in s.matches):
                continue   # the first name of someone else ("Юмар Жантанурин"), not a known surname
            if _other_first_name(s, i, p, taken):
                continue   # a namesake: "Владимир Захариев" is not the known Екатерина Захариева
            if nxt is not None and nxt.text.lower() in LX.patronymic_particles and i + 2 < len(s.tokens) \
                    and is_cap(s.tokens[i + 2].text):
                continue   # a given name before "bin X" ("Mohammad bin Salem"), not a known "Mohammed VI"
            if any(c.start <= t.start < c.end for c in s.cities) and \
                    translit(t.text).lower() != translit(name_words(p.name)[-1]).lower():
                continue   # a city of the gazetteer ("Сараево") that merely sounds like a known surname
            start, name = t.start, t.text
            called = next((_called(p, k) for k in surname_keys(t.text) if known.get(k) is p), name_words(p.name)[-1])
            if t.text != called:
                name = called      # a surname alone as the person's name has it: "Трампом" Трамп
            # "Владимир Путин" without a title: take the first name along
            firsts = name_words(p.name)[:-1]
            if firsts and i and firsts[-1] in surname_forms(s.tokens[i - 1].text) \
                    and gap(s.text, s.tokens[i - 1], t, " "):   # "Владимиром Путиным": the first name too
                start = s.tokens[i - 1].start
                # the name as the title gave it when the text declines it ("с Си Цзиньпином")
                name = s.text[start:t.end] if t.text == name_words(p.name)[-1] else p.name
            if start == t.start and i and s.text[s.tokens[i - 1].end:t.start] == "-" \
                    and is_cap(s.tokens[i - 1].text) and "-" in name_words(p.name)[-1]:
                start = s.tokens[i - 1].start     # the whole double-barrelled surname: "Силяновска-Давкова"
                name = called = s.text[start:t.end]
            written = ""
            if p.known and p.key not in known.maps[0] and name == called and len(name_words(p.name)) > 1 \
                    and (start == t.start or len(name_words(name)) == 1):
                written, name = name, p.name     # "Радев" alone: the office holder's full name, the surname kept
            s.persons.append(PersonRef(name, start, t.end, p.role, p.iso, p.former, titled=False, key=p.key,
                                       known=p.known, written=written))
        s.persons.sort(key=lambda p: p.start)
        s.cities = [c for c in s.cities if not any(p.start <= c.start < p.end for p in s.persons)]
    _honorific_names(sents)


def _namesakes(sents: list[Sentence], known: ChainMap, looked: dict) -> set:
    """Keys of people known from elsewhere (the holders' table, other articles) whose surname the article
    also gives after another first name ("Депутатът Иван Радев ..."): there the surname alone may be the
    namesake's, not the known person's."""
    own = known.maps[0]
    out = set()
    for s in sents:
        taken = None
        for i in flagged(s, SURNAME):
            w = s.tokens[i].text
            p = looked[w] if w in looked else looked.setdefault(w, known_person(w, known))
            if p is None or p.key in own or p.key in out:
                continue
            taken = taken_spans(s) if taken is None else taken
            if _other_first_name(s, i, p, taken):
                out.add(p.key)
    return out


def _other_first_name(s: Sentence, i: int, p, taken: list) -> bool:
    """The word before token ``i`` is a first name, and not one of the known person ``p``'s."""
    if not i:
        return False
    prev, t = s.tokens[i - 1], s.tokens[i]
    firsts = name_words(p.name)[:-1]
    w = prev.text
    if not firsts or s.text[prev.end:t.start] != " " or not is_cap(w) or w.isupper() \
            or w.lower() in LX.name_stop or w.lower() in LX.sent_start_stop or w.lower() in LX.honorifics \
            or LX.title_re.fullmatch(w) or LX.plural_title_re.fullmatch(w) \
            or any(a <= prev.start < b for a, b in taken) \
            or any(c.start <= prev.start < c.end and s.placed(c.start) for c in s.cities):
        return False      # ("в Москве Путин заявил": a place, not a first name; "Владимир" alone may be one)
    return not any(f in surname_forms(w) or w in surname_forms(f) for f in firsts)


def _honorific_names(sents: list[Sentence]) -> None:
    """"Sheikh Tamim": an honorific and a given name stand for the article's own titled person of that
    given name (Gulf rulers are named so, not by their family name)."""
    firsts: dict[str, PersonRef] = {}
    for s in sents:
        for p in s.persons:
            parts = [w for w in p.name.split() if w.lower() not in LX.name_particles]
            if p.titled and len(parts) > 1:
                firsts.setdefault(parts[0], p)
    if not firsts:
        return
    for s in sents:
        for m in LX.honorific_name.finditer(s.text):
            p = firsts.get(m.group("given"))
            a, b = m.start("given"), m.end("given")
            if p is None or any(x.start <= a < x.end for x in s.persons):
                continue
            s.persons.append(PersonRef(m.group("given"), a, b, p.role, p.iso, p.former, titled=False, key=p.key))
            s.persons.sort(key=lambda x: x.start)
