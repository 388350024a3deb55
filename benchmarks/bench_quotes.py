"""Benchmark quote extraction: accuracy against gold, speed and memory.

Runs ``analysis.quotes.extract_quotes`` over the seed article(s) and, when the gold file exists
(default ``../shared/eval/polnear-dev.jsonl`` relative to the repository), over every gold text,
timing the extraction alone in a single process, then scores it with ``analysis.evaluate``
(DESIGN "Evaluation"). Prints precision, recall and F1, recall per gold kind, speaker accuracy,
precision per rule, documents/s, MB/s and peak memory.

    .venv/bin/python benchmarks/bench_quotes.py [--gold PATH] [--seeds DIR] [--tracemalloc]
        [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's package, whatever is installed

from analysis.compiled import compiled_summary  # noqa: E402
from analysis.evaluate import evaluate, format_evaluation, load_gold, predict  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
DEFAULT_SEEDS = ROOT / "seeds"
REPEAT = 5
"""Extra passes over the gold texts timed for the steady-state speed."""


def _extractor() -> Callable[..., Any] | None:
    try:
        from analysis.quotes import extract_quotes
    except ImportError as exc:
        print(f"analysis.quotes.extract_quotes is not available ({exc}); nothing to measure.")
        return None
    return extract_quotes


def _timed_predict(docs: Sequence[dict], extractor, use_tracemalloc: bool):
    """Run ``predict`` and return (predictions, seconds, traced peak bytes or None)."""
    if use_tracemalloc:
        tracemalloc.start()
    started = time.perf_counter()
    predicted = predict(docs, extractor=extractor)
    seconds = time.perf_counter() - started
    peak = None
    if use_tracemalloc:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return predicted, seconds, peak


def _speed_line(docs: Sequence[dict], seconds: float, peak: int | None) -> str:
    megabytes = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    rate = len(docs) / seconds if seconds else float("inf")
    line = (f"{len(docs)} documents, {megabytes:.3f} MB in {seconds:.3f} s: "
            f"{rate:.1f} documents/s, {megabytes / seconds if seconds else float('inf'):.2f} MB/s")
    if peak is not None:
        line += f", traced peak {peak / 1e6:.1f} MB"
    return line


def run_seeds(seeds: Path, extractor, use_tracemalloc: bool) -> None:
    """Extract from every seed article and print what was found."""
    paths = sorted(seeds.glob("*.txt"))
    docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in paths]
    if not docs:
        print(f"no seed articles in {seeds}")
        return
    predicted, seconds, peak = _timed_predict(docs, extractor, use_tracemalloc)
    print(f"== seeds ({seeds})")
    print(_speed_line(docs, seconds, peak))
    for doc in docs:
        quotes = predicted[doc["id"]]
        kinds = Counter(q["kind"] for q in quotes)
        speakers = Counter(q.get("speaker") for q in quotes)
        print(f"{doc['id']}: {len(quotes)} quotes; kinds {dict(sorted(kinds.items()))}; "
              f"speakers {dict(speakers.most_common())}")


def _repeated_speed(docs: Sequence[dict], extractor, repeat: int) -> str:
    """Extraction alone, ``repeat`` more passes: the best wall time and the CPU time per pass.

    The first pass also loads lexicons and fills caches; a corpus of thousands of documents
    runs at the steady rate these passes measure.
    """
    texts = [d["text"] for d in docs]
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            extractor(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return (f"steady state, best of {repeat} more passes: {len(docs) / best_wall:.1f} "
            f"documents/s wall, {len(docs) / best_cpu:.1f} documents per CPU-second")


def run_gold(gold_path: Path, extractor, use_tracemalloc: bool, repeat: int) -> None:
    """Extract from every gold text, then print the evaluation and the speed."""
    docs = load_gold(gold_path)
    predicted, seconds, peak = _timed_predict(docs, extractor, use_tracemalloc)
    print(f"== gold ({gold_path})")
    print(format_evaluation(evaluate(docs, predicted)))
    either = evaluate(docs, predicted, credit_mention=True)
    print(f"speaker accuracy crediting the mention as written too: {either.speaker_accuracy:.3f}  "
          f"({either.speaker_correct}/{either.speaker_scored})")
    print("first pass: " + _speed_line(docs, seconds, peak))
    if repeat > 0:
        print(_repeated_speed(docs, extractor, repeat))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit status (0 also when the gold file is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed directory")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="trace Python allocations for a peak (slows extraction)")
    parser.add_argument("--repeat", type=int, default=REPEAT,
                        help="extra timed passes over the gold texts (0: first pass only)")
    args = parser.parse_args(argv)
    extractor = _extractor()
    if extractor is None:
        return 0
    print(compiled_summary())
    run_seeds(args.seeds, extractor, args.tracemalloc)
    if args.gold.exists():
        run_gold(args.gold, extractor, args.tracemalloc, args.repeat)
    else:
        print(f"gold file {args.gold} is absent: accuracy not measured.")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the process: {peak_rss:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
