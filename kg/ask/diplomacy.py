"""What the page's overview, timeline and map show, read from the projected graph: the states (with their
leaders and activity) and the events between them (visits, talks, signed documents, awards, relations
established, trade figures), each with its date, place, people, states and evidence sentences with their
articles. Filters (a state, a date range) and a cap on the events embedded keep a page of a large graph
small; the data says how many events there were and how many it shows."""
from __future__ import annotations

from .view import View

MAX_EVENTS = 20_000     # events embedded in one page (the newest first); the page says what it left out
SMALL = 2_000           # up to this many events, three evidence sentences each; above, one
KINDS = {"Visit": "visit", "Meeting": "talks", "Agreement": "document", "AwardConferral": "award",
         "DiplomaticRelations": "relations", "TradeFigure": "figure"}
AGREEMENTS = {"Agreement", "Memorandum", "JointStatement", "Roadmap", "Plan", "Decision", "Treaty"}


def _kind(view: View, iri: str) -> str | None:
    cls = view.cls_of(iri)
    return KINDS.get("Agreement" if cls in AGREEMENTS else cls)


class _Graph:
    """The objects of a node's property in the projected graph (its edges are keyed by property), and
    the state of a person or state node."""

    def __init__(self, view: View):
        self.view = view
        self.adj = view.graph.adj

    def objs(self, node: str, prop: str) -> list:
        return sorted(v for v, keys in self.adj[node].items() if prop in keys)

    def state_of(self, node: str) -> str | None:
        if self.view.cls_of(node) == "State":
            return node
        led = self.objs(node, "leaderOf")
        return led[0] if led else None


def _states_and_people(g: _Graph, iri: str, kind: str) -> tuple[list, list, list]:
    """(states in order: guest then host for a visit, giver then recipient for an award; people; places)."""
    if kind == "visit":
        guests, hosts = g.objs(iri, "guest"), g.objs(iri, "host")
        states = [g.state_of(x) for x in guests] + hosts
        people = [x for x in guests if g.view.cls_of(x) in ("Leader", "Person")]
    elif kind == "award":
        by, to = g.objs(iri, "conferredBy"), g.objs(iri, "recipient")
        states = [g.state_of(x) for x in by] + [g.state_of(x) for x in to]
        people = by + to
    elif kind == "talks":
        parts = g.objs(iri, "participant")
        states = [g.state_of(x) for x in parts]
        people = [x for x in parts if g.view.cls_of(x) in ("Leader", "Person")]
    elif kind == "document":
        parties = g.objs(iri, "party")
        states = [x for x in parties if g.view.cls_of(x) == "State"]
        people = []
    else:
        states, people = g.objs(iri, "fromState") + g.objs(iri, "between"), []
    places = g.objs(iri, "location") or [c for e in g.objs(iri, "signedDuring") + g.objs(iri, "partOf")
                                         for c in g.objs(e, "location")]
    seen, ordered = set(), []
    for s in states:
        if s and s not in seen:
            seen.add(s)
            ordered.append(s)
    return ordered, people, places


def _event(view: View, g: _Graph, iri: str, kind: str, lang: str) -> dict | None:
    states, people, places = _states_and_people(g, iri, kind)
    if not states:
        return None
    inf = view.info[iri]
    date = (inf.props.get("date") or inf.props.get("year") or [""])[0]
    out = {"id": iri, "kind": kind, "label": inf.label(lang), "date": date, "states": states,
           "people": [view.info[p].label(lang) for p in people], "place": places[0] if places else "",
           "cameo": sorted(inf.props.get("cameoCode", []))}
    if kind == "figure":
        out["amount"] = " ".join(x for k in ("metric", "amount", "currency") for x in inf.props.get(k, [])[:1])
    return out


def diplomacy(view: View, lang: str = "en", state: str | None = None, date_from: str | None = None,
              date_to: str | None = None, limit: int = MAX_EVENTS, coordinates=None) -> dict:
    """The overview, timeline and map data: ``states`` (IRI -> name, ISO codes, leaders), ``events``
    (newest first, at most ``limit``), ``places`` (city IRI -> name, [lon, lat]), and counts.

    ``state`` (an IRI) keeps the events it takes part in; ``date_from``/``date_to`` (ISO, inclusive) keep
    dated events in that range. ``coordinates`` gives the places' GeoNames ids their (lon, lat)
    (:func:`kg.reference.coordinates.lonlat`), asked only for the places of the events shown.
    """
    g = _Graph(view)
    events = []
    for iri in view.nodes():
        kind = _kind(view, iri)
        if kind is None:
            continue
        e = _event(view, g, iri, kind, lang)
        if e is None or (state and state not in e["states"]):
            continue
        if (date_from or date_to) and not (e["date"] and (not date_from or e["date"][:10] >= date_from)
                                           and (not date_to or e["date"][:10] <= date_to)):
            continue
        events.append(e)
    events.sort(key=lambda e: (e["date"] or "", e["id"]), reverse=True)
    total = len(events)
    events = events[:limit]
    per_event = 3 if len(events) <= SMALL else 1     # a large page keeps one sentence per event
    for e in events:
        inf = view.info[e["id"]]
        e["evidence"] = [{"sentence": s, "articles": [view.article_line(a) for a in inf.articles_of(s)]}
                         for s in inf.evidence[:per_event]]
    used = {s for e in events for s in e["states"]}
    if not (state or date_from or date_to):     # the whole graph: every state, those without events too
        used |= {n for n in view.nodes() if view.cls_of(n) == "State"}
    states = {}
    for s in sorted(used):
        inf = view.info[s]
        iso = (inf.props.get("isoCode") or [""])[0]
        leaders = sorted(view.info[u].label(lang) for u, _, p in view.graph.in_edges(s, keys=True) if p == "leaderOf")
        states[s] = {"name": inf.label(lang), "iso": iso, "numeric": _numeric(iso), "leaders": leaders}
    gid = {p: (view.info[p].props.get("geonamesId") or [""])[0] for p in {e["place"] for e in events if e["place"]}}
    where = coordinates(sorted(set(gid.values()) - {""})) if coordinates else {}
    places = {p: {"name": view.info[p].label(lang), "lonlat": where.get(g)} for p, g in sorted(gid.items())}
    return {"states": states, "events": events, "places": places, "total": total, "shown": len(events),
            "filters": {"state": state or "", "from": date_from or "", "to": date_to or ""}}


def _numeric(iso: str) -> str:
    """ISO 3166-1 numeric code, as the world-atlas shapes name countries ("398" for KZ, "040" for AT)."""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso) if iso else None
    return c.numeric if c else ""
