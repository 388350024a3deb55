"""Tests of the evaluation against gold (analysis/evaluate.py)."""

from __future__ import annotations

import json
from collections import namedtuple

import pandas as pd
import pytest

from analysis import evaluate as ev
from analysis.errors import AnalysisError, SchemaError

TEXT = (
    '"We will win," Smith said. Jones claimed the plan had failed. '
    'Critics called it a "disaster" and asked for more.'
)
# Offsets in TEXT: the direct quote 1-13, Smith 15-20, the indirect content 41-60,
# disaster 83-91.


def q(start, end, kind="direct", speaker=None, **extra):
    return {"start": start, "end": end, "kind": kind, "speaker": speaker, **extra}


def doc(doc_id, quotes, text=TEXT):
    return {"id": doc_id, "text": text, "quotes": quotes}


# ---------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ((0, 10), (0, 10), True),
        ((0, 10), (5, 10), True),     # overlap 5 = exactly half of the longer (10)
        ((0, 10), (6, 10), False),    # overlap 4 < 5
        ((0, 10), (5, 15), True),     # overlap 5 of 10
        ((0, 10), (6, 16), False),
        ((0, 10), (0, 21), False),    # overlap 10 < half of 21
        ((0, 10), (0, 20), True),     # overlap 10 = half of 20
        ((0, 10), (10, 20), False),   # touching, no overlap
        ((3, 3), (3, 3), False),      # empty spans never match
    ],
)
def test_spans_match_threshold(gold, pred, expected):
    g = {"start": gold[0], "end": gold[1]}
    p = {"start": pred[0], "end": pred[1]}
    assert ev.spans_match(g, p) is expected
    assert ev.spans_match(p, g) is expected


def test_match_one_to_one_largest_overlap_first():
    gold = [q(0, 10), q(8, 20)]
    pred = [q(0, 20)]  # overlaps gold 0 by 10 and gold 1 by 12: half of 20 is 10
    assert ev.match_quotes(gold, pred) == [(1, 0)]


def test_match_two_predictions_one_gold():
    gold = [q(0, 10)]
    pred = [q(1, 9), q(0, 10)]
    assert ev.match_quotes(gold, pred) == [(0, 1)]


def test_match_tie_breaks_on_index():
    gold = [q(0, 10), q(0, 10)]
    pred = [q(0, 10), q(0, 10)]
    assert ev.match_quotes(gold, pred) == [(0, 0), (1, 1)]


def test_match_greedy_is_deterministic_on_equal_overlaps():
    gold = [q(0, 10), q(5, 15)]
    pred = [q(5, 10)]  # overlap 5 with both; half of 10 each; gold 0 wins the tie
    assert ev.match_quotes(gold, pred) == [(0, 0)]


def test_match_empty():
    assert ev.match_quotes([], [q(0, 5)]) == []
    assert ev.match_quotes([q(0, 5)], []) == []


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([(0, 30), (5, 9), (40, 50)], [0, 2]),
        ([(5, 9), (0, 30)], [1]),
        ([(0, 10), (0, 10)], [0]),      # identical spans: the first is kept
        ([(0, 10), (5, 15)], [0, 1]),   # overlapping but not nested
        ([(0, 10), (0, 9), (1, 10)], [0]),
    ],
)
def test_drop_nested_quotes(spans, kept):
    assert ev.drop_nested_quotes([q(a, b) for a, b in spans]) == kept


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Ken Livingstone", "Ken Livingstone", True),
        ("Ken Livingstone", "Livingstone", True),
        ("Ken Livingstone", "ken livingstone", True),
        ("Mr. Livingstone", "Ken Livingstone", True),
        ("Sen. Bernie Sanders", "Sanders", True),
        ("President Obama", "Barack Obama", True),
        ("Dr Jill Stein", "Stein's campaign", True),
        ("Martin O’Malley", "Martin O'Malley", True),
        ("O’Malley’s campaign", "the O'Malley campaign", True),
        ("Martin Luther King Jr.", "King", True),
        ("Hillary Clinton's", "Hillary Clinton", True),
        ("the president", "President Obama", True),
        ("Ken Livingstone", "Ken", False),
        ("Ken Livingstone", "Livingston", False),
        ("Hillary Clinton", "Bill Clintons", False),
        ("Ken Livingstone", None, False),
        ("Ken Livingstone", "", False),
        (None, "Livingstone", False),
    ],
)
def test_speaker_correct(gold, pred, expected):
    assert ev.speaker_correct(gold, pred) is expected


# ---------------------------------------------------------------- evaluate


def test_evaluate_exact_scores():
    gold = [doc("a", [q(1, 13, "direct", "John Smith"), q(41, 60, "indirect", "Jones"),
                      q(83, 91, "mixed", None)]),
            doc("b", [q(0, 10, "direct", "Ann Lee")])]
    predicted = {
        "a": [q(1, 13, "direct", "Smith", rule="quote-said"),       # match, speaker right
              q(42, 60, "indirect", "Smith", rule="claim-that"),    # match, speaker wrong
              q(100, 110, "direct", "Jones", rule="quote-said")],   # spurious
        "b": [],
        "zzz": [q(0, 5)],                                            # not in gold: ignored
    }
    result = ev.evaluate(gold, predicted)
    assert (result.gold, result.predicted, result.matched) == (4, 3, 2)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 4)
    assert result.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert (result.speaker_scored, result.speaker_correct) == (2, 1)
    assert result.speaker_accuracy == pytest.approx(0.5)
    expected_kinds = pd.DataFrame({
        "kind": ["direct", "indirect", "mixed"], "gold": [2, 1, 1], "matched": [1, 1, 0],
        "recall": [0.5, 1.0, 0.0],
    })
    pd.testing.assert_frame_equal(result.by_kind, expected_kinds)
    expected_rules = pd.DataFrame({
        "rule": ["claim-that", "quote-said"], "predicted": [1, 2], "matched": [1, 1],
        "precision": [1.0, 0.5],
    })
    pd.testing.assert_frame_equal(result.by_rule, expected_rules)
    docs = result.documents
    assert tuple(docs.columns) == ev.DOCUMENT_SCORE_COLUMNS
    assert docs["doc_id"].tolist() == ["a", "b"]
    assert docs[["gold", "predicted", "matched"]].values.tolist() == [[3, 3, 2], [1, 0, 0]]
    assert docs["precision"].tolist() == pytest.approx([2 / 3, 0.0])
    assert docs[["speaker_scored", "speaker_correct"]].values.tolist() == [[2, 1], [0, 0]]
    details = result.details
    assert tuple(details.columns) == ev.DETAIL_COLUMNS
    assert details["status"].tolist() == ["matched", "matched", "missed", "spurious", "missed"]
    assert details["speaker_ok"].tolist()[:2] == [True, False]


def test_evaluate_ignores_scare_and_nested_predictions():
    gold = [doc("a", [q(0, 40, "direct", "Smith")])]
    predicted = {"a": [q(0, 40, "direct", "Smith"),
                       q(10, 20, "partial", "Smith"),   # nested: dropped
                       q(50, 60, "scare")]}             # scare: dropped
    result = ev.evaluate(gold, predicted)
    assert (result.gold, result.predicted, result.matched) == (1, 1, 1)
    assert result.precision == 1.0
    kept = ev.evaluate(gold, predicted, ignore_kinds=(), drop_nested=False)
    assert (kept.gold, kept.predicted, kept.matched) == (1, 3, 1)
    assert kept.precision == pytest.approx(1 / 3)


def test_evaluate_scare_quotes_dropped_before_nesting():
    # a scare quote around a direct one must not remove the direct one
    gold = [doc("a", [q(10, 20, "direct")])]
    predicted = {"a": [q(0, 40, "scare"), q(10, 20, "direct")]}
    assert ev.evaluate(gold, predicted).matched == 1


def test_evaluate_ignore_kinds_applies_to_gold():
    gold = [doc("a", [q(0, 10, "direct"), q(20, 30, "scare")])]
    result = ev.evaluate(gold, {"a": [q(0, 10, "direct")]})
    assert (result.gold, result.recall) == (1, 1.0)


def test_evaluate_ignore_kinds_single_string_is_one_kind():
    gold = [doc("a", [q(0, 10, "direct"), q(20, 30, "indirect")])]
    predicted = {"a": [q(0, 10, "direct"), q(20, 30, "indirect")]}
    # "indirect" must not be read as the characters i, n, d, ... ("direct" is a substring)
    result = ev.evaluate(gold, predicted, ignore_kinds="indirect")
    assert (result.gold, result.predicted, result.matched) == (1, 1, 1)


def test_evaluate_speaker_field_and_fallbacks():
    gold = [doc("a", [q(0, 10, "direct", "he", speaker_head=None),        # not scored
                      q(20, 30, "direct", "the senator", speaker_head="Warren"),
                      q(40, 50, "direct", "Ann Lee")])]                    # no head: speaker
    predicted = {"a": [q(0, 10, "direct", "Smith"),
                       q(20, 30, "direct", None, speaker_mention="Elizabeth Warren"),
                       q(40, 50, "direct", "Lee")]}
    result = ev.evaluate(gold, predicted)
    assert (result.speaker_scored, result.speaker_correct) == (2, 2)
    by_speaker = ev.evaluate(gold, predicted, speaker_field="speaker")
    assert (by_speaker.speaker_scored, by_speaker.speaker_correct) == (3, 1)


def test_evaluate_credit_mention_scores_the_speaker_as_written_too():
    gold = [doc("a", [q(0, 10, "direct", "the group"), q(20, 30, "direct", "Ann Lee"),
                      q(40, 50, "direct", "the senator")])]
    predicted = {"a": [q(0, 10, "direct", "National Golf Foundation", speaker_mention="the group"),
                       q(20, 30, "direct", "Ann Lee", speaker_mention="she"),
                       q(40, 50, "direct", "Jo Li", speaker_mention="Kim Park")]}
    resolved = ev.evaluate(gold, predicted, speaker_field="speaker")
    assert (resolved.speaker_scored, resolved.speaker_correct) == (3, 1)
    either = ev.evaluate(gold, predicted, speaker_field="speaker", credit_mention=True)
    assert (either.speaker_scored, either.speaker_correct) == (3, 2)
    assert either.details["speaker_ok"].tolist() == [True, True, False]


def test_evaluate_no_predictions():
    result = ev.evaluate([doc("a", [q(0, 10)])], {})
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)
    assert result.speaker_accuracy == 0.0
    assert result.by_rule.empty and tuple(result.by_rule.columns) == ev.RULE_COLUMNS


def test_format_evaluation():
    gold = [doc("a", [q(1, 13, "direct", "Smith"), q(41, 60, "indirect", "Jones")])]
    result = ev.evaluate(gold, {"a": [q(1, 13, "direct", "Smith", rule="quote-said")]})
    text = ev.format_evaluation(result)
    assert text.splitlines() == [
        "quotes: 1 documents",
        "precision 1.000  recall 0.500  F1 0.667  (matched 1, gold 2, predicted 1)",
        "recall by gold kind:",
        "  direct       1.000  (1/1)",
        "  indirect     0.000  (0/1)",
        "speaker accuracy 1.000  (1/1 matched quotes with a gold speaker)",
        "precision by rule:",
        "  quote-said               1.000  (1/1)",
    ]


# ---------------------------------------------------------------- loading


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold(tmp_path):
    line = json.dumps(doc("a", [q(1, 13, text="We will win,", speaker="Smith")]))
    path = write_lines(tmp_path / "gold.jsonl", [line, "", json.dumps(doc("b", []))])
    gold = ev.load_gold(path)
    assert [d["id"] for d in gold] == ["a", "b"]
    assert gold[0]["quotes"][0]["text"] == TEXT[1:13]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: invalid JSON"),
        (json.dumps({"id": "b", "text": "x"}), "line 2: document is missing key(s) quotes"),
        (json.dumps(doc("b", [{"start": 0}])),
         "line 2, quote 0: quote is missing key(s) end, kind"),
        (json.dumps(doc("b", [q("0", 5)])), "line 2, quote 0: start and end must be integers"),
        (json.dumps(doc("b", [q(5, 900)])), "line 2, quote 0: span (5, 900) is outside"),
        (json.dumps(doc("b", [q(0, 5, text="wrong")])), "quote text does not equal text[0:5]"),
        (json.dumps(doc("a", [])), "line 2: duplicate id 'a' (first on line 1)"),
        ("[1, 2]", "line 2: expected a JSON object"),
    ],
)
def test_load_gold_errors(tmp_path, line, message):
    path = write_lines(tmp_path / "gold.jsonl", [json.dumps(doc("a", [])), line])
    with pytest.raises(AnalysisError) as info:
        ev.load_gold(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_load_gold_missing_file(tmp_path):
    with pytest.raises(AnalysisError, match="cannot read"):
        ev.load_gold(tmp_path / "absent.jsonl")


def test_load_predictions_jsonl(tmp_path):
    lines = [json.dumps({"id": "a", "quotes": [q(1, 13, speaker="Smith", rule="r")]}),
             json.dumps({"id": "b", "quotes": []})]
    path = write_lines(tmp_path / "pred.jsonl", lines)
    assert ev.load_predictions(path) == {"a": [q(1, 13, speaker="Smith", rule="r")], "b": []}


def test_load_predictions_jsonl_error(tmp_path):
    path = write_lines(tmp_path / "pred.jsonl", [json.dumps({"id": "a"})])
    with pytest.raises(AnalysisError, match=r"line 1: expected an object with keys id, quotes"):
        ev.load_predictions(path)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_load_predictions_table(tmp_path, suffix):
    table = pd.DataFrame({
        "doc_id": ["a", "a", "b"], "quote_id": [0, 1, 0], "kind": ["direct", "scare", "direct"],
        "start": [1, 83, 0], "end": [13, 91, 5], "speaker": ["Smith", None, "Lee"],
        "rule": ["quote-said", "scare", "quote-said"],
    })
    path = tmp_path / f"quotes{suffix}"
    table.to_csv(path, index=False) if suffix == ".csv" else table.to_parquet(path)
    loaded = ev.load_predictions(path)
    assert sorted(loaded) == ["a", "b"]
    assert [(p["start"], p["end"], p["kind"], p["speaker"]) for p in loaded["a"]] == [
        (1, 13, "direct", "Smith"), (83, 91, "scare", None)]
    assert isinstance(loaded["a"][0]["start"], int)


def test_load_predictions_table_missing_column(tmp_path):
    path = tmp_path / "quotes.csv"
    pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [3]}).to_csv(path, index=False)
    with pytest.raises(SchemaError, match="missing column\\(s\\) kind, speaker"):
        ev.load_predictions(path)


def test_load_predictions_bad_format(tmp_path):
    with pytest.raises(AnalysisError, match="invalid prediction file suffix '.txt'"):
        ev.load_predictions(tmp_path / "quotes.txt")
    with pytest.raises(AnalysisError, match="invalid file_format 'xml'"):
        ev.load_predictions(tmp_path / "quotes.csv", file_format="xml")


# ---------------------------------------------------------------- predict


Record = namedtuple("Record", "start end text kind speaker rule")


def fake_extractor(text, *, doc_id=""):
    start = text.index('"') + 1
    end = text.index('"', start)
    return [Record(start, end, text[start:end], "direct", doc_id.upper(), "fake")]


def test_predict_with_extractor():
    gold = [doc("a", []), doc("b", [], text='x "hi" y')]
    predicted = ev.predict(gold, extractor=fake_extractor)
    assert predicted == {
        "a": [{"start": 1, "end": 13, "text": "We will win,", "kind": "direct",
               "speaker": "A", "rule": "fake"}],
        "b": [{"start": 3, "end": 5, "text": "hi", "kind": "direct", "speaker": "B",
               "rule": "fake"}],
    }


def test_evaluate_files(tmp_path):
    gold_path = write_lines(tmp_path / "gold.jsonl",
                            [json.dumps(doc("a", [q(1, 13, speaker="Smith")]))])
    pred_path = write_lines(tmp_path / "pred.jsonl",
                            [json.dumps({"id": "a", "quotes": [q(1, 12, speaker="J. Smith")]})])
    result = ev.evaluate_files(gold_path, pred_path)
    assert (result.matched, result.speaker_correct) == (1, 1)
