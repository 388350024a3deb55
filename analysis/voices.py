"""Who is quoted and how much: share of voice, quote kinds per speaker, mentioned versus quoted.

Share of voice is the proportion of quoted speech given to each speaker, counted in quotes (or
utterances) or in quoted words, as the Gender Gap Tracker counts sources and people (Asr,
Mazraeh, Lopes, et al. 2021, "The Gender Gap Tracker: Using Natural Language Processing to
measure gender bias in media", PLoS ONE 16(1)). Conventions (units, unattributed quotes, scare
quotes, group columns) are those of ``analysis.aggregates``: scare quotes are never voice;
quotes without a resolved speaker count as ``UNATTRIBUTED`` unless dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from analysis.aggregates import (
    DEFAULT_UNIT, NO_VALUE, SPEAKER_ATTRIBUTES, UNATTRIBUTED, UNKNOWN_GENDER, VOICE_KINDS, Unit,
    attach_groups, check_choice, count_table, document_sizes, empty_table, voice_quotes,
    with_share,
)
from analysis.schema import PEOPLE_COLUMNS, require_columns

Measure = Literal["quotes", "words"]
MEASURES: tuple[str, ...] = ("quotes", "words")
"""What share of voice counts: quotes (or utterances, see ``unit``) or quoted words."""

DEFAULT_MEASURE: Measure = "quotes"
"""Share of voice counts quotes unless told to count words."""

Unattributed = Literal["keep", "drop"]
UNATTRIBUTED_CHOICES: tuple[str, ...] = ("keep", "drop")
"""Whether quotes without a resolved speaker stay in the table as ``UNATTRIBUTED``."""

DEFAULT_UNATTRIBUTED: Unattributed = "keep"
"""Unattributed quotes are kept, so shares are of everything quoted."""

SPEAKER_PROFILE_COLUMNS: tuple[str, ...] = (
    "speaker", "count", *VOICE_KINDS, "words", "documents", "share",
    "share_words", "first_paragraph", "first_position", "gender", "role",
)
"""Columns of ``speaker_profile`` after the group columns."""

MENTION_COLUMNS: tuple[str, ...] = (
    "person", "gender", "role", "mentions", "documents", "quoted_documents", "count", "words",
    "quoted",
)
"""Columns of ``mentioned_vs_quoted`` after the group columns."""

VOICE_GAP_COLUMNS: tuple[str, ...] = (
    "mentioned", "quoted", "share_mentioned", "share_quoted", "quoted_rate",
)
"""Value columns of ``voice_gap`` after the group columns and the attribute."""


def share_of_voice(quotes: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                   people: pd.DataFrame | None = None, by: Sequence[str] = (),
                   item: str = "speaker", unit: Unit = DEFAULT_UNIT,
                   measure: Measure = DEFAULT_MEASURE,
                   unattributed: Unattributed = DEFAULT_UNATTRIBUTED) -> pd.DataFrame:
    """Share of voice per speaker (or per gender, role, …) within each group.

    ``share = count_i / Σ_j count_j`` over the items of one group, where ``count`` is the number
    of quotes (utterances) or of quoted words given to item ``i`` (Asr et al. 2021). Scare quotes
    are left out; ``item="gender"`` or ``"role"`` breaks voice down by the people table's
    attributes of each quote's speaker.

    Args:
        quotes: the quotes table.
        documents: the documents table, for metadata group columns (``outlet``, ``period``, …).
        people: the people table, for ``gender`` and ``role``.
        by: group columns; shares add up to 1 within each group.
        item: the column counted (default ``"speaker"``).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).
        measure: ``"quotes"`` or ``"words"`` (default ``DEFAULT_MEASURE``).
        unattributed: ``"keep"`` quotes without a speaker as ``UNATTRIBUTED`` or ``"drop"``
            them (default ``DEFAULT_UNATTRIBUTED``).

    Returns:
        ``<by…>, <item>, count, share``, sorted by group, count descending, item.

    Raises:
        SchemaError: a needed column is missing.
        AnalysisError: an option is not a valid choice.
    """
    check_choice("measure", measure, MEASURES)
    table = _voice_table(quotes, unit=unit, unattributed=unattributed)
    table = attach_groups(table, by=[*by, item], documents=documents, people=people)
    return count_table(table, item=item, by=by, weight="words" if measure == "words" else None)


def speaker_kinds(quotes: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                  people: pd.DataFrame | None = None, by: Sequence[str] = (),
                  item: str = "speaker", unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Quotes of each kind per speaker: how each speaker's words are reported.

    Every speaker gets a row for each of ``VOICE_KINDS`` (count 0 when absent), and ``share`` is
    the kind's part of that speaker's quotes in the group (DESIGN "Quotes: what counts").

    Args:
        quotes: the quotes table.
        documents: the documents table, for metadata group columns.
        people: the people table, for ``gender`` and ``role``.
        by: group columns.
        item: the speaker column (or ``"gender"``, ``"role"``).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, <item>, kind, count, share``, sorted by group, item, then kind in
        ``VOICE_KINDS`` order.

    Raises:
        SchemaError: a needed column is missing.
    """
    table = _voice_table(quotes, unit=unit, unattributed=DEFAULT_UNATTRIBUTED)
    table = attach_groups(table, by=[*by, item], documents=documents, people=people)
    keys = [*by, item]
    if table.empty:
        return empty_table([*keys, "kind", "count", "share"])
    wide = _kind_counts(table, keys)
    counts = wide.stack().rename("count").reset_index()
    counts["kind"] = counts["kind"].astype(str)
    counts["count"] = counts["count"].astype("int64")
    counts = with_share(counts, by=keys)
    order = counts["kind"].map({k: i for i, k in enumerate(VOICE_KINDS)})
    return (counts.assign(_order=order)
            .sort_values([*keys, "_order"], kind="stable", ignore_index=True)
            .drop(columns="_order"))


def speaker_profile(quotes: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                    people: pd.DataFrame | None = None, by: Sequence[str] = (),
                    unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """One row per speaker and group with everything share-of-voice tables report.

    Columns after the groups (``SPEAKER_PROFILE_COLUMNS``):

    - ``count``: quotes (or utterances) and ``direct``, ``partial``, ``indirect`` by kind;
    - ``words``: quoted words; ``documents``: documents quoting the speaker;
    - ``share`` and ``share_words``: share of voice by quotes and by words within the group;
    - ``first_paragraph``: paragraph index (as in the quotes table) of the speaker's first quote
      in a document, averaged over the documents quoting them — prominence, after the inverted
      pyramid of news writing (a source quoted high up frames the story);
    - ``first_position``: the same first quote's ``start / len(text)`` (0 = the top of the
      article, 1 = its end), averaged likewise; null without ``documents`` (whose ``text``, or
      ``n_chars`` in a pipeline run's documents table, gives the length);
    - ``gender``, ``role``: from the people table, the speaker's most frequent known value over
      their documents (ties: alphabetical); null without ``people``; ``UNATTRIBUTED`` for
      unattributed quotes.

    Args:
        quotes: the quotes table.
        documents: the documents table (texts for ``first_position``; metadata for ``by``).
        people: the people table (``gender``, ``role``).
        by: group columns.
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        The profile, sorted by group, ``count`` descending, ``words`` descending, speaker.

    Raises:
        SchemaError: a needed column is missing.
    """
    table = attach_groups(voice_quotes(quotes, unit=unit), by=by, documents=documents,
                          people=people)
    keys = [*by, "speaker"]
    columns = [*by, *(c for c in SPEAKER_PROFILE_COLUMNS if c not in by)]
    if table.empty:
        return empty_table(columns)
    grouped = table.groupby(keys, dropna=False, sort=False)
    out = grouped.size().rename("count").to_frame()
    out = out.join(_kind_counts(table, keys))
    out["words"] = grouped["words"].sum()
    out["documents"] = grouped["doc_id"].nunique()
    out = out.reset_index()
    out = with_share(out, by=by)
    out["share_words"] = with_share(out.assign(count=out["words"]), by=by)["share"]
    out = out.merge(_first_quotes(table, keys, documents), on=keys, how="left")
    out = out.merge(_attributes(table, keys, people), on=keys, how="left")
    for column in ("count", *VOICE_KINDS, "words", "documents"):
        out[column] = out[column].astype("int64")
    return out.loc[:, columns].sort_values(
        [*by, "count", "words", "speaker"], ascending=[True] * len(by) + [False, False, True],
        kind="stable", na_position="last", ignore_index=True)


def mentioned_vs_quoted(people: pd.DataFrame, quotes: pd.DataFrame, *,
                        documents: pd.DataFrame | None = None, by: Sequence[str] = (),
                        unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Every person the people table lists, with how often they are mentioned and quoted.

    Being mentioned and being given a voice differ (Asr et al. 2021 count "people" and "sources"
    separately). ``quoted`` is False for people mentioned but never quoted in the group:
    ``mentioned_vs_quoted(people, quotes).query("not quoted")`` lists them. Speakers the people
    table does not list (``UNATTRIBUTED``, unresolved groups) are not rows here.

    Args:
        people: the people table (``PEOPLE_COLUMNS``).
        quotes: the quotes table.
        documents: the documents table, for metadata group columns.
        by: group columns (from the people table or the documents).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, person, gender, role, mentions, documents, quoted_documents, count, words,
        quoted`` (``MENTION_COLUMNS``): mentions summed over documents, documents mentioning and
        quoting them, quotes and quoted words; sorted by group, mentions descending, person.

    Raises:
        SchemaError: a needed column is missing.
    """
    per_doc = _people_with_voice(people, quotes, unit=unit)
    per_doc = attach_groups(per_doc, by=by, documents=documents, table_name="people")
    keys = [*by, "person"]
    columns = [*by, *(c for c in MENTION_COLUMNS if c not in by)]
    if per_doc.empty:
        return empty_table(columns)
    grouped = per_doc.groupby(keys, dropna=False, sort=False)
    out = grouped.agg(mentions=("mentions", "sum"), documents=("doc_id", "nunique"),
                      quoted_documents=("count", lambda c: int((c > 0).sum())),
                      count=("count", "sum"), words=("words", "sum")).reset_index()
    wanted = [c for c in SPEAKER_ATTRIBUTES if c not in by]
    filled = per_doc.assign(
        gender=per_doc["gender"].astype(object).where(per_doc["gender"].notna(), UNKNOWN_GENDER),
        role=per_doc["role"].astype(object).where(per_doc["role"].notna(), NO_VALUE))
    out = out.merge(_modes(filled, keys, wanted), on=keys, how="left")
    for column in ("mentions", "documents", "quoted_documents", "count", "words"):
        out[column] = out[column].astype("int64")
    out["quoted"] = out["count"] > 0
    return out.loc[:, columns].sort_values(
        [*by, "mentions", "person"], ascending=[True] * len(by) + [False, True],
        kind="stable", na_position="last", ignore_index=True)


def voice_gap(people: pd.DataFrame, quotes: pd.DataFrame, *,
              documents: pd.DataFrame | None = None, by: Sequence[str] = (),
              attribute: str = "gender", unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Mentioned versus given a voice, per value of a people attribute (gender by default).

    Counts person-document pairs: ``mentioned`` is the number of (document, person) pairs with
    the attribute value, ``quoted`` the number of those in which the person is quoted;
    ``share_mentioned`` and ``share_quoted`` are each over the group's total, and
    ``quoted_rate = quoted / mentioned``. The Gender Gap Tracker's comparison of "people" and
    "sources" by gender (Asr et al. 2021).

    Args:
        people: the people table.
        quotes: the quotes table.
        documents: the documents table, for metadata group columns.
        by: group columns.
        attribute: a people column (default ``"gender"``; ``"role"``).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, <attribute>, mentioned, quoted, share_mentioned, share_quoted, quoted_rate``,
        sorted by group, ``mentioned`` descending, attribute.

    Raises:
        SchemaError: a needed column is missing.
    """
    require_columns(people, [attribute], table_name="people")
    per_doc = _people_with_voice(people, quotes, unit=unit)
    per_doc = attach_groups(per_doc, by=by, documents=documents, table_name="people")
    keys = [*by, attribute]
    if per_doc.empty:
        return empty_table([*keys, *VOICE_GAP_COLUMNS])
    fill = UNKNOWN_GENDER if attribute == "gender" else NO_VALUE
    per_doc[attribute] = per_doc[attribute].astype(object).where(per_doc[attribute].notna(), fill)
    out = (per_doc.assign(quoted=per_doc["count"] > 0)
           .groupby(keys, dropna=False, sort=False)
           .agg(mentioned=("person", "size"), quoted=("quoted", "sum")).reset_index())
    out["mentioned"] = out["mentioned"].astype("int64")
    out["quoted"] = out["quoted"].astype("int64")
    out["share_mentioned"] = with_share(out.assign(count=out["mentioned"]), by=by)["share"]
    out["share_quoted"] = with_share(out.assign(count=out["quoted"]), by=by)["share"]
    out["quoted_rate"] = out["quoted"] / out["mentioned"]
    return out.loc[:, [*keys, *VOICE_GAP_COLUMNS]].sort_values(
        [*by, "mentioned", attribute], ascending=[True] * len(by) + [False, True],
        kind="stable", na_position="last", ignore_index=True)


def _kind_counts(table: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Quotes per key and kind, one column per ``VOICE_KINDS`` (null group values kept)."""
    counts = table.groupby([*keys, "kind"], dropna=False, sort=False).size()
    wide = counts.unstack("kind", fill_value=0).reindex(columns=list(VOICE_KINDS), fill_value=0)
    return wide.rename_axis(columns="kind").astype("int64")


def _voice_table(quotes: pd.DataFrame, *, unit: Unit, unattributed: Unattributed) -> pd.DataFrame:
    check_choice("unattributed", unattributed, UNATTRIBUTED_CHOICES)
    table = voice_quotes(quotes, unit=unit)
    if unattributed == "drop":
        table = table[table["speaker"] != UNATTRIBUTED].reset_index(drop=True)
    return table


def _first_quotes(table: pd.DataFrame, keys: list[str],
                  documents: pd.DataFrame | None) -> pd.DataFrame:
    first = (table.sort_values(["start", "end"], kind="stable")
             .groupby([*keys, "doc_id"], dropna=False, sort=False).head(1))
    if documents is not None:
        sizes = document_sizes(documents).drop_duplicates("doc_id").set_index("doc_id")
        length = first["doc_id"].map(sizes["chars"]).astype(float).replace(0.0, np.nan)
        first = first.assign(first_position=first["start"].astype(float) / length)
    else:
        first = first.assign(first_position=np.nan)
    first = first.assign(first_paragraph=first["paragraph"].astype(float))
    means = first.groupby(keys, dropna=False, sort=False)[["first_paragraph", "first_position"]]
    return means.mean().reset_index()


def _attributes(table: pd.DataFrame, keys: list[str],
                people: pd.DataFrame | None) -> pd.DataFrame:
    """Each speaker's most frequent known gender and role over their documents."""
    pairs = table.loc[:, [*keys, "doc_id"]].drop_duplicates()
    wanted = [c for c in SPEAKER_ATTRIBUTES if c not in keys]
    if people is None:
        return pairs.loc[:, keys].drop_duplicates().assign(**{c: np.nan for c in wanted})
    return _modes(attach_groups(pairs, by=wanted, people=people), keys, wanted)


def _modes(table: pd.DataFrame, keys: list[str], columns: list[str]) -> pd.DataFrame:
    grouped = table.groupby(keys, dropna=False, sort=False)
    out = {}
    for column in columns:
        unknown = UNKNOWN_GENDER if column == "gender" else NO_VALUE
        out[column] = grouped[column].agg(lambda v, unknown=unknown: _mode(v, unknown))
    return pd.DataFrame(out).reset_index() if columns else grouped.size().reset_index()[keys]


def _mode(values: pd.Series, unknown: str) -> str:
    known = values[~values.isin([unknown, UNATTRIBUTED])]
    if known.empty:
        return values.iloc[0] if (values == UNATTRIBUTED).any() else unknown
    counts = known.value_counts()
    return sorted(counts[counts == counts.max()].index)[0]


def _people_with_voice(people: pd.DataFrame, quotes: pd.DataFrame, *, unit: Unit) -> pd.DataFrame:
    require_columns(people, PEOPLE_COLUMNS, table_name="people")
    table = voice_quotes(quotes, unit=unit)
    spoken = (table.groupby(["doc_id", "speaker"], sort=False)
              .agg(count=("kind", "size"), words=("words", "sum")).reset_index()
              .rename(columns={"speaker": "person"}))
    per_doc = people.loc[:, list(PEOPLE_COLUMNS)].drop_duplicates(["doc_id", "person"])
    per_doc = per_doc.merge(spoken, on=["doc_id", "person"], how="left")
    per_doc["count"] = per_doc["count"].fillna(0).astype("int64")
    per_doc["words"] = per_doc["words"].fillna(0).astype("int64")
    return per_doc
