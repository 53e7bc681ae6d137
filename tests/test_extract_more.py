"""Facts from tests/articles-more: three articles written after the rules, on states, people and
phrasings the other articles do not have (Azerbaijan-Georgia in English, Bulgaria-Slovenia in Bulgarian,
Kyrgyzstan-Tajikistan in Russian). Each test names the general rule it checks."""
from conftest import rows

ART = "https://w3id.org/dipkg/resource/article/"


def test_a_leader_invited_by_the_host_holds_office_there(more_articles_graph):
    # "на официално посещение в Словения по покана на президента Наташа Пирц Мусар": she leads Slovenia,
    # so the other titled leader of a Bulgaria-Slovenia article leads Bulgaria
    got = set(rows(more_articles_graph, """
        SELECT ?iso ?name WHERE { ?p a dip:Leader ; dip:leaderOf/dip:isoCode ?iso ; rdfs:label ?name }"""))
    assert ("SI", "Наташа Пирц Мусар") in got      # a Bulgarian name is not declined: not "Наташ"
    assert ("BG", "Румен Радев") in got
    visits = set(rows(more_articles_graph, """
        SELECT ?host ?art WHERE { ?v a dip:Visit ; dip:host/dip:isoCode ?host ; prov:wasDerivedFrom ?art }"""))
    assert ("SI", ART + "bg_si") in visits


def test_a_title_before_the_long_form_of_a_state(more_articles_graph):
    # "Президента Республики Таджикистан Эмомали Рахмона": Rahmon, President of Tajikistan, in the nominative
    got = set(rows(more_articles_graph, """
        SELECT ?name WHERE { ?p a dip:Leader ; dip:leaderOf/dip:isoCode "TJ" ; rdfs:label ?name }"""))
    assert got == {("Эмомали Рахмон",)}


def test_a_route_runs_through_the_places_listed_after_it(more_articles_graph):
    got = {(c.rsplit("/", 1)[-1], s) for c, s in rows(more_articles_graph, """
        SELECT ?c ?iso WHERE { ?c a dip:Corridor ; rdfs:label "Trans-Caspian International Transport Route"@en ;
                                  dip:passesThrough/dip:isoCode ?iso }""")}
    assert {s for _, s in got} == {"KZ", "AZ", "GE", "TR"}


def test_a_state_railway_company_is_an_organization_and_a_palace_is_neither(more_articles_graph):
    orgs = {o for (o,) in rows(more_articles_graph, "SELECT ?l WHERE { ?o a dip:Organization ; rdfs:label ?l }")}
    corridors = {o for (o,) in rows(more_articles_graph, "SELECT ?l WHERE { ?o a dip:Corridor ; rdfs:label ?l }")}
    assert {"Georgian Railway", "Azerbaijan Railways"} <= orgs
    assert "Georgian Railway" not in corridors
    assert not any("Palace" in o for o in orgs)
    parties = {p for (p,) in rows(more_articles_graph, """
        SELECT ?l WHERE { ?a a dip:Memorandum ; dip:party/rdfs:label ?l ;
                             prov:wasDerivedFrom <https://w3id.org/dipkg/resource/article/en_az_ge> }""")}
    assert parties == {"Georgian Railway", "Azerbaijan Railways"}


def test_a_bulgarian_organization_name_runs_to_the_comma(more_articles_graph):
    orgs = {o for (o,) in rows(more_articles_graph, "SELECT ?l WHERE { ?o a dip:Organization ; rdfs:label ?l }")}
    assert "Словенската агенция за насърчаване на инвестициите" in orgs
    assert "Българската агенция за инвестиции" in orgs


def test_a_corridor_named_by_a_chain_of_places_after_its_head_word(more_articles_graph):
    corridors = {o for (o,) in rows(more_articles_graph, "SELECT ?l WHERE { ?o a dip:Corridor ; rdfs:label ?l }")}
    assert "Балтийско – Егейско – Черно море" in corridors


def test_twinned_cities_as_the_subject_of_a_twinning_agreement(more_articles_graph):
    # "Города Ош и Худжанд подписали соглашение о побратимстве" (a two-letter Cyrillic city: Ош)
    got = set(rows(more_articles_graph, """
        SELECT ?a ?b WHERE { ?x dip:sisterCity ?y . ?x rdfs:label ?a . ?y rdfs:label ?b .
                             FILTER(lang(?a) = "en" && lang(?b) = "en") }"""))
    assert ("Osh", "Khujand") in got
    parties = {p for (p,) in rows(more_articles_graph, """
        SELECT ?l WHERE { ?a a dip:Agreement ; dip:party ?c . ?c a dip:City ; rdfs:label ?l . FILTER(lang(?l) = "en") }""")}
    assert parties == {"Osh", "Khujand"}


def test_figures_and_relations(more_articles_graph):
    got = set(rows(more_articles_graph, """
        SELECT ?metric ?amount ?cur ?year WHERE { ?f a dip:TradeFigure ; dip:metric ?metric ; dip:amount ?amount ;
                                               dip:currency ?cur . OPTIONAL { ?f dip:year ?year } }"""))
    assert ("turnover", "650000000", "EUR", "2023") in got
    assert ("target", "1000000000", "EUR", "2028") in got
    assert ("turnover", "120000000", "USD", "2024") in got
    assert ("target", "500000000", "USD", "2030") in got
    assert ("turnover", "1200000000", "USD", "2024") in got
    rel = set(rows(more_articles_graph, """
        SELECT ?y WHERE { ?r a dip:DiplomaticRelations ; dip:year ?y ; dip:between/dip:isoCode "AZ" }"""))
    assert rel == {("1992",)}
