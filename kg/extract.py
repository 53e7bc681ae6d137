"""From mentions to typed facts, one article at a time.

:func:`extract` reads an :class:`~kg.mentions.Analysis` and returns the :class:`~kg.facts.ArticleFacts`
it supports: entities, visits, meetings, agreements, trade figures, award conferrals, diplomatic
relations and sister cities, each with the sentences it rests on. Rules are cue words and patterns
from :mod:`kg.lexicon`; people come from the corpus-wide :class:`~kg.people.People` so that a surname
alone ("Tokayev said") still knows its state.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from . import lexicon as lx
from .facts import (AgreementFact, ArticleFacts, ConferralFact, EntityFact, Evidence, FigureFact,
                    MeetingFact, RelationsFact, SisterFact, VisitFact)
from .gazetteer import Gazetteer
from .mentions import Analysis, NamedRef, Sentence
from .people import People
from .text import is_cyrillic, latin_key, slug, translit

# What the kept facts of a workspace were extracted by: bump it whenever what extract() finds changes.
# It is part of kg.join.VERSION, so kg add and kg remove redo the whole join (every article's facts) once
# after such a change instead of joining new facts with facts made by older rules.
RULES_VERSION = 18

HOST_ROLES = {"President", "Prime Minister", "King", "Queen", "Emir", "Sultan", "Chancellor", "Crown Prince"}


# ---------------------------------------------------------------------------- keys of named things
def corridor_key(name: str, sub: str) -> str:
    """Language-independent key of a corridor (see the examples); numbered ones keep their number."""
    m = re.search(r"(?:№|No\.?|#)\s*(\w+)$", name)
    if m:
        return f"{sub}:no-{m.group(1).lower()}"
    return _corridor_words_key(name, sub)


def _corridor_words_key(name: str, sub: str) -> str:
    """Language-independent key of a corridor: its distinctive words, transliterated and de-suffixed.

    >>> corridor_key("Trans-Caspian International Transport Route", "transport")
    'transport:transkasp'
    >>> corridor_key("Транскаспийския транспортен коридор", "transport")
    'transport:transkasp'
    """
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in lx.CORRIDOR_GENERIC
             and not any(w.lower().startswith(h) for h in lx.CORRIDOR_HEADS)]
    core = translit("".join(words)).lower()
    core = core.replace("c", "k").replace("x", "ks")
    for suf in ("iyskiya", "iyskiyat", "iyskaya", "iyskogo", "iyskiy", "iyski", "skiya", "skiy", "ski", "ska",
                "ian", "ean", "an", "iy", "ii"):
        if core.endswith(suf) and len(core) - len(suf) >= 4:
            core = core[:-len(suf)]
            break
    return f"{sub}:{core or slug(name)}"


def award_key(name: str) -> str:
    """Key of an award: its content words, sorted (Golden Eagle Order = Order of the Golden Eagle)."""
    stop = {"order", "of", "the", "medal", "орден", "ордена", "медал", "медаль", "state", "nisani"}
    words = sorted(w for w in (latin_key(translit(x)) for x in re.findall(r"\w+", name)) if w not in stop)
    return "-".join(words) or slug(name)


def org_key(name: str) -> str:
    n = re.sub(r"^(the|a)\s+", "", name.strip(), flags=re.I)
    return slug(n)


def _ev(an: Analysis, s: Sentence) -> Evidence:
    return Evidence(an.article.id, s.text)


# ---------------------------------------------------------------------------- the extractor
class _Extractor:
    def __init__(self, an: Analysis, people: People, gaz: Gazetteer):
        self.an = an
        self.people = people
        self.gaz = gaz
        self.art = an.article
        self.lang = an.article.language
        self.out = ArticleFacts(an.article)
        self.pair = an.pair

    # ------------------------------------------------------------------ helpers
    def person(self, p):
        return self.people.get(self.art.id, p.key)

    def pref(self, p):
        c = self.person(p)
        return ("person", c.uid) if c else None

    def pstate(self, p) -> str | None:
        c = self.person(p)
        if c is None or c.is_former:
            return None
        return c.iso

    def entity(self, ref, s: Sentence, label=None, lang=None, **props) -> None:
        e = self.out.entities.get(ref)
        if e is None:
            e = self.out.entities[ref] = EntityFact(ref)
        if label:
            e.labels.add((label, lang or self.lang))
        ev = _ev(self.an, s)
        if len(e.evidence) < 3 and all(x.sentence != ev.sentence for x in e.evidence):
            e.evidence.append(ev)
        for k, v in props.items():
            if v is not None:
                e.props.setdefault(k, v)

    def named_ref(self, n: NamedRef):
        if n.kind == "org":
            return ("org", org_key(n.name))
        if n.kind == "corridor":
            return ("corridor", corridor_key(n.name, n.sub))
        return ("award", award_key(n.name))

    # ------------------------------------------------------------------ entities
    def entities(self) -> None:
        for s in self.an.sentences:
            for r in s.states:
                self.entity(("state", r.iso), s)
            for c in s.cities:
                self.entity(("city", c.gid), s, c.label if is_cyrillic(c.label) else None,
                            country=c.country)
                self.entity(("state", c.country), s)
            for p in s.persons:
                c = self.person(p)
                if c is not None:
                    self.entity(("person", c.uid), s)
            for n in s.named:
                ref = self.named_ref(n)
                lang = "en" if not is_cyrillic(n.name) else self.lang
                label = re.sub(r"^(the|a)\s+", "", n.name, flags=re.I)
                self.entity(ref, s, label, lang, iso=n.iso, sub=n.sub or None)
                if n.alias:
                    self.out.entities[ref].aliases.add(n.alias)
                for kind, key, country in n.through:
                    if kind == "city":
                        self.entity(("city", key), s, country=country)
                        self.out.entities[ref].props.setdefault("through", set()).add(("city", key))
                        self.out.entities[ref].props["through"].add(("state", country))
                    elif kind == "state":
                        self.out.entities[ref].props.setdefault("through", set()).add(("state", key))
        # later bare abbreviations of a corridor ("TITR")
        aliases = {e.aliases and next(iter(e.aliases)): ref for ref, e in self.out.entities.items() if e.aliases}
        for s in self.an.sentences:
            for al, ref in aliases.items():
                if al and re.search(rf"(?<!\w){re.escape(al)}(?!\w)", s.text):
                    self.entity(ref, s)

    # ------------------------------------------------------------------ visits and meetings
    def visits(self) -> None:
        found: dict[tuple, VisitFact] = {}
        pending: list[Sentence] = []
        for s in self.an.sentences:
            if not lx.VISIT_CUE.search(s.text) or lx.VISIT_NEGATIVE.search(s.text):
                continue
            hosts = self._visit_hosts(s)
            guests = [p for p in s.persons if self.pstate(p) and self.pstate(p) not in hosts]
            if hosts and guests:
                g = guests[0]
                for host in hosts:
                    key = (self.pref(g), host)
                    v = found.get(key)
                    if v is None:
                        v = found[key] = VisitFact(f"visit{len(found)}", key[0], host, None, None)
                    v.evidence.append(_ev(self.an, s))
            else:
                pending.append(s)
        if not found and pending:
            host = next((h for h in (self._visit_host(s) for s in pending) if h), None) or self._dateline_state()
            guest = self._main_guest(host) if host else None
            if host and guest:
                found[(guest, host)] = VisitFact("visit0", guest, host, None, None)
        for v in found.values():
            for s in pending:
                host = self._visit_host(s)
                if host in (None, v.host) and not any(
                        self.pstate(p) and self.pstate(p) != v.host and self.pref(p) != v.guest for p in s.persons):
                    v.evidence.append(_ev(self.an, s))
            v.city = self._event_city(v.host)
            v.date = (self._date_in(v.city) if len(found) > 1 else None) or self._event_date()
            self.out.visits.append(v)

    def _date_in(self, city: str | None):
        """A trip to several states: the date a sentence gives for what happened in ``city`` ("In Brussels
        on 17 March ...", "On 19 March, in Berlin, ...")."""
        for s in self._event_sentences():
            if s.dates and any(c.gid == city and not c.in_name for c in s.cities) and not self._elsewhen(s):
                return s.dates[0]
        return None

    def _visit_host(self, s: Sentence) -> str | None:
        hosts = self._visit_hosts(s)
        return hosts[0] if hosts else None

    def _visit_hosts(self, s: Sentence) -> list[str]:
        """The states visited: "visit to Kazakhstan", "visit to Belgium and Germany", "arrived in Bishkek"."""
        text = s.text
        for m in lx.VISIT_CUE.finditer(text):
            # "visit to Kazakhstan", "arrived in Bishkek", "arrival at Ankara's airport", "посещение в Астана"
            pm = re.match(r"\w*\s+(?:to|in|at|в|във|до)\s+(?:the\s+)?(?:(?:Republic of|Република|Республик\w+)\s+)?",
                          text[m.end():m.end() + 40])
            if pm:
                pos = m.end() + pm.end()
                for r in s.states:
                    if r.start == pos and not r.in_name and not r.adjective:
                        hosts = [r.iso]
                        while True:   # "to Belgium and Germany", "в Белгия и Германия"
                            more = re.match(r"\s*(?:,|and|и)\s+(?:the\s+)?", text[r.end:])
                            r = more and next((x for x in s.states if x.start == r.end + more.end()
                                               and not x.adjective and not x.in_name), None)
                            if not r:
                                return list(dict.fromkeys(hosts))
                            hosts.append(r.iso)
                for c in s.cities:
                    if c.start == pos and not c.in_name:
                        return [c.country]
        # a city the sentence places something in ("in Ankara", "в Букурещ"), not one it only names
        # ("the bridge near Ruse")
        cities = [c for c in s.cities if not c.in_name
                  and re.search(r"(?:\b(?:in|at|to)|(?<!\w)(?:в|във|до))\s+(?:the\s+)?$", text[max(0, c.start - 8):c.start],
                                re.I)]
        if cities:
            return [Counter(c.country for c in cities).most_common(1)[0][0]]
        return []

    def _dateline_state(self) -> str | None:
        for s in self.an.sentences[:3]:
            for c in s.cities:
                return c.country
        return None

    def _main_guest(self, host: str):
        counts = Counter()
        for s in self.an.sentences:
            for p in s.persons:
                st = self.pstate(p)
                if st and st != host and (not self.pair or st in self.pair):
                    counts[self.pref(p)] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _event_sentences(self) -> list[Sentence]:
        return [s for s in self.an.sentences if (lx.VISIT_CUE.search(s.text) or lx.MEETING_CUE.search(s.text))
                and not lx.VISIT_NEGATIVE.search(s.text)]

    def _event_city(self, host: str) -> str | None:
        counts = Counter()
        for i, s in enumerate(self.an.sentences):
            for c in s.cities:
                if c.country == host and not c.in_name:
                    event = lx.VISIT_CUE.search(s.text) or lx.MEETING_CUE.search(s.text) or bool(s.persons)
                    counts[c.gid] += (3 if i < 3 else 1) * (2 if event else 1)
        return counts.most_common(1)[0][0] if counts else None

    def _event_date(self) -> dt.date | None:
        for s in self._event_sentences():
            if s.dates and not self._elsewhen(s):
                return s.dates[0]
        for s in self.an.sentences[:4]:
            if s.dates and s.persons:
                return s.dates[0]
        for s in self.an.sentences[:3]:   # a dateline of its own: "Москва. 12 ноября.", "ABU DHABI, January 14"
            if s.dates and len(s.tokens) <= 8 and not self._elsewhen(s):
                return s.dates[0]
        if self.art.date and any(lx.VISIT_UNDER_WAY.search(s.text) for s in self.an.sentences[:3]):
            return self.art.date   # "X, who is on a state visit to Y, ...": under way on the day of the report
        return None

    @staticmethod
    def _elsewhen(s: Sentence) -> bool:
        return bool(lx.LAST_YEAR.search(s.text) or re.search(r"\b(in|this)\s+(january|february|march|april|may|"
                                                             r"june|july|august|september|october|november|"
                                                             r"december)\b", s.text, re.I))

    def host_leader(self, host: str, exclude):
        counts = Counter()
        for s in self.an.sentences:
            for p in s.persons:
                c = self.person(p)
                if c and self.pstate(p) == host and self.pref(p) != exclude and (c.role in HOST_ROLES or c.role is None):
                    counts[self.pref(p)] += 1
        return counts.most_common(1)[0][0] if counts else None

    def meetings(self) -> None:
        cue_sents = [s for s in self.an.sentences if (lx.MEETING_CUE.search(s.text) or self._received(s))
                     and not lx.VISIT_NEGATIVE.search(s.text) and not lx.MEETING_TO_COME.search(s.text)]
        separate = []
        main_ev = []
        for s in cue_sents:
            own_city = [c for c in s.cities if not c.in_name]
            visit_cities = {v.city for v in self.out.visits}
            elsewhere = (own_city and all(c.gid not in visit_cities for c in own_city)
                         and (lx.HELD_CUE.search(s.text) or self._elsewhen(s) or not self.out.visits))
            if elsewhere or (self._elsewhen(s) and self.out.visits):
                separate.append(s)
            else:
                main_ev.append(s)
        for n, v in enumerate(self.out.visits):
            if not main_ev:
                continue
            parts = [v.guest]
            hl = self.host_leader(v.host, v.guest)
            if hl:
                parts.append(hl)
            for s in main_ev:
                for p in s.persons:
                    r = self.pref(p)
                    # "preparations for the visit of President X": X is talked about, not present
                    about = re.search(r"(visit|trip|визит\w*|посещени\w*)\s+(of|на)\s+([\w-]+\s+){0,2}$",
                                      s.text[max(0, p.start - 50):p.start], re.I)
                    if r and r not in parts and not about and self.pstate(p) in (v.host, self._state_of(v.guest)):
                        parts.append(r)
            if len(parts) < 2:
                continue
            label = self._meeting_label(main_ev)
            m = MeetingFact(f"meeting{n}", parts, v.city, v.date, label, self.lang, visit=v.local)
            m.evidence = [_ev(self.an, s) for s in main_ev]
            for s in main_ev:
                for o in s.of_kind("org"):
                    if lx.MEETING_CUE.search(s.text[max(0, o.start - 30):o.end + 30]) and \
                            ("org", org_key(o.name)) not in m.participants:
                        m.participants.append(("org", org_key(o.name)))
            self.out.meetings.append(m)
        if not self.out.visits:
            self._standalone_meeting(main_ev)
        for i, s in enumerate(separate):
            if s.in_quote(0) or any(s.in_quote(c.start) for c in s.cities):
                continue
            parts = [self.pref(p) for p in s.persons if self.pref(p)]
            if not parts and s.idx and lx.BOTH_LEADERS.search(s.text):
                prev = self.an.sentences[s.idx - 1]
                parts = list(dict.fromkeys(self.pref(p) for p in prev.persons if self.pref(p)))
                if len(parts) < 2:
                    parts = []
            parts += [("org", org_key(o.name)) for o in s.of_kind("org")]
            if not any(p[0] == "person" for p in parts) and not any(p[0] == "org" for p in parts):
                continue
            city = next((c.gid for c in s.cities if not c.in_name), None)
            if city is None:
                continue
            if not any(p[0] == "person" for p in parts):
                parts += [("state", r.iso) for r in s.states if r.in_name]
            date = s.dates[0] if s.dates and not self._elsewhen(s) else None
            label = self._meeting_label([s])
            same = next((m for m in self.out.meetings if m.local.startswith("meeting-s") and m.city == city
                         and (m.label == label or _same_body(m.participants, parts))
                         and (m.date is None or date is None or m.date == date)), None)
            if same is not None:   # the headline and the body telling of one session
                same.participants = list(dict.fromkeys(same.participants + parts))
                same.date = same.date or date
                same.evidence.append(_ev(self.an, s))
                continue
            m = MeetingFact(f"meeting-s{i}", list(dict.fromkeys(parts)), city, date, label, self.lang)
            m.evidence = [_ev(self.an, s)]
            self.out.meetings.append(m)
        self._one_summit()

    def _one_summit(self) -> None:
        """A summit (leaders of three or more states) takes in the other sessions the article places in its
        city on its day ("the summit chaired by X" and "attended by Y, Z" are one event); talks on its
        sidelines stay apart."""
        def states(m):
            return {x for ref in m.participants if (x := self._state_of(ref))}

        summits = [m for m in self.out.meetings if len(states(m)) >= 3 and not m.local.startswith("meeting-b")]
        for summit in summits:
            for m in list(self.out.meetings):
                if m is summit or m.local.startswith("meeting-b") or m.city != summit.city or m.visit \
                        or (m.date and summit.date and m.date != summit.date):
                    continue
                summit.participants = list(dict.fromkeys(summit.participants + m.participants))
                summit.date = summit.date or m.date
                summit.evidence += [e for e in m.evidence if e not in summit.evidence]
                self.out.meetings.remove(m)

    @staticmethod
    def _received(s: Sentence) -> bool:
        """"President X received the Foreign Minister of Italy Y", "Токаев принял в Акорде министра ... Y":
        receiving a titled person is a meeting (receiving an award or a letter is not)."""
        for m in lx.RECEIVED_CUE.finditer(s.text):
            if any(m.end() <= p.start <= m.end() + 80 and p.titled for p in s.persons):
                return True
        return False

    def _standalone_meeting(self, sents: list[Sentence]) -> None:
        aside = [s for s in sents if lx.SIDELINES.search(s.text)]
        main = [s for s in sents if s not in aside] or sents
        for s in main:
            people = [p for p in s.persons if self.pstate(p)]
            states = {self.pstate(p) for p in people}
            if len(states) < 2:
                continue
            if len(states) > 2:   # a summit: everyone its sentences name ("chaired by X", "attended by Y, Z")
                people = [p for x in main for p in x.persons if self.pstate(p)]
            parts = list(dict.fromkeys(self.pref(p) for p in people))
            city = next((c.gid for c in s.cities if not c.in_name), None) or self._event_city_any()
            date = self._event_date()
            m = MeetingFact("meeting0", parts, city, date, self._meeting_label(main), self.lang)
            m.evidence = [_ev(self.an, x) for x in main]
            self.out.meetings.append(m)
            for i, x in enumerate(aside):   # "on the sidelines of the summit, X held talks with Y and Z"
                others = list(dict.fromkeys(self.pref(p) for p in x.persons if self.pstate(p)))
                if len(others) >= 2:
                    b = MeetingFact(f"meeting-b{i}", others, city, date, self._meeting_label([x]), self.lang)
                    b.evidence = [_ev(self.an, x)]
                    self.out.meetings.append(b)
            return

    def _event_city_any(self) -> str | None:
        for s in self.an.sentences[:3]:
            for c in s.cities:
                if not c.in_name:    # not the Shanghai of "Shanghai Cooperation Organisation"
                    return c.gid
        return None

    def _state_of(self, ref) -> str | None:
        return self.people.clusters[ref[1]].iso if ref and ref[0] == "person" else None

    def _meeting_label(self, sents: list[Sentence]) -> str:
        for s in sents:
            for o in s.of_kind("org"):
                if re.search(r"council|commission|съвет|комиси|совет|комисс", o.name, re.I) and not re.search(
                        r"council of ministers|министерски\w* съвет|совет\w* министров", o.name, re.I):
                    # (a session of a council or commission; the Council of Ministers is the government,
                    # where talks are held, not a body that meets)
                    m = re.search(r"(\d+)(?:st|nd|rd|th|-?(?:то|ия|ое|ой|го))?\s+(?:\w+\s+){0,2}$",
                                  s.text[max(0, o.start - 40):o.start])
                    return (f"{m.group(1)}. " if m else "") + f"{o.name} meeting"
        for s in sents:   # a forum or summit by its name: "the Astana International Forum", "Форуме ... сотрудничества"
            m = lx.NAMED_GATHERING.search(s.text)
            if m:   # the Cyrillic head word in the nominative ("Форуме ..." -> "Форум ...")
                return re.sub(r"^(Форум|Саммит|Конгресс?)\w*|^(Конференци)\w*",
                              lambda h: h.group(1) or h.group(2) + "я", m.group().strip(" ,."))
        return {"bg": "Разговори", "ru": "Переговоры"}.get(self.lang, "Talks")

    # ------------------------------------------------------------------ agreements
    def agreements(self) -> None:
        listing = None   # a sentence "… signed the following documents:" whose items follow as bullets
        for s in self.an.sentences:
            bullet = re.match(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s+", s.text)
            if listing is not None and bullet:
                item = s.text[bullet.end():].rstrip(" ;.,")
                if lx.AGREEMENT_RE.search(item):
                    self._agreement(s, item, bullet.end(), len(s.text), self._signing_event(listing),
                                    context=listing)
                continue
            listing = None
            cue = lx.SIGN_CUE.search(s.text)
            if not cue or lx.HEDGE.search(s.text[max(0, cue.start() - 40):cue.end() + 5]):
                continue
            if s.text.rstrip().endswith(":"):
                listing = s
            items = self._items(s)
            for text, a, b in items:
                self._agreement(s, text, a, b, self._signing_event(s))
        # the same document named twice in one article is one agreement
        seen: dict[tuple, AgreementFact] = {}
        kept = []
        for ag in self.out.agreements:
            k = (ag.cls, self._ag_identity(ag))
            if k in seen:
                seen[k].evidence.extend(e for e in ag.evidence if e.sentence not in
                                        {x.sentence for x in seen[k].evidence})
                continue
            seen[k] = ag
            kept.append(ag)
        self.out.agreements = kept

    @staticmethod
    def _ag_identity(ag: AgreementFact):
        concerns = tuple(sorted(c for c in ag.concerns if c[0] == "corridor"))
        if concerns:
            return concerns
        return re.sub(r"\W+", " ", translit(ag.label).lower()).strip()

    def _signing_event(self, s: Sentence | None = None) -> str | None:
        if self.out.visits:
            return self._visit_for(s).local
        if self.out.meetings:
            return self.out.meetings[0].local
        return None

    def _visit_for(self, s: Sentence | None):
        """The visit a sentence tells of: on a trip to several states, the one whose city or state the
        sentence, or the one or two before it, names ("On 19 March, in Berlin, ... The ministers signed ...")."""
        visits = self.out.visits
        if s is None or len(visits) < 2:
            return visits[0]
        for x in (self.an.sentences[i] for i in range(s.idx, max(-1, s.idx - 3), -1)):
            for v in visits:
                if any(c.gid == v.city and not c.in_name for c in x.cities) or \
                        any(r.iso == v.host and not r.adjective and not r.in_name for r in x.states):
                    return v
        return visits[0]

    def _items(self, s: Sentence) -> list[tuple[str, int, int]]:
        text = s.text
        items: list[tuple[str, int, int]] = []
        covered: list[tuple[int, int]] = []
        for a, b in s.quoted:
            q = text[a:b].strip(" ,.")
            if lx.AGREEMENT_RE.search(q) and len(q.split()) <= 25:
                items.append((q, a, b))
                covered.append((a, b))
        intro = lx.DOCUMENTS_LIST.search(text)
        if intro and intro.end() < len(text) - 5:
            start = intro.end()
            body = text[start:]
            pos = start
            pieces = []
            for piece in lx.LIST_SPLIT.split(body):
                if piece:
                    pieces.extend(re.split(r"\s+(?:and|и)\s+(?=(?:an?\s+|the\s+)?" + lx.AGREEMENT_ANY + r")", piece, flags=re.IGNORECASE))
            for piece in pieces:
                if not piece or not piece.strip():
                    continue
                idx = text.find(piece, pos)
                if idx < 0:
                    continue
                pos = idx + len(piece)
                p = piece.strip(" .;:")
                # "...: an agreement on X; a memorandum on Y; and a roadmap for Z": the titles, not the articles
                p = re.sub(r"^(?:(?:and|as well as|и|както и|а также)\s+)?(?:(?:an?|the)\s+)?", "", p, flags=re.I)
                if len(p.split()) < 2 or any(a <= idx < b for a, b in covered):
                    continue
                if p.lower().startswith(("covering", "which", "that", "aimed")):
                    continue
                items.append((p, idx, idx + len(piece)))
                covered.append((idx, idx + len(piece)))
        for m in lx.AGREEMENT_RE.finditer(text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            a = self._np_start(text, m.start())
            b = self._np_end(text, m.end())
            phrase = text[a:b].strip(" ,.")
            # "приняли Совместное заявление и подписали ...": not the conjunction before the next verb
            phrase = re.sub(r"\s+(?:and|и|а|както|а также|as well)$", "", phrase, flags=re.I)
            if lx.VAGUE_QUANTITY.search(text[max(0, a - 25):m.start()]):
                continue
            if self._generic(m.group(), phrase):
                continue
            items.append((phrase, a, b))
            covered.append((a, b))
        return items

    @staticmethod
    def _generic(noun: str, phrase: str) -> bool:
        """A bare plural with no number and no complement ("agreements were signed") names no document; nor
        does a plural by its worth ("agreements worth $10 billion": a package of deals)."""
        plural = (re.search(r"(s|и|ите|ы|ия|я)$", noun.lower()) and not re.search(r"(ss|us)$", noun.lower())) \
            or noun.lower().endswith("memoranda")
        if not plural:
            return False
        if re.search(r"\b(worth|valued at|на сумму|на стойност|на обща стойност)\b", phrase, re.I):
            return True
        if re.search(r"\d", phrase) or re.search(r"\b(between|on|of|for|with|между|за|о|об|по|на)\b",
                                                   phrase[phrase.lower().find(noun.lower()):], re.I):
            return False
        return True

    @staticmethod
    def _np_start(text: str, pos: int) -> int:
        """Start of the noun phrase ending in the document noun at ``pos`` (its modifiers)."""
        words = list(re.finditer(r"[\w’'-]+", text[:pos]))
        start = pos
        for w in reversed(words[-4:]):
            t = w.group()
            if t.lower() in {"a", "an", "the", "signed", "adopted", "this", "these", "its", "their", "и", "and",
                             "on", "of", "with", "in", "between", "were", "was", "документи", "documents",
                             "подписаха", "signed", "разменени", "бяха"} or lx.SIGN_CUE.fullmatch(t):
                break
            if t[0].isupper() or t.lower() in {"joint", "intergovernmental", "interagency", "bilateral",
                                               "cooperation", "action", "comprehensive", "cultural", "tourism",
                                               "и", "and"} or t.isdigit():
                start = w.start()
            else:
                break
        return start

    @staticmethod
    def _np_end(text: str, pos: int) -> int:
        """End of the item that starts with a document noun at ``pos``: the next comma, full stop, closing
        quote, verb, "as well as", or "and" that starts another document or another "the ..." phrase
        (but not the "and" of "between A and the B")."""
        rest = text[pos:pos + 200]
        stops = [len(rest)]
        m = re.search(r",|;|\.(?:\s|$)|[”\"»]|\s+(?:as well as|както и|а также|is the|was|were|will|бяха|беше|"
                      r"бе|е|был[аио]?|будет)\b|"
                      # where and when it was signed is not its title: "the Tianjin Declaration at the end of the summit"
                      r"\s+(?:at|during|in the presence of|on the sidelines of)\s+(?:the|a|an)\b", rest)
        if m:
            stops.append(m.start())
        m = re.search(r"\s+(?:and|и)\s+(?:an?\s+|the\s+)?" + lx.AGREEMENT_ANY, rest, re.IGNORECASE)
        if m:
            stops.append(m.start())
        between = re.search(r"\b(between|между)\b", rest, re.I)
        for m in re.finditer(r"\s+and the\b", rest):
            if between and between.start() < m.start() and not re.search(r"\band\b", rest[between.end():m.start()]):
                continue
            stops.append(m.start())
            break
        cue = lx.SIGN_CUE.search(rest)
        if cue and cue.start() and rest[cue.start() - 1].isspace():
            stops.append(cue.start() - 1)
        return pos + min(stops)

    def _agreement(self, s: Sentence, phrase: str, a: int, b: int, event: str | None, context=None) -> None:
        """One agreement from ``phrase`` (``s.text[a:b]``); ``context`` is the sentence that introduced
        a bulleted list, whose subject gives the parties."""
        m = lx.AGREEMENT_RE.search(phrase)
        if m:
            gi = next(int(k[1:]) for k, v in m.groupdict().items() if v)
            _, doc_type, cls = lx.AGREEMENT_NOUNS[gi]
            if doc_type == "joint declaration" and "statement" in m.group().lower():
                doc_type = "joint statement"
        else:
            doc_type, cls = "document", "Agreement"
        parties, concerns = self._parties(s, a, b)
        if context is not None and not any(p[0] == "org" for p in parties):
            ctx_parties, _ = self._parties(context, len(context.text), len(context.text))
            parties = parties if len(parties) >= 2 else ctx_parties
        count = None
        cm = re.match(r"(\d+)\s", phrase)
        if cm:
            count = int(cm.group(1))
        year_signed = None
        own_time = self._elsewhen(s) or re.search(r"\b(19|20)\d{2}\b", s.text[b:b + 40] or "")
        if lx.LAST_YEAR.search(s.text) and self.art.date:
            year_signed = self.art.date.year - 1
        ag = AgreementFact(doc_type, cls, phrase, self.lang, parties, concerns, count=count,
                           year_signed=year_signed,
                           event=None if own_time else event,
                           evidence=[_ev(self.an, s)] + ([_ev(self.an, context)] if context is not None else []))
        if ag.event:
            ev = next((v for v in self.out.visits if v.local == ag.event), None) or next(
                (m for m in self.out.meetings if m.local == ag.event), None)
            ag.date = ev.date if ev else None
        if lx.TWINNING.search(phrase):
            cities = [c for c in s.cities if a <= c.start < b]
            if len(cities) < 2:   # "Osh and Khujand signed a twinning agreement": the cities of the sentence
                whole = list({c.gid: c for c in s.cities if not c.in_name}.values())
                cities = whole if len(whole) == 2 else cities
                if len(cities) == 2:
                    ag.parties = [("city", c.gid) for c in cities]
            if len(cities) >= 2:
                self.out.sisters.append(SisterFact((cities[0].gid, cities[1].gid), [_ev(self.an, s)]))
        self.out.agreements.append(ag)

    def _parties(self, s: Sentence, a: int, b: int):
        text = s.text
        inside = lambda x: a <= x.start < b  # noqa: E731
        parties: list = []
        concerns: list = []
        between = re.search(r"\b(between|между)\b", text[a:b], re.I)
        refs_in = []
        for n in s.named:
            if inside(n):
                refs_in.append((n.start, self.named_ref(n)))
        for c in s.cities:
            if inside(c) and not c.in_name:
                refs_in.append((c.start, ("city", c.gid)))
        for r in s.states:
            if inside(r) and not r.in_name and not r.adjective:
                refs_in.append((r.start, ("state", r.iso)))
        refs_in.sort()
        if between:
            bpos = a + between.end()
            parties = [ref for pos, ref in refs_in if pos >= bpos and ref[0] in ("org", "state", "city")]
            concerns = [ref for pos, ref in refs_in if pos < bpos]
        else:
            concerns = [ref for _, ref in refs_in]
        if not parties:
            # the subject of the clause: "Kazakhstan and Türkiye signed ...", "X and the company Y signed";
            # the clause is the one of the last signing verb before the document ("A and B signed a
            # memorandum, and the two governments signed an agreement")
            cues = [c for c in lx.SIGN_CUE.finditer(text) if c.start() < a]
            subj_end = cues[-1].start() if cues else None
            subj_start = 0
            if len(cues) > 1:
                subj_start = max((m.end() for m in re.finditer(r"[,;]\s*(?:and|while|и|а|както и)?\s", text[:subj_end])),
                                 default=0)
            if subj_end is not None:
                orgs = s.of_kind("org")
                for r in s.states:
                    if subj_start <= r.start and r.end <= subj_end and not r.in_name and not r.adjective \
                            and not (r.possessive and any(0 <= o.start - r.end <= 4 for o in orgs)):
                        parties.append(("state", r.iso))   # "Kazakhstan's Ministry of Energy": the ministry's
                for n in orgs:
                    if subj_start <= n.start and n.end <= subj_end:
                        parties.append(self.named_ref(n))
                if not parties:   # "Sugiono and Bui Thanh Son signed ...": the states of the signatories
                    signers = list(dict.fromkeys(self.pstate(p) for p in s.persons
                                                 if subj_start <= p.start and p.end <= subj_end and self.pstate(p)))
                    if len(signers) >= 2:
                        parties = [("state", x) for x in signers]
            subject = text[subj_start:subj_end] if subj_end is not None else text
            if len(parties) < 2 and (lx.BOTH_SIDES.search(subject) or re.search(
                    r"\b(between|между)\s+(the\s+)?(two|двете|двумя)\b", text, re.I)):
                parties = [("state", x) for x in self.pair]
        if not parties and self.out.visits:
            v = self._visit_for(s)
            gs = self._state_of(v.guest)
            parties = [("state", x) for x in (gs, v.host) if x]
        elif not parties and self.out.meetings:   # signed at a meeting: the states taking part in it
            for m in self.out.meetings:
                states = list(dict.fromkeys(x for ref in m.participants
                                            if (x := (ref[1] if ref[0] == "state" else self._state_of(ref)))))
                if len(states) >= 2:
                    parties = [("state", x) for x in states]
                    break
        concerns = [c for c in concerns if c not in parties and c[0] != "state"]
        return list(dict.fromkeys(parties)), list(dict.fromkeys(concerns))

    # ------------------------------------------------------------------ trade figures
    def figures(self) -> None:
        carry_year: int | None = None
        for s in self.an.sentences:
            prev = None
            for i, mo in enumerate(s.money):
                seg_start = s.money[i - 1].end if i else 0
                seg_end = s.money[i + 1].start if i + 1 < len(s.money) else len(s.text)
                before = s.text[seg_start:mo.start]
                after = s.text[mo.end:seg_end]
                metric = self._metric(before, after, s.text[:mo.start])
                if metric is None and prev is not None and re.search(
                        r"compared|from|increase|decrease|up from|down from|спрямо|в сравнении|по сравнению|от",
                        before, re.I):
                    metric = prev.metric
                if metric is None:
                    continue
                year = self._year(s, mo, before, after, metric, prev, carry_year)
                fig = self._direction(s, mo, metric, before, after, prev)
                if fig is None:
                    continue
                frm, to, between = fig
                f = FigureFact(metric, mo.amount, mo.currency, year, between, frm, to, mo.text,
                               [_ev(self.an, s)])
                self.out.figures.append(f)
                if year and metric != "target" and prev is None:
                    carry_year = year     # the sentence's main year, not that of a comparison
                prev = f
        # a figure given twice, once without its year (a headline): the one with the year
        def same(f):
            return f.metric, f.amount, f.currency, f.between, f.from_state, f.to_state

        dated = {same(f): f for f in self.out.figures if f.year}
        for f in self.out.figures:
            if not f.year and same(f) in dated:
                dated[same(f)].evidence.extend(e for e in f.evidence if e not in dated[same(f)].evidence)
        self.out.figures = [f for f in self.out.figures if f.year or same(f) not in dated]

    @staticmethod
    def _metric(before: str, after: str, head: str) -> str | None:
        if re.search(r"\bby\s+(19|20)\d{2}\b|до\s+20\d{2}\s*г|к\s+20\d{2}\s*год", after[:30], re.I) or \
                (lx.METRIC_CUES[0][1].search(before) and not lx.PAST_GROWTH.search(before)):
            return "target"
        best, best_pos = None, -1
        for name, rx in lx.METRIC_CUES[1:]:
            for m in rx.finditer(before):
                if m.start() > best_pos:
                    best, best_pos = name, m.start()
        if best is None:
            for name, rx in lx.METRIC_CUES[1:]:
                m = rx.search(after[:40])
                if m and re.match(r"\s*(in|of|в|на)\b", after):
                    return name
        return best

    def _year(self, s, mo, before, after, metric, prev, carry) -> int | None:
        if metric == "target":
            m = lx.YEAR_BY.search(after[:40]) or lx.YEAR_BY.search(before[-40:])
            return int(m.group("y")) if m else None
        m = re.match(r"\s*(?:in|for|during|през|в|за)\s+((?:19|20)\d{2})\b", after) or re.match(
            r"\s*(?:in|for|during|през|в|за)\s+(?:the\s+)?(?:(?:first|second|third|last)\s+(?:\w+\s+)?"
            r"(?:months?|half|quarter)\s+of\s+|[\w–-]+\s+)?((?:19|20)\d{2})\b", after, re.I) or re.match(
            # "$3.2 billion to Turkey in 2024", "3,2 млрд долларов в Турцию в 2024 году"
            r"\s*(?:to|from|into|в|във|за|от|из)\s+(?:the\s+)?[^\W\d][\w-]*\s+(?:in|during|през|в)\s+((?:19|20)\d{2})\b",
            after, re.I)
        if m:
            return int(m.group(1))
        if lx.PREVIOUS_YEAR.search(after[:40]) and prev is not None and prev.year:
            return prev.year - 1
        if lx.YEAR_RANGE.search(s.text):
            return None
        m = re.search(r"(?:^|[,;]\s*|\b(?:in|during|през|в)\s+)((?:19|20)\d{2})\b(?:\s*г\.?)?\s*,", s.text[:mo.start],
                      re.I)
        if m:
            return int(m.group(1))
        m = re.search(r"\b(?:in|during|през|в|за|по итогам)\s+((?:19|20)\d{2})\b", before, re.I) or re.search(
            r"(?<!\w)(?:за|през|в)\s+(?:[а-яё-]+\s+){1,3}((?:19|20)\d{2})\s*(?:г\.|года|година)", before, re.I) or \
            re.search(r"\b(?:in|during|for)\s+(?:the\s+)?(?:[A-Za-z][\w–-]*\s+){1,4}((?:19|20)\d{2})\b,", before, re.I)
        if m:   # "в 2024 году", "за девять месяцев 2025 года", "през първото полугодие на 2025 г.",
            return int(m.group(1))   # "В январе-мае 2025 года", "In January-June 2025, ..."
        if self.art.date:
            if lx.LAST_YEAR.search(s.text):
                return self.art.date.year - 1
            if lx.THIS_YEAR.search(s.text):
                return self.art.date.year
        if prev is not None:
            return prev.year
        return carry

    def _direction(self, s: Sentence, mo, metric, before, after, prev):
        text = s.text
        seg_a = mo.start - len(before)
        seg_b = mo.end + len(after)
        states = [r for r in s.states if seg_a <= r.start < seg_b and not r.in_name]
        all_states = [r for r in s.states if not r.in_name]
        pair = list(self.pair)
        if metric in ("turnover", "target"):
            isos = list(dict.fromkeys(r.iso for r in all_states))
            if len(isos) >= 2:
                between = tuple(sorted(isos[:2]))
            elif len(isos) == 1 and len(pair) == 2 and isos[0] in pair:
                between = tuple(sorted(pair))
            elif len(pair) == 2:
                between = tuple(sorted(pair))
            else:
                return None
            return None, None, between
        if prev is not None and prev.metric == metric and not states:
            return prev.from_state, prev.to_state, prev.between
        cue = None
        for name, rx in lx.METRIC_CUES[1:]:
            if name == metric:
                cue = list(rx.finditer(text[:mo.start])) or list(rx.finditer(text))
        cue_pos = cue[-1].start() if cue else mo.start
        frm = to = None
        # the state whose exports they are: "Износът на България за ...", "exports of Kazakhstan to ...",
        # "Экспорт Казахстана в ..." (right after the cue word)
        owner = None
        if cue:
            owner = next((r.iso for r in all_states if not r.adjective and r.start >= cue[-1].end() and re.fullmatch(
                r"\s*(?:на\s+|of\s+(?:the\s+)?)?", text[cue[-1].end():r.start], re.I)), None)
        # "Kazakhstan's exports", "Bulgarian investments", "Turkish goods imported"
        for r in all_states:
            if r.end <= cue_pos and cue_pos - r.end <= 14 and (r.adjective or r.possessive):
                frm = r.iso
        if owner and metric != "imports":
            frm = owner
        # "to Kazakhstan", "in Kazakhstan", "into the Kazakh economy", "from Bulgaria", "за Казахстан"
        for r in all_states:
            lead = text[max(0, r.start - 12):r.start].lower()
            if re.search(r"\b(from|от|из)\s+(the\s+)?$", lead):
                if metric == "imports":
                    frm = r.iso
            elif re.search(r"\b(to|in|into|for|в|във|към|на|за)\s+(the\s+)?$", lead) and r.iso != frm \
                    and r.iso != owner:
                if to is None:
                    to = r.iso
        if frm is None and metric == "investment":
            # the investor is the state named as an adjective ("the Turkish company ... signed ... investments")
            adj = [r for r in all_states if r.adjective and r.iso != to and r.end <= mo.start]
            if adj:
                frm = adj[0].iso
                if to is None:
                    to = next((r.iso for r in all_states if not r.adjective and r.iso != frm), None)
        if frm is None:
            subj = [r for r in all_states if r.iso != to and r.end <= mo.start]
            if subj:
                frm = subj[0].iso
        if metric == "imports":
            # imports of A from B are exports from B to A
            importer = owner
            for r in all_states:
                if r.end <= cue_pos and cue_pos - r.end <= 14 and (r.adjective or r.possessive):
                    importer = r.iso
            exporter = None
            for r in all_states:
                if re.search(r"\b(from|от|из)\s+(the\s+)?$", text[max(0, r.start - 12):r.start].lower()):
                    exporter = r.iso
            frm, to = exporter, importer
        if frm and not to and len(pair) == 2 and frm in pair:
            to = pair[0] if pair[1] == frm else pair[1]
        if to and not frm and len(pair) == 2 and to in pair:
            frm = pair[0] if pair[1] == to else pair[1]
        if not frm or not to or frm == to:
            return None
        return frm, to, tuple(sorted((frm, to)))

    # ------------------------------------------------------------------ awards
    def conferrals(self) -> None:
        by_recipient: dict = {}
        award_refs = []
        for s in self.an.sentences:
            for n in s.of_kind("award"):
                award_refs.append((s, self.named_ref(n)))
        if not award_refs:
            return
        for s in self.an.sentences:
            cue = lx.AWARD_CUE.search(s.text)
            awards = [self.named_ref(n) for n in s.of_kind("award")]
            if not cue:
                continue
            recipient, giver = self._award_roles(s, cue)
            if recipient is None:
                continue
            award = awards[0] if awards else None
            c = by_recipient.get(recipient)
            if c is None:
                if award is None:
                    award = self._nearest_award(s, award_refs)
                if award is None:
                    continue
                c = by_recipient[recipient] = ConferralFact(award, recipient, giver, None)
            elif c.conferrer is None and giver is not None:
                c.conferrer = giver
            c.evidence.append(_ev(self.an, s))
        for c in by_recipient.values():
            if c.conferrer is None and self.out.visits:
                # at a visit, the award comes from the other side
                v = self.out.visits[0]
                other = v.guest if v.guest != c.recipient else self.host_leader(v.host, v.guest)
                if other:
                    c.conferrer = other
            if self.out.visits:
                c.event = self.out.visits[0].local
                c.date = self.out.visits[0].date
            self.out.conferrals.append(c)

    def _nearest_award(self, s: Sentence, award_refs):
        best = None
        for s2, ref in award_refs:
            if best is None or abs(s2.idx - s.idx) < abs(best[0].idx - s.idx):
                best = (s2, ref)
        return best[1] if best else None

    def _award_roles(self, s: Sentence, cue):
        text = s.text
        people = [p for p in s.persons if self.pref(p)]
        if not people:
            return None, None
        recipient = giver = None
        for p in people:
            before = text[max(0, p.start - 30):p.start].lower()
            after = text[p.end:p.end + 40].lower()
            wide = text[max(0, p.start - 60):p.start].lower()
            if re.search(r"(?:указом|по указу|с указ на|by decree of)\s+(?:\w+\s+){0,3}$", wide):
                giver = giver or self.pref(p)      # "Указом Президента Казахстана X ... награжден Y"
                continue
            if re.search(r"(?<!\w)(?:награжден\w*|удостоен\w*|награден\w*)\s+(?:\w+\s+){0,3}$", wide):
                recipient = recipient or self.pref(p)   # "... награжден Президент Кыргызстана Y"
                continue
            if lx.CONFER_BEFORE.search(before) or \
                    re.match(r"\W*(was|has been|is)\s+(awarded|presented|conferred|decorated|honou?red)", after) or \
                    re.match(r"\W*(,\s*)?(expressing .{0,40})?(receiv|accept)", after) or \
                    re.match(r"\s+(беше удостоен|бе удостоен|был награжден|был удостоен|удостоен)", after):
                recipient = recipient or self.pref(p)
            elif re.search(r"\bby\s+(president\s+)?(\w+\s+){0,2}$", before) or \
                    re.match(r"\W*(presented|awarded|conferred|bestowed|удостои|връчи|награди|вручил|наградил)",
                             after):
                giver = giver or self.pref(p)
        if recipient is None and giver is not None:
            rest = [self.pref(p) for p in people if self.pref(p) != giver]
            recipient = rest[0] if rest else None
        if recipient is None and giver is None and len(people) == 1 and re.search(
                r"award(ed)? to|удостоен|награден|награжд", text, re.I):
            recipient = self.pref(people[0])
        return recipient, giver

    # ------------------------------------------------------------------ relations, sister cities
    def relations(self) -> None:
        seen = {}
        for s in self.an.sentences:
            if not lx.RELATIONS_CUE.search(s.text):
                continue
            if not re.search(r"establish|set up|first|установ|устан|създаден|установени|established", s.text, re.I) \
                    and not lx.ANNIVERSARY.search(s.text):
                continue
            isos = list(dict.fromkeys(r.iso for r in s.states if not r.in_name))
            if len(isos) < 2:
                if len(isos) <= 1 and len(self.pair) == 2 and set(isos) <= set(self.pair) and \
                        re.search(r"two (countries|nations|states)|двете (страни|държави)|двух (стран|государств)",
                                  s.text, re.I):
                    isos = list(self.pair)
                else:
                    continue
            years = [int(m.group("y")) for m in lx.YEAR_RE.finditer(s.text)]
            key = tuple(sorted(isos[:2]))
            year = years[0] if years else None
            ann = lx.ANNIVERSARY.search(s.text)
            if year is None and ann and self.art.date:
                year = self.art.date.year - int(ann.group("n") or ann.group("n2"))   # "the 30th anniversary of ..."
            if key in seen:
                if seen[key].year is None:
                    seen[key].year = year
                seen[key].evidence.append(_ev(self.an, s))
                continue
            seen[key] = RelationsFact(key, year, [_ev(self.an, s)])
        self.out.relations.extend(seen.values())

    def sisters(self) -> None:
        for s in self.an.sentences:
            if not lx.TWINNING.search(s.text) or lx.HEDGE.search(s.text):
                continue
            if lx.SIGN_CUE.search(s.text) and any(lx.AGREEMENT_RE.search(s.text) for _ in [0]):
                continue  # handled with the agreement
            cities = [c for c in s.cities if not c.in_name]
            for a, b in zip(cities[0::2], cities[1::2]):
                if a.gid != b.gid:
                    self.out.sisters.append(SisterFact((a.gid, b.gid), [_ev(self.an, s)]))

    # ------------------------------------------------------------------ all
    def run(self) -> ArticleFacts:
        self.entities()
        self.visits()
        self.meetings()
        self.agreements()
        self.figures()
        self.conferrals()
        self.relations()
        self.sisters()
        return self.out


def _same_body(a: list, b: list) -> bool:
    """Two participant lists share an organization, one name a fuller form of the other ("Высшего
    межгосударственного совета" and "... совета Узбекистана")."""
    orgs_a = [r[1] for r in a if r[0] == "org"]
    return any(x.startswith(y) or y.startswith(x) for x in orgs_a for y in (r[1] for r in b if r[0] == "org"))


def extract(an: Analysis, people: People, gaz: Gazetteer) -> ArticleFacts:
    """All facts one article supports."""
    return _Extractor(an, people, gaz).run()
