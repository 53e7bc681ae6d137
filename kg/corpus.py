"""Articles in: find the files, decode them, read their metadata, drop page boilerplate.

An article is a ``.txt``, ``.md`` or ``.html`` file. Its metadata (``title``, ``date`` as YYYY-MM-DD,
``language`` as ISO 639-1, ``url``, ``source``) come from a sidecar ``NAME.meta.json`` beside it, from
YAML-style front matter (``---`` lines) at the top of a text or Markdown file, or from the ``<title>``
and ``<meta>`` tags of an HTML page; the language, when no metadata gives it, is detected from the
text. Problems that make a file unusable raise :class:`~kg.errors.InputError` with a one-line message.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError, MetadataError
from .text import clean

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 5 * 1024 * 1024
META_KEYS = ("title", "date", "language", "url", "source")

# Lines that start the "more news", share and navigation blocks of a news page: the article ends there.
BOILERPLATE_STARTS = re.compile(
    r"^\s*(ОЩЕ ОТ|Още по темата|Свързани новини|Прочетете още|ЧИТАЙТЕ ТАКЖЕ|Читайте также|Смотрите также|"
    r"Другие новости|Похожие новости|Related (news|articles|stories)|Read (more|also)|More (news|stories) from|"
    r"Get The .{1,40} stories|Sign up for|Subscribe to|Share this|Полезни връзки)\b",
    re.IGNORECASE)


@dataclass
class Article:
    """One source text with its metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    language: str = "en"
    url: str | None = None
    source: str | None = None
    notes: list[str] = field(default_factory=list)
    sha256: str | None = None        # kept when the text is dropped (see kg.pipeline.graph_from)

    @property
    def digest(self) -> str:
        return self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def without_text(self) -> "Article":
        """The metadata alone, for what outlives the reading of the article."""
        import dataclasses

        return dataclasses.replace(self, text="", sha256=self.digest)


def discover(paths: list[Path]) -> list[Path]:
    """The article files among ``paths`` (files as given, folders searched recursively), sorted."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    seen, unique = set(), []
    for f in out:
        if f.resolve() not in seen:
            seen.add(f.resolve())
            unique.append(f)
    return unique


def decode(raw: bytes, name: str) -> tuple[str, str | None]:
    """Bytes to text. Returns the text and a note when it was not UTF-8."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), f"{name}: read as UTF-16"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if raw.count(b"\x00") > len(raw) // 4:
        even, odd = raw[0::2].count(0), raw[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            raise InputError(f"{name}: binary file, not an article") from None
        if _printable(text) < 0.95 or sum(ch.isalpha() for ch in text) < len(text) / 3:
            raise InputError(f"{name}: binary file, not an article")
        return text, f"{name}: read as UTF-16"
    if b"\x00" in raw:
        raise InputError(f"{name}: binary file, not an article")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding; save it as UTF-8")
    text = str(best)
    if _printable(text) < 0.95:
        raise InputError(f"{name}: binary file, not an article")
    return text, f"{name}: read as {best.encoding}"


def _printable(text: str) -> float:
    return sum(ch.isprintable() or ch.isspace() for ch in text) / max(len(text), 1)


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
            meta["date"] = p.meta[key][:10]
            break
    if p.meta.get("og:url"):
        meta["url"] = p.meta["og:url"]
    lang = p.meta.get("html-lang") or p.meta.get("language")
    if lang:
        meta["language"] = lang[:2].lower()
    return text.strip(), meta


def front_matter(text: str) -> tuple[str, dict]:
    """Split ``---``-delimited ``key: value`` front matter off a text or Markdown file."""
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not m:
        return text, {}
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("\"'")
    return text[m.end():], meta


def markdown_to_text(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"^\s*[-*+]\s+", "", text, flags=re.M)
    return re.sub(r"(\*\*|__|\*|`)", "", text)


def strip_boilerplate(text: str) -> str:
    """Cut the page at its first "more news" / subscription / links block."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 2 and BOILERPLATE_STARTS.match(line):
            return "\n".join(lines[:i]).rstrip()
    return text


def detect_language(text: str) -> str:
    """``en``, ``bg`` or ``ru`` (or ``und``) from the script and the letters and words typical of each.

    >>> detect_language("Президентът се срещна с българския държавен глава.")
    'bg'
    >>> detect_language("Президент встретился с коллегой в Москве, это была встреча.")
    'ru'
    """
    cyr = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    lat = sum("a" <= ch.lower() <= "z" for ch in text)
    if cyr == 0 and lat == 0:
        return "und"
    if lat >= cyr:
        return "en"
    low = text.lower()
    words = re.findall(r"\w+", low)
    bg = low.count("ъ") * 2 + sum(w in {"на", "за", "със", "са", "е", "от", "това", "който", "които", "като"}
                                  for w in words)
    ru = sum(low.count(ch) for ch in "ыэё") * 2 + sum(
        w in {"в", "что", "это", "был", "была", "были", "который", "которые", "также", "не"} for w in words)
    return "bg" if bg >= ru else "ru"


def _date(value, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise MetadataError(f"{name}: date {value!r} is not YYYY-MM-DD") from None


def read_sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise MetadataError(f"{side.name}: not valid JSON ({e.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise MetadataError(f"{side.name}: must hold a JSON object")
    return meta


def read_article(path: Path) -> Article:
    """Read one article file; raise :class:`InputError` with a one-line reason when it is unusable."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: {size / 2**20:.0f} MB is larger than the {MAX_BYTES // 2**20} MB an "
                             "article may have; split it")
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    if not raw.strip():
        raise InputError(f"{name}: empty file")
    text, note = decode(raw, name)
    meta: dict = {}
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        text, meta = html_to_text(text)
    else:
        text, meta = front_matter(text)
        if path.suffix.lower() == ".md":
            text = markdown_to_text(text)
    meta.update({k: v for k, v in read_sidecar(path).items() if k in META_KEYS})
    text = strip_boilerplate(clean(text)).strip()
    if not text:
        raise InputError(f"{name}: no text in it")
    if "date" not in meta:
        m = re.match(r"\s*date:?\s+(\d{4}-\d{2}-\d{2})\b", text)
        if m:
            meta["date"] = m.group(1)
    lang = str(meta.get("language") or detect_language(text)).lower()
    lang = lang if lang == "und" else lang[:2]
    art = Article(id=re.sub(r"[^\w.-]+", "_", path.stem), path=str(path), text=text,
                  title=(meta.get("title") or None), date=_date(meta.get("date"), name), language=lang,
                  url=meta.get("url") or None, source=meta.get("source") or None)
    if note:
        art.notes.append(note)
    if art.title is None:
        first = text.strip().split("\n", 1)[0].strip()
        art.title = first[:200] if first else None
    return art
