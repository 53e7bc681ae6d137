"""Phrasing families of real diplomatic news, continued from tests/test_real_news_spellings.py, each with
sentences written here: the day a visit began and documents counted rather than titled."""
import pytest

from conftest import rows

VISITS = """SELECT ?guest ?date WHERE { ?v a dip:Visit ; dip:guest/rdfs:label ?guest . OPTIONAL { ?v dip:date ?date } }"""
MEETING_DATES = """SELECT ?date WHERE { ?m a dip:Meeting ; dip:date ?date }"""


@pytest.mark.parametrize("lang, text", [
    ("en", "Talks between President Ali Tarek of Egypt and President John Mahama of Ghana began this morning "
           "in Accra.\n\nTarek arrived in Ghana on Tuesday (March 4) for a two-day official visit."),
    ("en", "Talks between President Ali Tarek of Egypt and President John Mahama of Ghana began this morning "
           "in Accra.\n\nTarek arrived in Ghana last night for a two-day official visit."),
    ("bg", "Разговорите между президента на Египет Али Тарек и президента на Гана Джон Махама започнаха днес "
           "в Акра.\n\nТарек пристигна в Гана снощи на двудневно официално посещение."),
])
def test_a_visit_is_of_the_day_the_guest_arrived_though_the_talks_told_first_are_later(build_text, lang, text):
    g = build_text(text, language=lang, date="2025-03-05")
    assert {d for _, d in rows(g, VISITS)} == {"2025-03-04"}, rows(g, VISITS)
    assert rows(g, MEETING_DATES) == [("2025-03-05",)]
