"""Mention finders on sentences written for these tests, in English, Bulgarian and Russian."""
import datetime as dt
from decimal import Decimal

import pytest

from kg.read import Article
from kg.mentions import analyse
from kg.mentions.money import parse_number


def mentions(gaz, text, lang="en", date=dt.date(2025, 6, 9)):
    an = analyse(Article(id="t", path="t.txt", text=text, language=lang, date=date), gaz)
    return an.sentences


def persons(gaz, text, lang="en"):
    return [(p.name, p.role, p.iso, p.former) for s in mentions(gaz, text, lang) for p in s.persons if p.titled]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bulgarian President Rumen Radev arrived.", "en", ("Rumen Radev", "President", "BG")),
    ("Kazakhstan’s President Kassym-Jomart Tokayev spoke.", "en", ("Kassym-Jomart Tokayev", "President", "KZ")),
    ("The talks were opened by Prime Minister of Hungary Viktor Orbán.", "en", ("Viktor Orbán", "Prime Minister", "HU")),
    ("Mark Rutte, Prime Minister of the Netherlands, said so.", "en", ("Mark Rutte", "Prime Minister", "NL")),
    ("Посещението е по покана на президента на Казахстан Касъм-Жомарт Токаев.", "bg",
     ("Касъм-Жомарт Токаев", "President", "KZ")),
    ("Той се срещна с гръцкия премиер Кириакос Мицотакис.", "bg", ("Кириакос Мицотакис", "Prime Minister", "GR")),
    ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры.", "ru", ("Касым-Жомарт Токаев", "President", "KZ")),
    ("Министр иностранных дел Турции Хакан Фидан прибыл в Москву.", "ru",
     ("Хакан Фидан", "Minister of Foreign Affairs", "TR")),
    ("She met German Chancellor Friedrich Merz and Commission President Ursula von der Leyen.", "en",
     ("Friedrich Merz", "Chancellor", "DE")),
    ("Saudi Crown Prince Mohammed bin Salman received the delegation.", "en",
     ("Mohammed bin Salman", "Crown Prince", "SA")),
    ("Kazakh Chairman of the Senate Maulen Ashimbayev opened the session.", "en",
     ("Maulen Ashimbayev", "Speaker", "KZ")),
    ("Председателят на Народното събрание Наталия Киселова прие посланика.", "bg",
     ("Наталия Киселова", "Speaker", None)),
    ("Председатель Сената Казахстана Маулен Ашимбаев провел встречу.", "ru",
     ("Маулен Ашимбаев", "Speaker", "KZ")),
])
def test_title_and_name_patterns(gaz, text, lang, expected):
    assert expected + (False,) in persons(gaz, text, lang)


def test_name_particles_stay_in_the_name(gaz):
    got = persons(gaz, "Commission President Ursula von der Leyen spoke.")
    assert got[0][0] == "Ursula von der Leyen"


def test_former_office_is_marked(gaz):
    got = persons(gaz, "They visited the grave of Mustafa Kemal Atatürk, the founding president of Türkiye.")
    assert got == [("Mustafa Kemal Atatürk", "President", "TR", True)]


def test_later_surname_is_the_same_person(gaz):
    sents = mentions(gaz, "President Sadyr Japarov welcomed guests. Later Japarov said the talks went well.")
    bare = [p for p in sents[1].persons]
    assert bare and bare[0].name == "Japarov" and bare[0].key == sents[0].persons[0].key


def test_a_known_surname_as_someone_elses_first_name_is_not_that_person(gaz):
    sents = mentions(gaz, "President Ahmed Karim welcomed guests. Karim Bensaid, the mayor, opened the fair. "
                          "Later Karim said the talks went well.")
    assert [p.name for p in sents[1].persons if p.key == sents[0].persons[0].key] == []
    assert [p.name for p in sents[2].persons] == ["Karim"]


def test_a_word_sharing_a_short_skeleton_with_a_known_surname_is_not_that_person(gaz):
    # Дойн and Днес are both d-n as consonant skeletons; "Днес" (today) is not "Дне" plus an ending
    sents = mentions(gaz, "Президентът Нико Дойн пристигна в София. Днес двамата президенти проведоха "
                          "разговори. Дойн заяви, че посещението е успешно.", "bg")
    assert [p.name for p in sents[1].persons] == []
    assert [p.name for p in sents[2].persons] == ["Дойн"]


def test_a_city_that_sounds_like_a_known_surname_stays_a_city(gaz):
    sents = mentions(gaz, "Президент Ирана Али Сараев прибыл с визитом. Переговоры с Сараевым прошли в Сараево.",
                     "ru")
    assert [p.name for p in sents[1].persons] == ["Сараев"]     # the surname alone, in the nominative
    assert [c.start for c in sents[1].cities] and "Сараево" in sents[1].text


@pytest.mark.parametrize("text, lang", [
    ("The President of the Bolivarian Republic of Venezuela Nicolás Maduro arrived in Minsk.", "en"),
    ("Президентът на Обединеното кралство Кийр Стармър пристигна в София.", "bg"),
    ("Президент Боливарианская Республика Венесуэла Николас Мадуро прибыл в Минск.", "ru"),
])
def test_a_states_long_name_is_not_a_person(gaz, text, lang):
    names = [p.name for s in mentions(gaz, text, lang) for p in s.persons]
    assert not any(w in n.lower() for n in names for w in ("republic", "кралство", "республика")), names


@pytest.mark.parametrize("text, lang, isos", [
    ("Kazakhstan’s exports to Bulgaria grew.", "en", ["KZ", "BG"]),
    ("Kyrgyz and Kazakh peoples are fraternal.", "en", ["KG", "KZ"]),
    ("Българският президент пристигна в Казахстан.", "bg", ["BG", "KZ"]),
    ("Делегация Казахстана прибыла в Болгарию, а турецкая сторона встретила казахстанских коллег.", "ru",
     ["KZ", "BG", "TR", "KZ"]),
    ("Trade with the Republic of Türkiye and with Turkey is the same state.", "en", ["TR", "TR"]),
    ("Prices are in US dollars.", "en", []),
])
def test_states_by_name_adjective_and_case(gaz, text, lang, isos):
    assert [r.iso for s in mentions(gaz, text, lang) for r in s.states] == isos


def test_cities_in_any_script_and_case(gaz):
    sents = mentions(gaz, "Встреча прошла в Астане, а затем в Алматы.", "ru")
    assert [c.label for c in sents[0].cities] == ["Астана", "Алматы"]
    sents = mentions(gaz, "The forum in Plovdiv followed talks in Shymkent.")
    assert [c.country for c in sents[0].cities] == ["BG", "KZ"]


def test_cyrillic_names_ending_in_o_are_found_as_written(gaz):
    # indeclinable names keep their final -о (a stem without it is "Като", "as" in Bulgarian, = Кати)
    sents = mentions(gaz, "Переговоры прошли в Осло, затем в Токио. Марокко и Монако подписали соглашение.", "ru")
    assert [c.label for c in sents[0].cities] == ["Осло", "Токио"]
    assert [r.iso for r in sents[1].states] == ["MA", "MC"]
    sents = mentions(gaz, "Като пример президентът посочи София.", "bg")
    assert [c.label for c in sents[0].cities] == ["София"]


def test_ordinary_words_are_not_cities(gaz):
    sents = mentions(gaz, "The National Bank reported that the Airport Authority and Energy Union agreed.")
    assert sents[0].cities == []


@pytest.mark.parametrize("text, lang, amount, currency", [
    ("trade reached $375.2 million", "en", Decimal("375200000"), "USD"),
    ("a goal of 15 billion dollars", "en", Decimal("15000000000"), "USD"),
    ("investments of 160 billion tenge", "en", Decimal("160000000000"), "KZT"),
    ("around €1.5bn in loans", "en", Decimal("1500000000"), "EUR"),
    ("стокообменът е 375,2 млн. долара", "bg", Decimal("375200000"), "USD"),
    ("товарооборот составил 2,5 млрд долларов", "ru", Decimal("2500000000"), "USD"),
    ("сумма 1 200 млн рублей", "ru", Decimal("1200000000"), "RUB"),
    ("exports of EUR 250m", "en", Decimal("250000000"), "EUR"),          # an ISO code before the number
    ("a deal of USD 1.1 billion", "en", Decimal("1100000000"), "USD"),
    ("търговията достигна 480 млн. щатски долара", "bg", Decimal("480000000"), "USD"),
])
def test_money_amounts(gaz, text, lang, amount, currency):
    money = [m for s in mentions(gaz, text, lang) for m in s.money]
    assert [(m.amount, m.currency) for m in money] == [(amount, currency)]


def test_numbers_without_currency_are_not_money(gaz):
    assert [m for s in mentions(gaz, "About 1.4 million tons and 85 percent of cargo.") for m in s.money] == []
    # a currency code is one only in capitals: "try 5 times" is no Turkish lira
    assert [m for s in mentions(gaz, "They will try 5 times and eur 3 more.") for m in s.money] == []


def test_parse_number_by_language():
    assert parse_number("4,000", "en") == 4000
    assert parse_number("375,2", "bg") == Decimal("375.2")
    assert parse_number("1.250,5", "ru") == Decimal("1250.5")


@pytest.mark.parametrize("text, lang, date", [
    ("They met on June 9 in Astana.", "en", dt.date(2025, 6, 9)),
    ("The visit began on 3 March 2024.", "en", dt.date(2024, 3, 3)),
    ("Срещата е на 9 юни 2025 г.", "bg", dt.date(2025, 6, 9)),
    ("Визит состоялся 3 сентября 2024 года.", "ru", dt.date(2024, 9, 3)),
    ("Двамата президенти се срещнаха днес.", "bg", dt.date(2025, 6, 9)),
])
def test_dates(gaz, text, lang, date):
    assert mentions(gaz, text, lang)[0].dates == [date]


def test_organizations_corridors_awards(gaz):
    s = mentions(gaz, "The Ministry of Trade and Integration, the Organization of Turkic States and "
                      "the Trans-Caspian International Transport Route (TITR) were named; "
                      "he received the Order of the Golden Eagle.")[0]
    named = {(n.kind, n.name, n.alias) for n in s.named}
    assert ("org", "Ministry of Trade and Integration", None) in named
    assert ("org", "Organization of Turkic States", None) in named
    assert ("corridor", "Trans-Caspian International Transport Route", "TITR") in named
    assert ("award", "Order of the Golden Eagle", None) in named


def test_cyrillic_organizations(gaz):
    s = mentions(gaz, "Подписан е меморандум между Българската търговско-промишлена палата и "
                      "Академията за държавна администрация на Казахстан.", "bg")[0]
    assert [n.name for n in s.named if n.kind == "org"] == [
        "Българска търговско-промишлена палата", "Академия за държавна администрация на Казахстан"]      # (no article)


def test_a_reading_read_back_makes_its_tokens_on_first_use(gaz):
    import copy
    import pickle

    s = mentions(gaz, "President Sadyr Japarov welcomed guests in Bishkek.")[0]
    back = pickle.loads(pickle.dumps(s))
    assert "tokens" not in back.__dict__ and back.matches == []      # not stored, not made yet
    assert back.tokens == s.tokens and back.persons == s.persons
    assert copy.copy(back).tokens == s.tokens
    with pytest.raises(AttributeError):
        back.no_such_field


@pytest.mark.parametrize("text, lang, expected", [
    ("The leaders met on Tuesday in Astana.", "en", [dt.date(2025, 3, 4)]),     # the article is of Thursday 6 March
    ("Президентите се срещнаха във вторник.", "bg", [dt.date(2025, 3, 4)]),
    ("Переговоры прошли в среду.", "ru", [dt.date(2025, 3, 5)]),
    ("Talks were held yesterday.", "en", [dt.date(2025, 3, 5)]),
    ("On Thursday the talks began.", "en", [dt.date(2025, 3, 6)]),             # the day itself
    ("They will meet next Monday.", "en", []),                                 # to come: not resolved
    ("On 3 March, a Monday, they met.", "en", [dt.date(2025, 3, 3)]),          # an explicit date wins
])
def test_weekdays_and_yesterday_count_back_from_the_article_date(gaz, text, lang, expected):
    assert mentions(gaz, text, lang, date=dt.date(2025, 3, 6))[0].dates == expected


def test_a_dateline_gives_way_to_the_event_day_and_a_span_of_days_to_its_first(gaz):
    sents = mentions(gaz, "Headline.\n\nASTANA, 20 March 2025 — The minister was in Belgium and Germany on 17-19 "
                          "March.", date=dt.date(2025, 3, 20))
    assert sents[1].dates == [dt.date(2025, 3, 17), dt.date(2025, 3, 20)]


def test_a_title_with_a_state_and_no_name_is_the_articles_holder_of_that_office(gaz):
    sents = mentions(gaz, "Kazakh Foreign Minister Murat Nurtleu arrived in Berlin. Later the Kazakh Foreign "
                          "Minister met German Foreign Minister Annalena Baerbock. The former Kazakh Foreign "
                          "Minister spoke too.")
    assert [(p.name, p.iso) for p in sents[1].persons] == [("Murat Nurtleu", "KZ"), ("Annalena Baerbock", "DE")]
    assert sents[2].persons == []      # "former": not the present holder


def test_a_surname_after_a_first_name_is_no_town(gaz):
    # "Костадин Димитров" is a person, not Dimitrov in Ukraine; a city after a sentence's first word stays one
    assert [c.label for c in mentions(gaz, "Кметът на Пловдив Костадин Димитров подписа.", "bg")[0].cities] == ["Пловдив"]
    assert [c.label for c in mentions(gaz, "Столицата Киев посрещна гостите.", "bg")[0].cities] == ["Киев"]
    assert [c.label for c in mentions(gaz, "Президентът посети Харков и Киев.", "bg")[0].cities] == ["Харков", "Киев"]


def test_a_state_inside_a_title_and_hyphenated_names(gaz):
    assert persons(gaz, "Uzbekistan's President Shavkat Mirziyoyev met the head of the Turkmen state Serdar "
                        "Berdimuhamedov.") == [("Shavkat Mirziyoyev", "President", "UZ", False),
                                              ("Serdar Berdimuhamedov", "President", "TM", False)]
    assert persons(gaz, "Korean President Lee Jae-myung arrived.") == [("Lee Jae-myung", "President", "KR", False)]


def test_a_bulgarian_foreign_minister_in_the_indefinite(gaz):
    assert persons(gaz, "Турският външен министър Хакан Фидан пристигна в София.", "bg") == [
        ("Хакан Фидан", "Minister of Foreign Affairs", "TR", False)]


def test_the_chairman_of_a_cabinet_of_ministers_is_its_prime_minister(gaz):
    assert persons(gaz, "Bektenov met Chairman of the Cabinet of Ministers of Ukraine Denys Shmyhal.") == [
        ("Denys Shmyhal", "Prime Minister", "UA", False)]
    assert persons(gaz, "Встреча с Председателем Кабинета министров Украины Денисом Шмыгалем.", "ru") == [
        ("Денис Шмыгаль", "Prime Minister", "UA", False)]


@pytest.mark.parametrize("text, lang, article, expected", [
    ("The presidents met in Lima on 4/8/2024.", "en", dt.date(2024, 4, 9), dt.date(2024, 4, 8)),     # month first
    ("The presidents met in Lima on 4/8/2024.", "en", dt.date(2024, 8, 5), dt.date(2024, 8, 4)),     # nearer the report
    ("The presidents met in Lima on 4/8/2024.", "en", None, dt.date(2024, 4, 8)),
    ("The presidents met in Lima on 23/8/2024.", "en", dt.date(2024, 8, 24), dt.date(2024, 8, 23)),  # only a date so
    ("Президентите се срещнаха в Лима на 04.08.2024 г.", "bg", dt.date(2024, 4, 9), dt.date(2024, 8, 4)),   # dots: day first
    ("Президенты встретились в Лиме 4/8/2024.", "ru", None, dt.date(2024, 8, 4)),
])
def test_numeric_dates_in_the_order_the_language_and_the_report_suggest(gaz, text, lang, article, expected):
    assert mentions(gaz, text, lang, date=article)[0].dates == [expected]


@pytest.mark.parametrize("text, lang, name", [
    ("Президентът на Румъния Никушор Дан пристигна в София.", "bg", "Никушор Дан"),     # not "Дания"
    ("Президент Румынии Никушор Дан прибыл в Софию.", "ru", "Никушор Дан"),
    ("Премьер-министр Вьетнама Фам Минь Тинь прибыл в Москву.", "ru", "Фам Минь Тинь"),
])
def test_a_short_surname_is_no_bare_stem_of_a_place(gaz, text, lang, name):
    sents = mentions(gaz, text, lang)
    assert [p.name for s in sents for p in s.persons if p.titled] == [name]
    assert len({st.iso for s in sents for st in s.states}) == 1      # only the leader's own state


def test_inflected_forms_of_places_still_match(gaz):
    sents = mentions(gaz, "Премьер Дании прибыл в Москву, затем в Казахстан и Русе.", "ru")
    assert {st.iso for s in sents for st in s.states} == {"DK", "KZ"}
    assert len([c for s in sents for c in s.cities]) == 2


def test_a_plural_name_in_the_genitive_plural_is_still_the_place(gaz):
    sents = mentions(gaz, "Делегации Мальдив и Филиппин прибыли в Москву.", "ru")
    assert {st.iso for s in sents for st in s.states} == {"MV", "PH"}
