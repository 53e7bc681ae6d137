"""Mentions: what each sentence of an article names, before any fact is put together.

:func:`analyse` turns an :class:`~kg.corpus.Article` into a list of :class:`Sentence` objects, each with
the states, cities, persons (found by title-and-name patterns), organizations, corridors, awards,
money amounts and dates it mentions, with character offsets into the sentence.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import ChainMap, Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from . import lexicon as lx
from .corpus import Article
from .gazetteer import Gazetteer, Match
from .text import (REGNAL_NUMBER, Span, is_cyrillic, latin_key, name_key, name_words, sentences, tokens,
                   translit)

# What a kept reading (a pickled Analysis in a workspace's cache) was made by: bump it whenever what
# analyse() finds changes, so that kg add does not join new readings with readings made by older rules.
READING_VERSION = 19


@dataclass
class StateRef:
    iso: str
    start: int
    end: int
    text: str
    adjective: bool = False
    possessive: bool = False
    in_name: bool = False        # part of an organization's or corridor's name


@dataclass
class CityRef:
    gid: str
    country: str
    start: int
    end: int
    text: str
    label: str = ""              # the reference name the text matched (uninflected)
    in_name: bool = False


@dataclass
class PersonRef:
    name: str
    start: int
    end: int
    role: str | None = None
    iso: str | None = None
    former: bool = False
    titled: bool = False
    key: str = ""                # surname key, see kg.text.name_key

    def __post_init__(self):
        if not self.key:
            self.key = name_key(name_words(self.name)[-1])


@dataclass
class NamedRef:
    """An organization, corridor or award named in the text."""

    kind: str                    # "org", "corridor", "award"
    name: str
    start: int
    end: int
    iso: str | None = None       # organizations: the state they belong to
    sub: str = ""                # corridors: "transport" or "energy"
    alias: str | None = None     # corridors: "(TITR)"
    through: list = field(default_factory=list)   # corridors: (kind, ref) of places in the name


@dataclass
class Money:
    amount: Decimal
    currency: str
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    idx: int
    para: int
    text: str
    start: int
    tokens: list[Span] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    states: list[StateRef] = field(default_factory=list)
    cities: list[CityRef] = field(default_factory=list)
    persons: list[PersonRef] = field(default_factory=list)
    named: list[NamedRef] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    dates: list[dt.date] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)

    def __getstate__(self):
        # tokens and gazetteer hits are cheap to recompute and large to pickle (worker results, the cache)
        state = dict(self.__dict__)
        state.pop("tokens", None)
        state["matches"] = []
        return state

    def __setstate__(self, state):
        state.pop("tokens", None)      # readings pickled before tokens were left out altogether
        self.__dict__.update(state)

    def __getattr__(self, name):
        # only called when ``name`` is not set: the tokens of an unpickled sentence, made on first use
        if name == "tokens":
            self.tokens = tokens(self.text)
            return self.tokens
        raise AttributeError(name)

    def of_kind(self, kind: str) -> list[NamedRef]:
        return [n for n in self.named if n.kind == kind]

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)


@dataclass
class Analysis:
    article: Article
    sentences: list[Sentence]
    state_counts: Counter

    @property
    def pair(self) -> list[str]:
        """The two states the article is mostly about (by mentions), most mentioned first."""
        return [iso for iso, _ in self.state_counts.most_common(2)]


QUOTE_RE = re.compile(r"[“\"«„]([^“”\"«»„]{3,300})[”\"»“]")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _gap(text: str, a: Span, b: Span, allowed: str = " -–—") -> bool:
    g = text[a.end:b.start]
    return len(g) <= 3 and g.strip(allowed) == ""


# ---------------------------------------------------------------------------- the analysis
def analyse(article: Article, gaz: Gazetteer) -> Analysis:
    """Find every mention in every sentence of ``article``."""
    sents: list[Sentence] = []
    para = 0
    body = article.text
    prev_end = 0
    for i, sp in enumerate(sentences(body)):
        if "\n\n" in body[prev_end:sp.start] or (i and "\n" in body[prev_end:sp.start]
                                                  and len(body[prev_end:sp.start].strip()) == 0
                                                  and body[prev_end:sp.start].count("\n") > 1):
            para += 1
        prev_end = sp.end
        s = Sentence(i, para, sp.text, sp.start)
        s.tokens = tokens(sp.text)
        s.quoted = [(m.start(1), m.end(1)) for m in QUOTE_RE.finditer(sp.text)]
        s.matches = gaz.find(s.tokens, sp.text)
        sents.append(s)
    counts: Counter = Counter()
    for s in sents:
        _places(s, gaz)
        counts.update(r.iso for r in s.states)
    home = set(iso for iso, _ in counts.most_common(4))
    nameless: dict[int, list] = {}     # per sentence: the titles _persons found no name for
    for s in sents:
        _pick_cities(s, gaz, home)
        _named(s, article.language)
        _mark_in_names(s)
        nameless[s.idx] = _persons(s, article.language)
        _invited_by(s)
        _money(s, article.language)
        _dates(s, article.date)
    _bare_names(sents)
    for s in sents:
        _untitled(s)
    _titles_alone(sents, nameless)
    return Analysis(article, sents, counts)


# ---------------------------------------------------------------------------- states and cities
def _places(s: Sentence, gaz: Gazetteer) -> None:
    text = s.text
    for m in s.matches:
        st = [e for e in m.entries if e.kind == "state"]
        if not st:
            continue
        e = st[0]
        after = text[m.span.end:m.span.end + 12].lower()
        if e.ref == "US" and re.match(r"\s*(dollar|\$)", after):
            continue
        poss = bool(re.match(r"[’']s?\b", text[m.span.end:m.span.end + 2]))
        s.states.append(StateRef(e.ref, m.span.start, m.span.end, m.span.text, e.adjective, poss))


# surname endings (Bulgarian, Russian, Ukrainian, Caucasian): after a first name, such a word is a surname
SURNAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ова|ева|ин|ина|ски|ский|ская|енко|ян|дзе|швили|ov|ev|ova|eva|enko|yan|dze|"
                           r"shvili)$", re.IGNORECASE)


def _pick_cities(s: Sentence, gaz: Gazetteer, home: set) -> None:
    places = {m.span.start for m in s.matches}
    for m in s.matches:
        if any(e.kind == "state" for e in m.entries):
            continue
        if m.first == m.last and m.first > 1 and SURNAME_SHAPE.search(m.span.text):
            # (not after a sentence's first word, capitalised anyway: "Столицата Киев")
            prev = s.tokens[m.first - 1]
            if _is_cap(prev.text) and prev.start not in places and _gap(s.text, prev, m.span, " "):
                continue    # "Костадин Димитров": a first name and a surname, not the town of Dimitrov
        if any(e.kind == "historic" for e in m.entries):
            continue
        cities = [e for e in m.entries if e.kind == "city"]
        if not cities:
            continue
        cities.sort(key=lambda e: (e.country not in home, -e.population, e.ref))
        e = cities[0]
        # the label: the reference name closest to what the text wrote (Алматы, not Алмати)
        same = [x.name for x in cities if x.ref == e.ref]
        label = max(same, key=lambda n: (n.lower() == m.span.text.lower(), _common_prefix(n.lower(), m.span.text.lower()),
                                         -len(n), n))
        s.cities.append(CityRef(e.ref, e.country, m.span.start, m.span.end, m.span.text, label))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


# ---------------------------------------------------------------------------- persons
def _state_ending_at(s: Sentence, pos: int) -> StateRef | None:
    """A state mention that ends right before ``pos``, skipping words like "counterpart", "си колега"."""
    before = s.text[:pos]
    for r in sorted(s.states, key=lambda r: -r.end):
        if r.end > pos:
            continue
        between = before[r.end:]
        words = re.findall(r"\w+", between)
        if r.possessive and words[:1] == ["s"]:
            words = words[1:]
        if len(between) <= 40 and all(w.lower() in lx.COUNTERPART for w in words) \
                and not re.search(r"[,;:.()]", between):
            return r
        return None
    return None


def _name_after(s: Sentence, pos: int) -> tuple[str, int, int] | None:
    """Capitalised name tokens starting at ``pos`` (at most four), not places, not stop words."""
    toks = [t for t in s.tokens if t.start >= pos]
    if not toks or s.text[pos:toks[0].start].strip(" \u00a0") not in ("",):
        return None
    taken: list[Span] = []
    # a state stops a name; a city does not when more name follows ("Владимир Путин", "Sofia Loren")
    place_starts = {m.span.start for m in s.matches if any(e.kind == "state" for e in m.entries)}
    city_only = {m.span.start for m in s.matches} - place_starts
    for t in toks:
        if taken and not _gap(s.text, taken[-1], t, " -–"):
            break
        w = t.text
        if not taken and w.lower() in lx.HONORIFICS:
            continue     # "Sheikh Tamim bin Hamad Al Thani": the honorific is not part of the name
        if taken and w.lower() in lx.NAME_PARTICLES and _next_is_cap(toks, t):
            taken.append(t)      # "von der", "bin": part of the name when a capitalised word follows
            continue
        # a Cyrillic function word is never capitalised inside a sentence: there it is a name ("Си Цзиньпин")
        stop = w.lower() in lx.NAME_STOP and not (is_cyrillic(w) and t.start > 0 and w[:1].isupper())
        if taken and REGNAL_NUMBER.fullmatch(w):
            taken.append(t)    # a regnal number: "King Abdullah II"
            break
        if taken and s.text[taken[-1].end:t.start] == "-" and w.isalpha() and w.islower():
            taken.append(t)    # the rest of a hyphenated name: "Lee Jae-myung"
            continue
        if not _is_cap(w) or stop or w.isdigit() or (w.isupper() and len(w) > 1):
            break
        if lx.is_state_form(w):
            return None      # "Боливарианская Республика ...": a state's long name, not a person
        if t.start in place_starts and not taken:
            return None
        if t.start in place_starts:
            break
        taken.append(t)
        if sum(1 for x in taken if x.text.lower() not in lx.NAME_PARTICLES) == 4:
            break
    if not taken or (len(taken) == 1 and taken[0].start in city_only):
        return None
    return s.text[taken[0].start:taken[-1].end], taken[0].start, taken[-1].end


def _next_is_cap(toks: list[Span], t: Span) -> bool:
    later = [x for x in toks if x.start > t.start]
    while later and later[0].text in lx.NAME_PARTICLES:
        later = later[1:]
    return bool(later) and _is_cap(later[0].text)


NAME_BEFORE = re.compile(r"((?:[A-ZÀ-ÞА-ЯЁ][\w’'-]+\s){1,3}[A-ZÀ-ÞА-ЯЁ][\w’'-]+)\s*,\s*(?:the\s+)?([\w-]+\s+)?$")


def _persons(s: Sentence, lang: str = "") -> list:
    """Titled people ("President of Kazakhstan X", "Президента Республики Таджикистан X", ...) into
    ``s.persons``; returns the title matches that have no name (see :func:`_titles_alone`)."""
    text = s.text
    nameless = []
    for m in lx.TITLE_RE.finditer(text):
        title = m.group()
        if s.in_quote(m.start()) and not s.quoted:
            continue
        role = lx.role_of(title)
        if role is None:   # "his Chinese counterpart X": the office of the titled person beside
            role = next((p.role for p in s.persons if p.titled and p.role), None)
        before = text[:m.start()]
        former = bool(lx.FORMER.search(before[-25:]))
        iso = None
        pos = m.end()
        # "President of Kazakhstan X", "президента на Казахстан X", "Президент Казахстана X"
        rest = text[pos:]
        of = re.match(r"\s+(?:of\s+(?:the\s+)?|на\s+)?", rest)
        after_of = pos + (of.end() if of else 0)
        body = lx.GOVERNMENT_BODY.match(text, after_of)
        if body and any(r.start == body.end() for r in s.states):
            after_of = body.end()      # "Вице-премьером Госсовета КНР X": the state after the body
        # a form of state before the name: "President of the Republic of Tajikistan X", "Президента
        # Республики Таджикистан X", "президента на Република Словения X"
        named_at = _past_state_form(s, after_of)
        formed, after_of = named_at != after_of, named_at
        nxt = next((r for r in s.states if r.start == after_of and not r.adjective), None)
        end = nxt.end if nxt is not None else None
        if nxt is None:   # an adjective and a form of state: "Азербайджанской Республики", "Kyrgyz Republic"
            adj = next((r for r in s.states if r.start == after_of and r.adjective), None)
            fm = adj and re.match(r"\s+(\w+)", text[adj.end:])
            if fm and lx.is_state_form(fm.group(1)):
                nxt, end = adj, adj.end + fm.end()
        if nxt is not None and (of.group().strip() or formed or is_cyrillic(title) or end != nxt.end):
            iso = nxt.iso
            pos = end
        r = _state_ending_at(s, m.start())
        if r is not None and iso is None:
            iso = r.iso
        if iso is None:   # "the head of the Turkmen state X": the state inside the title
            iso = next((r.iso for r in s.states if m.start() <= r.start and r.end <= m.end()), None)
        name = _name_after(s, pos + len(text[pos:]) - len(text[pos:].lstrip(" ")))
        if name is None and nxt is not None and iso is not None and pos == end and not NAME_BEFORE.search(before):
            # "the President of the UAE, Sheikh Mohamed bin Zayed Al Nahyan": the name in apposition
            cm = re.match(r",\s+", text[pos:])
            name = _name_after(s, pos + cm.end()) if cm else None
        if name is None:
            # "X, President of Y" / "X, the founding president of Y"
            nb = NAME_BEFORE.search(before)
            if nb and nb.group(1).split()[0].lower() in SENT_START_STOP | lx.NAME_STOP:
                nb = None      # "At Akorda, the President of Kazakhstan ...": a place, not a name
            if nb and (nxt is not None and of and of.group().strip()):
                qual = (nb.group(2) or "").strip().lower()
                former = former or qual in {"former", "late", "founding", "first", "ex"}
                name = (nb.group(1), nb.start(1), nb.end(1))
            else:
                nameless.append(m)
                continue
        nm, a, b = name
        if any(a < r.end and r.start < b for r in s.states):
            continue
        s.persons.append(PersonRef(nominative(nm, title, lang), a, b, role, iso, former, titled=True))
    return nameless


def _past_state_form(s: Sentence, pos: int) -> int:
    """Where a state's name starts after a form-of-state word at ``pos`` ("Republic of", "Республики",
    "Република"), or ``pos`` when there is none (or the word is itself part of a known state name)."""
    form = re.match(r"(\w+)\s+(?:of\s+(?:the\s+)?)?", s.text[pos:])
    if form and lx.is_state_form(form.group(1)) and not any(r.start == pos for r in s.states):
        return pos + form.end()
    return pos


def _titles_alone(sents: list[Sentence], nameless: dict) -> None:
    """"the Kazakh Foreign Minister held talks ...", "the President of Kazakhstan and the King of Jordan
    held talks": a title with a state and no name stands for the article's one titled person of that
    office and state."""
    holders: dict[tuple, dict] = {}     # (role, state) -> surname key -> the titled person
    for s in sents:
        for p in s.persons:
            if p.titled and p.iso and not p.former:
                holders.setdefault((p.role, p.iso), {}).setdefault(p.key, p)
    if not holders:
        return
    for s in sents:
        for m in nameless.get(s.idx, ()):
            end = m.end()
            of = re.match(r"\s+(?:of\s+(?:the\s+)?|на\s+)", s.text[end:])
            st = of and next((r for r in s.states if r.start == end + of.end()), None)
            end = st.end if st else end
            if any(p.start <= m.start() < p.end or end <= p.start <= end + 3 for p in s.persons):
                continue      # a title with its name (or already taken)
            r = _state_ending_at(s, m.start())
            if r is not None and not r.adjective:
                r = None
            if r is None and st is not None and not st.adjective:
                r = st         # "the President of Kazakhstan and the King of Jordan held talks"
            if r is None or lx.FORMER.search(s.text[max(0, min(r.start, m.start()) - 25):min(r.start, m.start())]):
                continue      # no state, or "the former Kazakh Foreign Minister"
            found = holders.get((lx.role_of(m.group()), r.iso), {})
            if len(found) == 1:
                p = next(iter(found.values()))
                s.persons.append(PersonRef(p.name, m.start(), m.end(), p.role, p.iso, False, titled=False, key=p.key))
                s.persons.sort(key=lambda x: x.start)


def _invited_by(s: Sentence) -> None:
    """"X is on a visit to Slovenia at the invitation of President Y": Y holds office in the state visited,
    when nothing else in the sentence gives Y a state."""
    inv = lx.INVITATION.search(s.text)
    if inv is None:
        return
    host = None
    for m in lx.VISIT_CUE.finditer(s.text[:inv.start()]):
        pm = re.match(r"\w*\s+(?:to|in|at|в|във|до)\s+(?:the\s+)?", s.text[m.end():m.end() + 40])
        if pm is None:
            continue
        pos = _past_state_form(s, m.end() + pm.end())
        host = next((r.iso for r in s.states if r.start == pos and not r.adjective), None) or \
            next((c.country for c in s.cities if c.start == pos), None)
        if host:
            break
    if host is None:
        return
    for p in s.persons:
        gap = s.text[inv.end():p.start]
        if p.titled and p.iso is None and not p.former and p.start >= inv.end() and len(gap) <= 60 \
                and not re.search(r"[,;:.()]", gap):
            p.iso = host
            return


def nominative(name: str, title: str, lang: str = "") -> str:
    """The name in the nominative when a Russian title shows an oblique case (Bulgarian names are not
    declined: "президента Наташа ..." is "the president Natasha ...").

    >>> nominative("Шавкатом Мирзиёевым", "Президентом")
    'Шавкат Мирзиёев'
    >>> nominative("Касым-Жомарта Токаева", "Президента")
    'Касым-Жомарт Токаев'
    >>> nominative("Эммануэлем Макроном", "Президентом"), nominative("Алексея Оверчука", "Вице-премьера")
    ('Эммануэль Макрон', 'Алексей Оверчук')
    >>> nominative("Наташа Пирц Мусар", "президента", "bg")
    'Наташа Пирц Мусар'
    """
    if not is_cyrillic(name) or not is_cyrillic(title) or lang == "bg":
        return name
    end = title.lower().split()[0]
    if re.search(r"(ом|ем)$", end):
        case = "ins"
    elif re.search(r"[^т]а$|та$", end) and not end.endswith("ята"):
        case = "gen"
    elif re.search(r"[уюе]$", end):
        case = "dat"
    else:
        return name
    return " ".join("-".join(_nominative_word(part, case) for part in w.split("-")) for w in name.split())


_CONS = "бвгджзклмнпрстфхцчшщ"


def _nominative_word(w: str, case: str) -> str:
    """One name word from the instrumental, genitive or dative: a hard stem loses the ending
    (Шавкатом, Токаева, Токаеву), a soft one ends in -ь after a consonant (Эммануэлем, Игоря) and in -й
    after a vowel (Алексеем, Алексея)."""
    if case == "ins":
        if re.search(r"(?<=\w{3})(ым|ом)$", w):
            return w[:-2]
        if re.search(r"(?<=\w{2})ем$", w):
            before = w[-3].lower()
            return w[:-2] + ("й" if before in "аеиоуыэюяё" else "" if before in "жшчщц" else "ь")
        return w
    if case == "gen":
        if re.search(rf"(?<=[{_CONS}])а$", w):
            return w[:-1]
        if re.search(r"(?<=\w{2})я$", w):
            return w[:-1] + ("й" if w[-2].lower() in "аеиоуыэюё" else "ь")
        return w
    if re.search(rf"(?<=[{_CONS}])[уе]$", w):
        return w[:-1]
    if re.search(r"(?<=\w{2})ю$", w):
        return w[:-1] + ("й" if w[-2].lower() in "аеиоуыэяё" else "ь")
    return w


def add_known_names(sents: list[Sentence], known: dict) -> None:
    """Mark mentions of people known from other articles (by surname key), as :func:`_bare_names`."""
    _bare_names(sents, known)


def _untitled(s: Sentence) -> None:
    """"Касым-Жомарт Токаев отметил", "Viktor Orbán said": a full name before a verb people do."""
    for m in lx.PERSON_VERB.finditer(s.text):
        a, b = m.start("name"), m.end("name")
        if any(a < p.end and p.start < b for p in s.persons):
            continue
        if any(a < x.end and x.start < b for x in s.states) or any(a < n.end and n.start < b for n in s.named) \
                or any(a <= mm.span.start < b for mm in s.matches):
            continue
        words = m.group("name").split()
        while words and words[0].lower() in lx.NAME_STOP | SENT_START_STOP:
            a += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or any(w.lower() in lx.NAME_STOP or latin_key(w) in lx.ORG_HEADS_EN
                                 or w.lower() in lx.EVENT_WORDS for w in words) \
                or lx.TITLE_RE.search(" ".join(words)):
            continue
        s.persons.append(PersonRef(" ".join(words), a, b, None, None, False, titled=False))
    s.persons.sort(key=lambda p: p.start)


def could_be_surname(word: str) -> bool:
    """Whether a word is worth looking up as the surname of a person known from elsewhere."""
    return len(word) >= 4 and _is_cap(word)


# Russian case endings a surname may carry ("Токаева", "Токаеву", "Токаевым", "Радевой"); a word is
# looked up without one of these only, so "Днес" is not "Дне" and "Вилнюс" not "Вилню".
SURNAME_ENDINGS_CYR = ("ым", "им", "ом", "ем", "ой", "ей", "ую", "а", "я", "у", "ю", "е")


def surname_forms(word: str) -> list[str]:
    """The forms, in the order tried, under which ``word`` could be a known person's surname: itself,
    then (Cyrillic) itself without a case ending."""
    forms = [word]
    if is_cyrillic(word):
        low = word.lower()
        forms += [word[:-len(e)] for e in SURNAME_ENDINGS_CYR if low.endswith(e) and len(word) - len(e) >= 3]
    return forms


def surname_keys(word: str):
    """The keys (:func:`kg.text.name_key`) of :func:`surname_forms`: where a known surname is looked up."""
    return [name_key(f) for f in surname_forms(word)]


def _spelled_alike(form: str, surname: str) -> bool:
    """Whether two spellings with one consonant skeleton are close enough to be one name across scripts
    and transliterations (Tokayev/Токаев/Tokaev, Zhaparov/Жапаров), not a word that merely shares a short
    skeleton with it ("Днес" and "Dodayuin" are both d-n)."""
    a, b = translit(form).lower(), translit(surname).lower()
    for x, y in (("zh", "j"), ("dzh", "j"), ("kh", "h"), ("iy", "i"), ("yi", "i"), ("ya", "a"), ("yu", "u"),
                 ("y", "i"), ("w", "v")):
        a, b = a.replace(x, y), b.replace(x, y)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def known_person(word: str, known: dict):
    """The person of ``known`` (surname key -> :class:`PersonRef`) that ``word`` names by surname, if any.

    >>> p = PersonRef("Kassym-Jomart Tokayev", 0, 0, "President", "KZ", False, key=name_key("Tokayev"))
    >>> [known_person(w, {p.key: p}) is p for w in ("Tokayev", "Токаев", "Токаевым", "Takes")]
    [True, True, True, False]
    """
    for form in surname_forms(word):
        p = known.get(name_key(form))
        surname = name_words(p.name)[-1] if p is not None else ""
        if p is not None and translit(form)[:1].lower() == translit(surname)[:1].lower() \
                and _spelled_alike(form, surname):
            return p
    return None


def own_people(sents: list[Sentence]) -> dict:
    """Surname key -> the first person of the article's own reading with that key."""
    own: dict[str, PersonRef] = {}
    for s in sents:
        for p in s.persons:
            own.setdefault(p.key, p)
    return own


def _bare_names(sents: list[Sentence], extra: dict | None = None) -> None:
    """Later mentions of a titled person by surname or full name alone ("Tokayev said", "Радев").

    A surname is looked up among the article's own people first, then among ``extra`` (people titled in
    other articles): the President Karim an article itself introduces is the Karim it speaks of."""
    known = ChainMap(own_people(sents), extra or {})
    if not any(known.maps):
        return
    for s in sents:
        taken = [(p.start, p.end) for p in s.persons] + [(n.start, n.end) for n in s.named] + \
            [(r.start, r.end) for r in s.states]
        for i, t in enumerate(s.tokens):
            if not could_be_surname(t.text) or any(a <= t.start < b for a, b in taken):
                continue
            p = known_person(t.text, known)
            if p is None:
                continue
            nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            if nxt is not None and s.text[t.end:nxt.start] == " " and _is_cap(nxt.text) \
                    and nxt.text.lower() not in lx.NAME_STOP and not any(a <= nxt.start < b for a, b in taken) \
                    and not any(c.start <= nxt.start < c.end for c in s.cities) \
                    and not any(m.span.start <= nxt.start < m.span.end for m in s.matches):
                continue   # the first name of someone else ("Юмар Жантанурин"), not a known surname
            if any(c.start <= t.start < c.end for c in s.cities) and \
                    translit(t.text).lower() != translit(name_words(p.name)[-1]).lower():
                continue   # a city of the gazetteer ("Сараево") that merely sounds like a known surname
            start, name = t.start, t.text
            # "Владимир Путин" without a title: take the first name along
            firsts = name_words(p.name)[:-1]
            if firsts and i and firsts[-1] in surname_forms(s.tokens[i - 1].text) \
                    and _gap(s.text, s.tokens[i - 1], t, " "):   # "Владимиром Путиным": the first name too
                start = s.tokens[i - 1].start
                # the name as the title gave it when the text declines it ("с Си Цзиньпином")
                name = s.text[start:t.end] if t.text == name_words(p.name)[-1] else p.name
            s.persons.append(PersonRef(name, start, t.end, p.role, p.iso, p.former, titled=False, key=p.key))
        s.persons.sort(key=lambda p: p.start)
        s.cities = [c for c in s.cities if not any(p.start <= c.start < p.end for p in s.persons)]
    _honorific_names(sents)


def _honorific_names(sents: list[Sentence]) -> None:
    """"Sheikh Tamim": an honorific and a given name stand for the article's own titled person of that
    given name (Gulf rulers are named so, not by their family name)."""
    firsts: dict[str, PersonRef] = {}
    for s in sents:
        for p in s.persons:
            parts = [w for w in p.name.split() if w.lower() not in lx.NAME_PARTICLES]
            if p.titled and len(parts) > 1:
                firsts.setdefault(parts[0], p)
    if not firsts:
        return
    for s in sents:
        for m in lx.HONORIFIC_NAME.finditer(s.text):
            p = firsts.get(m.group("given"))
            a, b = m.start("given"), m.end("given")
            if p is None or any(x.start <= a < x.end for x in s.persons):
                continue
            s.persons.append(PersonRef(m.group("given"), a, b, p.role, p.iso, p.former, titled=False, key=p.key))
            s.persons.sort(key=lambda x: x.start)


# ---------------------------------------------------------------------------- organizations, corridors, awards
def _named(s: Sentence, lang: str = "") -> None:
    toks = s.tokens
    text = s.text
    used: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in used)

    # corridors
    corridor_hint = lx.CORRIDOR_HINT.search(text)
    for i, t in enumerate(toks if corridor_hint else ()):
        kind = lx.corridor_kind(t.text)
        if kind is None:
            continue
        j = i
        first_cap = None
        while j > 0 and _gap(text, toks[j - 1], toks[j]) and i - j < 7:
            w = toks[j - 1].text
            if _is_cap(w) and w.lower() not in lx.NAME_STOP:
                first_cap = j - 1
            elif not (w.lower() in lx.CORRIDOR_GENERIC or (is_cyrillic(w) and w.lower()[:5] in
                      {"между", "транс", "транс"}) or _cyr_adj(w)):
                break
            j -= 1
        if first_cap is None:
            continue
        a, b = toks[first_cap].start, t.end
        words = [x.text for x in toks[first_cap:i + 1]]
        if not any(_is_cap(w) and w.lower() not in lx.CORRIDOR_GENERIC for w in words):
            continue
        if _national_company(s, toks[first_cap:i + 1]):
            continue   # "Georgian Railway": the state's railway company (an organization), not a route
        name = text[a:b]
        alias = None
        am = re.match(r"\s*\(([A-ZА-Я]{2,8})\)", text[b:])
        if am and am.group(1)[0].lower() == translit(name)[0].lower():
            alias = am.group(1)
        ref = NamedRef("corridor", name, a, b, sub=kind, alias=alias, through=_places_within(s, a, b))
        s.named.append(ref)
        used.append((a, b))

    # a Cyrillic head word before a chain of places: "коридора Балтийско – Егейско – Черно море",
    # "коридор Север – Юг", "маршрута Китай – Европа"
    for m in lx.CORRIDOR_CHAIN_CYR.finditer(text) if corridor_hint else ():
        kind = lx.corridor_kind(m.group(1))
        a, b = m.start(2), m.end(2)
        if kind and free(a, b):
            ref = NamedRef("corridor", m.group(2), a, b, sub=kind, through=_places_within(s, a, b))
            s.named.append(ref)
            used.append((a, b))
    # numbered corridors: "Corridor No. 8", "Коридор № 8", "Pan-European Corridor X" is handled above
    for m in re.finditer(r"(?<!\w)(Corridor|Коридор|Коридора|коридор)\s*(?:№|No\.?|#|номер)\s*(\d+|[IVX]+)\b", text):
        if free(m.start(), m.end()):
            s.named.append(NamedRef("corridor", f"{m.group(1).capitalize()} № {m.group(2)}", m.start(), m.end(),
                                    sub="transport"))
            used.append((m.start(), m.end()))

    # a corridor named in quotes after its head word: газопровода «Сила Сибири – 2», the "Middle Corridor"
    for m in re.finditer(r"(?<!\w)(\w+)\s+[„\"«“]([^“”\"»]{2,60})[“”\"»]", text):
        kind = lx.corridor_kind(m.group(1))
        if kind and free(m.start(2), m.end(2)):
            # with the places its name chains ("«Китай – Кыргызстан – Узбекистан»")
            ref = NamedRef("corridor", m.group(2).strip(), m.start(2), m.end(2), sub=kind,
                           through=_places_within(s, m.start(2), m.end(2)))
            s.named.append(ref)
            used.append((m.start(), m.end()))
    _runs_through(s)

    # awards
    for i, t in enumerate(toks):
        if not _is_cap(t.text) or latin_key(t.text) not in lx.AWARD_HEADS_EN:
            continue
        j = i
        while j > 0 and _gap(text, toks[j - 1], toks[j]) and _is_cap(toks[j - 1].text) \
                and toks[j - 1].text.lower() not in lx.NAME_STOP and i - j < 4:
            j -= 1
        k = i
        if j == i:  # "Order of (the) Golden Eagle"
            m = re.match(r"\s+of\s+(?:the\s+)?((?:[A-ZÀ-Þ][\w’'-]+\s?){1,4})", text[t.end:])
            if m:
                b = t.end + m.end(1)
                name = text[t.start:b].strip()
                if free(t.start, b):
                    s.named.append(NamedRef("award", name, t.start, t.start + len(name)))
                    used.append((t.start, t.start + len(name)))
            continue
        a, b = toks[j].start, toks[k].end
        # "the State Order of the Republic of Türkiye": the state it is of belongs to the name
        of = re.match(r"\s+of\s+(?:the\s+)?", text[b:])
        if of:
            pos = _past_state_form(s, b + of.end())
            st = next((r for r in s.states if r.start == pos and not r.adjective), None)
            b = st.end if st else b
        if free(a, b):
            s.named.append(NamedRef("award", text[a:b], a, b))
            used.append((a, b))
    for m in lx.AWARD_RE_CYR.finditer(text):
        s.named.append(NamedRef("award", m.group(2).strip(), m.start(2), m.end(2)))
        used.append((m.start(), m.end()))
    for m in lx.AWARD_RE_CYR_BARE.finditer(text) if ("рден" in text or "едал" in text) else ():
        a, b = m.start(2), m.end(2)
        if free(m.start(), m.end()) and not any(a <= r.start < b for r in s.states):
            s.named.append(NamedRef("award", m.group(2), a, b))
            used.append((m.start(), m.end()))

    # organizations
    i = 0
    while i < len(toks):
        t = toks[i]
        span = _org_latin(s, i) if not is_cyrillic(t.text) else _org_cyr(s, i, lang)
        if span is None:
            i += 1
            continue
        a_i, b_i = span
        a, b = toks[a_i].start, toks[b_i].end
        if any(m.span.start == a and m.span.end == b for m in s.matches):
            i = b_i + 1
            continue
        if free(a, b):
            name = _org_nominative(text[a:b]) if lang == "ru" else text[a:b]
            iso = next((r.iso for r in s.states if a <= r.start and r.end <= b), None)
            s.named.append(NamedRef("org", name, a, b, iso=iso))
            used.append((a, b))
        i = b_i + 1
    s.named.sort(key=lambda n: n.start)


def _places_within(s: Sentence, a: int, b: int) -> list:
    """(kind, ref, state) of the states and cities named inside ``s.text[a:b]`` (a corridor's name:
    "Baku-Tbilisi-Kars railway", "коридора Балтийско – Егейско – Черно море")."""
    return [(e.kind, e.ref, e.country or e.ref) for g in s.matches if a <= g.span.start and g.span.end <= b
            for e in g.entries[:1]]


def _runs_through(s: Sentence) -> None:
    """"the Middle Corridor, which runs through Kazakhstan, Azerbaijan and Georgia to Türkiye": the places
    listed after a "runs through" cue belong to the corridor named last before it."""
    corridors = [n for n in s.named if n.kind == "corridor"]
    if not corridors:
        return
    cues = list(lx.RUNS_THROUGH.finditer(s.text))
    for n in corridors:   # "the corridor via Iran", "маршрута през Каспийско море"
        m = lx.THROUGH_AFTER.match(s.text, n.end)
        if m:
            cues.append(m)
    for cue in sorted(cues, key=lambda m: m.start()):
        before = [n for n in corridors if n.end <= cue.start()]
        if not before:
            continue
        ref = before[-1]
        places = sorted([(r.start, r.end, ("state", r.iso, r.iso)) for r in s.states
                         if r.start >= cue.end() and not r.adjective]
                        + [(c.start, c.end, ("city", c.gid, c.country)) for c in s.cities if c.start >= cue.end()])
        pos = cue.end()
        for a, b, place in places:
            if not lx.PLACE_LIST_GAP.fullmatch(s.text[pos:a]):
                break
            if place not in ref.through:
                ref.through.append(place)
            pos = b


def _national_company(s: Sentence, toks: list[Span]) -> bool:
    """A capitalised head word after nothing but one state's name or adjective ("Georgian Railway",
    "Azerbaijan Railway"): the name of that state's company."""
    head, mods = toks[-1], toks[:-1]
    if not mods or not _is_cap(head.text):
        return False
    states = [r for r in s.states if mods[0].start <= r.start and r.end <= mods[-1].end]
    return len(states) == 1 and states[0].start == mods[0].start and states[0].end == mods[-1].end


def _cyr_adj(word: str) -> bool:
    w = word.lower()
    return is_cyrillic(w) and any(w.endswith(e) for e in ("ски", "ския", "ският", "ската", "ско", "ен", "ния",
                                                          "ный", "ного", "ная", "ной", "ий", "ого", "ая", "на",
                                                          "ната", "ния", "ият", "ова", "ни"))


SENT_START_STOP = {"the", "a", "an", "at", "in", "on", "during", "according", "both", "after", "before", "as",
                   "with", "by", "for", "from", "under", "to", "photo", "also", "later", "earlier", "meanwhile",
                   "however", "then", "yesterday", "tomorrow", "today", "there", "here", "when", "while", "but",
                   "позже", "затем", "вчера", "днес", "вчера", "после", "также", "тогда", "по-късно", "след",
                   "още", "освен", "когато", "однако", "кроме"}


def _org_latin(s: Sentence, i: int):
    toks, text = s.tokens, s.text
    t = toks[i]
    if not _is_cap(t.text) or latin_key(t.text) not in lx.ORG_HEADS_EN:
        return None
    j = i
    while j > 0 and _gap(text, toks[j - 1], toks[j]) and _is_cap(toks[j - 1].text) and i - j < 5:
        w = toks[j - 1].text
        if w.lower() in SENT_START_STOP or w.lower() in lx.NAME_STOP or lx.TITLE_RE.fullmatch(w):
            break
        j -= 1
    k = i
    # "of Trade and Integration", "of Turkic States", "of International Commerce of Kazakhstan"
    while k + 2 < len(toks) + 1:
        m = re.match(r"\s+(of|for|on)\s+(?:the\s+)?", text[toks[k].end:])
        if not m or k + 1 >= len(toks):
            break
        nxt = next((x for x in range(k + 1, len(toks)) if toks[x].start >= toks[k].end + m.end()), None)
        if nxt is None or not _is_cap(toks[nxt].text) or toks[nxt].text.lower() in lx.NAME_STOP:
            break
        k = nxt
        while k + 1 < len(toks) and _gap(text, toks[k], toks[k + 1]) and _is_cap(toks[k + 1].text) \
                and toks[k + 1].text.lower() not in lx.NAME_STOP:
            k += 1
        am = re.match(r"\s+and\s+(?!the\b)", text[toks[k].end:])
        # "Ministry of Trade and Integration", but not "Ministry of Energy and QatarEnergy" (a company's name)
        if am and k + 2 < len(toks) and _is_cap(toks[k + 2].text) and not re.search(r"[a-z][A-Z]", toks[k + 2].text) \
                and latin_key(toks[k + 2].text) not in lx.ORG_HEADS_EN and text[toks[k + 1].start:toks[k + 1].end] == "and":
            k += 2
    if k == j:
        return None
    return j, k


def _org_cyr(s: Sentence, i: int, lang: str = ""):
    toks, text = s.tokens, s.text
    if not toks[i].text.lower().startswith(lx.ORG_HEADS_CYR):
        return None
    j = i
    while j > 0 and i - j < 3 and _gap(text, toks[j - 1], toks[j]) and not _is_cap(toks[j].text):
        if not _cyr_adj(toks[j - 1].text) and not _is_cap(toks[j - 1].text):
            break
        j -= 1
    if not _is_cap(toks[j].text):
        return None
    k = i
    while True:
        m = re.match(r"\s+(на|за|по|при)\s+", text[toks[k].end:])
        if not m:
            break
        x = k + 2
        # the complement runs on over plain spaces (a comma ends it): "агенция за насърчаване на инвестициите"
        while x < len(toks) and x - k <= 5 and not _is_cap(toks[x].text) and toks[x].text.lower() not in {"и", "с"} \
                and _gap(text, toks[x - 1], toks[x], " "):
            x += 1
        if x < len(toks) and _is_cap(toks[x].text) and x - k <= 5 and _gap(text, toks[x - 1], toks[x], " "):
            k = x
        elif x - 1 > k + 1 and toks[x - 1].text.lower() not in {"и", "с", "на", "за", "по", "при"} and x - k <= 5 \
                and (m.group(1) == "за" or (m.group(1) == "на" and lang != "ru" and any(
                    re.search(r"(та|то|те|ът|ят)$", t.text.lower()) for t in toks[k + 2:x]))):
            k = x - 1    # "Министерството на енергетиката", "Министерството на външните работи"
        else:
            break
    if k == i and lang == "ru":
        k = _genitive_complement(s, i)
    if k == i and j == i:
        return None
    return j, k


# a Russian word in the genitive (a complement of an organization's head word), not a verb form
_GEN_RU = re.compile(r"(ого|его|ой|ей|ых|их|ия|ии|ов|ев|ства|ства|ния|ений|а|я|ы|и)$")
_VERB_RU = re.compile(r"(ли|ла|ло|ть|ет|ит|ут|ют|ат|ят|ся|сь)$")


def _org_nominative(name: str) -> str:
    """A Russian organization's name with its head word in the nominative when the name starts with it
    ("Министерством образования Армении" -> "Министерство образования Армении").

    >>> _org_nominative("Агентством французского развития"), _org_nominative("Банка развития Казахстана")
    ('Агентство французского развития', 'Банк развития Казахстана')
    """
    head, _, rest = name.partition(" ")
    low = head.lower()
    for stem, ending in lx.ORG_HEADS_NOM_RU:
        if low.startswith(stem) and low[len(stem):] in ("", "а", "у", "ом", "е", "о", "я", "ю", "ей", "и", "ой", "ы",
                                                         "ем", "ею", "ою"):
            nom = stem + ending
            return (nom[:1].upper() + nom[1:] if head[:1].isupper() else nom) + (" " + rest if rest else "")
    return name


def _genitive_complement(s: Sentence, i: int) -> int:
    """Russian names an organization's field and state in the genitive without a preposition:
    "Министерством образования Армении", "Агентством французского развития"; the last token of it."""
    toks, text = s.tokens, s.text
    k = i
    x = i + 1
    while x < len(toks) and x - i <= 4 and _gap(text, toks[x - 1], toks[x], " "):
        w = toks[x].text
        if _is_cap(w):
            if any(r.start == toks[x].start and not r.adjective for r in s.states):
                k = x          # the state it belongs to ends the name
            break
        low = w.lower()
        if low in lx.NAME_STOP or not _GEN_RU.search(low) or _VERB_RU.search(low):
            break
        k = x
        x += 1
    return k


def _mark_in_names(s: Sentence) -> None:
    for n in s.named:
        for r in s.states:
            if n.start <= r.start and r.end <= n.end:
                r.in_name = True
        for c in s.cities:
            if n.start <= c.start and c.end <= n.end:
                c.in_name = True


# ---------------------------------------------------------------------------- money and dates
def parse_number(num: str, lang: str) -> Decimal | None:
    """'375.2' -> 375.2, '4,000' -> 4000, '375,2' (bg/ru) -> 375.2, '1 000' -> 1000."""
    n = num.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", n):
        n = n.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", n) and lang != "en":
        n = n.replace(".", "").replace(",", ".")
    else:
        n = n.replace(",", ".")
    try:
        return Decimal(n)
    except InvalidOperation:
        return None


def _money(s: Sentence, lang: str) -> None:
    if not any(t.text[:1].isdigit() for t in s.tokens):
        return      # no number, no money (a quick test: the money expression is slow to try everywhere)
    for m in lx.MONEY_RE.finditer(s.text):
        sym, cur = m.group("sym"), m.group("cur")
        if not sym and not cur:
            continue
        value = parse_number(m.group("num"), lang)
        if value is None:
            continue
        scale = 1
        if m.group("scale"):
            sc = m.group("scale").lower()
            scale = next(v for p, v in lx.SCALES if re.fullmatch(p, sc))
            if sc == "m" and not sym:
                continue
        if sym:
            code = lx.CURRENCY_SYMBOLS[sym]
        else:
            code = next(c for p, c in lx.CURRENCY_WORDS if re.fullmatch(p, cur.lower()))
        amount = (value * scale).normalize()
        if amount == amount.to_integral():
            amount = amount.quantize(Decimal(1))
        s.money.append(Money(amount, code, m.start(), m.end(), m.group().strip()))


def _dates(s: Sentence, article_date: dt.date | None) -> None:
    found: list[tuple[int, dt.date, int]] = []    # (start, date, end of a calendar date; -1 for "today" ...)
    words = {t.text.lower().rstrip(".") for t in s.tokens}
    has_month = not words.isdisjoint(lx.MONTHS)
    for rx in (lx.DATE_ISO, lx.DATE_DMY, lx.DATE_MDY) if has_month else (lx.DATE_ISO,):
        for m in rx.finditer(s.text):
            month = m.group("m")
            mo = int(month) if month.isdigit() else lx.MONTHS.get(month.lower())
            y = m.group("y")
            year = int(y) if y else (article_date.year if article_date else None)
            if not mo or not year:
                continue
            try:
                found.append((m.start(), dt.date(year, mo, int(m.group("d"))), m.end()))
            except ValueError:
                continue
    if article_date:
        for m in lx.TODAY.finditer(s.text):
            found.append((m.start(), article_date, -1))
        if "yesterday" in words or "вчера" in words:
            for m in lx.YESTERDAY.finditer(s.text):
                found.append((m.start(), article_date - dt.timedelta(days=1), -1))
        if not found and not words.isdisjoint(lx.WEEKDAYS):
            # a weekday only where the sentence gives no date: the latest such day up to the article's
            for m in lx.WEEKDAY_RE.finditer(s.text):
                if not m.group("next"):
                    back = (article_date.weekday() - lx.WEEKDAYS[m.group("d").lower()]) % 7
                    found.append((m.start(), article_date - dt.timedelta(days=back), -1))
    found.sort()
    if len(found) > 1 and s.idx < 2 and found[0][0] < 40 and found[0][2] >= 0 \
            and lx.DATELINE_AFTER.match(s.text, found[0][2]):
        # a dateline before the lead ("ASTANA, 20 March 2025 — ... on 17-19 March"): the event's dates first
        found = found[1:] + found[:1]
    for _, d, _ in found:
        if d not in s.dates:
            s.dates.append(d)
