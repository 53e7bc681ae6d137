"""Each sentence shown beside an article is a sentence of that article: in ``kg query sources``, in the
steps of ``kg path`` and in the page's panel, whatever the number of articles a node comes from."""
import json

import pytest
from click.testing import CliRunner

from conftest import write_article
from kg.cli import cli

FIRST = "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan."
SECOND = "Sadyr Japarov held talks with Ilham Aliyev in Baku on energy."
THIRD = "Kyrgyz President Sadyr Japarov met Shavkat Mirziyoyev in Tashkent."


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    write_article(src, "one", FIRST, title="Article one", date="2025-03-04")
    write_article(src, "two", SECOND, title="Article two", date="2025-03-05")
    write_article(src, "three", THIRD, title="Article three", date="2025-04-01")
    out = src.parent / (src.name + "-out")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    return out


WHERE = {FIRST: "Article one", SECOND: "Article two", THIRD: "Article three"}


def test_sources_pair_each_sentence_with_its_own_article(built):
    r = CliRunner().invoke(cli, ["query", "sources", "-p", "node=Sadyr Japarov", "-d", str(built), "--json"])
    assert r.exit_code == 0, r.output
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(r.output)["results"]["bindings"]]
    assert len(rows) == 3
    for row in rows:
        assert WHERE[row["sentence"]] == row["title"]


@pytest.mark.parametrize("target", ["Shavkat Mirziyoyev", "Kyrgyzstan", "Azerbaijan"])
def test_path_steps_name_the_article_of_their_sentence(built, target):
    r = CliRunner().invoke(cli, ["path", "Sadyr Japarov", target, "-d", str(built), "--json"])
    assert r.exit_code == 0, r.output
    steps = [st for p in json.loads(r.output) for st in p["steps"] if st.get("evidence")]
    assert steps
    for st in steps:
        assert [a.split(",")[0] for a in st["articles"]] == [WHERE[st["evidence"]]]


def test_the_page_panel_names_the_article_of_each_sentence(built):
    from kg.ask.project import load_view
    from kg.ask.render import node_details

    view = load_view(built)
    iri = view.find("Sadyr Japarov")
    details = node_details(view, iri, "en")
    assert len(details["evidence"]) == 3
    for ev in details["evidence"]:
        assert [a.split(",")[0] for a in ev["articles"]] == [WHERE[ev["sentence"]]]
    html = (built / "kg.html").read_text(encoding="utf-8")
    assert "Article two, 2025-03-05" in html


def test_a_state_known_only_through_its_leader_rests_on_his_sentences(tmp_path):
    """Kyrgyzstan is never named: it comes from the office-holder list, through Sadyr Japarov."""
    src = tmp_path / "in"
    write_article(src, "visit", "President Sadyr Japarov arrived in Baku on Monday for a state visit.",
                  title="A visit", date="2025-06-02")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(out)]).exit_code == 0
    r = CliRunner().invoke(cli, ["validate", str(out / "kg.ttl")])
    assert r.exit_code == 0 and "conforms" in r.output, r.output
    r = CliRunner().invoke(cli, ["query", "sources", "-p", "node=KG", "-d", str(out), "--json"])
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(r.output)["results"]["bindings"]]
    assert [(row["sentence"], row["title"]) for row in rows] == [
        ("President Sadyr Japarov arrived in Baku on Monday for a state visit.", "A visit")]
