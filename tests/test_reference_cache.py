"""The built gazetteer kept in the user's cache folder: a second process loads it instead of building it,
and finds exactly what a built one finds; KG_CACHE_DIR=off keeps nothing."""
import os
import subprocess
import sys

from conftest import ROOT

PROBE = """
import sys, time
from kg import reference
from kg.read.text import tokens
t = time.perf_counter()
gaz = reference.load()
took = time.perf_counter() - t
text = "Президентът пристигна в Пловдив, then went to Tashkent and Ulaanbaatar; в Бишкеке и Астане"
print(repr([(m.span.text, sorted(map(repr, m.entries))) for m in gaz.find(tokens(text), text)]).replace(" ", "_"), round(took, 2))
"""


def probe(env):
    p = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    found, took = p.stdout.rsplit(" ", 1)
    return found, float(took)


def test_a_kept_gazetteer_finds_what_a_built_one_finds(tmp_path):
    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"))
    built, t_built = probe(env)
    kept = list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    assert len(kept) == 1
    loaded, t_loaded = probe(env)
    assert loaded == built and "Tashkent" in built and "Бишкеке" in built and "Улан" not in built
    assert t_loaded < t_built
    off, _ = probe(dict(os.environ, KG_CACHE_DIR="off"))
    assert off == built


def test_no_cache_with_off(tmp_path):
    env = dict(os.environ, KG_CACHE_DIR="off", HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    probe(env)
    assert not list(tmp_path.rglob("gazetteer-*.pickle"))
