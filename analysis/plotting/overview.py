"""Figures of the corpus overview."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from analysis.plotting.style import PALETTE, empty_figure, new_figure, suite_style
from analysis.schema import require_columns

SENTENCE_BIN_WIDTH = 5
"""Width in words of each bar of the sentence-length histogram."""


def plot_sentence_lengths(sentences: pd.DataFrame, *, title: str = "Sentence length") -> Figure:
    """Histogram of sentence lengths in words, with the median marked.

    Args:
        sentences: the table of ``analysis.overview.sentence_table`` (needs ``words``).
        title: the figure title.

    Returns:
        The Figure (an empty-state figure when there are no sentences).
    """
    require_columns(sentences, ["words"], table_name="sentences")
    if sentences.empty:
        return empty_figure("No sentences in this corpus.", title=title)
    lengths = sentences["words"].to_numpy()
    top = int(lengths.max()) + SENTENCE_BIN_WIDTH
    bins = range(0, top - top % SENTENCE_BIN_WIDTH + SENTENCE_BIN_WIDTH, SENTENCE_BIN_WIDTH)
    fig, ax = new_figure()
    with suite_style():
        ax.hist(lengths, bins=list(bins), color=PALETTE[0], edgecolor="white")
        median = float(pd.Series(lengths).median())
        ax.axvline(median, color=PALETTE[3], linestyle="--", linewidth=1.2)
        ax.annotate(f"median {median:g} words", xy=(median, 1), xycoords=("data", "axes fraction"),
                    xytext=(4, -12), textcoords="offset points", color=PALETTE[3])
        ax.set_xlabel("Words per sentence")
        ax.set_ylabel("Sentences")
        n_docs = sentences["doc_id"].nunique() if "doc_id" in sentences else 1
        documents = "document" if n_docs == 1 else "documents"
        ax.set_title(f"{title} ({len(lengths):,} sentences, {n_docs:,} {documents})")
    return fig
