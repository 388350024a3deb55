"""Tests of analysis.plotting.frames: frame heatmap, keyness bars, collocate bars."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from analysis.errors import AnalysisError, SchemaError
from analysis.plotting.frames import (
    NEGATIVE_COLOUR,
    POSITIVE_COLOUR,
    collocates_bars,
    frames_heatmap,
    keyness_bars,
)
from analysis.plotting.style import ELLIPSIS, LABEL_MAX_CHARS, save_figure, truncate_label

LONG = "A very long outlet name that will not fit on the axis"

SCORES = pd.DataFrame({
    "outlet": ["Daily", "Daily", LONG, LONG, "Tiny", "Tiny"],
    "frame": ["conflict", "morality"] * 3,
    "per_1k": [4.0, 1.0, 2.0, 0.0, 0.5, 0.0],
})

KEYNESS = pd.DataFrame({
    "term": ["crisis", "row", "vote", "calm", "said"],
    "g2": [9.0, 5.0, 1.0, -2.0, -7.0],
    "log_ratio": [2.0, 1.5, 0.2, -0.5, -1.0],
})

COLLOCATES = pd.DataFrame({
    "collocate": ["party", "the", "mp"],
    "log_dice": [13.0, 12.5, 12.9],
    "mi": [2.0, 0.9, 2.5],
})


def _labels(ticks) -> list[str]:
    return [tick.get_text() for tick in ticks]


def test_truncate_long_labels():
    assert truncate_label(LONG) == LONG[: LABEL_MAX_CHARS - 1] + ELLIPSIS
    assert len(truncate_label(LONG)) == LABEL_MAX_CHARS
    assert truncate_label("Daily") == "Daily"


def test_frames_heatmap_rows_columns_values():
    fig = frames_heatmap(SCORES, title="Frames by outlet")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title() == "Frames by outlet"
    assert _labels(ax.get_yticklabels()) == ["Daily", truncate_label(LONG), "Tiny"]
    assert _labels(ax.get_xticklabels()) == ["conflict", "morality"]
    assert ax.images[0].get_array().tolist() == [[4.0, 1.0], [2.0, 0.0], [0.5, 0.0]]
    assert ax.images[0].get_cmap().name == "cividis"
    assert [t.get_text() for t in ax.texts] == ["4", "1", "2", "0", "0.5", "0"]
    assert len(fig.axes) == 2  # the colour bar


def test_frames_heatmap_keeps_the_largest_rows():
    ax = frames_heatmap(SCORES, max_rows=2).axes[0]
    assert _labels(ax.get_yticklabels()) == ["Daily", truncate_label(LONG)]


def test_keyness_bars_diverge_by_sign():
    ax = keyness_bars(KEYNESS, top_n=2, title="Seed vs reference").axes[0]
    assert _labels(ax.get_yticklabels()) == ["crisis", "row", "calm", "said"]
    assert [p.get_width() for p in ax.patches] == [2.0, 1.5, -0.5, -1.0]
    colours = [p.get_facecolor() for p in ax.patches]
    assert colours == [to_rgba(POSITIVE_COLOUR)] * 2 + [to_rgba(NEGATIVE_COLOUR)] * 2
    assert ax.get_xlabel() == "log_ratio"


def test_collocates_bars_top_n_by_measure():
    ax = collocates_bars(COLLOCATES, measure="mi", top_n=2).axes[0]
    assert _labels(ax.get_yticklabels()) == ["mp", "party"]
    assert [p.get_width() for p in ax.patches] == [2.5, 2.0]


@pytest.mark.parametrize("draw, table", [
    (frames_heatmap, SCORES.iloc[0:0]),
    (keyness_bars, KEYNESS.iloc[0:0]),
    (collocates_bars, COLLOCATES.iloc[0:0]),
])
def test_empty_tables_give_an_empty_figure(draw, table):
    fig = draw(table)
    assert len(fig.axes) == 1 and not fig.axes[0].axison
    assert fig.axes[0].texts[0].get_text().startswith("No ")


def test_bad_options_and_tables():
    with pytest.raises(AnalysisError, match="invalid measure 'dice'"):
        collocates_bars(COLLOCATES, measure="dice")
    with pytest.raises(AnalysisError, match="invalid value 'share'"):
        frames_heatmap(SCORES, value="share")
    with pytest.raises(SchemaError, match="keyness table is missing column"):
        keyness_bars(KEYNESS, measure="pct_diff")


def test_drawing_into_a_given_axes():
    from analysis.plotting.style import new_figure

    fig, ax = new_figure()
    assert collocates_bars(COLLOCATES, ax=ax) is fig
    assert _labels(ax.get_yticklabels()) == ["party", "mp", "the"]
    fig, ax = new_figure()
    assert keyness_bars(KEYNESS.iloc[0:0], ax=ax) is fig and not ax.axison


def test_figures_save_byte_stable(tmp_path):
    first = save_figure(keyness_bars(KEYNESS), tmp_path / "a" / "keyness")
    second = save_figure(keyness_bars(KEYNESS), tmp_path / "b" / "keyness")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
