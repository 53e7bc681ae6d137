"""What the commands print: every line goes through :func:`echo`, which shows a control character from
the data (an escape sequence, a bell, a bidi override) as its ``\\uXXXX`` escape, so no article text can
retitle, clear or reorder a terminal. The escape is also what JSON and Turtle would write for it."""
from __future__ import annotations

import click

from ..util.controls import escape_controls


def echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """``click.echo`` of ``message`` with its control characters escaped."""
    click.echo(escape_controls(str(message)), err=err, nl=nl)
