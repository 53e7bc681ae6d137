"""RDF terms as N-Triples and Turtle text (prefixed names where a prefix covers an IRI), the same
bytes for the same terms; N-Triples of a set of triples."""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef


class Terms:
    """Writes terms with the given prefixes (none: full IRIs, as N-Triples wants)."""

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def iri(self, u: URIRef) -> str:
        s = str(u)
        for p, ns in self.prefixes:
            if s.startswith(ns):
                local = s[len(ns):]
                if local and all(ch.isalnum() or ch in "-_" for ch in local) and not local[0] in "-":
                    return f"{p}:{local}"
        return f"<{s}>"

    def term(self, t) -> str:
        if isinstance(t, URIRef):
            return self.iri(t)
        if isinstance(t, Literal):
            lex = (str(t).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t"))
            if t.language:
                return f'"{lex}"@{t.language}'
            if t.datatype and str(t.datatype) != "http://www.w3.org/2001/XMLSchema#string":
                return f'"{lex}"^^{self.iri(t.datatype)}'
            return f'"{lex}"'
        if isinstance(t, BNode):
            return f"_:{t}"
        raise TypeError(t)

    def ox_term(self, t) -> str:
        """A pyoxigraph term, written as :meth:`term` writes the equal rdflib term."""
        name = type(t).__name__
        if name == "NamedNode":
            return self.iri(URIRef(t.value))
        if name == "BlankNode":
            return f"_:{t.value}"
        dt = t.datatype.value if t.datatype else None
        lit = Literal(t.value, lang=t.language) if t.language else Literal(
            t.value, datatype=None if dt == "http://www.w3.org/2001/XMLSchema#string" else URIRef(dt))
        return self.term(lit)


def ntriples(triples) -> bytes:
    """N-Triples of ``triples`` (rdflib terms), lines sorted so that output is stable."""
    terms = Terms({})
    return "".join(sorted(f"{terms.term(s)} {terms.term(p)} {terms.term(o)} .\n" for s, p, o in triples)) \
        .encode("utf-8")
