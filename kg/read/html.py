"""HTML and Markdown to text: a news page's article through trafilatura (its main text without menus,
sidebars of other news or comments, and the page's metadata), else the visible text of the page by our
own reader (scripts, styles, navigation, header and footer dropped); Markdown without its markup; and a
page cut at its "more news" block."""
from __future__ import annotations

import functools
import logging
import re
from html.parser import HTMLParser

from ..lang import lexicon


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
            "iframe", "template", "select"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "ul", "ol", "table", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if a.get("content"):
                self.meta[key] = a["content"]
        elif tag == "html" and a.get("lang"):
            self.meta["html-lang"] = a["lang"]
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict]:
    """Visible text of an HTML page (scripts, styles and navigation dropped) and its metadata."""
    p = _HTMLText()
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    meta = {}
    title = p.meta.get("og:title") or p.title.strip()
    if title:
        meta["title"] = " ".join(title.split())
    for key in ("article:published_time", "date", "dc.date", "pubdate"):
        if key in p.meta:
            meta["date"] = p.meta[key]
            break
    if p.meta.get("og:url"):
        meta["url"] = p.meta["og:url"]
    lang = p.meta.get("html-lang") or p.meta.get("language")
    if lang:
        meta["language"] = lang.strip()
    return text.strip(), meta


def page_to_text(html: str) -> tuple[str, dict]:
    """The article of a news page and its metadata: trafilatura's extraction, else (it found no main
    text) :func:`html_to_text`'s visible text."""
    return _extracted(html) or html_to_text(html)


def _extracted(html: str) -> tuple[str, dict] | None:
    import trafilatura      # lxml and its extractors: loaded only for a page

    _quiet_extractors()
    tree = trafilatura.load_html(html)
    if tree is None:
        return None
    lang = tree.get("lang") or ""   # read before extraction, which prunes the tree
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, favor_precision=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = _plain(doc.text or "") if doc is not None else ""
    if not text:
        return None
    meta = {k: " ".join(v.split()) for k, v in (("title", doc.title), ("date", doc.date), ("url", doc.url),
                                                 ("source", doc.sitename), ("language", lang)) if v and v.strip()}
    return text, meta


@functools.lru_cache(maxsize=1)
def _quiet_extractors() -> None:
    """trafilatura's warnings are not the user's: never printed (set once, not a handler per page)."""
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False


def _plain(text: str) -> str:
    """trafilatura's text as paragraphs: its list marks ("- ") and table pipes ("| a | b |") undone."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|"):
            out.extend(c.strip() for c in line.strip("|").split(" | ") if c.strip())
        elif line:
            out.append(line[2:] if line.startswith("- ") else line)
    return "\n\n".join(out)


def markdown_to_text(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.M)
    return re.sub(r"(\*\*|__|\*|`)", "", text)


def strip_boilerplate(text: str) -> str:
    """Cut the page at its first "more news" / subscription / links block (the packs' BOILERPLATE_STARTS)."""
    lines = text.split("\n")
    starts = lexicon().boilerplate
    for i, line in enumerate(lines):
        if i > 2 and starts.match(line):
            return "\n".join(lines[:i]).rstrip()
    return text
