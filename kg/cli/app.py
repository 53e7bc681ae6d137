"""The ``kg`` command group: every command's errors become one line (:class:`KGCommand`)."""
from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..errors import EXIT_ERROR, KGError
from .output import echo


class KGCommand(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            echo(f"Error: {e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            echo("Interrupted; nothing half-written was kept.", err=True)
            sys.exit(EXIT_ERROR)
        except BrokenPipeError:   # `kg query … | head`: the reader has what it wanted; say nothing
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())     # so that the exit's flush does not fail again
            sys.exit(0)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit):
            raise
        except Exception as e:  # a bug: still one line, the traceback only on request
            if os.environ.get("KG_DEBUG"):
                raise
            echo(f"Error: internal error ({e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}); "
                       "set KG_DEBUG=1 for the traceback", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=KGCommand)
@click.version_option(__version__, prog_name="kg")
def cli():
    """dipkg: diplomacy news in, knowledge graph out.

    \b
    Example:
        kg build                 # read data/, write exports/kg.ttl and the store
        kg validate              # check exports/kg.ttl against the SHACL shapes
    """
