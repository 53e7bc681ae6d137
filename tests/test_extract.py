"""Facts read from the test articles in tests/articles (written for the tests, three languages, countries
and people that the seed articles do not have), and from short texts."""
import pytest
from conftest import rows


def test_visits_in_three_languages(test_articles_graph):
    got = set(rows(test_articles_graph, """
        SELECT ?guest ?host ?city ?date WHERE {
          ?v a dip:Visit ; dip:guest ?g ; dip:host/dip:isoCode ?host .
          ?g rdfs:label ?guest . FILTER(lang(?guest) != "" && !CONTAINS(?guest, " ") = false)
          OPTIONAL { ?v dip:location/rdfs:label ?city . FILTER(lang(?city) = "en") }
          OPTIONAL { ?v dip:date ?date }
        }"""))
    assert ("Viktor Orbán", "UZ", "Tashkent", "2024-10-14") in got
    assert ("Румен Радев", "GR", "Athens", "2025-03-20") in got
    assert ("Владимир Путин", "MN", "Ulan Bator", "2024-09-03") in got
    assert ("Шавкат Мирзиёев", "KZ", "Astana", None) in got  # date not in the text: unknown
    assert ("Murat Nurtleu", "CN", "Beijing", "2024-03-03") in got
    assert ("Георг Георгиев", "MK", "Skopje", "2025-02-11") in got
    assert len(rows(test_articles_graph, "SELECT ?v WHERE { ?v a dip:Visit }")) == 6


def test_leaders_and_their_states(test_articles_graph):
    got = set(rows(test_articles_graph, """
        SELECT ?iso ?role ?name WHERE { ?p a dip:Leader ; dip:leaderOf/dip:isoCode ?iso ; dip:role ?role ;
                                        rdfs:label ?name }"""))
    for expected in [("HU", "Prime Minister", "Viktor Orbán"), ("UZ", "President", "Shavkat Mirziyoyev"),
                     ("GR", "Prime Minister", "Кириакос Мицотакис"), ("GR", "President", "Константинос Тасулас"),
                     ("RU", "President", "Владимир Путин"), ("MN", "President", "Ухнаагийн Хурэлсух"),
                     ("CN", "Minister of Foreign Affairs", "Wang Yi"), ("BG", "Minister of Foreign Affairs", "Георг Георгиев")]:
        assert expected in got


def test_meetings_have_both_sides(test_articles_graph):
    got = rows(test_articles_graph, """
        SELECT ?m (COUNT(DISTINCT ?p) AS ?n) (SAMPLE(?c) AS ?city) WHERE {
          ?m a dip:Meeting ; dip:participant ?p ; dip:location/rdfs:label ?c . FILTER(lang(?c) = "en") }
        GROUP BY ?m""")
    assert sorted(c for _, _, c in got) == ["Astana", "Athens", "Beijing", "Skopje", "Tashkent", "Ulan Bator"]
    assert all(int(n) == 2 for _, n, _ in got)


def test_agreements_with_types_parties_and_signing_visit(test_articles_graph):
    def of(article):
        return rows(test_articles_graph, f"""
            SELECT ?type ?visit (COUNT(DISTINCT ?p) AS ?parties) WHERE {{
              ?a a dip:Agreement ; dip:documentType ?type ; dip:signedDuring ?visit ; dip:party ?p ;
                 prov:wasDerivedFrom <https://w3id.org/dipkg/resource/article/{article}> }}
            GROUP BY ?a ?type ?visit ORDER BY ?type""")

    assert [t for t, _, _ in of("en_uz_hu")] == ["agreement", "joint declaration", "memorandum", "roadmap"]
    assert [t for t, _, _ in of("bg_gr")] == ["agreement", "memorandum"]
    assert [t for t, _, _ in of("ru_mn")] == ["joint declaration", "memorandum"]
    assert [t for t, _, _ in of("ru_kz_uz")] == ["agreement", "agreement", "joint declaration", "memorandum", "plan"]
    assert [t for t, _, _ in of("en_kz_cn")] == ["agreement", "agreement"]
    for article in ("en_uz_hu", "bg_gr", "ru_mn", "ru_kz_uz", "en_kz_cn", "bg_bg_mk"):
        for _, visit, parties in of(article):
            assert "/visit/" in visit and parties == "2"


def test_memorandum_between_two_organizations(test_articles_graph):
    got = rows(test_articles_graph, """
        SELECT ?name WHERE { ?a a dip:Memorandum ; dip:party ?o . ?o a dip:Organization ; rdfs:label ?name }""")
    assert sorted(n for (n,) in got) == ["Hungarian Electricity Company", "Ministry of Energy of Uzbekistan"]


def test_agreement_concerning_a_pipeline(test_articles_graph):
    got = rows(test_articles_graph, """
        SELECT ?name WHERE { ?a a dip:Memorandum ; dip:concerns ?c . ?c a dip:Pipeline ; rdfs:label ?name }""")
    assert got == [("Сила Сибири – 2",)]


def test_trade_figures(test_articles_graph):
    got = set(rows(test_articles_graph, """
        SELECT ?metric ?amount ?cur ?year ?from ?to (GROUP_CONCAT(?b; separator=",") AS ?between) WHERE {
          ?f a dip:TradeFigure ; dip:metric ?metric ; dip:amount ?amount ; dip:currency ?cur .
          OPTIONAL { ?f dip:year ?year } OPTIONAL { ?f dip:fromState/dip:isoCode ?from }
          OPTIONAL { ?f dip:toState/dip:isoCode ?to } OPTIONAL { ?f dip:between/dip:isoCode ?b }
        } GROUP BY ?f ?metric ?amount ?cur ?year ?from ?to"""))
    simple = {(m, int(float(a)), c, y, f, t) for m, a, c, y, f, t, _ in got}
    assert simple == {
        ("turnover", 210500000, "USD", "2023", None, None),
        ("turnover", 180000000, "USD", "2022", None, None),   # "a year earlier"
        ("investment", 95000000, "USD", None, "HU", "UZ"),    # its sentence gives no year (trade's is 2023)
        ("target", 500000000, "USD", "2027", None, None),
        ("turnover", 6200000000, "EUR", "2024", None, None),
        ("investment", 3100000000, "EUR", None, "GR", "BG"),  # "достигат": a stock of no year
        ("turnover", 2500000000, "USD", "2023", None, None),
        ("target", 5000000000, "USD", "2030", None, None),
        ("turnover", 4400000000, "USD", "2023", None, None),   # "по итогам прошлого года", article of 2024
        ("target", 10000000000, "USD", None, None, None),
        ("turnover", 41000000000, "USD", "2023", None, None),
        ("investment", 25000000000, "USD", None, "CN", "KZ"),     # "since 2005": no single year
        ("target", 80000000000, "USD", "2030", None, None),
        ("turnover", 1100000000, "EUR", "2024", None, None),       # "през миналата година", article of 2025
    }


def test_relations_awards(test_articles_graph):
    assert set(rows(test_articles_graph, """
        SELECT ?y (GROUP_CONCAT(?iso; separator=",") AS ?s) WHERE {
          ?r a dip:DiplomaticRelations ; dip:year ?y ; dip:between/dip:isoCode ?iso } GROUP BY ?r ?y""")) in (
        {("1992", "HU,UZ"), ("1879", "BG,GR")}, {("1992", "UZ,HU"), ("1879", "GR,BG")},
        {("1992", "HU,UZ"), ("1879", "GR,BG")}, {("1992", "UZ,HU"), ("1879", "BG,GR")})
    got = set(rows(test_articles_graph, """
        SELECT ?award ?rec ?by WHERE { ?c a dip:AwardConferral ; dip:award/rdfs:label ?award ;
          dip:recipient/rdfs:label ?rec ; dip:conferredBy/rdfs:label ?by }"""))
    assert ("Order of Friendship", "Viktor Orbán", "Shavkat Mirziyoyev") in got
    assert ("Чингисхан", "Владимир Путин", "Ухнаагийн Хурэлсух") in got
    assert ("Алтын Кыран", "Шавкат Мирзиёев", "Касым-Жомарт Токаев") in got


def test_hedged_and_generic_mentions_make_no_facts(build_text):
    g = build_text("""
        Serbian President Aleksandar Vučić said Serbia and Azerbaijan will sign an agreement on gas supplies
        next year. Many agreements were discussed. Serbian presidents have visited Azerbaijan on multiple
        occasions. President Ilham Aliyev invited him to visit Baku at a convenient time.
    """, language="en")
    assert rows(g, "SELECT ?a WHERE { ?a a dip:Agreement }") == []
    assert rows(g, "SELECT ?v WHERE { ?v a dip:Visit }") == []


def test_imports_are_stored_as_exports_of_the_other_side(build_text):
    g = build_text("""
        Georgia and Armenia reviewed trade. In 2023, Armenia's imports from Georgia rose to $120 million,
        while Georgian exports to Armenia were expected to grow further.
    """, language="en")
    got = rows(g, """SELECT ?m ?from ?to ?y WHERE { ?f a dip:TradeFigure ; dip:metric ?m ;
                       dip:fromState/dip:isoCode ?from ; dip:toState/dip:isoCode ?to ; dip:year ?y }""")
    assert got == [("exports", "GE", "AM", "2023")]


def test_sister_cities_from_a_twinning_memorandum(build_text):
    g = build_text("""
        Mayors signed a memorandum on twinning between the city of Varna and the city of Odesa today.
    """, language="en")
    got = rows(g, """SELECT ?a ?b WHERE { ?x dip:sisterCity ?y . ?x rdfs:label ?a . ?y rdfs:label ?b .
                       FILTER(lang(?a) = "en" && lang(?b) = "en") }""")
    assert sorted(got) == [("Odesa", "Varna"), ("Varna", "Odesa")]


def test_every_extracted_node_has_provenance(test_articles_graph):
    missing = rows(test_articles_graph, """
        SELECT ?n WHERE { ?n a ?t . FILTER(?t != dip:Article)
          FILTER NOT EXISTS { ?n prov:wasDerivedFrom ?a . ?n dip:evidence ?e } }""")
    assert missing == []


def test_relations_dated_by_anniversary_and_figures_by_period(build_text):
    g = build_text("""
        Georgia and Armenia marked the 30th anniversary of diplomatic relations this year.
        Trade between Georgia and Armenia reached $1.2 billion in January-October 2021, the ministers said.
    """, language="en", date="2022-11-10")
    assert rows(g, "SELECT ?y WHERE { ?r a dip:DiplomaticRelations ; dip:year ?y }") == [("1992",)]
    assert rows(g, "SELECT ?y WHERE { ?f a dip:TradeFigure ; dip:year ?y }") == [("2021",)]


def test_untitled_names_are_not_places_or_organizations(build_text):
    g = build_text("""
        The Astana Times reported that the Kazakh Foreign Ministry said talks went well.
        Hungarian Prime Minister Viktor Orbán met President Shavkat Mirziyoyev in Tashkent.
    """, language="en")
    names = {n for (n,) in rows(g, "SELECT ?n WHERE { ?p a dip:Person ; rdfs:label ?n }")}
    assert names == {"Viktor Orbán", "Shavkat Mirziyoyev"}


def test_bulleted_document_list_and_years_since_establishment(build_text):
    g = build_text("""
        Президент Казахстана Касым-Жомарт Токаев прибыл в Баку с государственным визитом по приглашению Президента Азербайджана Ильхама Алиева.

        По итогам переговоров подписан ряд документов:
        - Договор о союзнических отношениях;
        - Соглашение о сотрудничестве в области энергетики;
        - Меморандум о взаимопонимании по развитию Транскаспийского международного транспортного маршрута.

        Стороны отметили 30 лет со дня установления дипломатических отношений между Казахстаном и Азербайджаном.
    """, language="ru", date="2022-08-20")
    got = rows(g, """SELECT ?type (COUNT(?p) AS ?n) WHERE { ?a a dip:Agreement ; dip:documentType ?type ;
                       dip:party ?p ; dip:signedDuring ?v } GROUP BY ?a ?type ORDER BY ?type""")
    assert got == [("agreement", "2"), ("agreement", "2"), ("memorandum", "2")]
    assert rows(g, "SELECT ?c WHERE { ?a dip:concerns ?c . ?c a dip:Corridor }")
    assert rows(g, "SELECT ?y WHERE { ?r a dip:DiplomaticRelations ; dip:year ?y }") == [("1992",)]


def test_host_side_release_makes_the_visitor_the_guest(build_text):
    g = build_text("""
        Президентът Румен Радев посрещна президента на Виетнам Лыонг Кыонг, който е на държавно посещение в България.
        Двамата президенти проведоха разговори в тесен формат.
    """, language="bg")
    got = rows(g, """SELECT ?g ?h WHERE { ?v a dip:Visit ; dip:guest/rdfs:label ?g ; dip:host/dip:isoCode ?h }""")
    assert got == [("Лыонг Кыонг", "BG")]


def test_person_known_only_by_surname_still_has_a_name():
    """A cluster can start from bare surnames (its full name comes later, or never): it must still have a
    label and an IRI."""
    from kg.mentions import PersonRef
    from kg.graph.people import People

    people = People()
    people.add_article("a1", "en", [PersonRef("Karim", 0, 5, None, "EG", False, titled=False)])
    c = people.get("a1", "krm")
    assert c.canonical() == "Karim" and c.slug == "karim" and list(c.labels) == [("Karim", "en")]
    people.add_article("a2", "en", [PersonRef("Ahmed Karim", 0, 11, "President", "EG", False, titled=True)])
    assert people.get("a2", "krm") is c and c.canonical() == "Ahmed Karim"


def test_a_joint_communique_in_bulgarian_and_russian(build_text):
    for text, lang in (("Президентите на България и Гърция подписаха съвместно комюнике в София.", "bg"),
                       ("Президенты Казахстана и Узбекистана приняли совместное коммюнике в Астане.", "ru")):
        g = build_text(text, language=lang)
        got = rows(g, "SELECT ?t WHERE { ?a a dip:JointStatement ; dip:documentType ?t }")
        assert got == [("joint statement",)], text


def test_where_a_document_was_adopted_is_not_part_of_its_title(build_text):
    g = build_text("The heads of state adopted the Tianjin Declaration at the end of the summit chaired by "
                   "Chinese President Xi Jinping in Tianjin. Kazakhstan and China signed an agreement on "
                   "cooperation in the field of transport during the visit.")
    labels = {l for (l,) in rows(g, "SELECT ?l WHERE { ?a a dip:Agreement ; rdfs:label ?l }")}
    assert labels == {"Tianjin Declaration", "agreement on cooperation in the field of transport"}


def test_diplomatic_ties_are_relations(build_text):
    g = build_text("Kazakhstan and Japan established diplomatic ties on 26 January 1992.")
    assert rows(g, "SELECT ?y WHERE { ?r a dip:DiplomaticRelations ; dip:year ?y }") == [("1992",)]


def test_the_council_of_ministers_is_where_talks_are_held_not_a_session(build_text):
    g = build_text("Министър-председателят Росен Желязков прие в Министерския съвет министър-председателя на "
                   "Хърватия Андрей Пленкович, който е на официално посещение в България.", language="bg")
    labels = {l for (l,) in rows(g, "SELECT ?l WHERE { ?m a dip:Meeting ; rdfs:label ?l }")}
    assert labels == {"Разговори"}


def test_an_award_by_decree_in_the_passive(build_text):
    g = build_text("Указом Президента Казахстана Касым-Жомарта Токаева орденом «Достык» I степени награжден "
                   "Президент Кыргызстана Садыр Жапаров.", language="ru")
    got = rows(g, """SELECT ?r ?by WHERE { ?c a dip:AwardConferral ; dip:recipient/dip:leaderOf/dip:isoCode ?r ;
                                             dip:conferredBy/dip:leaderOf/dip:isoCode ?by }""")
    assert got == [("KG", "KZ")]


@pytest.mark.parametrize("text, lang", [
    ("Trade turnover between Kazakhstan and Turkey grew by 15 percent to $850 million in the first half of 2025.", "en"),
    ("In January-June 2025, trade between Uzbekistan and China reached $6.1 billion.", "en"),
    ("През първото полугодие на 2025 г. стокообменът между България и Турция е 3 млрд. евро.", "bg"),
    ("В январе-мае 2025 года товарооборот Узбекистана и Казахстана достиг 1,9 млрд долларов.", "ru"),
])
def test_a_figure_for_part_of_a_year_is_of_that_year(build_text, text, lang):
    g = build_text(text, language=lang, date="2025-08-01")
    assert rows(g, "SELECT ?y WHERE { ?f a dip:TradeFigure ; dip:year ?y }") == [("2025",)]


def test_items_of_a_list_of_documents_are_titles_without_articles(build_text):
    g = build_text("President Kassym-Jomart Tokayev held talks with Sultan of Oman Haitham bin Tariq in Astana. The "
                   "following documents were signed: an agreement on the promotion and protection of investments; "
                   "a memorandum of understanding on cooperation in energy; and a roadmap for cooperation in tourism.")
    labels = {l for (l,) in rows(g, "SELECT ?l WHERE { ?a a dip:Agreement ; rdfs:label ?l }")}
    assert labels == {"agreement on the promotion and protection of investments",
                      "memorandum of understanding on cooperation in energy", "roadmap for cooperation in tourism"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Износът на България за Казахстан през 2024 г. е 60 млн. долара, а вносът от Казахстан – 35 млн. долара.", "bg",
     {("60000000", "BG", "KZ"), ("35000000", "KZ", "BG")}),
    ("Экспорт Казахстана в Турцию в 2024 году составил 3,2 млрд долларов.", "ru", {("3200000000", "KZ", "TR")}),
    ("Exports of Uzbekistan to China reached $2 billion in 2024.", "en", {("2000000000", "UZ", "CN")}),
])
def test_the_state_whose_exports_they_are(build_text, text, lang, expected):
    g = build_text(text, language=lang, date="2025-08-01")
    got = set(rows(g, """SELECT ?a ?f ?t WHERE { ?x a dip:TradeFigure ; dip:metric "exports" ; dip:amount ?a ;
                                               dip:fromState/dip:isoCode ?f ; dip:toState/dip:isoCode ?t }"""))
    assert got == expected


def test_a_year_after_the_destination(build_text):
    g = build_text("Kazakhstan exported goods worth $3.2 billion to Turkey in 2024.", date="2025-08-01")
    assert rows(g, "SELECT ?y WHERE { ?x a dip:TradeFigure ; dip:year ?y }") == [("2024",)]
