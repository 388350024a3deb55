"""Hostile corpora and hostile parameters: every input processed or named, nothing lost."""

import ast
import json

import pandas as pd
import pytest

from analysis import report
from analysis.cli import main
from analysis.errors import AnalysisError
from analysis.quotes import extract_document
from tests.conftest import SEEDS


@pytest.fixture
def hostile_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff\xfe")
    (corpus / "latin1.txt").write_bytes('He said, "Ça va."'.encode("latin-1"))
    (corpus / "bom.txt").write_bytes('\ufeff"Yes," she said.'.encode("utf-8"))
    (corpus / "crlf.txt").write_bytes(b'"One," he said.\r\n\r\n"Two," he added.\r\n')
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "nul.txt").write_bytes(b'Text with a \x00 NUL. "Quoted," Ann Lee said.')
    (corpus / "long_line.txt").write_text("word " * 400_000, encoding="utf-8")  # 2 MB, one line
    (corpus / "marks.txt").write_text('"' * 5001 + " “ ‘ « " * 2000, encoding="utf-8")
    return corpus


def test_every_hostile_file_is_processed_or_named(hostile_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    status_code = main(["run", str(hostile_corpus), "--out", str(out), "--on-error", "skip"])
    captured = capsys.readouterr()
    assert status_code == 1  # something was skipped
    assert "Traceback" not in captured.err
    assert f"skipped {hostile_corpus / 'binary.txt'}" in captured.err
    status = pd.read_csv(out / "status.csv", keep_default_na=False)
    assert len(status) == 8
    ok = sorted(status.loc[status["status"] == "ok", "doc_id"])
    assert ok == ["bom", "crlf", "empty", "long_line", "marks", "nul"]
    assert status.loc[status["status"] != "ok", "message"].str.contains("latin1.txt|binary.txt")\
        .all()


def test_latin1_is_read_as_cp1252_when_asked(hostile_corpus, tmp_path, capsys):
    out = tmp_path / "q.jsonl"
    assert main(["quotes", str(hostile_corpus), "-o", str(out), "--on-error", "skip",
                 "--encoding-errors", "cp1252"]) == 1  # binary.txt decodes too, as noise
    lines = {json.loads(line)["id"]: json.loads(line) for line in out.read_text().splitlines()}
    assert lines["latin1"]["quotes"][0]["text"] == "Ça va."
    assert set(lines) >= {"bom", "crlf", "empty", "latin1", "long_line", "marks", "nul"}


def test_crlf_offsets_index_the_original_text():
    text = '"One," he said.\r\n\r\n"Two," he added.\r\n'
    quotes, _ = extract_document(text)
    assert [(q.start, q.end, text[q.start:q.end]) for q in quotes][:2] == [
        (1, 5, "One,"), (20, 24, "Two,")]


@pytest.mark.parametrize("run_name", ["../escape", "a/b", ".hidden", ""])
def test_run_names_cannot_point_outside_the_output_folder(run_name, tmp_path):
    with pytest.raises(AnalysisError, match="invalid run name"):
        report.run_report(SEEDS, run_name=run_name, out=tmp_path)


def test_parameters_reach_notebooks_as_literals(tmp_path):
    hostile = '"); raise SystemExit("injected") #'
    overview = report.list_notebooks()[0]
    results = report.run_report(SEEDS, run_name="lit", out=tmp_path, notebooks=[overview],
                                parameters={"text_column": hostile}, log=lambda s: None)
    assert results[0].ok
    executed = json.loads(results[0].executed.read_text())
    injected = "".join(next(c for c in executed["cells"]
                            if "injected-parameters" in c["metadata"].get("tags", []))["source"])
    values = {node.targets[0].id: ast.literal_eval(node.value)
              for node in ast.parse(injected).body if isinstance(node, ast.Assign)}
    assert values["text_column"] == hostile
