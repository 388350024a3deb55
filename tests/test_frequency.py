"""Tests of analysis.frequency on the literal two-outlet corpus of tests/voice_tables.py."""

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import voice_tables as vt
from analysis.aggregates import UNATTRIBUTED
from analysis.frequency import (
    ALL_KINDS, QUOTE_FREQUENCY_COLUMNS, REPEATED_COLUMNS, direct_indirect_ratio, document_words,
    frequent_quotes, longest_quotes, normalise_quote, quote_frequency, quote_rates,
    repeated_quotes,
)

KEN, JEREMY, NAZ = vt.KEN, vt.JEREMY, vt.NAZ
KINDS = ["direct", "partial", "indirect", "scare"]


def test_document_words():
    expected = pd.DataFrame({"doc_id": ["g1", "g2", "s1", "s2"], "words": [26, 22, 19, 4]})
    assert_frame_equal(document_words(vt.documents()), expected)


def test_quote_rates_give_every_document_every_kind():
    got = quote_rates(vt.quotes(), vt.documents())
    assert len(got) == 16
    s2 = got[got["doc_id"] == "s2"]
    assert s2["count"].tolist() == [0, 0, 0, 0] and s2["share"].isna().all()
    assert s2["per_1k"].tolist() == [0.0] * 4
    g1 = got[got["doc_id"] == "g1"]
    assert g1["kind"].tolist() == KINDS
    assert g1["count"].tolist() == [1, 1, 1, 1]
    assert g1["per_1k"].tolist() == pytest.approx([1000 / 26] * 4)


def test_quote_frequency_per_outlet():
    got = quote_frequency(vt.quotes(), vt.documents(), by=["outlet"])
    expected = pd.DataFrame({
        "outlet": ["Guardian"] * 5 + ["Sun"] * 5,
        "kind": [ALL_KINDS, *KINDS] * 2,
        "count": [8, 3, 1, 3, 1, 3, 2, 0, 1, 0],
        "share": [1, 3 / 8, 1 / 8, 3 / 8, 1 / 8, 1, 2 / 3, 0, 1 / 3, 0],
        "documents": [2] * 10,
        "words": [48] * 5 + [23] * 5,
        "per_document": [4, 1.5, 0.5, 1.5, 0.5, 1.5, 1, 0, 0.5, 0],
        "per_1k": [c / w * 1000 for c, w in zip([8, 3, 1, 3, 1, 3, 2, 0, 1, 0],
                                                [48] * 5 + [23] * 5)],
    })
    assert_frame_equal(got, expected)


def test_quote_frequency_in_utterances_counts_a_split_quote_once():
    got = quote_frequency(vt.quotes(), vt.documents(), unit="utterances")
    assert got[["kind", "count"]].values.tolist() == [
        [ALL_KINDS, 10], ["direct", 4], ["partial", 1], ["indirect", 4], ["scare", 1]]


def test_quote_frequency_of_an_empty_corpus_has_the_columns():
    got = quote_frequency(vt.quotes().iloc[:0], vt.documents().iloc[:0], by=["outlet"])
    assert list(got.columns) == ["outlet", *QUOTE_FREQUENCY_COLUMNS] and got.empty


def test_direct_indirect_ratio():
    expected = pd.DataFrame({
        "speaker": [JEREMY, KEN, UNATTRIBUTED, NAZ], "direct": [2, 2, 1, 0],
        "indirect": [2, 1, 0, 1], "ratio": [1.0, 2.0, np.inf, 0.0],
        "direct_share": [0.5, 2 / 3, 1.0, 0.0],
    })
    assert_frame_equal(direct_indirect_ratio(vt.quotes()), expected)


@pytest.mark.parametrize("text, expected", [
    ("“It’s over,”  he said.", "it's over he said"),
    ('"It\'s OVER!"', "it's over"),
    ("« Non » , dit-il", "non dit-il"),
    ("", ""),
])
def test_normalise_quote(text, expected):
    assert normalise_quote(text) == expected


def test_repeated_quotes_across_documents():
    expected = pd.DataFrame({
        "normalised": ["it is not about anti-semitism"], "count": [2], "documents": [2],
        "words": [5], "doc_ids": ["g1; s1"], "speakers": [KEN], "kinds": ["direct"],
        "text": ["It is not about anti-Semitism,"],
    })
    assert_frame_equal(repeated_quotes(vt.quotes()), expected)


def test_repeated_quotes_none_repeated_is_empty():
    quotes = vt.quotes()
    got = repeated_quotes(quotes[quotes["doc_id"] == "g1"])
    assert list(got.columns) == list(REPEATED_COLUMNS) and got.empty


def test_frequent_quotes():
    got = frequent_quotes(vt.quotes(), n=2)
    assert got["normalised"].tolist() == [
        "it is not about anti-semitism", "there is no place for it"]
    assert got["count"].tolist() == [2, 1]
    scare = frequent_quotes(vt.quotes(), kinds=["scare"])
    assert scare["normalised"].tolist() == ["nazi apologist"]


def test_longest_quotes():
    got = longest_quotes(vt.quotes(), n=3)
    assert got[["quote_id", "words"]].values.tolist() == [["g2-q2", 6], ["g1-q0", 5], ["s1-q1", 5]]
    whole = longest_quotes(vt.quotes(), n=1, unit="utterances")
    assert whole[["utterance_id", "words"]].values.tolist() == [["g2-u1", 9]]


def test_a_pipeline_documents_table_without_text_gives_the_same_rates():
    docs = vt.documents()
    sized = docs.drop(columns="text").assign(n_chars=docs["text"].str.len(),
                                             n_words=[26, 22, 19, 4])
    assert_frame_equal(quote_frequency(vt.quotes(), sized, by=["outlet"]),
                       quote_frequency(vt.quotes(), docs, by=["outlet"]))
