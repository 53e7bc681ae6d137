"""Phrasing families of real news-agency copy, each with sentences written here: datelines with abbreviated
months ("МОСКВА, 7 дек — ..."), talks told from a dateline in one of the two states, documents dated by
the one day their sentence gives, a running total told in the clause after a year's figure, decorations
presented to someone, figures' years from their own clauses, a visit dated by its last day and length."""
import datetime as dt

import pytest

from conftest import rows
from test_real_news_pairs import VISIT_DATES, _figures, sentences
from test_real_news_receptions import CONFERRALS


# ------------------------------------------------------------------ abbreviated months
@pytest.mark.parametrize("lang, text, day", [
    ("ru", "ЕРЕВАН, 14 нояб. Переговоры прошли в резиденции.", dt.date(2025, 11, 14)),
    ("ru", "Встреча министров прошла 22 сент. 2024 г. в Баку.", dt.date(2024, 9, 22)),
    ("bg", "ВАРНА, 9 окт. Разговорите се проведоха в двореца.", dt.date(2025, 10, 9)),
])
def test_an_abbreviated_month_is_a_date_and_does_not_end_the_sentence(lang, text, day):
    first = sentences(text, lang)[0]
    assert day in first.dates and first.text.endswith("."), (first.text, first.dates)
    assert len(sentences(text, lang)) == 1


@pytest.mark.parametrize("dateline", ["МИНСК, 18 авг — БелТА.", "МИНСК, 18 авг.", "МИНСК, 18 авг /Интерфакс/."])
def test_a_dateline_with_an_abbreviated_month_dates_the_visit_it_opens(build_text, dateline):
    g = build_text(dateline + " Президент Казахстана Касым-Жомарт Токаев провел переговоры с Александром "
                   "Лукашенко во Дворце Независимости.", language="ru", date="2025-08-19")
    assert {str(d) for _, d in rows(g, VISIT_DATES)} == {"2025-08-18"}


@pytest.mark.parametrize("lang, text", [
    # filed from a third state's capital: where the talks were is not said
    ("ru", "МОСКВА, 18 авг — ТАСС. Президент Казахстана Касым-Жомарт Токаев провел переговоры с Александром "
           "Лукашенко во Дворце Независимости."),
    # a call, not talks face to face
    ("ru", "МИНСК, 18 авг — БелТА. Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с "
           "Александром Лукашенко."),
    ("en", "NAIROBI, Aug 18 (Reuters) - Ghana's President John Mahama spoke by phone with Kenyan President "
           "William Ruto on Monday."),
])
def test_talks_told_from_a_dateline_of_neither_state_or_by_phone_are_no_visit(build_text, lang, text):
    assert rows(build_text(text, language=lang), VISIT_DATES) == []


def test_talks_told_from_a_dateline_in_the_hosts_state_are_the_other_leaders_visit(build_text):
    g = build_text("ACCRA, Aug 18 (GNA) - Kenyan President William Ruto held talks with President John Mahama at "
                   "Jubilee House on Monday.", date="2025-08-19")
    assert [(str(n), str(d)) for n, d in rows(g, VISIT_DATES)] == [("William Ruto", "2025-08-18")]


# ------------------------------------------------------------------ a document signed at no event told
AGREEMENT_DATES = """SELECT ?label ?date WHERE { ?a a dip:Agreement ; rdfs:label ?label . OPTIONAL { ?a dip:date ?date } }"""


@pytest.mark.parametrize("text, day", [
    ("ACCRA, Mar 9 (GNA) - Ghana and Togo signed a Memorandum of Understanding on Energy Trade at Jubilee House.",
     "2025-03-09"),
    ("Ghana and Togo on Thursday signed a Memorandum of Understanding on Energy Trade at Jubilee House in Accra.",
     "2025-05-15"),
    ("Ghana and Togo signed a Memorandum of Understanding on Energy Trade on 12 March 2019 in Accra.", "2019-03-12"),
    # two days in the sentence: which is the signing's is not told
    ("Ghana and Togo, which met on 2 May, signed a Memorandum of Understanding on Energy Trade on 6 May in Accra.",
     None),
])
def test_a_document_signed_at_no_told_event_has_the_one_day_its_sentence_gives(build_text, text, day):
    got = rows(build_text(text, date="2025-05-20"), AGREEMENT_DATES)
    assert [d and str(d) for _, d in got] == [day], got


# ------------------------------------------------------------------ a running total beside a year's figure
@pytest.mark.parametrize("lang, text, want", [
    ("bg", "През миналата година стокообменът между България и Сърбия достигна 3 милиарда евро, а сръбските "
           "инвестиции у нас надхвърлят 400 млн. евро.",
     {("turnover", 3_000_000_000, "2024"), ("investment", 400_000_000, None)}),
    ("ru", "В прошлом году товарооборот между Арменией и Ираном составил 700 млн долларов, а иранские инвестиции в "
           "Армении превышают 100 млн долларов.",
     {("turnover", 700_000_000, "2024"), ("investment", 100_000_000, None)}),
    ("en", "Last year trade between Ghana and Togo reached $900 million, while Ghanaian investment in Togo exceeds "
           "$150 million.",
     {("turnover", 900_000_000, "2024"), ("investment", 150_000_000, None)}),
])
def test_a_running_total_in_the_next_clause_has_no_year_and_leaves_the_first_figures(build_text, lang, text, want):
    assert _figures(build_text(text, language=lang, date="2025-05-20")) == want


@pytest.mark.parametrize("lang, text, want", [
    ("bg", "Стокообменът между Хърватия и България през миналата година е надхвърлил 1,5 милиарда евро.",
     {("turnover", 1_500_000_000, "2024")}),
    ("ru", "В прошлом году товарооборот между Грузией и Арменией превысил 800 млн долларов.",
     {("turnover", 800_000_000, "2024")}),
    ("en", "Last year, trade between Poland and Lithuania exceeded 9 billion euros.",
     {("turnover", 9_000_000_000, "2024")}),
    ("en", "This year trade between Poland and Lithuania has already surpassed 5 billion euros.",
     {("turnover", 5_000_000_000, "2025")}),
    # the year told after the amount is not the figure's own clause: a running total stays of no year
    ("en", "Polish investment in Lithuania has exceeded $2 billion, more than half of it since last year.",
     {("investment", 2_000_000_000, None)}),
])
def test_a_figure_exceeding_an_amount_in_a_year_its_clause_tells_is_of_that_year(build_text, lang, text, want):
    assert _figures(build_text(text, language=lang, date="2025-05-20")) == want


# ------------------------------------------------------------------ Washington, the capital
VISIT_PLACES = """SELECT ?guest ?city WHERE { ?v a dip:Visit ; dip:guest/rdfs:label ?guest ; dip:location/rdfs:label ?city }"""


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto arrived in Washington, D.C., on Monday for talks with President Donald Trump.",
    "Kenyan President William Ruto held talks with President Donald Trump in Washington on Monday.",
])
def test_washington_is_the_us_capital_a_visit_is_paid_to(build_text, text):
    got = rows(build_text(text), VISIT_PLACES)
    assert [(str(g), str(c)) for g, c in got] == [("William Ruto", "Washington")], got


@pytest.mark.parametrize("text", ["He studied at George Washington University before entering politics.",
                                  "The Washington Post reported the talks on Monday."])
def test_washington_inside_a_name_is_no_city(text):
    assert [c.text for s in sentences(text) for c in s.cities if not c.in_name] == []


@pytest.mark.parametrize("text, year", [
    ("Two-way trade between Ghana and Nigeria stood at $950 million in FY2024, officials said.", "2024"),
    ("Two-way trade between Ghana and Nigeria stood at $950 million in fiscal year 2023, officials said.", "2023"),
    ("Two-way trade between Ghana and Nigeria stood at $950 million during FY 2024-25, officials said.", "2024"),
])
def test_a_fiscal_year_after_the_amount_is_the_figures_year(build_text, text, year):
    assert _figures(build_text(text)) == {("turnover", 950_000_000, year)}


# ------------------------------------------------------------------ envoys in apposition, conferrals told around the verb
@pytest.mark.parametrize("text", ["The Ambassador of Italy to Kenya, Roberto Natali, arrived in Mombasa.",
                                  "Italy's Ambassador to Kenya, Roberto Natali, arrived in Mombasa.",
                                  "Italy's Ambassador to Kenya Roberto Natali arrived in Mombasa."])
def test_an_envoy_named_after_the_posting_and_a_comma_is_found(text):
    got = [(p.name, p.role, p.iso) for s in sentences(text) for p in s.persons]
    assert got == [("Roberto Natali", "Ambassador", "IT")], got


@pytest.mark.parametrize("lang, text, want", [
    ("ru", "Посол Грузии в Азербайджане Георгий Абашидзе по поручению руководства страны вручил орден «Честь» "
           "министру экономики Азербайджана Микаилу Джаббарову.", ("Микаил Джаббаров", "Georgia")),   # (the envoy's state)
    ("ru", "Посол Грузии в Азербайджане Георгий Абашидзе вручил орден «Честь» министру экономики Азербайджана "
           "Микаилу Джаббарову.", ("Микаил Джаббаров", "Георгий Абашидзе")),
    ("ru", "Президент Кыргызстана Садыр Жапаров распорядился наградить своего казахского коллегу Касым-Жомарта "
           "Токаева орденом «Манас».", ("Касым-Жомарт Токаев", "Садыр Жапаров")),
    ("en", "President William Ruto conferred the Order of the Golden Heart on the Ambassador of Italy to Kenya, "
           "Roberto Natali, at State House.", ("Roberto Natali", "William Ruto")),
])
def test_a_conferral_told_with_words_between_the_verb_and_the_people(build_text, lang, text, want):
    got = {(str(w), str(g) if g is not None else None) for w, g in rows(build_text(text, language=lang), CONFERRALS)}
    assert want in got, got


# ------------------------------------------------------------------ dates and years of other times
def test_a_date_decades_from_the_report_does_not_date_the_visit_its_sentence_tells(build_text):
    g = build_text("Министърът на външните работи Георг Георгиев прие министъра на външните работи на Молдова Михай "
                   "Попшой, който е на посещение у нас. Визитата е по повод годишнината от дипломатическите "
                   "отношения между България и Молдова, установени на 5 февруари 1992 г.", language="bg",
                   date="2025-06-11")
    assert [(str(n), str(d)) for n, d in rows(g, VISIT_DATES)] == [("Михай Попшой", "2025-06-11")]


RELATIONS_YEARS_ALL = """SELECT ?year WHERE { ?r a dip:DiplomaticRelations . OPTIONAL { ?r dip:year ?year } }"""


@pytest.mark.parametrize("lang, text, year", [
    ("en", "Ghana and Togo established diplomatic relations 60 years ago, the minister noted.", "1965"),
    ("ru", "С момента установления 30 лет назад дипломатических отношений между Арменией и Грузией сотрудничество "
           "динамично развивается.", "1995"),
    ("bg", "Дипломатическите отношения между България и Грузия са установени преди 33 години.", "1992"),
])
def test_relations_established_years_ago_are_counted_back_from_the_report(build_text, lang, text, year):
    got = [str(y) for (y,) in rows(build_text(text, language=lang, date="2025-06-11"), RELATIONS_YEARS_ALL)]
    assert got == [year], got


@pytest.mark.parametrize("lang, text, want", [
    ("en", "The agreement is part of the implementation of the Treaty of Friendship between Ghana and Togo, signed "
           "on 1 August this year.", {("Treaty of Friendship between Ghana and Togo", None)}),
    ("ru", "Соглашение является частью реализации Договора о дружбе между Арменией и Грузией, подписанного "
           "1 августа этого года.", {("Договор о дружбе между Арменией и Грузией", None)}),
])
def test_a_title_ends_at_the_verb_and_a_day_goes_to_no_one_of_two_documents(build_text, lang, text, want):
    got = {(str(t), d and str(d)) for t, d in rows(build_text(text, language=lang, date="2025-09-01"),
                                                   AGREEMENT_DATES)}
    assert want <= got and all(d is None for _, d in got), got


def test_an_envoy_posted_in_the_republic_the_news_is_written_in_is_named():
    text = "Министр иностранных дел Армении Арарат Мирзоян принял новоназначенного посла Литвы в республике Витаутаса Пранцкетиса."
    got = [(p.name, p.role, p.iso) for s in sentences(text, "ru") for p in s.persons]
    assert ("Витаутас Пранцкетис", "Ambassador", "LT") in got, got


@pytest.mark.parametrize("lang, text, guest", [
    ("bg", "Президентът Румен Радев и президентът на Румъния Никушор Дан откриха край Русе новия мост.", "Никушор Дан"),
    ("ru", "Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев провели переговоры под Москвой.",
     "Касым-Жомарт Токаев"),
    ("en", "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks near Arusha on Sunday.",
     "William Ruto"),
])
def test_talks_or_an_opening_near_a_city_are_a_visit_there(build_text, lang, text, guest):
    names = {str(n) for n, _ in rows(build_text(text, language=lang), VISIT_PLACES)}
    assert names == {guest}, names


@pytest.mark.parametrize("text", [
    "During his visit to Colombo, Prime Minister Tshering Tobgay had bilateral interactions with President Anura Kumara Dissanayake.",
    "During his visit to Colombo, Prime Minister Tshering Tobgay held a tete-a-tete with President Anura Kumara Dissanayake.",
])
def test_interactions_and_a_tete_a_tete_are_talks(build_text, text):
    people = {str(n) for _, n in rows(build_text(text), """SELECT ?m ?name WHERE { ?m a dip:Meeting ;
                                                               dip:participant/rdfs:label ?name }""")}
    assert {"Tshering Tobgay", "Anura Kumara Dissanayake"} <= people, people


@pytest.mark.parametrize("lang, text, guest", [
    ("en", "Foreign ministers of Kenya and Ghana, Musalia Mudavadi and Samuel Okudzeto Ablakwa, agreed in Accra to "
           "expand cooperation.", "Musalia Mudavadi"),
    ("ru", "Министры иностранных дел Армении и Литвы Арарат Мирзоян и Кястутис Будрис договорились в Вильнюсе о "
           "расширении сотрудничества.", "Арарат Мирзоян"),
    ("bg", "Външните министри на България и Гърция Георг Георгиев и Йоргос Герапетритис се договориха в Атина да "
           "ускорят работата по връзката.", "Георг Георгиев"),
])
def test_two_ministers_agreeing_in_a_city_met_there(build_text, lang, text, guest):
    g = build_text(text, language=lang)
    assert {str(n) for n, _ in rows(g, VISIT_PLACES)} == {guest}
    assert len({str(n) for _, n in rows(g, """SELECT ?m ?n WHERE { ?m a dip:Meeting ;
                                                                   dip:participant/rdfs:label ?n }""")}) >= 2


@pytest.mark.parametrize("lang, text, city", [
    ("bg", "Кметът на Велико Търново подписа споразумение с кмета на Суздал.", "Велико Търново"),
    ("ru", "Делегация из Нижнего Тагила прибыла в Минск.", "Нижний Тагил"),
    ("ru", "Переговоры прошли в Сан-Сальвадоре.", "Сан-Сальвадор"),
])
def test_a_city_of_several_cyrillic_words_is_found_in_its_cases(lang, text, city):
    assert city in [c.label for s in sentences(text, lang) for c in s.cities], text


SISTERS = """SELECT ?a ?b WHERE { ?x dip:sisterCity ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }"""


@pytest.mark.parametrize("lang, text", [
    ("bg", "Велико Търново и Суздал подписаха споразумение за побратимяване."),
    ("bg", "Суздал и Велико Търново подписаха споразумение за побратимяване."),
])
def test_a_twinned_town_of_a_state_the_article_does_not_name_is_found(build_text, lang, text):
    names = {str(x) for pair in rows(build_text(text, language=lang), SISTERS) for x in pair}
    assert {"Veliko Tŭrnovo", "Suzdal’"} <= names, names


# ------------------------------------------------------------------ a part of a state named like one
@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Президент Республики Сербской Желька Цвиянович встретилась в Москве с Владимиром Путиным.", "Желька Цвиянович"),
    ("bg", "Президентът на Република Сръбска Желка Цвиянович се срещна с Владимир Путин в Москва.", "Желка Цвиянович"),
    ("en", "President of Republika Srpska Zeljka Cvijanovic met Vladimir Putin in Moscow.", "Zeljka Cvijanovic"),
])
def test_republika_srpska_is_no_serbia_and_its_president_is_of_no_state(build_text, lang, text, name):
    assert [(p.name, p.iso) for s in sentences(text, lang) for p in s.persons if p.name == name] == [(name, None)]
    assert all(r.iso != "RS" for s in sentences(text, lang) for r in s.states)
    assert rows(build_text(text, language=lang), VISIT_DATES) == []      # (no visit of "Serbia's" president)


# ------------------------------------------------------------------ a decoration presented to someone
@pytest.mark.parametrize("text, who, giver", [
    ("President Kassym-Jomart Tokayev presented the Order of Dostyk, first degree, to the outgoing Ambassador "
     "of Hungary to Kazakhstan Istvan Kovacs.", "Istvan Kovacs", "Kassym-Jomart Tokayev"),
    ("President Nikos Christodoulides of Cyprus handed over the Grand Collar of the Order of Makarios III to "
     "Ghanaian President John Mahama in Nicosia.", "John Mahama", "Nikos Christodoulides"),
    ("President Adama Barrow of Gambia was awarded the Order of the Volta by President John Mahama.",
     "Adama Barrow", "John Mahama"),
])
def test_a_decoration_presented_to_a_person_is_conferred_on_them(build_text, text, who, giver):
    got = {(str(w), str(g)) for w, g in rows(build_text(text), CONFERRALS) if not g or " " in str(g)}
    assert got == {(who, giver)}, rows(build_text(text), CONFERRALS)


def test_the_one_a_decoration_was_presented_by_is_not_its_recipient(build_text):
    text = ("During his visit, President Adama Barrow of Gambia was awarded the Order of the Volta. "
            "The award was presented by President John Mahama in Accra.")
    got = {str(w) for w, _ in rows(build_text(text), CONFERRALS)}
    assert got == {"Adama Barrow"}, got


def test_the_state_a_decoration_is_of_belongs_to_its_name(build_text):
    g = build_text("President Adama Barrow of Gambia was awarded the Order of the Star of Ghana by President "
                   "John Mahama.")
    got = rows(g, "SELECT ?n WHERE { ?c a dip:AwardConferral ; dip:award/rdfs:label ?n }")
    assert [str(n) for (n,) in got] == ["Order of the Star of Ghana"], got


@pytest.mark.parametrize("lang, text", [
    ("en", "Trade between Kazakhstan and Lithuania rose to $300 million in 2023 and further to $420 million in 2024."),
    ("ru", "Товарооборот между Казахстаном и Литвой вырос до 300 млн долларов в 2023 году и до 420 млн долларов в "
           "2024 году."),
    ("bg", "Стокообменът между Казахстан и Литва нарасна до 300 млн. долара през 2023 г. и до 420 млн. долара през "
           "2024 г."),
])
def test_a_later_amount_after_a_figures_year_is_of_the_same_measure(build_text, lang, text):
    assert _figures(build_text(text, language=lang)) == {("turnover", 300_000_000, "2023"),
                                                          ("turnover", 420_000_000, "2024")}


@pytest.mark.parametrize("lang, text, want", [
    ("en", "Bilateral trade between Kazakhstan and Lithuania stood at $512 million in 2024. Lithuanian investment in "
           "Kazakhstan totals about $150 million.",
     {("turnover", 512_000_000, "2024"), ("investment", 150_000_000, None)}),
    ("ru", "В 2024 году товарооборот между Казахстаном и Литвой составил 512 млн долларов. Объем литовских инвестиций "
           "в экономику Казахстана составляет около 150 млн долларов.",
     {("turnover", 512_000_000, "2024"), ("investment", 150_000_000, None)}),
    # a year told in the clause of another amount of the sentence is that amount's
    ("en", "Lithuanian investment in Kazakhstan totals about $150 million, while Kazakh exports to Lithuania amounted "
           "to $210 million last year.",
     {("investment", 150_000_000, None), ("exports", 210_000_000, "2024")}),
])
def test_an_investment_stock_takes_no_year_from_another_figure(build_text, lang, text, want):
    assert _figures(build_text(text, language=lang)) == want


# ------------------------------------------------------------------ a visit dated by its last day
VISIT_DAYS = """SELECT ?d WHERE { ?v a dip:Visit ; dip:date ?d }"""


@pytest.mark.parametrize("lang, text, day", [
    ("en", "President Adama Barrow of Gambia on June 3 wrapped up his two-day state visit to Malaysia.", "2025-06-02"),
    ("ru", "Президент Гамбии Адама Барроу 3 июня завершил двухдневный государственный визит в Малайзию.", "2025-06-02"),
    ("bg", "Президентът на Гамбия Адама Бароу приключи на 3 юни тридневното си държавно посещение в Малайзия.",
     "2025-06-01"),
    # the day of an arrival is the first day, whatever the length
    ("en", "President Adama Barrow of Gambia arrived in Kuala Lumpur on June 3 for a two-day state visit.", "2025-06-03"),
])
def test_a_visit_told_by_its_end_and_length_began_that_many_days_before(build_text, lang, text, day):
    got = [str(d) for (d,) in rows(build_text(text, language=lang, date="2025-06-05"), VISIT_DAYS)]
    assert got == [day], got
