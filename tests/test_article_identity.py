"""Two files are two articles unless their text is the same: a second file that claims the name of
another is refused in one line naming both paths, never kept in its place (issue: same file name in two
folders kept one and dropped the other, and kg add "replaced" an article by a different one)."""
from click.testing import CliRunner

from conftest import write_article
from kg.cli import cli

A = "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan."
B = "President Ilham Aliyev arrived in Bishkek on a state visit to Kyrgyzstan."


def kg(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def ttl(out):
    return (out / "kg.ttl").read_text(encoding="utf-8")


def test_build_refuses_a_second_article_of_the_same_name(tmp_path):
    write_article(tmp_path / "x", "news", A, date="2025-03-04")
    write_article(tmp_path / "y", "news", B, date="2025-03-05")
    r = kg("build", tmp_path / "x", tmp_path / "y", "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 1
    line = next(ln for ln in r.output.splitlines() if "skipped:" in ln)
    assert str(tmp_path / "y" / "news.txt") in line and str(tmp_path / "x" / "news.txt") in line
    assert r.output.splitlines()[-1].startswith("1 articles")
    assert "sadyr-japarov" in ttl(tmp_path / "out") and "ilham-aliyev" not in ttl(tmp_path / "out")


def test_the_same_text_twice_is_one_article_with_a_note(tmp_path):
    write_article(tmp_path / "x", "news", A, date="2025-03-04")
    write_article(tmp_path / "y", "news", A, date="2025-03-04")
    write_article(tmp_path / "y", "copy", A, date="2025-03-04")
    r = kg("build", tmp_path / "x", tmp_path / "y", "-o", tmp_path / "out", "--no-html")
    assert r.exit_code == 0, r.output
    assert "the same file as" in r.output and "the same text as" in r.output
    assert ttl(tmp_path / "out").count("a dip:Article") == 1


def test_add_refuses_another_file_of_a_name_in_the_graph_and_replaces_its_own(tmp_path):
    write_article(tmp_path / "x", "news", A, date="2025-03-04")
    write_article(tmp_path / "y", "news", B, date="2025-03-05")
    out = tmp_path / "out"
    assert kg("build", tmp_path / "x", "-o", out, "--no-html").exit_code == 0
    r = kg("add", tmp_path / "y", "-d", out)
    assert r.exit_code == 1 and "replaced" not in r.output
    assert "the graph has another article named news" in r.output and "kg remove news" in r.output
    assert "sadyr-japarov" in ttl(out) and "ilham-aliyev" not in ttl(out)
    write_article(tmp_path / "x", "news", A.replace("Baku", "Baku on Monday"), date="2025-03-04")
    r = kg("add", tmp_path / "x" / "news.txt", "-d", out)
    assert r.exit_code == 0 and "1 replaced" in r.output
    assert kg("remove", "news", "-d", out).exit_code == 0
    r = kg("add", tmp_path / "y", "-d", out)
    assert r.exit_code == 0 and "1 added" in r.output and "ilham-aliyev" in ttl(out)


def test_a_page_too_large_for_its_entity_graph_says_so(tmp_path, monkeypatch):
    import kg.ask.render as render

    write_article(tmp_path / "x", "one", A, date="2025-03-04")
    out = tmp_path / "out"
    assert kg("build", tmp_path / "x", "-o", out).exit_code == 0
    assert (out / "kg.html").exists()
    monkeypatch.setattr(render, "MAX_NODES", 3)
    write_article(tmp_path / "y", "two", B, date="2025-03-05")
    r = kg("add", tmp_path / "y", "-d", out)
    assert r.exit_code == 0, r.output
    assert "kg.html: the entity graph is left out" in r.output
    assert "the entity graph is left out" in (out / "kg.html").read_text(encoding="utf-8")
    r = kg("build", tmp_path / "x", tmp_path / "y", "-o", out)
    assert "the entity graph is left out" in r.output


def test_removing_the_last_article_leaves_an_empty_graph_and_no_page(tmp_path):
    write_article(tmp_path / "x", "one", A, date="2025-03-04")
    out = tmp_path / "out"
    assert kg("build", tmp_path / "x", "-o", out).exit_code == 0
    r = kg("remove", "one", "-d", out)
    assert r.exit_code == 0, r.output
    assert "1 removed" in r.output and "kg.html not written" in r.output
    assert "sadyr-japarov" not in ttl(out) and not (out / "kg.html").exists()
