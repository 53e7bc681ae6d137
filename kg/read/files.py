"""Articles in: find the files, read one into an :class:`~kg.read.article.Article`.

An article is a ``.txt``, ``.md`` or ``.html`` file. Its metadata (``title``, ``date`` as YYYY-MM-DD or a
common form (:func:`~kg.read.meta.parse_date`),
``language`` as ISO 639-1, ``url``, ``source``) come from a sidecar ``NAME.meta.json`` beside it, from
YAML-style front matter (``---`` lines) at the top of a text or Markdown file, or from an HTML page
(its article and metadata as trafilatura reads them: :func:`~kg.read.html.page_to_text`); the language, when no metadata gives it, is detected from the
text. Problems that make a file unusable raise :class:`~kg.errors.InputError` with a one-line message.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import InputError
from ..util.controls import drop_controls
from .article import Article
from .decode import decode
from .html import markdown_to_text, page_to_text, strip_boilerplate
from .language import detect_language
from .meta import META_KEYS, checked, date_line, front_matter, parse_date, read_sidecar
from .text import clean

SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_BYTES = 5 * 1024 * 1024


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
        real = os.path.realpath(f)
        if real not in seen:
            seen.add(real)
            unique.append(f)
    return unique


def article_id(path: Path) -> str:
    """The id an article file gets: its name without the suffix, other characters than letters, digits,
    ``.``, ``-`` and ``_`` as ``_`` (so ``x/news.txt`` and ``y/news.txt`` both claim ``news``: see
    :func:`kg.pipeline.reading.analyse_paths`)."""
    return re.sub(r"[^\w.-]+", "_", Path(path).stem)


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
        text, meta = page_to_text(text)
    else:
        text, meta = front_matter(text)
        if path.suffix.lower() == ".md":
            text = markdown_to_text(text)
    meta.update({k: v for k, v in read_sidecar(path).items() if k in META_KEYS})
    meta, notes = checked(meta, name)
    text, dropped = drop_controls(text)
    if dropped:
        notes.append(f"{name}: {dropped} control character{'s' if dropped > 1 else ''} dropped from the text")
    text = strip_boilerplate(clean(text)).strip()
    if not text:
        raise InputError(f"{name}: no text in it")
    if "date" not in meta:
        found = date_line(text)
        if found:
            meta["date"] = parse_date(found)
    lang = str(meta.get("language") or detect_language(text)).lower()
    lang = lang if lang == "und" else lang[:2]
    art = Article(id=article_id(path), path=os.path.abspath(path), text=text,
                  title=(meta.get("title") or None), date=meta.get("date"), language=lang,
                  url=meta.get("url") or None, source=meta.get("source") or None)
    art.notes.extend(([note] if note else []) + notes)
    if art.title is None:
        first = text.strip().split("\n", 1)[0].strip()
        art.title = first[:200] if first else None
    return art
