"""Corpus statistics: word counts, keyness and collocation (DESIGN "Framing and corpus statistics").

Words are the lower-cased tokens of ``analysis.text.word_spans`` (curly apostrophes made
straight). Every statistic can be computed on all words, on quoted speech only or on narration
only (``scope``, see ``analysis.framing``), and by group.

Keyness compares a target with a reference through the 2x2 table of a word's frequency ``a`` in
the target (``c`` words in all) and ``b`` in the reference (``d`` words)::

    E1 = c (a + b) / (c + d)        E2 = d (a + b) / (c + d)
    G2 = 2 (a ln(a / E1) + b ln(b / E2))                     (0 ln 0 = 0)

Collocation compares the words in a window around each occurrence of a node with the whole
scope: ``R1`` window positions around the node (distinct, the node's own words excluded),
``O11`` occurrences of the collocate among them, ``C1`` its frequency, ``N`` the words in scope,
``E11 = R1 C1 / N`` (Evert 2008, "Corpora and collocations", in Lüdeling & Kytö (eds.), Corpus
Linguistics: An International Handbook, on surface co-occurrence in windows).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import chi2

from analysis.errors import AnalysisError, invalid_value
from analysis.framing import (
    DEFAULT_SCOPE,
    PER_WORDS,
    Lexicon,
    Scope,
    in_scope,
    iter_texts,
    match_terms,
    normalise_word,
    quote_spans_by_doc,
    resolve_group,
    scoped_words,
)
from analysis.schema import require_columns
from analysis.text import paragraph_spans, word_spans

__all__ = [
    "association", "collocations", "keyness", "keyness_by_group", "log_likelihood", "log_ratio",
    "p_value", "pct_diff", "term_counts",
]

KEYNESS_MIN_FREQ = 3
"""Keyness keeps words seen at least this often in target and reference together."""

ZERO_FREQUENCY = 0.5
"""Log Ratio replaces a zero frequency by this (Hardie 2014)."""

PCT_DIFF_ZERO = 1e-18
"""%DIFF replaces a zero reference frequency by this tiny number (Gabrielatos & Marchi 2012)."""

COLLOCATION_WINDOW: tuple[int, int] = (5, 5)
"""Words to the left and to the right of the node that count as its context."""

COLLOCATION_NODE = "said"
"""Default node word of the notebooks' collocations: news's reporting verb, whose collocates are
the people and institutions given a voice."""

COLLOCATION_MIN_FREQ = 3
"""Collocates must co-occur with the node at least this often."""

LOG_DICE_BASE = 14.0
"""The constant of logDice, its theoretical maximum (Rychlý 2008)."""

COUNT_COLUMNS: tuple[str, ...] = ("term", "count")
"""Word counts (after the group column, if any; see ``term_counts``)."""

KEYNESS_COLUMNS: tuple[str, ...] = (
    "term", "target_count", "reference_count", "target_per_1k", "reference_per_1k",
    "g2", "p_value", "log_ratio", "pct_diff",
)
"""Keyness of each word (after the group column for ``keyness_by_group``; see ``keyness``)."""

COLLOCATION_COLUMNS: tuple[str, ...] = (
    "collocate", "observed", "expected", "collocate_freq", "node_freq",
    "mi", "t_score", "log_likelihood", "log_dice",
)
"""Collocates of a node (see ``collocations``)."""


# ---------------------------------------------------------------------------------------------
# Formulas


def log_likelihood(a: float, b: float, c: float, d: float) -> float:
    """Signed log-likelihood G² of a word seen ``a`` times in ``c`` words and ``b`` in ``d``.

    ``G2 = 2 (a ln(a/E1) + b ln(b/E2))`` with ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)`` and
    ``0 ln 0 = 0``; negative when the word is relatively rarer in the target (``a/c < b/d``),
    i.e. under-used. Rayson & Garside (2000), "Comparing corpora using frequency profiling",
    Workshop on Comparing Corpora, ACL 2000.

    >>> round(log_likelihood(10, 10, 1000, 4000), 4)
    8.9257
    """
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g2 = 2.0 * (_x_ln(a, e1) + _x_ln(b, e2))
    return -g2 if a * d < b * c else g2


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    """Log Ratio: binary log of the ratio of relative frequencies, ``log2((a/c) / (b/d))``.

    A zero frequency is replaced by ``ZERO_FREQUENCY`` (0.5) so that the ratio stays finite.
    Each unit is a doubling. Hardie (2014), "Log Ratio: an informal introduction", CASS blog.

    >>> log_ratio(10, 10, 1000, 4000)
    2.0
    """
    a, b = a or ZERO_FREQUENCY, b or ZERO_FREQUENCY
    return math.log2((a / c) / (b / d))


def pct_diff(a: float, b: float, c: float, d: float) -> float:
    """%DIFF: the difference of normalised frequencies as a percentage of the reference's.

    ``%DIFF = (NF_t - NF_r) * 100 / NF_r`` with ``NF_t = a/c``, ``NF_r = b/d``; a zero ``NF_r``
    is replaced by ``PCT_DIFF_ZERO``. Gabrielatos & Marchi (2012), "Keyness: appropriate metrics
    and practical issues", CADS International Conference, Bologna.

    >>> pct_diff(10, 10, 1000, 4000)
    300.0
    """
    target, reference = a / c, b / d
    return (target - reference) * 100.0 / (reference or PCT_DIFF_ZERO)


def p_value(g2: float) -> float:
    """p-value of a G² under the chi-square distribution with 1 degree of freedom.

    >>> round(p_value(3.841458820694124), 6)
    0.05
    """
    return float(chi2.sf(abs(g2), 1))


def _x_ln(observed: float, expected: float) -> float:
    return observed * math.log(observed / expected) if observed > 0 else 0.0


def association(observed: int, window: int, collocate_freq: int, node_freq: int,
                total: int) -> dict[str, float]:
    """MI, t-score, log-likelihood and logDice of a collocate from its window counts.

    With ``O11 = observed``, ``R1 = window`` (positions around the node), ``C1 =
    collocate_freq``, ``N = total`` and ``E11 = R1 C1 / N``:

    - ``MI = log2(O11 / E11)`` (Church & Hanks 1990, "Word association norms, mutual
      information, and lexicography", Computational Linguistics 16(1));
    - ``t = (O11 - E11) / sqrt(O11)`` (Church, Gale, Hanks & Hindle 1991, "Using statistics in
      lexical analysis");
    - ``G2 = 2 sum(O ln(O/E))`` over the four cells ``O11, O12 = R1 - O11, O21 = C1 - O11,
      O22 = N - R1 - C1 + O11`` with ``E = row total * column total / N``, negative when
      ``O11 < E11`` (Dunning 1993, "Accurate methods for the statistics of surprise and
      coincidence", Computational Linguistics 19(1));
    - ``logDice = 14 + log2(2 O11 / (f_node + C1))`` (Rychlý 2008, "A lexicographer-friendly
      association score", RASLAN 2008).

    >>> scores = association(2, 10, 4, 3, 100)
    >>> [round(scores[k], 4) for k in ("expected", "mi", "t_score", "log_likelihood", "log_dice")]
    [0.4, 2.3219, 1.1314, 4.3989, 13.1926]
    """
    expected = window * collocate_freq / total
    outside, other = total - window, total - collocate_freq
    cells = ((observed, window, collocate_freq), (window - observed, window, other),
             (collocate_freq - observed, outside, collocate_freq),
             (outside - collocate_freq + observed, outside, other))
    g2 = 2.0 * sum(_x_ln(o, row * col / total) for o, row, col in cells)
    return {
        "expected": expected,
        "mi": math.log2(observed / expected),
        "t_score": (observed - expected) / math.sqrt(observed),
        "log_likelihood": -g2 if observed < expected else g2,
        "log_dice": LOG_DICE_BASE + math.log2(2.0 * observed / (node_freq + collocate_freq)),
    }


# ---------------------------------------------------------------------------------------------
# Counts and keyness


def term_counts(
    documents: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    scope: Scope = DEFAULT_SCOPE,
    group_by: str | None = None,
) -> pd.DataFrame:
    """Word frequencies of a corpus, in scope, overall or per group.

    Args:
        documents: the documents table (``doc_id``, ``text``, metadata).
        quotes: the quotes table (needed for the ``quoted``/``narration`` scopes and for
            quote groups).
        scope: one of ``analysis.framing.SCOPES`` (default ``DEFAULT_SCOPE``).
        group_by: ``None`` for the whole corpus, a documents column (``doc_id``, ``outlet``,
            ...) or a quotes column (``speaker``, ...) for the words each group is quoted
            saying (``analysis.framing.resolve_group``).

    Returns:
        The group column (if any) then ``COUNT_COLUMNS``: ``term`` (lower-cased word), ``count``;
        sorted by group, count descending, term.

    Raises:
        AnalysisError, SchemaError: see ``analysis.framing.resolve_group``; a table lacks a
            needed column.
    """
    source = resolve_group(documents, quotes, scope, group_by)
    by_quote = source == "quotes"
    groups = _document_groups(documents, group_by) if source == "documents" else {}
    by_doc = quote_spans_by_doc(quotes, group_by=group_by if by_quote else None)
    counts: Counter[tuple[Any, str]] = Counter()
    for doc_id, text in iter_texts(documents):
        for start, end, quote in scoped_words(text, by_doc.get(doc_id, ())):
            if in_scope(quote, scope) and (quote is not None or not by_quote):
                group = quote.group if by_quote else groups.get(doc_id)
                counts[(group, normalise_word(text[start:end]))] += 1
    rows = [(group, term, n) for (group, term), n in counts.items()]
    table = pd.DataFrame(rows, columns=["group", *COUNT_COLUMNS]).astype(
        {"term": "str", "count": "int64"})
    table = table.sort_values(["group", "count", "term"], ascending=[True, False, True],
                              kind="stable", na_position="last").reset_index(drop=True)
    if group_by is None:
        return table[list(COUNT_COLUMNS)]
    return table.rename(columns={"group": group_by})


def _document_groups(documents: pd.DataFrame, group_by: str) -> dict[str, Any]:
    require_columns(documents, ("doc_id", group_by), table_name="documents")
    return dict(zip(documents["doc_id"].astype(str), documents[group_by]))


def keyness(
    target: Any,
    reference: Any,
    *,
    min_freq: int = KEYNESS_MIN_FREQ,
) -> pd.DataFrame:
    """Keywords of a target against a reference: G², p-value, Log Ratio and %DIFF per word.

    Corpus sizes ``c`` and ``d`` are the sums of all counts, before the frequency filter.

    Args:
        target: word counts as a table with ``term`` and ``count`` (other columns are summed
            over, e.g. ``term_counts`` output), a mapping word -> count, a documents table
            (``text`` column), a text, or a list of texts.
        reference: the same, for the reference corpus.
        min_freq: keep words with ``target_count + reference_count >= min_freq`` (default
            ``KEYNESS_MIN_FREQ``).

    Returns:
        ``KEYNESS_COLUMNS``: ``term``; ``target_count`` (a); ``reference_count`` (b);
        ``target_per_1k``, ``reference_per_1k`` (per 1,000 words); ``g2`` (signed
        ``log_likelihood``, negative for words under-used in the target); ``p_value``
        (``p_value``); ``log_ratio`` (``log_ratio``); ``pct_diff`` (``pct_diff``). Sorted by
        g2 descending, then term.

    Raises:
        AnalysisError: a corpus is empty, or ``min_freq`` is below 1.
        SchemaError: a count table lacks ``term`` or ``count``.
    """
    if min_freq < 1:
        raise invalid_value("min_freq", min_freq, ["an integer >= 1"])
    a_counts, b_counts = _counts(target, "target"), _counts(reference, "reference")
    c, d = sum(a_counts.values()), sum(b_counts.values())
    if c == 0 or d == 0:
        raise AnalysisError(f"keyness needs words in both corpora (target {c}, reference {d})")
    rows = []
    for term in set(a_counts) | set(b_counts):
        a, b = a_counts.get(term, 0), b_counts.get(term, 0)
        if a + b < min_freq:
            continue
        g2 = log_likelihood(a, b, c, d)
        rows.append((term, a, b, a * PER_WORDS / c, b * PER_WORDS / d, g2, p_value(g2),
                     log_ratio(a, b, c, d), pct_diff(a, b, c, d)))
    table = pd.DataFrame(rows, columns=list(KEYNESS_COLUMNS)).astype(_KEYNESS_TYPES)
    return table.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(
        drop=True)


_KEYNESS_TYPES = {"term": "str", "target_count": "int64", "reference_count": "int64",
                  "target_per_1k": "float64", "reference_per_1k": "float64", "g2": "float64",
                  "p_value": "float64", "log_ratio": "float64", "pct_diff": "float64"}


def _counts(source: Any, name: str) -> dict[str, int]:
    """Word counts from a count table, a mapping, a documents table, a text or texts."""
    if isinstance(source, pd.DataFrame):
        if "count" not in source.columns and "text" in source.columns:
            return _counts(source["text"].dropna().tolist(), name)
        require_columns(source, COUNT_COLUMNS, table_name=f"{name} counts")
        summed = source.groupby("term", sort=False)["count"].sum()
        return {str(t): int(n) for t, n in summed.items() if n > 0}
    if isinstance(source, Mapping):
        return {str(t): int(n) for t, n in source.items() if n > 0}
    texts = [source] if isinstance(source, str) else list(source)
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(normalise_word(text[s:e]) for s, e in word_spans(text))
    return dict(counts)


def keyness_by_group(
    documents: pd.DataFrame,
    group_by: str,
    *,
    quotes: pd.DataFrame | None = None,
    scope: Scope = DEFAULT_SCOPE,
    min_freq: int = KEYNESS_MIN_FREQ,
) -> pd.DataFrame:
    """Keywords of each group against the rest of the corpus (one-vs-rest), see ``keyness``.

    Args:
        documents: the documents table.
        group_by: a documents column, or a quotes column such as ``speaker`` (needs
            ``quotes``).
        quotes: the quotes table (for scopes other than ``all`` and for speakers).
        scope: one of ``analysis.framing.SCOPES``.
        min_freq: as for ``keyness``.

    Returns:
        The group column then ``KEYNESS_COLUMNS``; sorted by group, g2 descending, term. A group
        is skipped when it or the rest has no words.

    Raises:
        AnalysisError, SchemaError: as for ``term_counts`` and ``keyness``.
    """
    counts = term_counts(documents, quotes=quotes, scope=scope, group_by=group_by)
    tables = []
    for group, part in counts.groupby(group_by, dropna=False, sort=True):
        rest = counts[~_same_group(counts[group_by], group)]
        if part["count"].sum() == 0 or rest["count"].sum() == 0:
            continue
        table = keyness(part, rest, min_freq=min_freq)
        table.insert(0, group_by, group)
        tables.append(table)
    if not tables:
        return pd.DataFrame(columns=[group_by, *KEYNESS_COLUMNS]).astype(_KEYNESS_TYPES)
    return pd.concat(tables, ignore_index=True)


COMPARISON_COLUMN = "comparison"
"""Column naming what ``compare_keyness`` compared ("quoted vs narration", "<group> vs rest")."""


def compare_keyness(
    documents: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    reference: pd.DataFrame | None = None,
    group_by: str | None = None,
    min_freq: int = KEYNESS_MIN_FREQ,
) -> pd.DataFrame:
    """Keywords for the comparison the inputs call for, labelled in a ``comparison`` column.

    - ``reference`` given: the corpus against the reference corpus ("corpus vs reference");
    - else ``group_by`` given: each group against the rest of the corpus ("<group> vs rest",
      see ``keyness_by_group``);
    - else quoted speech against narration ("quoted vs narration"): the sources' words
      against the journalist's (needs ``quotes``; see ``analysis.framing.QUOTED_KINDS``).
    Statistics as in ``keyness`` (G², Rayson & Garside 2000; Log Ratio, Hardie 2014; %DIFF,
    Gabrielatos & Marchi 2012).

    Args:
        documents: the documents table.
        quotes: the quotes table (for groups of quote columns and for quoted vs narration).
        reference: a documents table of the reference corpus.
        group_by: a documents column, or a quotes column such as ``speaker``.
        min_freq: as for ``keyness``.

    Returns:
        ``comparison`` then ``KEYNESS_COLUMNS``, sorted by comparison, g2 descending, term.

    Raises:
        AnalysisError: none of ``reference``, ``group_by`` or ``quotes`` is given.
    """
    if reference is not None:
        table = keyness(documents, reference, min_freq=min_freq)
        table.insert(0, COMPARISON_COLUMN, "corpus vs reference")
        return table
    if group_by is not None:
        table = keyness_by_group(documents, group_by, quotes=quotes, min_freq=min_freq)
        labels = table.pop(group_by).astype(str) + " vs rest"
        table.insert(0, COMPARISON_COLUMN, labels)
        return table.reset_index(drop=True)
    if quotes is None:
        raise AnalysisError("compare_keyness needs a reference corpus, a group_by column or a "
                            "quotes table (for quoted speech vs narration)")
    quoted = term_counts(documents, quotes=quotes, scope="quoted")
    narration = term_counts(documents, quotes=quotes, scope="narration")
    if quoted["count"].sum() == 0 or narration["count"].sum() == 0:
        empty = pd.DataFrame(columns=list(KEYNESS_COLUMNS)).astype(_KEYNESS_TYPES)
        return empty.assign(**{COMPARISON_COLUMN: pd.Series(dtype="str")})[
            [COMPARISON_COLUMN, *KEYNESS_COLUMNS]]
    table = keyness(quoted, narration, min_freq=min_freq)
    table.insert(0, COMPARISON_COLUMN, "quoted vs narration")
    return table


def _same_group(values: pd.Series, group: Any) -> pd.Series:
    if pd.isna(group):
        return values.isna()
    return values == group


# ---------------------------------------------------------------------------------------------
# Collocation


def collocations(
    documents: pd.DataFrame,
    node: str,
    *,
    quotes: pd.DataFrame | None = None,
    scope: Scope = DEFAULT_SCOPE,
    window: tuple[int, int] = COLLOCATION_WINDOW,
    min_freq: int = COLLOCATION_MIN_FREQ,
) -> pd.DataFrame:
    """Collocates of a node word (or wildcard, or phrase) within a window of words.

    A window never crosses a paragraph break, nor (with a ``quoted``/``narration`` scope) the
    edge of a quote; positions are counted once even where the windows of two nodes overlap,
    and the node's own words are not collocates. See the module docstring and ``association``
    for the contingency table and formulas.

    Args:
        documents: the documents table.
        node: a term in lexicon syntax (``econom*``, ``labour party``), case-insensitive.
        quotes: the quotes table (for scopes other than ``all``).
        scope: one of ``analysis.framing.SCOPES``.
        window: words to the left and right of the node (default ``COLLOCATION_WINDOW``).
        min_freq: keep collocates seen at least this often in the windows (default
            ``COLLOCATION_MIN_FREQ``).

    Returns:
        ``COLLOCATION_COLUMNS``: ``collocate`` (lower-cased word), ``observed`` (O11),
        ``expected`` (E11), ``collocate_freq`` (C1), ``node_freq`` (occurrences of the node),
        ``mi``, ``t_score``, ``log_likelihood`` (signed G²), ``log_dice``; sorted by log_dice
        descending, observed descending, collocate. Empty when the node does not occur.

    Raises:
        AnalysisError: invalid ``scope``, ``window`` or ``min_freq``; a scope without quotes.
        LexiconError: ``node`` is not a valid term.
    """
    resolve_group(documents, quotes, scope, None)
    left, right = window
    if left < 0 or right < 0 or left + right == 0:
        raise invalid_value("window", window, ["(left, right) words, >= 0, not both 0"])
    if min_freq < 1:
        raise invalid_value("min_freq", min_freq, ["an integer >= 1"])
    lexicon = Lexicon.from_mapping({"node": [node]}, name="node")
    by_doc = quote_spans_by_doc(quotes)
    freq: Counter[str] = Counter()
    observed: Counter[str] = Counter()
    total = positions = node_freq = 0
    for doc_id, text in iter_texts(documents):
        tokens, segments, nodes = _scoped_tokens(text, by_doc.get(doc_id, ()), scope, lexicon)
        freq.update(t for t in tokens if t is not None)
        total += sum(t is not None for t in tokens)
        node_freq += len(nodes)
        slots = _window_positions(nodes, segments, left, right)
        positions += len(slots)
        observed.update(tokens[k] for k in slots)
    rows = []
    for word, o11 in observed.items():
        if o11 >= min_freq:
            stats = association(o11, positions, freq[word], node_freq, total)
            rows.append((word, o11, stats["expected"], freq[word], node_freq, stats["mi"],
                         stats["t_score"], stats["log_likelihood"], stats["log_dice"]))
    table = pd.DataFrame(rows, columns=list(COLLOCATION_COLUMNS)).astype(
        {"collocate": "str", "observed": "int64", "expected": "float64", "collocate_freq": "int64",
         "node_freq": "int64", "mi": "float64", "t_score": "float64",
         "log_likelihood": "float64", "log_dice": "float64"})
    return table.sort_values(["log_dice", "observed", "collocate"], ascending=[False, False, True],
                             kind="stable").reset_index(drop=True)


def _scoped_tokens(
    text: str, quote_spans: Iterable[Any], scope: str, lexicon: Lexicon
) -> tuple[list[str | None], list[int], list[tuple[int, int]]]:
    """Tokens (None out of scope), a segment id per token, and the in-scope node matches."""
    words = scoped_words(text, quote_spans)
    paragraphs = paragraph_spans(text)
    p_starts = np.array([s for s, _ in paragraphs] or [0])
    tokens, segments = [], []
    segment, previous = -1, None
    for start, end, quote in words:
        paragraph = int(np.searchsorted(p_starts, start, side="right"))
        key = (paragraph, quote if scope != "all" else None)
        if key != previous:
            segment, previous = segment + 1, key
        segments.append(segment)
        tokens.append(normalise_word(text[start:end]) if in_scope(quote, scope) else None)
    spans = [(s, e) for s, e, _ in words]
    normalised = [normalise_word(text[s:e]) for s, e in spans]
    nodes = [(i, j) for i, j, _ in match_terms(text, spans, normalised, lexicon)
             if all(tokens[k] is not None for k in range(i, j)) and segments[i] == segments[j - 1]]
    return tokens, segments, nodes


def _window_positions(nodes: list[tuple[int, int]], segments: list[int], left: int,
                      right: int) -> list[int]:
    """Distinct token positions within ``left``/``right`` words of a node, in its segment."""
    node_positions = {k for i, j in nodes for k in range(i, j)}
    slots: set[int] = set()
    for i, j in nodes:
        for k in [*range(i - left, i), *range(j, j + right)]:
            if 0 <= k < len(segments) and segments[k] == segments[i] and k not in node_positions:
                slots.add(k)
    return sorted(slots)
