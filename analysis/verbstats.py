"""How speech is reported: reporting-verb distributions and comparisons between groups.

Counts the cue of every quote (``cue_lemma``, ``cue_category``, and the stance joined from the
reporting-verb lexicon, ``analysis.verbs``) per speaker, gender, outlet or any group, and tests
whether groups differ: a chi-square test of independence with Cramér's V and adjusted
residuals, and weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi &
Quinn 2008). Together they answer e.g. which speakers get distancing verbs (claim, insist)
rather than neutral ``say``. The category typology follows Caldas-Coulthard (1994) and the
stances Thompson & Ye (1991), as documented in ``analysis.verbs``.

Quotes without a cue (a continuation paragraph, a quote whose attribution is elsewhere) have no
verb and are not counted; scare quotes never are (``analysis.aggregates``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency

from analysis.aggregates import (
    DEFAULT_UNIT, NO_VALUE, Unit, attach_groups, check_choice, count_table, empty_table,
    voice_quotes,
)
from analysis.schema import require_columns
from analysis.verbs import load_reporting_verbs

VerbItem = Literal["lemma", "category", "stance"]
VERB_ITEMS: dict[str, str] = {"lemma": "cue_lemma", "category": "cue_category", "stance": "stance"}
"""What a verb distribution counts, and the column of the quotes (or lexicon) it comes from."""

DEFAULT_VERB_ITEM: VerbItem = "lemma"
"""Verb distributions count lemmas unless told to count categories or stances."""

YATES_CORRECTION = False
"""Whether ``chi_square_test`` applies Yates' continuity correction to 2 × 2 tables. Off, so
that Cramér's V is computed from the plain Pearson statistic as Cramér (1946) defines it."""

CHI_SQUARE_COLUMNS: tuple[str, ...] = (
    "n", "groups", "items", "chi2", "dof", "p_value", "cramers_v",
)
"""Columns of ``chi_square_test`` (one row)."""

RESIDUAL_COLUMNS: tuple[str, ...] = ("count", "expected", "residual")
"""Value columns of ``adjusted_residuals`` after the group and item columns."""

LOG_ODDS_COLUMNS: tuple[str, ...] = ("count", "rest", "log_odds", "variance", "z")
"""Value columns of ``log_odds_dirichlet`` after the group and item columns."""

COMPARE_BY = "speaker"
"""Default column whose values the notebooks compare reporting verbs between: who gets which
verbs (``speaker``; or ``gender``, ``role``, or document metadata such as ``outlet``)."""

DEFAULT_PRIOR_SIZE: float | None = None
"""Size α₀ of the informative Dirichlet prior of ``log_odds_dirichlet``; None takes the pooled
counts themselves as the prior (α_w = y_w, α₀ = n), as in Jurafsky et al. (2014)."""


def verb_counts(quotes: pd.DataFrame, *, documents: pd.DataFrame | None = None,
                people: pd.DataFrame | None = None, lexicon: pd.DataFrame | None = None,
                by: Sequence[str] = (), item: VerbItem = DEFAULT_VERB_ITEM,
                unit: Unit = DEFAULT_UNIT) -> pd.DataFrame:
    """Reporting verbs by lemma, category or stance, per group (speaker, gender, outlet, …).

    Counts the quotes (or utterances) that have a ``cue_lemma``; ``share`` is the item's part of
    the group's cued quotes. Categories come from the quotes' ``cue_category``; stances from the
    lexicon matched on ``cue_lemma``. A cue with no category or stance is counted as
    ``NO_VALUE``. ``by=["speaker"]`` gives each speaker's verbs (unattributed quotes under
    ``UNATTRIBUTED``), ``by=["gender"]`` needs ``people``.

    Args:
        quotes: the quotes table.
        documents: the documents table, for metadata group columns.
        people: the people table, for ``gender`` and ``role``.
        lexicon: the reporting-verb lexicon (``lemma, category, stance, source``); None loads
            the package's (``analysis.verbs.load_reporting_verbs``). Used for stances only.
        by: group columns.
        item: ``"lemma"``, ``"category"`` or ``"stance"`` (default ``DEFAULT_VERB_ITEM``).
        unit: ``"quotes"`` or ``"utterances"`` (default ``DEFAULT_UNIT``).

    Returns:
        ``<by…>, <item>, count, share``, sorted by group, count descending, item.

    Raises:
        SchemaError: a needed column is missing.
        AnalysisError: ``item`` or ``unit`` is not a valid choice.
    """
    check_choice("item", item, list(VERB_ITEMS))
    table = voice_quotes(quotes, unit=unit)
    table = table[table["cue_lemma"].notna()].reset_index(drop=True)
    if item == "stance":
        table = _with_stance(table, load_reporting_verbs() if lexicon is None else lexicon)
    column = VERB_ITEMS[item]
    values = table[column].astype(object).where(table[column].notna(), NO_VALUE)
    table = table.assign(**{item: values.astype(str)})
    table = attach_groups(table, by=by, documents=documents, people=people)
    return count_table(table, item=item, by=by)


def chi_square_test(counts: pd.DataFrame, *, group: str, item: str) -> pd.DataFrame:
    """Pearson's chi-square test that ``item`` is independent of ``group``, with Cramér's V.

    The contingency table is ``count`` summed over group × item (other columns of ``counts``
    are summed over); rows and columns that are all zero are dropped. ``chi2 = Σ (O − E)² / E``
    with ``E = row total × column total / n`` and ``dof = (r − 1)(c − 1)``, via
    ``scipy.stats.chi2_contingency`` (continuity correction: ``YATES_CORRECTION``); Cramér's
    ``V = sqrt(chi2 / (n · (min(r, c) − 1)))`` (Cramér 1946, "Mathematical Methods of
    Statistics", §21.9), 0 for no association, 1 for complete association.

    Args:
        counts: a long count table, e.g. ``verb_counts(…, by=[group], item="category")``.
        group: the column whose values are compared (rows).
        item: the counted column (columns).

    Returns:
        One row ``n, groups, items, chi2, dof, p_value, cramers_v`` (``CHI_SQUARE_COLUMNS``);
        no rows when fewer than two groups or two items have counts.

    Raises:
        SchemaError: a column is missing.
    """
    table = _contingency(counts, group=group, item=item)
    if min(table.shape) < 2:
        return empty_table(CHI_SQUARE_COLUMNS)
    observed = table.to_numpy(dtype=float)
    chi2, p_value, dof, _ = chi2_contingency(observed, correction=YATES_CORRECTION)
    n = observed.sum()
    v = float(np.sqrt(chi2 / (n * (min(observed.shape) - 1))))
    return pd.DataFrame({
        "n": [int(n)], "groups": [table.shape[0]], "items": [table.shape[1]],
        "chi2": [float(chi2)], "dof": [int(dof)], "p_value": [float(p_value)], "cramers_v": [v],
    })


def adjusted_residuals(counts: pd.DataFrame, *, group: str, item: str) -> pd.DataFrame:
    """Haberman's adjusted residuals: which cells of group × item drive a chi-square result.

    ``r = (O − E) / sqrt(E · (1 − row total / n) · (1 − column total / n))``, approximately
    standard normal under independence, so ``|r| > 1.96`` marks a cell over- or
    under-represented at the 5% level (Haberman 1973, "The analysis of residuals in
    cross-classified tables", Biometrics 29(1)). A positive residual for (speaker, distancing)
    says that speaker gets distancing verbs more often than independence predicts.

    Args:
        counts: a long count table.
        group: the row column.
        item: the counted column.

    Returns:
        ``<group>, <item>, count, expected, residual`` for every cell with nonzero margins
        (zeros included), sorted by group, residual descending, item; no rows when fewer than
        two groups or two items have counts.

    Raises:
        SchemaError: a column is missing.
    """
    table = _contingency(counts, group=group, item=item)
    if min(table.shape) < 2:
        return empty_table([group, item, *RESIDUAL_COLUMNS])
    observed = table.to_numpy(dtype=float)
    n = observed.sum()
    rows = observed.sum(axis=1, keepdims=True)
    cols = observed.sum(axis=0, keepdims=True)
    expected = rows @ cols / n
    residual = (observed - expected) / np.sqrt(expected * (1 - rows / n) * (1 - cols / n))
    out = _long(table, group=group, item=item, count=observed,
                expected=expected, residual=residual)
    return out.sort_values([group, "residual", item], ascending=[True, False, True],
                           kind="stable", ignore_index=True)


def log_odds_dirichlet(counts: pd.DataFrame, *, group: str, item: str,
                       prior_size: float | None = DEFAULT_PRIOR_SIZE) -> pd.DataFrame:
    """Weighted log-odds ratio of each item in each group against the rest, with z-scores.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation
    for Identifying the Content of Political Conflict", Political Analysis 16(4), §3.5: with
    ``y`` the item's count in the group (``i``) and in all other groups (``j``), ``n`` their
    totals, and an informative Dirichlet prior ``α_w = α₀ · π_w`` from the pooled proportions
    ``π_w``,

    ``δ = log((y_i + α_w) / (n_i + α₀ − y_i − α_w))``
    ``    − log((y_j + α_w) / (n_j + α₀ − y_j − α_w))``,
    ``σ² ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w)``, ``z = δ / σ``.

    ``z > 1.96`` marks an item the group gets more often than the others do. The prior shrinks
    the estimates of rare verbs towards zero, unlike a raw log-odds ratio.

    Args:
        counts: a long count table.
        group: the column whose values are compared, each against all the others.
        item: the counted column.
        prior_size: ``α₀``; None (``DEFAULT_PRIOR_SIZE``) uses the pooled counts as the prior
            (``α₀ = n``), as Jurafsky, Chahuneau, Routledge & Smith (2014), "Narrative framing
            of consumer sentiment in online restaurant reviews", First Monday 19(4), do.

    Returns:
        ``<group>, <item>, count, rest, log_odds, variance, z`` for every group × item (zeros
        included), sorted by group, ``z`` descending, item; no rows with fewer than two groups.

    Raises:
        SchemaError: a column is missing.
    """
    table = _contingency(counts, group=group, item=item)
    if table.shape[0] < 2 or table.shape[1] < 1:
        return empty_table([group, item, *LOG_ODDS_COLUMNS])
    y_i = table.to_numpy(dtype=float)
    pooled = y_i.sum(axis=0, keepdims=True)
    n = pooled.sum()
    alpha0 = n if prior_size is None else float(prior_size)
    alpha = alpha0 * pooled / n
    y_j = pooled - y_i
    n_i = y_i.sum(axis=1, keepdims=True)
    n_j = n - n_i
    delta = (np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
             - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
    variance = 1 / (y_i + alpha) + 1 / (y_j + alpha)
    out = _long(table, group=group, item=item, count=y_i, rest=y_j, log_odds=delta,
                variance=variance, z=delta / np.sqrt(variance))
    out["rest"] = out["rest"].astype("int64")
    return out.sort_values([group, "z", item], ascending=[True, False, True], kind="stable",
                           ignore_index=True)


def _with_stance(table: pd.DataFrame, lexicon: pd.DataFrame) -> pd.DataFrame:
    require_columns(lexicon, ["lemma", "stance"], table_name="lexicon")
    stances = lexicon.drop_duplicates("lemma").set_index("lemma")["stance"]
    lemmas = table["cue_lemma"].astype(str).str.lower()
    return table.assign(stance=lemmas.map(stances))


def _contingency(counts: pd.DataFrame, *, group: str, item: str) -> pd.DataFrame:
    require_columns(counts, [group, item, "count"], table_name="counts")
    table = counts.pivot_table(index=group, columns=item, values="count", aggfunc="sum",
                               fill_value=0, observed=True, dropna=False)
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    return table.sort_index(axis=0).sort_index(axis=1)


def _long(table: pd.DataFrame, *, group: str, item: str, count: np.ndarray,
          **values: np.ndarray) -> pd.DataFrame:
    groups = np.repeat(table.index.to_numpy(), table.shape[1])
    items = np.tile(table.columns.to_numpy(), table.shape[0])
    out = pd.DataFrame({group: groups, item: items, "count": count.ravel().astype("int64")})
    for name, value in values.items():
        out[name] = np.broadcast_to(value, count.shape).ravel().astype(float)
    return out
