"""Tests of analysis.plotting.voices: figures render from the aggregate tables."""

import pandas as pd
import pytest
from matplotlib.figure import Figure

import voice_tables as vt
from analysis.aggregates import OTHER, top_n
from analysis.plotting.style import save_figure
from analysis.plotting.voices import (
    EMPTY_MESSAGE, LABEL_MAX_CHARS, group_comparison_chart, quote_kinds_chart,
    share_of_voice_chart, speaker_verb_heatmap, truncate_label, verb_chart, voice_gap_chart,
)
from analysis.verbstats import log_odds_dirichlet, verb_counts
from analysis.voices import share_of_voice, speaker_kinds


def labels(ax):
    return [t.get_text() for t in ax.get_yticklabels()]


def test_share_of_voice_chart_bars_labels_and_title():
    table = share_of_voice(vt.quotes()).pipe(top_n, n=2)
    fig = share_of_voice_chart(table, title="Who is quoted")
    ax = fig.axes[0]
    assert isinstance(fig, Figure)
    assert len(ax.patches) == 3
    assert labels(ax) == [vt.JEREMY, vt.KEN, OTHER]
    assert ax.get_title() == "Who is quoted" and ax.get_xlabel() == "Share"


def test_share_of_voice_chart_grouped_by_outlet_has_a_legend():
    table = share_of_voice(vt.quotes(), documents=vt.documents(), by=["outlet"])
    fig = share_of_voice_chart(table, group="outlet", xlabel="Share of quotes")
    ax = fig.axes[0]
    assert len(ax.patches) == 4 * 2  # four speakers × two outlets (zeros drawn)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Guardian", "Sun"]
    assert ax.get_xlabel() == "Share of quotes"


def test_quote_kinds_chart_stacks_one_segment_per_kind():
    fig = quote_kinds_chart(speaker_kinds(vt.quotes()))
    ax = fig.axes[0]
    assert len(ax.patches) == 4 * 3
    assert labels(ax)[:2] == [vt.JEREMY, vt.KEN]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["direct", "partial", "indirect"]


def test_verb_chart_and_group_comparison():
    fig = verb_chart(verb_counts(vt.quotes(), item="category"))
    assert labels(fig.axes[0]) == ["neutral", "distancing"]
    counts = verb_counts(vt.quotes(), documents=vt.documents(), by=["outlet"], item="category")
    fig = group_comparison_chart(counts, group="outlet", title="Verb categories by outlet")
    assert len(fig.axes[0].patches) == 4 and fig.axes[0].get_title() == "Verb categories by outlet"
    z = log_odds_dirichlet(counts, group="outlet", item="category")
    fig = group_comparison_chart(z, group="outlet", value="z")
    assert fig.axes[0].get_xlabel() == "z-score"


def test_speaker_verb_heatmap():
    table = verb_counts(vt.quotes(), by=["speaker"], item="category")
    fig = speaker_verb_heatmap(table)
    ax = fig.axes[0]
    assert len(ax.images) == 1 and ax.images[0].get_array().shape == (4, 2)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["neutral", "distancing"]
    assert len(ax.texts) == 8  # every cell annotated
    assert len(fig.axes) == 2  # the colour bar


def test_long_names_are_truncated():
    name = "The Right Honourable Member for a Very Long Constituency Name"
    table = pd.DataFrame({"speaker": [name], "count": [1], "share": [1.0]})
    ax = share_of_voice_chart(table).axes[0]
    assert labels(ax) == [truncate_label(name)]
    assert len(labels(ax)[0]) == LABEL_MAX_CHARS and labels(ax)[0].endswith("…")


@pytest.mark.parametrize("draw", [
    lambda t: share_of_voice_chart(t, title="Empty"),
    lambda t: quote_kinds_chart(t.assign(kind=[]), title="Empty"),
    lambda t: speaker_verb_heatmap(t.assign(category=[]), title="Empty"),
])
def test_empty_tables_give_an_empty_figure(draw):
    empty = share_of_voice(vt.quotes().iloc[:0])
    fig = draw(empty)
    ax = fig.axes[0]
    assert not ax.patches and [t.get_text() for t in ax.texts] == [EMPTY_MESSAGE]
    assert ax.get_title() == "Empty"


def test_figures_save_byte_stably(tmp_path):
    table = share_of_voice(vt.quotes(), documents=vt.documents(), by=["outlet"])
    first = save_figure(share_of_voice_chart(table, group="outlet"), tmp_path / "a")
    second = save_figure(share_of_voice_chart(table, group="outlet"), tmp_path / "b")
    for one, two in zip(first, second):
        assert one.read_bytes() == two.read_bytes()


def test_figures_draw_into_a_given_axes():
    from analysis.plotting.style import new_figure

    fig, ax = new_figure()
    got = verb_chart(verb_counts(vt.quotes(), item="category"), ax=ax, title="Verbs")
    assert got is fig and ax.get_title() == "Verbs" and len(ax.patches) == 2
    fig, ax = new_figure()
    assert share_of_voice_chart(share_of_voice(vt.quotes().iloc[:0]), ax=ax) is fig
    assert [t.get_text() for t in ax.texts] == [EMPTY_MESSAGE]


def test_voice_gap_chart():
    from analysis.voices import voice_gap

    fig = voice_gap_chart(voice_gap(vt.people(), vt.quotes()))
    ax = fig.axes[0]
    assert len(ax.patches) == 4 and labels(ax) == ["he", "she"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["mentioned", "quoted"]
