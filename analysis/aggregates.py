"""Shared machinery of the aggregate tables: units, group columns, long count tables, top N.

The aggregates turn the record tables of DESIGN "Tables" (quotes, people, documents) into tidy
long count tables ``<group columns…>, <item>, count, share`` sorted on a full key (groups
ascending, count descending, item ascending as the tie-breaker), so the same input always gives
the same rows in the same order. The questions themselves live in ``analysis.voices`` (who is
quoted), ``analysis.frequency`` (how often and what) and ``analysis.verbstats`` (how speech is
reported); this module holds what they share. Every function takes the table first and its
options keyword-only, so they chain with ``DataFrame.pipe``::

    quotes.pipe(share_of_voice, documents=documents, by=["outlet"]).pipe(top_n, n=5, by=["outlet"])

Conventions, stated once:

- **Units.** ``unit="quotes"`` counts quote records (one per stretch of quoted text within one
  paragraph); ``unit="utterances"`` counts utterances, merging the parts that share a
  ``utterance_id`` (``utterances``).
- **Unattributed quotes** (``speaker`` null) are counted under the label ``UNATTRIBUTED`` so
  that shares of voice add up over everything quoted.
- **Nested quotes** of the same speaker (a partial quote inside the indirect quote that carries
  it) are counted once, as the longer quote (``drop_nested``, ``DEFAULT_NESTED``).
- **Scare quotes are not voice**: no one is reported as saying them, so every speaker and verb
  table leaves them out (``VOICE_KINDS``); quote frequencies count them as a kind of their own.
- **Group columns** (``by``) come from the table itself, from the documents table joined on
  ``doc_id`` (``outlet``, ``date``, a period from ``add_period``, any metadata), or, for
  ``gender`` and ``role``, from the people table joined on the document and the speaker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError, invalid_value
from analysis.schema import QUOTE_COLUMNS, QUOTE_KINDS, require_columns
from analysis.text import word_spans

Unit = Literal["quotes", "utterances"]
UNITS: tuple[str, ...] = ("quotes", "utterances")
"""What one count is: a quote record, or an utterance (its parts merged)."""

DEFAULT_UNIT: Unit = "quotes"
"""Aggregates count quote records unless told to count utterances."""

Nested = Literal["drop", "keep"]
NESTED_CHOICES: tuple[str, ...] = ("drop", "keep")
"""What to do with a quote inside a longer quote of the same speaker (``drop_nested``)."""

DEFAULT_NESTED: Nested = "drop"
"""Nested quotes of the same speaker are counted once, as part of the quote around them."""

VOICE_KINDS: tuple[str, ...] = tuple(k for k in QUOTE_KINDS if k != "scare")
"""Kinds that give someone a voice (direct, partial, indirect); scare quotes do not."""

UNATTRIBUTED = "(unattributed)"
"""Speaker label of quotes whose speaker is null."""

OTHER = "(other)"
"""Item label of the remainder row that ``top_n`` adds."""

UNKNOWN_GENDER = "unknown"
"""Gender of a speaker the people table does not describe (its own word for "no pronoun")."""

NO_VALUE = "(none)"
"""Label of a missing role, verb category or stance, so it is counted rather than dropped."""

SPEAKER_ATTRIBUTES: tuple[str, ...] = ("gender", "role")
"""Group columns taken from the people table, per document and speaker."""

DEFAULT_TOP_N = 10
"""How many items ``top_n`` and the "top" tables keep before the remainder."""

COUNT_COLUMNS: tuple[str, ...] = ("count", "share")
"""The value columns of every long count table."""

PER_WORDS = 1000
"""Rates are per this many words of document text (``per_1k``)."""

DOCUMENT_SIZE_COLUMNS: tuple[str, ...] = ("doc_id", "words", "chars")
"""Columns of ``document_sizes``."""

UTTERANCE_COLUMNS: tuple[str, ...] = (*QUOTE_COLUMNS, "words", "parts")
"""Columns of ``quote_units``: the quotes table plus quoted ``words`` and ``parts`` merged."""

Period = Literal["year", "quarter", "month", "week", "day"]
PERIODS: dict[str, str] = {"year": "Y", "quarter": "Q", "month": "M", "week": "W", "day": "D"}
"""Period names accepted by ``add_period`` and their pandas frequency codes."""

DATE_COLUMN = "date"
"""The documents' metadata column ``add_period`` reads by default."""

DEFAULT_PERIOD: Period = "month"
"""Default bucket of ``add_period``."""

PERIOD_COLUMN = "period"
"""Name of the column ``add_period`` adds by default."""


def check_choice(name: str, value: object, valid: Sequence[object]) -> None:
    """Raise ``invalid_value`` unless ``value`` is one of ``valid``.

    Args:
        name: the parameter's name.
        value: the value given.
        valid: the accepted values.

    Raises:
        AnalysisError: ``value`` is not in ``valid`` (the message lists them).

    >>> check_choice("unit", "quotes", UNITS)
    """
    if value not in valid:
        raise invalid_value(name, value, valid)


def quoted_words(text: object) -> int:
    """Number of words in a quote's text (``analysis.text.word_spans``); 0 for a missing text.

    >>> quoted_words("It's not about anti-Semitism.")
    4
    """
    return len(word_spans(text)) if isinstance(text, str) else 0


def utterances(quotes: pd.DataFrame) -> pd.DataFrame:
    """Merge the parts of each utterance (same ``doc_id`` and ``utterance_id``) into one row.

    A quote split by its attribution (``"A," he said. "B."``) or running over several paragraphs
    is one record per part (DESIGN "Tables"); an utterance is the whole. The merged row keeps the
    first part's fields (by ``start``) except: ``end`` is the last part's end, ``text`` the parts'
    texts joined by a space (so ``text`` is no longer ``doc.text[start:end]`` when there are
    several parts), ``speaker``/``cue`` fields the first non-null over the parts, ``words`` the
    sum of the parts' words and ``parts`` their number. A record with a null ``utterance_id`` is
    an utterance of its own.

    Args:
        quotes: the quotes table (``QUOTE_COLUMNS``).

    Returns:
        A table with ``UTTERANCE_COLUMNS``, one row per utterance, in document and text order.

    Raises:
        SchemaError: ``quotes`` lacks a column of ``QUOTE_COLUMNS``.
    """
    parts = _with_words(quotes)
    if parts.empty:
        return parts.assign(parts=pd.Series(dtype="int64"))
    key = parts["utterance_id"].astype(object).where(
        parts["utterance_id"].notna(), "\0" + parts["quote_id"].astype(str))
    parts = parts.assign(_key=key.astype(str))
    parts = parts.sort_values(["doc_id", "start", "end"], kind="stable")
    size = parts.groupby(["doc_id", "_key"], sort=False)["start"].transform("size")
    single = parts[size == 1].assign(parts=1)
    out = pd.concat([single, _merge_parts(parts[size > 1])], ignore_index=True)
    return out.loc[:, list(UTTERANCE_COLUMNS)].sort_values(
        ["doc_id", "start", "end"], kind="stable", ignore_index=True)


def _merge_parts(parts: pd.DataFrame) -> pd.DataFrame:
    """One row per utterance of ``parts`` (sorted in text order, with ``_key``)."""
    if parts.empty:
        return parts.assign(parts=pd.Series(dtype="int64"))
    parts = parts.assign(_text=parts["text"].fillna("").astype(str))
    grouped = parts.groupby(["doc_id", "_key"], sort=False, dropna=False)
    first = grouped.first()  # first non-null of every column, parts in text order
    merged = grouped.head(1).set_index(["doc_id", "_key"])
    for column in ("speaker", "speaker_mention", "speaker_start", "speaker_end",
                   "cue", "cue_lemma", "cue_category", "rule"):
        merged[column] = first[column]
    merged["end"] = grouped["end"].max()
    merged["text"] = grouped["_text"].agg(" ".join).str.strip()
    merged["words"] = grouped["words"].sum()
    merged["parts"] = grouped.size()
    return merged.reset_index()


def drop_nested(quotes: pd.DataFrame) -> pd.DataFrame:
    """Drop quotes that lie within a longer quote of the same speaker in the same document.

    A partial quote inside the indirect paraphrase that carries it (``he said the row was "a
    smear"``) is one speech act reported once, with some of its words verbatim — what PolNeAR
    annotates as one "mixed" attribution (Newell, Margolin & Ruths 2018, LREC) — so it must not
    add a second quote and count its words twice. A quote inside another speaker's quote is
    kept: it is someone else's voice. Spans ``[start, end)`` are compared; of two equal spans the
    first (by ``start``, then file order) stays; null speakers count as one speaker.

    Args:
        quotes: a quotes table (at least ``doc_id, speaker, start, end``).

    Returns:
        The rows of ``quotes`` that are not nested, in their original order.

    >>> q = pd.DataFrame({"doc_id": ["d", "d", "d"], "speaker": ["A", "A", "B"],
    ...                   "start": [10, 30, 35], "end": [60, 40, 38]})
    >>> drop_nested(q).index.tolist()
    [0, 2]
    """
    require_columns(quotes, ["doc_id", "speaker", "start", "end"], table_name="quotes")
    if quotes.empty:
        return quotes
    speaker = quotes["speaker"].astype(object).where(quotes["speaker"].notna(), "\0")
    order = quotes.assign(_speaker=speaker.astype(str), _row=np.arange(len(quotes)))
    order = order.sort_values(["doc_id", "_speaker", "start", "end", "_row"],
                              ascending=[True, True, True, False, True], kind="stable")
    running_end = order.groupby(["doc_id", "_speaker"], sort=False)["end"].cummax()
    previous_end = running_end.groupby([order["doc_id"], order["_speaker"]], sort=False).shift()
    nested = order["end"] <= previous_end
    return quotes[~nested.reindex(quotes.index).to_numpy()]


def quote_units(quotes: pd.DataFrame, *, unit: Unit = DEFAULT_UNIT,
                kinds: Sequence[str] = QUOTE_KINDS, nested: Nested = DEFAULT_NESTED
                ) -> pd.DataFrame:
    """The quotes (or utterances) to count, with their ``words`` and ``parts``.

    Args:
        quotes: the quotes table (``QUOTE_COLUMNS``).
        unit: ``"quotes"`` (records) or ``"utterances"`` (parts merged, see ``utterances``);
            default ``DEFAULT_UNIT``.
        kinds: the kinds kept (after merging, by the utterance's first part).
        nested: ``"drop"`` quotes nested in a longer quote of the same speaker
            (``drop_nested``) or ``"keep"`` them (default ``DEFAULT_NESTED``).

    Returns:
        A table with ``UTTERANCE_COLUMNS``.

    Raises:
        SchemaError: ``quotes`` lacks a column of ``QUOTE_COLUMNS``.
        AnalysisError: ``unit`` or a kind is not a valid choice.
    """
    check_choice("unit", unit, UNITS)
    check_choice("nested", nested, NESTED_CHOICES)
    for kind in kinds:
        check_choice("kind", kind, QUOTE_KINDS)
    if nested == "drop":
        require_columns(quotes, QUOTE_COLUMNS, table_name="quotes")
        quotes = drop_nested(quotes)
    table = utterances(quotes) if unit == "utterances" else _with_words(quotes).assign(parts=1)
    table = table.loc[:, list(UTTERANCE_COLUMNS)]
    return table[table["kind"].isin(list(kinds))].reset_index(drop=True)


def voice_quotes(quotes: pd.DataFrame, *, unit: Unit = DEFAULT_UNIT,
           nested: Nested = DEFAULT_NESTED) -> pd.DataFrame:
    """The quotes that give someone a voice (``VOICE_KINDS``), unattributed ones labelled.

    Scare quotes are dropped (no one is reported as saying them) and a null ``speaker`` becomes
    ``UNATTRIBUTED``.

    Args:
        quotes: the quotes table.
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).
        nested: ``"drop"`` or ``"keep"`` quotes nested in a longer quote of the same speaker
            (default ``DEFAULT_NESTED``).

    Returns:
        A table with ``UTTERANCE_COLUMNS``.
    """
    table = quote_units(quotes, unit=unit, kinds=VOICE_KINDS, nested=nested)
    speaker = table["speaker"].astype(object).where(table["speaker"].notna(), UNATTRIBUTED)
    return table.assign(speaker=speaker.astype(str))


def quotes_behind(quotes: pd.DataFrame, *, where: Mapping[str, object],
                  documents: pd.DataFrame | None = None, people: pd.DataFrame | None = None,
                  unit: Unit = DEFAULT_UNIT, kinds: Sequence[str] = VOICE_KINDS) -> pd.DataFrame:
    """The quotes behind one cell of an aggregate table, so every number leads to its sentences.

    ``where`` names the cell as the aggregate does, e.g. ``{"outlet": "Sun", "speaker":
    "Ken Livingstone", "cue_category": "distancing"}``; a list of values matches any of them.
    Speakers are labelled as in the aggregates (``UNATTRIBUTED``), group columns are joined as
    ``attach_groups`` does, nested quotes dropped as ``DEFAULT_NESTED`` says.

    Args:
        quotes: the quotes table.
        where: column -> value (or list of values) that the quotes must have.
        documents: the documents table, for metadata columns.
        people: the people table, for ``gender`` and ``role``.
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).
        kinds: kinds considered (default ``VOICE_KINDS``, as in the speaker and verb tables).

    Returns:
        ``UTTERANCE_COLUMNS`` then the ``where`` columns joined from other tables, in document
        and text order.

    Raises:
        SchemaError: a ``where`` column is in none of the tables.
    """
    table = quote_units(quotes, unit=unit, kinds=kinds)
    speaker = table["speaker"].astype(object).where(table["speaker"].notna(), UNATTRIBUTED)
    table = attach_groups(table.assign(speaker=speaker.astype(str)), by=list(where),
                          documents=documents, people=people)
    keep = np.ones(len(table), dtype=bool)
    for column, value in where.items():
        values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        keep &= table[column].isin(values).to_numpy()
    return table[keep].sort_values(["doc_id", "start", "end"], kind="stable", ignore_index=True)


def attach_groups(table: pd.DataFrame, *, by: Sequence[str] = (),
                  documents: pd.DataFrame | None = None, people: pd.DataFrame | None = None,
                  table_name: str = "quotes") -> pd.DataFrame:
    """Add the group columns ``by`` that ``table`` lacks, joined from the other tables.

    A column already in ``table`` is used as it is. ``gender`` and ``role`` (``SPEAKER_ATTRIBUTES``)
    come from ``people`` matched on ``doc_id`` and ``speaker == person``: unattributed quotes get
    ``UNATTRIBUTED``, speakers the people table does not list get ``UNKNOWN_GENDER`` and
    ``NO_VALUE``, as does a missing role. Every other column comes from ``documents`` on
    ``doc_id``.

    Args:
        table: a table with ``doc_id`` (and ``speaker`` for speaker attributes).
        by: the group columns wanted.
        documents: the documents table, for metadata columns.
        people: the people table, for ``gender`` and ``role``.
        table_name: how errors name ``table``.

    Returns:
        ``table`` with the ``by`` columns added (same rows, same order).

    Raises:
        SchemaError: a column is in none of the tables given (the message names it).
    """
    missing = [c for c in dict.fromkeys(by) if c not in table.columns]
    from_people = [c for c in missing if c in SPEAKER_ATTRIBUTES and people is not None]
    from_documents = [c for c in missing if c not in from_people]
    if from_people:
        table = _join_people(table, people, from_people)
    if from_documents:
        if documents is None:
            require_columns(table, from_documents, table_name=table_name)
        require_columns(documents, ["doc_id", *from_documents], table_name="documents")
        meta = documents.loc[:, ["doc_id", *from_documents]].drop_duplicates("doc_id")
        table = table.merge(meta, on="doc_id", how="left", validate="many_to_one")
    return table


def _join_people(table: pd.DataFrame, people: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    require_columns(people, ["doc_id", "person", *columns], table_name="people")
    attrs = (people.loc[:, ["doc_id", "person", *columns]]
             .drop_duplicates(["doc_id", "person"])
             .rename(columns={"person": "speaker"}))
    joined = table.merge(attrs, on=["doc_id", "speaker"], how="left", validate="many_to_one")
    for column in columns:
        fill = UNKNOWN_GENDER if column == "gender" else NO_VALUE
        values = joined[column].astype(object).where(joined[column].notna(), fill)
        values = values.where(joined["speaker"] != UNATTRIBUTED, UNATTRIBUTED)
        joined[column] = values.astype(str)
    return joined


def count_table(table: pd.DataFrame, *, item: str, by: Sequence[str] = (),
                weight: str | None = None) -> pd.DataFrame:
    """Count rows (or sum ``weight``) per group and item: ``<by…>, <item>, count, share``.

    ``share`` is the item's count over its group's total (NaN for a group whose total is 0).
    Rows are sorted by the groups ascending, ``count`` descending, then the item ascending.

    Args:
        table: the records to count.
        item: the column whose values are counted.
        by: group columns (none: one group, the whole table).
        weight: a numeric column to sum instead of counting rows (e.g. ``words``).

    Returns:
        The long count table; an empty ``table`` gives no rows with the same columns.

    >>> t = pd.DataFrame({"speaker": ["A", "B", "A"]})
    >>> count_table(t, item="speaker").to_dict("list")
    {'speaker': ['A', 'B'], 'count': [2, 1], 'share': [0.6666666666666666, 0.3333333333333333]}
    """
    keys = [*by, item]
    if table.empty:
        return empty_table([*keys, *COUNT_COLUMNS])
    grouped = table.groupby(keys, dropna=False, sort=False)
    counts = (grouped[weight].sum() if weight else grouped.size()).rename("count").reset_index()
    counts["count"] = counts["count"].astype("int64")
    return sort_counts(with_share(counts, by=by), item=item, by=by)


def with_share(counts: pd.DataFrame, *, by: Sequence[str] = ()) -> pd.DataFrame:
    """Set ``share`` to ``count`` over the total of its ``by`` group (NaN when that is 0).

    Args:
        counts: a table with a ``count`` column.
        by: the group columns (none: the whole table is one group).

    Returns:
        ``counts`` with ``share`` set.
    """
    if by:
        total = counts.groupby(list(by), dropna=False, sort=False)["count"].transform("sum")
    else:
        total = pd.Series(counts["count"].sum(), index=counts.index)
    share = counts["count"].astype(float) / total.astype(float).replace(0.0, np.nan)
    return counts.assign(share=share)


def sort_counts(counts: pd.DataFrame, *, item: str, by: Sequence[str] = ()) -> pd.DataFrame:
    """Sort a count table on its full key: groups, ``count`` descending, item ascending.

    Args:
        counts: a long count table.
        item: the item column (the tie-breaker).
        by: the group columns (sorted first, nulls last).

    Returns:
        The sorted table with a fresh index.
    """
    keys = [*by, "count", item]
    ascending = [True] * len(by) + [False, True]
    return counts.sort_values(keys, ascending=ascending, kind="stable", na_position="last",
                              ignore_index=True)


def top_n(counts: pd.DataFrame, *, n: int = DEFAULT_TOP_N, item: str = "speaker",
          by: Sequence[str] = ()) -> pd.DataFrame:
    """Keep the ``n`` largest items of each group and sum the rest into an ``OTHER`` row.

    Shares add up to the same total as before (100% of each group), which a top-N list without
    the remainder would hide.

    Args:
        counts: a long count table (``<by…>, <item>, count, share``).
        n: items kept per group (default ``DEFAULT_TOP_N``); ties at the cut are broken by the
            item's name, as in the table's sort order.
        item: the item column.
        by: the group columns.

    Returns:
        The same columns, at most ``n + 1`` rows per group, the ``OTHER`` row last.

    Raises:
        SchemaError: a column is missing.
        AnalysisError: ``n`` is below 1.
    """
    if n < 1:
        raise AnalysisError(f"invalid n {n!r}; it must be at least 1")
    columns = [*by, item, *COUNT_COLUMNS]
    require_columns(counts, columns, table_name="counts")
    ordered = sort_counts(counts.loc[:, columns], item=item, by=by)
    rank = (ordered.groupby(list(by), dropna=False, sort=False).cumcount() if by
            else pd.Series(np.arange(len(ordered)), index=ordered.index))
    kept, rest = ordered[rank < n], ordered[rank >= n]
    if rest.empty:
        return kept.reset_index(drop=True)
    if by:
        other = rest.groupby(list(by), dropna=False, sort=False)[list(COUNT_COLUMNS)].sum()
        other = other.reset_index()
    else:
        other = rest[list(COUNT_COLUMNS)].sum().to_frame().T
    other[item] = OTHER
    other = other.loc[:, columns].astype(kept.dtypes.to_dict())
    kept = kept.assign(_other=0)
    combined = pd.concat([kept, other.assign(_other=1)], ignore_index=True)
    keys = [*by, "_other"]
    combined = combined.sort_values(keys, kind="stable", na_position="last", ignore_index=True)
    return combined.drop(columns="_other")


def link_speakers(table: pd.DataFrame, *, column: str = "speaker") -> pd.DataFrame:
    """Give a speaker named by one word in some documents the full name used in others.

    Speakers are resolved within each document (``analysis.speakers``); across documents the
    same person may be "Donald Trump" in one article and only "Trump" in another. A one-word
    name becomes the corpus's full name when exactly one multi-word name ends with it
    ("Trump" -> "Donald Trump"); when several do ("Clinton": "Hillary Clinton", "Bill
    Clinton") it is left as it is.

    Args:
        table: a quotes table (``speaker``) or people table (``column="person"``).
        column: the name column.

    Returns:
        A copy of ``table`` with linked names.

    >>> t = pd.DataFrame({"speaker": ["Trump", "Donald Trump", "Clinton", "Hillary Clinton",
    ...                               "Bill Clinton"]})
    >>> link_speakers(t)["speaker"].tolist()
    ['Donald Trump', 'Donald Trump', 'Clinton', 'Hillary Clinton', 'Bill Clinton']
    """
    require_columns(table, [column], table_name="speakers")
    names = pd.Series(table[column].dropna().unique(), dtype=object)
    full = names[names.str.contains(" ", regex=False)]
    by_last = full.groupby(full.str.rsplit(" ", n=1).str[-1]).agg(list)
    mapping = {last: fulls[0] for last, fulls in by_last.items() if len(fulls) == 1}
    linked = table.copy()
    linked[column] = table[column].replace(mapping)
    return linked


def keep_top(table: pd.DataFrame, *, n: int = DEFAULT_TOP_N, item: str = "speaker",
             weight: str = "count") -> pd.DataFrame:
    """Keep the rows of the ``n`` items with the largest total ``weight`` (for long tables with
    several rows per item, such as kinds or verb categories per speaker, before a chart).

    Unlike ``top_n`` nothing is summed into an "other" row: use it to choose what to draw, and
    ``top_n`` for shares that must add up to 100%. Ties are broken by the item's name.

    Args:
        table: a long table with ``item`` and ``weight`` columns.
        n: items kept (default ``DEFAULT_TOP_N``).
        item: the item column.
        weight: the column summed per item to rank items.

    Returns:
        The rows of the kept items, in the table's order.

    >>> t = pd.DataFrame({"speaker": ["a", "a", "b", "c"], "count": [1, 2, 5, 1]})
    >>> keep_top(t, n=2)["speaker"].tolist()
    ['a', 'a', 'b']
    """
    if n < 1:
        raise AnalysisError(f"invalid n {n!r}; it must be at least 1")
    require_columns(table, [item, weight], table_name="counts")
    totals = table.groupby(item, dropna=False, sort=True)[weight].sum()
    ranked = totals.reset_index().sort_values([weight, item], ascending=[False, True],
                                              kind="stable")
    return table[table[item].isin(ranked[item].head(n))].reset_index(drop=True)


def add_period(documents: pd.DataFrame, *, column: str = DATE_COLUMN,
               period: Period = DEFAULT_PERIOD, name: str = PERIOD_COLUMN) -> pd.DataFrame:
    """Add a date bucket column (e.g. ``"2016-04"``) to group documents over time.

    Dates are parsed with ``pandas.to_datetime``; an unparseable or missing date gives a null
    period (grouped apart, never an error).

    Args:
        documents: the documents table with a date column.
        column: the date column (default ``DATE_COLUMN``).
        period: ``"year"``, ``"quarter"``, ``"month"``, ``"week"`` or ``"day"`` (default
            ``DEFAULT_PERIOD``); pandas period strings such as ``2016``, ``2016Q2``, ``2016-04``.
        name: the new column (default ``PERIOD_COLUMN``).

    Returns:
        A copy of ``documents`` with the column ``name`` added (strings).

    Raises:
        SchemaError: ``column`` is missing.
        AnalysisError: ``period`` is not a valid choice.

    >>> d = pd.DataFrame({"doc_id": ["a", "b"], "date": ["2016-04-29", "not a date"]})
    >>> add_period(d)["period"].tolist()
    ['2016-04', nan]
    """
    check_choice("period", period, list(PERIODS))
    require_columns(documents, [column], table_name="documents")
    dates = pd.to_datetime(documents[column], errors="coerce", format="mixed")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    buckets = dates.dt.to_period(PERIODS[period]).astype(str)
    return documents.assign(**{name: buckets.where(dates.notna(), np.nan).astype("str")})


def document_sizes(documents: pd.DataFrame) -> pd.DataFrame:
    """Length of every document in words and characters, from its text or the run's counts.

    A documents table from ``analysis.corpus`` has ``text``; the documents table of a pipeline
    run (``analysis.pipeline``) has ``n_words`` and ``n_chars`` instead, counted the same way
    (words by ``analysis.text.word_spans``), which are used when present.

    Args:
        documents: a documents table with ``doc_id`` and ``text`` or ``n_words, n_chars``.

    Returns:
        ``doc_id, words, chars`` (``DOCUMENT_SIZE_COLUMNS``) in the documents' order.

    Raises:
        SchemaError: neither ``text`` nor ``n_words`` and ``n_chars`` are there.

    >>> document_sizes(pd.DataFrame({"doc_id": ["a"], "text": ["It's over, he said."]}))
      doc_id  words  chars
    0      a      4     19
    """
    if not {"n_words", "n_chars"} <= set(documents.columns):
        require_columns(documents, ["doc_id", "text"], table_name="documents")
        texts = [t if isinstance(t, str) else "" for t in documents["text"]]
        words = [len(word_spans(t)) for t in texts]
        chars = [len(t) for t in texts]
    else:
        require_columns(documents, ["doc_id"], table_name="documents")
        words, chars = documents["n_words"].to_numpy(), documents["n_chars"].to_numpy()
    return pd.DataFrame({"doc_id": documents["doc_id"].to_numpy(),
                         "words": np.asarray(words, dtype="int64"),
                         "chars": np.asarray(chars, dtype="int64")})


def _with_words(quotes: pd.DataFrame) -> pd.DataFrame:
    require_columns(quotes, QUOTE_COLUMNS, table_name="quotes")
    table = quotes.loc[:, list(QUOTE_COLUMNS)]
    return table.assign(words=np.array([quoted_words(t) for t in table["text"]], dtype="int64"))


def empty_table(columns: Sequence[str]) -> pd.DataFrame:
    """A table with ``columns`` and no rows: what an aggregate of nothing returns."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
