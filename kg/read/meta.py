"""An article's metadata: the ``NAME.meta.json`` sidecar, front matter, a leading date line, and the
check of each field (:func:`checked`): a field that cannot be used costs that field, with a note, never
the article."""
from __future__ import annotations

import datetime as dt
import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import quote

from ..errors import MetadataError
from ..lang import lexicon
from ..util.controls import drop_controls

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


_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%Y/%m/%d")


def parse_date(value) -> dt.date | None:
    """A metadata date in the forms pages write: ISO (with or without a time), ``DD.MM.YYYY`` (with a time
    after it), RFC 2822 (``Sat, 19 Oct 2019 10:00:00 GMT``), ``19 Oct 2019``, ``October 19, 2019``,
    ``2019/10/19``; None for anything else.

    >>> [str(parse_date(v)) for v in ("2019-10-19T08:00", "19.10.2019, 07:00", "Sat, 19 Oct 2019 10:00:00 GMT",
    ...                               "October 19, 2019", "19 June", "31.02.2019")]
    ['2019-10-19', '2019-10-19', '2019-10-19', '2019-10-19', 'None', 'None']
    """
    v = " ".join(str(value).split())
    try:
        if re.match(r"\d{4}-\d{2}-\d{2}", v):
            return dt.date.fromisoformat(v[:10])
        m = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\b", v)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    if re.match(r"[A-Za-z]{3}, \d", v):
        try:
            return parsedate_to_datetime(v).date()
        except (TypeError, ValueError, IndexError):
            return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    return None


def _language_code(value: str) -> bool:
    """Whether ``value`` is an ISO 639-1 code ("bg"), one with a region ("en-GB", "ru_RU") or "und"."""
    import pycountry

    code = re.split(r"[-_]", value.strip().lower())[0]
    return code == "und" or (len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None)


def checked(meta: dict, name: str) -> tuple[dict, list[str]]:
    """The usable metadata fields and one note per field left out or changed: a date in an unknown form
    goes, a URL with characters an IRI cannot hold is percent-encoded, a language that is not a two-letter
    code goes (the text's language is detected instead)."""
    out, notes = {}, []
    for key, value in meta.items():
        if value in (None, "") or key not in META_KEYS:
            continue
        value, n = drop_controls(" ".join(str(value).split()))
        if n:
            notes.append(f"{name}: {n} control character{'s' if n > 1 else ''} dropped from its {key}")
        if key == "date":
            day = parse_date(value)
            if day is None:
                notes.append(f"{name}: date {value!r} is not a date (YYYY-MM-DD or a common form); left out")
                continue
            value = day
        elif key == "url":
            safe = quote(value, safe=":/?#[]@!$&'()*+,;=%~")
            if safe != value:
                notes.append(f"{name}: url {value!r} had characters an IRI cannot hold; percent-encoded")
            value = safe
        elif key == "language" and not _language_code(value):
            notes.append(f"{name}: language {value!r} is not an ISO 639-1 code; detected from the text instead")
            continue
        out[key] = value
    return out, notes


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
