"""The page's overview, timeline and map in Chromium (Playwright, offline): each draws without console
errors or requests; the overview has a node per state of the graph, and a click on a pair lists the
events of that pair that ``kg query`` finds; a date filter keeps the timeline's items in range; the map
draws an arc per visit; article text with markup stays text in every view."""
import pytest
from click.testing import CliRunner

from browser import available, page_for
from conftest import kg_select as select
from conftest import write_article
from kg.cli import cli

needs_chromium = pytest.mark.skipif(not available(), reason="chromium or playwright not installed")
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def seeds_page(seeds_built, tmp_path_factory):
    page = tmp_path_factory.mktemp("views") / "kg.html"
    r = CliRunner().invoke(cli, ["render", "-d", str(seeds_built), "-o", str(page)])
    assert r.exit_code == 0, r.output
    return page


def test_the_page_has_a_title_tabs_and_the_builds_counts(seeds_page):
    html = seeds_page.read_text(encoding="utf-8")
    assert html.count("<title>") == 1 and "<title>dipkg</title>" in html
    for tab in ("overview", "timeline", "map", "entities"):
        assert f'id="tab-{tab}"' in html
    assert "built " in html and " articles · " in html


def test_each_view_draws_offline_and_clean(seeds_page):
    with page_for(seeds_page, 1400, 900, tab="overview") as (page, log):
        page.wait_for_function("window.dipkgOverviewDrawn === true", timeout=30000)
        for tab in ("timeline", "map", "entities"):
            page.click(f"#tab-{tab}")
            page.wait_for_function(f"window.dipkgTab === '{tab}'")
        assert page.evaluate("window.dipkgViews.items.length") > 0
        assert page.evaluate("document.querySelectorAll('#map path.land').length") > 150
        assert log["errors"] == [] and log["external"] == []


def test_the_overview_has_one_node_per_state_and_a_pair_lists_its_events(seeds_page, seeds_built):
    states = {r["s"] for r in select(seeds_built, "SELECT ?s WHERE { ?s a dip:State }")}
    kz, kg = "https://w3id.org/dipkg/resource/state/KZ", "https://w3id.org/dipkg/resource/state/KG"
    between = {r["e"] for r in select(seeds_built, """SELECT DISTINCT ?e WHERE {
        VALUES (?a ?b) { (<%(kz)s> <%(kg)s>) (<%(kg)s> <%(kz)s>) }
        { ?e a dip:Visit ; dip:host ?b ; dip:guest ?g . { ?g dip:leaderOf ?a } UNION { FILTER(?g = ?a) } }
        UNION { ?e a dip:Meeting ; dip:participant ?p , ?q .
                { ?p dip:leaderOf ?a } UNION { FILTER(?p = ?a) } { ?q dip:leaderOf ?b } UNION { FILTER(?q = ?b) } }
        UNION { ?e a dip:Agreement ; dip:party ?a , ?b }
        UNION { ?e a dip:AwardConferral ; dip:conferredBy ?c ; dip:recipient ?r . ?r dip:leaderOf ?b .
                { ?c dip:leaderOf ?a } UNION { FILTER(?c = ?a) } }
        UNION { VALUES ?c { dip:TradeFigure dip:DiplomaticRelations } ?e a ?c ; dip:between ?a , ?b } }""" % {
        "kz": kz, "kg": kg})}
    assert len(between) > 10
    with page_for(seeds_page, 1400, 900, tab="overview") as (page, log):
        page.wait_for_function("window.dipkgOverviewDrawn === true", timeout=30000)
        assert set(page.evaluate("window.dipkgOverview.body.data.nodes.getIds()")) == states
        # click the middle of the Kazakhstan – Kyrgyzstan edge where it is drawn
        x, y = page.evaluate("""([a, b]) => { var n = window.dipkgOverview, p = n.getPositions([a, b]);
            var d = n.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2});
            var r = document.getElementById('ov-net').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }""",
                             [kz, kg])
        page.mouse.click(x, y)
        page.wait_for_function("window.dipkgShownPair !== undefined")
        listed = page.evaluate("Array.from(document.querySelectorAll('.dipkg-pair .dipkg-event')).map(e => e.dataset.id)")
        assert set(listed) == between and len(listed) == len(between)
        assert log["errors"] == []


def test_a_date_filter_keeps_the_timeline_items_in_range(seeds_page, seeds_built):
    dated = select(seeds_built, """SELECT DISTINCT ?e ?d WHERE { VALUES ?c { dip:Visit dip:Meeting dip:Agreement
        dip:AwardConferral dip:DiplomaticRelations dip:TradeFigure } ?e a ?c . { ?e dip:date ?d } UNION { ?e dip:year ?d } }""")
    in_2025 = {r["e"] for r in dated if r["d"][:4] == "2025"}
    assert 0 < len(in_2025) < len({r["e"] for r in dated})
    with page_for(seeds_page, 1400, 900, tab="timeline") as (page, log):
        page.wait_for_function("window.dipkgTab === 'timeline'")
        before = page.evaluate("window.dipkgViews.items.length")
        page.fill("#dipkg-from", "2025-01-01")
        page.dispatch_event("#dipkg-from", "change")
        page.fill("#dipkg-to", "2025-12-31")
        page.dispatch_event("#dipkg-to", "change")
        after = page.evaluate("window.dipkgViews.items.getIds()")
        assert len(after) < before and set(after) <= in_2025
        assert log["errors"] == []


def test_the_map_draws_an_arc_per_visit(seeds_page, seeds_built):
    visits = {r["visit"] for r in select(seeds_built, "visits")}
    with page_for(seeds_page, 1400, 900, tab="map") as (page, log):
        page.wait_for_function("window.dipkgTab === 'map'")
        arcs = page.evaluate("Array.from(document.querySelectorAll('#map path.arc.visit')).map(p => p.dataset.id)")
        assert sorted(arcs) == sorted(visits)
        page.click(f'#map path.arc.visit[data-id="{arcs[0]}"]', force=True)
        assert page.evaluate("document.getElementById('dipkg-body').textContent").strip()
        assert log["errors"] == []


def test_article_markup_is_text_in_every_view(tmp_path):
    hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"><b>bold</b>'
    src = tmp_path / "in"
    write_article(src, "x", f"President of Chile Gabriel Boric arrived in Athens on 6 October 2025 for an official visit to Greece at the invitation of President Konstantinos Tasoulas. {hostile}",
                  title=f"Boric {hostile}", date="2025-10-06")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(out)]).exit_code == 0
    page_file = out / "kg.html"
    visit = select(out, "visits")[0]["visit"]
    with page_for(page_file, 1400, 900, tab="overview") as (page, log):
        page.wait_for_function("window.dipkgOverviewDrawn === true", timeout=30000)
        for tab in ("overview", "timeline", "map", "entities"):
            page.click(f"#tab-{tab}")
            page.wait_for_function(f"window.dipkgTab === '{tab}'")
            page.evaluate("id => window.dipkgViews.showEvent(id)", visit)
            body = page.evaluate("document.getElementById('dipkg-body').textContent")
            assert "<script>window.pwned=1</script>" in body, tab
        page.click("#tab-timeline")
        assert "<b>bold</b>" not in page.evaluate("document.getElementById('tl').innerHTML")
        assert page.evaluate("window.pwned") is None
        assert page.evaluate("document.querySelectorAll('#dipkg-body img, #tl img, #map img').length") == 0
        assert log["external"] == []
