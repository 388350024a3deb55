"""Reading corpora: five formats, ids, metadata, streaming, and errors that name file and problem."""

import json
import pandas as pd
import pytest

from analysis.corpus import (
    CorpusWarning,
    SkippedDocumentWarning,
    documents_table,
    iter_corpus,
    read_corpus,
)
from analysis.errors import AnalysisError
from analysis.errors import CorpusError
from tests.conftest import SEEDS, SEED_ID


def test_seed_folder_reads_one_document_verbatim(seed_text):
    docs = read_corpus(SEEDS)
    assert list(docs.columns) == ["doc_id", "text"]
    assert docs["doc_id"].tolist() == [SEED_ID]
    assert docs["text"].iloc[0] == seed_text
    assert "50<sup>th birthday" in docs["text"].iloc[0]


def test_txt_folder_is_recursive_with_relative_ids(tmp_path):
    (tmp_path / "outlet_a").mkdir()
    (tmp_path / "outlet_a" / "one.txt").write_text("First.\r\nSecond line.", encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(b"\xef\xbb\xbfWith a BOM.")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    docs = read_corpus(tmp_path)
    assert docs["doc_id"].tolist() == ["empty", "outlet_a/one", "two"]
    assert docs["text"].tolist() == ["", "First.\r\nSecond line.", "With a BOM."]


def test_single_txt_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Just one.", encoding="utf-8")
    assert read_corpus(path)[["doc_id", "text"]].values.tolist() == [["article", "Just one."]]


def test_jsonl_with_metadata_and_configurable_columns(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"key": "a", "body": "Alpha.", "outlet": "X", "date": "2016-04-30"},
            {"key": "b", "body": "", "outlet": "Y", "date": "2016-05-01"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = read_corpus(path, text_column="body", id_column="key")
    assert list(docs.columns) == ["doc_id", "text", "outlet", "date"]
    assert docs.values.tolist() == [["a", "Alpha.", "X", "2016-04-30"],
                                    ["b", "", "Y", "2016-05-01"]]


def test_stable_ids_when_there_is_no_id_column(tmp_path):
    path = tmp_path / "news.csv"
    pd.DataFrame({"text": ["One.", "Two."], "outlet": ["A", "B"]}).to_csv(path, index=False)
    first, second = read_corpus(path), read_corpus(path)
    assert first["doc_id"].tolist() == ["news:1", "news:2"] == second["doc_id"].tolist()
    assert first["outlet"].tolist() == ["A", "B"]


def test_csv_keeps_text_verbatim(tmp_path):
    path = tmp_path / "c.csv"
    frame = pd.DataFrame({"id": ["007", "8"], "text": ['He said, "No."\nNew line.', "NA"]})
    frame.to_csv(path, index=False)
    docs = read_corpus(path)
    assert docs["doc_id"].tolist() == ["007", "8"]
    assert docs["text"].tolist() == ['He said, "No."\nNew line.', "NA"]


def test_parquet(tmp_path):
    path = tmp_path / "c.parquet"
    pd.DataFrame({"id": [1, 2], "text": ["A.", "B."], "year": [2015, 2016]}).to_parquet(path)
    docs = read_corpus(path)
    assert docs["doc_id"].tolist() == ["1", "2"]
    assert docs["year"].tolist() == [2015, 2016]


def test_streaming_chunks_keep_order(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Doc {i}."}) + "\n"
                            for i in range(7)), encoding="utf-8")
    chunks = list(iter_corpus(path, chunk_size=3))
    assert [len(c) for c in chunks] == [3, 3, 1]
    assert pd.concat(chunks)["doc_id"].tolist() == [f"d{i}" for i in range(7)]


def test_missing_text_column_lists_the_columns_found(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "body": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"c\.jsonl, record 1: no text column 'text'; "
                                          r"columns found: id, body"):
        read_corpus(path)


def test_bytes_that_are_not_utf8_name_file_and_offset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café au lait".encode("latin-1"))
    with pytest.raises(CorpusError, match=r"latin\.txt: bytes that are not UTF-8 at byte offset 3"):
        read_corpus(tmp_path)
    with pytest.warns(CorpusWarning, match=r"latin\.txt: .* byte offset 3"):
        docs = read_corpus(tmp_path, encoding_errors="replace")
    assert docs["text"].iloc[0] == "Caf\ufffd au lait"


def test_jsonl_offsets_are_file_offsets(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: bytes that are not UTF-8 at "
                                          r"byte offset 50"):
        read_corpus(path)


def test_bad_json_names_the_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: not valid JSON"):
        read_corpus(path)


def test_duplicate_ids_are_refused(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="duplicate document id 'a'"):
        read_corpus(path)


def test_unreadable_file_is_named(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(CorpusError, match=r"gone\.txt: cannot be read"):
        read_corpus(tmp_path)


def test_missing_path_and_unknown_ending(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        read_corpus(tmp_path / "absent")
    (tmp_path / "c.xml").write_text("<x/>", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"cannot tell the format from the ending '\.xml'"):
        read_corpus(tmp_path / "c.xml")


def test_null_text_is_kept_as_an_empty_document_with_a_warning(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": null}\n', encoding="utf-8")
    with pytest.warns(CorpusWarning, match="record 1: text is null"):
        docs = read_corpus(path)
    assert docs["text"].tolist() == [""]


def test_documents_table_from_memory():
    assert documents_table(["A.", "B."])["doc_id"].tolist() == ["doc1", "doc2"]
    assert documents_table({"x": "X."}).values.tolist() == [["x", "X."]]


def test_cp1252_files_decode_with_a_warning(tmp_path):
    (tmp_path / "win.txt").write_bytes("“Quoted” – café".encode("cp1252"))
    with pytest.warns(CorpusWarning, match=r"win\.txt: .*decoded as Windows-1252"):
        docs = read_corpus(tmp_path, encoding_errors="cp1252")
    assert docs["text"].tolist() == ["“Quoted” – café"]


def test_utf16_with_a_bom_is_text(tmp_path):
    (tmp_path / "u16.txt").write_bytes("He said “yes”.".encode("utf-16"))
    assert read_corpus(tmp_path)["text"].tolist() == ["He said “yes”."]


def test_binary_file_in_a_text_folder_is_named_or_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff")
    with pytest.raises(CorpusError, match=r"image\.txt: bytes that are not UTF-8 at byte offset "
                                          r"0 .*binary file"):
        read_corpus(tmp_path)
    with pytest.warns(SkippedDocumentWarning, match=r"skipped .*image\.txt") as record:
        docs = read_corpus(tmp_path, on_error="skip")
    assert docs["doc_id"].tolist() == ["a"]
    assert [w.message.source for w in record if isinstance(w.message, SkippedDocumentWarning)] \
        == [str(tmp_path / "image.txt")]


def test_bad_jsonl_lines_are_skipped_by_name(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\nnot json\n[1]\n{"id": "d", "text": "ok"}\n',
                    encoding="utf-8")
    with pytest.warns(SkippedDocumentWarning) as record:
        docs = read_corpus(path, on_error="skip")
    assert docs["doc_id"].tolist() == ["a", "d"]
    assert [w.message.source for w in record] == [f"{path}, line 2", f"{path}, line 3"]


def test_nul_bytes_in_valid_utf8_are_kept(tmp_path):
    (tmp_path / "n.txt").write_bytes(b"A\x00B.")
    assert read_corpus(tmp_path)["text"].tolist() == ["A\x00B."]


def test_invalid_option_values_list_the_valid_ones(tmp_path):
    with pytest.raises(AnalysisError, match=r"invalid on_error 'ignore'; "
                                            r"valid values: 'raise', 'skip'"):
        read_corpus(SEEDS, on_error="ignore")
