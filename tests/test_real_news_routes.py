"""Energy routes as real news names them, with sentences written here: a gas interconnector is a corridor
("the Greece-North Macedonia gas interconnector", "интерконектора Гърция – Северна Македония", "газовый
интерконнектор «...»"), a pipeline's chain of places after its head word takes a state of two words, and a
chain ends where its places do."""
import pytest

from conftest import rows
from test_real_news_pairs import sentences

CORRIDORS = """SELECT ?c ?iso WHERE { ?c a dip:Corridor . OPTIONAL { ?c dip:passesThrough/dip:isoCode ?iso } }"""


@pytest.mark.parametrize("lang, text", [
    ("en", "President Konstantinos Tasoulas of Greece and President Gordana Siljanovska-Davkova of North Macedonia "
           "inaugurated the Greece-North Macedonia gas interconnector on Friday."),
    ("bg", "Президентите на Гърция и Северна Македония откриха интерконектора Гърция – Северна Македония край "
           "Гевгелия."),
    ("bg", "Президентите на Гърция и Северна Македония откриха газопровода Гърция – Северна Македония край "
           "Гевгелия."),
    ("ru", "Президенты Греции и Северной Македонии открыли газовый интерконнектор «Греция – Северная Македония» у "
           "Гевгелии."),
])
def test_a_gas_interconnector_is_a_corridor_through_its_states(build_text, lang, text):
    got = rows(build_text(text, language=lang), CORRIDORS)
    assert len({c for c, _ in got}) == 1 and {str(i) for _, i in got} == {"GR", "MK"}, got


def test_a_chain_of_places_ends_where_its_places_do():
    text = "Президентите обсъдиха маршрута Китай – Европа Ли Цян заяви."
    assert [n.name for s in sentences(text, "bg") for n in s.named if n.kind == "corridor"] == ["Китай – Европа"]
