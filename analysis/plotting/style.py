"""The one figure style of the suite and byte-stable saving.

Figures are built on ``matplotlib.figure.Figure`` directly (no pyplot state), drawn with the Agg
canvas, and saved without dates or software versions so that the same table gives the same PNG
and SVG bytes under the pinned matplotlib (DESIGN "Notebooks and batch reports").
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.axes import Axes
from matplotlib.figure import Figure

PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
)
"""Okabe & Ito's colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design")."""

SEQUENTIAL_CMAP = "cividis"
"""Colour map for heatmaps: perceptually uniform and readable with colour-vision deficiency."""

FIGSIZE: tuple[float, float] = (7.0, 4.5)
"""Default figure size in inches."""

DPI = 150
"""Resolution of saved PNGs."""

SVG_HASHSALT = "analysis"
"""Fixed salt for SVG element ids, so SVG output is byte-stable."""

STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 9.0,
    "axes.titlesize": 11.0,
    "axes.labelsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "savefig.bbox": "tight",
    "svg.hashsalt": SVG_HASHSALT,
    "svg.fonttype": "path",
    "path.simplify": True,
}
"""rcParams applied to every figure of the suite."""

LABEL_MAX_CHARS = 28
"""Tick and legend labels longer than this are cut and end with an ellipsis."""

ELLIPSIS = "…"
"""Ends a cut label."""

MISSING_LABEL = "(none)"
"""Shown for a missing label (a null group or item)."""

FORMATS: tuple[str, ...] = ("png", "svg")
"""File formats every saved figure is written in."""

_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}


@contextmanager
def suite_style() -> Iterator[None]:
    """Apply the suite's rcParams inside the block (and restore the user's afterwards)."""
    with matplotlib.rc_context(STYLE):
        yield


def truncate_label(label: object, *, max_chars: int = LABEL_MAX_CHARS) -> str:
    """``label`` as text, cut to ``max_chars`` characters ending with an ellipsis if longer.

    >>> truncate_label("Shami Chakrabarti, former director of Liberty", max_chars=20)
    'Shami Chakrabarti, …'
    >>> truncate_label(None)
    '(none)'
    """
    if label is None or (isinstance(label, float) and label != label) or label is pd.NA:
        return MISSING_LABEL
    text = str(label)
    return text if len(text) <= max_chars else text[: max_chars - 1] + ELLIPSIS


def new_figure(*, size: tuple[float, float] = FIGSIZE) -> tuple[Figure, object]:
    """Create a Figure with one Axes in the suite's style, attached to an Agg canvas.

    Args:
        size: width and height in inches (default ``FIGSIZE``).

    Returns:
        ``(figure, axes)``.
    """
    with suite_style():
        fig = Figure(figsize=size, layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    return fig, ax


def empty_figure(message: str, *, title: str = "", size: tuple[float, float] = FIGSIZE,
                 ax: Axes | None = None) -> Figure:
    """A figure that says there is nothing to show (an empty group, a kind absent from the data).

    Args:
        message: the sentence shown in the middle of the figure.
        title: the figure's title.
        size: width and height in inches (for a new figure).
        ax: an Axes to draw the message into instead of a new figure.

    Returns:
        The figure (``ax``'s figure when ``ax`` is given).
    """
    fig, ax = new_figure(size=size) if ax is None else (ax.figure, ax)
    with suite_style():
        ax.set_axis_off()
        ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, transform=ax.transAxes)
        if title:
            ax.set_title(title)
    return fig


def save_figure(fig: Figure, stem: str | os.PathLike[str]) -> list[Path]:
    """Save ``fig`` as ``<stem>.png`` and ``<stem>.svg`` with no dates or versions in the files.

    Each file is written to a temporary name in the same folder and renamed into place, so a
    half-written figure never stands under its final name.

    Args:
        fig: the figure.
        stem: the path without extension; parent folders are created.

    Returns:
        The paths written, in ``FORMATS`` order.
    """
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    with suite_style():
        for fmt in FORMATS:
            final = stem.with_name(f"{stem.name}.{fmt}")
            fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    FigureCanvasAgg(fig).print_figure(handle, format=fmt, metadata=_METADATA[fmt])
                os.replace(tmp, final)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            written.append(final)
    return written
