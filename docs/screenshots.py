"""Make the README's screenshots of the four views from the seed articles (headless Chromium, offline):

    python docs/screenshots.py          # -> docs/overview.png, timeline.png, map.png, entities.png
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

KZ, KG = "https://w3id.org/dipkg/resource/state/KZ", "https://w3id.org/dipkg/resource/state/KG"


def main() -> None:
    from browser import page_for
    from kg.ask.project import load_view
    from kg.ask.render import render
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        build([ROOT / "data"], out, store=True, html=False)
        render(load_view(out), out / "kg.html")
        with page_for(out / "kg.html", 1400, 860, tab="overview") as (page, log):
            page.wait_for_function("window.dipkgOverviewDrawn === true", timeout=30000)
            page.evaluate(f"window.dipkgViews.showPair('{KG}|{KZ}')")
            page.screenshot(path=str(ROOT / "docs" / "overview.png"))
            page.click("#tab-timeline")
            page.wait_for_timeout(800)
            page.evaluate("window.dipkgViews.showEvent('https://w3id.org/dipkg/resource/visit/rumen-radev-to-kz-2025-06-09')")
            page.screenshot(path=str(ROOT / "docs" / "timeline.png"))
            page.click("#tab-map")
            page.wait_for_timeout(500)
            page.screenshot(path=str(ROOT / "docs" / "map.png"))
            page.click("#tab-entities")
            page.wait_for_function("window.dipkgSettled === true", timeout=30000)
            page.evaluate("window.dipkgShow('https://w3id.org/dipkg/resource/person/rumen-radev')")
            page.screenshot(path=str(ROOT / "docs" / "entities.png"))
            if log["errors"] or log["external"]:
                sys.exit(f"the page logged errors or made requests: {log}")
    print("docs/overview.png docs/timeline.png docs/map.png docs/entities.png")


if __name__ == "__main__":
    main()
