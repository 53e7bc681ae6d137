"""Event codes: every event node carries its CAMEO code and PLOVER type and mode as the table
(kg/reference/event_codes.tsv) and the README say, and ``kg export --format csv-events`` gives the GDELT-like
rows of the events that ``kg query`` returns."""
import csv
import io
import re
from pathlib import Path

from click.testing import CliRunner

from conftest import ROOT, kg_build_texts, kg_select
from kg.cli import cli
from kg.reference.event_codes import event_codes

CLASSES = {"Visit": {"042", "043"}, "Meeting": {"040", "044"}, "Agreement": {"057"}, "AwardConferral": {"051"},
           "DiplomaticRelations": {"054"}}


def events_table(out) -> tuple[str, list[dict]]:
    r = CliRunner().invoke(cli, ["export", "--format", "csv-events", "-o", "-", "-d", str(out)])
    assert r.exit_code == 0, r.output
    text = r.stdout_bytes.decode("utf-8")   # r.output has \r\n made \n
    return text, list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_table_has_the_codes_the_ontology_comment_and_readme_give():
    rows = {(c.cls, c.side): (c.cameo, c.plover_type, c.plover_mode) for c in event_codes()}
    assert rows[("Visit", "guest")] == ("042", "CONSULT", "visit")
    assert rows[("Visit", "host")] == ("043", "CONSULT", "host")
    assert rows[("Meeting", "third")] == ("044", "CONSULT", "third-party")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for c in event_codes():
        line = f"| {c.cls} | {c.side or '–'} | {c.cameo} {c.cameo_name} | {c.plover_type} | {c.plover_mode or '–'} |"
        assert line in readme, line


def test_every_event_of_the_seeds_carries_the_codes_of_its_class(seeds_built):
    found = kg_select(seeds_built, "SELECT ?e ?c ?code ?type WHERE { VALUES ?c { dip:Visit dip:Meeting dip:Agreement "
                                "dip:AwardConferral dip:DiplomaticRelations } ?e a ?c . "
                                "OPTIONAL { ?e dip:cameoCode ?code ; dip:ploverType ?type } }")
    assert len({r["e"] for r in found}) > 25
    by_event: dict = {}
    for r in found:
        cls = r["c"].rsplit("#", 1)[1]
        assert "code" in r, r["e"]
        assert r["code"] in CLASSES[cls], (r["e"], r["code"])
        by_event.setdefault((r["e"], cls), set()).add(r["code"])
        assert r["type"] == ("CONSULT" if cls in ("Visit", "Meeting") else "SUPPORT")
    for (e, cls), codes in by_event.items():
        if cls == "Visit":
            assert codes == {"042", "043"}, e
        else:
            assert len(codes) == 1, e


def _built(tmp_path, texts: dict) -> Path:
    return kg_build_texts(tmp_path, {name: (text, None) for name, text in texts.items()}, "2025-02-16")


def test_talks_in_a_third_state_are_044_and_at_home_040(tmp_path):
    out = _built(tmp_path, {
        "summit": "Kenyan President William Ruto and Ghanaian President John Mahama held talks in Addis Ababa on Sunday on the sidelines of the African Union summit.",
        "home": "President of Ghana John Mahama held talks with Kenyan President William Ruto in Accra on Monday.",
    })
    codes = {r["city"].rsplit("-", 1)[1]: r["code"] for r in kg_select(
        out, "SELECT ?city ?code WHERE { ?m a dip:Meeting ; dip:location ?city ; dip:cameoCode ?code }")}
    assert codes == {"344979": "044", "2306104": "040"}     # Addis Ababa, Accra (GeoNames ids)


def test_csv_events_gives_two_rows_a_visit_and_one_a_pair(tmp_path):
    out = _built(tmp_path, {
        "visit": "President of Chile Gabriel Boric arrived in Athens on Monday for an official visit to Greece at the invitation of President Konstantinos Tasoulas.",
        "signing": "Gabriel Boric and Konstantinos Tasoulas signed an agreement on cultural cooperation in Athens.",
    })
    text, rows = events_table(out)
    assert text.splitlines(keepends=True)[0].endswith("\r\n")
    visit = [(r["source_actor"], r["target_actor"], r["cameo_code"], r["plover_mode"]) for r in rows
             if r["cameo_code"] in ("042", "043")]
    assert sorted(visit) == [("CHL", "GRC", "042", "visit"), ("GRC", "CHL", "043", "host")]
    signed = [r for r in rows if r["cameo_code"] == "057"]
    assert [(r["source_actor"], r["target_actor"], r["cameo_root"], r["plover_type"]) for r in signed] == [
        ("CHL", "GRC", "05", "SUPPORT")]
    for r in rows:
        assert r["place"] == "Athens" and r["place_geonames_id"] == "264371"
        assert r["articles"].startswith("https://w3id.org/dipkg/resource/article/")


def test_csv_events_has_a_row_for_each_visit_kg_query_lists(seeds_built):
    _, rows = events_table(seeds_built)
    visits = {r["visit"] for r in kg_select(seeds_built, "visits")}
    assert visits == {r["event"] for r in rows if r["cameo_code"] == "042"}
    assert visits == {r["event"] for r in rows if r["cameo_code"] == "043"}
    agreements = {r["a"] for r in kg_select(seeds_built, "SELECT DISTINCT ?a WHERE { ?a a dip:Agreement ; "
                                                      "dip:party ?s . ?s a dip:State }")}
    assert agreements == {r["event"] for r in rows if r["cameo_code"] == "057"}
    assert all(re.fullmatch(r"[A-Z]{3}", r["source_actor"]) for r in rows)


def test_csv_events_is_the_same_bytes_every_time_and_lands_in_events_csv(seeds_built, tmp_path):
    first, _ = events_table(seeds_built)
    second, _ = events_table(seeds_built)
    assert first == second
    target = tmp_path / "e.csv"
    r = CliRunner().invoke(cli, ["export", "--format", "events", "-o", str(target), "-d", str(seeds_built)])
    assert r.exit_code == 0 and target.read_bytes().decode("utf-8") == first


def test_export_help_names_the_format():
    r = CliRunner().invoke(cli, ["export", "--help"])
    assert "csv-events" in r.output and "kg export --format csv-events" in r.output
