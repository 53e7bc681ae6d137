"""The page at scale: size of kg.html and time to first draw of the overview, the timeline and the map in
headless Chromium, at 1k and 10k generated articles (100k with --sizes 1000,10000,100000), beside an
empty page opened in the same browser in the same run (the browser's own cost).

    python bench/page.py                 # prints a table, writes bench/PAGE.md
    python bench/page.py --sizes 1000 --runs 3
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def generated(folder: Path, n: int) -> None:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.write_articles(folder, n)


def open_times(page_file: Path, runs: int) -> dict:
    """Median milliseconds from navigation to the first draw of each view (a fresh page per view and run)."""
    from browser import page_for

    marks = {"overview": "window.dipkgOverviewFirstDraw", "timeline": "window.dipkgTimelineDrawn",
             "map": "window.dipkgMapDrawn"}
    out = {}
    for tab, mark in marks.items():
        ts = []
        for _ in range(runs):
            with page_for(page_file, 1400, 900, tab=tab) as (page, log):
                page.wait_for_function(f"{mark} !== undefined", timeout=120_000, polling=50)
                ts.append(page.evaluate(mark))
                assert not log["errors"] and not log["external"], log
        out[tab] = statistics.median(ts)
    return out


def empty_page(work: Path, runs: int) -> float:
    from browser import page_for

    f = work / "empty.html"
    f.write_text("<!doctype html><title>empty</title><script>window.done = performance.now()</script>", encoding="utf-8")
    ts = []
    for _ in range(runs):
        with page_for(f, 1400, 900, tab="") as (page, _):
            page.wait_for_function("window.done !== undefined")
            ts.append(page.evaluate("window.done"))
    return statistics.median(ts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="numbers of generated articles, comma-separated")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    from browser import available

    if not available():
        sys.exit("chromium and playwright are needed")
    from kg.ask.project import load_view
    from kg.ask.render import render
    from kg.pipeline import build

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        base = empty_page(work, a.runs)
        for n in [int(x) for x in a.sizes.split(",")]:
            src, out = work / f"a{n}", work / f"out{n}"
            generated(src, n)
            build([src], out, store=True, html=False)
            view = load_view(out)
            t0 = time.perf_counter()
            rep = render(view, out / "kg.html")
            write_s = time.perf_counter() - t0
            size = (out / "kg.html").stat().st_size / 2**20
            times = open_times(out / "kg.html", a.runs)
            rows.append((n, size, write_s, times, rep.note))
            print(f"{n} articles: {size:.1f} MB, written in {write_s:.1f} s, " +
                  ", ".join(f"{k} {v / 1000:.2f} s" for k, v in times.items()), flush=True)
    lines = ["# The page at scale", "",
             f"Headless Chromium on this machine; medians of {a.runs} opens per view; an empty page opens in "
             f"{base / 1000:.2f} s in the same browser (baseline). Target: each view drawn within 3 s, the page "
             "under 20 MB.", "",
             "| articles | kg.html | written in | overview drawn | timeline drawn | map drawn | baseline (empty page) | entity graph |",
             "|---:|---:|---:|---:|---:|---:|---:|---|"]
    for n, size, write_s, t, note in rows:
        lines.append(f"| {n:,} | {size:.1f} MB | {write_s:.1f} s | {t['overview'] / 1000:.2f} s | "
                     f"{t['timeline'] / 1000:.2f} s | {t['map'] / 1000:.2f} s | {base / 1000:.2f} s | "
                     f"{'left out (too large)' if note else 'drawn'} |")
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "bench" / "PAGE.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
