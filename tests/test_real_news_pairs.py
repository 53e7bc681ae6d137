"""Phrasing families of real diplomatic news (after tests/test_real_news_receptions.py), each with
sentences written here: office holders named by surname or given name alone, two leaders joined by a talks
cue, visits under way, welcome ceremonies and courtesy calls, lists of documents, figures that changed,
relations over two sentences, states of several words, capitals named by the word, no place from a name."""
import pytest

from conftest import rows
from test_real_news_more import persons
from test_real_news_receptions import LEADER_LABELS, VISITS, offices


def sentences(text, lang="en"):
    """The sentences of ``text`` with their mentions, as kg.mentions reads them on 2025-05-05."""
    import datetime as dt

    from kg import reference
    from kg.mentions import analyse
    from kg.read import Article

    return analyse(Article("t", "t.txt", text, language=lang, date=dt.date(2025, 5, 5)), reference.load()).sentences


VISIT_DATES = """SELECT ?guest ?date WHERE { ?v a dip:Visit ; dip:guest/rdfs:label ?guest ; dip:date ?date }"""
MEETING_PEOPLE = """SELECT ?m ?name WHERE { ?m a dip:Meeting ; dip:participant/rdfs:label ?name }"""


# ------------------------------------------------------------------ a holder's surname alone
@pytest.mark.parametrize("lang, text, full, written", [
    ("bg", "Президентът на Словакия Петер Пелегрини е в България. По-рано Радев и Пелегрини посетиха Пловдив.",
     "Румен Радев", "Радев"),
    ("en", "Kenyan President William Ruto is in Pretoria. Earlier Ramaphosa and Ruto toured Soweto.",
     "Cyril Ramaphosa", "Ramaphosa"),
    ("ru", "Президент Кыргызстана Садыр Жапаров прибыл в Ташкент. Мирзиёев и Жапаров обсудили водные вопросы.",
     "Шавкат Мирзиёев", "Мирзиёев"),
])
def test_a_holder_named_by_surname_alone_gets_the_full_name_beside_the_written_one(build_text, lang, text, full,
                                                                                   written):
    names = {str(n) for (n,) in rows(build_text(text, language=lang), LEADER_LABELS)}
    assert {full, written} <= names, names


def test_a_surname_of_the_articles_own_person_is_not_renamed_from_the_table():
    # the text's own Радев is someone else than the holder: the name stays as the text gives it
    got = offices("Депутатът Иван Радев говори в парламента. Радев каза, че бюджетът е готов.", "bg")
    assert not [x for x in got if x[1] == "President"], got


# ------------------------------------------------------------------ two surnames joined by a talks cue
@pytest.mark.parametrize("lang, text, want", [
    ("ru", "Лукашенко начал переговоры с Пашиняном на полях саммита ЕАЭС.", {"Александр Лукашенко", "Никол Пашинян"}),
    ("en", "Ramaphosa held talks with Ruto on the sidelines of the African Union summit.",
     {"Cyril Ramaphosa", "William Ruto"}),
    ("bg", "Фицо разговаря с Орбан на полетата на срещата на върха.", {"Роберт Фицо", "Виктор Орбан"}),
])
def test_two_holders_joined_by_talks_with_are_both_leaders_of_their_states(build_text, lang, text, want):
    names = {str(n) for (n,) in rows(build_text(text, language=lang), LEADER_LABELS)}
    assert want <= names, names
    people = {str(n) for _, n in rows(build_text(text, language=lang), MEETING_PEOPLE)}
    assert want <= people, people


@pytest.mark.parametrize("lang, text, want", [
    ("ru", "Путин провел переговоры с президентом Монголии Ухнаагийн Хурэлсухом.", ("Владимир Путин", "President", "RU")),
    ("en", "Ruto met with the President of Ghana John Mahama.", ("William Ruto", "President", "KE")),
    ("en", "Modi held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo.",
     ("Narendra Modi", "Prime Minister", "IN")),
])
def test_a_holders_surname_joined_by_talks_with_to_a_titled_leader_is_a_leader(lang, text, want):
    assert want in offices(text, lang), offices(text, lang)


@pytest.mark.parametrize("text", [
    "Ruto wrote a letter to the President of Ghana John Mahama.",     # no talks
    "Ruto, the farmer, met with the President of Ghana John Mahama.",  # a clause between
])
def test_a_surname_not_joined_by_talks_to_a_titled_leader_is_no_leader(text):
    got = offices(text)
    assert not [x for x in got if x[2] == "KE"], got


@pytest.mark.parametrize("lang, text", [
    # a comma between: the second surname is in another clause
    ("en", "Ramaphosa held talks in Durban, with Ruto absent."),
    # no talks cue: "with" alone joins no leaders
    ("en", "Ramaphosa travelled with Ruto's letter."),
])
def test_no_pair_of_leaders_without_a_talks_cue_joining_them(lang, text):
    assert not any(n in ("William Ruto",) for n, _, _ in offices(text, lang)), offices(text, lang)


# ------------------------------------------------------------------ a visit under way on the day
@pytest.mark.parametrize("lang, text, guest", [
    ("bg", "Президентът на Република Полша г-н Анджей Дуда е на посещение в България.", "Анджей Дуда"),
    ("ru", "Президент Польши Анджей Дуда находится в Софии с официальным визитом.", "Анджей Дуда"),
    ("en", "Polish President Andrzej Duda, who is on a three-day state visit to Bulgaria, laid a wreath.",
     "Andrzej Duda"),
    ("en", "Polish President Andrzej Duda, who is currently visiting Bulgaria, laid a wreath.", "Andrzej Duda"),
])
def test_a_visit_told_as_under_way_has_the_date_of_the_report(build_text, lang, text, guest):
    got = {(str(g), str(d)) for g, d in rows(build_text(text, language=lang, date="2025-06-10"), VISIT_DATES)}
    assert (guest, "2025-06-10") in got, got


# ------------------------------------------------------------------ leaders called by the given name
@pytest.mark.parametrize("lang, text, want", [
    ("en", "After the talks, PM Anwar and President Prabowo witnessed the signing of five deals.",
     {("Anwar Ibrahim", "MY"), ("Prabowo Subianto", "ID")}),
    ("en", "Prime Minister Anutin arrived in Jakarta. Prabowo welcomed Anutin at the palace.",
     {("Anutin Charnvirakul", "TH"), ("Prabowo Subianto", "ID")}),
])
def test_a_leader_called_by_the_given_name_gets_the_full_name(build_text, lang, text, want):
    got = {(str(n), str(i)) for n, i in rows(build_text(text, language=lang),
                                             """SELECT ?n ?i WHERE { ?p dip:leaderOf/dip:isoCode ?i ; rdfs:label ?n }""")}
    assert want <= got, got


def test_a_given_name_said_again_is_the_same_person():
    got = offices("Following the talks, PM Anwar met the press. Anwar said the visit was a success.")
    assert got == [("Anwar Ibrahim", "Prime Minister", "MY"), ("Anwar", "Prime Minister", "MY")], got


def test_a_family_name_first_leader_named_so_keeps_the_written_name():
    # "President Xi": a family name, not a given one; it stays as written (and keyed so)
    assert ("Xi", "President", "CN") in offices("President Xi received the delegation in Beijing.")


# ------------------------------------------------------------------ a state ISO 3166 does not list
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Kosovo's president Vjosa Osmani met Albanian Prime Minister Edi Rama in Tirana.", ("Vjosa Osmani", "XK")),
    ("ru", "Президент Косово Вьоса Османи прибыла в Тирану.", ("Вьоса Османи", "XK")),
    ("bg", "Премиерът на Косово Албин Курти пристигна в Скопие.", ("Албин Курти", "XK")),
])
def test_kosovo_is_a_state_with_its_leaders(lang, text, want):
    assert want in persons(text, lang)


# ------------------------------------------------------------------ a welcome ceremony for the guest
MEETINGS_OF_TWO = """SELECT ?m (COUNT(?p) AS ?n) WHERE { ?m a dip:Meeting ; dip:participant ?p } GROUP BY ?m"""


@pytest.mark.parametrize("lang, text, guest, host", [
    ("en", "Thai Prime Minister Anutin Charnvirakul chaired an official welcome ceremony for Vietnamese Prime Minister Pham Minh Chinh. After the ceremony, the two government leaders held talks.",
     "Pham Minh Chinh", "TH"),
    ("en", "President Prabowo Subianto hosted a ceremony to welcome Philippine President Ferdinand Marcos Jr. at the palace.",
     "Ferdinand Marcos Jr", "ID"),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев провел церемонию официальной встречи Президента Туркменистана Сердара Бердымухамедова. Затем лидеры двух стран провели переговоры.",
     "Сердар Бердымухамедов", "UZ"),
    ("bg", "Президентът Румен Радев оглави официалната церемония по посрещане на президента на Хърватия Зоран Миланович. След церемонията двамата президенти проведоха разговори.",
     "Зоран Миланович", "BG"),
])
def test_a_welcome_ceremony_for_a_leader_is_a_visit_to_the_hosts_state(build_text, lang, text, guest, host):
    g = build_text(text, language=lang)
    assert (guest, host) in {(str(a), str(b)) for a, b in rows(g, VISITS)}, rows(g, VISITS)
    assert [int(n) for _, n in rows(g, MEETINGS_OF_TWO)] == [2]


def test_a_welcome_ceremony_for_no_guest_is_no_visit(build_text):
    text = "President Prabowo Subianto chaired a welcome ceremony for the new students of the academy."
    assert rows(build_text(text), VISITS) == []


# ------------------------------------------------------------------ lists of documents
SIGNED_DURING = """SELECT ?label ?e WHERE { ?a a dip:Agreement ; rdfs:label ?label . OPTIONAL { ?a dip:signedDuring ?e } }"""


def test_a_year_of_the_next_document_in_a_list_is_not_the_first_ones(build_text):
    text = ("Президент Туркменистана Сердар Бердымухамедов прибыл в Баку с официальным визитом. Всего подписано три документа: соглашение между правительствами двух стран о морском сообщении, программа сотрудничества на 2026-2028 годы между министерствами спорта, а также меморандум о взаимопонимании в области связи.")
    got = {str(label): e for label, e in rows(build_text(text, language="ru"), SIGNED_DURING)}
    assert len(got) == 3, got
    assert all(e is not None for e in got.values()), got


def test_a_document_signed_in_another_year_is_still_of_that_year(build_text):
    text = ("Президент Туркменистана Сердар Бердымухамедов прибыл в Баку с официальным визитом. Стороны отметили соглашение о морском сообщении, подписанное в 2019 году.")
    got = {str(label): e for label, e in rows(build_text(text, language="ru"), SIGNED_DURING)}
    assert all(e is None for e in got.values()), got


@pytest.mark.parametrize("lang, text, want", [
    ("ru", "После переговоров президенты подписали 2 документа.\n\n1. «Соглашение о сотрудничестве в сфере спорта между правительствами двух стран».\n\n2. «Меморандум о взаимопонимании в области туризма».",
     {"Соглашение о сотрудничестве в сфере спорта между правительствами двух стран",
      "Меморандум о взаимопонимании в области туризма"}),
    ("en", "After the talks, the presidents signed 2 documents.\n\n1. \u201cAgreement on Cooperation in Sport\u201d.\n\n2. \u201cMemorandum of Understanding on Tourism\u201d.",
     {"Agreement on Cooperation in Sport", "Memorandum of Understanding on Tourism"}),
])
def test_a_title_quoted_whole_is_labelled_without_its_quotes(build_text, lang, text, want):
    got = {str(label) for label, _ in rows(build_text(text, language=lang), SIGNED_DURING)}
    assert got == want, got


# ------------------------------------------------------------------ a figure that changed "from X to Y"
ALL_FIGURES = """SELECT ?metric ?amount ?year WHERE { ?f a dip:TradeFigure ; dip:metric ?metric ; dip:amount ?amount .
                                                   OPTIONAL { ?f dip:year ?year } }"""


def _figures(g):
    return {(str(m), round(float(a)), str(y) if y is not None else None) for m, a, y in rows(g, ALL_FIGURES)}


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Trade between Ghana and Togo grew from $0.8 billion in 2019 to $1.4 billion in 2024.",
     {("turnover", 800_000_000, "2019"), ("turnover", 1_400_000_000, "2024")}),
    ("bg", "Стокообменът между България и Албания нарасна от 0,3 млрд. евро през 2019 г. на 0,6 млрд. евро през 2024 г.",
     {("turnover", 300_000_000, "2019"), ("turnover", 600_000_000, "2024")}),
    ("ru", "Товарооборот между Россией и Лаосом вырос с 0,2 млрд долларов в 2019 году до 0,5 млрд долларов в 2024 году.",
     {("turnover", 200_000_000, "2019"), ("turnover", 500_000_000, "2024")}),
    # the earlier value without a year of its own is left out; the later is the figure
    ("ru", "За последние годы товарооборот между Болгарией и Литвой упал почти вдвое, с $4 млрд до $2 млрд.",
     {("turnover", 2_000_000_000, None)}),
    ("en", "Trade between Ghana and Togo rose from $0.8 billion to $1.4 billion in 2024.",
     {("turnover", 1_400_000_000, "2024")}),
])
def test_a_figure_that_changed_from_one_amount_to_another(build_text, lang, text, want):
    assert _figures(build_text(text, language=lang)) == want


def test_a_russian_tovaroobmen_that_exceeds_is_a_turnover(build_text):
    text = "На встрече отметили объем товарообмена между Болгарией и Арменией, который превышает 1 млрд евро."
    assert _figures(build_text(text, language="ru")) == {("turnover", 1_000_000_000, None)}


# ------------------------------------------------------------------ states of several words in their forms
@pytest.mark.parametrize("lang, name, iso", [
    ("ru", "Объединенных Арабских Эмиратов", "AE"),
    ("ru", "Объединённым Арабским Эмиратам", "AE"),
    ("ru", "Соединенных Штатов", "US"),
    ("ru", "Соединенных Штатов Америки", "US"),
    ("ru", "Южно-Африканской Республики", "ZA"),
    ("ru", "Южного Судана", "SS"),
    ("ru", "Восточного Тимора", "TL"),
    ("bg", "Обединените арабски емирства", "AE"),
    ("bg", "Централноафриканската република", "CF"),
    ("bg", "Федерална република Германия", "DE"),
    ("bg", "Съединените американски щати", "US"),
])
def test_a_state_of_several_words_is_found_in_its_case_or_definite_form(lang, name, iso):
    verb = "прибыла в Париж" if lang == "ru" else "пристигна в Париж"
    sents = sentences(f"Делегация {'на ' if lang == 'bg' else ''}{name} {verb}.", lang)
    assert [(r.text, r.iso) for s in sents for r in s.states] == [(name, iso)]


@pytest.mark.parametrize("text, city", [
    ("Переговоры прошли в Нижнем Новгороде во вторник.", "Нижнем Новгороде"),
    ("Делегация прибыла из Нижнего Новгорода в Казань.", "Нижнего Новгорода"),
    ("Делегация прибыла в Нижний Новгород.", "Нижний Новгород"),
])
def test_a_city_whose_first_word_is_an_adjective_is_found_in_its_cases(gaz, text, city):
    sents = sentences(text, "ru")
    found = [c for s in sents for c in s.cities]
    assert found and found[0].text == city, [(c.text, c.country) for c in found]
    assert gaz.city(found[0].gid)["name"].startswith("Nizhn"), gaz.city(found[0].gid)


# ------------------------------------------------------------------ an award told as a ceremony of awarding
def test_the_ceremony_of_awarding_a_titled_leader_is_a_conferral_on_him(build_text):
    text = ('After the talks, the ceremony of awarding the President of the Kyrgyz Republic, Sadyr Japarov, with the highest award of Tajikistan - the Order of "Ismoili Somoni" was held in Dushanbe.')
    got = rows(build_text(text), """SELECT ?who ?award WHERE { ?c a dip:AwardConferral ; dip:recipient/rdfs:label ?who ;
                                                             dip:award/rdfs:label ?award }""")
    assert [(str(w), str(a)) for w, a in got] == [("Sadyr Japarov", "Order of Ismoili Somoni")], got


# ------------------------------------------------------------------ a counterpart's office
@pytest.mark.parametrize("lang, text, want", [
    # the one before is known only from the holders' table, found after the titles
    ("ru", "Токаев провел переговоры со своим узбекским коллегой Шавкатом Мирзиёевым.",
     ("Шавкат Мирзиёев", "President", "UZ")),
    ("en", "Tokayev held talks with his Uzbek counterpart Shavkat Mirziyoyev.", ("Shavkat Mirziyoyev", "President", "UZ")),
    # no one before: the counterpart's own office, from the table
    ("en", "He held talks with his Uzbek counterpart Shavkat Mirziyoyev.", ("Shavkat Mirziyoyev", "President", "UZ")),
    ("bg", "Той разговаря с узбекистанския си колега Шавкат Мирзиёев.", ("Шавкат Мирзиёев", "President", "UZ")),
])
def test_a_counterpart_gets_an_office(lang, text, want):
    assert want in offices(text, lang), offices(text, lang)


def test_a_bare_minister_title_gives_way_to_the_full_office_another_mention_names(build_text):
    text = ("Министър Ивана Петрова проведе разговори в Тирана\n\nМинистърът на външните работи Ивана Петрова е на работно посещение в Албания. Днес тя се срещна с Петрова и с албанския си колега Игли Хасани.")
    got = rows(build_text(text, language="bg"), """SELECT ?r WHERE { ?p rdfs:label "Ивана Петрова"@bg ; dip:role ?r }""")
    assert [str(r) for (r,) in got] == ["Minister of Foreign Affairs"], got


# ------------------------------------------------------------------ one sentence, two meetings
MEETING_SETS = """SELECT ?m ?name WHERE { ?m a dip:Meeting ; dip:participant/rdfs:label ?name }"""


def _meetings(g):
    out: dict = {}
    for m, name in rows(g, MEETING_SETS):
        out.setdefault(str(m), set()).add(str(name))
    return sorted(sorted(v) for v in out.values())


@pytest.mark.parametrize("text, want", [
    ("Nigerian Foreign Minister Yusuf Tuggar arrived in Accra on Monday. He paid a courtesy call on President John Mahama and held talks with Foreign Minister Samuel Okudzeto Ablakwa.",
     [["John Mahama", "Yusuf Tuggar"], ["Samuel Okudzeto Ablakwa", "Yusuf Tuggar"]]),
    ("Uzbek Foreign Minister Bakhtiyor Saidov arrived in Islamabad on Monday. He called on Prime Minister Shehbaz Sharif and later met Deputy Prime Minister Ishaq Dar.",
     [["Bakhtiyor Saidov", "Ishaq Dar"], ["Bakhtiyor Saidov", "Shehbaz Sharif"]]),
    # two hosts of one meeting: one clause, no cue between them
    ("Uzbek Foreign Minister Bakhtiyor Saidov arrived in Islamabad on Monday. He met Prime Minister Shehbaz Sharif and Deputy Prime Minister Ishaq Dar.",
     [["Bakhtiyor Saidov", "Ishaq Dar", "Shehbaz Sharif"]]),
])
def test_each_clause_with_its_own_talks_cue_is_a_meeting_of_its_own(build_text, text, want):
    assert _meetings(build_text(text)) == want


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Kenyan Foreign Minister Musalia Mudavadi arrived in Accra on Monday. He paid a courtesy call on President John Mahama at the Jubilee House.",
     [["John Mahama", "Musalia Mudavadi"]]),
    ("ru", "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Ашхабад. Он нанес визит вежливости Президенту Туркменистана Сердару Бердымухамедову.",
     [["Бахтиёр Саидов", "Сердар Бердымухамедов"]]),
    ("bg", "Министърът на външните работи на Сърбия Марко Джурич пристигна в София. Той направи посещение на учтивост на президента Румен Радев.",
     [["Марко Джурич", "Румен Радев"]]),
])
def test_a_courtesy_call_is_a_meeting(build_text, lang, text, want):
    assert _meetings(build_text(text, language=lang)) == want


def test_an_official_a_visitor_holds_talks_with_is_of_the_state_he_arrived_in():
    got = offices("Nigerian Foreign Minister Yusuf Tuggar arrived in Lome on Monday. He held talks with Foreign Minister Robert Dussey.")
    assert ("Robert Dussey", "Minister of Foreign Affairs", "TG") in got, got


# ------------------------------------------------------------------ relations told over two sentences
RELATIONS_YEARS = """SELECT ?a ?b ?y WHERE { ?r a dip:DiplomaticRelations ; dip:between ?x, ?z ; dip:year ?y .
                     ?x dip:isoCode ?a . ?z dip:isoCode ?b FILTER (?a < ?b) }"""


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух прибыл в Ханой. Дипломатические отношения между Монголией и Вьетнамом установлены давно. Это произошло 17 ноября 1954 года."),
    ("en", "President of Mongolia Ukhnaagiin Khurelsukh arrived in Hanoi on an official visit. Diplomatic relations were established in 1954."),
    ("bg", "Президентът на Монголия Ухнаагийн Хурелсух пристигна в Ханой. Дипломатическите отношения между двете страни са установени на 17 ноември 1954 г."),
])
def test_relations_told_with_the_year_in_the_next_sentence_or_no_state_named(build_text, lang, text):
    got = [(str(a), str(b), str(y)[:4]) for a, b, y in rows(build_text(text, language=lang), RELATIONS_YEARS)]
    assert got == [("MN", "VN", "1954")], got


@pytest.mark.parametrize("lang, text", [
    # the next sentence's year is another matter's
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух прибыл в Ханой. Дипломатические отношения между Монголией и Вьетнамом установлены давно. Товарооборот вырос в 2024 году."),
    # one state only: no pair to establish relations between
    ("en", "Diplomatic relations were established in 1954. The ministry said so on Monday."),
])
def test_no_relations_year_from_another_matter_nor_a_pair_from_one_state(build_text, lang, text):
    assert rows(build_text(text, language=lang), RELATIONS_YEARS) == []


# ------------------------------------------------------------------ a list that repeats its preposition
@pytest.mark.parametrize("lang, text, want", [
    ("en", "The leaders witnessed the signing of agreements on visa exemption, on cultural cooperation and on mutual legal assistance in criminal matters.",
     ["agreement on visa exemption", "agreement on cultural cooperation",
      "agreement on mutual legal assistance in criminal matters"]),
    ("ru", "Лидеры подписали соглашения о безвизовом режиме, о культурном сотрудничестве и о взаимной правовой помощи по уголовным делам.",
     ["соглашение о безвизовом режиме", "соглашение о культурном сотрудничестве",
      "соглашение о взаимной правовой помощи по уголовным делам"]),
    ("bg", "Лидерите подписаха споразумения за безвизов режим, за културно сътрудничество и за правна помощ по наказателни дела.",
     ["споразумение за безвизов режим", "споразумение за културно сътрудничество",
      "споразумение за правна помощ по наказателни дела"]),
])
def test_a_plural_document_noun_with_its_preposition_repeated_is_one_document_per_field(lang, text, want):
    from kg.facts.document_titles import titles

    sents = sentences(text, lang)
    assert [t for t, _, _ in titles(sents[0])] == want


def test_the_two_countries_of_a_visit_are_the_guests_and_the_city_s(build_text):
    text = "President of Ghana John Mahama arrived in Abuja. Earlier, in 2023, the two countries signed a free trade agreement."
    got = rows(build_text(text), """SELECT ?i WHERE { ?a a dip:Agreement ; dip:party/dip:isoCode ?i }""")
    assert sorted(str(i) for (i,) in got) == ["GH", "NG"], got


# ------------------------------------------------------------------ "the Bulgarian capital"
@pytest.mark.parametrize("lang, text, guest, city", [
    ("en", "Armenian President Vahagn Khachaturyan arrived in the Bulgarian capital on a state visit.",
     "Vahagn Khachaturyan", "Sofia"),
    ("ru", "Президент Армении Ваагн Хачатурян прибыл в болгарскую столицу с государственным визитом.",
     "Ваагн Хачатурян", "Sofia"),
    ("bg", "Арменският президент Ваагн Хачатурян пристигна в столицата на Гърция на държавно посещение.",
     "Ваагн Хачатурян", "Athens"),
    ("ru", "Президент Армении Ваагн Хачатурян провел переговоры в столице Ганы.", "Ваагн Хачатурян", "Accra"),
])
def test_a_states_capital_named_by_the_word_capital_is_that_city(build_text, lang, text, guest, city):
    g = build_text(text, language=lang)
    got = rows(g, """SELECT ?city WHERE { ?v a dip:Visit ; dip:location/rdfs:label ?city FILTER (lang(?city) = "en") }""")
    assert [str(c) for (c,) in got] == [city], got


def test_a_capital_the_text_names_next_is_not_found_twice():
    sents = sentences("He arrived in the Bulgarian capital, Sofia.", "en")
    assert [c.text for s in sents for c in s.cities] == ["Sofia"]


# ------------------------------------------------------------------ honorifics, passives, "the visiting"
def test_his_excellency_abbreviated_does_not_end_the_sentence():
    text = "H.E. Mohamed Muizzu, President of Maldives, has arrived in Colombo for an official visit."
    sents = sentences(text, "en")
    assert len(sents) == 1
    assert [(p.name, p.iso) for p in sents[0].persons] == [("Mohamed Muizzu", "MV")]


def test_a_guest_named_by_a_title_alone_before_a_passive_reception_is_the_guest(build_text):
    text = ("Maldivian President Mohamed Muizzu has arrived in Sri Lanka for a two-day official visit. The President of Maldives was received by Prime Minister of Sri Lanka Harini Amarasuriya.")
    got = {(str(g), str(h)) for g, h in rows(build_text(text), VISITS)}
    assert got == {("Mohamed Muizzu", "LK")}, got


@pytest.mark.parametrize("lang, text, guest, host", [
    ("en", "An official discussion between the visiting Nepali Prime Minister K. P. Sharma Oli and President Anura Kumara Dissanayake was held at the Presidential Secretariat.",
     "K. P. Sharma Oli", "LK"),
    ("bg", "Разговорите между гостуващия премиер на Хърватия Андрей Пленкович и президента Румен Радев продължиха два часа.",
     "Андрей Пленкович", "BG"),
])
def test_talks_with_the_visiting_leader_are_his_visit_to_the_hosts_state(build_text, lang, text, guest, host):
    got = {(str(g), str(h)) for g, h in rows(build_text(text, language=lang), VISITS)}
    assert (guest, host) in got, got


@pytest.mark.parametrize("lang, text, year", [
    ("ru", "По итогам января–августа 2025 года взаимный товарооборот Узбекистана и Кыргызстана составил 1,4 млрд долларов.", "2025"),
    ("bg", "За периода януари–юни 2025 г. стокообменът между България и Гърция възлиза на 2,1 млрд. евро.", "2025"),
])
def test_a_figure_of_a_span_of_months_written_with_a_dash_has_its_year(build_text, lang, text, year):
    got = _figures(build_text(text, language=lang))
    assert [y for _, _, y in got] == [year], got


@pytest.mark.parametrize("lang, text", [
    ("en", "President of Ghana John Mahama said he would meet President of Togo Faure Gnassingbe in Lome next week."),
    ("en", "President of Ghana John Mahama said on Monday that the regional summit, which opens next month, will be held in Lome."),
])
def test_what_a_leader_said_of_a_place_to_come_is_no_visit_there(build_text, lang, text):
    assert rows(build_text(text, language=lang), VISITS) == []


# ------------------------------------------------------------------ no place from a name
@pytest.mark.parametrize("lang, text, cities", [
    # a town's name as the given name of a two-word name, nothing placed in it
    ("ru", "Министр иностранных дел Вьетнама Ле Хоай Чунг встретился с Ван Ином.", []),
    # an ordinary English word that is also a town's name
    ("en", "The Kazakh Foreign Minister held talks with Federal Foreign Minister of Germany Johann Wadephul.", []),
    # a place before a full name of its mayor stays a place
    ("bg", "Кметът на Пловдив Костадин Димитров и кметът на Бургас Димитър Николов подписаха меморандум.",
     ["Пловдив", "Бургас"]),
    # a place something is placed in stays a place, whatever follows
    ("ru", "Переговоры прошли в Ване Турции.", ["Ване"]),
])
def test_no_place_from_a_persons_name(lang, text, cities):
    sents = sentences(text, lang)
    assert [c.text for s in sents for c in s.cities] == cities


# ------------------------------------------------------------------ a Russian case of an indeclinable surname
@pytest.mark.parametrize("text, want", [
    ("Президент Франции вручил орден президенту Молдовы Майе Санду.", ("Майя Санду", "President", "MD")),
    ("Переговоры с президентом Молдовы Майей Санду прошли в Кишиневе.", ("Майя Санду", "President", "MD")),
    # a nominative spelt otherwise than the table's stays as written
    ("Президент Франции Эмманюэль Макрон прибыл в Кишинев.", ("Эмманюэль Макрон", "President", "FR")),
])
def test_a_holders_indeclinable_surname_in_a_case_keeps_its_ending(text, want):
    assert want in offices(text, "ru"), offices(text, "ru")


@pytest.mark.parametrize("lang, text, label", [
    ("en", "President of Ghana John Mahama arrived in Lome. The leaders sealed an Agreement on Visa Waiver for Diplomatic Passports.",
     "Agreement on Visa Waiver for Diplomatic Passports"),
    ("ru", "Президент Ганы Джон Махама прибыл в Ломе. Лидеры скрепили подписями Соглашение о безвизовом режиме.",
     "Соглашение о безвизовом режиме"),
])
def test_a_document_sealed_is_signed(build_text, lang, text, label):
    got = [str(x) for x, _ in rows(build_text(text, language=lang), SIGNED_DURING)]
    assert got == [label], got


@pytest.mark.parametrize("lang, text, guest, host", [
    ("ru", "Рахмон и Жапаров обсудили водную повестку\n\nПрезиденты Таджикистана и Кыргызстана провели переговоры в Бишкеке.",
     "Эмомали Рахмон", "KG"),
    ("en", "Ruto and Museveni discuss the oil pipeline\n\nThe presidents of Kenya and Uganda held talks in Kampala on Monday.",
     "William Ruto", "UG"),
])
def test_talks_of_two_states_presidents_in_one_states_city_are_the_others_visit(build_text, lang, text, guest, host):
    got = {(str(g), str(h)) for g, h in rows(build_text(text, language=lang), VISITS)}
    assert (guest, host) in got, got
