"""The ontology as code matches the Turtle ontology, keeps the core contract, and documents every term."""
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph.vocab import DIP, ONTOLOGY_FILE, SHAPES_FILE

CORE_CLASSES = ["State", "Leader", "City", "Organization", "Agreement", "Corridor", "Award", "Event", "Visit",
                "Meeting", "AwardConferral", "TradeFigure", "DiplomaticRelations", "Article"]
CORE_PROPERTIES = ["isoCode", "leaderOf", "role", "guest", "host", "location", "date", "participant", "party",
                   "concerns", "passesThrough", "award", "recipient", "conferredBy", "metric", "amount",
                   "currency", "year", "between", "fromState", "toState", "sisterCity", "evidence",
                   "signedDuring"]


def ontology():
    return Graph().parse(str(ONTOLOGY_FILE), format="turtle")


def test_namespace_matches_ontology_file():
    g = ontology()
    ns = str(DIP)
    in_file = {str(s)[len(ns):] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}
    in_code = set(DIP.__annotations__)
    assert in_file == in_code


def test_unknown_term_fails():
    import pytest

    with pytest.raises(AttributeError):
        DIP.NoSuchTerm  # noqa: B018


def test_core_contract_is_kept():
    g = ontology()
    for c in CORE_CLASSES:
        assert (DIP[c], RDF.type, OWL.Class) in g, c
    for p in CORE_PROPERTIES:
        assert any(g.triples((DIP[p], RDF.type, None))), p
    for sub in ("Visit", "Meeting", "AwardConferral"):
        assert (DIP[sub], RDFS.subClassOf, DIP.Event) in g
    assert (DIP.Leader, RDFS.subClassOf, DIP.Person) in g


def test_every_term_has_english_label_and_comment():
    g = ontology()
    for term in DIP.__annotations__:
        node = URIRef(str(DIP) + term)
        labels = {l.language for l in g.objects(node, RDFS.label)}
        assert "en" in labels, term
        assert any(g.objects(node, RDFS.comment)), term
    assert sum(1 for _ in g.objects(DIP.Visit, RDFS.label)) == 3  # en, bg, ru


def test_shapes_parse_and_target_core_classes():
    from rdflib.namespace import SH

    shapes = Graph().parse(str(SHAPES_FILE), format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    for c in ("Visit", "TradeFigure", "Agreement", "AwardConferral", "DiplomaticRelations"):
        assert DIP[c] in targets
