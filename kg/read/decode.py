"""Bytes to text: UTF-8 with or without a BOM, UTF-16, and legacy encodings (cp1251, ...) recognised by
charset-normalizer; binary files are refused with a one-line reason."""
from __future__ import annotations

from ..errors import InputError


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
