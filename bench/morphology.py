"""Russian declension: this project's rules (:mod:`kg.lang.ru.morphology`) against pymorphy3 on name
forms in oblique cases (``bench/morphology_cases.tsv``, written here), printing a table of exact
nominatives and time per name for each.

    pip install pymorphy3 pymorphy3-dicts-ru   # only for this measurement; not a dependency
    python bench/morphology.py [-v]

pymorphy3 is given its best chance: the case is read from the title word by pymorphy3 itself, each name
word takes the best-scored parse in that case (a name, surname or patronymic parse first) and is put in
the nominative with ``inflect`` (keeping the gender: Захаровой -> Захарова); "ё" counts as "е".
"""
from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CASES = Path(__file__).with_name("morphology_cases.tsv")
NAME_GRAMMEMES = ("Name", "Surn", "Patr")


def cases() -> list[tuple[str, str, str]]:
    with CASES.open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        next(rows)
        return [(r[0], r[1], r[2]) for r in rows if r]


def ours():
    from kg.lang import pack
    ru = pack("ru")
    return lambda form, title: ru.nominative(form, title)


def pymorphy():
    import pymorphy3
    morph = pymorphy3.MorphAnalyzer()

    def word(w: str, case: str) -> str:
        parses = [p for p in morph.parse(w) if p.tag.case == case] or morph.parse(w)
        parses.sort(key=lambda p: (not any(g in p.tag for g in NAME_GRAMMEMES), -p.score))
        form = parses[0].inflect({"nomn"}) if parses[0].tag.case != "nomn" else parses[0]
        out = (form or parses[0]).word
        return "-".join(part[:1].upper() + part[1:] if orig[:1].isupper() else part
                        for part, orig in zip(out.split("-"), w.split("-")))

    def nominative(form: str, title: str) -> str:
        case = morph.parse(title.split()[0])[0].tag.case or "nomn"
        return " ".join(w if not w[:1].isupper() else word(w, case) for w in form.split())
    return nominative


def same(a: str, b: str) -> bool:
    return a.replace("ё", "е").replace("Ё", "Е") == b.replace("ё", "е").replace("Ё", "Е")


def measure(fn, rows, verbose: bool, label: str) -> tuple[int, float]:
    right, times = 0, []
    for form, title, want in rows:
        t = time.perf_counter()
        got = fn(form, title)
        times.append(time.perf_counter() - t)
        right += same(got, want)
        if verbose and not same(got, want):
            print(f"  {label}: {form!r} -> {got!r}, want {want!r}")
    return right, statistics.median(times) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong nominative")
    args = ap.parse_args(argv)
    rows = cases()
    contenders = [("rules (kg.lang.ru.morphology)", ours)]
    try:
        import pymorphy3  # noqa: F401
        contenders.append(("pymorphy3 " + pymorphy3.__version__, pymorphy))
    except ImportError:
        print("pymorphy3 is not installed: pip install pymorphy3 pymorphy3-dicts-ru", file=sys.stderr)
    print(f"| analyser | exact nominatives of {len(rows)} | median µs per name |")
    print("|---|---|---|")
    for label, make in contenders:
        t = time.perf_counter()
        fn = make()
        load = time.perf_counter() - t
        right, us = measure(fn, rows, args.verbose, label.split()[0])
        print(f"| {label} (load {load:.2f} s) | {right} ({right / len(rows):.0%}) | {us:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
