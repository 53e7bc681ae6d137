"""What the commands print: every line goes through :func:`echo`, which shows a control character from
the data (an escape sequence, a bell, a bidi override) as its ``\\uXXXX`` escape, so no article text can
retitle, clear or reorder a terminal. The escape is also what JSON and Turtle would write for it."""
from __future__ import annotations

import re

import click

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def escape_controls(text: str) -> str:
    r"""``text`` with each control character but tab, line feed and the CR of a CRLF as ``\uXXXX``.

    >>> escape_controls("a\x1b]0;x\x07b\u202ec\td\r\ne\rf")
    'a\\u001b]0;x\\u0007b\\u202ec\td\r\ne\\u000df'
    """
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """``click.echo`` of ``message`` with its control characters escaped."""
    click.echo(escape_controls(str(message)), err=err, nl=nl)
