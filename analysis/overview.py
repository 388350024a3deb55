"""Corpus overview: the size of every document in paragraphs, sentences, words and tokens."""

from __future__ import annotations

import pandas as pd

from analysis.schema import require_columns
from analysis.text import paragraph_spans, sentence_spans, token_spans, word_spans

OVERVIEW_COLUMNS: tuple[str, ...] = (
    "doc_id", "characters", "paragraphs", "sentences", "words", "tokens",
)
"""Columns of ``corpus_overview``: one row per document, counts as integers."""


def document_counts(text: str) -> dict[str, int]:
    """Count characters, paragraphs, sentences, words and tokens of one text.

    >>> document_counts('"Yes," he said.\\n\\nMr. Smith left.')
    {'characters': 32, 'paragraphs': 2, 'sentences': 2, 'words': 6, 'tokens': 12}
    """
    paragraphs = paragraph_spans(text)
    return {
        "characters": len(text),
        "paragraphs": len(paragraphs),
        "sentences": len(sentence_spans(text, paragraphs)),
        "words": len(word_spans(text)),
        "tokens": len(token_spans(text)),
    }


def corpus_overview(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document with its size (``OVERVIEW_COLUMNS``), in the documents' order.

    Args:
        documents: the documents table (``doc_id``, ``text``).

    Returns:
        A DataFrame with columns ``OVERVIEW_COLUMNS``; an empty corpus gives no rows.

    Raises:
        SchemaError: ``doc_id`` or ``text`` is missing.
    """
    require_columns(documents, ["doc_id", "text"], table_name="documents")
    rows = [{"doc_id": doc_id, **document_counts(text)}
            for doc_id, text in zip(documents["doc_id"], documents["text"])]
    table = pd.DataFrame(rows, columns=list(OVERVIEW_COLUMNS))
    return table.astype({c: "int64" for c in OVERVIEW_COLUMNS[1:]})


SENTENCE_COLUMNS: tuple[str, ...] = ("doc_id", "paragraph", "sentence", "start", "end", "words")
"""Columns of ``sentence_table``: one row per sentence with its offsets and length in words."""


def sentence_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every document: paragraph and sentence index, offsets, words.

    Args:
        documents: the documents table (``doc_id``, ``text``).

    Returns:
        A DataFrame with columns ``SENTENCE_COLUMNS``, in document and text order.
    """
    require_columns(documents, ["doc_id", "text"], table_name="documents")
    rows = []
    for doc_id, text in zip(documents["doc_id"], documents["text"]):
        for p_index, paragraph in enumerate(paragraph_spans(text)):
            for start, end in sentence_spans(text, [paragraph]):
                rows.append((doc_id, p_index, len(rows), start, end,
                             len(word_spans(text[start:end]))))
    table = pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
    table["sentence"] = table.groupby("doc_id", sort=False).cumcount()
    return table.astype({c: "int64" for c in SENTENCE_COLUMNS[1:]})
