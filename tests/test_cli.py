"""The kg command as a user runs it (click's CliRunner), including bad input and exit codes."""

import pytest
from click.testing import CliRunner

from kg.cli import cli
from conftest import ARTICLES, write_article


def all_commands():
    """Every command, and every command of a group ("link wikidata")."""
    import click

    names = []
    for name, cmd in sorted(cli.commands.items()):
        names.append(name)
        if isinstance(cmd, click.Group):
            names.extend(f"{name} {sub}" for sub in sorted(cmd.commands))
    return names


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help_with_an_example(name):
    r = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert r.exit_code == 0
    assert "Example" in r.output and f"kg {name}" in r.output


def test_top_level_help_and_version():
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0 and "Example" in r.output
    assert CliRunner().invoke(cli, ["--version"]).output.startswith("kg, version")


def test_build_writes_turtle_and_store(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(ARTICLES), "-o", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "kg.ttl").stat().st_size > 1000
    assert (tmp_path / "store").is_dir()
    assert "6 articles (bg, en, ru)" in r.output


def test_bad_inputs_are_skipped_with_one_line_each(tmp_path):
    src = tmp_path / "in"
    write_article(src, "good", "Hungarian Prime Minister Viktor Orbán arrived in Tashkent on an official visit "
                               "to Uzbekistan.", date="2024-10-14")
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (src / "cp1251.txt").write_bytes("Президентът Румен Радев пристигна на официално посещение в Гърция."
                                     .encode("cp1251"))
    (src / "nofacts.txt").write_text("The weather was fine and nothing else happened.")
    (src / "page.html").write_text("<html><head><script>document.write('<b>x</b>')</script></head>"
                                   "<body><p>President Ilham Aliyev of Azerbaijan arrived in Belgrade on a "
                                   "state visit to Serbia.</p></body></html>")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code == 1
    err = r.output
    assert "skipped: empty.txt: empty file" in err
    assert "skipped: binary.txt: binary file, not an article" in err
    assert "warning: nofacts.txt: no facts found" in err
    assert "note: cp1251.txt: read as" in err
    assert "Traceback" not in err
    ttl = (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")
    assert "viktor-orban" in ttl and "ilham-aliyev" in ttl and "rumen-radev" in ttl


def test_failed_build_keeps_previous_export(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(ARTICLES), "-o", str(out), "--no-store"]).exit_code == 0
    before = (out / "kg.ttl").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    r = CliRunner().invoke(cli, ["build", str(bad), "-o", str(out)])
    assert r.exit_code == 1
    assert "Error: no article could be read" in r.output
    assert (out / "kg.ttl").read_bytes() == before


def test_missing_path_is_an_error(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "nope")])
    assert r.exit_code == 1 and "no such file or folder" in r.output


def test_validate_exit_codes(tmp_path):
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["build", str(ARTICLES), "-o", str(out), "--no-store"])
    r = CliRunner().invoke(cli, ["validate", str(out / "kg.ttl")])
    assert r.exit_code == 0 and "conforms" in r.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("""@prefix dip: <https://w3id.org/dipkg/ontology#> .
        <urn:x:f> a dip:TradeFigure ; dip:metric "barter" .""")
    r = CliRunner().invoke(cli, ["validate", str(broken)])
    assert r.exit_code == 1 and "violations" in r.output
    assert "currency" in r.output
    (tmp_path / "junk.ttl").write_text("this is not turtle")
    r = CliRunner().invoke(cli, ["validate", str(tmp_path / "junk.ttl")])
    assert r.exit_code == 2 and "not valid Turtle" in r.output


def test_a_bug_met_on_one_article_skips_only_that_one(tmp_path, monkeypatch):
    import kg.graph.join as ex

    real = ex.extract

    def flaky(an, people, gaz):
        if an.article.id == "bad":
            raise ValueError("boom")
        return real(an, people, gaz)

    monkeypatch.setattr(ex, "extract", flaky)
    src = tmp_path / "in"
    write_article(src, "good", "Hungarian Prime Minister Viktor Orbán arrived in Tashkent on an official visit "
                               "to Uzbekistan.", date="2024-10-14")
    write_article(src, "bad", "Serbian President Aleksandar Vučić arrived in Baku on a visit to Azerbaijan.")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code == 1
    assert "skipped: bad.txt: facts could not be extracted (ValueError: boom); please report it" in r.output
    assert "viktor-orban" in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path):
    """`kg path … | head -1`: no "internal error" when the reader stops early."""
    import subprocess
    import sys

    from conftest import ROOT

    out = tmp_path / "kg"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "data"), "-o", str(out), "-q",
                    "--no-html"], check=True, cwd=ROOT)
    # the reader has gone before kg writes anything: every write meets a closed pipe
    p = subprocess.Popen([sys.executable, "-m", "kg.cli", "path", "Plovdiv", "Турция", "-d", str(out)],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait() == 0 and err == "", err


def test_standard_input_for_validate_and_add(tmp_path):
    out = tmp_path / "out"
    write_article(tmp_path / "in", "one", "Kyrgyz President Sadyr Japarov arrived in Baku on a state visit to "
                                          "Azerbaijan.")
    assert CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(out)]).exit_code == 0
    ttl = (out / "kg.ttl").read_bytes()
    r = CliRunner().invoke(cli, ["validate", "-"], input=ttl)
    assert r.exit_code == 0 and "-: conforms" in r.output
    r = CliRunner().invoke(cli, ["validate", "-"], input=b"not turtle <")
    assert r.exit_code == 2 and "not valid Turtle" in r.output
    text = "Prime Minister Narendra Modi arrived in Colombo on an official visit to Sri Lanka."
    r = CliRunner().invoke(cli, ["add", "-", "-d", str(out)], input=text)
    assert r.exit_code == 2 and "--name" in r.output
    r = CliRunner().invoke(cli, ["add", "-", "--name", "modi-colombo", "-d", str(out)], input=text)
    assert r.exit_code == 0 and "1 added" in r.output, r.output
    assert "narendra-modi" in (out / "kg.ttl").read_text(encoding="utf-8")
    r = CliRunner().invoke(cli, ["add", "-", "--name", "modi-colombo", "-d", str(out)], input=text + " He met the President.")
    assert r.exit_code == 0 and "1 replaced" in r.output, r.output
