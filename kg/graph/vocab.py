"""Ontology terms as code: the ``dip:`` vocabulary as an rdflib DefinedNamespace, the prefixes dipkg
writes and reads, and where the ontology files are (package data, ``kg/ontology/``, found with
``importlib.resources`` however the package was installed; ``ontology/`` at the top of a checkout is a
link to it, for the scorer).

``DIP.Foo`` fails for a term the ontology does not define (``_fail = True``); a test checks that
this list and ``ontology/dipkg.ttl`` define the same terms.
"""
from importlib.resources import files
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_DIR = Path(str(files("kg") / "ontology"))
ONTOLOGY_FILE = ONTOLOGY_DIR / "dipkg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"


class DIP(DefinedNamespace):
    """The dipkg ontology, ``https://w3id.org/dipkg/ontology#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/dipkg/ontology#")

    # classes
    State: URIRef
    Person: URIRef
    Leader: URIRef
    City: URIRef
    Organization: URIRef
    Agreement: URIRef
    Corridor: URIRef
    Award: URIRef
    Event: URIRef
    Visit: URIRef
    Meeting: URIRef
    AwardConferral: URIRef
    TradeFigure: URIRef
    DiplomaticRelations: URIRef
    Article: URIRef
    Memorandum: URIRef
    JointStatement: URIRef
    Roadmap: URIRef
    Plan: URIRef
    Decision: URIRef
    Treaty: URIRef
    TransportCorridor: URIRef
    Pipeline: URIRef
    # properties
    isoCode: URIRef
    leaderOf: URIRef
    role: URIRef
    guest: URIRef
    host: URIRef
    location: URIRef
    date: URIRef
    participant: URIRef
    party: URIRef
    concerns: URIRef
    passesThrough: URIRef
    award: URIRef
    recipient: URIRef
    conferredBy: URIRef
    metric: URIRef
    amount: URIRef
    currency: URIRef
    year: URIRef
    between: URIRef
    fromState: URIRef
    toState: URIRef
    sisterCity: URIRef
    evidence: URIRef
    signedDuring: URIRef
    formerLeaderOf: URIRef
    inState: URIRef
    geonamesId: URIRef
    alias: URIRef
    documentType: URIRef
    count: URIRef
    yearSigned: URIRef
    ordinal: URIRef
    mentions: URIRef
    partOf: URIRef
    cameoCode: URIRef
    ploverType: URIRef
    ploverMode: URIRef


DIPR = Namespace("https://w3id.org/dipkg/resource/")
PROV = Namespace("http://www.w3.org/ns/prov#")

GEONAMES = "https://sws.geonames.org/{}/"     # a GeoNames feature as linked data (states and cities: owl:sameAs)

PREFIXES = {
    "dip": str(DIP),
    "dipr": str(DIPR),
    "prov": str(PROV),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}


def short(iri: str) -> str:
    """An IRI in its prefixed form where a prefix of :data:`PREFIXES` covers it, else ``<iri>``."""
    for p, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return f"<{iri}>"
