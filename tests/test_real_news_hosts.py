"""Phrasing families of real diplomatic news, continued from tests/test_real_news_arrivals.py, each with
sentences written here: the officials a visitor meets during a visit told sentences before, names with an
apostrophe inside, speakers of more parliaments, and meetings told in the plural."""
import pytest

from conftest import rows
from test_real_news_pairs import sentences

LEADERS = """SELECT ?name ?iso WHERE { ?p dip:leaderOf/dip:isoCode ?iso ; rdfs:label ?name }"""
PERSONS = """SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name }"""
MEETINGS = """SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE { ?m a dip:Meeting ; dip:participant ?p } GROUP BY ?m"""
CITIES = """SELECT ?name WHERE { ?c a dip:City ; rdfs:label ?name }"""


def _leaders(g) -> dict:
    return {name: iso for name, iso in rows(g, LEADERS)}


def _mentioned(text: str, lang: str) -> dict:
    """name -> state of the titled people as the mentions read them (before the article's pair of states
    may give a person of none one, as a guess)."""
    return {p.name: p.iso for s in sentences(text, lang) for p in s.persons if p.titled}


@pytest.mark.parametrize("lang, text, met", [
    ("en", "President Adama Barrow of Gambia on June 3 wrapped up his two-day state visit to Malaysia at the "
           "invitation of the King.\n\nDuring his trip, the Gambian leader held talks with Prime Minister "
           "Karim Aziz, met with Deputy Prime Minister Lim Wei and Speaker Nora Hassan.",
     ["Karim Aziz", "Lim Wei", "Nora Hassan"]),
    ("ru", "Президент Гамбии Адама Барроу завершил двухдневный государственный визит в Малайзию.\n\n"
           "В ходе поездки гамбийский лидер провел переговоры с премьер-министром Каримом Азизом и встретился "
           "с вице-премьером Лим Веем.",
     ["Карим Азиз", "Лим Вей"]),
    ("bg", "Президентът на Гамбия Адама Бароу приключи двудневното си държавно посещение в Малайзия.\n\n"
           "По време на визитата си гамбийският президент проведе срещи с министър-председателя Карим Азиз и "
           "с вицепремиера Лим Уей.",
     ["Карим Азиз", "Лим Уей"]),
])
def test_officials_met_during_a_visit_told_before_are_of_the_state_visited(build_text, lang, text, met):
    got = _mentioned(text, lang)
    assert {name: got.get(name) for name in met} == {name: "MY" for name in met}, got
    assert got.get(next(n for n in got if "Barrow" in n or "Барроу" in n or "Бароу" in n)) == "GM"
    assert _leaders(build_text(text, language=lang, date="2025-06-03")).keys() >= set(met)


def test_an_official_of_the_visitors_side_before_the_with_is_not_the_hosts(build_text):
    text = ("President Adama Barrow of Gambia arrived in Malaysia on Monday for a state visit.\n\n"
            "Accompanied by Foreign Minister Musa Jallow, the Gambian leader held talks with Prime Minister "
            "Karim Aziz.")
    got = _leaders(build_text(text, language="en", date="2025-06-03"))
    assert got.get("Karim Aziz") == "MY" and got.get("Musa Jallow") != "MY", got


def test_an_official_of_another_state_named_after_the_talks_takes_no_host():
    text = ("President Adama Barrow of Gambia arrived in Malaysia on Monday for a state visit.\n\n"
            "During his trip he also met with a delegation of Japan and with Minister Kenji Sato.")
    assert _mentioned(text, "en")["Kenji Sato"] is None


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Karim Aziz of Malaysia met Vice President Ma'ruf Salim of Indonesia in Jakarta.",
     "Ma'ruf Salim"),
    ("Prime Minister Karim Aziz of Malaysia met Foreign Minister Conor O'Dowd of Ireland in Dublin.",
     "Conor O'Dowd"),
])
def test_a_name_with_an_apostrophe_inside_is_one_name(build_text, text, name):
    g = build_text(text, language="en", date="2025-06-03")
    assert name in _leaders(g), rows(g, LEADERS)
    assert not {n for (n,) in rows(g, PERSONS)} & {name.split("'")[0], name.split()[0]}


def test_a_possessive_still_ends_a_state_and_a_city_with_an_apostrophe_is_found(build_text):
    text = ("Chad's President Idriss Deby held talks with Argentina's President Javier Milei in N'Djamena on "
            "Monday.")
    g = build_text(text, language="en", date="2025-06-03")
    assert _leaders(g) == {"Idriss Deby": "TD", "Javier Milei": "AR"}, rows(g, LEADERS)
    assert ("N'Djamena",) in rows(g, CITIES), rows(g, CITIES)


@pytest.mark.parametrize("lang, text, name, iso", [
    ("en", "President Adama Barrow of Gambia arrived in Belgrade on Monday.\n\nHe met with the Speaker of the "
           "Skupstina Ana Brnabic.", "Ana Brnabic", "RS"),
    ("en", "President Adama Barrow of Gambia arrived in Ulaanbaatar on Monday.\n\nHe met with the Chairman of "
           "the State Great Khural Zandan Amar.", "Zandan Amar", "MN"),
    ("ru", "Президент Гамбии Адама Барроу прибыл в Белград.\n\nОн встретился с председателем Скупщины Аной "
           "Брнабич.", "Ана Брнабич", "RS"),
    ("bg", "Президентът на Гамбия Адама Бароу пристигна в Белград.\n\nТой се срещна с председателя на "
           "Скупщината Ана Брнабич.", "Ана Брнабич", "RS"),
    ("bg", "Президентът на Гамбия Адама Бароу пристигна в Скопие.\n\nТой се срещна с председателя на "
           "Събранието Африм Гаши.", "Африм Гаши", "MK"),
])
def test_speakers_of_more_parliaments_are_office_holders(build_text, lang, text, name, iso):
    got = _leaders(build_text(text, language=lang, date="2025-06-03"))
    assert got.get(name) == iso, got


@pytest.mark.parametrize("lang, text", [
    ("en", "President Adama Barrow of Gambia arrived in Kuala Lumpur on Monday.\n\n"
           "He held meetings with Prime Minister Karim Aziz of Malaysia and Foreign Minister Nora Hassan."),
    ("bg", "Президентът на Гамбия Адама Бароу пристигна в Куала Лумпур.\n\n"
           "Той проведе срещи с министър-председателя на Малайзия Карим Азиз и с вицепремиера Лим Уей."),
])
def test_meetings_told_in_the_plural_are_a_meeting(build_text, lang, text):
    got = rows(build_text(text, language=lang, date="2025-06-03"), MEETINGS)
    assert [int(n) for _, n in got] == [3], got


def test_a_count_of_past_meetings_is_no_meeting(build_text):
    text = "Since 2019, President Adama Barrow has held 14 bilateral meetings with Prime Minister Karim Aziz of Malaysia."
    assert rows(build_text(text, language="en", date="2025-06-03"), MEETINGS) == []


# ------------------------------------------------------------------ officials listed with one of the host's
VISIT_KH = "President Thongloun Sisoulith of Laos arrived in Phnom Penh on Monday for a state visit.\n\n"


@pytest.mark.parametrize("text, name", [
    (VISIT_KH + "He also had meetings with Senate President Chea Vuthy of Cambodia and National Assembly "
                "Chairwoman Kim Sophal.", "Kim Sophal"),
    (VISIT_KH + "During his stay, he paid courtesy calls on Senate President Chea Vuthy and Prime Minister "
                "Hun Manet.", "Chea Vuthy"),
])
def test_an_official_listed_with_one_of_the_host_after_the_talks_is_of_the_host(build_text, text, name):
    assert _mentioned(text, "en")[name] == "KH"
    got = rows(build_text(text, language="en", date="2025-06-03"),
               """SELECT ?iso ?role WHERE { ?p rdfs:label "Chea Vuthy"@en ; dip:role ?role ;
                                                 dip:leaderOf/dip:isoCode ?iso }""")
    assert [(str(i), str(r)) for i, r in got] == [("KH", "Speaker")], got     # "Senate President"


def test_an_official_after_a_clause_of_his_own_is_not_listed_with_the_host():
    text = VISIT_KH + "He held talks with Prime Minister Hun Manet, accompanied by Foreign Minister Vilay Phommachak."
    assert _mentioned(text, "en")["Vilay Phommachak"] != "KH"


def test_talks_with_a_new_cue_after_a_comma_are_a_meeting_of_their_own(build_text):
    text = VISIT_KH + ("During his stay, he held talks with his Cambodian counterpart Kim Sophal, paid a courtesy "
                       "call on King Norodom Sihamoni, and met with Prime Minister Hun Manet.")
    got = rows(build_text(text, language="en", date="2025-06-03"), MEETINGS)
    assert sorted(int(n) for _, n in got) == [2, 2, 2], got


# ------------------------------------------------------------------ a name in apposition after a bare title
def test_names_in_apposition_after_titles_of_no_state_are_the_hosts_officials():
    text = ("President Adama Barrow of Gambia arrived in Kuala Lumpur on Monday.\n\n"
            "He met with the Speaker of Parliament, Nora Hassan, and the Prime Minister, Karim Aziz.")
    got = _mentioned(text, "en")
    assert got.get("Nora Hassan") == "MY" and got.get("Karim Aziz") == "MY", got


def test_a_name_in_apposition_may_be_followed_by_its_state():
    assert _mentioned("He met the Foreign Minister, Ahmed Hassan Mohamed of Egypt.", "en") == {
        "Ahmed Hassan Mohamed": "EG"}


@pytest.mark.parametrize("text", [
    "He thanked the President, Parliament and the people of Malaysia.",
    "The Prime Minister, who arrived on Monday, met the press.",
    "The Prime Minister, Malaysia's longest-serving leader, spoke.",
])
def test_no_name_is_made_of_what_follows_a_bare_title_and_a_comma(text):
    assert _mentioned(text, "en") == {}


@pytest.mark.parametrize("lang, text, name", [
    ("bg", "Президентът Румен Радев и президентът на Словения Наташа Пирц Мусар разговаряха на четири очи в Любляна.\n\n"
           "В рамките на посещението Радев се срещна и с председателя на Държавното събрание Урска Клакочар Забуковец.",
     "Урска Клакочар Забуковец"),
    ("en", "President Rumen Radev of Bulgaria and President Natasa Pirc Musar of Slovenia held talks in Ljubljana.\n\n"
           "During the visit, Radev also met with Speaker Urska Klakocar Zabukovec.", "Urska Klakocar Zabukovec"),
])
def test_an_official_met_during_the_visit_is_of_the_state_where_the_talks_were_placed(build_text, lang, text, name):
    assert _mentioned(text, lang).get(name) == "SI"
    assert _leaders(build_text(text, language=lang, date="2025-06-03")).get(name) == "SI"


# ------------------------------------------------------------------ a visit to a state told by a description
VISIT_HOSTS = """SELECT ?iso WHERE { ?v a dip:Visit ; dip:host/dip:isoCode ?iso }"""


@pytest.mark.parametrize("lang, text, host", [
    ("en", "President Adama Barrow of Gambia on Monday began a state visit to the West African country at the "
           "invitation of President Bola Tinubu.", "NG"),
    ("en", "Gambian President Adama Barrow is on a three-day state visit to the Gulf state, where he met Emir Tamim "
           "bin Hamad Al Thani.", "QA"),
    ("ru", "Президент Гамбии Адама Барроу прибыл с государственным визитом в эту западноафриканскую страну по "
           "приглашению президента Болы Тинубу.", "NG"),
    ("bg", "Президентът на Гамбия Адама Бароу е на държавно посещение в западноафриканската страна по покана на "
           "президента Бола Тинубу.", "NG"),
])
def test_a_visit_to_the_country_described_goes_to_the_other_sides_state(build_text, lang, text, host):
    assert [str(i) for (i,) in rows(build_text(text, language=lang), VISIT_HOSTS)] == [host]


def test_a_described_country_with_two_other_states_people_gives_no_host(build_text):
    text = ("President Adama Barrow of Gambia began a state visit to the West African country, a day after President "
            "Bola Tinubu met President Nana Akufo-Addo.")
    assert rows(build_text(text), VISIT_HOSTS) == []
