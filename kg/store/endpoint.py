"""Where the graph lives: the local Oxigraph store, or any SPARQL 1.1 server.

Every command that reads the graph asks a backend for query results, triples or quads. With
``--endpoint URL`` (or ``KG_ENDPOINT``) that is a remote server reached through the SPARQL 1.1 Protocol;
``kg build``/``add``/``remove`` then also load the graph there, through the SPARQL 1.1 Graph Store HTTP
Protocol (``PUT``; Oxigraph ``/store``, Fuseki ``/data``) or, when the server has none, SPARQL Update.

Endpoint URLs: the query URL (``…/query`` or ``…/sparql``); the update and graph-store URLs are derived
from it for Oxigraph and Fuseki, or given with ``KG_UPDATE_ENDPOINT`` and ``KG_STORE_ENDPOINT``.
"""
from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request

from ..errors import KGError, QueryError, StoreError
from ..graph.vocab import DIP, DIPR
from .oxigraph import default_triples, open_store
from .sparql import query_form
from .terms import ntriples

EVIDENCE = str(DIP.evidence)
TIMEOUT = float(os.environ.get("KG_ENDPOINT_TIMEOUT", "120"))


class EndpointError(KGError):
    exit_code = 2


class LocalBackend:
    """The store that kg build wrote in ``out_dir``."""

    def __init__(self, out_dir):
        self.store = open_store(out_dir)

    def query(self, q: str):
        return self.store.query(q)

    def triples(self):
        return default_triples(self.store)

    def quads(self):
        return self.store.quads_for_pattern(None, None, None)

    def evidence_sources(self):
        """(node, sentence, article) for every evidence sentence: the article graph that holds it."""
        import pyoxigraph as ox

        for q in self.store.quads_for_pattern(None, ox.NamedNode(EVIDENCE), None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield q.subject.value, q.object.value, q.graph_name.value

    def sorted_triples(self):
        """The default graph's triples subject by subject, subjects in the order of
        :func:`kg.store.turtle.write_turtle` (IRIs before blank nodes, then by text): an export streams them
        instead of sorting every triple in memory (8 GB for 9.6M triples)."""
        import pyoxigraph as ox

        dg = ox.DefaultGraph()
        subjects = {q.subject for q in self.store.quads_for_pattern(None, None, None, dg)}
        for s in sorted(subjects, key=lambda t: (isinstance(t, ox.BlankNode), t.value)):
            for q in self.store.quads_for_pattern(s, None, None, dg):
                yield q.subject, q.predicate, q.object


class EndpointBackend:
    """A SPARQL 1.1 server."""

    def __init__(self, url: str, update_url: str | None = None, store_url: str | None = None):
        self.url = url.rstrip("/")
        base = self.url
        for tail in ("/query", "/sparql"):
            if base.endswith(tail):
                base = base[: -len(tail)]
                break
        self.update_url = update_url or os.environ.get("KG_UPDATE_ENDPOINT") or f"{base}/update"
        self.store_url = store_url or os.environ.get("KG_STORE_ENDPOINT") or (
            f"{base}/data" if self.url.endswith("/sparql") else f"{base}/store")

    # ---------------------------------------------------------------- HTTP
    def _request(self, url, data: bytes | None, content_type: str | None, accept: str | None,
                 method: str = "POST") -> bytes:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return resp.read()
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace").strip().splitlines()
            msg = body[0][:300] if body else e.reason
            if e.code == 400:
                raise QueryError(f"the endpoint refused the request: {msg}") from None
            raise EndpointError(f"{url}: HTTP {e.code} {msg}") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise EndpointError(f"cannot reach the SPARQL endpoint {url} ({reason})") from None

    # ---------------------------------------------------------------- reading
    def query(self, q: str):
        import pyoxigraph as ox

        form = query_form(q)
        accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
        data = self._request(self.url, q.encode("utf-8"), "application/sparql-query", accept)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return TriplesResult(list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def triples(self):
        import pyoxigraph as ox

        data = self._request(self.url, b"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/sparql-query",
                             "application/n-triples")
        for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            yield t.subject, t.predicate, t.object

    def quads(self):
        import pyoxigraph as ox

        res = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        for sol in res:
            yield ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"])
        for s, p, o in self.triples():
            yield ox.Quad(s, p, o, ox.DefaultGraph())

    def evidence_sources(self):
        res = self.query(f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{EVIDENCE}> ?o }} }}")
        for sol in res:
            yield sol["s"].value, sol["o"].value, sol["g"].value

    # ---------------------------------------------------------------- loading
    def load(self, graph, support) -> None:
        """Replace the server's content by the graph: the default graph and one named graph per article."""
        per_article: dict = {}
        for t, arts in (support or {}).items():
            for a in arts:
                per_article.setdefault(a, []).append(t)
        try:
            self._put(None, ntriples(graph))
            self._clear_named()
            for aid in sorted(per_article):
                self._put(str(DIPR[f"article/{aid}"]), ntriples(per_article[aid]))
        except EndpointError:
            raise
        except KGError:
            raise StoreError("the endpoint refused the graph") from None

    def _put(self, graph_iri: str | None, ntriples: bytes) -> None:
        param = "default" if graph_iri is None else "graph=" + urllib.parse.quote(graph_iri, safe="")
        try:
            self._request(f"{self.store_url}?{param}", ntriples, "application/n-triples", None, method="PUT")
        except EndpointError as e:
            if "HTTP 404" not in str(e) and "HTTP 405" not in str(e):
                raise
            # no Graph Store Protocol: SPARQL Update
            target = "DEFAULT" if graph_iri is None else f"GRAPH <{graph_iri}>"
            body = ntriples.decode("utf-8")
            into = f"GRAPH <{graph_iri}> {{ {body} }}" if graph_iri else body
            self._request(self.update_url, f"CLEAR SILENT {target} ; INSERT DATA {{ {into} }}".encode("utf-8"),
                          "application/sparql-update", None)

    def _clear_named(self) -> None:
        self._request(self.update_url, b"CLEAR SILENT NAMED", "application/sparql-update", None)


class TriplesResult(list):
    """CONSTRUCT/DESCRIBE results from an endpoint, like pyoxigraph's QueryTriples."""


def open_backend(out_dir, endpoint: str | None = None):
    endpoint = endpoint or os.environ.get("KG_ENDPOINT")
    if endpoint:
        return EndpointBackend(endpoint)
    return LocalBackend(out_dir)
