"""JSON-LD of a graph, compacted with a ``@context`` of the project's prefixes and written the same way
every time: nodes by ``@id`` (IRIs before blank nodes), properties by compact IRI, values sorted.

pyoxigraph writes only expanded JSON-LD and rdflib's writer follows the hash seed, so this small writer
is ours; a test reads its output back with rdflib's JSON-LD parser and compares graphs (rdflib.compare).
"""
from __future__ import annotations

import json
from collections import defaultdict

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _compactor(prefixes: dict):
    spaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def compact(iri: str) -> str:
        for p, ns in spaces:
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                return f"{p}:{iri[len(ns):]}"
        return iri
    return compact


def _kind(term) -> str:
    return type(term).__name__      # NamedNode, BlankNode, Literal


def _node_id(term, compact) -> str:
    return compact(term.value) if _kind(term) == "NamedNode" else f"_:{term.value}"


def _value(term, compact):
    if _kind(term) != "Literal":
        return {"@id": _node_id(term, compact)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": compact(term.datatype.value)}


def _sort_key(v) -> tuple:
    if isinstance(v, str):
        return (1, v, "")
    return (0 if "@id" in v else 2, v.get("@id") or v["@value"], v.get("@language") or v.get("@type") or "")


def jsonld(triples, prefixes: dict) -> bytes:
    """``triples`` ((s, p, o) of pyoxigraph terms) as compacted JSON-LD bytes, deterministic."""
    compact = _compactor(prefixes)
    nodes: dict = defaultdict(lambda: defaultdict(list))
    order: dict = {}
    for s, p, o in triples:
        sid = _node_id(s, compact)
        order[sid] = (_kind(s) != "NamedNode", sid)
        if p.value == RDF_TYPE and _kind(o) == "NamedNode":
            nodes[sid]["@type"].append(compact(o.value))
        else:
            nodes[sid][compact(p.value)].append(_value(o, compact))
    graph = []
    for sid in sorted(nodes, key=order.__getitem__):
        node = {"@id": sid}
        props = nodes[sid]
        if "@type" in props:
            node["@type"] = sorted(set(props.pop("@type")))
        for key in sorted(props):
            values = sorted({json.dumps(v, sort_keys=True): v for v in props[key]}.values(), key=_sort_key)
            node[key] = values
        graph.append(node)
    doc = {"@context": dict(sorted(prefixes.items())), "@graph": graph}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
