"""Regenerate the golden Turtle files that tests/test_golden.py compares every build with.

Run it only on purpose, when a change of the extraction rules is meant to change the graph, and say in
the commit what changed and why:

    python tests/golden/update.py

It builds each corpus with this checkout's ``kg build`` (no store, no page) and writes
``tests/golden/<corpus>.ttl``, and, for the generated news (too large to keep as text), its SHA-256 in
``tests/golden/generated.sha256``.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPORA = {"seeds": ROOT / "data", "articles": ROOT / "tests" / "articles",
           "articles-more": ROOT / "tests" / "articles-more"}
GENERATED = 300      # generated articles (seed 1 of bench/generate.py): every template, both scripts


def generated(folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    gen.write_articles(folder, GENERATED)
    return folder


def turtle_of(src: Path) -> bytes:
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as out:
        build([src], Path(out), store=False, html=False)
        return (Path(out) / "kg.ttl").read_bytes()


def main() -> None:
    for name, src in CORPORA.items():
        (HERE / f"{name}.ttl").write_bytes(turtle_of(src))
        print(f"tests/golden/{name}.ttl")
    with tempfile.TemporaryDirectory() as tmp:
        digest = hashlib.sha256(turtle_of(generated(Path(tmp) / "gen"))).hexdigest()
    (HERE / "generated.sha256").write_text(digest + "\n", encoding="ascii")
    print(f"tests/golden/generated.sha256 {digest}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
