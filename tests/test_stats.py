"""Tests of analysis.stats: word counts, keyness (G², Log Ratio, %DIFF) and collocation."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from nltk.metrics import BigramAssocMeasures
from pandas.testing import assert_frame_equal

from analysis.corpus import read_corpus
from analysis.errors import AnalysisError, SchemaError
from analysis.stats import (
    COLLOCATION_COLUMNS,
    KEYNESS_COLUMNS,
    association,
    collocations,
    keyness,
    keyness_by_group,
    log_likelihood,
    log_ratio,
    p_value,
    pct_diff,
    term_counts,
)
from tests.conftest import SEED_ID, SEEDS

# A small literal reference corpus: 21 words.
REFERENCE = [
    "The council said the budget would rise.",      # the council said the budget would rise (7)
    "Labour said the plan was fair.",               # labour said the plan was fair (6)
    "The party met and the mayor said little.",     # the party met and the mayor said little (8)
]


@pytest.fixture(scope="module")
def seed_docs() -> pd.DataFrame:
    return read_corpus(SEEDS / f"{SEED_ID}.txt")


# --- formulas on small contingency tables ------------------------------------------------------

def test_log_likelihood_by_hand():
    # a=10 in c=1000, b=10 in d=4000: E1 = 1000*20/5000 = 4, E2 = 4000*20/5000 = 16.
    assert log_likelihood(10, 10, 1000, 4000) == pytest.approx(
        2 * (10 * math.log(10 / 4) + 10 * math.log(10 / 16)))
    # Under-use: a=2 in c=1000, b=20 in d=1000: E1 = E2 = 11, sign negative.
    assert log_likelihood(2, 20, 1000, 1000) == pytest.approx(
        -2 * (2 * math.log(2 / 11) + 20 * math.log(20 / 11)))
    # A zero frequency contributes 0 ln 0 = 0: a=5, b=0, c=d=100, E1 = 2.5.
    assert log_likelihood(5, 0, 100, 100) == pytest.approx(2 * 5 * math.log(5 / 2.5))


def test_log_ratio_pct_diff_and_p_value_by_hand():
    assert log_ratio(10, 10, 1000, 4000) == pytest.approx(math.log2(0.01 / 0.0025))  # 2.0
    assert log_ratio(5, 0, 100, 100) == pytest.approx(math.log2(0.05 / (0.5 / 100)))
    assert pct_diff(10, 10, 1000, 4000) == pytest.approx((0.01 - 0.0025) * 100 / 0.0025)
    assert pct_diff(5, 0, 100, 100) == pytest.approx(0.05 * 100 / 1e-18)
    assert p_value(3.841458820694124) == pytest.approx(0.05)
    assert p_value(-3.841458820694124) == pytest.approx(0.05)


def test_association_by_hand_and_against_nltk():
    # O11=2 in R1=5 window positions, collocate seen C1=2 times, node 3 times, N=12 words.
    got = association(2, 5, 2, 3, 12)
    e11 = 5 * 2 / 12
    cells = [(2, e11), (3, 5 * 10 / 12), (0, 7 * 2 / 12), (7, 7 * 10 / 12)]
    assert got["expected"] == pytest.approx(e11)
    assert got["mi"] == pytest.approx(math.log2(2 / e11))
    assert got["t_score"] == pytest.approx((2 - e11) / math.sqrt(2))
    assert got["log_likelihood"] == pytest.approx(
        2 * sum(o * math.log(o / e) for o, e in cells if o))
    assert got["log_dice"] == pytest.approx(14 + math.log2(2 * 2 / (3 + 2)))
    nltk = BigramAssocMeasures
    assert got["mi"] == pytest.approx(nltk.pmi(2, (5, 2), 12))
    assert got["t_score"] == pytest.approx(nltk.student_t(2, (5, 2), 12))
    assert got["log_likelihood"] == pytest.approx(nltk.likelihood_ratio(2, (5, 2), 12), rel=1e-6)


# --- keyness -----------------------------------------------------------------------------------

def test_keyness_of_the_seed_against_a_literal_reference(seed_docs):
    table = keyness(seed_docs, REFERENCE)
    assert list(table.columns) == list(KEYNESS_COLUMNS)
    c, d = 919, 21  # words in the seed, words in REFERENCE
    rows = table.set_index("term")
    # livingstone: a=9, b=0; E1 = 919*9/940.
    assert rows.loc["livingstone", "g2"] == pytest.approx(2 * 9 * math.log(9 / (c * 9 / 940)))
    assert rows.loc["livingstone", "log_ratio"] == pytest.approx(math.log2((9 / c) / (0.5 / d)))
    # said: a=10, b=3, relatively rarer in the seed, so negative.
    e1, e2 = c * 13 / 940, d * 13 / 940
    assert rows.loc["said", "g2"] == pytest.approx(
        -2 * (10 * math.log(10 / e1) + 3 * math.log(3 / e2)))
    # the: a=46, b=5.
    e1, e2 = c * 51 / 940, d * 51 / 940
    assert rows.loc["the", "g2"] == pytest.approx(
        -2 * (46 * math.log(46 / e1) + 5 * math.log(5 / e2)))
    assert rows.loc["the", ["target_count", "reference_count"]].tolist() == [46, 5]
    assert rows.loc["the", "target_per_1k"] == pytest.approx(46 * 1000 / c)
    assert rows.loc["the", "pct_diff"] == pytest.approx((46 / c - 5 / d) * 100 / (5 / d))
    assert (table["target_count"] + table["reference_count"] >= 3).all()
    assert table["g2"].is_monotonic_decreasing


def test_keyness_inputs_are_count_tables_mappings_or_texts():
    from_text = keyness("crisis crisis calm", "calm calm day", min_freq=1)
    from_counts = keyness(pd.DataFrame({"term": ["crisis", "calm"], "count": [2, 1]}),
                          {"calm": 2, "day": 1}, min_freq=1)
    assert_frame_equal(from_text, from_counts)
    assert from_text["term"].tolist() == ["crisis", "calm", "day"]
    assert from_text["g2"].tolist() == pytest.approx(
        [2 * 2 * math.log(2), -2 * (math.log(1 / 1.5) + 2 * math.log(2 / 1.5)),
         -2 * math.log(2)])


def test_keyness_errors():
    with pytest.raises(AnalysisError, match="words in both corpora"):
        keyness("crisis", [])
    with pytest.raises(AnalysisError, match="invalid min_freq 0"):
        keyness("a", "b", min_freq=0)
    with pytest.raises(SchemaError, match="target counts table is missing column"):
        keyness(pd.DataFrame({"word": ["a"], "count": [1]}), "b")


def test_keyness_by_group_one_vs_rest():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
                         "text": ["Crisis, crisis.", "Calm calm day.", "Calm."]})
    table = keyness_by_group(docs, "outlet", min_freq=1)
    assert list(table.columns) == ["outlet", *KEYNESS_COLUMNS]
    # X: crisis 2, calm 1 (c=3); rest Y: calm 2, day 1 (d=3).
    assert table[["outlet", "term"]].values.tolist() == [
        ["X", "crisis"], ["X", "calm"], ["X", "day"],
        ["Y", "day"], ["Y", "calm"], ["Y", "crisis"]]
    assert table["g2"].tolist()[:2] == pytest.approx(
        [2 * 2 * math.log(2), -2 * (math.log(1 / 1.5) + 2 * math.log(2 / 1.5))])


# --- counts ------------------------------------------------------------------------------------

def test_term_counts_of_the_seed(seed_docs):
    counts = term_counts(seed_docs)
    assert counts["count"].sum() == 919
    assert counts.head(3).values.tolist() == [["the", 46], ["to", 24], ["and", 22]]


def test_term_counts_by_scope_and_speaker():
    text = 'Critics attacked it. "Crisis, crisis," Ann said. The "crisis" ended.'
    docs = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    start = text.index("Crisis")
    scare = text.index("crisis", start + 10)
    quotes = pd.DataFrame({"doc_id": ["a", "a"], "kind": ["direct", "scare"],
                           "start": [start, scare], "end": [start + 14, scare + 6],
                           "speaker": ["Ann", None]})
    quoted = term_counts(docs, quotes=quotes, scope="quoted")
    assert quoted.values.tolist() == [["crisis", 2]]
    narration = term_counts(docs, quotes=quotes, scope="narration")
    assert narration.set_index("term")["count"].to_dict() == {
        "critics": 1, "attacked": 1, "it": 1, "ann": 1, "said": 1, "the": 1, "crisis": 1,
        "ended": 1}
    by_speaker = term_counts(docs, quotes=quotes, group_by="speaker")
    assert by_speaker.values.tolist() == [["Ann", "crisis", 2]]


# --- collocation -------------------------------------------------------------------------------

def test_collocations_by_hand():
    docs = pd.DataFrame({"doc_id": ["a"],
                         "text": ["Red cat sat on red mat. Big dog sat on red cat."]})
    # N=12 words; node "red" at 0, 4, 10; window (1, 1) gives positions 1, 3, 5, 9, 11 (R1=5):
    # cat twice (C1=2), on twice (C1=2), mat once.
    table = collocations(docs, "red", window=(1, 1), min_freq=2)
    assert list(table.columns) == list(COLLOCATION_COLUMNS)
    assert table["collocate"].tolist() == ["cat", "on"]
    assert table[["observed", "collocate_freq", "node_freq"]].values.tolist() == [[2, 2, 3]] * 2
    expected = association(2, 5, 2, 3, 12)
    assert table["mi"].tolist() == pytest.approx([expected["mi"]] * 2)
    assert table["log_dice"].tolist() == pytest.approx([14 + math.log2(4 / 5)] * 2)
    assert table["expected"].tolist() == pytest.approx([5 * 2 / 12] * 2)


def test_collocation_windows_stop_at_paragraphs_and_quotes():
    docs = pd.DataFrame({"doc_id": ["a"], "text": ["The red\ncat sat. Red cat."]})
    assert collocations(docs, "red", window=(0, 1), min_freq=1)["observed"].tolist() == [1]
    text = 'Tax rose, "tax payers paid" it said.'
    start = text.index("tax payers")
    quotes = pd.DataFrame({"doc_id": ["q"], "kind": ["direct"], "start": [start],
                           "end": [start + 15], "speaker": ["Ann"]})
    quoted = collocations(pd.DataFrame({"doc_id": ["q"], "text": [text]}), "tax",
                          quotes=quotes, scope="quoted", window=(3, 3), min_freq=1)
    assert quoted[["collocate", "observed", "node_freq"]].values.tolist() == [
        ["paid", 1, 1], ["payers", 1, 1]]


def test_collocation_errors():
    docs = pd.DataFrame({"doc_id": ["a"], "text": ["x"]})
    with pytest.raises(AnalysisError, match="invalid window"):
        collocations(docs, "x", window=(0, 0))
    with pytest.raises(AnalysisError, match="needs a quotes table"):
        collocations(docs, "x", scope="narration")
    assert collocations(docs, "absent").empty
