"""The command line: help lists the commands, each works end to end, errors are one line."""

import json
import subprocess
import sys

import pandas as pd

from analysis.cli import main
from tests.conftest import ROOT, SEEDS


def test_help_lists_the_commands():
    result = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True,
                            text=True, cwd=ROOT, check=True)
    for command in ("overview", "report"):
        assert command in result.stdout


def test_overview_writes_csv_and_parquet(tmp_path):
    for name in ("o.csv", "o.parquet"):
        assert main(["overview", str(SEEDS), "-o", str(tmp_path / name)]) == 0
    csv = pd.read_csv(tmp_path / "o.csv")
    parquet = pd.read_parquet(tmp_path / "o.parquet")
    assert csv.values.tolist() == [["000_420b308c2bca1785", 5548, 22, 38, 919, 1068]]
    assert parquet.values.tolist() == csv.values.tolist()


def test_input_errors_are_one_line_with_status_2(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe broken")
    assert main(["overview", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "bad.txt: bytes that are not UTF-8 at byte offset 0" in err
    assert "Traceback" not in err


def test_unknown_output_ending(tmp_path, capsys):
    assert main(["overview", str(SEEDS), "-o", str(tmp_path / "o.xlsx")]) == 2
    assert "cannot tell the output format" in capsys.readouterr().err


def test_skipped_inputs_are_named_and_set_the_exit_status(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\x00")
    assert main(["overview", str(tmp_path), "--on-error", "skip"]) == 1
    captured = capsys.readouterr()
    assert "good" in captured.out and "bin" not in captured.out
    assert f"1 input(s) skipped and not analysed: {tmp_path / 'bin.txt'}" in captured.err


def test_evaluate_scores_predictions_against_gold(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    text = '"We will win," Smith said. Jones said the vote was close.'
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {"start": 1, "end": 12, "text": "We will win", "kind": "direct", "speaker": "Smith"},
        {"start": 38, "end": 56, "text": "the vote was close", "kind": "indirect",
         "speaker": "Jones"}]}) + "\n", encoding="utf-8")
    pred.write_text(json.dumps({"id": "a", "quotes": [
        {"start": 1, "end": 12, "text": "We will win", "kind": "direct", "speaker": "Ann Smith",
         "speaker_mention": "Smith", "cue": "said", "cue_lemma": "say", "rule": "r"},
        {"start": 0, "end": 5, "text": '"We w', "kind": "scare", "speaker": None,
         "speaker_mention": None, "cue": None, "cue_lemma": None, "rule": "s"}]}) + "\n",
        encoding="utf-8")
    assert main(["evaluate", str(gold), "--pred", str(pred)]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000  recall 0.500  F1 0.667" in out
    assert "speaker accuracy 1.000  (1/1" in out


def test_evaluate_credit_mention_option(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    text = '"We will win," the group said.'
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {"start": 1, "end": 12, "text": "We will win", "kind": "direct",
         "speaker": "the group"}]}) + "\n", encoding="utf-8")
    pred.write_text(json.dumps({"id": "a", "quotes": [
        {"start": 1, "end": 12, "text": "We will win", "kind": "direct",
         "speaker": "Golf Foundation", "speaker_mention": "the group"}]}) + "\n",
        encoding="utf-8")
    assert main(["evaluate", str(gold), "--pred", str(pred)]) == 0
    assert "speaker accuracy 0.000  (0/1" in capsys.readouterr().out
    assert main(["evaluate", str(gold), "--pred", str(pred), "--credit-mention"]) == 0
    assert "speaker accuracy 1.000  (1/1" in capsys.readouterr().out


def test_quotes_jsonl_has_one_line_per_document_in_input_order(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "z", "text": '"We will win," Ann Smith said.', "extra": 1},
            {"id": "a", "text": "Nothing quoted here."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "q.jsonl"
    assert main(["quotes", str(corpus), "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["z", "a"]
    assert lines[1]["quotes"] == []
    quote = lines[0]["quotes"][0]
    assert (quote["start"], quote["end"], quote["text"], quote["kind"]) == (
        1, 13, "We will win,", "direct")  # everything inside the marks
    assert quote["speaker"] == "Ann Smith" and quote["cue_lemma"] == "say"
    assert set(quote) == {"start", "end", "text", "kind", "speaker", "speaker_mention", "cue",
                          "cue_lemma", "rule"}


def test_quotes_table_outputs_agree_across_engines(tmp_path):
    serial, pool = tmp_path / "s.csv", tmp_path / "p.parquet"
    assert main(["quotes", str(SEEDS), "-o", str(serial)]) == 0
    assert main(["quotes", str(SEEDS), "-o", str(pool), "--engine", "processes",
                 "--workers", "2"]) == 0
    first, second = pd.read_csv(serial), pd.read_parquet(pool)
    assert len(first) == len(second) > 10
    assert first["text"].tolist() == second["text"].tolist()


def test_run_writes_partitions_and_a_status_for_every_document(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text('"Yes," she said.', encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\xff\x00")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out), "--on-error", "skip"]) == 1
    status = pd.read_csv(out / "status.csv")
    assert status["status"].tolist().count("ok") == 1 and len(status) == 2
    assert sorted(p.name for p in out.iterdir()) == ["documents", "frame_hits", "people",
                                                     "quotes", "status", "status.csv"]
    assert "1 of 2 documents analysed" in capsys.readouterr().err
