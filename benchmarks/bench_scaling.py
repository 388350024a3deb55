"""Time against text length: extraction and text primitives on one huge article.

Builds articles of growing size from the seed (and from pathological inputs: thousands of
unbalanced quotation marks, one 2 MB line) and prints seconds, MB/s and the ratio of time per MB
between the largest and the smallest size: near 1 means linear time.

    .venv/bin/python benchmarks/bench_scaling.py [--max-mb 10]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from analysis.quotes import extract_document
from analysis.text import sentence_spans, token_spans

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")


def _inputs(megabytes: float) -> dict[str, str]:
    size = int(megabytes * 1_000_000)
    return {
        "seed repeated": (SEED + "\n\n") * (size // (len(SEED) + 2) + 1),
        "unbalanced marks": ('He said "no. ' * (size // 13 + 1)),
        "one long line": ("word " * (size // 5 + 1)).replace("\n", " "),
    }


def _time(function, text: str) -> float:
    started = time.perf_counter()
    function(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    args = parser.parse_args()
    sizes = [s for s in (0.1, 1.0, 2.0, 10.0) if s <= args.max_mb]
    steps = {"extract_document": extract_document, "sentences": sentence_spans,
             "tokens": token_spans}
    print(f"{'input':18} {'step':17} " + " ".join(f"{s:>7g}MB" for s in sizes) + "  ratio")
    for name in _inputs(0.001):
        texts = {size: _inputs(size)[name] for size in sizes}
        for step, function in steps.items():
            seconds = {size: _time(function, texts[size]) for size in sizes}
            per_mb = [seconds[s] / (len(texts[s]) / 1e6) for s in sizes]
            cells = " ".join(f"{seconds[s]:>8.2f}s" for s in sizes)
            print(f"{name:18} {step:17} {cells}  {per_mb[-1] / per_mb[0]:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
