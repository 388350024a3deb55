"""Tests of analysis.voices on the literal two-outlet corpus of tests/voice_tables.py."""

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import voice_tables as vt
from analysis.aggregates import UNATTRIBUTED
from analysis.errors import AnalysisError
from analysis.voices import (
    MENTION_COLUMNS, SPEAKER_PROFILE_COLUMNS, mentioned_vs_quoted, share_of_voice, speaker_kinds,
    speaker_profile, voice_gap,
)

KEN, JEREMY, NAZ, JOHN = vt.KEN, vt.JEREMY, vt.NAZ, vt.JOHN


def frame(**columns):
    return pd.DataFrame(columns)


def test_share_of_voice_by_quotes():
    expected = frame(speaker=[JEREMY, KEN, UNATTRIBUTED, NAZ], count=[4, 4, 1, 1],
                     share=[0.4, 0.4, 0.1, 0.1])
    assert_frame_equal(share_of_voice(vt.quotes()), expected)


def test_share_of_voice_by_words():
    expected = frame(speaker=[JEREMY, KEN, NAZ, UNATTRIBUTED], count=[16, 15, 3, 1],
                     share=[16 / 35, 15 / 35, 3 / 35, 1 / 35])
    assert_frame_equal(share_of_voice(vt.quotes(), measure="words"), expected)


def test_share_of_voice_per_outlet_adds_up_in_each_outlet():
    expected = frame(outlet=["Guardian"] * 3 + ["Sun"] * 2,
                     speaker=[JEREMY, KEN, NAZ, KEN, UNATTRIBUTED], count=[4, 2, 1, 2, 1],
                     share=[4 / 7, 2 / 7, 1 / 7, 2 / 3, 1 / 3])
    assert_frame_equal(share_of_voice(vt.quotes(), documents=vt.documents(), by=["outlet"]),
                       expected)


def test_share_of_voice_in_utterances_and_without_unattributed():
    got = share_of_voice(vt.quotes(), unit="utterances", unattributed="drop")
    expected = frame(speaker=[KEN, JEREMY, NAZ], count=[4, 3, 1], share=[0.5, 0.375, 0.125])
    assert_frame_equal(got, expected)


def test_share_of_voice_by_gender_and_role():
    by_gender = share_of_voice(vt.quotes(), people=vt.people(), item="gender")
    assert_frame_equal(by_gender, frame(gender=["he", UNATTRIBUTED, "she"], count=[8, 1, 1],
                                        share=[0.8, 0.1, 0.1]))
    by_role = share_of_voice(vt.quotes(), people=vt.people(), item="role")
    assert by_role["role"].tolist() == [
        "Labour leader", "(none)", "former London Mayor", UNATTRIBUTED, "MP"]
    assert by_role["count"].tolist() == [4, 2, 2, 1, 1]


def test_share_of_voice_rejects_unknown_measure():
    with pytest.raises(AnalysisError, match="invalid measure 'characters'"):
        share_of_voice(vt.quotes(), measure="characters")


def test_share_of_voice_for_an_absent_group_is_empty():
    quotes = vt.quotes()
    got = share_of_voice(quotes[quotes["kind"] == "scare"], documents=vt.documents(),
                         by=["outlet"])
    assert list(got.columns) == ["outlet", "speaker", "count", "share"] and got.empty


def test_speaker_kinds_per_outlet():
    got = speaker_kinds(vt.quotes(), documents=vt.documents(), by=["outlet"])
    expected = frame(
        outlet=["Guardian"] * 9 + ["Sun"] * 6,
        speaker=[JEREMY] * 3 + [KEN] * 3 + [NAZ] * 3 + [UNATTRIBUTED] * 3 + [KEN] * 3,
        kind=["direct", "partial", "indirect"] * 5,
        count=[2, 0, 2, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1],
        share=[0.5, 0, 0.5, 0.5, 0.5, 0, 0, 0, 1, 1, 0, 0, 0.5, 0, 0.5],
    )
    assert_frame_equal(got, expected)


def test_speaker_profile():
    got = speaker_profile(vt.quotes(), documents=vt.documents(), people=vt.people())
    expected = frame(
        speaker=[JEREMY, KEN, NAZ, UNATTRIBUTED],
        count=[4, 4, 1, 1], direct=[2, 2, 0, 1], partial=[0, 1, 0, 0], indirect=[2, 1, 1, 0],
        words=[16, 15, 3, 1], documents=[2, 2, 1, 1], share=[0.4, 0.4, 0.1, 0.1],
        share_words=[16 / 35, 15 / 35, 3 / 35, 1 / 35],
        first_paragraph=[1.0, 0.0, 2.0, 2.0],
        first_position=[(103 / 166 + 0 / 116) / 2, (1 / 166 + 20 / 146) / 2, 102 / 116, 95 / 146],
        gender=["he", "he", "she", UNATTRIBUTED],
        role=["Labour leader", "former London Mayor", "MP", UNATTRIBUTED],
    )
    assert_frame_equal(got, expected)


def test_speaker_profile_without_documents_or_people_leaves_those_columns_null():
    got = speaker_profile(vt.quotes())
    assert got["first_position"].isna().all()
    assert got["gender"].isna().all() and got["role"].isna().all()
    assert got["first_paragraph"].tolist() == [1.0, 0.0, 2.0, 2.0]


def test_speaker_profile_of_no_quotes_has_the_columns():
    got = speaker_profile(vt.quotes().iloc[:0], by=["outlet"], documents=vt.documents())
    assert list(got.columns) == ["outlet", *SPEAKER_PROFILE_COLUMNS] and got.empty


def test_mentioned_vs_quoted_lists_people_never_quoted():
    got = mentioned_vs_quoted(vt.people(), vt.quotes())
    expected = frame(
        person=[KEN, JEREMY, JOHN, NAZ], gender=["he", "he", "he", "she"],
        role=["former London Mayor", "Labour leader", "MP", "MP"],
        mentions=[4, 3, 1, 1], documents=[2, 2, 1, 1], quoted_documents=[2, 2, 0, 1],
        count=[4, 4, 0, 1], words=[15, 16, 0, 3], quoted=[True, True, False, True],
    )
    assert_frame_equal(got, expected)
    assert got.query("not quoted")["person"].tolist() == [JOHN]


def test_mentioned_vs_quoted_per_outlet():
    got = mentioned_vs_quoted(vt.people(), vt.quotes(), documents=vt.documents(), by=["outlet"])
    assert list(got.columns) == ["outlet", *MENTION_COLUMNS]
    assert got[["outlet", "person", "count"]].values.tolist() == [
        ["Guardian", JEREMY, 4], ["Guardian", KEN, 2], ["Guardian", NAZ, 1],
        ["Sun", KEN, 2], ["Sun", JOHN, 0],
    ]


def test_voice_gap_by_gender():
    expected = frame(gender=["he", "she"], mentioned=[5, 1], quoted=[4, 1],
                     share_mentioned=[5 / 6, 1 / 6], share_quoted=[0.8, 0.2],
                     quoted_rate=[0.8, 1.0])
    assert_frame_equal(voice_gap(vt.people(), vt.quotes()), expected)


def test_voice_gap_of_no_people_is_empty():
    got = voice_gap(vt.people().iloc[:0], vt.quotes())
    assert got.empty and list(got.columns)[0] == "gender"


def test_one_article():
    quotes = vt.quotes()
    got = share_of_voice(quotes[quotes["doc_id"] == "g2"], documents=vt.documents(),
                         by=["outlet"])
    assert_frame_equal(got, frame(outlet=["Guardian", "Guardian"], speaker=[JEREMY, NAZ],
                                  count=[3, 1], share=[0.75, 0.25]))


def test_speaker_profile_from_a_pipeline_documents_table():
    docs = vt.documents()
    sized = docs.drop(columns="text").assign(n_chars=docs["text"].str.len(),
                                             n_words=[26, 22, 19, 4])
    assert_frame_equal(speaker_profile(vt.quotes(), documents=sized),
                       speaker_profile(vt.quotes(), documents=docs))


def test_documents_without_a_group_value_form_their_own_group():
    docs = vt.documents()
    docs.loc[docs["doc_id"] == "g2", "outlet"] = None
    kinds = speaker_kinds(vt.quotes(), documents=docs, by=["outlet"])
    missing = kinds[kinds["outlet"].isna()]
    assert missing[["speaker", "kind", "count"]].values.tolist() == [
        [JEREMY, "direct", 2], [JEREMY, "partial", 0], [JEREMY, "indirect", 1],
        [NAZ, "direct", 0], [NAZ, "partial", 0], [NAZ, "indirect", 1]]
    profile = speaker_profile(vt.quotes(), documents=docs, by=["outlet"])
    assert profile[["speaker", "direct", "indirect"]].tail(2).values.tolist() == [
        [JEREMY, 2, 1], [NAZ, 0, 1]]
