"""People named by their office: "President of Kazakhstan X", "Президента Республики Таджикистан X",
"X, Prime Minister of Y", "the Kazakh Foreign Minister" (the article's one holder of that office)."""
from __future__ import annotations

import functools
import re

from ..lang import lexicon, nominative, pack
from ..lang.names import REGNAL_NUMBER
from ..lang.script import is_cyrillic
from .common import gap, is_abbreviation, is_cap, past_genitives, staff_before
from .model import PersonRef, Sentence
from .places import is_state_form, past_state_form, state_ending_at
from .holders import STATELESS_ROLES, full_name, holder_iso, holder_prefix, holder_role, written_as
from .scan import TITLE

LX = lexicon()
_TITLES = [(re.compile(pattern), role) for pattern, role in LX.titles]
_SPACES = re.compile(r"\s*")


@functools.lru_cache(maxsize=10_000)
def role_of(title: str) -> str | None:
    """The English office a title names; ``None`` for "counterpart" (the office is the other side's)."""
    low = title.lower()
    if LX.counterpart_titles.fullmatch(low):
        return None
    for pattern, role in _TITLES:
        if pattern.fullmatch(low) or pattern.fullmatch(title):      # (an abbreviation in capitals: "PM")
            if role is None:
                return " ".join(w if w in ("of", "and") else w.capitalize() for w in low.split())
            return role
    return title.strip().title()


def _after_initial(text: str, prev, t) -> bool:
    """``t`` follows an initial ("S. Jaishankar", "J. D. Vance")."""
    return len(prev.text) == 1 and prev.text.isupper() and text[prev.end:t.start] in (". ", ".")


def name_after(s: Sentence, pos: int) -> tuple[str, int, int] | None:
    """Capitalised name tokens starting at ``pos`` (at most four), not places, not stop words."""
    toks = [t for t in s.tokens if t.start >= pos]
    if not toks or s.text[pos:toks[0].start].strip(" \u00a0") not in ("",):
        return None
    taken: list = []
    # a state stops a name; a city does not when more name follows ("Владимир Путин", "Sofia Loren")
    place_starts = {m.span.start for m in s.matches if any(e.kind == "state" for e in m.entries)}
    city_only = {m.span.start for m in s.matches} - place_starts
    for t in toks:
        if taken and not gap(s.text, taken[-1], t, " -–") and not _after_initial(s.text, taken[-1], t):
            break
        w = t.text
        if not taken and w.lower() in LX.honorifics:
            continue     # "Sheikh Tamim bin Hamad Al Thani": the honorific is not part of the name
        if not taken and is_abbreviation(w) and t.start not in place_starts and _next_is_cap(toks, t):
            continue     # "Председатель ПК ВСНП Чжао Лэцзи": the body's abbreviation, not the name
        if taken and w.lower() in LX.name_particles and _next_is_cap(toks, t):
            taken.append(t)      # "von der", "bin": part of the name when a capitalised word follows
            continue
        # a Cyrillic function word is never capitalised inside a sentence: there it is a name ("Си Цзиньпин")
        stop = w.lower() in LX.name_stop and not (is_cyrillic(w) and t.start > 0 and w[:1].isupper()) \
            and not (taken and w[:1].isupper() and w.lower() in LX.name_stop_names) \
            and not (len(w) == 1 and s.text[t.end:t.end + 1] == ".")      # an initial: "A. K. Momen"
        if taken and REGNAL_NUMBER.fullmatch(w):
            taken.append(t)    # a regnal number: "King Abdullah II"
            break
        if taken and s.text[taken[-1].end:t.start] == "-" and w.isalpha() and w.islower():
            taken.append(t)    # the rest of a hyphenated name: "Lee Jae-myung"
            continue
        caps = w.isupper() and len(w) > 1 and not _family_in_capitals(s, toks, t, taken) and not (
            len(w) <= 3 and t.start not in place_starts and _next_is_cap(toks, t))   # (initials: "AK Abdul Momen")
        if not is_cap(w) or stop or w.isdigit() or caps:
            break
        if is_state_form(w):
            return None      # "Боливарианская Республика ...": a state's long name, not a person
        if taken and w.lower().startswith(LX.award_head_stems):
            break            # "... Сердара Бердымухамедова Орденом дружбы": a decoration ends the name
        if LX.title_re.fullmatch(w) and not (not taken and w.lower() in LX.title_names and _next_is_cap(toks, t)):
            if not taken:
                return None  # a title is no name ("министр встретился с Президентом ...")
            break            # ... nor part of one ("Гурбангулы Бердымухамедов Президент")
        if t.start in place_starts and not taken:
            return None
        if t.start in place_starts:
            break
        taken.append(t)
        if sum(1 for x in taken if x.text.lower() not in LX.name_particles) == 4:
            break
    if not taken or (len(taken) == 1 and taken[0].start in city_only
                     and not LX.surname_shape.search(taken[0].text)):
        return None      # a city after the title (not a surname that is also a town: "премиерът Борисов")
    return s.text[taken[0].start:taken[-1].end], taken[0].start, taken[-1].end


def _past_rank(s: Sentence, pos: int) -> int:
    """Past a rank or a hyphenated honorific before the name, and the state of a rank ("генерал армии
    Украины"): where the name may start."""
    at = pos
    for _ in range(3):       # "генерал армии": a rank of two words
        rk = LX.before_name.match(s.text, at)
        if not rk:
            break
        at = rk.end()
    if at == pos:
        return pos
    st = next((r for r in s.states if r.start == at and not r.adjective), None)
    if st is not None:
        sp = re.match(r"\s+", s.text[st.end:])
        return st.end + sp.end() if sp else pos
    return at


def _past_state_part(s: Sentence, pos: int) -> int:
    """Past a part of a state named like one after a title ("Президент Республики Сербской X", "президентът
    на Република Сръбска X"): where the name starts (the office is of no state)."""
    text = s.text
    at = _SPACES.match(text, pos).end()
    of = LX.title_of_optional.match(" " + text[at:])       # ("на", "of": the space before it taken already)
    at = _SPACES.match(text, at + max(0, of.end() - 1) if of else at).end()
    part = LX.not_state_names.match(text, at)
    return _SPACES.match(text, part.end()).end() if part else pos


def _family_in_capitals(s: Sentence, toks: list, t, taken: list) -> bool:
    """"HAYASHI Kenta": a family name in capitals opening a name, before a given name (not "UN", "EU")."""
    i = toks.index(t)
    return not taken and len(t.text) >= 3 and t.text.isalpha() and i + 1 < len(toks) and \
        is_cap(toks[i + 1].text) and not toks[i + 1].text.isupper() and gap(s.text, t, toks[i + 1], " ")


def _next_is_cap(toks: list, t) -> bool:
    later = [x for x in toks if x.start > t.start]
    while later and later[0].text in LX.name_particles:
        later = later[1:]
    return bool(later) and is_cap(later[0].text)


def title_matches(s: Sentence):
    """The titles of office in ``s``, left to right (as ``finditer`` finds them, tried only at the words
    that can start one)."""
    if not s.every & TITLE:
        return
    pos = 0
    for t, f in zip(s.tokens, s.flags):
        if f & TITLE and t.start >= pos:
            m = LX.title_re.match(s.text, t.start)
            if m:
                yield m
                pos = m.end()


# offices named with their portfolio after the title ("Minister of Islamic Affairs", "министър на отбраната")
PORTFOLIO_ROLES = {"Minister", "Deputy Minister", "Deputy Prime Minister"}


def title_end(s: Sentence, m, role) -> int:
    """Where a title ends: after its portfolio for a minister ("Minister of Home Affairs", "министърът на
    транспорта и съобщенията", "министр сельского хозяйства")."""
    if role in PORTFOLIO_ROLES:
        pm = LX.portfolio.match(s.text, m.end())
        if pm and not any(m.end() <= r.start < pm.end() for r in s.states):
            return pm.end()
    return m.end()


def _state_after_title(s: Sentence, m, title: str, pos: int):
    """The state a title is of, when named after it ("President of Kazakhstan", "Президента Республики
    Таджикистан", "Азербайджанской Республики"): (the state mention, where the name may start, whether the
    title said "of")."""
    text = s.text
    of = LX.title_of_optional.match(text[pos:])
    after_of = pos + (of.end() if of else 0)
    body = LX.government_body.match(text, after_of)
    if body and any(r.start == body.end() for r in s.states):
        after_of = body.end()      # "Вице-премьером Госсовета КНР X": the state after the body
    named_at = past_state_form(s, after_of)
    formed, after_of = named_at != after_of, named_at
    nxt = next((r for r in s.states if r.start == after_of and not r.adjective), None)
    end = nxt.end if nxt is not None else None
    if nxt is None:   # an adjective and a form of state: "Азербайджанской Республики", "Kyrgyz Republic"
        adj = next((r for r in s.states if r.start == after_of and r.adjective), None)
        fm = adj and re.match(r"\s+(\w+)", text[adj.end:])
        if fm and is_state_form(fm.group(1)):
            nxt, end = adj, adj.end + fm.end()
    said_of = bool(of and of.group().strip())
    if nxt is not None and (said_of or formed or is_cyrillic(title) or end != nxt.end):
        return nxt, end, said_of
    return nxt, None, said_of


def persons(s: Sentence, lang: str = "", year: int | None = None) -> list:
    """Titled people into ``s.persons``; returns the title matches that have no name (see
    :func:`titles_alone`)."""
    text = s.text
    nameless = []
    for m in title_matches(s):
        title = m.group()
        if (s.in_quote(m.start()) and not s.quoted) or any(p.start <= m.start() < p.end for p in s.persons):
            continue       # (or a title word inside a name found already: "Minister of Commerce Sultan Al Kuwari")
        if staff_before(text, m.start()):
            continue       # "spokesman for the President X", "пресс-секретарь президента России X"
        role = role_of(title)
        if role is None:   # "his Chinese counterpart X": the office of the titled person beside
            role = next((p.role for p in s.persons if p.titled and p.role), None)
        before = text[:m.start()]
        former = bool(LX.former.search(before[-25:]))
        pos = title_end(s, m, role)
        ours = LX.title_ours.match(text, pos)      # "посланикът ни": of the state the news is written in
        pos = ours.end() if ours else pos
        nxt, end, said_of = _state_after_title(s, m, title, pos)
        if role_of(title) is None and end is None:     # "his counterpart from Ghana X", "коллега из Ганы X"
            cf = LX.counterpart_from.match(text, pos)
            at = past_state_form(s, cf.end()) if cf else -1     # "колега от Султаната Оман"
            nxt = cf and next((r for r in s.states if r.start == at and not r.adjective), None)
            end, said_of = (nxt.end, True) if nxt else (None, said_of)
        iso = None
        if end is not None:
            iso, pos = nxt.iso, end
            if role in ENVOY_ROLES:
                pos = _posting_end(s, pos)
        r = state_ending_at(s, m.start())
        if iso is None:
            iso, pos = _state_before(s, m, r, role, pos, lang if ours else None)
        # the name after the title, or after a dash in apposition ("послом России в Болгарии — Анатолием ...")
        gap_m = re.match(r"\s*(?:[—–]\s+)?", text[pos:])
        pos = _past_state_part(s, _past_rank(s, pos + gap_m.end()))
        name = name_after(s, pos)
        if name is None and iso is not None and not LX.name_before.search(before) and (
                (nxt is not None and pos == end) or role_of(title) is None
                or (r is not None and (r.possessive or r.adjective)) or role in ENVOY_ROLES):
            # "the President of the UAE, Sheikh Mohamed bin Zayed Al Nahyan", "his Belarusian counterpart,
            # X", "the Ambassador of Japan to Ghana, X", "the Egyptian Foreign Minister, X": the name in
            # apposition
            name = _apposition(s, pos, closed=False)
        elif name is None and iso is None and LX.article_before.search(before):
            name = _apposition(s, pos, closed=True)     # "met with the Prime Minister, Karim Aziz, and ..."
        if name is None:
            # (a Russian title takes its state in the genitive, without a word for "of")
            of_state = said_of or (end is not None and is_cyrillic(title))
            name, former = _name_before(before, nxt, of_state, former, title_end(s, m, role) > m.end())
            if name is None or any(p.titled and name[1] < p.end and p.start < name[2] for p in s.persons):
                nameless.append(m)      # (none, or the name of the title before: "Minister X, Minister of Y Z")
                continue
        if role in STATELESS_ROLES and (name := _past_body(s, name)) is None:
            continue
        nm, a, b = name
        if (cut := holder_prefix(text, a, b, year)) != b:
            nm, b = text[a:cut], cut
        if any(a < r.end and r.start < b for r in s.states):
            continue
        if any(p.start == a and p.end == b for p in s.persons) or LX.staff_after.match(text, b):
            continue      # "Foreign Minister, Ambassador X": the second title is a rank; "X's envoy": not X
        body = _body_then_name(s, b)
        if body is not None:     # "Председателя Халк Маслахаты Туркменистана Гурбангулы Бердымухамедова"
            (nm, a, b), iso = body
        nm = written_as(nm, lang, year) or nominative(nm, title, lang)
        iso = holder_iso(s, nm, b, role, iso, former, year)
        if role in ("Leader", None):    # "Turkmen leader X", "his Uzbek counterpart X": the office the
            leader, role = role, holder_role(nm, year) or role     # holders' table knows, else none
            if leader and iso is None:
                continue        # ("opposition leader X", "Hamas leader X": a leader of no state)
        full = full_name(nm, role, iso, year, lang) if not former else nm
        s.persons.append(PersonRef(full, a, b, role, iso, former, titled=True, written=nm if full != nm else ""))
    return nameless


ENVOY_ROLES = {"Ambassador", "Permanent Representative"}


def _apposition(s: Sentence, pos: int, closed: bool):
    """The name in apposition after a title ending at ``pos`` (", X"); not a list of titles ("the Egyptian
    President, Prime Minister and Speaker"); ``closed``: only a name of two words or more where the
    apposition ends there (", X," ", X." ", X and" ", X of Egypt"), as after a title of no state."""
    cm = re.match(r",\s+", s.text[pos:])
    name = name_after(s, _past_rank(s, pos + cm.end())) if cm else None
    if name is None or LX.title_re.match(s.text, name[1]):
        return None
    rest = s.text[name[2]:]
    if closed and (len(name[0].split()) < 2 or not (re.match(r"\s*(?:[,.;:)]|$)", rest)
                                                   or LX.and_word.match(rest.lstrip()) or LX.after_of.match(rest))):
        return None      # (one word is no sure name: "thanked the President, Parliament and the people")
    return name


def _past_body(s: Sentence, name):
    """The name after an international organization's title, past the organization it heads when the
    name found is the start of that body's ("Генерального секретаря Организации тюркских государств X")."""
    body = next((n for n in s.named if n.kind == "org" and n.start == name[1]), None)
    if body is None:
        return name
    rest = s.text[body.end:]
    return name_after(s, body.end + len(rest) - len(rest.lstrip()))


def _state_before(s: Sentence, m, r, role, pos: int, ours_in: str | None):
    """(state, where the name may start) of a title the text gives no state after: the state before it
    (``r``: "Japan's Ambassador to Ghana X"), one inside it ("the head of the Turkmen state X"), else, for
    a title said to be "ours" in a pack of one home state (``ours_in``: "посланикът ни в Анкара X"),
    that state; an envoy's posting may follow."""
    if r is not None:
        iso = r.iso
    else:
        inside = next((x.iso for x in s.states if m.start() <= x.start and x.end <= m.end()), None)
        if inside is not None:
            return inside, pos      # (no posting follows a state inside the title)
        if not (ours_in and len(pack(ours_in).home_states) == 1):
            return None, pos
        iso = pack(ours_in).home_states[0]
    return iso, _posting_end(s, pos) if role in ENVOY_ROLES else pos


def _posting_end(s: Sentence, pos: int) -> int:
    """After an envoy's state, the end of the posting that may follow ("of China to Ghana", "России в
    Казахстане", "to the UN"): a state, an organization or an abbreviation."""
    home = LX.posted_home.match(s.text, pos)
    if home:       # "посланика на Чили у нас X": posted in the country the news is written in
        return home.end()
    m = LX.posted_to.match(s.text, pos)
    if not m:
        return pos
    at = m.end()
    for x in [*s.states, *s.named, *s.cities]:      # (a city: "Ambassador of Bulgaria in Ankara X")
        if x.start == at:
            return x.end
    ab = re.match(r"[^\W\d_]{2,6}\b", s.text[at:])
    return at + ab.end() if ab and ab.group().isupper() else pos


def _body_then_name(s: Sentence, end: int):
    """A title's body named before its state and the holder ("Chairman Halk Maslahaty of Turkmenistan X",
    "Председатель Халк Маслахаты Туркменистана X"): ((name, start, end), state) of the holder when a state
    and another name follow the first one directly."""
    text = s.text
    of = LX.after_of.match(text, end)
    at = of.end() if of else past_genitives(text, end)    # (past the body's lowercase words)
    st = next((r for r in s.states if r.start == at and not r.adjective), None)
    if st is None:
        return None
    gap_ = re.match(r"\s+", text[st.end:])
    name = name_after(s, st.end + gap_.end()) if gap_ else None
    return (name, st.iso) if name else None


def _name_before(before: str, nxt, said_of: bool, former: bool, portfolio: bool = False):
    """"X, President of Y" / "X, the founding president of Y" / "X – Minister of Agriculture": the name
    before a title of a state or with a portfolio, and whether the words between make X a former holder."""
    nb = LX.name_before.search(before)
    for _ in range(2):     # "X, First Deputy Prime Minister, Minister of Defence": back past the titles between
        t = LX.title_re.search(nb.group(1)) if nb is not None else None
        if t is None or t.end() != len(nb.group(1)):
            break
        nb = LX.name_before.search(before, 0, nb.start(1))
    if nb and ((nxt is not None and said_of) or portfolio):
        qual = (nb.group(2) or "").strip().lower()
        name, start = nb.group(1), nb.start(1)
        while len(name.split()) > 2 and name.split()[0].lower().rstrip(".") in LX.honorifics:
            # "Honorable X Y, the President", "His Excellency X Y, President of ..."
            rest = name[len(name.split()[0]):].lstrip()
            name, start = rest, start + len(name) - len(rest)
        if name.split()[0].lower() in LX.sent_start_stop | LX.name_stop or LX.title_re.search(name):
            return None, former      # "At Akorda, the President of Kazakhstan ...": a place, not a name;
            # "First Deputy Prime Minister, Minister of Defence": a title before a title, not a name
        return (name, start, nb.end(1)), former or qual in LX.former_qualifiers
    return None, former


def titles_alone(sents: list[Sentence], nameless: dict) -> None:
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
            of = LX.title_of.match(s.text[end:])
            st = of and next((r for r in s.states if r.start == end + of.end()), None)
            end = st.end if st else end
            if any(p.start <= m.start() < p.end or end <= p.start <= end + 3 for p in s.persons):
                continue      # a title with its name (or already taken)
            r = state_ending_at(s, m.start())
            if r is not None and not r.adjective:
                r = None
            if r is None and st is not None and not st.adjective:
                r = st         # "the President of Kazakhstan and the King of Jordan held talks"
            if r is None or LX.former.search(s.text[max(0, min(r.start, m.start()) - 25):min(r.start, m.start())]):
                continue      # no state, or "the former Kazakh Foreign Minister"
            found = holders.get((role_of(m.group()), r.iso), {})
            if len(found) == 1:
                p = next(iter(found.values()))
                s.persons.append(PersonRef(p.name, m.start(), m.end(), p.role, p.iso, False, titled=False, key=p.key))
                s.persons.sort(key=lambda x: x.start)
