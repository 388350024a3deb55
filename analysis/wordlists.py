"""Read the word lists under ``analysis/lexicons/attribution/`` (one entry a line, ``#`` comments).

The lists (titles, roles, group nouns, capitalised non-names, pronouns, elisions) are data with
their provenance in ``analysis/lexicons/attribution/README.md`` (STYLE 8); code matches them through
the frozensets built here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from analysis.errors import LexiconError

WORDLIST_DIR: str = "lexicons/attribution"
"""The folder of the lists inside the package (shipped as package data)."""


@lru_cache(maxsize=None)
def read_word_list(name: str) -> frozenset[str]:
    """Lower-cased entries of the list ``name`` (blank lines and ``#`` comments skipped).

    Args:
        name: the file name inside ``WORDLIST_DIR`` (``"titles.txt"``).

    Returns:
        The entries, lower-cased, with runs of spaces collapsed.

    Raises:
        LexiconError: the list does not exist.

    >>> "mp" in read_word_list("titles.txt")
    True
    """
    return frozenset(_lines(name))


def _lines(name: str) -> list[str]:
    """The entries of a list: lower-cased lines, comments and blank lines dropped."""
    path = Path(__file__).resolve().parent / WORDLIST_DIR / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise LexiconError(f"word list {WORDLIST_DIR}/{name} not found") from error
    entries = []
    for line in text.splitlines():
        entry = " ".join(line.split("#", 1)[0].lower().split())
        if entry:
            entries.append(entry)
    return entries


@lru_cache(maxsize=None)
def read_frames(name: str, header: str = "lemma,frame") -> dict[str, frozenset[str]]:
    """The ``lemma,frame`` rows of the CSV list ``name``, as frame → lemmas.

    Args:
        name: the file name inside ``WORDLIST_DIR`` (``"cue_frames.csv"``).
        header: the header row, skipped (``"title,noun"`` in ``description_titles.csv``).

    Returns:
        Each frame with the lower-cased lemmas listed under it.

    Raises:
        LexiconError: the list does not exist or a row lacks its frame.

    >>> "say" in read_frames("cue_frames.csv")["clausal"]
    True
    """
    frames: dict[str, set[str]] = {}
    for number, entry in enumerate(_lines(name), start=1):
        lemma, _, frame = entry.partition(",")
        if entry == header:
            continue
        if not frame:
            raise LexiconError(f"{WORDLIST_DIR}/{name}: row {number} {entry!r} has no frame")
        frames.setdefault(frame.strip(), set()).add(lemma.strip())
    return {frame: frozenset(lemmas) for frame, lemmas in frames.items()}
