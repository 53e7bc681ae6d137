"""The graph a build writes is the one recorded in tests/golden/, byte for byte.

A move of code (a refactor) must not change a single triple; a change of the rules that is meant to
change the graph regenerates the files with ``python tests/golden/update.py`` and says why in its commit.
"""
import hashlib
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(HERE))
import update  # noqa: E402  (tests/golden/update.py: the corpora and how they are built)


@pytest.mark.parametrize("name", sorted(update.CORPORA))
def test_bundled_corpus_turtle_is_unchanged(name):
    want = (HERE / f"{name}.ttl").read_bytes()
    got = update.turtle_of(update.CORPORA[name])
    assert got == want, f"the Turtle of {name} changed; if on purpose, run python tests/golden/update.py"


def test_generated_news_turtle_is_unchanged(tmp_path):
    want = (HERE / "generated.sha256").read_text(encoding="ascii").strip()
    got = hashlib.sha256(update.turtle_of(update.generated(tmp_path / "gen"))).hexdigest()
    assert got == want, "the Turtle of the generated news changed; if on purpose, run python tests/golden/update.py"
