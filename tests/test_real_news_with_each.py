"""Talks with the people of several states told in one sentence, with sentences written here: a leader who
meets people of two other states on a summit's sidelines or during a visit has a meeting with each state's
people ("met A of Moldova and B of Georgia"), unless the sentence tells them together ("a trilateral
meeting"); officials of one state met together stay one meeting."""
import pytest

from conftest import rows

MEETINGS = """SELECT ?m (GROUP_CONCAT(?name; separator="|") AS ?names)
WHERE { ?m a dip:Meeting ; dip:participant/rdfs:label ?name } GROUP BY ?m"""


def _meetings(g) -> set:
    return {frozenset(str(names).split("|")) for _, names in rows(g, MEETINGS)}


@pytest.mark.parametrize("lang, text, subject, others", [
    ("en", "On the sidelines of the summit in Brussels on Thursday, Prime Minister Petteri Orpo of Finland met "
           "with President Maia Sandu of Moldova and Prime Minister Irakli Kobakhidze of Georgia.",
     "Petteri Orpo", ["Maia Sandu", "Irakli Kobakhidze"]),
    ("ru", "На полях саммита в Брюсселе премьер-министр Финляндии Петтери Орпо встретился с президентом Молдовы "
           "Майей Санду и премьер-министром Грузии Ираклием Кобахидзе.",
     "Петтери Орпо", ["Майя Санду", "Ираклий Кобахидзе"]),
    ("bg", "В кулоарите на срещата на върха в Брюксел министър-председателят на Финландия Петери Орпо се срещна "
           "с президента на Молдова Мая Санду и с премиера на Грузия Иракли Кобахидзе.",
     "Петери Орпо", ["Мая Санду", "Иракли Кобахидзе"]),
])
def test_talks_on_the_sidelines_with_people_of_two_states_are_a_meeting_with_each(build_text, lang, text,
                                                                                 subject, others):
    got = _meetings(build_text(text, language=lang))
    assert got == {frozenset({subject, o}) for o in others}, got


def test_a_trilateral_meeting_on_the_sidelines_is_one(build_text):
    text = ("On the sidelines of the summit in Brussels, Prime Minister Petteri Orpo of Finland held a trilateral "
            "meeting with President Maia Sandu of Moldova and Prime Minister Irakli Kobakhidze of Georgia.")
    got = _meetings(build_text(text))
    assert got == {frozenset({"Petteri Orpo", "Maia Sandu", "Irakli Kobakhidze"})}, got


def test_during_a_visit_people_of_two_other_states_met_are_a_meeting_each(build_text):
    text = ("Премьер-министр Словакии Роберт Фицо прибыл в Берлин с рабочим визитом.\n\n"
            "В ходе визита Фицо встретился с президентом Молдовы Майей Санду и президентом Латвии Эдгаром "
            "Ринкевичем.")
    got = _meetings(build_text(text, language="ru"))
    assert {frozenset({"Роберт Фицо", "Майя Санду"}), frozenset({"Роберт Фицо", "Эдгар Ринкевич"})} <= got, got
    assert not any(len(m) > 2 for m in got), got


def test_officials_of_the_host_met_together_are_one_meeting(build_text):
    text = ("President Shavkat Mirziyoyev of Uzbekistan arrived in Berlin on Monday for an official visit to "
            "Germany.\n\nHe held talks with Chancellor Friedrich Merz and Foreign Minister Johann Wadephul.")
    got = _meetings(build_text(text))
    assert got == {frozenset({"Shavkat Mirziyoyev", "Friedrich Merz", "Johann Wadephul"})}, got


@pytest.mark.parametrize("lang, text, chairs", [
    ("en", "The 7th meeting of the Croatian-Slovenian Intergovernmental Commission on Economic Cooperation was held "
           "in Ljubljana on March 4.\n\nThe session was co-chaired by Croatian Deputy Prime Minister Davor Ivo Stier "
           "and Slovenian Minister of Economy Matjaz Han.", {"Davor Ivo Stier", "Matjaz Han"}),
    ("ru", "4 марта в Любляне состоялось седьмое заседание Хорватско-словенской межправительственной комиссии по "
           "экономическому сотрудничеству.\n\nСопредседателями заседания выступили вице-премьер Хорватии Давор Иво "
           "Штир и министр экономики Словении Матьяж Хан.", {"Давор Иво Штир", "Матьяж Хан"}),
    ("bg", "На 4 март в Любляна се проведе седмото заседание на Хърватско-словенската междуправителствена комисия за "
           "икономическо сътрудничество.\n\nЗаседанието бе съпредседателствано от вицепремиера на Хърватия Давор Иво "
           "Щир и министъра на икономиката на Словения Матяж Хан.", {"Давор Иво Щир", "Матяж Хан"}),
])
def test_the_chairs_of_a_bodys_session_told_after_it_are_its_people(build_text, lang, text, chairs):
    got = _meetings(build_text(text, language=lang, date="2025-03-05"))
    assert len(got) == 1 and chairs <= next(iter(got)), got


@pytest.mark.parametrize("lang, text, met", [
    ("ru", "Премьер-министр Словакии Роберт Фицо сегодня находится с визитом в Будапеште, где он встретился со своим "
           "венгерским коллегой Виктором Орбаном и президентом Венгрии Тамашем Шуйоком.",
     ["Виктор Орбан", "Тамаш Шуйок"]),
    ("en", "Slovak Prime Minister Robert Fico arrived in Budapest on Monday.\n\nHe met with his Hungarian counterpart "
           "Viktor Orban and President Tamas Sulyok.", ["Viktor Orban", "Tamas Sulyok"]),
])
def test_heads_of_the_host_met_in_one_sentence_are_a_meeting_each(build_text, lang, text, met):
    guest = "Роберт Фицо" if lang == "ru" else "Robert Fico"
    assert _meetings(build_text(text, language=lang)) == {frozenset({guest, m}) for m in met}
