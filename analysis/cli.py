"""The command line: ``python -m analysis <command> …``.

Every command reads a corpus with ``analysis.corpus`` and prints or writes tables; errors in the
input are reported in one line naming the file and the problem (exit status 2), not as a
traceback.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from analysis import corpus as corpus_module
from analysis.errors import AnalysisError
from analysis.outputs import atomic_write

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", corpus_module.CorpusWarning)
        try:
            status = args.handler(args)
        except AnalysisError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = EXIT_USAGE
    skipped = [w.message for w in caught
               if isinstance(w.message, corpus_module.SkippedDocumentWarning)]
    for warning in caught:
        print(f"warning: {warning.message}", file=sys.stderr)
    if skipped:
        print(f"{len(skipped)} input(s) skipped and not analysed: "
              f"{', '.join(w.source for w in skipped)}", file=sys.stderr)
        status = status or EXIT_FAILED
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per task."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Discourse analysis of news: who is quoted, how their words are reported, "
                    "which frames dominate.")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_overview(commands)
    _add_quotes(commands)
    _add_run(commands)
    _add_evaluate(commands)
    _add_report(commands)
    return parser


def _corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", help="a folder of .txt files, or a .txt, JSONL, CSV or "
                                       "Parquet file")
    parser.add_argument("--text-column", default=corpus_module.TEXT_COLUMN,
                        help="column or JSON key holding the text (default: %(default)s)")
    parser.add_argument("--id-column", default=corpus_module.ID_COLUMN,
                        help="column or JSON key holding the id (default: %(default)s)")
    parser.add_argument("--encoding-errors", choices=corpus_module.ERRORS,
                        default=corpus_module.ENCODING_ERRORS,
                        help="bytes that are not UTF-8: stop, replace them, or decode the "
                             "file as Windows-1252 (default: %(default)s)")
    parser.add_argument("--on-error", choices=corpus_module.ON_ERROR,
                        default=corpus_module.ON_ERROR_DEFAULT,
                        help="a file or record that cannot be read: stop, or skip it, name it "
                             "and exit with status 1 (default: %(default)s)")


def _read(args: argparse.Namespace) -> pd.DataFrame:
    return corpus_module.read_corpus(args.corpus, text_column=args.text_column,
                                     id_column=args.id_column,
                                     encoding_errors=args.encoding_errors,
                                     on_error=args.on_error)


def write_table(table: pd.DataFrame, out: str | None) -> None:
    """Write ``table`` to ``out`` by its ending (.csv, .parquet), or print it when ``out`` is None.

    Raises:
        AnalysisError: an ending other than .csv or .parquet.
    """
    if out is None:
        print(table.to_string(index=False))
        return
    path = Path(out)
    if path.suffix == ".csv":
        atomic_write(path, table.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    elif path.suffix == ".parquet":
        atomic_write(path, table.to_parquet(index=False))
    else:
        raise AnalysisError(f"{out}: cannot tell the output format; use a .csv or .parquet "
                            "ending")


def _add_overview(commands) -> None:
    parser = commands.add_parser("overview", help="documents, paragraphs, sentences, words and "
                                                  "tokens per document")
    _corpus_arguments(parser)
    parser.add_argument("-o", "--output", help="write the table to this .csv or .parquet file")
    parser.set_defaults(handler=_overview)


def _overview(args: argparse.Namespace) -> int:
    from analysis.overview import corpus_overview

    write_table(corpus_overview(_read(args)), args.output)
    return EXIT_OK


def _add_report(commands) -> None:
    from analysis import report

    parser = commands.add_parser("report", help="execute the notebooks with papermill and write "
                                                "reports/<run>/ and figures/<run>/")
    parser.add_argument("corpus", help="the corpus every notebook reads")
    parser.add_argument("--run-name", default=report.RUN_NAME,
                        help="names the output folders (default: %(default)s)")
    parser.add_argument("--out", help="put reports/ and figures/ under this folder")
    parser.add_argument("--params", help="YAML file of notebook parameters: one mapping, or a "
                                         "list of mappings for several runs")
    parser.add_argument("--group-by", help="metadata column to compare groups by")
    parser.add_argument("--notebooks", nargs="+", help="notebooks to run (default: all)")
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    from analysis import report

    sets = report.load_parameter_sets(args.params) if args.params else [{}]
    runs = []
    for index, params in enumerate(sets):
        params = dict(params)
        run_name = str(params.pop("run_name", args.run_name if len(sets) == 1
                                  else f"{args.run_name}-{index + 1}"))
        corpus = str(params.pop("corpus", args.corpus))
        if args.group_by:
            params.setdefault("group_by", args.group_by)
        runs.append((corpus, run_name, params))
    declared = {p.name: report.notebook_parameters(p)
                for p in (map(Path, args.notebooks) if args.notebooks else report.list_notebooks())}
    for _, _, params in runs:  # refuse bad names before anything runs
        report.check_parameters(params, declared)
    failed = []
    for corpus, run_name, params in runs:
        results = report.run_report(corpus, run_name=run_name, out=args.out, parameters=params,
                                    notebooks=args.notebooks)
        failed += [r for r in results if not r.ok]
    for result in failed:
        print(f"error: [{result.run_name}] {result.notebook}: {result.error}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _add_evaluate(commands) -> None:
    from analysis import evaluate

    parser = commands.add_parser(
        "evaluate", help="score quote extraction against hand-coded gold (precision, recall, "
                         "F1, recall per kind, speaker accuracy)")
    parser.add_argument("gold", help='gold JSONL: {"id", "text", "quotes": [{"start", "end", '
                                     '"kind", "speaker", ...}]} per line')
    parser.add_argument("--pred", help="predictions (the JSONL, CSV or Parquet written by the "
                                       "quotes command); default: extract from the gold texts")
    parser.add_argument("--speaker-field", default=evaluate.SPEAKER_FIELD,
                        help="gold field holding the speaker (default: %(default)s)")
    parser.add_argument("--ignore-kind", action="append", dest="ignore_kinds",
                        help="predicted kind not to score, repeatable (default: "
                             f"{' '.join(evaluate.IGNORE_KINDS)})")
    parser.add_argument("--keep-nested", action="store_true",
                        help="score predicted quotes lying inside a longer predicted quote")
    parser.add_argument("--credit-mention", action="store_true",
                        help="count a speaker right when the mention as written names the gold "
                             "speaker (the group) though the resolved speaker (the organisation "
                             "it stands for) does not: for gold that annotates speakers as "
                             "written")
    parser.set_defaults(handler=_evaluate)


def _evaluate(args: argparse.Namespace) -> int:
    from analysis import evaluate

    ignore = tuple(args.ignore_kinds) if args.ignore_kinds else evaluate.IGNORE_KINDS
    result = evaluate.evaluate_files(args.gold, args.pred, speaker_field=args.speaker_field,
                                     ignore_kinds=ignore, drop_nested=not args.keep_nested,
                                     credit_mention=args.credit_mention)
    print(evaluate.format_evaluation(result))
    return EXIT_OK


def _engine_arguments(parser: argparse.ArgumentParser) -> None:
    from analysis import pipeline

    parser.add_argument("--engine", choices=pipeline.ENGINES, default=pipeline.DEFAULT_ENGINE,
                        help="serial, a process pool, or Dask (default: %(default)s)")
    parser.add_argument("--workers", type=int,
                        help="processes for the pool or the local Dask cluster (default: all "
                             "cores)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler "
                                            "(tcp://host:8786); default: start a local cluster")
    parser.add_argument("--chunk-size", type=int, default=pipeline.CHUNK_SIZE,
                        help="documents per chunk (default: %(default)s)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar (default: only when stderr is a terminal)")


def _run_pipeline(args: argparse.Namespace, **options):
    from analysis import pipeline

    source = corpus_module.iter_corpus(args.corpus, text_column=args.text_column,
                                       id_column=args.id_column,
                                       encoding_errors=args.encoding_errors,
                                       on_error=args.on_error)
    return pipeline.run_pipeline(source, engine=args.engine, workers=args.workers,
                                 scheduler=args.scheduler, chunk_size=args.chunk_size,
                                 progress=args.progress, **options)


def _report_status(status: pd.DataFrame) -> int:
    failed = status[status["status"] != "ok"]
    for doc_id, state, message in failed[["doc_id", "status", "message"]].itertuples(index=False):
        print(f"error: {doc_id}: {state}: {message}", file=sys.stderr)
    print(f"{len(status) - len(failed)} of {len(status)} documents analysed", file=sys.stderr)
    return EXIT_FAILED if len(failed) else EXIT_OK


def _add_quotes(commands) -> None:
    parser = commands.add_parser("quotes", help="extract quotes with speakers and reporting "
                                                "verbs; write the quotes table")
    _corpus_arguments(parser)
    parser.add_argument("-o", "--output", required=True,
                        help="OUT.csv or OUT.parquet: the quotes table; OUT.jsonl: one line per "
                             'document, in input order: {"id", "quotes": [...]}')
    _engine_arguments(parser)
    parser.set_defaults(handler=_quotes)


JSONL_QUOTE_FIELDS: tuple[str, ...] = (
    "start", "end", "text", "kind", "speaker", "speaker_mention", "cue", "cue_lemma", "rule",
)
"""Fields of each quote in the ``quotes`` command's JSONL output."""


def quotes_jsonl(status: pd.DataFrame, quotes: pd.DataFrame) -> bytes:
    """One JSON line per document of ``status`` (input order): its id and its quotes.

    A document whose analysis failed also carries ``"error"``.
    """
    import json

    by_doc = {doc_id: part for doc_id, part in quotes.groupby("doc_id", sort=False)}
    lines = []
    for doc_id, state, message in status[["doc_id", "status", "message"]].itertuples(index=False):
        part = by_doc.get(doc_id)
        records = [] if part is None else [
            {field: _plain(value) for field, value in zip(JSONL_QUOTE_FIELDS, row)}
            for row in part[list(JSONL_QUOTE_FIELDS)].itertuples(index=False)]
        line = {"id": doc_id, "quotes": records}
        if state != "ok":
            line["error"] = message
        lines.append(json.dumps(line, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _plain(value):
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _quotes(args: argparse.Namespace) -> int:
    from analysis import pipeline

    if Path(args.output).suffix not in (".csv", ".parquet", ".jsonl"):
        raise AnalysisError(f"{args.output}: cannot tell the output format; use a .csv, "
                            ".parquet or .jsonl ending")
    result = _run_pipeline(args, analyse=pipeline.analyse_quotes)
    if args.output.endswith(".jsonl"):
        atomic_write(args.output, quotes_jsonl(result.status, result.quotes))
    else:
        write_table(result.quotes, args.output)
    return _report_status(result.status)


def _add_run(commands) -> None:
    parser = commands.add_parser("run", help="the whole per-document analysis (quotes, people, "
                                             "frame hits) as Parquet partitions")
    _corpus_arguments(parser)
    parser.add_argument("--out", required=True,
                        help="folder for <table>/part-NNNNN.parquet and status.csv")
    parser.add_argument("--lexicon", help="frame lexicon: a bundled name or a YAML, CSV or "
                                          ".dic file (default: generic_frames)")
    _engine_arguments(parser)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    result = _run_pipeline(args, out=args.out, lexicon=args.lexicon)
    write_table(result.status, str(Path(args.out) / "status.csv"))
    return _report_status(result.status)
