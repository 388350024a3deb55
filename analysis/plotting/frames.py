"""Figures of framing and corpus statistics: frame heatmap, keyness bars, collocate bars.

Each function takes a tidy table from ``analysis.framing`` or ``analysis.stats`` (plus keyword
options) and returns a ``matplotlib.figure.Figure`` built with ``new_figure``; an empty table
gives ``empty_figure``. Long labels are cut to ``LABEL_MAX_CHARS`` with an ellipsis.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.errors import invalid_value
from analysis.plotting.style import (
    FIGSIZE, LABEL_MAX_CHARS, PALETTE, SEQUENTIAL_CMAP, empty_figure, new_figure, suite_style,
    truncate_label,
)
from analysis.schema import require_columns

HEATMAP_VALUES: tuple[str, ...] = ("per_1k", "hits", "weighted", "present", "present_share")
"""Columns of a ``frame_scores`` table that the heatmap can colour by."""

HEATMAP_MAX_ROWS = 30
"""The heatmap shows at most this many documents or groups (those with the largest totals)."""

HEATMAP_ANNOTATE_MAX_CELLS = 200
"""Cells are labelled with their value when there are at most this many."""

KEYNESS_MEASURES: tuple[str, ...] = ("log_ratio", "g2", "pct_diff")
"""Columns of a keyness table the bars can show."""

KEYNESS_TOP_N = 15
"""Keyness bars show this many positive and this many negative keywords (ranked by G²)."""

COLLOCATION_MEASURES: tuple[str, ...] = ("log_dice", "mi", "t_score", "log_likelihood", "observed")
"""Columns of a collocation table the bars can show."""

COLLOCATES_TOP_N = 20
"""Collocate bars show this many collocates (the highest on the chosen measure)."""

POSITIVE_COLOUR = PALETTE[0]
"""Bars of words more frequent in the target (Okabe-Ito blue)."""

NEGATIVE_COLOUR = PALETTE[3]
"""Bars of words less frequent in the target (Okabe-Ito vermillion)."""

POSITIVE_LABEL = "more frequent in target"
"""Legend entry of the positive keyness bars."""

NEGATIVE_LABEL = "less frequent in target"
"""Legend entry of the negative keyness bars."""

BAR_HEIGHT_INCHES = 0.22
"""Height per bar or heatmap row; figures grow beyond ``FIGSIZE`` to fit."""

HeatmapValue = Literal["per_1k", "hits", "weighted", "present", "present_share"]
KeynessMeasure = Literal["log_ratio", "g2", "pct_diff"]
CollocationMeasure = Literal["log_dice", "mi", "t_score", "log_likelihood", "observed"]


def _canvas(rows: int, ax: Axes | None) -> tuple[Figure, Axes]:
    """A new figure tall enough for ``rows`` rows, or the figure of the given ``ax``."""
    if ax is not None:
        return ax.figure, ax
    return new_figure(size=(FIGSIZE[0], max(FIGSIZE[1], rows * BAR_HEIGHT_INCHES + 1.5)))


def frames_heatmap(
    scores: pd.DataFrame,
    *,
    value: HeatmapValue = "per_1k",
    title: str = "Frame keyword indicators",
    max_rows: int = HEATMAP_MAX_ROWS,
    ax: Axes | None = None,
) -> Figure:
    """Heatmap of documents or groups (rows) by frames (columns) from ``frame_scores``.

    Args:
        scores: a ``frame_scores`` table: the unit column first (``doc_id`` or the group
            column), then ``frame`` and ``value``.
        value: the column shown, one of ``HEATMAP_VALUES`` (default rate per 1,000 words).
        title: the figure title.
        max_rows: show at most this many rows, those with the largest row totals (default
            ``HEATMAP_MAX_ROWS``), kept in table order.
        ax: an Axes to draw into instead of a new figure.

    Returns:
        The figure (``empty_figure`` for an empty table).

    Raises:
        AnalysisError: ``value`` is not one of ``HEATMAP_VALUES``.
        SchemaError: ``scores`` lacks ``frame`` or ``value``.
    """
    if value not in HEATMAP_VALUES:
        raise invalid_value("value", value, HEATMAP_VALUES)
    require_columns(scores, ("frame", value), table_name="frame scores")
    if scores.empty:
        return empty_figure("No frame scores to show.", title=title, ax=ax)
    unit = scores.columns[0]
    keys = scores[unit].map(truncate_label)
    grid = scores.assign(_row=keys).pivot_table(index="_row", columns="frame", values=value,
                                                aggfunc="sum", sort=False)
    grid = grid.reindex(index=list(dict.fromkeys(keys)))
    if len(grid) > max_rows:
        keep = grid.sum(axis=1).sort_values(ascending=False, kind="stable").index[:max_rows]
        grid = grid.loc[[row for row in grid.index if row in set(keep)]]
    fig, ax = _canvas(len(grid), ax)
    with suite_style():
        data = grid.to_numpy(dtype=float)
        image = ax.imshow(np.ma.masked_invalid(data), cmap=SEQUENTIAL_CMAP, aspect="auto")
        ax.set_xticks(range(grid.shape[1]), [truncate_label(c) for c in grid.columns], rotation=30,
                      ha="right")
        ax.set_yticks(range(grid.shape[0]), list(grid.index))
        ax.set_xlabel("frame")
        ax.set_ylabel(unit)
        ax.set_title(title)
        fig.colorbar(image, ax=ax, label=value)
        if data.size <= HEATMAP_ANNOTATE_MAX_CELLS:
            _annotate(ax, data)
    return fig


def _annotate(ax: object, data: np.ndarray) -> None:
    finite = data[np.isfinite(data)]
    middle = (finite.min() + finite.max()) / 2 if finite.size else 0.0
    for (row, col), number in np.ndenumerate(data):
        label = "–" if not np.isfinite(number) else f"{number:.3g}"
        colour = "black" if np.isfinite(number) and number > middle else "white"
        ax.text(col, row, label, ha="center", va="center", color=colour, fontsize=7)


def keyness_bars(
    table: pd.DataFrame,
    *,
    measure: KeynessMeasure = "log_ratio",
    top_n: int = KEYNESS_TOP_N,
    title: str = "Keywords",
    ax: Axes | None = None,
) -> Figure:
    """Diverging bars of the most positive and most negative keywords of one keyness table.

    Words are ranked by G² (``g2``): the ``top_n`` highest (more frequent in the target) and
    the ``top_n`` lowest (less frequent); the bars show ``measure``.

    Args:
        table: a ``keyness`` table (for ``keyness_by_group``, filter one group first).
        measure: the column shown, one of ``KEYNESS_MEASURES`` (default Log Ratio).
        top_n: keywords per side (default ``KEYNESS_TOP_N``).
        title: the figure title.
        ax: an Axes to draw into instead of a new figure.

    Returns:
        The figure (``empty_figure`` when there is no keyword).

    Raises:
        AnalysisError: ``measure`` is not one of ``KEYNESS_MEASURES``.
        SchemaError: ``table`` lacks ``term``, ``g2`` or ``measure``.
    """
    if measure not in KEYNESS_MEASURES:
        raise invalid_value("measure", measure, KEYNESS_MEASURES)
    require_columns(table, ("term", "g2", measure), table_name="keyness")
    ranked = table.sort_values(["g2", "term"], ascending=[False, True], kind="stable")
    positive = ranked[ranked["g2"] > 0].head(top_n)
    negative = ranked[ranked["g2"] < 0].tail(top_n)
    shown = pd.concat([positive, negative])
    if shown.empty:
        return empty_figure("No keywords to show.", title=title, ax=ax)
    fig, ax = _canvas(len(shown), ax)
    with suite_style():
        rows = np.arange(len(shown))
        colours = [POSITIVE_COLOUR if g > 0 else NEGATIVE_COLOUR for g in shown["g2"]]
        ax.barh(rows, shown[measure].to_numpy(dtype=float), color=colours)
        ax.set_yticks(rows, [truncate_label(t) for t in shown["term"]])
        ax.invert_yaxis()
        ax.axvline(0.0, color="black", linewidth=0.8)
        ax.set_xlabel(measure)
        ax.set_title(title)
        ax.legend(handles=[Patch(color=POSITIVE_COLOUR, label=POSITIVE_LABEL),
                           Patch(color=NEGATIVE_COLOUR, label=NEGATIVE_LABEL)], loc="best")
    return fig


KEYNESS_MAX_PANELS = 6
"""Most comparisons ``keyness_panels`` draws side by side (the first ones in table order)."""


def keyness_panels(
    table: pd.DataFrame,
    *,
    panel: str = "comparison",
    measure: KeynessMeasure = "log_ratio",
    top_n: int = KEYNESS_TOP_N,
    title: str = "Keywords",
    max_panels: int = KEYNESS_MAX_PANELS,
) -> Figure:
    """``keyness_bars`` for each comparison of a table (one panel each, side by side).

    Args:
        table: a keyness table with a ``panel`` column (``analysis.stats.compare_keyness``).
        panel: the column naming each comparison.
        measure, top_n: as for ``keyness_bars``.
        title: the figure title; each panel is titled with its comparison.
        max_panels: at most this many comparisons, the first in table order.

    Returns:
        The figure (``empty_figure`` when the table is empty).
    """
    require_columns(table, (panel,), table_name="keyness")
    names = list(dict.fromkeys(table[panel]))[:max_panels]
    if not names:
        return empty_figure("No keywords to show.", title=title)
    if len(names) == 1:
        part = table[table[panel] == names[0]]
        return keyness_bars(part, measure=measure, top_n=top_n, title=f"{title}: {names[0]}")
    rows = min(2 * top_n, int(table[table[panel].isin(names)].groupby(panel).size().max()))
    fig = new_figure(size=(FIGSIZE[0] / 2 * len(names) + 1,
                           max(FIGSIZE[1], rows * BAR_HEIGHT_INCHES + 1.5)))[0]
    fig.clear()
    with suite_style():
        axes = fig.subplots(1, len(names), squeeze=False)[0]
        fig.suptitle(title)
    for ax, name in zip(axes, names):
        keyness_bars(table[table[panel] == name], measure=measure, top_n=top_n, title=name, ax=ax)
    return fig


def collocates_bars(
    table: pd.DataFrame,
    *,
    measure: CollocationMeasure = "log_dice",
    top_n: int = COLLOCATES_TOP_N,
    title: str = "Collocates",
    ax: Axes | None = None,
) -> Figure:
    """Horizontal bars of the collocates of a node word, highest ``measure`` first.

    Args:
        table: a ``collocations`` table.
        measure: the column shown and ranked by, one of ``COLLOCATION_MEASURES``.
        top_n: collocates shown (default ``COLLOCATES_TOP_N``); ties broken by collocate.
        title: the figure title.
        ax: an Axes to draw into instead of a new figure.

    Returns:
        The figure (``empty_figure`` for an empty table).

    Raises:
        AnalysisError: ``measure`` is not one of ``COLLOCATION_MEASURES``.
        SchemaError: ``table`` lacks ``collocate`` or ``measure``.
    """
    if measure not in COLLOCATION_MEASURES:
        raise invalid_value("measure", measure, COLLOCATION_MEASURES)
    require_columns(table, ("collocate", measure), table_name="collocations")
    if table.empty:
        return empty_figure("No collocates to show.", title=title, ax=ax)
    shown = table.sort_values([measure, "collocate"], ascending=[False, True],
                              kind="stable").head(top_n)
    fig, ax = _canvas(len(shown), ax)
    with suite_style():
        rows = np.arange(len(shown))
        ax.barh(rows, shown[measure].to_numpy(dtype=float), color=POSITIVE_COLOUR)
        ax.set_yticks(rows, [truncate_label(c) for c in shown["collocate"]])
        ax.invert_yaxis()
        ax.set_xlabel(measure)
        ax.set_title(title)
    return fig
