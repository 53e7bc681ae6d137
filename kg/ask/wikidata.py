"""``kg link wikidata``: the Wikidata items of the graph's states (ISO 3166-1 alpha-2, P297), cities (GeoNames
id, P1566) and leaders (a label of theirs and a position held, P39; where two items have both, the one
whose citizenship, P27, is the leader's state), asked of a Wikidata-compatible SPARQL endpoint and kept
as ``owl:sameAs`` links (:mod:`kg.store.links`). A node gets a link only when exactly one item matches."""
from __future__ import annotations

import datetime as dt
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KGError
from ..store.endpoint import open_backend
from ..store.export import export_store
from ..store.links import linkset_lines, replace_links
from ..store.workspace import Workspace
from .compact import CACHE_NAME
from .query import solution_values

WIKIDATA = "https://query.wikidata.org/sparql"
ENTITY = "http://www.wikidata.org/entity/"
PREFIXES = ("PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
OURS = "PREFIX dip: <https://w3id.org/dipkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
BATCH = 100         # values per request: well inside the public endpoint's limits
USER_AGENT = "dipkg/0.1 (https://w3id.org/dipkg; kg link wikidata)"    # Wikidata asks tools to say who they are


class LinkError(KGError):
    exit_code = 2


@dataclass
class LinkReport:
    endpoint: str
    linked: dict = field(default_factory=dict)      # kind -> (linked, asked)
    ambiguous: list = field(default_factory=list)   # leaders two or more items matched
    links: int = 0


def _ask(endpoint: str, query: str, timeout: float) -> list[dict]:
    """The bindings of a SELECT, asked by the SPARQL 1.1 Protocol (URL-encoded POST, JSON results)."""
    data = urllib.parse.urlencode({"query": PREFIXES + query}).encode("ascii")
    req = urllib.request.Request(endpoint, data=data, headers={
        "Accept": "application/sparql-results+json", "User-Agent": USER_AGENT,
        "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise LinkError(f"the endpoint {endpoint} answered {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise LinkError(f"kg link wikidata needs the SPARQL endpoint {endpoint}, and cannot reach it "
                        f"({reason}); give another with --endpoint URL") from None
    except ValueError:
        raise LinkError(f"the endpoint {endpoint} did not answer with SPARQL JSON results") from None
    return [{k: v["value"] for k, v in b.items()} | {k + "@": v.get("xml:lang", "") for k, v in b.items()}
            for b in body.get("results", {}).get("bindings", [])]


def _literal(text: str, lang: str | None = None) -> str:
    return json.dumps(text, ensure_ascii=False) + (f"@{lang}" if lang else "")


def _batches(values: list):
    for i in range(0, len(values), BATCH):
        yield values[i:i + BATCH]


def _ours(backend, q: str) -> list[dict]:
    return solution_values(backend.query(OURS + q))


def _by_key(endpoint, ours: dict, prop: str, timeout: float) -> dict:
    """node -> item, for nodes whose key (``ours``: node -> key) exactly one item has as ``prop``."""
    items: dict = {}
    keys = sorted(set(ours.values()))
    for chunk in _batches(keys):
        q = f"SELECT ?item ?key WHERE {{ VALUES ?key {{ {' '.join(_literal(k) for k in chunk)} }} ?item wdt:{prop} ?key }}"
        for b in _ask(endpoint, q, timeout):
            items.setdefault(b["key"], set()).add(b["item"])
    return {node: next(iter(items[k])) for node, k in ours.items() if len(items.get(k, ())) == 1}


def _leaders(endpoint, backend, state_items: dict, timeout: float, report: LinkReport) -> dict:
    names: dict = {}    # leader -> {(label, lang)}
    state_of: dict = {}
    for r in _ours(backend, "SELECT ?n ?name ?s WHERE { ?n a dip:Leader ; rdfs:label ?name . "
                            "OPTIONAL { ?n dip:leaderOf ?s } }"):
        if r["name@"]:
            names.setdefault(r["n"], set()).add((r["name"], r["name@"]))
            if r["s"]:
                state_of.setdefault(r["n"], set()).add(r["s"])
    found: dict = {}    # (label, lang) -> {item: citizenships}
    labels = sorted({x for v in names.values() for x in v})
    for chunk in _batches(labels):
        q = (f"SELECT ?item ?name ?country WHERE {{ VALUES ?name {{ {' '.join(_literal(t, l) for t, l in chunk)} }} "
             "?item rdfs:label ?name ; wdt:P39 ?position . OPTIONAL { ?item wdt:P27 ?country } }")
        for b in _ask(endpoint, q, timeout):
            key = (b["name"], b["name@"].lower())
            found.setdefault(key, {}).setdefault(b["item"], set()).update([b["country"]] if "country" in b else [])
    out = {}
    for node, labs in sorted(names.items()):
        cands: dict = {}
        for lab in labs:
            for item, countries in found.get(lab, {}).items():
                cands.setdefault(item, set()).update(countries)
        if len(cands) > 1:      # two people of one name holding positions: the one of the leader's state
            states = {state_items.get(s) for s in state_of.get(node, ())} - {None}
            cands = {i: c for i, c in cands.items() if c & states}
            if len(cands) != 1:
                report.ambiguous.append(node)
        if len(cands) == 1:
            out[node] = next(iter(cands))
    report.linked["leaders"] = (len(out), len(names))
    return out


def link_wikidata(out_dir, endpoint: str = WIKIDATA, timeout: float = 60) -> LinkReport:
    """Ask ``endpoint`` for the items of the graph's states, cities and leaders and keep the links."""
    backend = open_backend(out_dir)
    report = LinkReport(endpoint)
    states = {r["n"]: r["iso"] for r in _ours(backend, "SELECT ?n ?iso WHERE { ?n a dip:State ; dip:isoCode ?iso }")}
    cities = {r["n"]: r["gid"] for r in _ours(backend, "SELECT ?n ?gid WHERE { ?n a dip:City ; dip:geonamesId ?gid }")}
    state_items = _by_key(endpoint, states, "P297", timeout)
    city_items = _by_key(endpoint, cities, "P1566", timeout)
    report.linked["states"] = (len(state_items), len(states))
    report.linked["cities"] = (len(city_items), len(cities))
    leader_items = _leaders(endpoint, backend, state_items, timeout, report)
    links = sorted({**state_items, **city_items, **leader_items}.items())
    report.links = len(links)
    made = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    lines = linkset_lines("wikidata", links, endpoint, made, "http://www.wikidata.org/")
    del backend     # the store is opened read-only above; the update opens it for writing
    with Workspace(out_dir).writing() as ws:
        replace_links(out_dir, "wikidata", lines, ENTITY)
        (ws.cache / CACHE_NAME).unlink(missing_ok=True)     # the projection of the old store
        if (Path(out_dir) / "kg.ttl").exists():
            export_store(out_dir, "turtle")
    return report
