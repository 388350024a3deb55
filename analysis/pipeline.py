"""The corpus pipeline: stream documents in chunks through the extractors, serially or in parallel.

A corpus is read in chunks of ``CHUNK_SIZE`` documents (``analysis.corpus.iter_corpus``); each
chunk is analysed by the top-level function ``analyse_chunk``, which maps ``analyse_document``
over the chunk's rows and returns one DataFrame per record table; the results are reassembled by
chunk index, so every engine gives the same rows in the same order as the serial run (DESIGN
"Scale"). Engines:

- ``"serial"``: this process, one chunk after another.
- ``"processes"``: a ``concurrent.futures.ProcessPoolExecutor`` on this machine.
- ``"dask"``: ``dask.distributed``, on the cluster behind a scheduler address, or on a
  ``LocalCluster`` the run starts (its workers forked from a fresh server process on Linux,
  ``DASK_START_METHOD``) and always stops.

At most ``IN_FLIGHT_PER_WORKER`` chunks per worker are submitted and not yet collected, so
memory stays flat however long the corpus is, as long as the tables go to Parquet partitions
(``out=``) rather than being kept in memory. A document whose analysis raises does not stop the
run: its row in the ``status`` table says ``"error"`` and why; no document is dropped without a
status row.
"""

from __future__ import annotations

import gc
import os
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from tqdm import tqdm

from analysis.corpus import SkippedDocumentWarning, iter_corpus
from analysis.errors import AnalysisError, invalid_value
from analysis.framing import FRAME_HIT_COLUMNS, Lexicon, default_lexicon
from analysis.framing import frame_hits_counting_words, load_lexicon
from analysis.quotes import extract_document
from analysis.schema import PEOPLE_COLUMNS, QUOTE_COLUMNS, require_columns
from analysis.text import word_count

Engine = Literal["serial", "processes", "dask"]
ENGINES: tuple[str, ...] = ("serial", "processes", "dask")
"""The engines ``run_pipeline`` accepts."""

DEFAULT_ENGINE: Engine = "serial"
"""The engine used when none is given: no process start-up cost, the reference order."""

CHUNK_SIZE: int = 100
"""Documents per chunk: large enough to amortise sending a chunk to a worker (about a ms), small
enough that a chunk of news articles (~0.5 MB of text) and its records stay a few MB and that
a few thousand documents still spread evenly over the workers."""

IN_FLIGHT_PER_WORKER: int = 2
"""Tasks submitted per worker and not yet collected: one running, one queued, so a worker never
waits for the next task and the memory held stays ``workers * 2`` tasks (of one chunk in a
process pool; on Dask of ``DASK_CHUNKS_PER_TASK`` chunks, plus as many chunks read ahead)
however long the corpus."""

DASK_CHUNKS_PER_TASK: int = 3
"""Chunks per Dask task, except the last ``IN_FLIGHT_PER_WORKER * DASK_CHUNKS_PER_TASK`` chunks
per worker thread, sent one per task so that the workers finish together. Each task costs the
process running the client and scheduler about 10 ms of CPU whatever its size (messages, task
states, gathering the result), several times a process pool's; three chunks per task cut that
process's CPU time from 1.7 to 1.3 s per 10,000 news articles here, while each chunk still
comes back as its own result (and Parquet part)."""

DASK_DASHBOARD: str = ":0"
"""Dashboard address of the ``LocalCluster`` a Dask run starts: any free port, so that runs side
by side (or another cluster on 8787) do not collide."""

DASK_START_METHOD: str = "forkserver" if sys.platform.startswith("linux") else "spawn"
"""How the ``LocalCluster`` of a Dask run starts its worker processes. ``"forkserver"`` (Linux)
forks each worker from a server process started fresh once per Python session, which has
already imported ``DASK_PRELOAD``: the first run of a session pays about 2 s to start that
server, later runs start two workers in about 0.2 s. A plain ``"fork"`` of this process, which
is multi-threaded once a cluster runs (the cluster's event loop, tqdm's monitor), let a worker
inherit a lock held by another thread: one test run in a few dozen hung for good while starting
the cluster. distributed's default ``"spawn"`` starts fresh interpreters that each import
distributed, pandas and NLTK: about 3 s per run on two cores. Elsewhere ``"spawn"``. Like
``"spawn"``, ``"forkserver"`` re-imports a script's main module in every worker: a script that
starts a Dask run must do so under ``if __name__ == "__main__":``."""

DASK_PRELOAD: tuple[str, ...] = ("distributed", "analysis.pipeline")
"""Modules the forkserver imports once, so that forked workers start with the extractors
loaded."""

DASK_LOCAL_CONFIG: Mapping[str, Any] = {
    "distributed.worker.multiprocessing-method": DASK_START_METHOD,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""Dask settings of the ``LocalCluster`` a run starts (a given ``scheduler``'s workers keep
their owner's). Besides ``DASK_START_METHOD``: no statistical profiler in the workers (it
samples the running task's stack every 10 ms) and rarer event-loop ticks (default 20 ms),
system monitors (0.5 s) and memory checks (0.1 s), which feed a dashboard nobody watches
during a run. Measured here on 3,000 news articles: the workers' CPU time outside their tasks
fell from about 7% to 3% of the tasks' own, and the scheduler's process used a third less."""

GC_THRESHOLD: int = 10_000
"""Allocations between collections of the young generation while a chunk is analysed (CPython's
default is 700). The extractors allocate millions of short-lived tuples that reference counting
frees at once; collecting for cycles every 700 allocations cost 5-7% of a serial run (measured
here on 10,000 generated articles: 334-346 against 355-362 documents per CPU-second)."""

TABLES: tuple[str, ...] = ("documents", "quotes", "people", "frame_hits", "status")
"""The tables a run returns (and the sub-directories of ``out``), in this order."""

RECORD_TABLES: tuple[str, ...] = ("quotes", "people", "frame_hits")
"""The tables whose rows come from ``analyse_document``'s record lists."""

DOCUMENT_COUNT_COLUMNS: tuple[str, ...] = ("doc_id", "n_chars", "n_words")
"""The documents table of a run: these first (``n_words`` as counted by
``analysis.text.word_spans``), then the corpus metadata columns in input order; no text."""

STATUS_COLUMNS: tuple[str, ...] = ("doc_id", "status", "message")
"""The run-status table: one row per document; ``status`` is ``STATUS_OK`` or ``STATUS_ERROR``;
``message`` is empty when ok, else ``"<ExceptionType>: <message>"`` (prefixed ``"chunk failed: "``
when the whole chunk was lost, e.g. a worker died). A document the corpus reader skipped
(``SkippedDocumentWarning``, ``iter_corpus(on_error="skip")``) gets an error row whose ``doc_id``
is the warning's source (file and line) and whose message starts ``"skipped by the reader: "``;
it comes before the rows of the chunk being read when it was skipped."""

STATUS_OK: str = "ok"
STATUS_ERROR: str = "error"

PART_TEMPLATE: str = "part-{index:05d}.parquet"
"""File name of the Parquet partition written for chunk ``index`` under ``<out>/<table>/``."""

PART_GLOB: str = "part-*.parquet"
"""Pattern matching every partition ``PART_TEMPLATE`` names (zero-padded: sorted = corpus order)."""

_TABLE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "quotes": QUOTE_COLUMNS,
    "people": PEOPLE_COLUMNS,
    "frame_hits": FRAME_HIT_COLUMNS,
    "status": STATUS_COLUMNS,
}
_DTYPES: Mapping[str, str] = {
    **dict.fromkeys(("start", "end", "paragraph", "sentence", "mentions", "first_start"), "int64"),
    **dict.fromkeys(("n_chars", "n_words"), "int64"),
    **dict.fromkeys(("speaker_start", "speaker_end"), "Int64"),
    "weight": "float64",
    "in_quote": "bool",
}
"""Dtypes of the record columns that are not text (text columns get pandas' ``str``)."""

_PLAIN_TYPES: Mapping[str, frozenset[type]] = {
    "int64": frozenset({int}),
    "Int64": frozenset({int, type(None)}),
    "float64": frozenset({int, float}),
    "bool": frozenset({bool}),
    "str": frozenset({str, type(None)}),
}
"""The Python types of values that ``_column`` turns into a column of each dtype directly, as
pandas' inference followed by ``_typed`` would (``None`` being a missing value)."""

Analyse = Callable[..., Mapping[str, Iterable[Any]]]


@dataclass(frozen=True)
class PipelineResult:
    """The tables of one run.

    In memory (``out`` not given) every table is a DataFrame and ``paths`` is empty. Written to
    Parquet (``out`` given), the record tables are ``None``, ``paths`` maps each table name to
    its directory of partitions (read them back with ``read_output``), and ``status`` is still
    returned in memory so the caller sees at once which documents failed.

    Attributes:
        documents: ``DOCUMENT_COUNT_COLUMNS`` then the corpus metadata, one row per document.
        quotes: ``schema.QUOTE_COLUMNS``.
        people: ``schema.PEOPLE_COLUMNS``.
        frame_hits: ``analysis.framing.FRAME_HIT_COLUMNS``.
        status: ``STATUS_COLUMNS``, one row per document.
        paths: table name -> directory of Parquet partitions, when written.
    """

    documents: pd.DataFrame | None
    quotes: pd.DataFrame | None
    people: pd.DataFrame | None
    frame_hits: pd.DataFrame | None
    status: pd.DataFrame
    paths: Mapping[str, Path]

    @property
    def n_errors(self) -> int:
        """Number of documents whose analysis failed."""
        return int((self.status["status"] == STATUS_ERROR).sum())


def analyse_document(
    doc_id: str, text: str, *, lexicon: Lexicon | None = None
) -> dict[str, list[Any]]:
    """Run every per-document extractor on one document.

    Calls ``analysis.quotes.extract_document`` (quotes and people, DESIGN "Quotes: what
    counts") and ``analysis.framing.frame_hits_in_text`` with the quotes, so each frame hit says
    whether it lies in quoted speech and whose. Pure: text in, records out.

    Args:
        doc_id: the document's id, written into every record.
        text: the document text.
        lexicon: the frame lexicon; ``None`` means ``analysis.framing.default_lexicon()``.

    Returns:
        ``{"quotes": [Quote, ...], "people": [Person, ...], "frame_hits": [record, ...]}``.
    """
    return _analyse_and_count(doc_id, text, lexicon)[0]


def _analyse_and_count(
    doc_id: str, text: str, lexicon: Lexicon | None
) -> tuple[dict[str, list[Any]], int]:
    """``analyse_document`` and the number of words of ``text`` (``analysis.text.word_spans``),
    which frame matching counts anyway (``frame_hits_counting_words``), so the documents table
    need not split the text again."""
    quotes, people = extract_document(text, doc_id=doc_id)
    lexicon = default_lexicon() if lexicon is None else lexicon
    hits, n_words = frame_hits_counting_words(text, lexicon, quote_spans=quotes, doc_id=doc_id)
    return {"quotes": list(quotes), "people": list(people), "frame_hits": hits}, n_words


def analyse_quotes(
    doc_id: str, text: str, *, lexicon: Lexicon | None = None
) -> dict[str, list[Any]]:
    """Quotes and people of one document only (what the ``quotes`` command needs).

    Args and Returns as ``analyse_document``, without ``frame_hits``; ``lexicon`` is ignored.
    """
    quotes, people = extract_document(text, doc_id=doc_id)
    return {"quotes": list(quotes), "people": list(people)}


def analyse_chunk(
    chunk: pd.DataFrame, *, analyse: Analyse = analyse_document, lexicon: Any = None
) -> dict[str, pd.DataFrame]:
    """Analyse every document of a chunk; a failing document becomes an ``"error"`` status row.

    Top-level (hence picklable), so process pools and Dask workers can run it.

    Args:
        chunk: documents with ``doc_id``, ``text`` and any metadata columns.
        analyse: the per-document function, called as ``analyse(doc_id, text, lexicon=...)``
            and returning record lists keyed by ``RECORD_TABLES`` (``analyse_document``).
        lexicon: passed through to ``analyse``.

    Returns:
        One DataFrame per name in ``TABLES``, rows in document order.

    Raises:
        SchemaError: the chunk lacks ``doc_id`` or ``text``.
    """
    require_columns(chunk, ("doc_id", "text"), table_name="documents")
    records: dict[str, list[Any]] = {name: [] for name in RECORD_TABLES}
    status = []
    word_counts: list[int | None] = []
    with _fewer_collections():
        for doc_id, text in zip(chunk["doc_id"].tolist(), chunk["text"].tolist()):
            counted = None
            try:
                if not isinstance(text, str):
                    raise AnalysisError(
                        f"text is missing or not a string ({type(text).__name__})")
                found, counted = _analyse_counting_words(analyse, doc_id, text, lexicon)
                rows = {name: _rows(found.get(name, ()), doc_id, _TABLE_COLUMNS[name])
                        for name in RECORD_TABLES}
            except Exception as error:  # noqa: BLE001 - recorded in the status table
                status.append((doc_id, STATUS_ERROR, _describe(error)))
            else:
                for name in RECORD_TABLES:
                    records[name].extend(rows[name])
                status.append((doc_id, STATUS_OK, ""))
            word_counts.append(counted)
    tables = {"documents": _documents(chunk, word_counts)}
    for name in RECORD_TABLES:
        tables[name] = _table(records[name], name)
    tables["status"] = _table(status, "status")
    return {name: tables[name] for name in TABLES}


def _analyse_counting_words(
    analyse: Analyse, doc_id: str, text: str, lexicon: Any
) -> tuple[Mapping[str, Iterable[Any]], int | None]:
    """``analyse(doc_id, text, lexicon=lexicon)`` and the number of words of ``text`` when the
    analysis counted them (``analyse_document`` does), else ``None``."""
    if analyse is analyse_document:
        return _analyse_and_count(doc_id, text, lexicon)
    return analyse(doc_id, text, lexicon=lexicon), None


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Raise the young generation's garbage-collection threshold to ``GC_THRESHOLD`` for the
    duration (never lower it), then restore it."""
    before = gc.get_threshold()
    gc.set_threshold(max(GC_THRESHOLD, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run_pipeline(
    source: str | os.PathLike[str] | pd.DataFrame | Iterable[pd.DataFrame],
    *,
    engine: Engine = DEFAULT_ENGINE,
    workers: int | None = None,
    scheduler: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
    out: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    analyse: Analyse = analyse_document,
) -> PipelineResult:
    """Analyse a corpus chunk by chunk and return (or write) every record table.

    Args:
        source: a corpus path (read with ``analysis.corpus.iter_corpus``), a documents
            DataFrame (``doc_id``, ``text``, metadata), or an iterable of such DataFrames (for
            instance ``iter_corpus(path, text_column=...)``); each is cut into chunks of at
            most ``chunk_size`` documents.
        engine: one of ``ENGINES`` (default ``DEFAULT_ENGINE``).
        workers: processes for ``"processes"`` and for the ``LocalCluster`` of ``"dask"``;
            ``None`` means every core this process may run on. Ignored by ``"serial"`` and by
            ``"dask"`` with a ``scheduler``.
        scheduler: address of a running Dask scheduler (``"tcp://host:8786"``); ``None`` starts
            a ``LocalCluster`` for the run and stops it afterwards. Only for ``"dask"``.
        chunk_size: documents per chunk (default ``CHUNK_SIZE``).
        lexicon: frame lexicon for ``analyse``: a ``Lexicon``, a path read with
            ``analysis.framing.load_lexicon``, or ``None`` for the default lexicon.
        out: a directory; when given every table is written as Parquet partitions
            ``<out>/<table>/part-00000.parquet`` (one per chunk, each written to a temporary
            name then renamed), earlier partitions there are removed first, and only the status
            table is kept in memory.
        progress: show a tqdm progress bar on stderr: ``None`` when stderr is a terminal,
            ``True`` always, ``False`` never.
        analyse: the per-document function (default ``analyse_document``); must be a top-level
            function for ``"processes"``.

    Returns:
        A ``PipelineResult``; rows are in corpus order whatever the engine.

    Raises:
        AnalysisError: an invalid ``engine``, ``workers`` or ``chunk_size``, or a ``scheduler``
            given to an engine other than ``"dask"``.
        SchemaError: a documents table lacks ``doc_id`` or ``text``.
        CorpusError: the corpus file cannot be read (raised by ``iter_corpus``, possibly after
            some partitions were written).
        LexiconError: ``lexicon`` is a path to a malformed lexicon.
    """
    _check_options(engine, workers, scheduler, chunk_size)
    lexicon = _resolve_lexicon(lexicon)
    total = len(source) if isinstance(source, pd.DataFrame) else None
    skipped: dict[int, list[tuple[str, str, str]]] = {}
    chunks = _chunks(source, chunk_size, skipped)
    if engine == "serial":
        results = _serial(chunks, analyse, lexicon)
    elif engine == "processes":
        results = _processes(chunks, analyse, lexicon, workers or _cores())
    else:
        results = _dask(chunks, analyse, lexicon, workers or _cores(), scheduler)
    disable = None if progress is None else not progress
    bar = tqdm(total=total, unit="doc", disable=disable, file=sys.stderr)
    results = _with_skipped(results, skipped)
    with closing(results), bar:
        if out is None:
            return _collect_in_memory(results, bar)
        return _write_partitions(results, Path(out), bar)


def read_output(out: str | os.PathLike[str]) -> PipelineResult:
    """Read back the tables a run wrote to ``out`` as Parquet partitions, in corpus order.

    Args:
        out: the directory given to ``run_pipeline(out=...)``.

    Returns:
        A ``PipelineResult`` holding every table in memory (``paths`` as written).

    Raises:
        AnalysisError: ``out`` has no partitions of some table.
    """
    root = Path(out)
    tables = {}
    for name in TABLES:
        parts = sorted((root / name).glob(PART_GLOB))
        if not parts:
            raise AnalysisError(f"no {name} partitions under {root / name}")
        tables[name] = _concat([pd.read_parquet(part) for part in parts])
    return PipelineResult(**tables, paths={name: root / name for name in TABLES})


def _check_options(
    engine: str, workers: int | None, scheduler: str | None, chunk_size: int
) -> None:
    if engine not in ENGINES:
        raise invalid_value("engine", engine, ENGINES)
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise AnalysisError(f"invalid workers {workers!r}; expected a positive integer or None")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise AnalysisError(f"invalid chunk_size {chunk_size!r}; expected a positive integer")
    if scheduler is not None and engine != "dask":
        raise AnalysisError(f"scheduler is only used by engine 'dask', not {engine!r}")


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _resolve_lexicon(lexicon: Any) -> Any:
    if isinstance(lexicon, (str, os.PathLike)):
        return load_lexicon(lexicon)
    return lexicon


def _chunks(
    source: Any, chunk_size: int, skipped: dict[int, list[tuple[str, str, str]]]
) -> Iterator[pd.DataFrame]:
    """Cut the source into chunks; status rows of documents the reader skipped go to
    ``skipped[index of the next chunk]`` (an empty chunk ends the stream if some are left)."""
    if isinstance(source, (str, os.PathLike)):
        frames: Iterable[pd.DataFrame] = iter_corpus(source, chunk_size=chunk_size)
    elif isinstance(source, pd.DataFrame):
        frames = [source]
    else:
        frames = source
    index, pending = 0, []
    for frame, rows in _frames_and_skips(frames):
        pending.extend(rows)
        require_columns(frame, ("doc_id", "text"), table_name="documents")
        for start in range(0, len(frame), chunk_size):
            if pending:
                skipped[index], pending = pending, []
            yield frame.iloc[start:start + chunk_size]
            index += 1
    if pending:
        skipped[index] = pending
        yield pd.DataFrame({"doc_id": pd.Series(dtype="str"), "text": pd.Series(dtype="str")})


def _frames_and_skips(
    frames: Iterable[pd.DataFrame],
) -> Iterator[tuple[pd.DataFrame, list[tuple[str, str, str]]]]:
    """Each frame with status rows for the ``SkippedDocumentWarning``s raised while reading it.

    Every warning is passed on unchanged; skipped documents also get an ``"error"`` row named
    by the warning's ``source`` (file and line), so no document is dropped without a row.
    """
    iterator = iter(frames)
    while True:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = next(iterator, None)
        rows = []
        for warning in caught:
            message = warning.message
            if isinstance(message, SkippedDocumentWarning):
                problem = f"skipped by the reader: {message.problem}"
                rows.append((message.source, STATUS_ERROR, problem))
            warnings.warn_explicit(message, warning.category, warning.filename, warning.lineno)
        if frame is None:
            if rows:
                yield pd.DataFrame({"doc_id": [], "text": []}), rows
            return
        yield frame, rows


def _with_skipped(
    results: Iterator[dict], skipped: dict[int, list[tuple[str, str, str]]]
) -> Iterator[dict]:
    """Put the reader's skipped-document rows first in the status table of their chunk."""
    with closing(results):
        for index, result in enumerate(results):
            rows = skipped.pop(index, None)
            if rows:
                status = _concat([_table(rows, "status"), result["status"]])
                result = {**result, "status": status}
            yield result


def _serial(chunks: Iterable[pd.DataFrame], analyse: Analyse, lexicon: Any) -> Iterator[dict]:
    for chunk in chunks:
        yield from _analyse_batch([chunk], analyse=analyse, lexicon=lexicon)


def _analyse_batch(batch: list[pd.DataFrame], *, analyse: Analyse, lexicon: Any) -> list[dict]:
    """``analyse_chunk`` over the chunks of one task; a chunk that raises gets error rows.

    Top-level (hence picklable), so process pools and Dask workers can run it.
    """
    results = []
    for chunk in batch:
        try:
            results.append(analyse_chunk(chunk, analyse=analyse, lexicon=lexicon))
        except Exception as error:  # noqa: BLE001 - the chunk's documents get error rows
            results.append(_failed_chunk(chunk, error))
    return results


def _batches(
    chunks: Iterable[pd.DataFrame], size: int, lookahead: int = 0
) -> Iterator[list[pd.DataFrame]]:
    """Consecutive chunks in lists of ``size``, except the last ``lookahead`` chunks: one each.

    Reading ``lookahead`` chunks ahead shows when the stream is about to end, so the tasks that
    finish a run are single chunks and no worker idles while another works through a long last
    task (at 1,000 documents, batches of three all the way cost Dask 15% of its speed here).
    """
    buffer: deque[pd.DataFrame] = deque()
    for chunk in chunks:
        buffer.append(chunk)
        if len(buffer) >= lookahead + size:
            yield [buffer.popleft() for _ in range(size)]
    while buffer:
        yield [buffer.popleft()]


def _processes(
    chunks: Iterable[pd.DataFrame], analyse: Analyse, lexicon: Any, workers: int
) -> Iterator[dict]:
    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        def submit(batch: list[pd.DataFrame]) -> Any:
            return executor.submit(_analyse_batch, batch, analyse=analyse, lexicon=lexicon)

        def first_done(futures: list[Any]) -> set[Any]:
            return futures_wait(futures, return_when=FIRST_COMPLETED).done

        window = workers * IN_FLIGHT_PER_WORKER
        yield from _in_order(_batches(chunks, 1), submit, first_done, window)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _dask(
    chunks: Iterable[pd.DataFrame],
    analyse: Analyse,
    lexicon: Any,
    workers: int,
    scheduler: str | None,
) -> Iterator[dict]:
    import dask
    from distributed import Client, LocalCluster
    from distributed import wait as dask_wait

    with ExitStack() as stack:  # on the way out: the client, then the cluster this run started
        target: Any = scheduler
        if scheduler is None:
            with dask.config.set(DASK_LOCAL_CONFIG):
                _preload_forkserver()
                target = stack.enter_context(LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address=DASK_DASHBOARD,
                ))
        client = stack.enter_context(Client(target))
        threads = sum(client.nthreads().values()) or 1
        shared = client.scatter(lexicon, broadcast=True) if lexicon is not None else None

        def submit(batch: list[pd.DataFrame]) -> Any:
            return client.submit(
                _analyse_batch, batch, analyse=analyse, lexicon=shared, pure=False
            )

        def first_done(futures: list[Any]) -> set[Any]:
            return dask_wait(futures, return_when="FIRST_COMPLETED").done

        window = threads * IN_FLIGHT_PER_WORKER
        batches = _batches(chunks, DASK_CHUNKS_PER_TASK, lookahead=window * DASK_CHUNKS_PER_TASK)
        yield from _in_order(batches, submit, first_done, window)


def _preload_forkserver() -> None:
    """Have the forkserver import ``DASK_PRELOAD`` when Dask's start method (as configured) is
    ``"forkserver"``. distributed sets the server's preload list once, on its first request for
    a start context; asking for that context first and then replacing its list keeps ours.
    Nothing changes once the server runs (a later run of the same session)."""
    from distributed.utils import get_mp_context

    context = get_mp_context()
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(list(DASK_PRELOAD))


def _in_order(
    batches: Iterable[list[pd.DataFrame]],
    submit: Callable[[list[pd.DataFrame]], Any],
    first_done: Callable[[list[Any]], set[Any]],
    window: int,
) -> Iterator[dict]:
    """Keep ``window`` tasks running, collect them as they finish, yield results in chunk order.

    Each task analyses one batch of chunks and returns one result per chunk. A finished task
    waits in a buffer until the tasks before it are yielded; running plus buffered tasks never
    exceed ``2 * window``, so memory stays bounded even behind a slow one.
    """
    batches = iter(batches)
    running: dict[Any, tuple[int, list[pd.DataFrame]]] = {}
    finished: dict[int, list[dict]] = {}
    submitted = emitted = 0
    exhausted = False
    while True:
        while emitted in finished:
            yield from finished.pop(emitted)
            emitted += 1
        while not exhausted and len(running) < window and len(running) + len(finished) < 2 * window:
            batch = next(batches, None)
            if batch is None:
                exhausted = True
            else:
                running[submit(batch)] = (submitted, batch)
                submitted += 1
        if not running:  # only once every batch was submitted and yielded
            return
        for future in first_done(list(running)):
            index, batch = running.pop(future)
            finished[index] = _result(batch, future)


def _result(batch: list[pd.DataFrame], future: Any) -> list[dict]:
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - a lost worker: the batch's documents get error rows
        return [_failed_chunk(chunk, error) for chunk in batch]


def _failed_chunk(chunk: pd.DataFrame, error: BaseException) -> dict[str, pd.DataFrame]:
    message = f"chunk failed: {_describe(error)}"
    status = [(doc_id, STATUS_ERROR, message) for doc_id in chunk["doc_id"].tolist()]
    tables = {name: _table([], name) for name in RECORD_TABLES}
    tables["documents"] = _documents(chunk)
    tables["status"] = _table(status, "status")
    return {name: tables[name] for name in TABLES}


def _collect_in_memory(results: Iterable[dict], bar: Any) -> PipelineResult:
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    for result in results:
        for name in TABLES:
            frames[name].append(result[name])
        bar.update(len(result["status"]))
    tables = {name: _concat(frames[name]) for name in TABLES}
    return PipelineResult(**tables, paths={})


def _write_partitions(results: Iterable[dict], root: Path, bar: Any) -> PipelineResult:
    paths = {name: root / name for name in TABLES}
    for directory in paths.values():
        directory.mkdir(parents=True, exist_ok=True)
        for stale in [*directory.glob(PART_GLOB), *directory.glob(f".{PART_GLOB}.tmp")]:
            stale.unlink()
    status = []
    for index, result in enumerate(results):
        for name in TABLES:
            target = paths[name] / PART_TEMPLATE.format(index=index)
            temporary = target.with_name(f".{target.name}.tmp")
            result[name].to_parquet(temporary, index=False)
            os.replace(temporary, target)
        status.append(result["status"])
        bar.update(len(result["status"]))
    empty = dict.fromkeys(("documents", *RECORD_TABLES))
    return PipelineResult(**empty, status=_concat(status), paths=paths)


def _documents(
    chunk: pd.DataFrame, word_counts: Sequence[int | None] | None = None
) -> pd.DataFrame:
    """The documents table of a chunk; ``word_counts`` holds each document's words where the
    analysis already counted them (``None`` where not: those texts are counted here)."""
    texts = [text if isinstance(text, str) else "" for text in chunk["text"].tolist()]
    counted = word_counts if word_counts is not None else [None] * len(texts)
    doc_id, n_chars, n_words = DOCUMENT_COUNT_COLUMNS
    counts = pd.DataFrame({
        doc_id: chunk["doc_id"].to_numpy(),
        n_chars: [len(text) for text in texts],
        n_words: [word_count(text) if words is None else words
                  for text, words in zip(texts, counted)],
    })
    metadata = chunk.drop(columns=["doc_id", "text"]).reset_index(drop=True)
    return _typed(pd.concat([counts, metadata], axis=1))


def _rows(
    records: Iterable[Any], doc_id: str, columns: tuple[str, ...]
) -> list[tuple[Any, ...] | dict[str, Any]]:
    """Records as rows whose ``doc_id`` is ``doc_id``.

    A NamedTuple whose fields are exactly ``columns`` (the extractors' ``Quote``, ``Person``,
    ``FrameHit``) stays a tuple in that order, which ``_table`` turns into columns faster than
    dicts: the record itself when it already holds this very ``doc_id`` object (the extractors
    write the one they are given), else a copy with ``doc_id`` in front; any other record
    (NamedTuple or mapping) becomes a dict with ``doc_id`` first.
    """
    rows: list[tuple[Any, ...] | dict[str, Any]] = []
    for record in records:
        if getattr(record, "_fields", None) == columns:
            rows.append(record if record[0] is doc_id else (doc_id, *record[1:]))
            continue
        fields = record._asdict() if hasattr(record, "_asdict") else dict(record)
        fields.pop("doc_id", None)
        rows.append({"doc_id": doc_id, **fields})
    return rows


def _table(rows: list[Any], name: str) -> pd.DataFrame:
    """The ``name`` table of ``rows``: tuples in the table's column order, or dicts (whose keys
    beyond the table's columns, as the first dict has them, come last).

    Tuples become columns of their final dtypes at once (``_column``), without pandas inferring
    a dtype for each column first; dicts, and tuples holding values of other Python types, go
    through pandas' inference and ``_typed``, which give the same table where both apply.
    """
    columns = list(_TABLE_COLUMNS[name])
    if any(isinstance(row, dict) for row in rows):
        rows = [row if isinstance(row, dict) else dict(zip(columns, row)) for row in rows]
        columns += [key for key in rows[0] if key not in columns]
    else:
        values = list(zip(*rows)) if rows else [()] * len(columns)
        built = [_column(column, column_values) for column, column_values in zip(columns, values)]
        if len(built) == len(columns) and all(array is not None for array in built):
            return pd.DataFrame(dict(zip(columns, built)), copy=False)
    return _typed(pd.DataFrame.from_records(rows, columns=columns))


def _column(name: str, values: Sequence[Any]) -> Any:
    """The values of column ``name`` as an array of its final dtype (the one ``_typed`` gives),
    built at once; ``None`` when their Python types are not all in ``_PLAIN_TYPES`` of that dtype,
    which leaves the table to pandas' inference and ``_typed``."""
    dtype = _DTYPES.get(name, "str")
    if not _PLAIN_TYPES[dtype].issuperset(map(type, values)):
        return None
    return pd.array(values, dtype=dtype)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Fix the dtypes chunk by chunk so that tables concatenate and round-trip Parquet alike."""
    for column in frame.columns:
        values = frame[column]
        if column in _DTYPES:
            frame[column] = values.astype(_DTYPES[column])
        elif values.dtype == object and values.map(_is_text_or_missing).all():
            frame[column] = values.astype("str")
    return frame


def _is_text_or_missing(value: Any) -> bool:
    if value is None or value is pd.NA or isinstance(value, str):
        return True
    return isinstance(value, float) and value != value


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    filled = [frame for frame in frames if len(frame)]
    if not filled:
        return frames[0] if frames else pd.DataFrame()
    return pd.concat(filled, ignore_index=True)
