"""The columns of every table the suite produces, defined once (DESIGN "Tables").

README.md documents each column; tests check that every producer returns exactly these columns
in this order.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.errors import SchemaError

DOCUMENT_COLUMNS: tuple[str, ...] = ("doc_id", "text")
"""The documents table: these first, then any metadata columns in input order."""

QUOTE_COLUMNS: tuple[str, ...] = (
    "doc_id", "quote_id", "utterance_id", "kind", "start", "end", "text",
    "speaker", "speaker_mention", "speaker_start", "speaker_end",
    "cue", "cue_lemma", "cue_category", "paragraph", "sentence", "rule",
)
"""The quotes table: one record per stretch of quoted text within one paragraph."""

PEOPLE_COLUMNS: tuple[str, ...] = (
    "doc_id", "person", "mentions", "first_start", "aliases", "gender", "role",
)
"""The people table: one row per person (or group) mentioned in a document."""

QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "scare")
"""Every quote is exactly one of these kinds (DESIGN "Quotes: what counts")."""


def require_columns(table: pd.DataFrame, columns: Sequence[str], *, table_name: str) -> None:
    """Raise a ``SchemaError`` naming what is missing if ``table`` lacks any of ``columns``.

    Args:
        table: the DataFrame to check.
        columns: the column names the caller needs.
        table_name: how the message names the table ("quotes", "documents", ...).

    Raises:
        SchemaError: some columns are missing; the message lists them and the columns found.

    >>> require_columns(pd.DataFrame({"doc_id": []}), ["doc_id"], table_name="documents")
    """
    missing = [c for c in columns if c not in table.columns]
    if missing:
        found = ", ".join(map(str, table.columns)) or "(none)"
        raise SchemaError(
            f"{table_name} table is missing column(s) {', '.join(missing)}; columns found: {found}"
        )
