"""Generate a deterministic news-shaped corpus for the pipeline benchmarks (JSONL).

Each line is ``{"id", "text", "outlet", "date"}``.

Each generated article takes the paragraph count of a source article drawn at random and fills
it with paragraphs resampled (with replacement, fixed seed) from the pool of all source
paragraphs, so lengths, paragraph shapes, quotation marks and attributions follow real news
writing. Sources are the seed article and, when present, the PolNeAR development articles
(``../shared/eval/polnear-dev.jsonl``): their text is only read here; generated corpora go under
``benchmarks/out/`` (git-ignored) and must never be committed.

Usage::

    python benchmarks/generate_corpus.py --n 10000            # -> benchmarks/out/corpus-10000.jsonl
    python benchmarks/generate_corpus.py --n 500 --source seeds/000_420b308c2bca1785.txt --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "benchmarks" / "out"
"""Where generated corpora and benchmark outputs go (git-ignored)."""

DEFAULT_SOURCES: tuple[Path, ...] = (
    ROOT / "seeds" / "000_420b308c2bca1785.txt",
    ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl",
)
"""Source articles used when none are given; missing ones are skipped."""

SEED = 20160428
"""Random seed: the same seed, sources and N give the same corpus byte for byte."""

OUTLETS: tuple[str, ...] = ("Courier", "Herald", "Gazette", "Chronicle", "Observer", "Tribune")
"""Invented outlet names spread over the generated documents (a group column for aggregates)."""

FIRST_DATE = dt.date(2016, 1, 1)
DAYS = 366
"""Dates are drawn uniformly from ``DAYS`` days starting at ``FIRST_DATE``."""


def read_articles(sources: Sequence[Path]) -> list[list[str]]:
    """Read source articles as lists of non-blank paragraphs (one paragraph per line).

    Args:
        sources: ``.txt`` files (one article each), directories of them, or JSONL files with a
            ``text`` field per line. Missing paths are skipped.

    Returns:
        One list of paragraphs per article, in the order read.
    """
    articles = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            texts = [path.read_text(encoding="utf-8") for path in sorted(source.glob("*.txt"))]
        elif source.suffix == ".jsonl" and source.exists():
            with source.open(encoding="utf-8") as lines:
                texts = [json.loads(line)["text"] for line in lines if line.strip()]
        elif source.exists():
            texts = [source.read_text(encoding="utf-8")]
        else:
            texts = []
        for text in texts:
            paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
            if paragraphs:
                articles.append(paragraphs)
    return articles


def generate(n: int, articles: list[list[str]], *, seed: int = SEED) -> Iterator[dict]:
    """Yield ``n`` news-shaped documents resampled from ``articles``.

    Args:
        n: number of documents.
        articles: source articles as paragraph lists (``read_articles``).
        seed: random seed (default ``SEED``).

    Yields:
        ``{"id", "text", "outlet", "date"}`` dicts; paragraphs separated by a blank line.

    Raises:
        ValueError: ``articles`` is empty.
    """
    if not articles:
        raise ValueError("no source articles to resample")
    rng = random.Random(seed)
    pool = [paragraph for article in articles for paragraph in article]
    for i in range(n):
        length = len(rng.choice(articles))
        text = "\n\n".join(rng.choice(pool) for _ in range(length))
        date = FIRST_DATE + dt.timedelta(days=rng.randrange(DAYS))
        yield {"id": f"gen-{i:06d}", "text": text, "outlet": rng.choice(OUTLETS),
               "date": date.isoformat()}


def write_corpus(path: Path, n: int, sources: Sequence[Path], *, seed: int = SEED) -> dict:
    """Write a generated corpus as JSONL (temporary name, then renamed) and its size summary.

    Args:
        path: the JSONL file to write; ``<path>.stats.json`` gets the summary.
        n: number of documents.
        sources: source articles (see ``read_articles``).
        seed: random seed.

    Returns:
        ``{"documents": n, "text_bytes": UTF-8 bytes of all texts, "sources": [...], "seed"}``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    articles = read_articles(sources)
    text_bytes = 0
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as out:
        for document in generate(n, articles, seed=seed):
            text_bytes += len(document["text"].encode("utf-8"))
            out.write(json.dumps(document, ensure_ascii=False) + "\n")
    os.replace(temporary, path)
    stats = {"documents": n, "text_bytes": text_bytes, "seed": seed,
             "sources": [str(s) for s in sources if Path(s).exists()],
             "source_articles": len(articles)}
    stats_path = Path(f"{path}.stats.json")
    stats_path.write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")
    return stats


def corpus_path(n: int) -> Path:
    """The default location of a generated corpus of ``n`` documents."""
    return OUT_DIR / f"corpus-{n}.jsonl"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--source", type=Path, action="append",
                        help="source article(s): .txt, folder of .txt, or JSONL with 'text' "
                             "(repeatable; default: the seed and PolNeAR dev when present)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED})")
    parser.add_argument("--out", type=Path,
                        help="output JSONL (default benchmarks/out/corpus-N.jsonl)")
    args = parser.parse_args(argv)
    stats = write_corpus(args.out or corpus_path(args.n), args.n,
                         args.source or DEFAULT_SOURCES, seed=args.seed)
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
