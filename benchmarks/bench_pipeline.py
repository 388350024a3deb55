"""Benchmark the corpus pipeline: documents/s, MB/s and peak memory per engine and corpus size.

Each (N, engine) run happens in a fresh child process, so its peak memory is its own: this
(parent) process samples the memory of the child's process tree (the child, pool workers, a Dask
LocalCluster's worker processes) from ``/proc/<pid>/smaps_rollup`` every ``SAMPLE_SECONDS``: the
peak sum of Pss (shared pages divided among the processes sharing them: the real footprint) and
of Rss (shared pages counted once per process: an overstatement with forked workers). Sampling
from outside keeps the measurement off the measured interpreter (a sampling thread in the child
took its GIL for every walk of ``/proc``). The child reports ``resource.getrusage`` ``ru_maxrss``
of itself and of its largest reaped child, and its own wall and CPU time.

Corpora come from ``generate_corpus.py`` (created under ``benchmarks/out/`` when missing); runs
at ``PARQUET_FROM`` documents or more write Parquet partitions to ``benchmarks/out/run-<engine>/``
instead of keeping the tables in memory.

Targets (DESIGN "Scale"; benchmarks, not tests): >= 450 documents/s on one core for the full
analysis of news-length articles; >= 1.8x that with 2 processes; peak memory < 500 MB at 100,000
documents; Dask within 20% of the process pool at 10,000 documents.

Other processes sharing the cores disturb wall-clock speeds: ``--repeat R`` runs the engines
one after another R times (interleaved, so each comparison is back to back), prints the
1-minute load average before each run, and ends with each engine's speed as a fraction of the
first engine's, per round and the median.

Usage::

    python benchmarks/bench_pipeline.py --n 1000 10000 --engines serial processes dask
    python benchmarks/bench_pipeline.py --n 10000 --engines processes dask --repeat 5
    python benchmarks/bench_pipeline.py --n 100000 --engines processes   # writes Parquet
    python benchmarks/bench_pipeline.py --n 1000 --work light           # engines without extractors
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

# The repository first, so the benchmark measures this checkout whatever is installed.
sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent)]

from analysis.compiled import compiled_summary  # noqa: E402
from generate_corpus import OUT_DIR, corpus_path, write_corpus, DEFAULT_SOURCES, SEED  # noqa: E402

SIZES: tuple[int, ...] = (1_000, 10_000, 100_000)
ENGINES: tuple[str, ...] = ("serial", "processes", "dask")
WORKS: tuple[str, ...] = ("full", "light")
"""``full``: ``analysis.pipeline.analyse_document``; ``light``: a stand-in doing only sentence and
word splitting, to measure the engines' own overhead while the extractors are unavailable."""
PARQUET_FROM = 100_000
SAMPLE_SECONDS = 0.1
REPEAT = 1
"""Rounds of every engine per corpus size (``--repeat``)."""


def light_analyse(doc_id: str, text: str, *, lexicon: object = None) -> dict[str, list]:
    """Sentence and word splitting only; no records (a stand-in for ``analyse_document``)."""
    from analysis.text import sentence_spans, word_spans

    sentence_spans(text)
    word_spans(text)
    return {"quotes": [], "people": [], "frame_hits": []}


def _tree_memory(root: int) -> tuple[int, int]:
    """Sum of resident (Rss) and proportional (Pss) memory over ``root`` and its descendants.

    Pss divides each shared page among the processes mapping it, so the Pss sum is the tree's
    real footprint; the Rss sum counts pages shared by forked workers once per process.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    rss = pss = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


class _PeakSampler(threading.Thread):
    """Peak Rss and Pss of the process tree under ``root``, sampled until ``stopped`` is set."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak_rss = self.peak_pss = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(SAMPLE_SECONDS):
            rss, pss = _tree_memory(self.root)
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)


def _child(args: argparse.Namespace) -> None:
    from analysis.pipeline import analyse_document, run_pipeline

    analyse = light_analyse if args.work == "light" else analyse_document
    out = OUT_DIR / f"run-{args.engine}" if args.documents >= PARQUET_FROM else None
    cpu_before = sum(getattr(resource.getrusage(who), field) for who in
                     (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                     for field in ("ru_utime", "ru_stime"))
    started = time.perf_counter()
    result = run_pipeline(args.corpus, engine=args.engine, workers=args.workers,
                          analyse=analyse, out=out, progress=False)
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + reaped.ru_utime + reaped.ru_stime - cpu_before
    print(json.dumps({
        "seconds": elapsed, "cpu_seconds": cpu, "documents": len(result.status),
        "errors": result.n_errors, "maxrss_self": own.ru_maxrss * 1024,
        "maxrss_children": reaped.ru_maxrss * 1024,
        "parquet": str(out) if out else None,
    }))


def _run(n: int, engine: str, work: str, workers: int | None) -> dict:
    path = corpus_path(n)
    stats_path = Path(f"{path}.stats.json")
    if not path.exists() or not stats_path.exists():
        write_corpus(path, n, DEFAULT_SOURCES, seed=SEED)
    stats = json.loads(stats_path.read_text(encoding="utf-8"))
    load = os.getloadavg()[0]
    command = [sys.executable, __file__, "--child", "--corpus", str(path), "--engine", engine,
               "--work", work, "--documents", str(n)]
    if workers:
        command += ["--workers", str(workers)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = _PeakSampler(child.pid)
    sampler.start()
    stdout, stderr = child.communicate()
    sampler.stopped.set()
    sampler.join()
    if child.returncode:
        raise SystemExit(f"benchmark run failed: {' '.join(command)}\n{stderr}")
    row = json.loads(stdout.strip().splitlines()[-1])
    row.update(peak_tree_rss=max(sampler.peak_rss, row["maxrss_self"]),
               peak_tree_pss=sampler.peak_pss)
    row.update(n=n, engine=engine, work=work, load=load,
               workers=1 if engine == "serial" else workers or os.cpu_count(),
               docs_per_s=row["documents"] / row["seconds"],
               docs_per_cpu_s=row["documents"] / row["cpu_seconds"],
               mb_per_s=stats["text_bytes"] / 1e6 / row["seconds"])
    return row


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=list(SIZES), help="corpus sizes")
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--work", choices=WORKS, default="full")
    parser.add_argument("--workers", type=int, help="processes (default: all cores)")
    parser.add_argument("--repeat", type=int, default=REPEAT,
                        help="rounds of the engines, interleaved (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also append each result as a JSON line here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--documents", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error(f"--repeat must be at least 1, not {args.repeat}")
    if args.child:
        _child(args)
        return
    print(compiled_summary())
    print("| N | engine | work | workers | docs/s | MB/s | docs/CPU-s | CPU/wall "
          "| peak tree PSS MB | peak tree RSS MB | errors | load before |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in args.n:
        speeds: dict[str, list[float]] = {engine: [] for engine in args.engines}
        for _ in range(args.repeat):
            for engine in args.engines:
                row = _run(n, engine, args.work, args.workers)
                speeds[engine].append(row["docs_per_s"])
                print(f"| {n} | {engine} | {row['work']} | {row['workers']} | "
                      f"{row['docs_per_s']:.0f} | {row['mb_per_s']:.2f} | "
                      f"{row['docs_per_cpu_s']:.0f} | {row['cpu_seconds'] / row['seconds']:.2f} | "
                      f"{row['peak_tree_pss'] / 2**20:.0f} | {row['peak_tree_rss'] / 2**20:.0f} | "
                      f"{row['errors']} | {row['load']:.2f} |", flush=True)
                if args.json:
                    with args.json.open("a", encoding="utf-8") as log:
                        log.write(json.dumps(row) + "\n")
        if args.repeat > 1 and len(args.engines) > 1:
            _print_ratios(n, speeds)


def _print_ratios(n: int, speeds: dict[str, list[float]]) -> None:
    """Each engine's documents/s over the first engine's, round by round, and the median."""
    first, *others = speeds
    for engine in others:
        ratios = [mine / theirs for mine, theirs in zip(speeds[engine], speeds[first])]
        listed = ", ".join(f"{ratio:.2f}" for ratio in ratios)
        print(f"N={n}: {engine} / {first} documents/s: {listed}; "
              f"median {statistics.median(ratios):.2f}", flush=True)


if __name__ == "__main__":
    main()
