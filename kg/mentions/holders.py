"""Leaders the text names without a title, recognised from the reference list of office holders
(:mod:`kg.reference.leaders`): a full name ("Shavkat Mirziyoyev stated", "Ильхама Алиева"), and, in an
article about their state, a surname alone ("Putin said", "Лукашенко в Иране"). They get the office
and state of the row; what the text says of a person (a title, a state) is never overridden."""
from __future__ import annotations

import functools
import re

from ..lang import lexicon, pack
from ..lang.names import name_key
from ..reference.leaders import GIVEN_NAME_USED, Holder, holders, words_of
from .common import gap, is_cap, staff_before, taken_spans
from .model import PersonRef, Sentence
from .names import surname_forms_and_keys, surname_keys
from .scan import CAP, SURNAME, flagged

LX = lexicon()


def _name(h: Holder, text: str, lang: str) -> str:
    # Russian declines names: the row's own Russian spelling is the nominative the text may not give
    return h.ru if lang == "ru" and h.ru else text


def full_names(sents: list[Sentence], lang: str, year: int | None) -> None:
    """Full names of office holders of the article's year, in any case form and script."""
    table = holders()
    for s in sents:
        if not s.every & CAP:
            continue
        toks, taken = s.tokens, taken_spans(s)
        i = 0
        while i < len(toks):
            found = _longest_at(s, i, table, year) if s.flags[i] & CAP else None
            if found is None:
                i += 1
                continue
            j, h = found
            a, b = toks[i].start, toks[j].end
            if not any(x < b and a < y for x, y in taken) and not _for_another(s.text, a, b):
                s.persons.append(PersonRef(_name(h, s.text[a:b], lang), a, b, h.role, h.iso, False, titled=True,
                                           known=True))
                taken.append((a, b))
            i = j + 1
        s.persons.sort(key=lambda p: p.start)


def _for_another(text: str, a: int, b: int) -> bool:
    """The name at ``text[a:b]`` is of someone another acts for: "Modi's special envoy", "специалния
    пратеник на премиера на Индия Нарендра Моди" (staff before the title just before the name)."""
    if LX.staff_after.match(text, b):
        return True
    before = text[max(0, a - 90):a]
    titles = [m for m in LX.title_re.finditer(before) if len(before) - m.end() <= 40]
    return bool(titles) and staff_before(before, titles[-1].start())


def _longest_at(s: Sentence, i: int, table, year):
    """(last token, holder) of the longest office holder's name starting at token ``i``."""
    toks, text = s.tokens, s.text
    if name_key(toks[i].text) not in table.first_keys:
        return None       # (no holder's name starts with this word: most capitalised words)
    run = [i]
    while len(run) < table.longest and run[-1] + 1 < len(toks) and gap(text, toks[run[-1]], toks[run[-1] + 1], " -") \
            and (is_cap(toks[run[-1] + 1].text) or toks[run[-1] + 1].text.lower() in LX.name_particles):
        run.append(run[-1] + 1)
    for end in range(len(run), 1, -1):
        h = table.full_name([toks[k].text for k in run[:end]], year)
        if h is not None:
            return run[end - 1], h
    return None


def surnames(sents: list[Sentence], lang: str, year: int | None) -> dict:
    """Surname key -> a person for every office holder of the article's year whose state the article
    names: what a surname alone may stand for (after the article's own people)."""
    states = {r.iso for s in sents for r in s.states} | set(pack(lang).home_states) | \
        {c.country for s in sents for c in s.cities if not c.in_name}     # "in Ankara": an article about Türkiye
    out: dict = {}
    table = holders()
    # only the keys the article's words could be (as bare_names looks them up), not the whole table's
    wanted = {k for s in sents for i in flagged(s, SURNAME) for k in surname_keys(s.tokens[i].text)}
    paired = _paired(sents, year)
    for key in sorted(wanted & table.by_surname.keys()):
        if len(key) < 2 and key not in paired:
            continue      # one consonant ("Lee", "Yeol": l) stands for too many words (but "Xi and Lula")
        h = paired.get(key) or table.surname_by_key(key, year, states)
        if h is not None:
            name = h.name_in(lang) if lang in ("ru", "bg") else h.names[0]
            pkey = _english_key(h)      # (the key of the full name: one person with it)
            if name_key(words_of(name)[-1]) != key and h.iso not in GIVEN_NAME_USED:
                # the surname alone is not the name's last word ("Xi" of Xi Jinping, "Lula" of Lula da Silva):
                # the person is named by it, as a title before it names him ("President Xi")
                name = next((w for n in (name, *h.names) for w in words_of(n) if name_key(w) == key), name)
            out[key] = PersonRef(name, 0, 0, h.role, h.iso, False, titled=True, key=pkey, known=True,
                                 latin=h.names[0])
    return out


def _paired(sents: list[Sentence], year: int | None) -> dict:
    """Surname key -> office holder, for two holders of the year, of two states, joined by "and" or a
    comma ("Khurelsukh and Erdogan signed", "Путин, Си подписали"): a pair of leaders, whatever states the
    article names."""
    out: dict = {}
    for s in sents:
        order = flagged(s, SURNAME)
        titled = [p for p in s.persons if p.titled and p.iso] if order else []
        if len(order) < 2 and not titled:
            continue      # (a pair needs two surnames, or one and a titled leader)
        idx, toks = set(order), s.tokens
        # (talks "with" someone, of two surnames or of one and a titled leader: the word looked for once)
        talks_with = LX.with_word.search(s.text) is not None or LX.received_cue.search(s.text) is not None
        titled = titled if talks_with else []
        for i in order:
            if i + 1 in idx and s.text[toks[i].end:toks[i + 1].start] == ", ":
                j = i + 1
            elif i + 2 in idx and LX.and_word.fullmatch(toks[i + 1].text) \
                    and gap(s.text, toks[i], toks[i + 1], " ") and gap(s.text, toks[i + 1], toks[i + 2], " "):
                j = i + 2
                while j + 1 < len(toks) and s.text[toks[j].end:toks[j + 1].start] == "-" and is_cap(toks[j + 1].text):
                    j += 1      # a double-barrelled surname: "Радев и Силяновска-Давкова" (the row keys its last part)
            else:
                j = _talks_with(s, i, idx) if talks_with else None
            found = [_holder_keys(t.text, year) for t in (toks[i], toks[j])] if j is not None else []
            if found and found[0] and found[1] and \
                    {h.iso for h in found[0].values()} != {h.iso for h in found[1].values()}:
                for f in found:
                    out.update(f)
            elif titled:
                out.update(_talks_with_titled(s, i, titled, year))
    return out


def _talks_with(s: Sentence, i: int, idx: set) -> int | None:
    """The surname token a few words after token ``i`` that a meeting cue and "with" join it to ("Pashinyan
    held talks with Aliyev", "Рахмон встретился с Жапаровым"), or None."""
    toks = s.tokens
    for j in range(i + 2, min(i + 6, len(toks))):
        if j in idx:
            return j if _joined_by_talks(s.text[toks[i].end:toks[j].start]) else None
    return None


def _talks_with_titled(s: Sentence, i: int, titled: list, year: int | None) -> dict:
    """Surname key -> holder, for the surname token ``i`` of a holder a talks cue and "with" join to a
    titled person of another state ("Путин провел переговоры с президентом Монголии X", "Ruto met with
    the President of Ghana X"); empty where there is none."""
    t = s.tokens[i]
    p = next((p for p in titled if t.end < p.start <= t.end + 80), None)
    if p is None:
        return {}
    if not _joined_by_talks(s.text[t.end:p.start]):
        return {}
    found = _holder_keys(t.text, year)
    return found if found and p.iso not in {h.iso for h in found.values()} else {}


def _joined_by_talks(between: str) -> bool:
    """The words between two people hold a talks cue and the "with" before the second, in one clause, or
    are a verb of receiving ("Мирзиёев принял Президента Эстонии X")."""
    return "," not in between and (bool(LX.meeting_cue.search(between)) and bool(LX.meeting_with.search(between))
                                   or bool(LX.received_cue.match(between.strip())))


@functools.lru_cache(maxsize=50_000)
def _holder_keys(word: str, year: int | None) -> dict:
    """Surname key -> the office holder of the year ``word`` may be the surname of; a key of one consonant
    ("Xi", "Lula") only for a word spelt as the holder's name is. (Words recur: kept; read-only.)"""
    table = holders()
    # (each form spelt like the holder's surname: "Украина" has the skeleton of Carney, not its spelling)
    out = {k: h for f, k in surname_forms_and_keys(word) if len(k) > 1
           for h in [table.surname(f, year, key=k)] if h is not None}
    short = table.surname(word, year) if len(name_key(word)) < 2 else None
    if short is not None:
        out[name_key(word)] = short
    return out


def _holder_named(name: str, year: int | None) -> Holder | None:
    """The one office holder of the year whose full name (two words or more) ``name`` is."""
    words = words_of(name)
    return holders().full_name(words, year) if len(words) > 1 else None


def holder_state(name: str, role: str | None, year: int | None) -> str | None:
    """The state of the one office holder whose full name (two words or more) this is and who held
    ``role`` in the article's year: stronger than a state the words around the title seem to give
    ("between Uzbekistan and the United States of America President Shavkat Mirziyoyev")."""
    h = _holder_named(name, year)
    return h.iso if h is not None and role and h.role == role else None


def holder_role(name: str, year: int | None) -> str | None:
    """The office of the one holder of the year whose full name this is ("Turkmen leader X": President)."""
    h = _holder_named(name, year)
    return h.role if h is not None else None


# offices of an international organization: no state's, whatever its holder was before ("NATO Secretary
# General Mark Rutte")
STATELESS_ROLES = {"Secretary-General"}


def state_of(name: str, role: str | None, year: int | None) -> str | None:
    """The state of a titled person the text gives none: the one office holder of that name (or, with the
    title's role, of that surname) in office in the article's year."""
    h = _holder_named(name, year)
    if h is None and role:
        h = holders().surname(words_of(name)[-1], year, role=role)
    return h.iso if h is not None else None


def full_name(name: str, role: str | None, iso: str | None, year: int | None, lang: str) -> str:
    """The full name of a titled person the text names by surname alone ("Slovak President Pellegrini",
    "президента Радева"): the one holder of the title's role in that state and year with that surname,
    spelt as ``lang`` writes it; ``name`` itself where there is none, or where the surname is not the
    full name's last word ("President Xi", "King Salman" stay as written, as surnames() keys them)."""
    words = words_of(name)
    if len(words) != 1 or iso is None:
        return name
    h = holders().surname(words[0], year, states={iso}, role=role)
    if h is None:
        return name
    full = h.name_in(lang) if lang in ("ru", "bg") else h.names[0]
    if h.iso in GIVEN_NAME_USED:       # "President Prabowo": called by the given name
        return full
    return full if name_key(words_of(full)[-1]) == name_key(words[0]) else name


def reference_keys(sents: list[Sentence], year: int | None) -> None:
    """Key the mentions of an office holder of the year by the surname of the table's English name, and
    give them that name: a name whose spellings differ in consonants ("Tamás Sulyok" / "Тамаш Шуйок",
    "George Weah" / "Джордж Уеа") is then one person in every language and gets the same IRI from an
    article in any of them. The article's other mentions of the old key (the surname alone) follow, unless
    that key stands for two holders of unlike English keys. A holder the table knows as President, titled
    Chairman (the Chinese head of state's title, word for word), is the President."""
    remap: dict[str, set] = {}
    for s in sents:
        for p in s.persons:
            h = _holder_named(p.name, year)
            if h is None or (p.iso and p.iso != h.iso):
                continue
            p.latin = h.names[0]
            if p.role == "Chairman" and h.role == "President":
                p.role = h.role     # "председатель КНР", "председателят на Китай": the head of state
            remap.setdefault(p.key, set()).add(_english_key(h))
    for s in sents:
        for p in s.persons:
            new = remap.get(p.key, ())
            if len(new) == 1:
                p.key = next(iter(new))


@functools.lru_cache(maxsize=None)
def _english_key(h: Holder) -> str:
    """The surname key of the table's English name of ``h``, as a mention of that name is keyed."""
    return PersonRef(h.names[0], 0, 0).key


def holder_prefix(text: str, a: int, b: int, year: int | None) -> int:
    """Where the name ``text[a:b]`` ends when its first words are an office holder's full name and the
    rest another's name ("Касым-Жомарта Токаева Ильхам Алиев находится ...": the inviter in the genitive,
    then the guest): the end of the holder's name; ``b`` otherwise."""
    words = [(m.group(), m.end()) for m in re.finditer(r"\w+", text[a:b])]
    table = holders()
    if len(words) < 3 or table.full_name([w for w, _ in words], year) is not None:
        return b
    for k in range(len(words) - 1, 1, -1):
        if table.full_name([w for w, _ in words[:k]], year) is not None:
            return a + words[k - 1][1]
    return b


def written_as(name: str, lang: str, year: int | None) -> str | None:
    """A Russian titled holder's name in an oblique case ("коллегу Ильхама Алиева", "министра Такеси
    Иваю") as the row writes it in the nominative, where the case rules may guess wrong; None for no
    holder's name, or one whose words all end as the row's do (a nominative, perhaps spelt otherwise:
    "Эмманюэль Макрон" stays as the text writes it; "Майе Санду" is Майя Санду)."""
    h = _holder_named(name, year) if lang == "ru" else None
    if h is None or not h.ru:
        return None
    mine, row = words_of(name), words_of(h.ru)
    if len(mine) == len(row) and all(a[-1:].lower() == b[-1:].lower() for a, b in zip(mine, row)):
        return None      # every word ends as the row's: a nominative, perhaps spelt otherwise
    return h.ru


def holder_iso(s: Sentence, nm: str, b: int, role, iso, former: bool, year) -> str | None:
    """The state of a titled person named ``nm`` (ending at ``b``) of the state ``iso`` the title gave."""
    if iso is None:     # "President Mohamed Solih of the Maldives": the state after the name
        after = LX.after_of.match(s.text, b + (s.text[b:b + 1] == "."))     # ("X Jr. of Palau")
        iso = next((r.iso for r in s.states if after and r.start == after.end() and not r.adjective), None)
    if role in STATELESS_ROLES:
        return None
    if iso is None and not former:     # the state the text does not give: of the office holder so named
        return state_of(nm, role, year)
    return (holder_state(nm, role, year) or iso) if not former else iso
