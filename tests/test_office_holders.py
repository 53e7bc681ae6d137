"""The reference list of office holders (kg/reference/leaders.tsv): a leader named without a title is
recognised, with the state and office of the row, in any script and case form; a surname alone only in
an article about that state; only holders in office in the article's year; the text always wins."""
import pytest

from conftest import rows

LEADERS = """SELECT ?name ?iso ?role WHERE { ?p a dip:Leader ; rdfs:label ?name ; dip:leaderOf/dip:isoCode ?iso ;
                                        dip:role ?role }"""


def _leaders(g):
    return {(iso, role) for _, iso, role in rows(g, LEADERS)}


def test_full_names_without_titles_get_their_office(build_text):
    g = build_text("""
        Nairobi and Pretoria deepen ties.
        Cyril Ramaphosa and William Ruto discussed trade between South Africa and Kenya in Nairobi.
    """, date="2023-05-04")
    assert {("ZA", "President"), ("KE", "President")} <= _leaders(g)


def test_a_declined_russian_name_is_labelled_in_the_nominative(build_text):
    g = build_text("""
        Переговоры в Анкаре.
        Министр провел встречу с Реджепом Тайипом Эрдоганом, обсудив отношения Турции и Казахстана.
    """, date="2024-03-01", language="ru")
    names = {n for n, iso, _ in rows(g, LEADERS) if iso == "TR"}
    assert "Реджеп Тайип Эрдоган" in names


def test_a_surname_alone_only_in_an_article_about_the_state(build_text):
    about = build_text("""
        Talks in Ankara.
        Erdoğan said Türkiye and Azerbaijan would expand their energy cooperation.
    """, date="2024-03-01")
    assert ("TR", "President") in _leaders(about)
    elsewhere = build_text("""
        A new book.
        Erdoğan is the title of a novel published in Madrid, Spain.
    """, date="2024-03-01")
    assert ("TR", "President") not in _leaders(elsewhere)


def test_only_holders_in_office_in_the_articles_year(build_text):
    g = build_text("""
        Washington and Ottawa.
        Donald Trump spoke about trade between the United States and Canada.
    """, date="2023-02-01")
    assert ("US", "President") not in _leaders(g)
    g = build_text("""
        Washington and Ottawa.
        Donald Trump spoke about trade between the United States and Canada.
    """, date="2025-02-01")
    assert ("US", "President") in _leaders(g)


def test_what_the_text_says_wins(build_text):
    # the title in the text gives the office; the reference row (Prime Minister) is not used for it
    g = build_text("""
        Yerevan.
        Armenian Foreign Minister Nikol Pashinyan met his Georgian counterpart in Yerevan.
    """, date="2024-03-01")
    assert ("AM", "Minister of Foreign Affairs") in _leaders(g)
    assert ("AM", "Prime Minister") not in _leaders(g)


def test_every_row_is_well_formed_and_once():
    from pathlib import Path

    from kg.reference.leaders import LEADERS_FILE, NOW

    states = {line.split("\t")[0] for line in (Path(LEADERS_FILE).parent / "states" / "en.tsv")
              .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    seen = set()
    for line in LEADERS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        iso, role, start, end, names, ru, bg, source = line.split("\t")
        assert iso in states and role and names and ru and bg and source.startswith("W:"), line
        assert 1945 <= int(start) <= int(end or NOW) <= NOW, line
        assert not any(c in "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ" for c in names), line    # English first, Cyrillic after
        key = (iso, role, start, names.split(";")[0])
        assert key not in seen, line
        seen.add(key)


@pytest.mark.parametrize("lang, text, date, want", [
    ("en", "President Gustavo Petro received Prime Minister Anthony Albanese in Bogota.", "2024-06-03",
     {("CO", "President"), ("AU", "Prime Minister")}),
    ("ru", "Премьер-министр Петтери Орпо встретился с президентом Феликсом Чисекеди в Киншасе.", "2024-06-03",
     {("FI", "Prime Minister"), ("CD", "President")}),
    ("bg", "Президентът Даниел Нобоа разговаря с премиера Кристофър Луксън в Уелингтън.", "2024-06-03",
     {("EC", "President"), ("NZ", "Prime Minister")}),
    ("en", "President Mahinda Rajapaksa held talks with his counterpart Asif Ali Zardari in Islamabad.", "2012-02-10",
     {("LK", "President"), ("PK", "President")}),
])
def test_titled_leaders_of_far_apart_states_named_without_their_state(build_text, lang, text, date, want):
    assert want <= _leaders(build_text(text, language=lang, date=date))
