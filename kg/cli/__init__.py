"""The ``kg`` command: a thin layer over the library. Each command parses its options, calls one
function of :mod:`kg`, and turns a :class:`~kg.errors.KGError` into a one-line message
(:class:`~kg.cli.app.KGCommand`). The commands live in :mod:`kg.cli.build`, :mod:`kg.cli.query`,
:mod:`kg.cli.graph` and :mod:`kg.cli.export`.

Exit codes: 0 ok; 1 problems to look at (articles skipped or without facts, SHACL violations, a bad
query); 2 an error that stopped the command.
"""
from __future__ import annotations

from . import build, export, graph, query  # noqa: F401  (registers the commands)
from .app import cli


def main():  # console-script entry point
    cli()


if __name__ == "__main__":
    main()
