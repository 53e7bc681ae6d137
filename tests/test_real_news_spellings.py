"""Phrasing and spelling families of real diplomatic news, continued from tests/test_real_news_bodies.py,
each with sentences written here: one office holder whose names in two scripts differ in consonants."""
import pytest

from conftest import rows

LEADERS = """SELECT ?p WHERE { ?p a dip:Leader }"""
PERSONS = """SELECT ?p WHERE { ?p a dip:Person }"""


@pytest.mark.parametrize("en, other, lang", [
    ("Moroccan Prime Minister Aziz Akhannouch received the Ghanaian delegation in Rabat.",
     "Премьер-министр Марокко Азиз Аханнуш принял в Рабате делегацию Ганы.", "ru"),
    ("Moroccan Prime Minister Aziz Akhannouch received the Ghanaian delegation in Rabat.",
     "Министър-председателят на Мароко Азиз Ахануш прие в Рабат делегация от Гана.", "bg"),
])
def test_an_office_holder_spelt_with_other_consonants_is_one_person_across_languages(tmp_path, en, other, lang):
    from conftest import kg_build_texts, kg_select

    out = kg_build_texts(tmp_path, {"a": (en, "en"), "b": (other, lang)}, "2024-03-12", ok=(0, 1))
    got = {r["p"] for r in kg_select(out, PERSONS)}
    assert got == {"https://w3id.org/dipkg/resource/person/aziz-akhannouch"}, got


def test_an_office_holder_named_in_cyrillic_alone_gets_the_iri_of_the_english_name(build_text):
    text = "Президентът на Либерия Джордж Уеа пристигна в Акра. Уеа се срещна с ганайския си колега."
    got = {p.rsplit("/", 1)[-1] for (p,) in rows(build_text(text, language="bg", date="2022-04-02"), PERSONS)}
    assert "george-weah" in got, got


def test_a_state_name_with_a_holders_consonants_is_no_surname(build_text):
    # "Украина" has the skeleton of a prime minister's surname (k-r-n), not its spelling: it and the short
    # word after "и" are no pair of leaders
    text = "Эксперты полагают, что Украина и Си смогут договориться о поставках зерна в этом году."
    got = rows(build_text(text, language="ru", date="2025-09-01"), LEADERS)
    assert got == [], got
