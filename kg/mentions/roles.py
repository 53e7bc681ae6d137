"""Titled people completed from the rest of the article, once the office holders named without a title
are known (:func:`kg.mentions.holders.full_names` runs after the titles): a counterpart's office, the
state of an official who greets a guest on arrival or holds talks with him."""
from __future__ import annotations

import re

from ..lang import lexicon
from .model import Sentence
from .holders import STATELESS_ROLES
from .title_states import visited
from .titles import ENVOY_ROLES

LX = lexicon()
_NOT_THE_HOSTS = ENVOY_ROLES | STATELESS_ROLES      # offices whose holders are not the host's for being met there


def greeters(sents: list[Sentence]) -> None:
    """"He was met at the airport by Deputy Prime Minister X": an official who greets a guest on arrival,
    his state unsaid, is of the state the guest arrived in (the city this sentence or the one before
    places the arrival in); not an envoy, who may be the guest's own."""
    for s in sents:
        if not LX.greeted_at.search(s.text):
            continue
        for p in s.persons:
            if _of_host_maybe(p):
                city = next(filter(None, (_last_placed(x) for x in (s, sents[s.idx - 1] if s.idx else s))), None)
                p.iso = city.country if city is not None else None


def _of_host_maybe(p) -> bool:
    """A titled person of no state the text gives who may be the host's: not a former holder, not an envoy
    (who may be the guest's own), not the holder of an international office ("UN Secretary-General X")."""
    return p.titled and p.iso is None and not p.former and p.role not in _NOT_THE_HOSTS


def _last_placed(s: Sentence):
    """The last city the sentence places something in ("arrived in Accra"), not one inside a name."""
    return next((c for c in reversed(s.cities) if not c.in_name and s.placed(c.start)), None)


def hosts_met(sents: list[Sentence]) -> None:
    """"X arrived in Accra. He ... held talks with Foreign Minister Y", "X wrapped up his visit to Kenya.
    During his trip, the Indonesian leader met with Vice President Y and Speaker Z": an official a visitor
    holds talks with, his state unsaid, is of the state visited: the city this sentence or the one before
    places the arrival in, else the state the last visit told so far went to. The sentence may name
    no other state after its cue of talks (before it, the visitor's own: "the Indonesian leader"); not an
    envoy."""
    for s in sents:
        stateless = [p for p in s.persons if _of_host_maybe(p)]
        talks = LX.meeting_cue.search(s.text) if stateless else None
        if talks is None:
            continue
        arrival = next((x for x in (s, sents[s.idx - 1] if s.idx else s) if LX.visit_cue.search(x.text)), None)
        city = _last_placed(arrival) if arrival is not None else None
        # (else where the last visit told so far went; else, for "during the visit, X met ...", where the
        # article placed its events last: "talks in Ljubljana")
        iso = city.country if city is not None else next(filter(None, map(visited, sents[s.idx::-1])), None)
        if iso is None and arrival is s:
            iso = next((c.country for c in map(_last_placed, sents[s.idx::-1]) if c is not None), None)
        cue = talks.start()
        if iso is None or any(r.start >= cue and r.iso != iso for r in s.states):
            continue
        for p in stateless:     # (up to the title: "with the Speaker of Parliament, X")
            end = p.start - 2 if s.text[:p.start].endswith(", ") else p.start
            if LX.meeting_with.search(s.text, max(0, p.start - 60), end):
                p.iso = iso
        _listed_with(s, cue, iso)


def _listed_with(s: Sentence, cue: int, iso: str) -> None:
    """After the cue of talks, a titled person of no state listed with one of the host's ("met with Senate
    President X and National Assembly Chairwoman Y", "paid courtesy calls on King Y and Prime Minister X")
    is the host's too: the two are joined by a comma or an "and", with nothing but a title between."""
    people = [p for p in s.persons if p.start > cue]
    for _ in range(2):     # (both ways: the one of no state may come first)
        for a, b in zip(people, people[1:]):
            if not _title_listed(s.text[a.end:b.start]):
                continue
            for x, y in ((a, b), (b, a)):
                if x.iso == iso and _of_host_maybe(y):
                    y.iso = iso


def counterpart_roles(s: Sentence) -> None:
    """"X ... разговаря с молдовския си колега Y": a counterpart title has the office of the person
    before it, who may be known only from the office holders' table (found after the titles)."""
    for p in s.persons:
        if p.titled and p.role is None and p.iso:
            other = next((q for q in reversed(s.persons) if q.role and q.end <= p.start and q.iso != p.iso), None)
            if other is not None:
                p.role = other.role


def _title_listed(gap: str) -> bool:
    """Whether the words between two people are a list's joint and the second one's title alone (", and
    National Assembly Chairwoman", " и с председателем Сената"), not a clause (", accompanied by Minister")."""
    if len(gap) > 60 or any(ch in gap for ch in ";.:()") or \
            not (LX.and_word.search(gap) or gap.lstrip().startswith(",")):
        return False
    titles = list(LX.title_re.finditer(gap))
    if not titles or gap[titles[-1].end():].strip(" ,"):
        return False
    rest = LX.with_word.sub(" ", LX.and_word.sub(" ", gap[:titles[-1].start()]))
    return all(len(w) <= 3 or w[0].isupper() for w in re.findall(r"\w+", rest))
