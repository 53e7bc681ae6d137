"""Phrasing families of real diplomatic news, continued from tests/test_real_news_spellings.py, each with
sentences written here: the day a visit began, documents counted rather than titled, the nominative
of a city written in a case, and speakers of parliaments met beside their state's president."""
import pytest

from conftest import rows

VISITS = """SELECT ?guest ?date WHERE { ?v a dip:Visit ; dip:guest/rdfs:label ?guest . OPTIONAL { ?v dip:date ?date } }"""
MEETING_DATES = """SELECT ?date WHERE { ?m a dip:Meeting ; dip:date ?date }"""
AGREEMENTS = """SELECT ?label WHERE { ?a a dip:Agreement ; rdfs:label ?label }"""


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


@pytest.mark.parametrize("documents", [
    "several mutually beneficial Memoranda of Understanding (MoUs)",
    "05 mutually beneficial bilateral Memoranda of Understanding",
    "a number of important bilateral Agreements",
])
def test_documents_counted_with_words_between_are_no_titled_document(build_text, documents):
    text = (f"President Ali Tarek of Egypt held talks with President John Mahama of Ghana in Accra. "
            f"The two leaders witnessed the signing of {documents}.")
    assert rows(build_text(text, language="en", date="2025-03-05"), AGREEMENTS) == []


@pytest.mark.parametrize("sentence", [
    "They signed several documents including the Agreement on Visa Exemption.",
    "They signed several documents, including the Agreement on Visa Exemption.",
    "The two governments signed an Agreement on Visa Exemption.",
])
def test_a_titled_document_after_a_count_of_other_things_stays(build_text, sentence):
    text = f"President Ali Tarek of Egypt held talks with President John Mahama of Ghana in Accra. {sentence}"
    got = rows(build_text(text, language="en", date="2025-03-05"), AGREEMENTS)
    assert [label.lower() for (label,) in got] == ["agreement on visa exemption"], got


CITY_LABELS = """SELECT ?name WHERE { ?c a dip:City ; rdfs:label ?name . FILTER(LANG(?name) = "ru") }"""


@pytest.mark.parametrize("written, label", [
    ("Софии", "София"), ("Праге", "Прага"), ("Париже", "Париж"), ("Дубае", "Дубай"), ("Любляне", "Любляна"),
    ("Брюсселе", "Брюссель"), ("Казани", "Казань"),
])
def test_a_city_written_in_a_case_is_labelled_by_its_nominative_not_an_alternate_name(build_text, written, label):
    # the reference data lists other languages' spellings too (Софи, Праг, Парижь): a case form stands for
    # the nominative its ending replaces
    text = f"Президент Египта Али Тарек провел переговоры с президентом Ганы Джоном Махамой в {written}."
    got = rows(build_text(text, language="ru", date="2025-03-05"), CITY_LABELS)
    assert got == [(label,)], got


LEADERS = """SELECT ?name ?iso ?role WHERE { ?p dip:leaderOf/dip:isoCode ?iso ; rdfs:label ?name ; dip:role ?role }"""


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Prime Minister Ivan Petrov of Bulgaria arrived in Egypt on an official visit. He will meet President "
           "of Egypt Ali Tarek and the Speaker of Parliament Hassan Omar.", "Hassan Omar"),
    ("en", "Prime Minister Ivan Petrov of Bulgaria arrived in Egypt. He met Egyptian Parliament Speaker "
           "Hassan Omar.", "Hassan Omar"),
    ("en", "Prime Minister Ivan Petrov of Bulgaria arrived in Egypt. He met the Speaker of the Egyptian "
           "Parliament Hassan Omar.", "Hassan Omar"),
    ("bg", "Премиерът Иван Петров пристигна на официално посещение в Египет. Предвидени са срещи с президента "
           "на Египет Али Тарек и с председателя на парламента Хасан Омар.", "Хасан Омар"),
    ("bg", "Премиерът Иван Петров пристигна в Египет. Той се срещна със спикера на египетския парламент "
           "Хасан Омар.", "Хасан Омар"),
    ("ru", "Премьер-министр Болгарии Иван Петров прибыл в Египет. Он встретился с президентом Египта Али "
           "Тареком и со спикером парламента Хасаном Омаром.", "Хасан Омар"),
])
def test_a_speaker_of_parliament_met_on_a_visit_is_of_the_state_visited(build_text, lang, text, speaker):
    got = rows(build_text(text, language=lang, date="2025-03-05"), LEADERS)
    assert (speaker, "EG", "Speaker") in got, got


def test_a_minister_beside_a_foreign_president_in_the_subject_is_not_given_his_state(build_text):
    # "A of Kenya and Foreign Minister B held talks": B may be the host's; nothing here says B is Kenyan
    text = ("Kenyan President William Ruto arrived in Pretoria. Kenyan President William Ruto and Foreign "
            "Minister Naledi Mbeki held talks in Pretoria.")
    got = rows(build_text(text, language="en", date="2025-03-05"), LEADERS)
    assert not [r for r in got if r[0] == "Naledi Mbeki" and r[1] == "KE"], got


def test_a_visit_is_dated_by_an_arrival_told_late_but_not_by_a_later_day_within_it(build_text):
    text = ("Египет и Гана расширят сотрудничество\n\n"
            "Товарооборот между Египтом и Ганой за пять лет вырос вдвое. Об этом заявил сегодня президент Египта "
            "Али Тарек по итогам переговоров с президентом Ганы Джоном Махамой. Стороны договорились расширять "
            "торговлю. Египетский лидер прибыл в Аккру 3 марта с государственным визитом. На второй день "
            "визита Тарек посетит праздник урожая – 7 марта в Кумаси.")
    g = build_text(text, language="ru", date="2025-03-04")
    assert {d for _, d in rows(g, VISITS)} == {"2025-03-03"}, rows(g, VISITS)
    assert rows(g, MEETING_DATES) == [("2025-03-04",)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Председатель КНР Си Цзиньпин прибыл в Астану с государственным визитом."),
    ("bg", "Председателят на Китай Си Цзинпин пристигна в Астана на държавно посещение."),
])
def test_the_chinese_head_of_state_titled_chairman_is_the_president(build_text, lang, text):
    got = rows(build_text(text, language=lang, date="2024-07-02"), LEADERS)
    assert [(r[1], r[2]) for r in got] == [("CN", "President")], got


PEOPLE = """SELECT DISTINCT ?name WHERE { ?p a ?k ; rdfs:label ?name . VALUES ?k { dip:Person dip:Leader } }"""


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Председатель ПК ВСНП Чжао Лэцзи прибыл в Ханой.", "Чжао Лэцзи"),
    ("ru", "Генсек ООН Антониу Гутерриш заявил о поддержке переговоров в Ханое.", "Антониу Гутерриш"),
    ("bg", "Генералният секретар на ООН Антониу Гутериш пристигна в Ханой.", "Антониу Гутериш"),
])
def test_a_cyrillic_abbreviation_before_a_name_is_no_part_of_it(build_text, lang, text, name):
    got = rows(build_text(text, language=lang, date="2025-03-05"), PEOPLE)
    assert got == [(name,)], got


MEETING_PLACES = """SELECT ?m ?city WHERE { ?m a dip:Meeting . OPTIONAL { ?m dip:location/rdfs:label ?city } }"""


@pytest.mark.parametrize("lang, text", [
    ("ru", "Министр экономики Египта Али Тарек обсудил торговые отношения с послом Ганы Джоном Мэнсой.\n\n"
           "Посол предложил провести заседание межправительственной комиссии в Аккре в ноябре."),
    ("en", "Egyptian Economy Minister Ali Tarek discussed trade with Ghanaian Ambassador John Mensah.\n\n"
           "The ambassador proposed to hold the session of the intergovernmental commission in Accra in November."),
    ("bg", "Министърът на икономиката на Египет Али Тарек обсъди търговията с посланика на Гана Джон Менса.\n\n"
           "Посланикът предложи заседанието на междуправителствената комисия да се проведе в Акра през ноември."),
])
def test_the_place_proposed_for_a_meeting_to_come_is_not_the_place_of_the_talks_told(build_text, lang, text):
    got = rows(build_text(text, language=lang, date="2025-03-05"), MEETING_PLACES)
    assert len(got) == 1 and got[0][1] is None, got


AWARDS = """SELECT ?name WHERE { ?c dip:award/rdfs:label ?name }"""


@pytest.mark.parametrize("named, want", [
    ('the "Grand Order of the Chain of the Green Palm"', "Grand Order of the Chain of the Green Palm"),
    ("the ‘Order of the Blue Lake’", "Order of the Blue Lake"),
])
def test_a_decoration_named_whole_in_quotes_is_one_award(build_text, named, want):
    text = (f"President Ali Tarek of Egypt conferred {named}, the highest national award, on President John "
            f"Mahama of Ghana in Cairo.")
    got = rows(build_text(text, language="en", date="2025-03-05"), AWARDS)
    assert got == [(want,)], got


@pytest.mark.parametrize("sentence", [
    "They signed memoranda of understanding.",
    "Both leaders signed important memorandums of understanding (MoU) during their bilateral discussions.",
])
def test_memoranda_of_understanding_in_the_plural_with_nothing_more_name_no_document(build_text, sentence):
    text = f"President Ali Tarek of Egypt held talks with President John Mahama of Ghana in Accra. {sentence}"
    assert rows(build_text(text, language="en", date="2025-03-05"), AGREEMENTS) == []


ORGS = """SELECT ?name WHERE { ?o a dip:Organization ; rdfs:label ?name }"""
PARTIES = """SELECT ?iso WHERE { ?a a dip:Agreement ; dip:party/dip:isoCode ?iso }"""


@pytest.mark.parametrize("lang, text", [
    ("bg", "Президентът на Египет Али Тарек проведе разговори с президента на Гана Джон Махама в Акра. "
           "Правителствата на Египет и Гана подписаха Споразумение за отмяна на визите."),
    ("ru", "Президент Египта Али Тарек провел переговоры с президентом Ганы Джоном Махамой в Аккре. "
           "Правительства Египта и Ганы подписали Соглашение об отмене виз."),
])
def test_the_governments_of_two_states_are_both_parties_not_a_body_of_the_first(build_text, lang, text):
    g = build_text(text, language=lang, date="2025-03-05")
    assert rows(g, ORGS) == [], rows(g, ORGS)
    assert {iso for (iso,) in rows(g, PARTIES)} == {"EG", "GH"}, rows(g, PARTIES)


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Prime Minister Ivan Petrov of Bulgaria arrived in Egypt. He met the Egyptian Foreign Minister, "
           "Hassan Omar.", ("Hassan Omar", "EG", "Minister of Foreign Affairs")),
    ("ru", "Премьер-министр Болгарии Иван Петров прибыл в Египет. Он встретился с египетским министром "
           "иностранных дел, Хасаном Омаром.", ("Хасан Омар", "EG", "Minister of Foreign Affairs")),
])
def test_a_name_in_apposition_after_a_title_with_a_state_adjective_holds_it(build_text, lang, text, want):
    assert want in rows(build_text(text, language=lang, date="2025-03-05"), LEADERS)


def test_a_list_of_titles_after_a_comma_is_no_name(build_text):
    text = "Prime Minister Ivan Petrov of Bulgaria arrived in Egypt. He met the Egyptian President, Prime Minister and Speaker."
    got = rows(build_text(text, language="en", date="2025-03-05"), LEADERS)
    assert [r for r in got if r[1] == "EG"] == [], got
