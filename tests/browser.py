"""Drive Debian's Chromium (/usr/bin/chromium) through Playwright, with the network cut off.

Playwright's Python wheel carries its driver; no browser is downloaded: we launch the system Chromium.
"""
import shutil
from contextlib import contextmanager

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        # no network: every host is unknown and every proxy connection fails
        "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND"]


def available() -> bool:
    if CHROMIUM is None:
        return False
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def page_for(path, width: int = 1280, height: int = 800, tab: str = "entities"):
    """Open ``path`` offline at its ``tab`` (overview, timeline, map, entities); yields (page, log) where
    log has console errors and external requests."""
    from playwright.sync_api import sync_playwright

    log = {"errors": [], "external": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda m: log["errors"].append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: log["errors"].append(str(e)))

            def route(r):
                if r.request.url.startswith(("file:", "data:", "blob:")):
                    r.continue_()
                else:
                    log["external"].append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(path.resolve().as_uri() + (f"#{tab}" if tab else ""))
            yield page, log
        finally:
            browser.close()


def node_on_screen(page, node_id):
    """Screen coordinates of a drawn node."""
    return page.evaluate("""(id) => { var p = network.getPositions([id])[id]; var d = network.canvasToDOM(p);
        var r = document.getElementById('mynetwork').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }""", node_id)
