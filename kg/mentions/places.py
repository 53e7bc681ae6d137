"""States and cities a sentence names, from its gazetteer hits: which hit is a state (and whether as an
adjective or a possessive), which a city (and which of the cities of that name), and which places are
parts of a longer name."""
from __future__ import annotations

import re
from os.path import commonprefix

from ..lang import lexicon
from ..reference import Gazetteer, capital
from .common import gap, is_cap
from .model import CityRef, Sentence, StateRef
from .scan import CAP, flagged

LX = lexicon()


def states(s: Sentence) -> None:
    """``s.states`` from the sentence's gazetteer hits, but for a part of a state named like one
    ("Республика Сербская", Republika Srpska: not Serbia)."""
    text = s.text
    parts = [m.span() for m in LX.not_state_names.finditer(text)] if s.every & CAP else []
    for m in s.matches:
        st = [e for e in m.entries if e.kind == "state"]
        if not st or any(a <= m.span.start < b for a, b in parts):
            continue
        e = st[0]
        if e.compound and text[m.span.end:m.span.end + 1] not in ("-", "‑"):
            continue     # ("Sino" is China's only in "Sino-Kazakh")
        after = text[m.span.end:m.span.end + 12].lower()
        currency = LX.currency_after_state.get(e.ref)
        if currency is not None and currency.match(after):
            continue     # "US dollars": the currency, not the state
        poss = bool(LX.possessive.match(text[m.span.end:m.span.end + 2]))
        s.states.append(StateRef(e.ref, m.span.start, m.span.end, m.span.text, e.adjective, poss))


def cities(s: Sentence, gaz: Gazetteer, home: set) -> None:
    """``s.cities``: the gazetteer's city hits that are not states, surnames or former states; of several
    cities of one name, one in the article's states, then the largest."""
    places = {m.span.start for m in s.matches}
    for m in s.matches:
        if any(e.kind == "state" for e in m.entries):
            continue
        if m.first == m.last and m.first > 1 and LX.surname_shape.search(m.span.text):
            # (not after a sentence's first word, capitalised anyway: "Столицата Киев")
            prev = s.tokens[m.first - 1]
            if is_cap(prev.text) and prev.start not in places and gap(s.text, prev, m.span, " "):
                continue    # "Костадин Димитров": a first name and a surname, not the town of Dimitrov
        if m.first == m.last and _inside_a_name(s, m.first, places):
            continue    # "Нгуен Ван Нам", "Tran Van Giau": the middle of a person's name, not the town of Van
        if m.first == m.last and _before_a_name(s, m, places):
            continue    # "встретился с Ван Ином": a given name before a surname, not the town of Van
        if any(e.kind == "historic" for e in m.entries):
            continue
        found = [e for e in m.entries if e.kind == "city"]
        if not found:
            continue
        # a city whose own name the text wrote before a larger one that lists it among its other names
        # ("New Delhi" is New Delhi, not Delhi)
        found.sort(key=lambda e: (e.country not in home, gaz.cities[e.ref]["name"] != m.span.text,
                                  -e.population, e.ref))
        e = found[0]
        if m.first == m.last and _stray_town(s, m, e, gaz, home, places):
            continue
        # the label: the reference name closest to what the text wrote (Алматы, not Алмати)
        same = [x.name for x in found if x.ref == e.ref]
        if all(len(m.span.text) < len(n) for n in same):
            continue    # no case form of a name is shorter than it: "Как" is not the town of Кака
        label = _label(same, m.span.text)
        seat = next((x.seat_of for x in found if x.ref == e.ref and x.name == label and x.seat_of), None)
        label = seat or label      # "в Кремле": Москва
        s.cities.append(CityRef(e.ref, e.country, m.span.start, m.span.end, m.span.text, label))
    _capitals(s, gaz)


def _capitals(s: Sentence, gaz: Gazetteer) -> None:
    """"the Bulgarian capital", "в българската столица", "в столице Болгарии", "the capital of Ghana": the
    state's capital city, where the text does not name it right after ("the Bulgarian capital, Sofia")."""
    toks = s.tokens
    found = []
    for r in s.states:
        if r.in_name:
            continue
        if r.adjective:
            nxt = next((t for t in toks if t.start >= r.end), None)
            if nxt is None or not LX.capital_word.fullmatch(nxt.text) or s.text[r.end:nxt.start] != " ":
                continue
            a, b = r.start, nxt.end
        else:
            before = LX.capital_before.search(s.text, max(0, r.start - 30), r.start)
            if before is None:
                continue
            a, b = before.start(), r.end
        if any(c.start < b + 4 and a < c.end for c in s.cities):
            continue
        e = capital(gaz, r.iso)
        if e is not None:
            found.append(CityRef(e.ref, e.country, a, b, s.text[a:b], e.name))
    if found:
        s.cities = sorted(s.cities + found, key=lambda c: c.start)


def _label(names: list[str], written: str) -> str:
    """Of a place's reference names, the one ``written`` is a form of: itself, else the nominative its case
    ending stands for (the pack's CASE_NOMINATIVE: "Софии" is София, not an alternate Софи), else the one
    sharing the longest beginning with it, the shortest first."""
    low = written.lower()
    lows = {n.lower(): n for n in sorted(names, reverse=True)}
    if low in lows:
        return lows[low]
    for k in range(min(3, len(low) - 2), 0, -1):
        for end in LX.case_nominative.get(low[-k:], ()):
            if low[:-k] + end in lows:
                return lows[low[:-k] + end]
    return max(names, key=lambda n: (len(commonprefix([n.lower(), low])), -len(n), n))


def _stray_town(s: Sentence, m, e, gaz: Gazetteer, home: set, places: set) -> bool:
    """A one-word town of under 200,000 people, no capital, of none of the article's states, that nothing
    places anything in or that opens a longer capitalised name ("the Corona virus", "at Temple Trees"):
    a word spelt like a far-off town (Corona and Temple in the US), not a place of the news."""
    if e.country in home or e.population >= 200_000:
        return False
    cap = capital(gaz, e.country)
    if cap is not None and cap.ref == e.ref:
        return False
    if not s.placed(m.span.start) and not _listed_after_a_place(s, m):
        return True
    nxt = s.tokens[m.last + 1] if m.last + 1 < len(s.tokens) else None
    return nxt is not None and s.text[m.span.end:nxt.start] == " " and is_cap(nxt.text) and nxt.start not in places


def _listed_after_a_place(s: Sentence, m) -> bool:
    """"в Казахстан и Русе", "Bourgas, Varna": the place follows another one and a comma or "and"."""
    for o in s.matches:
        gap_text = s.text[o.span.end:m.span.start]
        if o.span.end <= m.span.start and len(gap_text) <= 5 and \
                (gap_text.strip() == "," or LX.and_word.fullmatch(gap_text.strip())):
            return True
    return False


def _before_a_name(s: Sentence, m, places: set) -> bool:
    """A one-word place of under a million people that nothing places anything in, right before one
    capitalised word that is no place, title or stop word (one space between, no capitalised word after
    it): the given name of a two-word name ("с Ван Ином"); not a place before a person's full name ("the
    mayor of Plovdiv Kostadin Dimitrov")."""
    i, toks = m.first, s.tokens
    if i == 0 or i + 1 >= len(toks) or s.placed(m.span.start) or s.text[m.span.end:toks[i + 1].start] != " ":
        return False
    if i + 2 < len(toks) and is_cap(toks[i + 2].text) and s.text[toks[i + 1].end:toks[i + 2].start] == " ":
        return False
    nxt = toks[i + 1]
    if not is_cap(nxt.text) or nxt.text.isupper() or nxt.start in places or nxt.text.lower() in LX.name_stop \
            or LX.title_re.fullmatch(nxt.text):
        return False
    return all(e.population < 1_000_000 for e in m.entries if e.kind == "city")


def _inside_a_name(s: Sentence, i: int, places: set) -> bool:
    """Token ``i`` stands between two capitalised words, neither a place, a plain space on each side (not
    after the sentence's first word, capitalised anyway): the middle of a name."""
    toks = s.tokens
    if i < 2 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return all(is_cap(t.text) and not t.text.isupper() and t.start not in places and t.text.lower() not in LX.name_stop
               and not LX.title_re.fullmatch(t.text) for t in (prev, nxt)) \
        and s.text[prev.end:toks[i].start] == " " and s.text[toks[i].end:nxt.start] == " "


def _paired_by_and(s: Sentence, i: int) -> bool:
    """Token ``i`` and a capitalised word joined by "and" ("Lumbini and Kushinagar")."""
    toks = s.tokens
    return (i + 2 < len(toks) and LX.and_word.fullmatch(toks[i + 1].text) is not None and is_cap(toks[i + 2].text)) \
        or (i >= 2 and LX.and_word.fullmatch(toks[i - 1].text) is not None and is_cap(toks[i - 2].text))


def small_places(s: Sentence, home: set) -> None:
    """A village or small town (:mod:`kg.reference.places`) the sentence places something in: one
    capitalised word, not the first, after a preposition ("in Signagi", "в Тараклия"), that no other
    mention took, not beside another capitalised word (a name), and only in one of the article's states."""
    toks = s.tokens
    twin = taken = None
    for i in flagged(s, CAP):      # (only the capitalised words; the cheap tests first)
        t = toks[i]
        w = t.text
        if len(w) < 4 or not w.isalpha() or w.lower() in LX.name_stop:
            continue
        if taken is None:
            taken = [(x.start, x.end) for x in [*s.states, *s.cities, *s.persons, *s.named]] + \
                [(m.span.start, m.span.end) for m in s.matches]
        if any(a < t.end and t.start < b for a, b in taken):
            continue
        paired = False
        if i == 0 or not s.placed(t.start):
            twin = bool(LX.twinning.search(s.text)) if twin is None else twin
            paired = twin and _paired_by_and(s, i)
            if not paired:
                continue     # (but the two towns a twinning joins: "between Lumbini and Kushinagar")
        if (i + 1 < len(toks) and is_cap(toks[i + 1].text) and gap(s.text, t, toks[i + 1], " ")) or \
                (i > 1 and is_cap(toks[i - 1].text) and gap(s.text, toks[i - 1], t, " ")):
            continue
        from ..reference.places import lookup      # (the table is read on first use)

        # a town a twinning pairs with another may be of a state the article does not name ("Велико
        # Търново и Суздал подписаха споразумение за побратимяване")
        found = lookup(t.text, home) or (lookup(t.text, None) if paired else None)
        if found:
            gid, cc, label = found
            s.cities.append(CityRef(gid, cc, t.start, t.end, t.text, label))


def past_state_form(s: Sentence, pos: int) -> int:
    """Where a state's name starts after a form-of-state word at ``pos`` ("Republic of", "Республики",
    "Кралство"), or ``pos`` when there is none (or the word is itself part of a known state name)."""
    form = LX.form_of.match(s.text[pos:])
    if form and is_state_form(form.group(1)) and not any(r.start == pos for r in s.states):
        return pos + form.end()
    return pos


def is_state_form(word: str) -> bool:
    low = word.lower()
    return low in LX.state_forms or (not low.isascii() and low.startswith(LX.state_form_stems))


def places_within(s: Sentence, a: int, b: int) -> list:
    """(kind, ref, state) of the states and cities named inside ``s.text[a:b]`` (a corridor's name:
    "Baku-Tbilisi-Kars railway", "коридора Балтийско – Егейско – Черно море")."""
    return [(e.kind, e.ref, e.country or e.ref) for g in s.matches if a <= g.span.start and g.span.end <= b
            for e in g.entries[:1]]


def mark_in_names(s: Sentence) -> None:
    """States and cities inside an organization's or corridor's name are marked ``in_name``."""
    for n in s.named:
        for r in s.states:
            if n.start <= r.start and r.end <= n.end:
                r.in_name = True
        for c in s.cities:
            if n.start <= c.start and c.end <= n.end:
                c.in_name = True


def state_ending_at(s: Sentence, pos: int) -> StateRef | None:
    """A state mention that ends right before ``pos``, skipping words like "counterpart", "си колега"."""
    before = s.text[:pos]
    for r in sorted(s.states, key=lambda r: -r.end):
        if r.end > pos:
            continue
        between = before[r.end:]
        words = re.findall(r"\w+", between)
        if r.possessive and words[:1] == ["s"]:
            words = words[1:]
        # words between: "counterpart", "си колега", or another title joined by "and" ("българския
        # вицепремиер и министър на транспорта X")
        if len(between) <= 40 and all(w.lower() in LX.counterpart_words or LX.and_word.fullmatch(w)
                                      or LX.title_re.fullmatch(w) or LX.minister_field.fullmatch(w) for w in words) \
                and not re.search(r"[,;:.()]", between):
            # (across "and" only an adjective: "X of Chile and Foreign Minister Y of Peru" is no Chilean Y)
            if r.adjective or not any(LX.and_word.fullmatch(w) for w in words):
                return r
        # "the Ghanaian leader, President X": a counterpart word in apposition before the title
        if len(between) <= 40 and words and all(w.lower() in LX.counterpart_words for w in words) \
                and between.rstrip().endswith(",") and not re.search(r"[,;:.()]", between.rstrip()[:-1]):
            return r
        return None
    return None
