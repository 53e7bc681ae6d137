"""dipkg benchmarks: extraction, loading, named queries, paths and pages, each beside a baseline measured
in the same run; medians (and p95) of several runs. Prints a table and writes bench/RESULTS.md.

    python bench/run.py                        # 1,000 articles, a 1M-triple graph (about 10 minutes)
    python bench/run.py --articles 10000       # more articles
    python bench/run.py --quick                # 200 articles, 100k triples: a smoke run
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

ROWS: list[tuple] = []


def row(what, value, unit, baseline=None, target=None, ok=None, note=""):
    ROWS.append((what, value, unit, baseline, target, ok, note))
    b = f"  (baseline {baseline})" if baseline is not None else ""
    t = f"  target {target}: {'met' if ok else 'MISSED'}" if target else ""
    print(f"{what:<58} {value:>12} {unit:<10}{b}{t}  {note}", flush=True)


def timed(f, runs=3):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        out.append(time.perf_counter() - t)
    return out


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def child_rss(code: str) -> tuple[float, str]:
    """Run python code in a child; returns (peak RSS in MB, its stdout)."""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if r.returncode:
        raise RuntimeError(r.stderr[-2000:])
    lines = r.stdout.strip().splitlines()
    return float(lines[-1]), "\n".join(lines[:-1])


# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child would report its parent's peak
RSS = ("\nimport re; print(int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) / 1024)")


# ---------------------------------------------------------------------------- extraction
def _read_split(files):
    from kg.read import read_article
    from kg.read.text import sentences, tokens

    def baseline():
        for f in files:
            a = read_article(f)
            for s in sentences(a.text):
                tokens(s.text)
    return baseline


def bench_extraction(n_articles: int, work: Path) -> None:
    from generate import write_articles

    from kg import reference
    from kg.pipeline import analyse_paths, graph_from
    from kg.read import discover

    src = work / "articles"
    size = write_articles(src, n_articles)
    mb = size / 1e6
    reference.load()
    files = discover([src])
    base = statistics.median(timed(_read_split(files), 3))
    one = statistics.median(timed(lambda: analyse_paths([src]), 3))
    cores = os.cpu_count() or 1
    from kg.store.workspace import Workspace

    def parallel():   # as kg build --jobs does it: workers write their readings to a staging folder
        staging = Workspace(work / "ws").staging()
        analyse_paths([src], jobs=cores, sink=staging.put)
        staging.discard()

    allc = statistics.median(timed(parallel, 3))
    row(f"extraction, 1 core ({n_articles} articles, {mb:.1f} MB)", f"{n_articles / one:,.0f}", "articles/s",
        f"read+split only {n_articles / base:,.0f}/s")
    row("extraction, 1 core", f"{mb / one:.2f}", "MB/s", f"read+split only {mb / base:.2f} MB/s",
        "1.5 MB/s per core", mb / one >= 1.5)
    row(f"extraction, {cores} cores", f"{mb / allc:.2f}", "MB/s", f"{mb / allc / cores:.2f} MB/s per core")
    _real_news_extraction()
    read = analyse_paths([src])
    join = statistics.median(timed(lambda: graph_from(read.analyses), 3))
    row("joining (people, facts, resolution)", f"{n_articles / join:,.0f}", "articles/s")
    out = work / "built"
    peak, _ = child_rss(f"from kg.pipeline import build\nbuild([{str(src)!r}], {str(out)!r}, html=False)" + RSS)
    peak_mem, _ = child_rss(f"from kg.pipeline import run\nrun([{str(src)!r}])" + RSS)
    row(f"peak RSS, kg build of {n_articles} articles (readings streamed)", f"{peak:,.0f}", "MB",
        f"all readings in memory {peak_mem:,.0f} MB", "2 GB", peak < 2048)


def _real_news_extraction() -> None:
    """Extraction on real news: the development set in ../shared/news-dev when it is beside the checkout
    (read in place, never copied into the project), each language batch ten times over."""
    from kg.pipeline import analyse_paths
    from kg.read import discover

    dev = ROOT.parent / "shared" / "news-dev"
    folders = sorted(p / "articles" for p in dev.glob("*") if (p / "articles").is_dir()) if dev.is_dir() else []
    if not folders:
        return
    files = discover(folders)
    mb = sum(f.stat().st_size for f in files) / 1e6
    reps = 10

    def many(fn):
        return lambda: [fn() for _ in range(reps)]

    base = statistics.median(timed(many(_read_split(files)), 3))
    one = statistics.median(timed(many(lambda: analyse_paths(folders)), 3))
    row(f"extraction on real news, 1 core ({len(files)} articles of ../shared/news-dev, x{reps})",
        f"{mb * reps / one:.2f}", "MB/s", f"read+split only {mb * reps / base:.2f} MB/s")


# ---------------------------------------------------------------------------- load and store
def bench_load(nt: Path, n_triples: int, work: Path) -> Path:
    store_dir = work / "store"
    code = f"""
import time, pyoxigraph as ox
t = time.perf_counter()
s = ox.Store({str(store_dir)!r})
s.bulk_load(path={str(nt)!r}, format=ox.RdfFormat.N_TRIPLES)
s.flush()
print(time.perf_counter() - t)""" + RSS
    shutil.rmtree(store_dir, ignore_errors=True)
    peak, out = child_rss(code)
    secs = float(out)
    size = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file()) / 1e6
    code_rdf = f"""
import time
from rdflib import Graph
t = time.perf_counter()
Graph().parse({str(nt)!r}, format="nt")
print(time.perf_counter() - t)""" + RSS
    peak_rdf, out_rdf = child_rss(code_rdf)
    secs_rdf = float(out_rdf)
    code_mem = f"""
import time, pyoxigraph as ox
t = time.perf_counter()
s = ox.Store()
s.bulk_load(path={str(nt)!r}, format=ox.RdfFormat.N_TRIPLES)
print(time.perf_counter() - t)""" + RSS
    _, out_mem = child_rss(code_mem)
    secs_mem = float(out_mem)
    row(f"load {n_triples:,} triples into Oxigraph (on disk)", f"{n_triples / secs:,.0f}", "triples/s",
        f"rdflib parse {n_triples / secs_rdf:,.0f}/s", "300k triples/s", n_triples / secs >= 300_000)
    row("load into Oxigraph in memory (for comparison)", f"{n_triples / secs_mem:,.0f}", "triples/s",
        "not durable: not what kg uses")
    row("store size on disk", f"{size:,.0f}", "MB", f"N-Triples {nt.stat().st_size / 1e6:,.0f} MB")
    row("peak RSS, loading", f"{peak:,.0f}", "MB", f"rdflib {peak_rdf:,.0f} MB", "2 GB", peak < 2048)
    return store_dir


# ---------------------------------------------------------------------------- queries
PARAMS = {"state": "https://w3id.org/dipkg/resource/state/KZ", "a": "https://w3id.org/dipkg/resource/state/KZ",
          "b": "https://w3id.org/dipkg/resource/state/TR",
          "corridor": "https://w3id.org/dipkg/resource/corridor/k1",
          "node": "https://w3id.org/dipkg/resource/visit/v1"}


def bench_queries(store_dir: Path, nt: Path, n_triples: int, rdflib_runs: int) -> None:
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.ask import query as q

    store = ox.Store.read_only(str(store_dir))
    g = Graph()
    g.parse(nt, format="nt")
    for name, nq in q.named_queries().items():
        text = q.prepare(q.bind_params(nq, {p: PARAMS[p] for p in nq.params}, lambda v: v))
        label = name + "".join(f" {p}={PARAMS[p].rsplit('/', 1)[-1]}" for p in nq.params)
        ox_times = timed(lambda: list(store.query(text)), 15)
        rd_times = timed(lambda: list(g.query(text)), rdflib_runs)
        p50, p95 = pct(ox_times, 50) * 1000, pct(ox_times, 95) * 1000
        ratio = statistics.median(rd_times) / max(statistics.median(ox_times), 1e-9)
        ok = p50 < 50 and ratio >= 20
        row(f"query {label} at {n_triples / 1e6:.1f}M triples, p50 / p95", f"{p50:.1f} / {p95:.1f}", "ms",
            f"rdflib {statistics.median(rd_times) * 1000:,.0f} ms, x{ratio:,.0f}", "<50 ms, 20x", ok)


# ---------------------------------------------------------------------------- paths and pages
def bench_paths(store_dir: Path, n_triples: int, work: Path) -> None:
    out = work / "kgdir"
    out.mkdir(exist_ok=True)
    target = out / "store"
    if not target.exists():
        target.symlink_to(store_dir)
    from kg.ask.paths import neighbors, shortest_paths
    from kg.ask.project import load_view

    from kg.ask.compact import CACHE_NAME

    cache = out / "cache" / CACHE_NAME
    cache.unlink(missing_ok=True)
    t = time.perf_counter()
    view = load_view(out)
    first = time.perf_counter() - t
    cached = statistics.median(timed(lambda: load_view(out), 3))
    import pickle

    old = work / "view.pickle"      # the baseline: the whole networkx view pickled, as kg cached it before
    old.write_bytes(pickle.dumps(type(view)(view.graph, view.info, view.articles), protocol=5))
    unpickle = statistics.median(timed(lambda: pickle.loads(old.read_bytes()), 3))
    g = view.graph
    row(f"projection of {n_triples / 1e6:.1f}M triples (first path question after a build)", f"{first:.1f}", "s",
        f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges")
    row("projection from its cache (compact arrays)", f"{cached:.2f}", "s",
        f"pickled networkx view {unpickle:.1f} s, x{unpickle / cached:,.0f}")
    peak, _ = child_rss(f"from kg.ask.project import load_view\nload_view({str(out)!r})" + RSS)
    row("peak RSS, loading the cached projection", f"{peak:,.0f}", "MB", None, "2 GB", peak < 2048)
    kg_bin = Path(sys.executable).with_name("kg")
    proc = statistics.median(timed(lambda: subprocess.run(
        [str(kg_bin), "path", "Person 1", "Person 2", "-d", str(out)], check=True, capture_output=True), 3))
    base = statistics.median(timed(lambda: subprocess.run([str(kg_bin), "--help"], check=True,
                                                          capture_output=True), 3))
    row("kg path as a command (process start, cache, search)", f"{proc:.2f}", "s", f"kg --help {base:.2f} s")
    rnd = random.Random(3)
    people = [n for n, inf in view.info.items() if inf.cls == "Leader"]
    pairs = [tuple(rnd.sample(people, 2)) for _ in range(30)]
    times = []
    for a, b in pairs:
        t = time.perf_counter()
        shortest_paths(view, a, b, k=1)
        times.append(time.perf_counter() - t)
    row("kg path (shortest path, projection built), p50 / p95", f"{pct(times, 50) * 1000:.0f} / "
        f"{pct(times, 95) * 1000:.0f}", "ms", None, "300 ms", pct(times, 50) < 0.3)
    times = []
    for a, b in pairs[:10]:
        t = time.perf_counter()
        shortest_paths(view, a, b, k=3)
        times.append(time.perf_counter() - t)
    row("kg path -k 3, p50 / p95", f"{pct(times, 50) * 1000:.0f} / {pct(times, 95) * 1000:.0f}", "ms")
    times = []
    for a, _ in pairs[:10]:
        t = time.perf_counter()
        neighbors(view, a, 2)
        times.append(time.perf_counter() - t)
    row("kg neighbors --depth 2, p50 / p95", f"{pct(times, 50) * 1000:.0f} / {pct(times, 95) * 1000:.0f}", "ms")
    bench_render(view, work)


def bench_render(view, work: Path) -> None:
    from kg.ask.render import build_page

    hub = max(view.graph.nodes, key=lambda n: view.graph.degree(n))
    import networkx as nx

    und = view.graph.to_undirected(as_view=True)
    order = list(nx.bfs_tree(und, hub))
    for size in (500, 2000, 5000):
        nodes = set(order[:size])
        ts = []
        for _ in range(3):
            t = time.perf_counter()
            html, _ = build_page(view, nodes)
            ts.append(time.perf_counter() - t)
        (work / f"page{size}.html").write_text(html, encoding="utf-8")
        row(f"kg render --focus, {size} nodes: write time", f"{statistics.median(ts):.2f}", "s",
            f"file {len(html.encode()) / 1e6:.1f} MB")


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import networkx
    import pyoxigraph
    import rdflib

    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, "
            f"networkx {networkx.__version__}")


def write_results(args, started: str) -> None:
    lines = ["# Benchmark results", "",
             f"Run: `python bench/run.py {' '.join(sys.argv[1:])}` on {started}.", "",
             f"Machine: {machine()}.", "",
             "| what | value | unit | baseline, same run | target | |", "|---|---:|---|---|---|---|"]
    for what, value, unit, baseline, target, ok, note in ROWS:
        mark = "" if not target else ("met" if ok else "**missed**")
        lines.append(f"| {what} | {value} | {unit} | {baseline or note or ''} | {target or ''} | {mark} |")
    notes = Path(__file__).with_name("NOTES.md")
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8")]
    Path(__file__).with_name("RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rdflib-runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="200 articles and 100k triples")
    ap.add_argument("--no-results", action="store_true", help="print only, do not write RESULTS.md")
    args = ap.parse_args()
    if args.quick:
        args.articles, args.triples = 200, 100_000
    started = time.strftime("%Y-%m-%d %H:%M")
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bench_extraction(args.articles, work)
        from generate import write_graph

        nt = work / "graph.nt"
        n = write_graph(nt, args.triples)
        store_dir = bench_load(nt, n, work)
        bench_queries(store_dir, nt, n, args.rdflib_runs)
        bench_paths(store_dir, n, work)
    if not args.no_results:
        write_results(args, started)
        print(f"-> {Path(__file__).with_name('RESULTS.md')}")


if __name__ == "__main__":
    main()
