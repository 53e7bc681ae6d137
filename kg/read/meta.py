"""An article's metadata: the ``NAME.meta.json`` sidecar, front matter, a leading date line, the date."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from ..errors import MetadataError
from ..lang import lexicon

META_KEYS = ("title", "date", "language", "url", "source")


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


def date_line(text: str) -> str | None:
    """The ISO date of a text whose first line gives it ("date: 2025-06-09")."""
    m = lexicon().date_field.match(text)
    return m.group(1) if m else None


def parse_date(value, name: str) -> dt.date | None:
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
