"""Links to other datasets that ``kg link`` made: kept beside the store as ``links/NAME.nt`` (sorted
N-Triples: the ``owl:sameAs`` links and the link set's description, a ``void:Linkset`` with the time it
was made and the endpoint it came from), put into the store's default graph when made, and merged again
into every new store a build writes, for the nodes the graph still has."""
from __future__ import annotations

from pathlib import Path

from ..util.files import atomic_file
from .oxigraph import update_sparql

LINKS_DIR = "links"
VOID = "http://rdfs.org/ns/void#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
LINKSET = "https://w3id.org/dipkg/resource/linkset/{}"


def links_file(out_dir: Path, name: str) -> Path:
    return Path(out_dir) / LINKS_DIR / f"{name}.nt"


def linkset_lines(name: str, links: list[tuple[str, str]], source: str, made: str, target: str) -> list[str]:
    """The N-Triples lines of a link set: ``(node IRI, other IRI)`` pairs as ``owl:sameAs``, and its
    description (``made`` an xsd:dateTime, ``source`` the endpoint, ``target`` the other dataset)."""
    ls = f"<{LINKSET.format(name)}>"
    dc = "http://purl.org/dc/terms/"
    lines = {f"<{a}> <{OWL_SAME_AS}> <{b}> ." for a, b in links}
    lines |= {f"{ls} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{VOID}Linkset> .",
              f"{ls} <{VOID}linkPredicate> <{OWL_SAME_AS}> .",
              f"{ls} <{VOID}objectsTarget> <{target}> .",
              f'{ls} <{VOID}triples> "{len(set(links))}"^^<http://www.w3.org/2001/XMLSchema#integer> .',
              f'{ls} <{dc}created> "{made}"^^<http://www.w3.org/2001/XMLSchema#dateTime> .',
              f"{ls} <{dc}source> <{source}> ."}
    return sorted(lines)


def replace_links(out_dir: Path, name: str, lines: list[str], other_prefix: str) -> None:
    """Make ``lines`` the link set ``name``: the store's old links to ``other_prefix`` and the old
    description go in the same transaction as the new ones come; then the file is replaced."""
    ls = f"<{LINKSET.format(name)}>"
    update_sparql(out_dir, " ;\n".join([
        f'DELETE {{ ?s <{OWL_SAME_AS}> ?o }} WHERE {{ ?s <{OWL_SAME_AS}> ?o FILTER(STRSTARTS(STR(?o), "{other_prefix}")) }}',
        f"DELETE WHERE {{ {ls} ?p ?o }}",
        "INSERT DATA {\n" + "\n".join(lines) + "\n}"]))
    path = links_file(out_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def merge_links(graph, out_dir: Path) -> int:
    """Add the kept links of the nodes ``graph`` has (and each link set's description) to ``graph``
    (:class:`~kg.graph.triples.Triples` or an rdflib Graph), supported by no article; the number added."""
    folder = Path(out_dir) / LINKS_DIR
    files = sorted(folder.glob("*.nt")) if folder.is_dir() else []
    if not files:
        return 0
    from rdflib import Graph, URIRef

    subjects = {t[0] for t in graph}
    added = 0
    for f in files:
        try:
            kept = Graph().parse(f, format="nt")
        except Exception:   # a file damaged by hand: the links are made again by kg link
            continue
        sets = {s for s in kept.subjects() if str(s).startswith(LINKSET.format(""))}
        for s, p, o in sorted(kept):
            if s in sets or (p == URIRef(OWL_SAME_AS) and s in subjects):
                graph.add((s, p, o))
                added += 1
    return added
