"""Tests of analysis.verbstats: verb distributions, chi-square, residuals, Dirichlet log-odds."""

import math

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from scipy.stats import chi2 as chi2_distribution
from scipy.stats import chi2_contingency

import voice_tables as vt
from analysis.aggregates import NO_VALUE, UNATTRIBUTED
from analysis.errors import AnalysisError
from analysis.verbstats import (
    CHI_SQUARE_COLUMNS, adjusted_residuals, chi_square_test, log_odds_dirichlet, verb_counts,
)

KEN, JEREMY, NAZ = vt.KEN, vt.JEREMY, vt.NAZ


def outlet_categories():
    return verb_counts(vt.quotes(), documents=vt.documents(), by=["outlet"], item="category")


def test_verb_counts_by_lemma():
    expected = pd.DataFrame({"lemma": ["say", "claim", "insist", "tell"],
                             "count": [5, 2, 2, 1], "share": [0.5, 0.2, 0.2, 0.1]})
    assert_frame_equal(verb_counts(vt.quotes()), expected)


def test_verb_counts_by_category_per_speaker():
    got = verb_counts(vt.quotes(), by=["speaker"], item="category")
    expected = pd.DataFrame({
        "speaker": [UNATTRIBUTED, JEREMY, JEREMY, KEN, KEN, NAZ],
        "category": ["neutral", "neutral", "distancing", "distancing", "neutral", "neutral"],
        "count": [1, 3, 1, 3, 1, 1], "share": [1, 0.75, 0.25, 0.75, 0.25, 1],
    })
    assert_frame_equal(got, expected)


def test_verb_counts_by_stance_per_gender_from_the_lexicon():
    got = verb_counts(vt.quotes(), people=vt.people(), lexicon=vt.lexicon(), by=["gender"],
                      item="stance")
    expected = pd.DataFrame({
        "gender": [UNATTRIBUTED, "he", "he", "she"],
        "stance": ["neutral", "distancing", "neutral", "neutral"],
        "count": [1, 4, 4, 1], "share": [1, 0.5, 0.5, 1],
    })
    assert_frame_equal(got, expected)


def test_verb_counts_stance_from_package_lexicon_and_unknown_lemma():
    quotes = vt.quotes()
    quotes.loc[quotes["quote_id"] == "g1-q0", ["cue_lemma", "cue_category"]] = ["blurt", None]
    got = verb_counts(quotes, item="stance")
    assert got[["stance", "count"]].values.tolist() == [
        ["neutral", 5], ["distancing", 4], [NO_VALUE, 1]]
    assert verb_counts(quotes, item="category")["category"].tolist()[-1] == NO_VALUE


def test_verb_counts_rejects_unknown_item():
    with pytest.raises(AnalysisError, match="invalid item 'verb'; valid values: 'lemma'"):
        verb_counts(vt.quotes(), item="verb")


def test_chi_square_against_hand_arithmetic_and_scipy():
    # Guardian: distancing 2, neutral 5; Sun: distancing 2, neutral 1.
    got = chi_square_test(outlet_categories(), group="outlet", item="category")
    expected_cells = [(2, 2.8), (5, 4.2), (2, 1.2), (1, 1.8)]
    chi2 = sum((o - e) ** 2 / e for o, e in expected_cells)
    scipy_chi2, scipy_p, _, _ = chi2_contingency([[2, 5], [2, 1]], correction=False)
    expected = pd.DataFrame({
        "n": [10], "groups": [2], "items": [2], "chi2": [chi2], "dof": [1],
        "p_value": [chi2_distribution.sf(chi2, 1)], "cramers_v": [math.sqrt(chi2 / 10)],
    })
    assert_frame_equal(got, expected)
    assert got["chi2"].iloc[0] == pytest.approx(scipy_chi2)
    assert got["p_value"].iloc[0] == pytest.approx(scipy_p)
    assert chi2 == pytest.approx(1.2698412698)


def test_chi_square_with_one_group_is_empty():
    counts = outlet_categories()
    got = chi_square_test(counts[counts["outlet"] == "Sun"], group="outlet", item="category")
    assert list(got.columns) == list(CHI_SQUARE_COLUMNS) and got.empty


def test_adjusted_residuals_2x2_equal_sqrt_chi2():
    got = adjusted_residuals(outlet_categories(), group="outlet", item="category")
    r = 0.8 / math.sqrt(2.8 * 0.3 * 0.6)
    expected = pd.DataFrame({
        "outlet": ["Guardian", "Guardian", "Sun", "Sun"],
        "category": ["neutral", "distancing", "distancing", "neutral"],
        "count": [5, 2, 2, 1], "expected": [4.2, 2.8, 1.2, 1.8],
        "residual": [r, -r, r, -r],
    })
    assert_frame_equal(got, expected)


def test_log_odds_dirichlet_against_hand_arithmetic():
    got = log_odds_dirichlet(outlet_categories(), group="outlet", item="category")
    # pooled prior: alpha_distancing = 4, alpha_neutral = 6, alpha_0 = n = 10
    d_dist = math.log(6 / 11) - math.log(6 / 7)  # Guardian y=2 of 7; Sun y=2 of 3
    d_neut = math.log(11 / 6) - math.log(7 / 6)  # Guardian y=5 of 7; Sun y=1 of 3
    v_dist, v_neut = 1 / 6 + 1 / 6, 1 / 11 + 1 / 7
    expected = pd.DataFrame({
        "outlet": ["Guardian", "Guardian", "Sun", "Sun"],
        "category": ["neutral", "distancing", "distancing", "neutral"],
        "count": [5, 2, 2, 1], "rest": [1, 2, 2, 5],
        "log_odds": [d_neut, d_dist, -d_dist, -d_neut],
        "variance": [v_neut, v_dist, v_dist, v_neut],
        "z": [d_neut / math.sqrt(v_neut), d_dist / math.sqrt(v_dist),
              -d_dist / math.sqrt(v_dist), -d_neut / math.sqrt(v_neut)],
    })
    assert_frame_equal(got, expected)


def test_log_odds_dirichlet_with_a_prior_size():
    got = log_odds_dirichlet(outlet_categories(), group="outlet", item="category",
                             prior_size=20)
    row = got[(got["outlet"] == "Sun") & (got["category"] == "distancing")].iloc[0]
    # alpha_0 = 20, alpha_distancing = 20 * 4 / 10 = 8
    delta = math.log((2 + 8) / (3 + 20 - 2 - 8)) - math.log((2 + 8) / (7 + 20 - 2 - 8))
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(delta / math.sqrt(1 / 10 + 1 / 10))


def test_which_speakers_get_distancing_verbs():
    counts = verb_counts(vt.quotes(), by=["speaker"], item="category")
    z = log_odds_dirichlet(counts, group="speaker", item="category")
    top = z[z["category"] == "distancing"].sort_values("z", ascending=False)
    assert top["speaker"].iloc[0] == KEN


def test_empty_quotes_give_empty_tables():
    counts = verb_counts(vt.quotes().iloc[:0], by=["speaker"], item="category")
    assert list(counts.columns) == ["speaker", "category", "count", "share"] and counts.empty
    assert log_odds_dirichlet(counts, group="speaker", item="category").empty
    assert adjusted_residuals(counts, group="speaker", item="category").empty
