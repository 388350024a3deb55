"""Writing results: atomic files, the CSV behind each figure, figure-plus-table pairs.

Every file is written under a temporary name in its folder and renamed into place, so an
interrupted run never leaves a half-written file under a final name. Tables are written with a
fixed line terminator and no index, so the same table gives the same bytes.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.plotting.style import save_figure

if TYPE_CHECKING:  # only plotting imports matplotlib (STYLE point 2)
    from matplotlib.figure import Figure


def atomic_write(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename (parents created).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a" / "b.txt"
    >>> atomic_write(target, b"ok").read_bytes()
    b'ok'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def save_table(table: pd.DataFrame, stem: str | os.PathLike[str]) -> Path:
    """Save ``table`` as ``<stem>.csv`` (UTF-8, ``\\n`` line ends, no index), atomically.

    Returns:
        The path written.
    """
    stem = Path(stem)
    data = table.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return atomic_write(stem.with_name(f"{stem.name}.csv"), data)


def save_json(data: object, path: str | os.PathLike[str]) -> Path:
    """Save ``data`` as indented JSON with sorted keys (byte-stable), atomically."""
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return atomic_write(path, text.encode("utf-8"))


def save_figure_and_table(fig: "Figure", table: pd.DataFrame,
                          stem: str | os.PathLike[str]) -> list[Path]:
    """Save a figure as PNG and SVG and the table behind it as CSV, side by side.

    Args:
        fig: the figure.
        table: the table it was drawn from.
        stem: the path without extension, e.g. ``figures/seed/overview_sentence_lengths``.

    Returns:
        The paths written: PNG, SVG, CSV.
    """
    return [*save_figure(fig, stem), save_table(table, stem)]
