"""Phrasing families of real diplomatic news, continued from tests/test_real_news_invitations.py, each with
sentences written here: bodies and their states, figures of no year or direction, visits and talks of
other years and places, documents' parties and companies' contracts, leaders as the Gulf press and
agencies name them."""
import pytest

from conftest import rows
from test_real_news_invitations import LEADERS, VISITS
from test_real_news_receptions import offices

ORGS = """SELECT ?name WHERE { ?o a dip:Organization ; rdfs:label ?name }"""


@pytest.mark.parametrize("text", [
    "После совместного заседания в Ереване правительств Армении и Грузии подписаны два соглашения.",
    "Накануне в Минске правительства Беларуси и Казахстана обсудили торговлю.",
])
def test_a_city_before_a_body_word_is_no_part_of_a_body(build_text, text):
    assert not any(n.startswith(("Ереван", "Минск")) for (n,) in rows(build_text(text, language="ru"), ORGS))


TRADE = """SELECT ?metric ?amount ?year ?from ?to WHERE { ?f a dip:TradeFigure ; dip:metric ?metric ; dip:amount ?amount .
           OPTIONAL { ?f dip:year ?year } OPTIONAL { ?f dip:fromState/dip:isoCode ?from } OPTIONAL { ?f dip:toState/dip:isoCode ?to } }"""


def _trade(graph):
    return {(m, str(int(float(a))), y, f, t) for m, a, y, f, t in rows(graph, TRADE)}


def test_a_figure_of_a_period_of_its_own_takes_no_year_of_another(build_text):
    text = ("Trade between Kenya and Ghana rose to 2.4 billion dollars in 2024. "
            "In the last fiscal year, Kenya received over 300 million dollars in investments from Ghana.")
    assert ("investment", "300000000", None, "GH", "KE") in _trade(build_text(text, language="en"))


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Trade between Kenya and Ghana reached 2.4 billion dollars in 2024. Two-way investment has reached 700 million dollars in 2023.",
     ("investment", "700000000", "2023", None, None)),
    ("ru", "Товарооборот между Кенией и Ганой в 2024 году составил 2,4 млрд долларов. Взаимные инвестиции в 2023 году достигли 700 млн долларов.",
     ("investment", "700000000", "2023", None, None)),
    ("bg", "Стокообменът между Кения и Гана през 2024 г. възлезе на 2,4 млрд. долара. Взаимните инвестиции през 2023 г. достигнаха 700 млн. долара.",
     ("investment", "700000000", "2023", None, None)),
])
def test_both_sides_investment_is_a_figure_of_no_direction(build_text, lang, text, want):
    assert want in _trade(build_text(text, language=lang))


def test_companies_that_have_invested_give_a_running_total(build_text):
    text = "Trade between Kenya and Ghana reached 2.4 billion dollars in 2024. Over 50 Kenyan companies have invested 900 million dollars in Ghana."
    assert ("investment", "900000000", None, "KE", "GH") in _trade(build_text(text, language="en"))


def test_a_visit_of_years_before_is_the_background(build_text):
    text = ("Kenyan President William Ruto is in Ghana for a state visit. "
            "President John Mahama of Ghana visited Kenya in 2009 and 2016.")
    got = set(rows(build_text(text, language="en", date="2025-05-20"), VISITS))
    assert ("William Ruto", "GH") in got and not any(h == "KE" for _, h in got), got


# ------------------------------------------------------------------ a compound's first part names a state
BODIES = """SELECT ?name ?iso WHERE { ?o a dip:Organization ; rdfs:label ?name . OPTIONAL { ?o dip:inState/dip:isoCode ?iso } }"""
MEETING_STATES = """SELECT DISTINCT ?iso WHERE { ?m a dip:Meeting ; dip:participant ?x . ?x dip:isoCode ?iso }"""


@pytest.mark.parametrize("lang, text, want", [
    ("en", "The Sino-Mongolian Intergovernmental Commission met in Ulaanbaatar on Monday.", {"CN", "MN"}),
    ("ru", "В Улан-Баторе прошло заседание Болгаро-монгольской межправительственной комиссии.", {"BG", "MN"}),
    ("bg", "В София се проведе заседание на Българо-монголската междуправителствена комисия.", {"BG", "MN"}),
    ("ru", "В Тбилиси прошло заседание Армяно-грузинской межправительственной комиссии.", {"AM", "GE"}),
])
def test_a_bilateral_body_named_with_a_compounds_first_part_is_of_both_states(build_text, lang, text, want):
    assert {iso for (iso,) in rows(build_text(text, language=lang), MEETING_STATES)} == want


def test_a_compounds_first_part_alone_names_no_state(build_text):
    text = "General Franco ruled for decades, said President Emmanuel Macron in Paris. Sino is a prefix."
    got = {iso for _, _, iso in rows(build_text(text, language="en"), LEADERS)}
    assert got == {"FR"}, got


@pytest.mark.parametrize("lang, text, date, want", [
    ("ru", "Георгий Маргвелашвили прибыл в Минск. Маргвелашвили и Лукашенко провели переговоры.", "2017-03-02",
     ("Георгий Маргвелашвили", "GE")),
    ("en", "Karen Karapetyan held talks with Andrei Kobyakov in Minsk.", "2017-05-10", ("Karen Karapetyan", "AM")),
    ("bg", "Мамука Бахтадзе пристигна в София.", "2019-02-01", ("Мамука Бахтадзе", "GE")),
])
def test_office_holders_of_earlier_years_are_known_untitled(build_text, lang, text, date, want):
    assert want in {(n, iso) for _, n, iso in rows(build_text(text, language=lang, date=date), LEADERS)}


def test_a_capitalised_first_word_is_no_part_of_a_bodys_name(build_text):
    text = "Заседание комиссии проводится под председательствованием Президента Украины Владимира Зеленского."
    assert not any(n.startswith("Заседание") for (n,) in rows(build_text(text, language="ru"), ORGS))


MEETING_DATES = """SELECT ?date WHERE { ?m a dip:Meeting ; dip:date ?date }"""


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух и Президент Казахстана Касым-Жомарт Токаев продолжили общение за обедом. "
           "Ухнаагийн Хурэлсух прибыл в Астану с официальным визитом 12 мая. 13 мая лидеры двух стран провели переговоры в узком составе."),
    ("bg", "Президентът на Монголия Ухнаагийн Хурелсух и президентът Румен Радев продължиха разговора на обяд. "
           "Ухнаагийн Хурелсух пристигна в София на официално посещение на 12 май. 13 май лидерите на двете страни проведоха разговори."),
    ("en", "Mongolian President Ukhnaagiin Khurelsukh and President Kassym-Jomart Tokayev continued their talks over lunch. "
           "Khurelsukh arrived in Astana on an official visit on 12 May. On 13 May the two leaders held talks in a narrow format."),
])
def test_talks_are_dated_by_their_own_sentence_not_the_arrival(build_text, lang, text):
    assert {d for (d,) in rows(build_text(text, language=lang, date="2025-05-13"), MEETING_DATES)} == {"2025-05-13"}


def test_a_full_stop_before_a_date_ends_a_sentence_but_not_a_datelines():
    from kg.read.text import sentences

    got = [s.text for s in sentences("Москва. 12 ноября. Делегация прибыла в Минск 23 мая. 24 мая начались переговоры.")]
    assert got == ["Москва. 12 ноября.", "Делегация прибыла в Минск 23 мая.", "24 мая начались переговоры."]


@pytest.mark.parametrize("text, met", [
    ("Egyptian President Abdel Fattah al-Sisi spoke with Kenyan President William Ruto in Cairo on Monday.", True),
    ("Egyptian President Abdel Fattah al-Sisi spoke with Kenyan President William Ruto on Monday.", False),   # (a call, as often)
    ("Egyptian President Abdel Fattah al-Sisi spoke with Kenyan President William Ruto by phone while in Cairo.", False),
])
def test_leaders_who_spoke_with_each_other_in_a_place_met(build_text, text, met):
    assert bool(rows(build_text(text, language="en"), MEETING_DATES)) is met


@pytest.mark.parametrize("lang, text", [
    ("en", "Uzbek President Shavkat Mirziyoyev received Indian Prime Minister Narendra Modi's special envoy in Tashkent."),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев принял специального посланника Премьер-министра Индии Нарендры Моди."),
    ("bg", "Президентът на Узбекистан Шавкат Мирзийоев прие специалния пратеник на премиера на Индия Нарендра Моди."),
])
def test_a_leaders_envoy_received_is_no_visit_of_the_leader(build_text, lang, text):
    g = build_text(text, language=lang, date="2025-05-20")
    assert rows(g, VISITS) == [] and rows(g, MEETING_DATES) == []


DOCS = """SELECT ?label ?type (GROUP_CONCAT(DISTINCT ?iso; separator=" ") AS ?parties) WHERE {
    ?d a dip:Agreement ; rdfs:label ?label ; dip:documentType ?type .
    OPTIONAL { ?d dip:party/dip:isoCode ?code } BIND(COALESCE(?code, "") AS ?iso) } GROUP BY ?d ?label ?type"""


@pytest.mark.parametrize("lang, text", [
    ("en", "The sides signed an agreement on air services, a memorandum of understanding on fisheries and a programme of youth exchanges between Namibia and Angola."),
    ("ru", "Подписаны Соглашение о воздушном сообщении, Меморандум о сотрудничестве в области рыболовства и Программа молодежных обменов между Намибией и Анголой."),
    ("bg", "Бяха подписани споразумение за въздушно съобщение, меморандум за сътрудничество в рибарството и програма за младежки обмен между Намибия и Ангола."),
])
def test_documents_listed_before_between_a_and_b_are_all_theirs(build_text, lang, text):
    got = rows(build_text(text, language=lang), DOCS)
    assert len(got) == 3 and all(sorted(p.split()) == ["AO", "NA"] for _, _, p in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "Air Namibia Airways and Angola's TAAG Airlines signed a codeshare agreement in Windhoek."),
    ("ru", "Авиакомпании двух стран подписали кодшеринговое соглашение в Виндхуке, сообщил Президент Намибии Нанголо Мбумба."),
])
def test_an_airlines_codeshare_is_a_contract_not_a_treaty(build_text, lang, text):
    got = rows(build_text(text, language=lang, date="2024-05-20"), DOCS)
    assert got and all(t == "contract" for _, t, _ in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "President William Ruto recalled that he had met President Rumen Radev in Nairobi in 2019."),
    ("bg", "Президентът Румен Радев припомни, че се е срещал с президента на Кения Уилям Руто в Найроби през 2019 г."),
    ("ru", "Президент Болгарии Румен Радев напомнил, что встречался с Президентом Кении Уильямом Руто в Найроби в 2019 году."),
])
def test_talks_in_a_year_before_make_no_visit(build_text, lang, text):
    assert rows(build_text(text, language=lang, date="2025-03-10"), VISITS) == []


@pytest.mark.parametrize("lang, text, want", [
    ("ru", "Посол России Александр Суриков вручил председателю Палаты представителей Национального собрания Беларуси Игорю Сергеенко грамоту.",
     ("Игорь Сергеенко", "Speaker", "BY")),
    ("ru", "Председатель Верховной Рады Украины Руслан Стефанчук встретился с Председателем Сейма Литвы Юозасом Олекасом.",
     ("Руслан Стефанчук", "Speaker", "UA")),
    ("bg", "Председателят на Върховната рада на Украйна Руслан Стефанчук пристигна в София.", ("Руслан Стефанчук", "Speaker", "UA")),
])
def test_speakers_of_parliaments_named_after_their_chamber(build_text, lang, text, want):
    got = set(offices(text, lang))
    assert want in got, got


# ------------------------------------------------------------------ Gulf press: honorifics, "friendly", "Jr."
@pytest.mark.parametrize("text, want", [
    ("The Emir received His Excellency Surangel Whipps Jr., President of the friendly Republic of Palau, in Doha.",
     ("Surangel Whipps Jr", "PW")),
    ("The Emir received His Excellency David Adeang, President of the brotherly Republic of Nauru, in Doha.",
     ("David Adeang", "NR")),
    ("President Surangel Whipps Jr. of Palau arrived in Doha.", ("Surangel Whipps Jr", "PW")),
])
def test_a_leader_named_the_gulf_way(build_text, text, want):
    got = {(n, iso) for _, n, iso in rows(build_text(text, language="en", date="2024-01-17"), LEADERS)}
    assert want in got and not any(iso == "PH" for _, iso in got), got


def test_jr_is_no_surname_of_the_holders_table():
    from kg.reference.leaders import holders

    assert holders().surname("Jr", 2024) is None
    assert holders().surname("Marcos", 2024).iso == "PH"


MEETING_PLACES = """SELECT ?who ?city WHERE { ?m a dip:Meeting ; dip:participant/rdfs:label ?who ; dip:location/rdfs:label ?city .
                    FILTER(lang(?city) = "en") }"""


@pytest.mark.parametrize("lang, text, who, city", [
    ("bg", "Президентът Румен Радев, който е на двудневно посещение в Казахстан, се среща днес с президента Касим-Жомарт Токаев в Астана. "
           "Вчера българският държавен глава разговаря с премиера Олжас Бектенов в Алмати.", "Олжас Бектенов", "Almaty"),
    ("en", "President Rumen Radev, on a two-day visit to Kazakhstan, held talks with President Kassym-Jomart Tokayev in Astana on Tuesday. "
           "On Monday he met Prime Minister Olzhas Bektenov in Almaty.", "Olzhas Bektenov", "Almaty"),
])
def test_talks_with_another_counterpart_in_another_city_are_placed_there(build_text, lang, text, who, city):
    got = set(rows(build_text(text, language=lang, date="2025-05-20"), MEETING_PLACES))
    assert (who, city) in got, got


@pytest.mark.parametrize("lang, text, host", [
    ("ru", "Мирзиёев принял Президента Эстонии Керсти Кальюлайд.", "Шавкат Мирзиёев"),
    ("en", "Mirziyoyev received Estonian President Kersti Kaljulaid.", "Shavkat Mirziyoyev"),
    ("bg", "Мирзийоев прие президента на Естония Керсти Калюлайд.", "Шавкат Мирзийоев"),
])
def test_a_surname_that_receives_a_titled_leader_is_an_office_holder(build_text, lang, text, host):
    got = {n for _, n, _ in rows(build_text(text, language=lang, date="2019-03-07"), LEADERS)}
    assert host in got, got


@pytest.mark.parametrize("lang, text, guest, host", [
    ("ru", "Президент Кыргызстана Садыр Жапаров вернулся из Душанбе, где провел переговоры с Президентом Таджикистана Эмомали Рахмоном.",
     "Садыр Жапаров", "TJ"),
    ("bg", "Премиерът Росен Желязков се завърна от Белград, където разговаря с президента на Сърбия Александър Вучич.",
     "Росен Желязков", "RS"),
    ("en", "Prime Minister Rosen Zhelyazkov returned from Belgrade after talks with President Aleksandar Vucic.", "Rosen Zhelyazkov", "RS"),
    ("ru", "Жапаров в Душанбе: президенты Кыргызстана и Таджикистана подписали договор о границе.", "Садыр Жапаров", "TJ"),
    ("en", "Zhelyazkov in Belgrade: Bulgaria and Serbia sign a gas memorandum", "Rosen Zhelyazkov", "RS"),
])
def test_a_leader_back_from_a_city_or_in_it_by_the_title_visited_it(build_text, lang, text, guest, host):
    assert (guest, host) in set(rows(build_text(text, language=lang, date="2025-05-20"), VISITS))


def test_a_leader_in_his_own_capital_by_the_title_visits_nothing(build_text):
    assert rows(build_text("Zhelyazkov in Sofia: Bulgaria and Serbia sign a gas memorandum", language="en"), VISITS) == []
