"""Tests of analysis.aggregates: units, group columns, count tables, top N, periods."""

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import voice_tables as vt
from analysis.aggregates import (
    OTHER, UNATTRIBUTED, UTTERANCE_COLUMNS, add_period, attach_groups, count_table, drop_nested,
    quote_units, quotes_behind, top_n, utterances, voice_quotes,
)
from analysis.errors import AnalysisError, SchemaError


def test_utterances_merge_parts_sharing_an_utterance_id():
    merged = utterances(vt.quotes())
    assert list(merged.columns) == list(UTTERANCE_COLUMNS)
    assert len(merged) == 10  # 11 records, g2-q1 and g2-q2 are one utterance
    row = merged[merged["utterance_id"] == "g2-u1"].iloc[0]
    assert (row["quote_id"], row["start"], row["end"], row["parts"], row["words"]) == (
        "g2-q1", 36, 85, 2, 9)
    assert row["text"] == "We will act, There is no place for it."
    # a null utterance_id is an utterance of its own
    assert merged[merged["quote_id"] == "g1-q3"]["parts"].tolist() == [1]


def test_voice_quotes_drop_scare_quotes_and_label_unattributed():
    table = voice_quotes(vt.quotes())
    assert "scare" not in set(table["kind"])
    assert len(table) == 10
    assert table.loc[table["quote_id"] == "s1-q2", "speaker"].tolist() == [UNATTRIBUTED]
    assert table["words"].sum() == 35


def test_quote_units_rejects_unknown_unit_and_kind():
    with pytest.raises(AnalysisError, match="invalid unit 'sentences'; valid values: 'quotes'"):
        quote_units(vt.quotes(), unit="sentences")
    with pytest.raises(AnalysisError, match="invalid kind 'mixed'"):
        quote_units(vt.quotes(), kinds=["mixed"])


def test_missing_quote_column_is_named():
    with pytest.raises(SchemaError, match="quotes table is missing column[(]s[)] cue_lemma"):
        voice_quotes(vt.quotes().drop(columns="cue_lemma"))


def test_attach_groups_joins_documents_and_people():
    table = attach_groups(voice_quotes(vt.quotes()), by=["outlet", "gender", "role"],
                          documents=vt.documents(), people=vt.people())
    pick = table.set_index("quote_id").loc[["g1-q0", "s1-q0", "s1-q2", "g2-q3"],
                                           ["outlet", "gender", "role"]]
    assert pick.values.tolist() == [
        ["Guardian", "he", "former London Mayor"],
        ["Sun", "he", "(none)"],
        ["Sun", UNATTRIBUTED, UNATTRIBUTED],
        ["Guardian", "she", "MP"],
    ]


def test_attach_groups_names_a_column_no_table_has():
    with pytest.raises(SchemaError, match="documents table is missing column[(]s[)] section"):
        attach_groups(voice_quotes(vt.quotes()), by=["section"], documents=vt.documents())
    with pytest.raises(SchemaError, match="quotes table is missing column[(]s[)] outlet"):
        attach_groups(voice_quotes(vt.quotes()), by=["outlet"])


def test_count_table_sorts_on_full_key():
    table = pd.DataFrame({"g": ["x", "y", "x", "x", "y"], "item": ["b", "a", "a", "b", "c"]})
    expected = pd.DataFrame({
        "g": ["x", "x", "y", "y"], "item": ["b", "a", "a", "c"], "count": [2, 1, 1, 1],
        "share": [2 / 3, 1 / 3, 0.5, 0.5],
    })
    assert_frame_equal(count_table(table, item="item", by=["g"]), expected)


def test_count_table_of_nothing_has_the_columns():
    empty = count_table(pd.DataFrame({"g": [], "item": []}), item="item", by=["g"])
    assert list(empty.columns) == ["g", "item", "count", "share"] and empty.empty


def test_top_n_sums_the_rest_so_shares_add_to_one():
    counts = pd.DataFrame({
        "g": ["x", "x", "x", "y"], "speaker": ["A", "B", "C", "D"], "count": [5, 3, 2, 1],
        "share": [0.5, 0.3, 0.2, 1.0],
    })
    expected = pd.DataFrame({
        "g": ["x", "x", "y"], "speaker": ["A", OTHER, "D"], "count": [5, 5, 1],
        "share": [0.5, 0.5, 1.0],
    })
    assert_frame_equal(top_n(counts, n=1, by=["g"]), expected)
    assert_frame_equal(top_n(counts, n=3, by=["g"]), counts)
    with pytest.raises(AnalysisError, match="invalid n 0"):
        top_n(counts, n=0)


def test_add_period_buckets_dates():
    docs = add_period(vt.documents(), period="month")
    assert docs["period"].tolist() == ["2016-04", "2016-05", "2016-04", "2016-05"]
    assert add_period(vt.documents(), period="year")["period"].tolist() == ["2016"] * 4
    with pytest.raises(AnalysisError, match="invalid period 'fortnight'"):
        add_period(vt.documents(), period="fortnight")


def with_nested_partials():
    quotes = vt.quotes()
    inner = quotes[quotes["quote_id"] == "g1-q2"].assign(
        quote_id="g1-q4", utterance_id="g1-u4", kind="partial", start=107, end=112, text="party")
    other = inner.assign(quote_id="g1-q5", utterance_id="g1-u5", speaker=vt.NAZ)
    return pd.concat([quotes, inner, other], ignore_index=True)


def test_nested_quote_of_the_same_speaker_counts_once():
    quotes = with_nested_partials()
    kept = voice_quotes(quotes)
    assert "g1-q4" not in set(kept["quote_id"]) and "g1-q5" in set(kept["quote_id"])
    assert len(kept) == 11 and kept["words"].sum() == 36
    assert len(voice_quotes(quotes, nested="keep")) == 12
    with pytest.raises(AnalysisError, match="invalid nested 'merge'"):
        voice_quotes(quotes, nested="merge")


def test_drop_nested_keeps_the_first_of_equal_spans():
    quotes = pd.DataFrame({"doc_id": ["d", "d", "e"], "speaker": [None, None, None],
                           "start": [5, 5, 5], "end": [9, 9, 9]})
    assert drop_nested(quotes).index.tolist() == [0, 2]


def test_quotes_behind_a_cell():
    got = quotes_behind(vt.quotes(), where={"outlet": "Sun", "cue_category": "distancing"},
                        documents=vt.documents())
    assert got["quote_id"].tolist() == ["s1-q0", "s1-q1"]
    assert got["text"].tolist() == ["Hitler supported Zionism", "It is NOT about anti-Semitism!"]
    unattributed = quotes_behind(vt.quotes(), where={"speaker": UNATTRIBUTED})
    assert unattributed["quote_id"].tolist() == ["s1-q2"]
    by_gender = quotes_behind(vt.quotes(), where={"gender": ["she"]}, people=vt.people())
    assert by_gender["quote_id"].tolist() == ["g2-q3"]


def test_link_speakers_across_documents_keeps_nulls_and_ambiguous_surnames():
    from analysis.aggregates import link_speakers

    people = pd.DataFrame({"doc_id": ["a", "b", "c", "d"],
                           "person": ["Sanders", "Bernie Sanders", None, "Smith"]})
    linked = link_speakers(people, column="person")
    assert linked["person"].tolist()[:2] == ["Bernie Sanders", "Bernie Sanders"]
    assert pd.isna(linked["person"].iloc[2]) and linked["person"].iloc[3] == "Smith"
    assert people["person"].iloc[0] == "Sanders"  # the input is not changed
