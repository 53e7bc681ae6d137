"""SIGKILL at random moments of kg build, kg add and kg remove, then the next command: the folder must hold
exactly a fresh build of the articles before the killed command or after it (never a mix, never the
killed command's articles without the earlier ones), a change a reader saw right after the kill must
still be there, nothing may be left over, and the next command says in one line what it recovered or
cleaned. Each kill point is a real subprocess killed by the kernel at a random time in its run."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT, write_article

ARTICLES = {
    "a1": "President Sadyr Japarov arrived in Baku on a state visit to Azerbaijan on 4 March 2025.",
    "a2": "Kazakh President Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Tashkent on 5 May 2025.",
    "a3": "Prime Minister Narendra Modi arrived in Colombo on an official visit to Sri Lanka on 6 April 2025.",
}
BEFORE = ("a1", "a2")
COMMANDS = {    # name -> (arguments after kg, with {src} and {out}; the articles after it)
    "build": (["build", "{src}/a2.txt", "{src}/a3.txt", "-o", "{out}"], ("a2", "a3")),   # replaces a1
    "add": (["add", "{src}/a3.txt", "-d", "{out}"], ("a1", "a2", "a3")),
    "remove": (["remove", "a1", "-d", "{out}"], ("a2",)),
}
KILLS = int(os.environ.get("KG_KILL_POINTS", "50"))     # kill points wanted, a third per command
MAX_TRIALS = 2 * KILLS                                   # a run that ends before its kill is no kill point


def kg(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def store_articles(out: Path):
    """What a reader of the store sees: its articles and its number of quads (None: no store to open)."""
    import pyoxigraph as ox

    try:
        st = ox.Store.read_only(str(out / "store"))
    except OSError:
        return None
    arts = sorted(s["a"].value.rsplit("/", 1)[-1] for s in
                  st.query("SELECT ?a WHERE { ?a a <https://w3id.org/dipkg/ontology#Article> }"))
    return tuple(arts), len(st)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    src = root / "src"
    for name, text in ARTICLES.items():
        write_article(src, name, text)
    fresh = {}
    for arts in {BEFORE, *(after for _, after in COMMANDS.values())}:
        out = root / ("fresh-" + "-".join(arts))
        assert kg("build", *[src / f"{a}.txt" for a in arts], "-o", out).returncode == 0
        fresh[arts] = ((out / "kg.ttl").read_bytes(), store_articles(out))
    base = root / "base"
    assert kg("build", *[src / f"{a}.txt" for a in BEFORE], "-o", base).returncode == 0
    durations = {}
    for name, (args, _) in COMMANDS.items():
        out = root / f"timed-{name}"
        shutil.copytree(base, out)
        t = time.perf_counter()
        assert kg(*[a.format(src=src, out=out) for a in args]).returncode == 0
        durations[name] = time.perf_counter() - t
    return root, src, base, fresh, durations


def one_trial(world, i: int, name: str, rnd: random.Random) -> dict:
    root, src, base, fresh, durations = world
    args, after = COMMANDS[name]
    out = root / f"trial-{i}"
    shutil.copytree(base, out)
    cmd = [sys.executable, "-m", "kg", *[a.format(src=src, out=out) for a in args]]
    delay = rnd.uniform(0.1, 0.98) * durations[name]
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        p.wait(delay)
    except subprocess.TimeoutExpired:
        p.send_signal(signal.SIGKILL)
        p.wait()
    killed = p.returncode == -signal.SIGKILL
    seen = store_articles(out)
    nxt = kg("add", src / "a2.txt", "-d", out)         # a2 is in every graph: the next command changes nothing
    ttl = (out / "kg.ttl").read_bytes()
    outcome = next((arts for arts, (want, _) in fresh.items() if arts in (BEFORE, after) and want == ttl), None)
    result = {"name": name, "delay": round(delay, 2), "killed": killed, "seen": seen, "outcome": outcome,
              "next": nxt.returncode, "said": nxt.stderr.strip(), "store": store_articles(out),
              "left": sorted(str(q.relative_to(out)) for q in [*out.glob(".store*"), *out.glob("cache/.staging"),
                                                                *out.glob("cache/.pending"), *out.glob("**/.*.tmp")])}
    shutil.rmtree(out, ignore_errors=True)
    return result


def test_random_kills_leave_the_graph_before_or_after_the_command(world):
    rnd = random.Random(int(os.environ.get("KG_KILL_SEED", "20261201")))
    results: list = []
    with ThreadPoolExecutor(2) as pool:
        while sum(r["killed"] for r in results) < KILLS and len(results) < MAX_TRIALS:
            n = max(2, KILLS - sum(r["killed"] for r in results))
            plan = [(i, list(COMMANDS)[i % len(COMMANDS)], random.Random(rnd.random()))
                    for i in range(len(results), len(results) + n)]
            results += pool.map(lambda t: one_trial(world, *t), plan)
    fresh = world[3]
    for r in results:
        after = COMMANDS[r["name"]][1]
        assert r["next"] == 0, r
        assert r["outcome"] in (BEFORE, after), r                    # exactly a fresh build of one of them
        assert r["store"] == fresh[r["outcome"]][1], r               # the store agrees with the export
        if r["seen"] is not None and r["seen"] == fresh[after][1] and after != BEFORE:
            assert r["outcome"] == after, r                          # what a reader saw is not undone
        assert r["left"] == [], r                                    # nothing left over
        if "recovered:" in r["said"]:
            assert r["outcome"] == after, r
    killed = [r for r in results if r["killed"]]
    print(f"{len(killed)} killed of {len(results)}: {sum('recovered:' in r['said'] for r in killed)} completed by the next "
          f"command, {sum(r['outcome'] == BEFORE for r in killed)} left the graph before, "
          f"{sum('cleaned:' in r['said'] for r in killed)} left something to clean")
    assert len(killed) >= KILLS, f"only {len(killed)} of {len(results)} runs were killed"
    assert any("recovered:" in r["said"] for r in killed), "no kill fell after a commit point"
    assert any(r["outcome"] == BEFORE for r in killed), "no kill fell before a commit point"
