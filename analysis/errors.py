"""Errors raised by the suite and the one helper that words "invalid value" messages.

Every user-facing problem is an ``AnalysisError`` (or a subclass) whose message names the file,
the column or the parameter at fault and what was expected, so a batch run can report it in one
line without a traceback. (After textacy's ``errors.py``.)
"""

from __future__ import annotations

from collections.abc import Iterable


class AnalysisError(ValueError):
    """Base class of every error the suite raises on bad input."""


class CorpusError(AnalysisError):
    """A corpus file cannot be read as documents (names the file and the problem)."""


class SchemaError(AnalysisError):
    """A table lacks a column the function needs (names the table and the columns found)."""


class LexiconError(AnalysisError):
    """A lexicon file is malformed (names the file, the line and the problem)."""


def invalid_value(name: str, value: object, valid: Iterable[object]) -> AnalysisError:
    """Build the error for a parameter given a value outside its fixed choices.

    Args:
        name: the parameter's name as the user typed it.
        value: the value received.
        valid: the accepted values, listed in the message in the order given.

    Returns:
        An ``AnalysisError`` to raise.

    >>> str(invalid_value("engine", "thread", ["serial", "processes"]))
    "invalid engine 'thread'; valid values: 'serial', 'processes'"
    """
    listed = ", ".join(repr(v) for v in valid)
    return AnalysisError(f"invalid {name} {value!r}; valid values: {listed}")
