"""Tests of analysis.pipeline: engines agree with the serial run, errors are recorded, Parquet."""

from __future__ import annotations

import gc
import re
from collections import namedtuple

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis.errors import AnalysisError, SchemaError
from analysis.framing import FRAME_HIT_COLUMNS, Lexicon, frame_hits_in_text
from analysis.pipeline import (
    CHUNK_SIZE,
    DASK_START_METHOD,
    GC_THRESHOLD,
    STATUS_COLUMNS,
    TABLES,
    analyse_chunk,
    read_output,
    run_pipeline,
)
from analysis.schema import PEOPLE_COLUMNS, QUOTE_COLUMNS
from analysis.text import word_count

FakeQuote = namedtuple("FakeQuote", QUOTE_COLUMNS)
FakePerson = namedtuple("FakePerson", PEOPLE_COLUMNS)
_QUOTED = re.compile(r'"([^"]*)"')
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
LEXICON = Lexicon.from_mapping({"conflict": ["row"], "economic": ["cost*"]}, name="test")


def fake_analyse(doc_id, text, *, lexicon=None):
    """A stand-in for analyse_document: quoted spans, two-word names, frame hits of LEXICON."""
    if "BOOM" in text:
        raise RuntimeError(f"cannot parse {doc_id}")
    quotes = [
        FakeQuote(doc_id, f"{doc_id}:q{n}", f"{doc_id}:u{n}", "direct", m.start(1), m.end(1),
                  m.group(1), None, None, None, None, None, None, None, 0, 0, "fake")
        for n, m in enumerate(_QUOTED.finditer(text))
    ]
    names = {}
    for m in _NAME.finditer(text):
        names.setdefault(m.group(), m.start())
    people = [FakePerson(doc_id, name, 1, start, name, "unknown", None)
              for name, start in names.items()]
    hits = frame_hits_in_text(text, lexicon or LEXICON, quote_spans=quotes, doc_id=doc_id)
    return {"quotes": quotes, "people": people, "frame_hits": hits}


def _corpus(n: int = 9) -> pd.DataFrame:
    texts = [
        f'Jane Smith said "the row over cost is {i} days old" on Monday.' if i % 3 == 0 else
        f"Nobody was quoted in story {i}." if i % 3 == 1 else
        f'"It is {i}," said Tom Brown. "No cost," he added.'
        for i in range(n)
    ]
    return pd.DataFrame({
        "doc_id": [f"d{i:02d}" for i in range(n)],
        "text": texts,
        "outlet": ["Herald" if i % 2 else "Courier" for i in range(n)],
    })


def _assert_same(left, right):
    for name in TABLES:
        assert_frame_equal(getattr(left, name), getattr(right, name), check_exact=True)


@pytest.fixture(scope="module")
def serial():
    return run_pipeline(_corpus(), chunk_size=CHUNK_SIZE, analyse=fake_analyse, progress=False)


def test_serial_tables_hold_the_records_in_corpus_order(serial):
    quotes = serial.quotes
    assert list(quotes.columns) == list(QUOTE_COLUMNS)
    assert quotes["doc_id"].tolist() == ["d00", "d02", "d02", "d03", "d05", "d05", "d06", "d08",
                                         "d08"]
    assert quotes.loc[0, ["start", "end", "text"]].tolist() == [
        17, 48, "the row over cost is 0 days old"]
    assert quotes.loc[1, "text"] == "It is 2,"
    assert str(quotes["start"].dtype) == "int64"
    assert str(quotes["speaker_start"].dtype) == "Int64"
    assert list(serial.people.columns) == list(PEOPLE_COLUMNS)
    assert serial.people["person"].tolist()[:2] == ["Jane Smith", "Tom Brown"]
    hits = serial.frame_hits
    assert list(hits.columns) == list(FRAME_HIT_COLUMNS)
    assert hits.loc[0].tolist()[:8] == ["d00", "conflict", "row", "row", 21, 24, 1.0, True]
    assert hits.loc[2].tolist()[:8] == ["d02", "economic", "cost*", "cost", 31, 35, 1.0, True]
    assert hits["speaker"].isna().all()
    assert list(serial.documents.columns) == ["doc_id", "n_chars", "n_words", "outlet"]
    assert serial.documents.loc[1].tolist() == ["d01", 29, 6, "Herald"]
    assert serial.status["status"].tolist() == ["ok"] * 9
    assert serial.paths == {}


def test_small_chunks_keep_the_order(serial):
    chunked = run_pipeline(_corpus(), chunk_size=2, analyse=fake_analyse, progress=False)
    _assert_same(chunked, serial)


def test_an_iterable_of_frames_is_rechunked_in_order(serial):
    corpus = _corpus()
    frames = (corpus.iloc[i:i + 4] for i in range(0, len(corpus), 4))
    streamed = run_pipeline(frames, chunk_size=3, analyse=fake_analyse, progress=False)
    _assert_same(streamed, serial)


def test_process_pool_matches_serial(serial):
    pooled = run_pipeline(_corpus(), engine="processes", workers=2, chunk_size=2,
                          analyse=fake_analyse, progress=False)
    _assert_same(pooled, serial)


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_dask_on_a_given_scheduler_matches_serial(serial, scheduler):
    result = run_pipeline(_corpus(), engine="dask", scheduler=scheduler, chunk_size=2,
                          analyse=fake_analyse, progress=False)
    _assert_same(result, serial)


def test_dask_with_its_own_local_cluster_matches_serial(serial):
    result = run_pipeline(_corpus(), engine="dask", workers=2, chunk_size=3,
                          analyse=fake_analyse, progress=False)
    _assert_same(result, serial)


def test_the_local_cluster_a_run_starts_is_closed_even_when_the_run_fails(monkeypatch):
    import dask
    import distributed

    started, profile_before = [], dask.config.get("distributed.worker.profile.enabled")

    class RecordedCluster(distributed.LocalCluster):
        def __init__(self, *args, **kwargs):
            self.start_method = dask.config.get("distributed.worker.multiprocessing-method")
            self.profile = dask.config.get("distributed.worker.profile.enabled")
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(distributed, "LocalCluster", RecordedCluster)

    def broken_source():
        yield _corpus(4).iloc[:2]
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError, match="the source broke"):
        run_pipeline(broken_source(), engine="dask", workers=1, chunk_size=2,
                     analyse=fake_analyse, progress=False)
    assert [cluster.status.name for cluster in started] == ["closed"]
    assert started[0].start_method == DASK_START_METHOD
    assert started[0].profile is False
    assert dask.config.get("distributed.worker.profile.enabled") == profile_before  # restored


@pytest.mark.parametrize("engine", ["serial", "processes", "dask"])
def test_a_failing_document_gets_an_error_row_and_the_others_go_on(engine):
    corpus = _corpus(5)
    corpus.loc[2, "text"] = 'BOOM "quoted" here'
    corpus.loc[4, "text"] = None
    result = run_pipeline(corpus, engine=engine, workers=2, chunk_size=2,
                          analyse=fake_analyse, progress=False)
    assert list(result.status.columns) == list(STATUS_COLUMNS)
    assert result.status["status"].tolist() == ["ok", "ok", "error", "ok", "error"]
    assert result.status.loc[2, "message"] == "RuntimeError: cannot parse d02"
    assert result.status.loc[4, "message"].startswith("AnalysisError: text is missing")
    assert result.status.loc[0, "message"] == ""
    assert result.n_errors == 2
    assert "d02" not in set(result.quotes["doc_id"])
    assert result.quotes["doc_id"].tolist() == ["d00", "d03"]
    assert result.documents["doc_id"].tolist() == ["d00", "d01", "d02", "d03", "d04"]


def test_a_chunk_that_cannot_reach_a_worker_gives_error_rows():
    result = run_pipeline(_corpus(3), engine="processes", workers=1, chunk_size=2,
                          analyse=lambda doc_id, text, lexicon=None: {}, progress=False)
    assert result.status["doc_id"].tolist() == ["d00", "d01", "d02"]
    assert result.status["status"].tolist() == ["error"] * 3
    assert result.status["message"].str.startswith("chunk failed: ").all()


def test_parquet_partitions_read_back_equal(serial, tmp_path):
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "part-00099.parquet").write_bytes(b"stale")
    (tmp_path / "quotes" / ".part-00007.parquet.tmp").write_bytes(b"half-written")
    written = run_pipeline(_corpus(), chunk_size=4, out=tmp_path, analyse=fake_analyse,
                           progress=False)
    assert written.quotes is None and written.documents is None
    assert_frame_equal(written.status, serial.status)
    assert sorted(p.name for p in (tmp_path / "quotes").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert written.paths["people"] == tmp_path / "people"
    _assert_same(read_output(tmp_path), serial)


def test_analyse_chunk_returns_every_table():
    tables = analyse_chunk(_corpus(2), analyse=fake_analyse)
    assert list(tables) == list(TABLES)
    assert tables["status"]["doc_id"].tolist() == ["d00", "d01"]


def test_records_may_be_mappings_or_named_tuples_of_other_fields():
    Hit = namedtuple("Hit", [*FRAME_HIT_COLUMNS[1:], "doc_id"])

    def analyse(doc_id, text, *, lexicon=None):
        return {"frame_hits": [
            {"doc_id": "ignored", "frame": "conflict", "term": "row", "match": "row",
             "start": 0, "end": 3, "weight": 1.0, "in_quote": False, "speaker": None,
             "note": "extra"},
            Hit("economic", "cost*", "costs", 4, 9, 0.5, True, "Jane Smith", "ignored"),
        ]}

    hits = analyse_chunk(_corpus(1), analyse=analyse)["frame_hits"]
    assert list(hits.columns) == [*FRAME_HIT_COLUMNS, "note"]
    assert hits["doc_id"].tolist() == ["d00", "d00"]
    assert hits[["match", "start", "weight", "in_quote"]].values.tolist() == [
        ["row", 0, 1.0, False], ["costs", 4, 0.5, True]]
    assert str(hits["start"].dtype) == "int64" and str(hits["in_quote"].dtype) == "bool"
    assert hits.loc[0, "note"] == "extra" and pd.isna(hits.loc[1, "note"])
    assert pd.isna(hits.loc[0, "speaker"]) and hits.loc[1, "speaker"] == "Jane Smith"


def test_tuple_records_give_the_tables_that_mapping_records_give():
    def as_mappings(doc_id, text, *, lexicon=None):
        found = fake_analyse(doc_id, text, lexicon=lexicon)
        return {name: [record._asdict() for record in records] for name, records in found.items()}

    corpus = _corpus(6)
    tuples, mappings = analyse_chunk(corpus, analyse=fake_analyse), analyse_chunk(
        corpus, analyse=as_mappings)
    assert len(tuples["quotes"]) == 6 and tuples["quotes"]["speaker"].isna().all()
    assert len(tuples["frame_hits"]) == 6
    for name in TABLES:
        assert_frame_equal(tuples[name], mappings[name], check_exact=True)


def test_words_are_counted_once_by_the_default_analysis_as_by_any_other(seed_text):
    corpus = pd.DataFrame({"doc_id": ["seed", "none", "short"],
                           "text": [seed_text, None, "It's a 50-year-old pond, isn't it?"]})
    default = analyse_chunk(corpus)["documents"]
    assert default["n_words"].tolist() == [word_count(seed_text), 0, 6]
    assert_frame_equal(default, analyse_chunk(corpus, analyse=fake_analyse)["documents"])


@pytest.mark.parametrize(("options", "message"), [
    ({"engine": "threads"},
     "invalid engine 'threads'; valid values: 'serial', 'processes', 'dask'"),
    ({"chunk_size": 0}, "invalid chunk_size 0"),
    ({"workers": 0}, "invalid workers 0"),
    ({"scheduler": "tcp://x:8786"}, "scheduler is only used by engine 'dask'"),
])
def test_invalid_options_are_named(options, message):
    with pytest.raises(AnalysisError, match=re.escape(message)):
        run_pipeline(_corpus(2), analyse=fake_analyse, **options)


def test_documents_without_text_column_raise_schema_error():
    with pytest.raises(SchemaError, match="missing column\\(s\\) text"):
        run_pipeline(pd.DataFrame({"doc_id": ["a"]}), analyse=fake_analyse)


def test_a_corpus_path_is_streamed_with_iter_corpus(serial, tmp_path):
    path = tmp_path / "corpus.jsonl"
    _corpus().rename(columns={"doc_id": "id"}).to_json(path, orient="records", lines=True)
    streamed = run_pipeline(path, chunk_size=4, analyse=fake_analyse, progress=False)
    _assert_same(streamed, serial)


def test_the_seed_article_runs_through_the_fake_analysis():
    result = run_pipeline("seeds", analyse=fake_analyse, progress=False)
    assert result.documents[["doc_id", "n_chars"]].values.tolist() == [
        ["000_420b308c2bca1785", 5548]]
    assert result.status["status"].tolist() == ["ok"]
    assert len(result.quotes) == 22  # 44 straight double quote marks


@pytest.mark.parametrize("engine", ["serial", "processes", "dask"])
def test_a_given_lexicon_reaches_every_engine(engine, scheduler, tmp_path):
    path = tmp_path / "moral.yaml"
    path.write_text("morality:\n  - old\n  - days\n", encoding="utf-8")
    options = {"scheduler": scheduler} if engine == "dask" else {"workers": 2}
    result = run_pipeline(_corpus(4), engine=engine, chunk_size=1, lexicon=path,
                          analyse=fake_analyse, progress=False, **options)
    hits = result.frame_hits
    assert hits[["doc_id", "frame", "match", "start"]].values.tolist() == [
        ["d00", "morality", "days", 40], ["d00", "morality", "old", 45],
        ["d03", "morality", "days", 40], ["d03", "morality", "old", 45]]


def test_the_real_analysis_gives_the_same_tables_in_a_process_pool(seed_text):
    corpus = pd.DataFrame({"doc_id": ["s1", "s2", "s3"],
                           "text": [seed_text, seed_text[:2000], seed_text[2000:]]})
    serial_run = run_pipeline(corpus, chunk_size=1, progress=False)
    pooled = run_pipeline(corpus, engine="processes", workers=2, chunk_size=1, progress=False)
    _assert_same(pooled, serial_run)
    assert serial_run.status["status"].tolist() == ["ok", "ok", "ok"]
    quotes = serial_run.quotes
    assert list(quotes.columns) == list(QUOTE_COLUMNS) and len(quotes) > 0
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    assert all(texts[d][s:e] == t for d, s, e, t in
               quotes[["doc_id", "start", "end", "text"]].itertuples(index=False))
    assert list(serial_run.frame_hits.columns) == list(FRAME_HIT_COLUMNS)
    assert set(serial_run.people["doc_id"]) == {"s1", "s2", "s3"}


@pytest.mark.parametrize(("progress", "shown"), [(True, True), (None, False), (False, False)])
def test_the_progress_bar_is_quiet_unless_stderr_is_a_terminal(progress, shown, capsys):
    run_pipeline(_corpus(3), analyse=fake_analyse, progress=progress)
    assert ("3/3" in capsys.readouterr().err) is shown


@pytest.mark.parametrize(("bad_line", "expected"), [
    (2, ["error", "ok", "ok", "ok"]),  # first chunk read: d1, (line 2 skipped), d3
    (4, ["ok", "ok", "error", "ok"]),  # second chunk read: d3, (line 4 skipped)
])
def test_documents_the_reader_skips_get_error_rows(bad_line, expected, tmp_path):
    from analysis.corpus import SkippedDocumentWarning, iter_corpus

    lines = [f'{{"id": "d{i}", "text": "Story {i}."}}' for i in range(1, 5)]
    lines[bad_line - 1] = '{"id": "broken", "text": '
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(SkippedDocumentWarning):
        result = run_pipeline(iter_corpus(path, on_error="skip", chunk_size=2), chunk_size=2,
                              analyse=fake_analyse, progress=False)
    status = result.status
    assert status["status"].tolist() == expected
    skipped = status[status["status"] == "error"].iloc[0]
    assert skipped["doc_id"] == f"{path}, line {bad_line}"
    assert skipped["message"].startswith("skipped by the reader: ")
    assert "not valid JSON" in skipped["message"]
    assert len(result.documents) == 3


@pytest.mark.parametrize(("n", "size", "lookahead", "expected"), [
    (7, 1, 0, [[0], [1], [2], [3], [4], [5], [6]]),
    (7, 3, 0, [[0, 1, 2], [3, 4, 5], [6]]),
    (10, 3, 4, [[0, 1, 2], [3, 4, 5], [6], [7], [8], [9]]),
    (3, 3, 4, [[0], [1], [2]]),
])
def test_chunks_are_batched_and_the_last_ones_go_one_by_one(n, size, lookahead, expected):
    from analysis.pipeline import _batches

    assert list(_batches(range(n), size, lookahead)) == expected


def test_chunks_finishing_out_of_order_come_back_in_order_with_bounded_memory():
    from concurrent.futures import Future

    from analysis.pipeline import _in_order

    corpus = _corpus(20)
    batches = [[corpus.iloc[i:i + 1], corpus.iloc[i + 1:i + 2]] for i in range(0, 20, 2)]
    running, most = [], 0

    def submit(batch):
        nonlocal most
        future = Future()
        future.batch = batch
        running.append(future)
        most = max(most, len(running))
        return future

    def last_first(futures):  # the newest task finishes first: the worst case for reordering
        future = running.pop()
        future.set_result([{"doc_id": chunk["doc_id"].iloc[0]} for chunk in future.batch])
        return {future}

    order = [result["doc_id"] for result in _in_order(batches, submit, last_first, 3)]
    assert order == [f"d{i:02d}" for i in range(20)]
    assert most == 3


def test_chunk_analysis_collects_garbage_less_often_and_restores_the_threshold():
    seen = []

    def analyse(doc_id, text, *, lexicon=None):
        seen.append(gc.get_threshold()[0])
        return {}

    before = gc.get_threshold()
    analyse_chunk(pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"]}), analyse=analyse)
    assert seen == [GC_THRESHOLD, GC_THRESHOLD]
    assert gc.get_threshold() == before
