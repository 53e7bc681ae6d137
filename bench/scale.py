"""dipkg at corpus scale: whole `kg` commands on 10,000 and 100,000 generated articles, as an analyst runs them.

For each size: `kg build -j 0` (time, articles/s, peak RSS of the main process, triples, store size),
`kg add --no-export` of the next 100 articles of the same generated news (new ids, the same leaders) (the store updated in place), `kg export` of the
whole graph as Turtle after it, `kg query`, and `kg path` the first time (projection built) and the second
time (projection cached). The smallest size is the baseline of the same run: the last
column is the cost per article relative to it (1.0 = scales linearly). Prints a table and writes
bench/SCALE.md.

    python bench/scale.py                          # 10,000 and 100,000 articles (about an hour on 2 cores)
    python bench/scale.py --sizes 1000 10000       # smaller
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
KG = str(Path(sys.executable).with_name("kg"))


def run(args: list[str]) -> tuple[float, float, str]:
    """Run a command; (wall seconds, peak RSS of that process in MB, stdout). Fails loudly."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(args, stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)      # this process's own rusage, not all children's
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if p.returncode:
            raise SystemExit(f"{' '.join(args)} failed ({p.returncode}): {err.read().decode()[-1500:]}")
        return wall, usage.ru_maxrss / 1024, out.read().decode("utf-8", "replace")


def size_of(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--work", type=Path, help="keep generated articles and graphs here (default: a temp dir)")
    ap.add_argument("--no-results", action="store_true")
    args = ap.parse_args()
    from generate import write_articles
    from run import machine

    started = time.strftime("%Y-%m-%d %H:%M")
    rows = []
    tmp = None
    if args.work is None:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)
    else:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    base = None
    print(machine(), flush=True)
    for n in sorted(args.sizes):
        src = work / f"articles-{n}"
        if not (src / f"a{n - 1:06d}.txt").exists():
            mb = write_articles(src, n) / 1e6
        else:
            mb = sum(f.stat().st_size for f in src.glob("*.txt")) / 1e6
        out = work / f"kg-{n}"
        extra = work / f"extra-{n}"     # the next 100 articles of the same news: new ids, same leaders
        if not (extra / f"a{n + 99:06d}.txt").exists():
            write_articles(extra, 100, start=n)
        wall, peak, text = run([KG, "build", str(src), "-o", str(out), "-j", "0", "--no-html"])
        m = re.search(r"(\d+) triples", text)
        triples = int(m.group(1)) if m else 0
        add_wall, add_peak, _ = run([KG, "add", str(extra), "-d", str(out), "-q", "--no-export"])
        ttl_wall, ttl_peak, _ = run([KG, "export", "-d", str(out)])
        q_wall, _, _ = run([KG, "query", "visits", "-p", "state=KZ", "-d", str(out), "--csv"])
        p1, p1_peak, _ = run([KG, "path", "Kazakhstan", "Bulgaria", "-d", str(out)])
        p2, p2_peak, _ = run([KG, "path", "Kazakhstan", "Bulgaria", "-d", str(out)])
        per = wall / n
        if base is None:
            base = per
        r = {"n": n, "mb": mb, "build": wall, "rate": n / wall, "peak": peak, "triples": triples,
             "store": size_of(out / "store"), "add": add_wall, "add_peak": add_peak, "ttl": ttl_wall, "ttl_peak": ttl_peak, "query": q_wall,
             "path1": p1, "path1_peak": p1_peak, "path2": p2, "ratio": per / base}
        rows.append(r)
        print(f"{n:>7} articles ({mb:.0f} MB): build {wall:,.0f} s ({n / wall:,.0f}/s, x{per / base:.2f} per "
              f"article), peak {peak:,.0f} MB, {triples:,} triples, store {r['store']:,.0f} MB; add 100: "
              f"{add_wall:,.0f} s (peak {add_peak:,.0f} MB); Turtle {ttl_wall:,.0f} s (peak {ttl_peak:,.0f} MB); query {q_wall:.1f} s; path first {p1:.1f} s, cached {p2:.1f} s", flush=True)
    if not args.no_results:
        lines = ["# dipkg at corpus scale", "",
                 f"Run: `python bench/scale.py {' '.join(sys.argv[1:])}` on {started}.", "",
                 f"Machine: {machine()}.", "",
                 "Whole commands, one run each (a corpus build is minutes long: run-to-run noise is small beside "
                 "it). Peak RSS is that of the `kg build` process (its parallel readers are separate processes of "
                 "about 300 MB each).", "",
                 "| articles | text | kg build -j 0 | articles/s | per article vs smallest | peak RSS | triples | "
                 "store | kg add 100 --no-export | its peak RSS | kg export (Turtle) | its peak RSS | kg query visits | "
                 "kg path, first | its peak RSS | kg path, cached |",
                 "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in rows:
            lines.append(f"| {r['n']:,} | {r['mb']:.0f} MB | {r['build']:,.0f} s | {r['rate']:,.0f} | "
                         f"x{r['ratio']:.2f} | {r['peak']:,.0f} MB | {r['triples']:,} | {r['store']:,.0f} MB | "
                         f"{r['add']:,.0f} s | {r['add_peak']:,.0f} MB | {r['ttl']:,.0f} s | {r['ttl_peak']:,.0f} MB | "
                         f"{r['query']:.1f} s | {r['path1']:.1f} s | {r['path1_peak']:,.0f} MB | {r['path2']:.1f} s |")
        notes = Path(__file__).with_name("SCALE-NOTES.md")
        if notes.exists():
            lines += ["", notes.read_text(encoding="utf-8")]
        Path(__file__).with_name("SCALE.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    os.environ.setdefault("KG_LOCK_WAIT", "5")
    main()
