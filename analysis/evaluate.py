"""Evaluation of quote extraction against hand-coded gold (DESIGN "Evaluation").

Gold is JSONL, one document a line: ``{"id", "text", "quotes": [{"start", "end", "text",
"kind", "speaker", ...}]}``. Predictions are what ``python -m analysis quotes`` writes (JSONL,
one document a line, ``{"id", "quotes": [...]}``) or a quotes table (CSV/Parquet with
``QUOTE_COLUMNS``).

Scoring follows the span-overlap matching used for attribution extraction on PolNeAR (Newell,
Margolin & Ruths 2018, "An Attribution Relations Corpus for Political News", LREC) and for the
Gender Gap Tracker's quote evaluation (Asr et al. 2021, PLoS ONE 16(1): e0245533): a predicted
quote matches a gold quote when they overlap by at least half of the longer span, one-to-one,
largest overlap first; precision = matched / predicted, recall = matched / gold, F1 their
harmonic mean (van Rijsbergen 1979, *Information Retrieval*, ch. 7). A speaker is right when the
gold speaker's surname is among the words of the predicted speaker.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from analysis.errors import AnalysisError, invalid_value
from analysis.schema import require_columns

Quote = Mapping[str, Any]

SPEAKER_FIELD: str = "speaker_head"
"""The gold field speakers are scored against (PolNeAR's heuristic short name); when a gold
quote has no such key, its ``speaker`` is used."""

FALLBACK_SPEAKER_FIELD: str = "speaker"
"""The gold field used when a quote lacks ``speaker_field``, and the predicted speaker field."""

PREDICTED_MENTION_FIELD: str = "speaker_mention"
"""The predicted field scored when the predicted ``speaker`` is null (an unresolved mention)."""

IGNORE_KINDS: tuple[str, ...] = ("scare",)
"""Quote kinds left out of scoring by default: PolNeAR does not annotate scare quotes."""

CREDIT_MENTION: bool = False
"""Whether a predicted speaker mention as written (``the group``) also counts when the
resolved speaker (``National Golf Foundation``) misses the gold speaker: for gold that
annotates speakers as written, as PolNeAR does, rather than resolved to whom they name."""

DROP_NESTED: bool = True
"""Drop predicted quotes lying inside a longer predicted quote (PolNeAR never nests)."""

MIN_OVERLAP_SHARE: float = 0.5
"""A match needs an overlap of at least this share of the longer of the two spans."""

PredictionFormat = Literal["auto", "jsonl", "csv", "parquet"]

PREDICTION_FORMAT: PredictionFormat = "auto"
"""Default ``load_predictions`` format: by file suffix."""

PREDICTION_FORMATS: tuple[str, ...] = ("auto", "jsonl", "csv", "parquet")
"""``load_predictions`` formats; ``auto`` goes by the file suffix (``SUFFIX_FORMATS``)."""

SUFFIX_FORMATS: Mapping[str, str] = {
    ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".parquet": "parquet", ".pq": "parquet",
}
"""File suffix → prediction format for ``file_format="auto"``."""

GOLD_DOC_KEYS: tuple[str, ...] = ("id", "text", "quotes")
"""Keys every gold document must have."""

QUOTE_KEYS: tuple[str, ...] = ("start", "end", "kind")
"""Keys every gold or predicted quote must have."""

PREDICTION_TABLE_COLUMNS: tuple[str, ...] = ("doc_id", "start", "end", "kind", "speaker")
"""Columns a predicted quotes table (CSV/Parquet) must have; other ``QUOTE_COLUMNS`` are kept."""

SPEAKER_TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
    "governor", "president", "vice", "pres", "mayor", "judge", "justice", "gen", "general",
    "col", "capt", "lt", "sgt", "adm", "rev", "reverend", "fr", "father", "hon",
})
"""Words dropped from a gold speaker before taking its last word as the surname (unless the
speaker is only a title: ``the president`` keeps ``president``)."""

SPEAKER_ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
"""Words always dropped from a gold speaker."""

NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
"""Generational and degree suffixes dropped from the end of a name (``King Jr.`` → ``King``)."""

DETAIL_COLUMNS: tuple[str, ...] = (
    "doc_id", "status", "gold_index", "pred_index", "gold_start", "gold_end", "gold_kind",
    "gold_speaker", "pred_start", "pred_end", "pred_kind", "pred_speaker", "overlap",
    "speaker_ok", "rule",
)
"""``Evaluation.details``: one row per gold or predicted quote; ``status`` is ``matched``,
``missed`` (gold without a match) or ``spurious`` (prediction without a match)."""

DOCUMENT_SCORE_COLUMNS: tuple[str, ...] = (
    "doc_id", "gold", "predicted", "matched", "precision", "recall", "f1",
    "speaker_scored", "speaker_correct",
)
"""``Evaluation.documents``: per-document tallies."""

KIND_COLUMNS: tuple[str, ...] = ("kind", "gold", "matched", "recall")
"""``Evaluation.by_kind``: recall per gold kind."""

RULE_COLUMNS: tuple[str, ...] = ("rule", "predicted", "matched", "precision")
"""``Evaluation.by_rule``: precision per extraction rule of the predictions."""

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclasses.dataclass(frozen=True, eq=False)
class Evaluation:
    """Scores of predicted quotes against gold (see ``evaluate``).

    Attributes:
        gold: gold quotes scored. predicted: predicted quotes scored (after dropping).
        matched: matched pairs. precision, recall, f1: overall, micro-averaged.
        by_kind: recall per gold kind (``KIND_COLUMNS``).
        speaker_scored: matched pairs whose gold speaker is not null.
        speaker_correct: of those, how many have the right speaker.
        speaker_accuracy: ``speaker_correct / speaker_scored`` (0.0 when none scored).
        by_rule: precision per predicted ``rule`` (``RULE_COLUMNS``).
        documents: per-document tallies (``DOCUMENT_SCORE_COLUMNS``).
        details: every gold and predicted quote with its status (``DETAIL_COLUMNS``).
    """

    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    by_kind: pd.DataFrame
    speaker_scored: int
    speaker_correct: int
    speaker_accuracy: float
    by_rule: pd.DataFrame
    documents: pd.DataFrame
    details: pd.DataFrame


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------- loading


def _check_quote(quote: object, where: str, text: str | None) -> dict[str, Any]:
    """Check one quote object and return it as a dict with integer offsets.

    Raises:
        AnalysisError: not an object, a key of ``QUOTE_KEYS`` missing, offsets not integers or
            out of order, or (gold) ``text`` not equal to the span it claims.
    """
    if not isinstance(quote, dict):
        raise AnalysisError(f"{where}: a quote must be a JSON object, got {type(quote).__name__}")
    missing = [k for k in QUOTE_KEYS if k not in quote]
    if missing:
        raise AnalysisError(f"{where}: quote is missing key(s) {', '.join(missing)}")
    start, end = quote["start"], quote["end"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise AnalysisError(f"{where}: start and end must be integers, got {start!r}, {end!r}")
    limit = len(text) if text is not None else end
    if not 0 <= start <= end <= limit:
        raise AnalysisError(f"{where}: span ({start}, {end}) is outside the text or reversed")
    if text is not None and "text" in quote and quote["text"] != text[start:end]:
        raise AnalysisError(f"{where}: quote text does not equal text[{start}:{end}]")
    return dict(quote)


def _json_lines(path: Path) -> Iterable[tuple[int, Any]]:
    """Yield ``(line number, parsed object)`` for each non-blank line of a JSONL file.

    Raises:
        AnalysisError: unreadable file, or a line that is not JSON (names file and line).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AnalysisError(f"{path}: cannot read ({exc})") from exc
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnalysisError(f"{path}, line {line_no}: invalid JSON ({exc.msg})") from exc


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read gold documents from JSONL (one ``{"id", "text", "quotes"}`` object a line).

    Args:
        path: the JSONL file.

    Returns:
        The documents, in file order, each a dict with its quotes as dicts.

    Raises:
        AnalysisError: unreadable file, bad JSON, a missing key (``GOLD_DOC_KEYS``,
            ``QUOTE_KEYS``), a span outside the text, a quote ``text`` differing from its span,
            or a repeated id; the message names the file and the line.
    """
    path = Path(path)
    documents, seen = [], {}
    for line_no, doc in _json_lines(path):
        where = f"{path}, line {line_no}"
        if not isinstance(doc, dict):
            raise AnalysisError(f"{where}: expected a JSON object")
        missing = [k for k in GOLD_DOC_KEYS if k not in doc]
        if missing:
            raise AnalysisError(f"{where}: document is missing key(s) {', '.join(missing)}")
        doc_id = str(doc["id"])
        if doc_id in seen:
            raise AnalysisError(f"{where}: duplicate id {doc_id!r} (first on line {seen[doc_id]})")
        seen[doc_id] = line_no
        if not isinstance(doc["quotes"], list):
            raise AnalysisError(f"{where}: quotes must be a list")
        quotes = [
            _check_quote(q, f"{where}, quote {i}", doc["text"]) for i, q in enumerate(doc["quotes"])
        ]
        documents.append(doc | {"id": doc_id, "quotes": quotes})
    return documents


def _predictions_from_jsonl(path: Path) -> dict[str, list[dict[str, Any]]]:
    predictions: dict[str, list[dict[str, Any]]] = {}
    for line_no, doc in _json_lines(path):
        where = f"{path}, line {line_no}"
        if not isinstance(doc, dict) or "id" not in doc or "quotes" not in doc:
            raise AnalysisError(f"{where}: expected an object with keys id, quotes")
        if not isinstance(doc["quotes"], list):
            raise AnalysisError(f"{where}: quotes must be a list")
        quotes = [_check_quote(q, f"{where}, quote {i}", None) for i, q in enumerate(doc["quotes"])]
        predictions.setdefault(str(doc["id"]), []).extend(quotes)
    return predictions


def predictions_from_table(table: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """Group a quotes table (``QUOTE_COLUMNS``) into predicted quotes by document.

    Args:
        table: at least the columns ``PREDICTION_TABLE_COLUMNS``.

    Returns:
        ``{doc_id: [quote dict, ...]}`` in table order, nulls as None, offsets as int.

    Raises:
        SchemaError: a required column is missing.
    """
    require_columns(table, PREDICTION_TABLE_COLUMNS, table_name="quotes")
    records = table.astype(object).where(table.notna(), None).to_dict(orient="records")
    predictions: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        record["start"], record["end"] = int(record["start"]), int(record["end"])
        predictions.setdefault(str(record["doc_id"]), []).append(record)
    return predictions


def load_predictions(
    path: str | Path, *, file_format: PredictionFormat = PREDICTION_FORMAT
) -> dict[str, list[dict[str, Any]]]:
    """Read predicted quotes: the ``quotes`` command's JSONL, or a quotes CSV/Parquet table.

    Args:
        path: the file.
        file_format: one of ``PREDICTION_FORMATS`` (default ``PREDICTION_FORMAT``); ``auto``
            picks by suffix (``SUFFIX_FORMATS``).

    Returns:
        ``{doc_id: [quote dict, ...]}``.

    Raises:
        AnalysisError: unknown format or suffix, unreadable file, bad JSON or missing keys
            (naming file and line); SchemaError for a table without the needed columns.
    """
    path = Path(path)
    if file_format not in PREDICTION_FORMATS:
        raise invalid_value("file_format", file_format, PREDICTION_FORMATS)
    if file_format == "auto":
        suffix = path.suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            raise invalid_value("prediction file suffix", suffix, SUFFIX_FORMATS)
        file_format = SUFFIX_FORMATS[suffix]  # type: ignore[assignment]
    if file_format == "jsonl":
        return _predictions_from_jsonl(path)
    try:
        table = pd.read_csv(path) if file_format == "csv" else pd.read_parquet(path)
    except (OSError, ValueError) as exc:
        raise AnalysisError(f"{path}: cannot read quotes table ({exc})") from exc
    return predictions_from_table(table)


# ---------------------------------------------------------------- matching


def overlap(a: Quote, b: Quote) -> int:
    """Number of characters two quotes' ``[start, end)`` spans share.

    Args:
        a, b: quotes with ``start`` and ``end``.

    Returns:
        The overlap in characters (0 when disjoint).

    >>> overlap({"start": 0, "end": 10}, {"start": 5, "end": 20})
    5
    """
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def spans_match(a: Quote, b: Quote) -> bool:
    """True when two spans overlap by at least ``MIN_OVERLAP_SHARE`` of the longer one.

    Rule (DESIGN "Evaluation"): ``overlap >= 0.5 * max(len(a), len(b))`` and ``overlap > 0``,
    so exactly half of the longer span is enough.

    Args:
        a, b: quotes with ``start`` and ``end``.

    Returns:
        Whether they match.

    >>> spans_match({"start": 0, "end": 10}, {"start": 5, "end": 10})
    True
    >>> spans_match({"start": 0, "end": 10}, {"start": 6, "end": 10})
    False
    """
    shared = overlap(a, b)
    longer = max(a["end"] - a["start"], b["end"] - b["start"])
    return shared > 0 and shared >= MIN_OVERLAP_SHARE * longer


def match_quotes(gold: Sequence[Quote], predicted: Sequence[Quote]) -> list[tuple[int, int]]:
    """Pair gold and predicted quotes one-to-one, largest overlap first.

    Every pair passing ``spans_match`` is a candidate; candidates are taken greedily by
    overlap (largest first; ties by gold index, then predicted index), skipping any whose gold
    or predicted quote is already paired.

    Args:
        gold: quotes with ``start`` and ``end``.
        predicted: quotes with ``start`` and ``end``.

    Returns:
        ``(gold index, predicted index)`` pairs, sorted by gold index.

    >>> match_quotes([{"start": 0, "end": 10}], [{"start": 2, "end": 9}, {"start": 0, "end": 10}])
    [(0, 1)]
    """
    candidates = sorted(
        (-overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if spans_match(g, p)
    )
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def drop_nested_quotes(quotes: Sequence[Quote]) -> list[int]:
    """Indices of the quotes that do not lie inside another, longer quote (nor repeat one).

    A quote lies inside another when its span is within the other's and shorter; of quotes
    with identical spans only the first is kept.

    Args:
        quotes: quotes with ``start`` and ``end``.

    Returns:
        Indices of the quotes to keep, in order.

    >>> spans = [(0, 30), (5, 9), (40, 50)]
    >>> drop_nested_quotes([{"start": a, "end": b} for a, b in spans])
    [0, 2]
    """
    kept = []
    for i, q in enumerate(quotes):
        inside = any(
            o["start"] <= q["start"] and q["end"] <= o["end"]
            and ((o["end"] - o["start"]) > (q["end"] - q["start"]) or j < i)
            for j, o in enumerate(quotes)
            if j != i
        )
        if not inside:
            kept.append(i)
    return kept


# ---------------------------------------------------------------- speakers


def _name_words(name: str) -> list[str]:
    """Lower-cased words of a name, possessive ``'s``, full stops and stray quote marks removed."""
    words = (_POSSESSIVE.sub("", w) for w in _WORD.findall(name.lower().replace(".", " ")))
    return [w for w in (w.strip("'’-") for w in words) if w]


def surname(speaker: str | None) -> str | None:
    """The surname of a gold speaker: its last word once titles, suffixes and ``'s`` are dropped.

    Args:
        speaker: a name as annotated (``"Sen. Bernie Sanders"``, ``"O’Malley’s campaign"``).

    Returns:
        The lower-cased last word, or None for a null or empty speaker.

    >>> surname("Sen. Bernie Sanders"), surname("Martin Luther King Jr."), surname("Mrs Clinton's")
    ('sanders', 'king', 'clinton')
    >>> surname("the president"), surname("a ''super PAC''"), surname("")
    ('president', 'pac', None)
    """
    if not speaker:
        return None
    all_words = [w for w in _name_words(speaker) if w not in SPEAKER_ARTICLES]
    words = [w for w in all_words if w not in SPEAKER_TITLES] or all_words
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else None


def speaker_correct(gold_speaker: str | None, predicted_speaker: str | None) -> bool:
    """True when the gold speaker's surname is one of the words of the predicted speaker.

    Rule (DESIGN "Evaluation"): the surname is the gold speaker's last word with articles,
    titles (``SPEAKER_TITLES``), name suffixes and a possessive ``'s`` dropped (``surname``);
    the comparison is case-insensitive, curly and straight apostrophes alike. A null gold
    speaker is not scored (``evaluate`` skips it); here it gives False, as does a null
    prediction.

    Args:
        gold_speaker: the annotated speaker (or ``speaker_head``).
        predicted_speaker: the extractor's speaker.

    Returns:
        Whether the prediction names the gold speaker.

    >>> speaker_correct("President Obama", "Barack Obama")
    True
    >>> speaker_correct("Dr. Jill Stein", "Stein's campaign")
    True
    >>> speaker_correct("Hillary Clinton", "Bill"), speaker_correct("Clinton", None)
    (False, False)
    """
    name = surname(gold_speaker)
    if name is None or not predicted_speaker:
        return False
    predicted_words = {w.replace("’", "'") for w in _name_words(predicted_speaker)}
    return name.replace("’", "'") in predicted_words


# ---------------------------------------------------------------- scoring


def _gold_speaker(quote: Quote, field: str) -> str | None:
    return quote.get(field) if field in quote else quote.get(FALLBACK_SPEAKER_FIELD)


def _predicted_speaker(quote: Quote) -> str | None:
    return quote.get(FALLBACK_SPEAKER_FIELD) or quote.get(PREDICTED_MENTION_FIELD)


def _speaker_ok(gold_speaker: str | None, quote: Quote, credit_mention: bool) -> bool | None:
    """Whether a matched prediction names the gold speaker (None when the gold has none): its
    speaker, or with ``credit_mention`` its mention as written."""
    if not gold_speaker:
        return None
    return speaker_correct(gold_speaker, _predicted_speaker(quote)) or credit_mention and \
        speaker_correct(gold_speaker, quote.get(PREDICTED_MENTION_FIELD))


def _score_document(
    doc_id: str,
    gold: Sequence[Quote],
    predicted: Sequence[Quote],
    speaker_field: str,
    credit_mention: bool = CREDIT_MENTION,
) -> list[dict[str, Any]]:
    """Detail rows (``DETAIL_COLUMNS``) for one document."""
    pairs = match_quotes(gold, predicted)
    rows = []
    blank = {c: None for c in DETAIL_COLUMNS}
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        gold_speaker = _gold_speaker(g, speaker_field)
        pred_speaker = _predicted_speaker(p)
        rows.append(blank | {
            "doc_id": doc_id, "status": "matched", "gold_index": gi, "pred_index": pi,
            "gold_start": g["start"], "gold_end": g["end"], "gold_kind": g["kind"],
            "gold_speaker": gold_speaker, "pred_start": p["start"], "pred_end": p["end"],
            "pred_kind": p["kind"], "pred_speaker": pred_speaker, "overlap": overlap(g, p),
            "speaker_ok": _speaker_ok(gold_speaker, p, credit_mention),
            "rule": p.get("rule"),
        })
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    rows += [
        blank | {
            "doc_id": doc_id, "status": "missed", "gold_index": gi, "gold_start": g["start"],
            "gold_end": g["end"], "gold_kind": g["kind"],
            "gold_speaker": _gold_speaker(g, speaker_field),
        }
        for gi, g in enumerate(gold) if gi not in matched_gold
    ]
    rows += [
        blank | {
            "doc_id": doc_id, "status": "spurious", "pred_index": pi, "pred_start": p["start"],
            "pred_end": p["end"], "pred_kind": p["kind"], "pred_speaker": _predicted_speaker(p),
            "rule": p.get("rule"),
        }
        for pi, p in enumerate(predicted) if pi not in matched_pred
    ]
    return rows


def _select_predictions(
    quotes: Sequence[Quote], ignore_kinds: Iterable[str], drop_nested: bool
) -> list[Quote]:
    kept = [q for q in quotes if q["kind"] not in ignore_kinds]
    if drop_nested:
        kept = [kept[i] for i in drop_nested_quotes(kept)]
    return kept


def _details_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=list(DETAIL_COLUMNS))
    for column in ("gold_index", "pred_index", "gold_start", "gold_end", "pred_start",
                   "pred_end", "overlap"):
        table[column] = table[column].astype("Int64")
    table["speaker_ok"] = table["speaker_ok"].astype("boolean")
    order = table["status"].map({"matched": 0, "missed": 1, "spurious": 2})
    table = table.assign(_order=order, _pos=table["gold_start"].fillna(table["pred_start"]))
    table = table.sort_values(["doc_id", "_pos", "_order", "gold_index", "pred_index"],
                              kind="stable")
    return table.drop(columns=["_order", "_pos"]).reset_index(drop=True)


def _documents_table(details: pd.DataFrame, doc_ids: Sequence[str]) -> pd.DataFrame:
    rows = []
    for doc_id in doc_ids:
        part = details[details["doc_id"] == doc_id]
        matched = int((part["status"] == "matched").sum())
        gold = matched + int((part["status"] == "missed").sum())
        predicted = matched + int((part["status"] == "spurious").sum())
        precision, recall = _ratio(matched, predicted), _ratio(matched, gold)
        scored = part["speaker_ok"].dropna()
        rows.append((doc_id, gold, predicted, matched, precision, recall, _f1(precision, recall),
                     len(scored), int(scored.sum())))
    table = pd.DataFrame(rows, columns=list(DOCUMENT_SCORE_COLUMNS))
    return table.sort_values("doc_id", kind="stable").reset_index(drop=True)


def _kind_table(details: pd.DataFrame) -> pd.DataFrame:
    gold = details[details["status"] != "spurious"]
    counts = gold.groupby("gold_kind", sort=True)["status"].agg(
        gold="size", matched=lambda s: int((s == "matched").sum())
    )
    table = counts.reset_index().rename(columns={"gold_kind": "kind"})
    table["recall"] = [_ratio(m, g) for m, g in zip(table["matched"], table["gold"])]
    return table[list(KIND_COLUMNS)].astype({"gold": "int64", "matched": "int64"})


def _rule_table(details: pd.DataFrame) -> pd.DataFrame:
    predicted = details[details["status"] != "missed"].assign(
        rule=lambda t: t["rule"].fillna("(none)")
    )
    counts = predicted.groupby("rule", sort=True)["status"].agg(
        predicted="size", matched=lambda s: int((s == "matched").sum())
    )
    table = counts.reset_index()
    table["precision"] = [_ratio(m, p) for m, p in zip(table["matched"], table["predicted"])]
    return table[list(RULE_COLUMNS)].astype({"predicted": "int64", "matched": "int64"})


def evaluate(
    gold_docs: Sequence[Mapping[str, Any]],
    predicted_by_id: Mapping[str, Sequence[Quote]],
    *,
    speaker_field: str = SPEAKER_FIELD,
    ignore_kinds: Sequence[str] = IGNORE_KINDS,
    drop_nested: bool = DROP_NESTED,
    credit_mention: bool = CREDIT_MENTION,
) -> Evaluation:
    """Score predicted quotes against gold documents.

    Quotes of a kind in ``ignore_kinds`` are left out on both sides (gold that annotates scare
    quotes and a run told to ignore them do not count them either way); with ``drop_nested``
    predicted quotes inside a longer predicted quote are dropped (``drop_nested_quotes``).
    Matching is ``match_quotes`` per document; precision, recall and F1 are micro-averaged
    over all documents (van Rijsbergen 1979); speaker accuracy is taken over matched pairs whose
    gold speaker is not null (``speaker_correct``). Gold documents without predictions count
    as predicting nothing; predictions for ids not in the gold are ignored.

    Args:
        gold_docs: documents as ``load_gold`` returns them.
        predicted_by_id: ``{doc_id: [quote, ...]}`` as ``load_predictions`` or ``predict``
            return it; quotes need ``start``, ``end``, ``kind`` and may carry ``speaker``,
            ``speaker_mention`` (scored when ``speaker`` is null) and ``rule``.
        speaker_field: the gold field holding the speaker (default ``SPEAKER_FIELD``; a
            gold quote without that key falls back to ``speaker``).
        ignore_kinds: kinds not scored (default ``IGNORE_KINDS``; a single string is one kind).
        drop_nested: drop nested predictions (default ``DROP_NESTED``).
        credit_mention: a speaker is also right when the predicted mention as written names
            the gold speaker (default ``CREDIT_MENTION``).

    Returns:
        An ``Evaluation``.
    """
    ignore_kinds = frozenset((ignore_kinds,) if isinstance(ignore_kinds, str) else ignore_kinds)
    rows: list[dict[str, Any]] = []
    doc_ids = []
    for doc in gold_docs:
        doc_id = str(doc["id"])
        doc_ids.append(doc_id)
        gold = [q for q in doc["quotes"] if q["kind"] not in ignore_kinds]
        predicted = _select_predictions(predicted_by_id.get(doc_id, ()), ignore_kinds, drop_nested)
        rows += _score_document(doc_id, gold, predicted, speaker_field, credit_mention)
    details = _details_table(rows)
    documents = _documents_table(details, doc_ids)
    matched, gold_n, pred_n = (int(documents[c].sum()) for c in ("matched", "gold", "predicted"))
    precision, recall = _ratio(matched, pred_n), _ratio(matched, gold_n)
    scored = int(documents["speaker_scored"].sum())
    correct = int(documents["speaker_correct"].sum())
    return Evaluation(
        gold=gold_n, predicted=pred_n, matched=matched, precision=precision, recall=recall,
        f1=_f1(precision, recall), by_kind=_kind_table(details), speaker_scored=scored,
        speaker_correct=correct, speaker_accuracy=_ratio(correct, scored),
        by_rule=_rule_table(details), documents=documents, details=details,
    )


def format_evaluation(ev: Evaluation) -> str:
    """A plain-text report of an ``Evaluation``: overall scores, recall by kind, speakers, rules.

    >>> ev = evaluate([{"id": "a", "text": "x" * 20, "quotes": [{"start": 0, "end": 10,
    ...     "kind": "direct", "speaker": "Ann Lee"}]}], {"a": [{"start": 0, "end": 10,
    ...     "kind": "direct", "speaker": "Lee", "rule": "r1"}]})
    >>> print(format_evaluation(ev).splitlines()[1])
    precision 1.000  recall 1.000  F1 1.000  (matched 1, gold 1, predicted 1)
    """
    lines = [
        f"quotes: {len(ev.documents)} documents",
        f"precision {ev.precision:.3f}  recall {ev.recall:.3f}  F1 {ev.f1:.3f}  "
        f"(matched {ev.matched}, gold {ev.gold}, predicted {ev.predicted})",
        "recall by gold kind:",
    ]
    lines += [
        f"  {row.kind:<12} {row.recall:.3f}  ({row.matched}/{row.gold})"
        for row in ev.by_kind.itertuples(index=False)
    ]
    lines.append(
        f"speaker accuracy {ev.speaker_accuracy:.3f}  "
        f"({ev.speaker_correct}/{ev.speaker_scored} matched quotes with a gold speaker)"
    )
    lines.append("precision by rule:")
    lines += [
        f"  {row.rule:<24} {row.precision:.3f}  ({row.matched}/{row.predicted})"
        for row in ev.by_rule.itertuples(index=False)
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- running the extractor


def _as_dict(record: Any) -> dict[str, Any]:
    """A quote record (dict, named tuple or dataclass) as a plain dict."""
    if isinstance(record, Mapping):
        return dict(record)
    if hasattr(record, "_asdict"):
        return dict(record._asdict())
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return dataclasses.asdict(record)
    raise AnalysisError(f"cannot read a quote record of type {type(record).__name__}")


def predict(
    gold_docs: Iterable[Mapping[str, Any]],
    *,
    extractor: Callable[..., Iterable[Any]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Run the quote extractor over the gold texts.

    Args:
        gold_docs: documents with ``id`` and ``text``.
        extractor: called as ``extractor(text, doc_id=...)``; None for
            ``analysis.quotes.extract_quotes`` (imported here, so this module imports without
            it).

    Returns:
        ``{doc_id: [quote dict, ...]}`` for ``evaluate``.
    """
    if extractor is None:
        from analysis.quotes import extract_quotes as extractor
    return {
        str(doc["id"]): [_as_dict(r) for r in extractor(doc["text"], doc_id=str(doc["id"]))]
        for doc in gold_docs
    }


def evaluate_files(
    gold_path: str | Path,
    pred_path: str | Path | None = None,
    *,
    speaker_field: str = SPEAKER_FIELD,
    ignore_kinds: Sequence[str] = IGNORE_KINDS,
    drop_nested: bool = DROP_NESTED,
    credit_mention: bool = CREDIT_MENTION,
) -> Evaluation:
    """``evaluate`` a gold file against a predictions file, or against ``predict`` if None.

    The body of ``python -m analysis evaluate GOLD [--pred PRED]``.

    Args:
        gold_path: gold JSONL (``load_gold``).
        pred_path: predictions (``load_predictions``); None runs the extractor on the gold
            texts.
        speaker_field, ignore_kinds, drop_nested, credit_mention: as for ``evaluate``.

    Returns:
        An ``Evaluation``.

    Raises:
        AnalysisError: a file cannot be read as gold or predictions.
    """
    gold = load_gold(gold_path)
    predicted = predict(gold) if pred_path is None else load_predictions(pred_path)
    return evaluate(gold, predicted, speaker_field=speaker_field, ignore_kinds=ignore_kinds,
                    drop_nested=drop_nested, credit_mention=credit_mention)
