"""The error hierarchy of dipkg and the exit codes of the ``kg`` command.

Exit codes (as pySHACL): 0 ok, 1 the input or graph has problems the user should look at
(skipped articles, SHACL violations, bad query), 2 an error that stopped the command.
"""

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2


class KGError(Exception):
    """Base of every error dipkg raises on purpose; the CLI prints it as one line."""

    exit_code = EXIT_ERROR


class InputError(KGError):
    """An input file cannot be read as an article (empty, binary, too large, undecodable)."""

    exit_code = EXIT_PROBLEMS


class MetadataError(InputError):
    """A metadata sidecar is malformed."""


class StoreError(KGError):
    """The working store or an export cannot be written or read."""


class ValidationError(KGError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = EXIT_PROBLEMS


class QueryError(KGError):
    """A query that cannot run: bad syntax, an update, an unknown named query or parameter."""

    exit_code = EXIT_PROBLEMS
