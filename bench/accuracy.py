"""Accuracy on real news: build each ``../shared/news-dev/<lang>/`` batch (and the seeds) with this
checkout's ``kg build`` and score it with ``../shared/eval/score.py``; print P/R/F1 per batch and per
kind, and write ``bench/ACCURACY.md``. The last line printed is ``overall P … R … F1 …`` over all batches.

    python bench/accuracy.py              # every batch and the seeds
    python bench/accuracy.py -v en        # one batch, with what was missed and what is not in the gold

The development texts are read where they are and never copied into the project.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
KIND_LINE = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$")


def batches() -> dict[str, tuple[Path, Path]]:
    """Name -> (articles folder, gold file): the seeds and every language of ../shared/news-dev."""
    out = {}
    if (SHARED / "gold" / "seeds.gold.json").exists():
        out["seeds"] = (ROOT / "data", SHARED / "gold" / "seeds.gold.json")
    for d in sorted((SHARED / "news-dev").glob("*")):
        if (d / "gold.json").exists() and (d / "articles").is_dir():
            out[d.name] = (d / "articles", d / "gold.json")
    return out


def score(articles: Path, gold: Path, verbose: bool = False) -> tuple[str, dict]:
    """Build ``articles`` into a temporary folder and score its Turtle: (scorer output, {kind: row})."""
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles), "-o", tmp, "--no-html", "-q"],
                           capture_output=True, text=True, cwd=ROOT)
        ttl = Path(tmp) / "kg.ttl"
        if not ttl.exists():
            raise SystemExit(f"kg build failed on {articles}: {r.stderr.strip()[-500:]}")
        args = [sys.executable, str(SCORER), "--gold", str(gold), "--ontology", str(ROOT / "ontology"), str(ttl)]
        out = subprocess.run(args + (["-v"] if verbose else []), capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        m = KIND_LINE.match(line)
        if m and m.group(1) != "kind":
            rows[m.group(1)] = tuple(int(x) for x in m.groups()[1:4])
    return out, rows


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="batches to score (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-results", action="store_true", help="print only, do not write ACCURACY.md")
    args = ap.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"{SCORER} is not there: the accuracy bench needs ../shared beside the checkout")
    chosen = {k: v for k, v in batches().items() if not args.names or k in args.names}
    lines = ["# Accuracy on real news", "",
             f"Run: `python bench/accuracy.py` on {time.strftime('%Y-%m-%d %H:%M')}: each batch built with "
             "`kg build` and scored with `../shared/eval/score.py` (the seeds: the five bundled articles; "
             "`en`, `ru`, `bg`: the real news of `../shared/news-dev`).", "",
             "| batch | kind | tp | fp | fn | P | R | F1 |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    total = [0, 0, 0]
    dev_total = [0, 0, 0]
    for name, (articles, gold) in chosen.items():
        out, rows = score(articles, gold, args.verbose)
        if args.verbose:
            print(f"== {name}\n{out}")
        sums = [sum(r[i] for r in rows.values()) for i in range(3)]
        for kind, (tp, fp, fn) in rows.items():
            p, r, f = prf(tp, fp, fn)
            lines.append(f"| {name} | {kind} | {tp} | {fp} | {fn} | {p:.2f} | {r:.2f} | {f:.2f} |")
        p, r, f = prf(*sums)
        lines.append(f"| **{name}** | **all** | {sums[0]} | {sums[1]} | {sums[2]} | **{p:.2f}** | **{r:.2f}** | "
                     f"**{f:.2f}** |")
        print(f"{name:<6} P {p:.3f} R {r:.3f} F1 {f:.3f}   " +
              "  ".join(f"{k} {prf(*v)[1]:.2f}" for k, v in rows.items()))
        total = [a + b for a, b in zip(total, sums)]
        if name != "seeds":
            dev_total = [a + b for a, b in zip(dev_total, sums)]
    p, r, f = prf(*dev_total)
    lines += ["", f"Real news (all languages of news-dev together): P {p:.3f} R {r:.3f} F1 {f:.3f}."]
    p, r, f = prf(*total)
    if not args.no_results and not args.names:
        (ROOT / "bench" / "ACCURACY.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"overall P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
