"""SPARQL over the working store: ad hoc queries, the named queries shipped in ``kg/queries/``, and
their output as a table (labels beside IRIs) or, by pyoxigraph's serializers, in the SPARQL 1.1 results
formats (JSON, XML, CSV, TSV) and, for CONSTRUCT and DESCRIBE, Turtle, N-Triples, JSON-LD or RDF/XML.

A named query is a ``.rq`` file whose first line is a ``# description``; ``# @param NAME: help`` lines
declare parameters (``NAME?`` for an optional one), written ``$NAME`` in the query and replaced by the IRI
of the node the given name stands for (states by ISO code or name, anything else by any of its labels);
when an optional parameter is left out, the lines that use it are dropped, and lines ending in
``# without: NAME`` are kept only then.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError
from ..graph.vocab import PREFIXES
from ..store.sparql import strip_comments_and_strings

QUERY_DIR = Path(__file__).resolve().parent / "queries"
SERVICE_RE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.I)
UPDATE_RE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I | re.M)
PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))


@dataclass
class NamedQuery:
    name: str
    description: str
    params: dict          # name -> help
    text: str


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for f in sorted(QUERY_DIR.glob("*.rq")):
        text = f.read_text(encoding="utf-8")
        lines = text.splitlines()
        desc = lines[0].lstrip("# ").strip() if lines and lines[0].startswith("#") else ""
        params = {name: (help_ + (" (optional)" if opt else ""))
                  for name, opt, help_ in re.findall(r"^#\s*@param\s+(\w+)(\??):\s*(.*)$", text, re.M)}
        out[f.stem] = NamedQuery(f.stem, desc, params, text)
    return out


def check_read_only(q: str) -> None:
    body = strip_comments_and_strings(q)
    body = re.sub(r"^\s*(PREFIX\s+\S*\s*<>|BASE\s*<>)\s*", "", body, flags=re.I | re.M)
    m = UPDATE_RE.search(body)
    if m:
        raise QueryError(f"{m.group(1).upper()} is an update; kg query only reads (use kg build / kg add)")


def check_no_service(q: str) -> None:
    """Refuse a query that calls ``SERVICE``: federation makes this machine send requests to any address
    the query names (another host, or a service on this one), so it needs ``--allow-service``."""
    if SERVICE_RE.search(strip_comments_and_strings(q)):
        raise QueryError("the query calls SERVICE, which sends requests to the address it names; "
                         "give --allow-service to run it")


def prepare(q: str) -> str:
    """The query with the standard prefixes declared (those it declares itself win)."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+(\w*):", q, re.I)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in sorted(PREFIXES.items()) if p not in declared]
    return "\n".join(lines) + "\n" + q


def iri_term(value: str, param: str = "") -> str:
    """``value`` as a SPARQL IRI term (``<…>``), validated by pyoxigraph, so that no value can end the
    term and add text to a query (a ``>`` or a space in it is refused with one line)."""
    from pyoxigraph import NamedNode

    try:
        return str(NamedNode(value))
    except ValueError as e:
        raise QueryError(f"{'--param ' + param + ': ' if param else ''}not a valid IRI: {value!r} ({e})") from None


def bind_params(nq: NamedQuery, params: dict, resolve) -> str:
    """Replace ``$name`` in a named query with the IRI term of what ``resolve(name_given)`` returns."""
    missing = [p for p in nq.params if p not in params and not nq.params[p].endswith("(optional)")]
    if missing:
        raise QueryError(f"query {nq.name} needs --param " + " --param ".join(f"{p}=…" for p in missing)
                         + "; " + "; ".join(f"{p}: {nq.params[p]}" for p in missing))
    extra = [p for p in params if p not in nq.params]
    if extra:
        raise QueryError(f"query {nq.name} has no parameter {', '.join(extra)}"
                         + (f" (it takes {', '.join(nq.params)})" if nq.params else " (it takes none)"))
    text = nq.text
    for name in nq.params:
        if name in params:
            lines = [ln for ln in text.splitlines() if not re.search(rf"#\s*without:\s*{name}\b", ln)]
            term = iri_term(resolve(params[name]), name)
            text = re.sub(rf"\${name}\b", lambda _m, t=term: t, "\n".join(lines))
        else:   # an optional parameter left out: the lines that use it go, "# without: NAME" lines stay
            text = "\n".join(line for line in text.splitlines() if not re.search(rf"\${name}\b", line))
    return text


def run(store, q: str, allow_service: bool = False):
    """Run a read-only query on a backend (:mod:`kg.store.endpoint`); returns pyoxigraph's result object.
    A query with ``SERVICE`` is refused unless ``allow_service``."""
    check_read_only(q)
    if not allow_service:
        check_no_service(q)
    try:
        result = store.query(prepare(q))
        if type(result).__name__ == "QuerySolutions":    # lazy: its variables are known before it runs
            ordered = star_in_order(q, [v.value for v in result.variables])
            if ordered != q:
                result = store.query(prepare(ordered))
        return result
    except SyntaxError as e:
        raise QueryError(explain_syntax_error(q, str(e))) from None
    except OSError as e:
        raise QueryError(f"query failed: {e}") from None


STAR_RE = re.compile(r"\bSELECT(\s+(?:DISTINCT|REDUCED))?\s+\*", re.I)


def star_in_order(q: str, names: list[str]) -> str:
    """``SELECT *`` with its variables written out in the order they first appear in the query (Oxigraph
    orders them by name), so columns come as the query reads; ``q`` itself when there is no one such
    star, or the order is already that.

    >>> star_in_order("SELECT * WHERE { ?visit dip:host ?state . ?state rdfs:label ?label }", ["label", "state", "visit"])
    'SELECT ?visit ?state ?label WHERE { ?visit dip:host ?state . ?state rdfs:label ?label }'
    """
    body = strip_comments_and_strings(q)
    if len(STAR_RE.findall(body)) != 1 or len(STAR_RE.findall(q)) != 1:
        return q
    seen: list[str] = []
    for v in re.findall(r"[?$](\w+)", body[STAR_RE.search(body).end():]):
        if v in names and v not in seen:
            seen.append(v)
    seen += [n for n in names if n not in seen]
    if seen == names:
        return q
    m = STAR_RE.search(q)
    return q[:m.start()] + "SELECT" + (m.group(1) or "") + " " + " ".join(f"?{v}" for v in seen) + q[m.end():]


FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def explain_syntax_error(q: str, error: str) -> str:
    """A syntax error as a person would say it: the position in the user's text (not in our prologue), a
    query that does not start with a query form, a prefix nobody declared, and at most a few of the
    parser's expected tokens.

    >>> explain_syntax_error("SELEC ?x WHERE { ?x ?p ?o }", "error at 10:1: expected CONSTRUCT")
    "syntax error at line 1, column 1: a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after any PREFIX and BASE lines), not 'SELEC'"
    >>> explain_syntax_error("SELECT ?x WHERE { ?x foo:bar ?o }", "error at 9:21: expected one of Prefix not found")
    'syntax error at line 1, column 22: unknown prefix foo: (declare it: PREFIX foo: <…>; declared for you: dcterms:, dip:, dipr:, owl:, prov:, rdf:, rdfs:, xsd:)'
    """
    first = error.splitlines()[0] if error else "syntax error"
    m = re.match(r"error at (\d+):(\d+)", first)
    line, col = (int(m.group(1)) - (prepare(q).count("\n") - q.count("\n")), int(m.group(2))) if m else (None, None)
    where = f"line {line}, column {col}: " if line is not None else ""
    body = strip_comments_and_strings(q)
    rest = re.sub(r"^(\s*(PREFIX\s+\w*:\s*<>|BASE\s*<>))*\s*", "", body, flags=re.I)
    word = re.match(r"\S*", rest).group(0)
    if word.upper() not in FORMS:
        pos = _position(q, q.find(word)) if word else ""
        return (f"syntax error at {pos or where}a query starts with {', '.join(FORMS[:-1])} or {FORMS[-1]} "
                f"(after any PREFIX and BASE lines), not {word[:20]!r}").replace("at : ", "at ")
    declared = {p.lower() for p in re.findall(r"PREFIX\s+(\w*):", body, re.I)} | set(PREFIXES)
    for pfx in re.findall(r"(?<![\w?$<:])([A-Za-z][\w-]*|):[\w]", body):
        if pfx.lower() not in declared:
            at = re.search(rf"(?<![\w?$<:]){re.escape(pfx)}:", q)
            return (f"syntax error at {_position(q, at.start()) if at else where}unknown prefix {pfx}: (declare it: PREFIX {pfx}: <…>; declared for "
                    f"you: {', '.join(p + ':' for p in sorted(PREFIXES))})")
    detail = first.split(":", 2)[-1].strip() if m else first
    if len(detail) > 80:     # the parser lists every token it could take
        detail = detail[:detail.rfind(", ", 0, 80)] + ", …"
    return f"syntax error at {where}{detail}"


def _position(q: str, offset: int) -> str:
    if offset < 0:
        return ""
    before = q[:offset]
    return f"line {before.count(chr(10)) + 1}, column {offset - (before.rfind(chr(10)) + 1) + 1}: "


def exact_nodes(store, value: str) -> list[str]:
    """The nodes whose ISO code, label (in any language) or alias is exactly ``value`` (articles left out).

    Index look-ups in the store, so a parameter such as ``state=KZ`` or ``state=Kazakhstan`` does not need
    the whole graph projected; :func:`find_node` falls back to the lenient match when this finds not one.
    """
    lit = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    forms = [f'"{lit}"'] + [f'"{lit}"@{lang}' for lang in ("en", "bg", "ru")]
    if re.fullmatch(r"[A-Za-z]{2,3}", value):
        forms.append(f'"{value.upper()}"')
    q = (f"SELECT DISTINCT ?s WHERE {{ VALUES ?v {{ {' '.join(forms)} }} "
         "{ ?s <https://w3id.org/dipkg/ontology#isoCode> ?v } "
         "UNION { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?v } "
         "UNION { ?s <https://w3id.org/dipkg/ontology#alias> ?v } "
         "FILTER NOT EXISTS { ?s a <https://w3id.org/dipkg/ontology#Article> } }")
    return sorted(sol["s"].value for sol in store.query(q))


def find_node(store, value: str, view_loader) -> str:
    """The IRI a parameter value stands for: an IRI as given; the one node an exact ISO code, label or
    alias names (:func:`exact_nodes`); else the lenient match of the projected graph
    (:meth:`kg.ask.view.View.find`: case, accents and script do not matter), from ``view_loader()``."""
    from .view import expand_iri

    value = expand_iri(value)     # <iri>, or a compact IRI (made full)
    if value.startswith(("http://", "https://")):
        return value
    hits = exact_nodes(store, value)
    if len(hits) == 1:
        return hits[0]
    return view_loader().find(value)


# ---------------------------------------------------------------------------- output
def result_rows(result) -> tuple[list[str], list[list]]:
    names = [v.value for v in result.variables]
    rows = [[sol[v] for v in names] for sol in result]
    return names, rows


def solution_values(result) -> list[dict]:
    """A SELECT result's solutions as {variable: value} ("" where unbound), and a literal's language tag
    under "variable@" (as kg link reads the JSON results of an endpoint)."""
    names = [v.value for v in result.variables]
    out = []
    for sol in result:
        row = {}
        for n in names:
            term = sol[n]
            row[n] = term.value if term is not None else ""
            row[n + "@"] = getattr(term, "language", None) or ""
        out.append(row)
    return out


GRAPH_FORMATS = {"table": "TURTLE", "turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD",
                 "rdfxml": "RDF_XML"}
SOLUTION_FORMATS = {"json": "JSON", "xml": "XML", "csv": "CSV", "tsv": "TSV"}


def serialize_result(result, fmt: str) -> str:
    """A query's result in a standard format, by pyoxigraph's serializers: SELECT and ASK in the SPARQL
    1.1 results formats (JSON, XML, CSV, TSV; an ASK also as the table's ``true``/``false``), CONSTRUCT
    and DESCRIBE in an RDF format (Turtle with the project's prefixes by default)."""
    import pyoxigraph as ox

    kind = type(result).__name__
    if kind in ("QueryTriples", "TriplesResult"):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT or DESCRIBE result is a graph: use --results "
                             f"{', '.join(f for f in GRAPH_FORMATS if f != 'table')}")
        rdf = getattr(ox.RdfFormat, GRAPH_FORMATS[fmt])
        if fmt == "jsonld":
            from ..store.jsonld import jsonld

            return jsonld(((t.subject, t.predicate, t.object) for t in result), PREFIXES).decode("utf-8")
        triples = sorted(result, key=str) if fmt == "rdfxml" else list(result)
        return ox.serialize(triples, format=rdf, prefixes=PREFIXES if fmt != "ntriples" else None).decode("utf-8")
    if kind == "QueryBoolean" and fmt == "table":
        return ("true" if bool(result) else "false") + "\n"
    if fmt not in SOLUTION_FORMATS:
        raise QueryError(f"a SELECT or ASK result is not a graph: use --results {', '.join(SOLUTION_FORMATS)} or table")
    if kind == "QueryBoolean" and fmt in ("csv", "tsv"):
        raise QueryError("the SPARQL CSV and TSV formats have no ASK result: use --results json or xml")
    out = result.serialize(format=getattr(ox.QueryResultsFormat, SOLUTION_FORMATS[fmt])).decode("utf-8")
    return out if out.endswith("\n") else out + "\n"


def labels_for(store, iris: list[str], lang: str = "en") -> dict[str, str]:
    """One label per IRI (the fullest), preferring ``lang``, then English, then any."""
    if not iris:
        return {}
    out: dict[str, tuple] = {}
    for chunk in range(0, len(iris), 500):
        values = " ".join(f"<{i}>" for i in iris[chunk:chunk + 500])
        q = (f"SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} "
             f"?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
        for sol in store.query(q):
            s, lab = sol["s"].value, sol["l"]
            rank = (lab.language != lang, lab.language != "en", -len(lab.value), lab.value)
            if s not in out or rank < out[s]:
                out[s] = rank
    return {s: r[3] for s, r in out.items()}


def to_table(store, names, rows, lang: str = "en", width: int = 60) -> str:
    """A readable table: labels beside IRIs (full IRIs, as SPARQL and every command take them), cells cut at
    ``width`` characters (0: never)."""
    iris = sorted({v.value for r in rows for v in r if v is not None and type(v).__name__ == "NamedNode"})
    labels = labels_for(store, iris, lang)

    def cell(v) -> str:
        if v is None:
            return ""
        if type(v).__name__ == "NamedNode":
            lab = labels.get(v.value)
            text = f"{lab} <{v.value}>" if lab else f"<{v.value}>"
        else:
            text = " ".join(v.value.split())
        return text if not width or len(text) <= width else text[:width - 1] + "…"

    table = [names] + [[cell(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(names))]
    lines = ["  ".join(c[:w].ljust(w) for c, w in zip(r, widths)).rstrip() for r in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
