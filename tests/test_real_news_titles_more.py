"""Titles and names of real diplomatic news, with sentences written here: a given name that is also a title
("Minister of Commerce Sultan Al Kuwari"), a junior minister's "Minister of State (for ...)", Russian names
whose oblique forms the rules read back ("Андреей Ковач", "Яном Новаком", "Ингриде Шимоните"), a state told
as "the State of X" ("Държавата Палестина"), and "Said" as a surname."""
import pytest

from conftest import rows
from test_real_news_hosts import _mentioned
from test_real_news_pairs import sentences


def _titled(text: str, lang: str) -> dict:
    """name -> (state, office) of the people as the mentions read them."""
    return {p.name: (p.iso, p.role) for s in sentences(text, lang) for p in s.persons}


@pytest.mark.parametrize("lang, text, want", [
    ("en", "President Tokayev met with Qatari Minister of Commerce Sultan Al Kuwari.", {"Sultan Al Kuwari": "QA"}),
    ("en", "President Tokayev met with Minister of Foreign Affairs of Qatar Sultan bin Saad Al-Muraikhi.",
     {"Sultan bin Saad Al-Muraikhi": "QA"}),
    ("bg", "Токаев се срещна с министъра на търговията на Катар Султан ал-Кувари.", {"Султан ал-Кувари": "QA"}),
    # the title itself still is one
    ("en", "President Tokayev met with Sultan Haitham bin Tarik of Oman.", {"Haitham bin Tarik": "OM"}),
])
def test_a_given_name_that_is_also_a_title_starts_a_name_after_a_title(lang, text, want):
    got = _mentioned(text, lang)
    assert {k: v for k, v in got.items() if "Tokayev" not in k and "Токаев" not in k} == want, got


@pytest.mark.parametrize("text, name, iso", [
    ("President Tokayev met with UAE Minister of State Khalid bin Ali Al Sayegh.", "Khalid bin Ali Al Sayegh", "AE"),
    ("President Tokayev met with Minister of State for Foreign Affairs of Qatar Khalid Al-Muraikhi.",
     "Khalid Al-Muraikhi", "QA"),
])
def test_a_minister_of_state_is_a_minister(text, name, iso):
    got = _titled(text, "en")
    assert got.get(name) == (iso, "Minister"), got      # (a junior one: not the Minister of Foreign Affairs)


@pytest.mark.parametrize("text, name", [
    ("Президент Словакии встретился с министром экономики Словении Андреей Ковач.", "Андрея Ковач"),
    ("Президент Словакии встретился с министром иностранных дел Чехии Яном Новаком.", "Ян Новак"),
    ("Президент Словакии вручил орден министру культуры Литвы Раймонде Билотайте.", "Раймонда Билотайте"),
])
def test_russian_oblique_names_read_back_in_the_nominative(text, name):
    assert name in _mentioned(text, "ru")


@pytest.mark.parametrize("lang, text, name, iso", [
    ("en", "President Radev met with the Ambassador of the State of Palestine Ahmed Said.", "Ahmed Said", "PS"),
    ("en", "President Radev met with the Ambassador of the State of Qatar to Bulgaria Ahmed Said.", "Ahmed Said", "QA"),
    ("bg", "Президентът Румен Радев се срещна с посланика на Държавата Палестина у нас Ахмед Саид.", "Ахмед Саид", "PS"),
    ("ru", "Президент Радев встретился с послом Государства Палестина в Болгарии Ахмедом Саидом.", "Ахмед Саид", "PS"),
])
def test_a_state_told_as_the_state_of_x_is_the_envoys(lang, text, name, iso):
    assert _mentioned(text, lang).get(name) == iso


def test_said_as_a_verb_still_ends_a_name():
    got = _mentioned("Ambassador Ahmed Hassan said the talks went well.", "en")
    assert list(got) == ["Ahmed Hassan"], got


@pytest.mark.parametrize("lang, text, name", [
    ("en", "UN Secretary-General Antonio Guterres met President Adama Barrow of Gambia in New York.", "Antonio Guterres"),
    ("en", "Secretary-General of the United Nations Antonio Guterres met President Adama Barrow in New York.",
     "Antonio Guterres"),
    # an office of no state, whatever the holder's was before
    ("en", "NATO Secretary General Mark Rutte met President Adama Barrow in Brussels.", "Mark Rutte"),
    ("ru", "Президент Гамбии Адама Барроу встретился с генеральным секретарем ООН Антониу Гутеррешем.",
     "Антониу Гутерреш"),
    ("ru", "Генеральный секретарь Организации тюркских государств Кубанычбек Омуралиев встретился с президентом "
           "Гамбии Адамой Барроу.", "Кубанычбек Омуралиев"),
    ("bg", "Президентът на Гамбия Адама Бароу се срещна с генералния секретар на ООН Антонио Гутериш.",
     "Антонио Гутериш"),
    ("bg", "Генералният секретар на НАТО Марк Рюте посети София.", "Марк Рюте"),
])
def test_a_secretary_general_is_named_and_holds_no_states_office(lang, text, name):
    got = _titled(text, lang)
    assert got.get(name) == (None, "Secretary-General"), got


def test_a_secretary_general_takes_no_state_from_the_articles_pair(build_text):
    text = ("Secretary-General of the Organization of Turkic States Kubanychbek Omuraliev met President Sadyr "
            "Japarov of Kyrgyzstan and President Shavkat Mirziyoyev of Uzbekistan in Bishkek.")
    got = rows(build_text(text), """SELECT ?role ?iso WHERE { ?p rdfs:label "Kubanychbek Omuraliev"@en ;
                                          dip:role ?role . OPTIONAL { ?p dip:leaderOf/dip:isoCode ?iso } }""")
    assert [(str(r), i) for r, i in got] == [("Secretary-General", None)], got


def test_a_secretary_general_met_during_a_visit_is_not_the_hosts():
    text = ("President Adama Barrow of Gambia arrived in New York on Monday.\n\n"
            "He held talks with UN Secretary-General Antonio Guterres.")
    assert _titled(text, "en")["Antonio Guterres"] == (None, "Secretary-General")
