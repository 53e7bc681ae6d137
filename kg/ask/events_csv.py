"""``kg export --format csv-events``: one row per event and pair of states, in the layout of GDELT's event
table (date, source and target actor as ISO 3166 alpha-3, as CAMEO actor codes are, CAMEO code and root,
PLOVER type and mode, place, the event's IRI and its articles), so that dipkg's events join event data.

A visit is two rows, as GDELT records it: the guest's state to the host's (042) and back (043). Talks,
signed agreements and established relations give one row per pair of the states taking part (the two in
alphabetical order; one state alone is a row without a target); an award, the conferrer's state to the
recipient's."""
from __future__ import annotations

import csv
import io
from itertools import combinations

from ..reference.event_codes import by_cameo, code_of
from .query import solution_values

COLUMNS = ["date", "source_actor", "source_name", "target_actor", "target_name", "cameo_code", "cameo_root",
           "plover_type", "plover_mode", "place", "place_geonames_id", "event", "articles"]

PREFIX = "PREFIX dip: <https://w3id.org/dipkg/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
PREFIX += "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def _state(var: str, out: str) -> str:
    """The state of ``?var``: the state it is, or the state its leader leads."""
    return f"{{ ?{var} dip:leaderOf ?{out} }} UNION {{ ?{var} a dip:State . BIND(?{var} AS ?{out}) }}"


QUERIES = {
    "Visit": f"""SELECT ?e ?a ?b ?date ?place WHERE {{ ?e a dip:Visit ; dip:guest ?g ; dip:host ?b . {_state('g', 'a')}
        OPTIONAL {{ ?e dip:date ?date }} OPTIONAL {{ ?e dip:location ?place }} }}""",
    "Meeting": f"""SELECT ?e ?a ?code ?date ?place WHERE {{ ?e a dip:Meeting ; dip:cameoCode ?code ;
        dip:participant ?p . {_state('p', 'a')} OPTIONAL {{ ?e dip:date ?date }} OPTIONAL {{ ?e dip:location ?place }} }}""",
    "Agreement": """SELECT ?e ?a ?date ?place WHERE { ?e a dip:Agreement ; dip:party ?a . ?a a dip:State .
        OPTIONAL { ?e dip:date ?date } OPTIONAL { ?e dip:signedDuring/dip:location ?place } }""",
    "AwardConferral": f"""SELECT ?e ?a ?b ?date ?place WHERE {{ ?e a dip:AwardConferral ; dip:recipient ?r .
        {_state('r', 'b')} OPTIONAL {{ ?e dip:conferredBy ?c . {_state('c', 'a')} }}
        OPTIONAL {{ ?e dip:date ?date }} OPTIONAL {{ ?e dip:partOf/dip:location ?place }} }}""",
    "DiplomaticRelations": """SELECT ?e ?a ?date WHERE { ?e a dip:DiplomaticRelations ; dip:between ?a .
        OPTIONAL { ?e dip:year ?date } }""",
}
ARTICLES = "SELECT ?e ?art WHERE { ?e dip:cameoCode ?c ; prov:wasDerivedFrom ?art }"
STATES = "SELECT ?s ?iso ?name WHERE { ?s dip:isoCode ?iso . OPTIONAL { ?s rdfs:label ?name FILTER(lang(?name) = 'en') } }"
CITIES = """SELECT ?c ?name ?gid WHERE { ?c a dip:City . OPTIONAL { ?c dip:geonamesId ?gid }
    OPTIONAL { ?c rdfs:label ?name FILTER(lang(?name) = 'en') } }"""


def _solutions(backend, q: str) -> list[dict]:
    return solution_values(backend.query(PREFIX + q))


def alpha3(iso2: str) -> str:
    """The ISO 3166 alpha-3 code of a state (XKX for Kosovo, as GDELT and ICEWS write it).

    >>> alpha3("KZ"), alpha3("XK")
    ('KAZ', 'XKX')
    """
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c else {"XK": "XKX"}.get(iso2, iso2)


def event_rows(backend) -> list[list[str]]:
    """The rows (without the header), sorted by date, event and actors."""
    states = {}
    for s in _solutions(backend, STATES):
        if s["s"] not in states or s.get("name", "") < states[s["s"]][1]:
            states[s["s"]] = (alpha3(s["iso"]), s.get("name", ""))
    cities = {}
    for c in _solutions(backend, CITIES):
        if c["c"] not in cities or c.get("name", "") < cities[c["c"]][0]:
            cities[c["c"]] = (c.get("name", ""), c.get("gid", ""))
    articles: dict = {}
    for s in _solutions(backend, ARTICLES):
        articles.setdefault(s["e"], set()).add(s["art"])
    rows = set()
    for cls, q in QUERIES.items():
        events: dict = {}
        for s in _solutions(backend, q):
            ev = events.setdefault(s["e"], {"a": set(), "b": set(), "date": "", "place": "", "code": ""})
            ev["a"].add(s.get("a", ""))
            ev["b"].add(s.get("b", ""))
            for k in ("date", "place", "code"):
                ev[k] = min(filter(None, (ev[k], s.get(k, ""))), default="")
        for e, ev in events.items():
            for src, tgt, code in _pairs(cls, ev):
                rows.add(_row(e, ev, src, tgt, code, states, cities, articles))
    return sorted(rows)


def _pairs(cls: str, ev: dict):
    """(source state, target state, CAMEO code) of one event."""
    a, b = sorted(x for x in ev["a"] if x), sorted(x for x in ev["b"] if x)
    if cls == "Visit":
        for g in a:
            for h in b:
                if g != h:
                    yield g, h, code_of("Visit", "guest").cameo
                    yield h, g, code_of("Visit", "host").cameo
    elif cls == "AwardConferral":
        for r in b:
            for c in (a or [""]):
                if c != r:
                    yield c, r, code_of(cls).cameo
    else:
        code = ev["code"] or code_of(cls).cameo
        pairs = list(combinations(a, 2))
        yield from ((x, y, code) for x, y in pairs) if pairs else ((x, "", code) for x in a)


def _row(e, ev, src, tgt, code, states, cities, articles) -> tuple:
    c = by_cameo(code)
    s, t = states.get(src, ("", "")), states.get(tgt, ("", ""))
    if s[0] > t[0] and c.cls not in ("Visit", "AwardConferral") and t[0]:
        s, t = t, s     # an undirected pair: the two in alphabetical order of their codes
    place = cities.get(ev["place"], ("", ""))
    return (ev["date"], s[0], s[1], t[0], t[1], code, code[:2], c.plover_type, c.plover_mode, place[0], place[1],
            e, " ".join(sorted(articles.get(e, ()))))


def events_csv(backend) -> bytes:
    """The whole table as CSV (RFC 4180: CRLF line ends, quoted where needed), header first."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    w.writerows(event_rows(backend))
    return buf.getvalue().encode("utf-8")
