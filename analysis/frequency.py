"""How much is quoted and what: quotes per document and per 1,000 words, repeated and long quotes.

Rates are normalised by the length of the document text in words (``analysis.text.word_spans``)
so that long and short articles compare (Biber, Conrad & Reppen 1998, "Corpus Linguistics",
ch. 10 on normalised frequencies). Units and kinds follow ``analysis.aggregates``; here scare
quotes are a kind like the others, since the question is how much quoting there is.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.aggregates import (
    DEFAULT_TOP_N, DEFAULT_UNIT, PER_WORDS, UNATTRIBUTED, VOICE_KINDS, Unit, attach_groups,
    document_sizes, empty_table, quote_units, with_share,
)
from analysis.errors import AnalysisError
from analysis.schema import QUOTE_KINDS
from analysis.text import words

ALL_KINDS = "(all)"
"""The ``kind`` of the rows of ``quote_frequency`` that count every kind together."""

QUOTE_RATE_COLUMNS: tuple[str, ...] = ("doc_id", "kind", "count", "share", "per_1k")
"""Columns of ``quote_rates`` after the group columns."""

QUOTE_FREQUENCY_COLUMNS: tuple[str, ...] = (
    "kind", "count", "share", "documents", "words", "per_document", "per_1k",
)
"""Columns of ``quote_frequency`` after the group columns."""

RATIO_COLUMNS: tuple[str, ...] = ("speaker", "direct", "indirect", "ratio", "direct_share")
"""Columns of ``direct_indirect_ratio`` after the group columns."""

REPEATED_COLUMNS: tuple[str, ...] = (
    "normalised", "count", "documents", "words", "doc_ids", "speakers", "kinds", "text",
)
"""Columns of ``repeated_quotes`` and ``frequent_quotes``."""

LONGEST_COLUMNS: tuple[str, ...] = (
    "doc_id", "quote_id", "utterance_id", "speaker", "kind", "start", "words", "text",
)
"""Columns of ``longest_quotes``."""

DEFAULT_MIN_DOCUMENTS = 2
"""A quote is "repeated" when it appears in at least this many documents."""

DEFAULT_MIN_WORDS = 1
"""Quotes shorter than this many words are left out of repeated and frequent quotes."""

LIST_SEPARATOR = "; "
"""Joins the documents, speakers and kinds of a repeated quote into one text cell."""

STRAIGHT_QUOTES = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "`": "'",
})
"""Curly, low, guillemet and prime quote marks mapped to their straight forms."""


def normalise_quote(text: str) -> str:
    """The comparable form of a quote: straight quotes, case-folded, words joined by a space.

    Curly marks become straight ones (so ``it’s`` and ``it's`` agree), the text is case-folded
    and reduced to its words (``analysis.text.words``), which drops punctuation and collapses
    whitespace.

    >>> normalise_quote("  “It’s NOT about anti-Semitism,”\\n he said. ")
    "it's not about anti-semitism he said"
    """
    return " ".join(w.casefold() for w in words(text.translate(STRAIGHT_QUOTES)))


def document_words(documents: pd.DataFrame) -> pd.DataFrame:
    """Words per document (``analysis.text.word_spans``), the denominator of ``per_1k``.

    Args:
        documents: a documents table with ``text``, or a pipeline run's with ``n_words``
            (``analysis.aggregates.document_sizes``).

    Returns:
        ``doc_id, words`` in the documents' order.

    Raises:
        SchemaError: ``documents`` lacks ``doc_id`` or both ``text`` and ``n_words``.
    """
    return document_sizes(documents).loc[:, ["doc_id", "words"]]


def quote_rates(quotes: pd.DataFrame, documents: pd.DataFrame, *, by: Sequence[str] = (),
                unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Quotes of each kind in each document, as counts, shares and rates per 1,000 words.

    Every document of ``documents`` has a row for each of ``QUOTE_KINDS`` (count 0 when it has
    none), so means over documents are right. ``share = count / quotes in the document`` (NaN
    for a document without quotes); ``per_1k = count / words × PER_WORDS`` (NaN for an empty
    text).

    Args:
        quotes: the quotes table.
        documents: the documents table: ``text`` (or a pipeline run's ``n_words``) gives the
            word counts, metadata the groups; quotes of documents not listed are ignored.
        by: group columns (document metadata).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, doc_id, kind, count, share, per_1k``, sorted by group, ``doc_id``, then kind in
        ``QUOTE_KINDS`` order.

    Raises:
        SchemaError: a needed column is missing.
    """
    return _rates(quotes, documents, by=by, unit=unit).loc[:, [*by, *QUOTE_RATE_COLUMNS]]


def quote_frequency(quotes: pd.DataFrame, documents: pd.DataFrame, *, by: Sequence[str] = (),
                    unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Quotes per document and per 1,000 words in each group, by kind and for all kinds.

    For each group and kind: ``count`` quotes in ``documents`` documents of ``words`` words;
    ``share = count / all quotes of the group``; ``per_document = count / documents``;
    ``per_1k = count / words × PER_WORDS`` (the pooled rate, Biber et al. 1998). The row of
    kind ``ALL_KINDS`` counts every kind.

    Args:
        quotes: the quotes table.
        documents: the documents table, as for ``quote_rates``.
        by: group columns (document metadata).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, kind, count, share, documents, words, per_document, per_1k``, sorted by group,
        then ``ALL_KINDS`` and the kinds in ``QUOTE_KINDS`` order.

    Raises:
        SchemaError: a needed column is missing.
    """
    rates = _rates(quotes, documents, by=by, unit=unit)
    if rates.empty:
        return empty_table([*by, *QUOTE_FREQUENCY_COLUMNS])
    groups = list(by) or ["_all"]
    rates = rates.assign(_all=0)
    per_doc = rates.groupby([*groups, "doc_id"], dropna=False, sort=False).agg(
        count=("count", "sum"), words=("words", "first")).reset_index()
    total = per_doc.groupby(groups, dropna=False, sort=False).agg(
        count=("count", "sum"), documents=("doc_id", "size"), words=("words", "sum"))
    per_kind = rates.groupby([*groups, "kind"], dropna=False, sort=False).agg(
        count=("count", "sum"), documents=("doc_id", "size"), words=("words", "sum"))
    out = pd.concat([total.reset_index().assign(kind=ALL_KINDS), per_kind.reset_index()],
                    ignore_index=True)
    for column in ("count", "documents", "words"):
        out[column] = out[column].astype("int64")
    group_total = out.groupby(groups, dropna=False, sort=False)["count"].transform("max")
    out["share"] = out["count"] / group_total.astype(float).replace(0.0, np.nan)
    out["per_document"] = out["count"] / out["documents"]
    out["per_1k"] = _per_1k(out["count"], out["words"])
    order = out["kind"].map({k: i for i, k in enumerate((ALL_KINDS, *QUOTE_KINDS))})
    return (out.assign(_order=order)
            .sort_values([*groups, "_order"], kind="stable", na_position="last", ignore_index=True)
            .loc[:, [*by, *QUOTE_FREQUENCY_COLUMNS]])


def _rates(quotes: pd.DataFrame, documents: pd.DataFrame, *, by: Sequence[str],
           unit: Unit) -> pd.DataFrame:
    table = quote_units(quotes, unit=unit)
    docs = attach_groups(document_words(documents), by=by, documents=documents,
                         table_name="documents")
    if docs.empty:
        return empty_table([*by, *QUOTE_RATE_COLUMNS, "words"])
    kinds = pd.Categorical(table["kind"], categories=list(QUOTE_KINDS))
    wide = pd.crosstab(table["doc_id"].to_numpy(), kinds, dropna=False).reindex(
        index=docs["doc_id"].unique(), columns=list(QUOTE_KINDS), fill_value=0)
    counts = (wide.rename_axis(index="doc_id", columns="kind").stack()
              .rename("count").reset_index())
    counts["kind"] = counts["kind"].astype(str)
    counts["count"] = counts["count"].astype("int64")
    counts = with_share(counts, by=["doc_id"]).merge(docs, on="doc_id", how="left")
    counts["per_1k"] = _per_1k(counts["count"], counts["words"])
    order = counts["kind"].map({k: i for i, k in enumerate(QUOTE_KINDS)})
    return (counts.assign(_order=order)
            .sort_values([*by, "doc_id", "_order"], kind="stable", na_position="last",
                         ignore_index=True)
            .drop(columns="_order"))


def direct_indirect_ratio(quotes: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                          people: pd.DataFrame | None = None, by: Sequence[str] = (),
                          unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Direct against indirect quotes per speaker: whose own words are heard.

    ``ratio = direct / indirect`` (``inf`` when a speaker has direct quotes only, NaN when
    neither) and ``direct_share = direct / (direct + indirect)``, bounded in [0, 1]. Direct
    quotation presents the speaker's own words, indirect the reporter's rendering of them
    (Caldas-Coulthard 1994, "On reporting reporting", in Coulthard (ed.), "Advances in Written
    Text Analysis"). Speakers with only partial quotes have ``direct = indirect = 0``.

    Args:
        quotes: the quotes table.
        documents: the documents table, for metadata group columns.
        people: the people table, for ``gender`` and ``role`` groups.
        by: group columns.
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, speaker, direct, indirect, ratio, direct_share``, sorted by group,
        ``direct + indirect`` descending, speaker.

    Raises:
        SchemaError: a needed column is missing.
    """
    table = quote_units(quotes, unit=unit, kinds=VOICE_KINDS)
    table = table.assign(speaker=table["speaker"].astype(object)
                         .where(table["speaker"].notna(), UNATTRIBUTED).astype(str))
    table = attach_groups(table, by=by, documents=documents, people=people)
    keys = [*by, "speaker"]
    if table.empty:
        return empty_table([*by, *RATIO_COLUMNS])
    out = (table.assign(direct=table["kind"] == "direct", indirect=table["kind"] == "indirect")
           .groupby(keys, dropna=False, sort=False)[["direct", "indirect"]].sum().reset_index())
    out["direct"] = out["direct"].astype("int64")
    out["indirect"] = out["indirect"].astype("int64")
    with np.errstate(divide="ignore", invalid="ignore"):
        out["ratio"] = out["direct"].to_numpy(float) / out["indirect"].to_numpy(float)
        both = (out["direct"] + out["indirect"]).to_numpy(float)
        out["direct_share"] = out["direct"].to_numpy(float) / np.where(both > 0, both, np.nan)
    return (out.assign(_total=out["direct"] + out["indirect"])
            .sort_values([*by, "_total", "speaker"], ascending=[True] * len(by) + [False, True],
                         kind="stable", na_position="last", ignore_index=True)
            .loc[:, [*by, *RATIO_COLUMNS]])


def repeated_quotes(quotes: pd.DataFrame, *, min_documents: int = DEFAULT_MIN_DOCUMENTS,
                    min_words: int = DEFAULT_MIN_WORDS, kinds: Sequence[str] = VOICE_KINDS,
                    unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """The same words quoted in several documents (a soundbite picked up across outlets).

    Quotes are compared by ``normalise_quote`` (case-folded, straight quote marks, punctuation
    and whitespace dropped); a normalised text found in at least ``min_documents`` documents is
    listed with its documents and speakers.

    Args:
        quotes: the quotes table.
        min_documents: fewest documents (default ``DEFAULT_MIN_DOCUMENTS``).
        min_words: fewest words of a quote (default ``DEFAULT_MIN_WORDS``).
        kinds: kinds compared (default ``VOICE_KINDS``).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``normalised, count, documents, words, doc_ids, speakers, kinds, text``
        (``REPEATED_COLUMNS``): ``count`` occurrences in ``documents`` documents; ``doc_ids``,
        ``speakers`` (unattributed as ``UNATTRIBUTED``) and ``kinds`` sorted and joined by
        ``LIST_SEPARATOR``; ``text`` the first occurrence verbatim (by ``doc_id`` and offset).
        Sorted by ``documents``, ``count`` and ``words`` descending, then ``normalised``.

    Raises:
        SchemaError: a needed column is missing.
    """
    grouped = _normalised_groups(quotes, min_words=min_words, kinds=kinds, unit=unit)
    return grouped[grouped["documents"] >= min_documents].reset_index(drop=True)


def frequent_quotes(quotes: pd.DataFrame, *, n: int = DEFAULT_TOP_N,
                    min_words: int = DEFAULT_MIN_WORDS, kinds: Sequence[str] = VOICE_KINDS,
                    unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """The ``n`` most often quoted texts, compared by ``normalise_quote``.

    Args:
        quotes: the quotes table.
        n: rows kept (default ``DEFAULT_TOP_N``).
        min_words: fewest words of a quote (default ``DEFAULT_MIN_WORDS``).
        kinds: kinds compared (default ``VOICE_KINDS``; add ``"scare"`` for repeated terms).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``REPEATED_COLUMNS`` as in ``repeated_quotes``, sorted by ``count``, ``documents`` and
        ``words`` descending, then ``normalised``.
    """
    _check_n(n)
    grouped = _normalised_groups(quotes, min_words=min_words, kinds=kinds, unit=unit)
    return grouped.sort_values(["count", "documents", "words", "normalised"],
                               ascending=[False, False, False, True], kind="stable",
                               ignore_index=True).head(n)


def longest_quotes(quotes: pd.DataFrame, *, n: int = DEFAULT_TOP_N,
                   kinds: Sequence[str] = VOICE_KINDS, unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """The ``n`` longest quotes in words.

    Args:
        quotes: the quotes table.
        n: rows kept (default ``DEFAULT_TOP_N``).
        kinds: kinds considered (default ``VOICE_KINDS``).
        unit: ``"quotes"`` or ``"utterances"`` (an utterance's words are its parts' sum).

    Returns:
        ``doc_id, quote_id, utterance_id, speaker, kind, start, words, text``
        (``LONGEST_COLUMNS``), sorted by ``words`` descending, ``doc_id``, ``start``.
    """
    _check_n(n)
    table = quote_units(quotes, unit=unit, kinds=kinds)
    return table.sort_values(["words", "doc_id", "start"], ascending=[False, True, True],
                             kind="stable", ignore_index=True).head(n).loc[:, list(LONGEST_COLUMNS)]


def _normalised_groups(quotes: pd.DataFrame, *, min_words: int, kinds: Sequence[str],
                       unit: Unit) -> pd.DataFrame:
    table = quote_units(quotes, unit=unit, kinds=kinds)
    table = table[table["words"] >= min_words]
    if table.empty:
        return empty_table(REPEATED_COLUMNS)
    table = table.assign(
        normalised=[normalise_quote(t) for t in table["text"]],
        speaker=table["speaker"].astype(object).where(table["speaker"].notna(), UNATTRIBUTED),
    ).sort_values(["doc_id", "start", "end"], kind="stable")
    grouped = table.groupby("normalised", sort=False)
    out = grouped.agg(
        count=("doc_id", "size"), documents=("doc_id", "nunique"), words=("words", "max"),
        doc_ids=("doc_id", _joined), speakers=("speaker", _joined), kinds=("kind", _joined),
        text=("text", "first"),
    ).reset_index()
    for column in ("count", "documents", "words"):
        out[column] = out[column].astype("int64")
    return out.sort_values(["documents", "count", "words", "normalised"],
                           ascending=[False, False, False, True], kind="stable",
                           ignore_index=True).loc[:, list(REPEATED_COLUMNS)]


def _joined(values: pd.Series) -> str:
    return LIST_SEPARATOR.join(sorted(set(values.astype(str))))


def _per_1k(count: pd.Series, words_: pd.Series) -> pd.Series:
    return count.astype(float) / words_.astype(float).replace(0.0, np.nan) * PER_WORDS


def _check_n(n: int) -> None:
    if n < 1:
        raise AnalysisError(f"invalid n {n!r}; it must be at least 1")
