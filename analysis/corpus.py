"""Corpus reading: files in, the documents table out (DESIGN "Tables": doc_id, text, metadata).

Formats: a folder of ``.txt`` files (recursively; ``doc_id`` is the path relative to the folder
without its extension), a single ``.txt`` file, JSONL, CSV and Parquet (text and id columns
configurable; every other column kept as metadata). ``iter_corpus`` streams the same table in
chunks so that memory stays flat however large the corpus; ``read_corpus`` concatenates them.

Text is kept verbatim (HTML remnants, CRLF line ends): every offset the suite reports indexes
the text as read. Only a leading UTF-8 byte-order mark is removed.
"""

from __future__ import annotations

import codecs
import json
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Literal

import pandas as pd

from analysis.errors import CorpusError, invalid_value
from analysis.schema import DOCUMENT_COLUMNS

Format = Literal["auto", "txt", "jsonl", "csv", "parquet"]
Errors = Literal["strict", "replace", "cp1252"]
OnError = Literal["raise", "skip"]

FORMATS: tuple[str, ...] = ("auto", "txt", "jsonl", "csv", "parquet")
ERRORS: tuple[str, ...] = ("strict", "replace", "cp1252")
ON_ERROR: tuple[str, ...] = ("raise", "skip")
TEXT_COLUMN = "text"
"""Default name of the column (or JSON key) holding the article text."""
ID_COLUMN = "id"
"""Default name of the column (or JSON key) holding the document id."""
CHUNK_SIZE = 1000
"""Default number of documents per chunk when streaming."""
ENCODING_ERRORS: Errors = "strict"
"""Default handling of bytes that are not UTF-8: raise a CorpusError naming file and offset."""
ON_ERROR_DEFAULT: OnError = "raise"
"""Default handling of a file or record that cannot be read: stop with a CorpusError."""

SUFFIXES: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
}
"""File endings and the format each is read as when ``format="auto"``."""


class CorpusWarning(UserWarning):
    """A problem in the input that was worked around (named file, what was done)."""


class SkippedDocumentWarning(CorpusWarning):
    """A file or record was not read (``on_error="skip"``); ``source`` names it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"skipped {source}: {problem}")
        self.source = source
        self.problem = problem


def read_corpus(
    path: str | os.PathLike[str],
    *,
    format: Format = "auto",
    text_column: str = TEXT_COLUMN,
    id_column: str = ID_COLUMN,
    encoding_errors: Errors = ENCODING_ERRORS,
    on_error: OnError = ON_ERROR_DEFAULT,
) -> pd.DataFrame:
    """Read a corpus into the documents table.

    Args:
        path: a folder of ``.txt`` files, or one ``.txt``, JSONL, CSV or Parquet file.
        format: how to read ``path``; ``"auto"`` goes by the file ending (``SUFFIXES``).
        text_column: the column or JSON key holding the text (default ``TEXT_COLUMN``).
        id_column: the column or JSON key holding the id (default ``ID_COLUMN``); when the
            input has no such column, ids are ``"<file stem>:<row number from 1>"``.
        encoding_errors: ``"strict"`` raises on bytes that are not UTF-8; ``"replace"``
            decodes them as U+FFFD and ``"cp1252"`` decodes such a file as Windows-1252 (the
            usual encoding of scraped non-UTF-8 news), each recording a ``CorpusWarning``.
            UTF-16 files with a byte-order mark are decoded as UTF-16.
        on_error: ``"raise"`` stops at a file or JSONL record that cannot be read;
            ``"skip"`` leaves it out and records a ``SkippedDocumentWarning`` naming it, so a
            batch can list it in its run summary.

    Returns:
        The documents table: ``doc_id`` (str), ``text`` (str), then metadata columns.

    Raises:
        CorpusError: the path does not exist or cannot be read, a text column is missing,
            bytes are not UTF-8 (strict), or two documents share an id. The message names
            the file and the problem.
    """
    chunks = list(iter_corpus(path, format=format, text_column=text_column,
                              id_column=id_column, encoding_errors=encoding_errors,
                              on_error=on_error))
    if not chunks:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DOCUMENT_COLUMNS})
    return pd.concat(chunks, ignore_index=True)


def iter_corpus(
    path: str | os.PathLike[str],
    *,
    format: Format = "auto",
    text_column: str = TEXT_COLUMN,
    id_column: str = ID_COLUMN,
    encoding_errors: Errors = ENCODING_ERRORS,
    on_error: OnError = ON_ERROR_DEFAULT,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[pd.DataFrame]:
    """Stream a corpus as documents tables of at most ``chunk_size`` rows, in input order.

    Args and Raises as ``read_corpus``; ``chunk_size`` is the number of documents per chunk
    (default ``CHUNK_SIZE``). Duplicate ids are detected across chunks.
    """
    if format not in FORMATS:
        raise invalid_value("format", format, FORMATS)
    if encoding_errors not in ERRORS:
        raise invalid_value("encoding_errors", encoding_errors, ERRORS)
    if on_error not in ON_ERROR:
        raise invalid_value("on_error", on_error, ON_ERROR)
    if chunk_size < 1:
        raise CorpusError(f"chunk_size must be at least 1, got {chunk_size}")
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    kind = "txt" if path.is_dir() else (format if format != "auto" else _guess_format(path))
    options = {"text_column": text_column, "id_column": id_column,
               "encoding_errors": encoding_errors, "on_error": on_error}
    if kind == "txt":
        records = _txt_records(path, encoding_errors=encoding_errors, on_error=on_error)
    elif kind == "jsonl":
        records = _jsonl_records(path, **options)
    elif kind == "csv":
        records = _frame_records(path, _csv_frames(path), text_column=text_column,
                                 id_column=id_column)
    else:
        records = _frame_records(path, _parquet_frames(path), text_column=text_column,
                                 id_column=id_column)
    yield from _chunked(_unique(records, path), chunk_size)


def documents_table(texts: Mapping[str, str] | Iterable[str]) -> pd.DataFrame:
    """Build a documents table from texts in memory (ids are ``"doc1"``, ``"doc2"``… for a list).

    >>> documents_table({"a": "Hello.", "b": ""}).values.tolist()
    [['a', 'Hello.'], ['b', '']]
    """
    items = texts.items() if isinstance(texts, Mapping) else (
        (f"doc{i}", t) for i, t in enumerate(texts, start=1))
    rows = [{"doc_id": str(k), "text": v} for k, v in items]
    return pd.DataFrame(rows, columns=list(DOCUMENT_COLUMNS))


def _guess_format(path: Path) -> str:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        endings = ", ".join(sorted(SUFFIXES))
        raise CorpusError(f"{path}: cannot tell the format from the ending {path.suffix!r}; "
                          f"use one of {endings} or pass format=")
    return kind


def decode(data: bytes, *, source: str, encoding_errors: Errors = ENCODING_ERRORS,
           base: int = 0) -> str:
    """Decode UTF-8 bytes (a leading byte-order mark dropped), naming ``source`` on failure.

    Args:
        data: the bytes.
        source: how messages name where the bytes came from (a file, a file and line).
        encoding_errors: ``"strict"`` raises; ``"replace"`` substitutes U+FFFD and
            ``"cp1252"`` decodes the bytes as Windows-1252, each with a ``CorpusWarning``.
        base: the file offset of ``data[0]``, so messages give offsets in the file.

    Raises:
        CorpusError: in strict mode, with the byte offset of the first undecodable byte; in
            every mode when the bytes are not UTF-8 and contain NUL bytes (a binary file).

    >>> decode(b"caf\\xc3\\xa9", source="x.txt")
    'café'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if data.startswith(codecs.BOM_UTF8):
        data, base = data[len(codecs.BOM_UTF8):], base + len(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        binary = b"\0" in data
        problem = (f"{source}: bytes that are not UTF-8 at byte offset {base + exc.start} "
                   f"({exc.reason})")
        if binary:  # not text in any encoding: never decoded into noise
            raise CorpusError(problem + "; it contains NUL bytes: a binary file, not text")
        if encoding_errors == "strict":
            raise CorpusError(problem + "; re-encode the file as UTF-8 or read it with "
                              "encoding_errors='replace' or 'cp1252'") from None
        if encoding_errors == "cp1252":
            warnings.warn(CorpusWarning(problem + "; decoded as Windows-1252"), stacklevel=3)
            return data.decode("cp1252", errors="replace")
        warnings.warn(CorpusWarning(problem + "; replaced with U+FFFD"), stacklevel=3)
        return data.decode("utf-8", errors="replace")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _txt_records(path: Path, *, encoding_errors: Errors, on_error: OnError) -> Iterator[dict]:
    if path.is_file():
        files, root = [path], path.parent
    else:
        files = sorted(p for p in path.rglob("*")
                       if p.suffix.lower() in (".txt", ".text") and not p.is_dir())
        root = path
    for file in files:
        doc_id = file.relative_to(root).with_suffix("").as_posix()
        try:
            text = decode(_read_bytes(file), source=str(file), encoding_errors=encoding_errors)
        except CorpusError as exc:
            if on_error == "raise":
                raise
            warnings.warn(SkippedDocumentWarning(str(file), str(exc)), stacklevel=4)
            continue
        yield {"doc_id": doc_id, "text": text}


def _jsonl_records(path: Path, *, text_column: str, id_column: str,
                   encoding_errors: Errors, on_error: OnError) -> Iterator[dict]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with handle:
        position = 0
        for number, raw in enumerate(handle, start=1):
            line_start, position = position, position + len(raw)
            if not raw.strip():
                continue
            try:
                yield _json_line(raw, path, number, line_start, text_column=text_column,
                                 id_column=id_column, encoding_errors=encoding_errors)
            except CorpusError as exc:
                if on_error == "raise":
                    raise
                warnings.warn(SkippedDocumentWarning(f"{path}, line {number}", str(exc)),
                              stacklevel=4)


def _json_line(raw: bytes, path: Path, number: int, line_start: int, *, text_column: str,
               id_column: str, encoding_errors: Errors) -> dict:
    line = decode(raw, source=f"{path}, line {number}", base=line_start,
                  encoding_errors=encoding_errors)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}, line {number}: not valid JSON ({exc.msg} at "
                          f"column {exc.colno})") from None
    if not isinstance(record, dict):
        raise CorpusError(f"{path}, line {number}: expected a JSON object, got "
                          f"{type(record).__name__}")
    return _record(record, path, number, text_column=text_column, id_column=id_column)


def _csv_frames(path: Path) -> Iterator[pd.DataFrame]:
    try:
        yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=CHUNK_SIZE,
                               encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: bytes that are not UTF-8 near byte offset {exc.start}; "
                          "re-encode the file as UTF-8") from None
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(f"{path}: cannot be read as CSV ({exc})") from None


def _parquet_frames(path: Path) -> Iterator[pd.DataFrame]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        source = pq.ParquetFile(path)
        for batch in source.iter_batches(batch_size=CHUNK_SIZE):
            yield batch.to_pandas()
    except (OSError, pa.ArrowException) as exc:
        raise CorpusError(f"{path}: cannot be read as Parquet ({exc})") from None


def _frame_records(path: Path, frames: Iterable[pd.DataFrame], *, text_column: str,
                   id_column: str) -> Iterator[dict]:
    number = 0
    for frame in frames:
        for record in frame.to_dict("records"):
            number += 1
            yield _record(record, path, number, text_column=text_column, id_column=id_column)


def _record(record: dict, path: Path, number: int, *, text_column: str, id_column: str) -> dict:
    if text_column not in record:
        found = ", ".join(map(str, record)) or "(none)"
        raise CorpusError(f"{path}, record {number}: no text column {text_column!r}; "
                          f"columns found: {found}")
    text = record.pop(text_column)
    if text is None or (isinstance(text, float) and pd.isna(text)):
        warnings.warn(CorpusWarning(f"{path}, record {number}: text is null; kept as an empty "
                                    "document"), stacklevel=4)
        text = ""
    if not isinstance(text, str):
        raise CorpusError(f"{path}, record {number}: text column {text_column!r} holds "
                          f"{type(text).__name__}, not a string")
    doc_id = record.pop(id_column, None)
    if doc_id is None or (isinstance(doc_id, float) and pd.isna(doc_id)) or doc_id == "":
        doc_id = f"{path.stem}:{number}"
    return {"doc_id": str(doc_id), "text": text, **record}


def _unique(records: Iterable[dict], path: Path) -> Iterator[dict]:
    seen: set[str] = set()
    for record in records:
        if record["doc_id"] in seen:
            raise CorpusError(f"{path}: duplicate document id {record['doc_id']!r}; ids must be "
                              "unique")
        seen.add(record["doc_id"])
        yield record


def _chunked(records: Iterable[dict], size: int) -> Iterator[pd.DataFrame]:
    batch: list[dict] = []
    for record in records:
        batch.append(record)
        if len(batch) == size:
            yield _frame(batch)
            batch = []
    if batch:
        yield _frame(batch)


def _frame(batch: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(batch)
    frame["doc_id"] = frame["doc_id"].astype(str)
    metadata = [c for c in frame.columns if c not in DOCUMENT_COLUMNS]
    return frame[[*DOCUMENT_COLUMNS, *metadata]]
