"""Figures of who is quoted and how: share of voice, quote kinds, reporting verbs, comparisons.

Each function takes one of the long tables of ``analysis.voices``, ``analysis.frequency`` or
``analysis.verbstats`` and returns a ``matplotlib.figure.Figure`` built with
``analysis.plotting.style.new_figure`` (no pyplot). Bars are horizontal so long names stay
readable, truncated at ``LABEL_MAX_CHARS``; colours come from the colour-blind-safe ``PALETTE``
and ``SEQUENTIAL_CMAP``. A table with no rows gives ``empty_figure`` with the same title.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from analysis.aggregates import OTHER, VOICE_KINDS
from analysis.plotting.style import (
    FIGSIZE, LABEL_MAX_CHARS, PALETTE, SEQUENTIAL_CMAP, empty_figure, new_figure, suite_style,
    truncate_label,
)
from analysis.schema import require_columns

EMPTY_MESSAGE = "No quotes to show for this selection."
"""What ``empty_figure`` says when a table has no rows."""

SHARE_OF_VOICE_TITLE = "Share of voice"
VOICE_KINDS_TITLE = "How each speaker is quoted"
VERB_TITLE = "Reporting verbs"
HEATMAP_TITLE = "Reporting verbs by speaker"
COMPARISON_TITLE = "Comparison between groups"
VOICE_GAP_TITLE = "Mentioned and quoted"
"""Default titles; every figure takes ``title=`` to replace them."""

VALUE_LABELS: dict[str, str] = {
    "share": "Share", "count": "Count", "per_1k": "Per 1,000 words", "z": "z-score",
    "residual": "Adjusted residual", "log_odds": "Log-odds ratio", "words": "Quoted words",
}
"""Default axis label of each value column (others are labelled by their name)."""

INTEGER_VALUES: frozenset[str] = frozenset({"count", "words", "mentions", "quoted"})
"""Value columns whose axis shows whole numbers only."""

BAR_HEIGHT = 0.8
"""Height of one item's band of bars (shared by its groups or stacked kinds)."""

BAR_INCHES = 0.13
"""Height given to each bar: a chart with many items or groups grows taller than ``FIGSIZE``
so that every label stays readable."""

ANNOTATE_MAX_CELLS = 150
"""Heatmaps with at most this many cells print each cell's value."""


def share_of_voice_chart(table: pd.DataFrame, *, item: str = "speaker", value: str = "share",
                         group: str | None = None, title: str = SHARE_OF_VOICE_TITLE,
                         xlabel: str | None = None,
                         size: tuple[float, float] = FIGSIZE, ax: Axes | None = None) -> Figure:
    """Horizontal bars of each speaker's share of voice (``analysis.voices.share_of_voice``).

    Args:
        table: a long count table with ``item`` and ``value`` (and ``group``) columns.
        item: the bar labels (default ``"speaker"``; ``"gender"``, ``"role"``).
        value: the bar lengths (default ``"share"``, shown as percentages).
        group: a column whose values get one bar each per item, side by side, with a legend.
        title: the figure title (default ``SHARE_OF_VOICE_TITLE``).
        xlabel: the value axis label (default from ``VALUE_LABELS``).
        size: figure size in inches (default ``FIGSIZE``).
        ax: an Axes to draw into instead of a new figure (``size`` is then ignored).

    Returns:
        The figure: one bar per item (and group), largest first, ``OTHER`` last.
    """
    return _bars(table, item=item, value=value, group=group, title=title, xlabel=xlabel,
                 size=size, ax=ax)


def verb_chart(table: pd.DataFrame, *, item: str = "category", value: str = "share",
               group: str | None = None, title: str = VERB_TITLE, xlabel: str | None = None,
               size: tuple[float, float] = FIGSIZE, ax: Axes | None = None) -> Figure:
    """Horizontal bars of the reporting-verb distribution (``analysis.verbstats.verb_counts``).

    Args:
        table: a long count table of verbs with ``item`` and ``value`` columns.
        item: ``"category"`` (default), ``"lemma"`` or ``"stance"``.
        value: the bar lengths (default ``"share"``).
        group: a column compared side by side (e.g. ``"outlet"``), or None.
        title: the figure title (default ``VERB_TITLE``).
        xlabel: the value axis label (default from ``VALUE_LABELS``).
        size: figure size in inches.
        ax: an Axes to draw into instead of a new figure (``size`` is then ignored).

    Returns:
        The figure.
    """
    return _bars(table, item=item, value=value, group=group, title=title, xlabel=xlabel,
                 size=size, ax=ax)


def group_comparison_chart(table: pd.DataFrame, *, group: str, item: str = "category",
                           value: str = "share", title: str = COMPARISON_TITLE,
                           xlabel: str | None = None,
                           size: tuple[float, float] = FIGSIZE, ax: Axes | None = None) -> Figure:
    """Grouped horizontal bars: each item's ``value`` in each group (e.g. category share by outlet).

    Also draws the ``z`` of ``log_odds_dirichlet`` or the ``residual`` of ``adjusted_residuals``
    (``value="z"``), with a zero line.

    Args:
        table: a long table with ``group``, ``item`` and ``value`` columns.
        group: the compared column; one colour per group, in sorted order.
        item: the bar labels (default ``"category"``).
        value: the bar lengths (default ``"share"``).
        title: the figure title (default ``COMPARISON_TITLE``).
        xlabel: the value axis label (default from ``VALUE_LABELS``).
        size: figure size in inches.
        ax: an Axes to draw into instead of a new figure (``size`` is then ignored).

    Returns:
        The figure.
    """
    return _bars(table, item=item, value=value, group=group, title=title, xlabel=xlabel,
                 size=size, ax=ax)


VOICE_GAP_SERIES: dict[str, str] = {"share_mentioned": "mentioned", "share_quoted": "quoted"}
"""The columns of a ``voice_gap`` table drawn by ``voice_gap_chart`` and their legend labels."""


def voice_gap_chart(table: pd.DataFrame, *, attribute: str = "gender",
                    title: str = VOICE_GAP_TITLE, xlabel: str | None = None,
                    size: tuple[float, float] = FIGSIZE, ax: Axes | None = None) -> Figure:
    """Paired bars of each value's share of people mentioned and of people quoted.

    Draws ``analysis.voices.voice_gap`` (one group; filter a grouped table first): a gender
    whose "quoted" bar is shorter than its "mentioned" bar is talked about more than it is
    heard (Asr et al. 2021).

    Args:
        table: a ``voice_gap`` table with ``attribute``, ``share_mentioned``, ``share_quoted``.
        attribute: the bar labels (default ``"gender"``).
        title: the figure title (default ``VOICE_GAP_TITLE``).
        xlabel: the value axis label (default from ``VALUE_LABELS``).
        size: figure size in inches.
        ax: an Axes to draw into instead of a new figure (``size`` is then ignored).

    Returns:
        The figure: two bars per value, legend "mentioned" and "quoted".
    """
    require_columns(table, [attribute, *VOICE_GAP_SERIES], table_name="voice gap")
    long = table.melt(id_vars=[attribute], value_vars=list(VOICE_GAP_SERIES),
                      var_name="series", value_name="share")
    long["series"] = long["series"].map(VOICE_GAP_SERIES)
    return _bars(long, item=attribute, value="share", group="series", title=title,
                 xlabel=xlabel, size=size, ax=ax)


def quote_kinds_chart(table: pd.DataFrame, *, item: str = "speaker", value: str = "count",
                      kinds: Sequence[str] = VOICE_KINDS, title: str = VOICE_KINDS_TITLE,
                      xlabel: str | None = None, size: tuple[float, float] = FIGSIZE,
                      ax: Axes | None = None) -> Figure:
    """Stacked horizontal bars of quote kinds per speaker (``analysis.voices.speaker_kinds``).

    Values are summed over any other columns (e.g. outlets), so pass ``value="count"`` for a
    table with several groups, or filter it to one group first.

    Args:
        table: a table with ``item``, ``kind`` and ``value`` columns.
        item: the bar labels (default ``"speaker"``).
        value: the segment lengths (default ``"count"``).
        kinds: the kinds stacked, in this order and colour order (default ``VOICE_KINDS``).
        title: the figure title (default ``VOICE_KINDS_TITLE``).
        xlabel: the value axis label (default from ``VALUE_LABELS``).
        size: figure size in inches.
        ax: an Axes to draw into instead of a new figure (``size`` is then ignored).

    Returns:
        The figure: one bar per item (largest total first) split into one segment per kind.
    """
    require_columns(table, [item, "kind", value], table_name="quote kinds")
    if table.empty:
        return empty_figure(EMPTY_MESSAGE, title=title, size=size, ax=ax)
    wide = table.pivot_table(index=item, columns="kind", values=value, aggfunc="sum",
                             fill_value=0).reindex(columns=list(kinds), fill_value=0)
    wide = wide.loc[_order(wide.sum(axis=1))]
    bars = len(wide) * (1 + (wide.shape[1] - 1) * 0.5)
    size = (size[0], max(size[1], 1.6 + BAR_INCHES * bars))
    fig, ax = _canvas(size=size, ax=ax)
    with suite_style():
        positions = np.arange(len(wide))
        left = np.zeros(len(wide))
        for i, kind in enumerate(kinds):
            values = wide[kind].to_numpy(dtype=float)
            ax.barh(positions, values, height=BAR_HEIGHT, left=left,
                    color=PALETTE[i % len(PALETTE)], label=kind)
            left += values
        _finish(ax, wide.index, value=value, title=title, xlabel=xlabel, legend_title="kind")
    return fig


def speaker_verb_heatmap(table: pd.DataFrame, *, row: str = "speaker", column: str = "category",
                         value: str = "share", title: str = HEATMAP_TITLE,
                         colorbar_label: str | None = None,
                         size: tuple[float, float] = FIGSIZE, ax: Axes | None = None) -> Figure:
    """Heatmap of speaker × verb category (``verb_counts(…, by=["speaker"], item="category")``).

    Rows are sorted by name, columns by their total descending; cells print their value when
    there are at most ``ANNOTATE_MAX_CELLS``. Colours: ``SEQUENTIAL_CMAP``.

    Args:
        table: a long table with ``row``, ``column`` and ``value`` columns.
        row: the row labels (default ``"speaker"``).
        column: the column labels (default ``"category"``).
        value: the cell values, non-negative (default ``"share"``; ``"count"``); missing
            cells are 0.
        title: the figure title (default ``HEATMAP_TITLE``).
        colorbar_label: the colour bar label (default from ``VALUE_LABELS``).
        size: figure size in inches.
        ax: an Axes to draw into instead of a new figure (``size`` is then ignored).

    Returns:
        The figure.
    """
    require_columns(table, [row, column, value], table_name="heatmap")
    if table.empty:
        return empty_figure(EMPTY_MESSAGE, title=title, size=size, ax=ax)
    wide = table.pivot_table(index=row, columns=column, values=value, aggfunc="sum",
                             fill_value=0)
    wide = wide.sort_index().loc[:, _order(wide.sum(axis=0))]
    data = wide.to_numpy(dtype=float)
    fig, ax = _canvas(size=size, ax=ax)
    with suite_style():
        image = ax.imshow(data, cmap=SEQUENTIAL_CMAP, aspect="auto", vmin=0,
                          vmax=max(float(data.max()), 1e-12))
        ax.set_xticks(np.arange(data.shape[1]),
                      labels=[truncate_label(c) for c in wide.columns], rotation=45, ha="right")
        ax.set_yticks(np.arange(data.shape[0]), labels=[truncate_label(r) for r in wide.index])
        ax.set_xlabel(column)
        ax.set_ylabel(row)
        ax.set_title(title)
        ax.spines[:].set_visible(False)
        if data.size <= ANNOTATE_MAX_CELLS:
            _annotate(ax, data, percent=value == "share")
        bar = fig.colorbar(image, ax=ax)
        bar.set_label(colorbar_label or VALUE_LABELS.get(value, value))
        if value == "share":
            bar.ax.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    return fig


def _canvas(*, size: tuple[float, float], ax: Axes | None) -> tuple[Figure, Axes]:
    return new_figure(size=size) if ax is None else (ax.figure, ax)


def _bars(table: pd.DataFrame, *, item: str, value: str, group: str | None, title: str,
          xlabel: str | None, size: tuple[float, float], ax: Axes | None) -> Figure:
    columns = [item, value] + ([group] if group else [])
    require_columns(table, columns, table_name="bar chart")
    if table.empty:
        return empty_figure(EMPTY_MESSAGE, title=title, size=size, ax=ax)
    if group:
        wide = table.pivot_table(index=item, columns=group, values=value, aggfunc="sum",
                                 fill_value=0)
    else:
        wide = table.groupby(item, sort=False)[[value]].sum()
    wide = wide.loc[_order(wide.sum(axis=1))]
    bars = len(wide) * (1 + (wide.shape[1] - 1) * 0.5)
    size = (size[0], max(size[1], 1.6 + BAR_INCHES * bars))
    fig, ax = _canvas(size=size, ax=ax)
    with suite_style():
        positions = np.arange(len(wide))
        height = BAR_HEIGHT / wide.shape[1]
        for i, name in enumerate(wide.columns):
            offset = (i - (wide.shape[1] - 1) / 2) * height
            ax.barh(positions + offset, wide[name].to_numpy(dtype=float), height=height,
                    color=PALETTE[i % len(PALETTE)], label=truncate_label(name) if group else None)
        if (wide.to_numpy(dtype=float) < 0).any():
            ax.axvline(0, color=PALETTE[7], linewidth=0.8)
        _finish(ax, wide.index, value=value, title=title, xlabel=xlabel,
                legend_title=group if group else None)
    return fig


def _order(totals: pd.Series) -> list:
    """Items by total descending, then name; ``OTHER`` always last."""
    frame = pd.DataFrame({"name": totals.index.astype(str), "total": totals.to_numpy(),
                          "other": totals.index == OTHER}, index=totals.index)
    frame = frame.sort_values(["other", "total", "name"], ascending=[True, False, True],
                              kind="stable")
    return list(frame.index)


def _finish(ax, labels: pd.Index, *, value: str, title: str, xlabel: str | None,
            legend_title: str | None) -> None:
    ax.set_yticks(np.arange(len(labels)), labels=[truncate_label(x) for x in labels])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel or VALUE_LABELS.get(value, value))
    ax.set_title(title)
    if value == "share":
        ax.xaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    elif value in INTEGER_VALUES:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if legend_title:
        ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def _annotate(ax, data: np.ndarray, *, percent: bool) -> None:
    middle = (np.nanmax(data) + np.nanmin(data)) / 2
    for (r, c), cell in np.ndenumerate(data):
        text = f"{cell:.0%}" if percent else f"{cell:.3g}"
        ax.text(c, r, text, ha="center", va="center", fontsize=7,
                color="white" if cell < middle else "black")
