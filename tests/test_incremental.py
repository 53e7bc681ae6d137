"""The incremental join: after any adds and removes, every article's named graph (and so the default
graph, their union) is what a fresh build of the same articles makes; and only what a change touches is
made again."""
import importlib.util
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from collections import defaultdict

import pytest

from conftest import ARTICLES, ROOT
from kg.graph.join import JoinState, join
from kg.pipeline import analyse_paths


def _generated(tmp_path, count, start=0):
    spec = importlib.util.spec_from_file_location("gen", ROOT / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    out = tmp_path / f"gen-{start}"
    gen.write_articles(out, count, seed=3, start=start)
    return out


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    src = _generated(tmp_path_factory.mktemp("inc"), 120)
    r = analyse_paths([src, ROOT / "data", ARTICLES])
    return {a.article.id: a for a in r.analyses}


def _named_graphs(triples):
    out = defaultdict(set)
    for t, arts in triples.support.items():
        assert arts, t          # every triple rests on some article: the default graph is their union
        for a in arts:
            out[a].add(t)
    return out


def _fresh(readings, ids):
    t, _ = join(JoinState(), {a: readings[a] for a in ids}, set(), None, {}, full=True)
    return _named_graphs(t)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_adds_and_removes_equal_a_fresh_build(readings, seed):
    rnd = random.Random(seed)
    ids = sorted(readings)
    cur = set(rnd.sample(ids, len(ids) // 2))
    state, facts = JoinState(), {}
    t, _ = join(state, {a: readings[a] for a in cur}, set(), None, facts, full=True)
    graphs = _named_graphs(t)
    smaller = 0
    for _ in range(5):
        out = set(rnd.sample(sorted(cur), rnd.randint(0, 8)))
        add = set(rnd.sample(sorted(set(ids) - cur), rnd.randint(1, 10)))
        t, affected = join(state, {a: readings[a] for a in add}, out, readings.__getitem__, facts)
        for a in out:
            facts.pop(a)
        assert add | out <= affected
        smaller += len(affected) < len(cur | add)
        new = _named_graphs(t)
        assert set(new) <= affected
        for a in affected:
            graphs.pop(a, None)
            if a in new:
                graphs[a] = new[a]
        cur = (cur - out) | add
        expected = _fresh(readings, cur)
        assert {a for a in expected} == {a for a in graphs}
        assert all(graphs[a] == expected[a] for a in expected)
    assert smaller, "every change remade every named graph: nothing was incremental"


def test_the_next_articles_of_the_same_news_touch_few_kept_ones(readings, tmp_path):
    """News goes on about the same leaders: their nodes gain facts, but the kept articles' named graphs
    stay as they were except where a new article joins one of their events or figures. (Words that merely
    share a consonant skeleton with a new leader's surname, like a sentence-opening "Днес", once tied
    thousands of kept articles to every new arrival.)"""
    kept = {a: r for a, r in readings.items() if a.startswith("a0")}
    later = analyse_paths([_generated(tmp_path, 12, start=len(kept))]).analyses
    assert later and not set(r.article.id for r in later) & set(kept)
    state, facts = JoinState(), {}
    join(state, dict(kept), set(), None, facts, full=True)
    new = {r.article.id: r for r in later}
    t, affected = join(state, new, set(), kept.__getitem__, facts)
    touched = affected - set(new)
    assert len(touched) <= len(kept) // 10, sorted(touched)
    fresh = _fresh({**kept, **new}, set(kept) | set(new))
    got = _named_graphs(t)
    assert all(got[a] == fresh[a] for a in affected)


def test_a_person_titled_in_a_new_article_is_found_in_kept_ones(tmp_path):
    """An article naming "Токаев" bare is read again when an article titling him arrives."""
    seeds = sorted((ROOT / "data").glob("*.txt"))
    kz_bg = [p for p in seeds if "Токаев" in p.read_text(encoding="utf-8")]
    en = [p for p in seeds if "President Kassym-Jomart Tokayev" in p.read_text(encoding="utf-8")]
    assert kz_bg and en
    out = tmp_path / "kg"
    from click.testing import CliRunner

    from kg.cli import cli

    assert CliRunner().invoke(cli, ["build", str(kz_bg[0]), "-o", str(out)]).exit_code in (0, 1)
    assert CliRunner().invoke(cli, ["add", str(en[0]), "-d", str(out)]).exit_code in (0, 1)
    src = tmp_path / "both"
    src.mkdir()
    for p in (kz_bg[0], en[0]):
        shutil.copy(p, src)
        shutil.copy(p.with_name(p.stem + ".meta.json"), src)
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "fresh")]).exit_code in (0, 1)
    assert (out / "kg.ttl").read_bytes() == (tmp_path / "fresh" / "kg.ttl").read_bytes()


def _quads(out):
    from kg.store.oxigraph import open_store

    return {str(q) for q in open_store(out).quads_for_pattern(None, None, None, None)}


def test_add_updates_the_store_in_place_and_equals_a_fresh_build(tmp_path, monkeypatch):
    import kg.pipeline.building

    from click.testing import CliRunner

    from kg.cli import cli

    files = sorted(ARTICLES.glob("*.txt"))
    first, later = files[: len(files) // 2], files[len(files) // 2:]
    out = tmp_path / "kg"
    assert CliRunner().invoke(cli, ["build", *map(str, first), "-o", str(out)]).exit_code in (0, 1)

    def no_rewrite(*a, **k):
        raise AssertionError("an incremental add rewrote the whole store")

    import kg.pipeline.changing

    monkeypatch.setattr(kg.pipeline.building, "write_store", no_rewrite)
    monkeypatch.setattr(kg.pipeline.changing, "WHOLE_ABOVE", 1.0)   # half of a tiny corpus is "most of it"
    r = CliRunner().invoke(cli, ["add", *map(str, later), "-d", str(out)])
    assert r.exit_code in (0, 1) and f"{len(later)} added" in r.output
    r = CliRunner().invoke(cli, ["remove", first[0].stem, "-d", str(out)])
    assert r.exit_code in (0, 1)
    monkeypatch.undo()
    src = tmp_path / "src"
    src.mkdir()
    for p in first[1:] + later:
        shutil.copy(p, src)
        if p.with_name(p.stem + ".meta.json").exists():
            shutil.copy(p.with_name(p.stem + ".meta.json"), src)
    fresh = tmp_path / "fresh"
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(fresh)]).exit_code in (0, 1)
    assert _quads(out) == _quads(fresh)
    assert (out / "kg.ttl").read_bytes() == (fresh / "kg.ttl").read_bytes()
    # when most of the graph changes (the default share), a new store is written instead: same result
    r = CliRunner().invoke(cli, ["add", str(first[0]), "-d", str(out)])
    assert r.exit_code in (0, 1)
    shutil.copy(first[0], src)
    if first[0].with_name(first[0].stem + ".meta.json").exists():
        shutil.copy(first[0].with_name(first[0].stem + ".meta.json"), src)
    fresh2 = tmp_path / "fresh2"
    assert CliRunner().invoke(cli, ["build", str(src), "-o", str(fresh2)]).exit_code in (0, 1)
    assert _quads(out) == _quads(fresh2)
    assert (out / "kg.ttl").read_bytes() == (fresh2 / "kg.ttl").read_bytes()


def test_add_killed_while_updating_the_store_loses_nothing(tmp_path):
    files = sorted(ARTICLES.glob("*.txt"))
    out = tmp_path / "kg"
    from click.testing import CliRunner

    from kg.cli import cli

    assert CliRunner().invoke(cli, ["build", str(files[0]), "-o", str(out)]).exit_code in (0, 1)
    before = _quads(out)
    code = textwrap.dedent(f"""
        import os, signal
        import pyoxigraph
        def die(self, *a, **k):
            os.kill(os.getpid(), signal.SIGKILL)
        pyoxigraph.Store.update = die
        import kg.pipeline.changing
        kg.pipeline.changing.WHOLE_ABOVE = 1.0      # update in place, however much of this tiny graph changes
        import sys
        from kg.cli import main
        sys.argv = ["kg", "add", {str(files[1])!r}, "-d", {str(out)!r}]
        main()
    """)
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == -signal.SIGKILL
    assert _quads(out) == before                       # the store is as it was
    assert (out / "cache" / ".pending").exists()       # and the kept join is not trusted
    r = CliRunner().invoke(cli, ["add", str(files[1]), "-d", str(out)])
    assert r.exit_code in (0, 1)
    assert not (out / "cache" / ".pending").exists()
    fresh = tmp_path / "fresh"
    assert CliRunner().invoke(cli, ["build", str(files[0]), str(files[1]), "-o", str(fresh)]).exit_code in (0, 1)
    assert _quads(out) == _quads(fresh)
