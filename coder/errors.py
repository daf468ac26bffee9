"""One error hierarchy with stable codes; the CLI maps each to one line and an exit code."""

from __future__ import annotations


class CoderError(Exception):
    """Base of every error the library raises on purpose.

    Attributes:
        code: a stable machine-readable identifier.
        exit_code: the process exit code the CLI uses for it.
    """

    code = "coder_error"
    exit_code = 1


class UsageError(CoderError):
    """The user asked for something that cannot work (bad option, missing file)."""

    code = "usage"
    exit_code = 2


class InputFileError(UsageError):
    """An input file or folder cannot be read at all."""

    code = "input_file"


class CodebookError(CoderError):
    """A codebook or actor dictionary is invalid; the message points at the place."""

    code = "invalid_codebook"
    exit_code = 4


class ConfigError(CoderError):
    """The configuration is invalid."""

    code = "invalid_config"
    exit_code = 4


class StoreLockedError(CoderError):
    """The DuckDB file is held by another process (named in the message)."""

    code = "db_locked"
    exit_code = 75


class StoreError(CoderError):
    """The store cannot do what was asked (bad SQL, missing table, forbidden statement)."""

    code = "store"
    exit_code = 2


class GazetteerError(CoderError):
    """The gazetteer cannot be built, loaded or imported."""

    code = "gazetteer"
    exit_code = 1
