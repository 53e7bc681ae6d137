"""Control characters: the one definition of the characters no article needs and a terminal obeys (C0
but tab, line feed and carriage return; DEL and C1; bidi overrides and isolates), dropped when an
article is read (:func:`drop_controls`) and escaped in what a command prints (:func:`escape_controls`)."""
from __future__ import annotations

import re

CONTROL_CLASS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
# a whole terminal sequence (OSC "ESC ] ... BEL", CSI "ESC [ 2 J", a two-character ESC sequence), else one
# control character
_DROP = re.compile("\x1b\\][^\x07\x1b\n]*(?:\x07|\x1b\\\\)?|\x1b\\[[0-?]*[ -/]*[@-~]?|\x1b[@-_]?|" + CONTROL_CLASS)
_ESCAPE = re.compile(CONTROL_CLASS + "|\r(?!\n)")     # in output a CR goes too, but not that of a CRLF


def drop_controls(text: str) -> tuple[str, int]:
    r"""``text`` without terminal sequences and control characters, which no article needs and which could
    retitle or clear a terminal; and how many went.

    >>> drop_controls("a\x1b]0;title\x07b\x1b[2Jc\u202ed\x00e\tf")
    ('abcde\tf', 4)
    """
    return _DROP.subn("", text)


def escape_controls(text: str) -> str:
    r"""``text`` with each control character but tab, line feed and the CR of a CRLF as ``\uXXXX``.

    >>> escape_controls("a\x1b]0;x\x07b\u202ec\td\r\ne\rf")
    'a\\u001b]0;x\\u0007b\\u202ec\td\r\ne\\u000df'
    """
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
