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


def test_the_ontology_says_what_a_published_vocabulary_says():
    from rdflib.namespace import DCTERMS, Namespace

    vann = Namespace("http://purl.org/vocab/vann/")
    g = ontology()
    ont = URIRef("https://w3id.org/dipkg/ontology")
    for p in (OWL.versionIRI, OWL.versionInfo, DCTERMS.license, DCTERMS.creator, DCTERMS.created,
              DCTERMS.modified, vann.preferredNamespacePrefix, vann.preferredNamespaceUri):
        assert g.value(ont, p) is not None, p
    assert str(g.value(ont, vann.preferredNamespaceUri)) == str(DIP)
    # schema.org's Person and Organization are wider than the graph's (not every schema:Person is read
    # from an article): subclasses, not equivalents
    assert not list(g.triples((None, OWL.equivalentClass, None)))
    assert (DIP.Person, RDFS.subClassOf, URIRef("https://schema.org/Person")) in g


def _members(g, cls) -> set:
    """A class, or the members of an owl:unionOf class expression."""
    from rdflib.collection import Collection

    union = g.value(cls, OWL.unionOf)
    return set(Collection(g, union)) if union is not None else {cls}


def test_every_property_has_a_domain_and_a_range_that_the_built_graphs_keep():
    from pathlib import Path

    g = ontology()
    props = [p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in g.subjects(RDF.type, kind)]
    assert len(props) > 30
    missing = [str(p) for p in props if g.value(p, RDFS.domain) is None or g.value(p, RDFS.range) is None]
    assert missing == []
    data = Graph()
    for f in sorted((Path(__file__).parent / "golden").glob("*.ttl")):
        data.parse(f)
    classes = {}
    for s, c in data.subject_objects(RDF.type):
        classes.setdefault(s, set()).add(c)
    for c in set(g.subjects(RDF.type, OWL.Class)):
        for sup in g.transitive_objects(c, RDFS.subClassOf):
            for s, cs in classes.items():
                if c in cs:
                    cs.add(sup)
    for p in props:
        domain = _members(g, g.value(p, RDFS.domain))
        rng = _members(g, g.value(p, RDFS.range))
        for s, o in data.subject_objects(p):
            if OWL.Thing not in domain:
                assert classes.get(s, set()) & domain, (p, s)
            if (p, RDF.type, OWL.ObjectProperty) in g and OWL.Thing not in rng:
                assert classes.get(o, set()) & rng, (p, o)
