"""Frame lexicons, frame hits, frame scores and keyword-in-context lines (DESIGN "Framing").

A frame lexicon maps frame names (categories) to terms: words (``crisis``), wildcards (``econom*``
matches every word that starts with ``econom``, as in LIWC) and multi-word terms (``tax payer*``).
Lexicons are data files: YAML (``frame: [terms...]`` or ``frame: {term: weight}``), long CSV
(``term,category[,weight]``) or LIWC-style ``.dic`` files (Pennebaker et al. 2015, "The
Development and Psychometric Properties of LIWC2015", the format researchers already hold).

Matching is case-insensitive on the word tokens of ``analysis.text.word_spans``; each lexicon is
compiled once into a matcher (exact words in a dict, wildcard prefixes in a dict keyed by their
first letters, multi-word terms indexed by their first word), and each distinct word of a document
is looked up once. A term also matches its hyphen variant, since news spells compounds both ways
(``tax payer*`` matches ``tax-payers``, ``left-wing`` matches ``left wing``). Within one frame,
matches never overlap: at each word the longest term wins, an exact word before a wildcard. A word
may count for several frames.

The default lexicon (``default_lexicon``) gives *keyword indicators* of Semetko & Valkenburg's
(2000) five generic news frames; counting keywords is not a measurement of frames (their study
coded frames with 20 yes/no questions read by people), so scores are indicators to read back
through ``kwic`` lines, not frame labels.

Quoted speech and narration: a hit or word is "in a quote" when it lies wholly inside a quote of
a kind in ``QUOTED_KINDS`` (the innermost one gives the speaker); scare quotes count as narration,
the journalist's own voice.
"""

from __future__ import annotations

import bisect
import csv
import io
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count
from pathlib import Path
from typing import Any, Literal, NamedTuple

import pandas as pd
import yaml

from analysis.errors import AnalysisError, LexiconError, SchemaError, invalid_value
from analysis.schema import require_columns
from analysis.text import WORD_PATTERN, word_spans

__all__ = [
    "FrameHit", "Lexicon", "QuoteSpan", "Term", "default_lexicon", "frame_hits",
    "frame_hits_counting_words", "frame_hits_in_text", "frame_scores", "hits_kwic", "in_scope",
    "iter_texts", "kwic", "load_lexicon", "match_terms", "normalise_word", "normalise_words",
    "quote_spans_by_doc", "resolve_group", "scoped_words",
]

Scope = Literal["all", "quoted", "narration"]
SCOPES: tuple[str, ...] = ("all", "quoted", "narration")
"""Valid ``scope`` values: every word, words inside quotes, words outside them."""

DEFAULT_SCOPE: Scope = "all"
"""Default ``scope`` of every score, count and statistic."""

QUOTED_KINDS: frozenset[str] = frozenset({"direct", "partial"})
"""Quote kinds whose text counts as quoted speech: the sources' own words inside quotation marks.
Indirect speech is the journalist's paraphrase and ``scare`` quotes are the journalist's own
terms, so both count as narration (the journalist's voice)."""

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons" / "frames"
"""Folder of the frame lexicons shipped with the package."""

DEFAULT_LEXICON_NAME = "generic_frames"
"""Name of the default lexicon, accepted by ``load_lexicon`` in place of a path."""

DEFAULT_LEXICON_PATH = LEXICON_DIR / f"{DEFAULT_LEXICON_NAME}.yaml"
"""The default lexicon: keyword indicators of Semetko & Valkenburg's (2000) generic frames."""

DEFAULT_WEIGHT = 1.0
"""Weight of a term whose lexicon gives none."""

WILDCARD = "*"
"""Marks a prefix term: ``econom*`` matches ``economy``, ``economic``, ``economists``, ..."""

KWIC_WINDOW = 8
"""Words of context shown on each side of a KWIC match."""

PER_WORDS = 1000
"""Rates are given per this many words (``per_1k``)."""

LEXICON_SUFFIXES: dict[str, str] = {".yaml": "yaml", ".yml": "yaml", ".csv": "csv", ".dic": "dic"}
"""File suffix -> lexicon format read by ``load_lexicon``."""

FRAME_HIT_COLUMNS: tuple[str, ...] = (
    "doc_id", "frame", "term", "match", "start", "end", "weight", "in_quote", "speaker",
)
"""Frame hits: one row per match of a lexicon term for one frame (see ``frame_hits``)."""

KWIC_COLUMNS: tuple[str, ...] = (
    "doc_id", "start", "end", "left", "match", "right", "in_quote", "speaker",
)
"""KWIC lines (see ``kwic``)."""

SCORE_COLUMNS: tuple[str, ...] = ("frame", "hits", "weighted", "words", "per_1k", "present")
"""Frame scores after the unit column(s) (see ``frame_scores``)."""

GROUP_SCORE_COLUMNS: tuple[str, ...] = (
    "frame", "documents", "hits", "weighted", "words", "per_1k", "present", "present_share",
)
"""Frame scores per group, after the group column (see ``frame_scores``)."""

_WORD_SPLIT = re.compile(f"({WORD_PATTERN.pattern})")  # words and the text between them
_PHRASE_GAP = re.compile(r"[ \t\u00a0]+|[ \t\u00a0]*[-‐‑–—/][ \t\u00a0]*|\.")
_SPACES = re.compile(r"\s+")
_CAPITAL_SIGMA = "\u03a3"  # lowers to "σ" or, ending a word, "ς"


class Term(NamedTuple):
    """One lexicon entry: a term as written, its frame (category) and weight."""

    term: str
    category: str
    weight: float


class FrameHit(NamedTuple):
    """One match of a lexicon term; fields are ``FRAME_HIT_COLUMNS``."""

    doc_id: str | None
    frame: str
    term: str
    match: str
    start: int
    end: int
    weight: float
    in_quote: bool
    speaker: str | None


class QuoteSpan(NamedTuple):
    """A quote (of a kind in ``QUOTED_KINDS``): its character span, speaker and group value."""

    start: int
    end: int
    speaker: str | None = None
    group: Any = None


_Piece = tuple[str, bool]  # (lower-cased word, is a wildcard prefix)


class _Matcher:
    """A lexicon compiled for matching: exact words, prefixes by stem, phrases by first word.

    Prefix terms are grouped by their first ``stem`` characters (``stem`` is the length of the
    shortest prefix), so a word is tested only against the prefixes that share its stem instead
    of every prefix length in turn; a prefix matches exactly when the word starts with it.
    ``first_stems`` holds the first ``stem`` characters of every word that can start a match
    (a prefix, an exact first word, or its possessive), so one lookup rules out most words.
    """

    def __init__(self, terms: Sequence[Term]) -> None:
        self.patterns: list[tuple[_Piece, ...]] = []
        self.term_of: list[int] = []
        for index, term in enumerate(terms):
            for pattern in _variants(_pieces(term.term)):
                self.patterns.append(pattern)
                self.term_of.append(index)
        # (words in the pattern, exact words in it): the rank of a match (longest, most exact)
        self.shape: list[tuple[int, int]] = [
            (len(pieces), sum(not is_prefix for _, is_prefix in pieces))
            for pieces in self.patterns]
        self.exact: dict[str, list[int]] = {}
        prefix: dict[str, list[int]] = {}
        for index, pieces in enumerate(self.patterns):
            word, is_prefix = pieces[0]
            (prefix if is_prefix else self.exact).setdefault(word, []).append(index)
        self.stem = min((len(word) for word in prefix), default=0)
        self.prefix_by_stem: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for word, indices in prefix.items():
            self.prefix_by_stem.setdefault(word[:self.stem], []).append((word, tuple(indices)))
        self.first_stems: frozenset[str] = frozenset(self.prefix_by_stem).union(
            form[:self.stem] for word in self.exact for form in _possessives(word))

    def candidates(self, token: str) -> tuple[int, ...]:
        """Indices of the patterns whose first word matches ``token`` (already normalised), in
        increasing order: an exact first word equal to the token or to its ``_base``, or a
        prefix the token starts with.

        >>> m = _Matcher([Term("econom*", "e", 1.0), Term("party", "p", 1.0)])
        >>> m.candidates("economy"), m.candidates("party's"), m.candidates("eco")
        ((0,), (1,), ())
        """
        found = self.exact.get(token, [])
        base = _base(token)
        if base != token and base in self.exact:
            found = found + self.exact[base]
        for prefix, indices in self.prefix_by_stem.get(token[:self.stem], ()):
            if token.startswith(prefix):
                found = found + list(indices)
        return tuple(sorted(set(found))) if found else ()


@dataclass(frozen=True)
class Lexicon:
    """A frame lexicon: terms in categories (frames), compiled once for matching.

    Attributes:
        name: where the lexicon came from (file name or a label).
        categories: the frames, in the order of the source; a frame may have no terms (a
            template to fill).
        terms: every entry, in the order of the source.
    """

    name: str
    categories: tuple[str, ...]
    terms: tuple[Term, ...] = field(repr=False)

    @classmethod
    def from_mapping(
        cls,
        frames: Mapping[str, Iterable[str] | Mapping[str, float] | None],
        *,
        name: str = "lexicon",
    ) -> Lexicon:
        """Build a lexicon from ``{frame: [terms]}`` or ``{frame: {term: weight}}``.

        Args:
            frames: frame name -> terms (weight ``DEFAULT_WEIGHT``) or term -> weight.
            name: a label used in error messages.

        Returns:
            The lexicon.

        Raises:
            LexiconError: a term is empty or has a wildcard anywhere but at the end of a word, or
                a weight is not a number.

        >>> Lexicon.from_mapping({"economic": ["econom*", "tax payer*"]}).categories
        ('economic',)
        """
        terms = []
        for frame, entries in frames.items():
            if isinstance(entries, Mapping):
                items = [(term, _weight(str(weight), name)) for term, weight in entries.items()]
            else:
                items = [(term, DEFAULT_WEIGHT) for term in entries or ()]
            for term, weight in items:
                terms.append(_term(term, str(frame), weight, where=name))
        return cls(name, tuple(str(f) for f in frames), tuple(terms))

    @cached_property
    def matcher(self) -> _Matcher:
        """The compiled matcher (built on first use)."""
        return _Matcher(self.terms)


def _pieces(term: str) -> tuple[_Piece, ...]:
    """Split a (validated) term into lower-cased words, the last of a wildcard piece a prefix."""
    pieces: list[_Piece] = []
    for chunk in normalise_word(term).split():
        is_prefix = chunk.endswith(WILDCARD)
        found = WORD_PATTERN.findall(chunk.rstrip(WILDCARD))
        pieces.extend((word, False) for word in found[:-1])
        pieces.append((found[-1], is_prefix))
    return tuple(pieces)


def _variants(pieces: tuple[_Piece, ...]) -> list[tuple[_Piece, ...]]:
    """The pattern and its hyphen variant: ``tax payer*`` <-> ``tax-payer*``, ``left-wing`` <->
    ``left wing`` (news spells compounds both ways; a hyphenated word is one token)."""
    if any(is_prefix for _, is_prefix in pieces[:-1]):
        return [pieces]
    words = [part for word, _ in pieces for part in word.split("-")]
    is_prefix = pieces[-1][1]
    joined = (("-".join(words), is_prefix),)
    split = tuple((part, False) for part in words[:-1]) + ((words[-1], is_prefix),)
    return list(dict.fromkeys([pieces, joined, split]))


def normalise_word(token: str) -> str:
    """A word as counted and matched: lower case, curly apostrophe made straight.

    >>> normalise_word("Party’s")
    "party's"
    """
    return token.lower().replace("’", "'")


def normalise_words(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """``normalise_word`` of each span of ``text``, lowering the whole text in one call.

    Lowering the text once and slicing gives the same words as lowering each slice whenever
    every character lowers to exactly one character (the lowered text is as long as the text)
    and none depends on its context: in Python's ``str.lower`` only the capital sigma does, by
    the Unicode Final_Sigma rule (Unicode Standard, section 3.13, "Default Case Conversion");
    other texts are lowered word by word.

    Args:
        text: the text.
        spans: ``(start, end)`` of its words (``analysis.text.word_spans``).

    Returns:
        The normalised words, in the order of ``spans``.

    >>> normalise_words("The Party’s line", [(0, 3), (4, 11)])
    ['the', "party's"]
    """
    lowered = text.lower()
    if len(lowered) != len(text) or _CAPITAL_SIGMA in text:
        return [normalise_word(text[start:end]) for start, end in spans]
    lowered = normalise_word(lowered)
    return [lowered[start:end] for start, end in spans]


def _normalised_words(text: str) -> tuple[list[str], Sequence[tuple[int, int]]]:
    """``normalise_words`` of every word of ``text`` and the words' spans (``word_spans``).

    Where the whole text can be lowered at once (see ``normalise_words``), one split of the
    lowered text gives both: ``str.lower`` keeps every character a word character or not
    (checked over all of Unicode in the tests), so the lowered text has the same words at the
    same offsets; the split alternates the text between words and the words themselves, and the
    running sum of their lengths gives every offset (``_WordSpans``) without a match object or
    a tuple per word.

    Args:
        text: the text.

    Returns:
        The normalised words and their ``(start, end)`` spans in ``text``.

    >>> words, spans = _normalised_words("The Party’s line.")
    >>> words, list(spans)
    (['the', "party's", 'line'], [(0, 3), (4, 11), (12, 16)])
    """
    lowered = normalise_word(text)
    if len(lowered) != len(text) or _CAPITAL_SIGMA in text:
        spans = word_spans(text)
        return normalise_words(text, spans), spans
    parts = _WORD_SPLIT.split(lowered)  # [between, word, between, word, ..., between]
    return parts[1::2], _WordSpans(list(accumulate(map(len, parts))))


class _WordSpans(Sequence[tuple[int, int]]):
    """Word spans read off ``bounds``, the running ends of the parts of a split text.

    ``bounds[2 * k]`` is where word ``k`` starts (the end of the text before it) and
    ``bounds[2 * k + 1]`` where it ends; a span is built only when asked for (matching asks for
    a few dozen of a document's hundreds of words).
    """

    __slots__ = ("bounds",)

    def __init__(self, bounds: list[int]) -> None:
        self.bounds = bounds

    def __len__(self) -> int:
        return len(self.bounds) // 2

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
            if k < 0:
                raise IndexError("word index out of range")
        return self.bounds[2 * k], self.bounds[2 * k + 1]  # IndexError past the last word


def _possessives(word: str) -> tuple[str, ...]:
    """A word and the tokens whose ``_base`` it is (``party``, ``party's``, ``party'``)."""
    return word, f"{word}'s", f"{word}'"


def _base(token: str) -> str:
    """A normalised token without its possessive ending (``party's`` -> ``party``)."""
    if token.endswith("'s"):
        return token[:-2]
    return token[:-1] if token.endswith("'") else token


def _term(term: Any, category: str, weight: float, *, where: str) -> Term:
    """Validate one entry; ``where`` names the file and line for the error message."""
    text = _SPACES.sub(" ", str(term)).strip()
    if not text:
        raise LexiconError(f"{where}: empty term in category {category!r}")
    if not category:
        raise LexiconError(f"{where}: term {text!r} has no category")
    for chunk in text.split(" "):
        body = chunk[:-1] if chunk.endswith(WILDCARD) else chunk
        if WILDCARD in body or not WORD_PATTERN.search(body):
            raise LexiconError(
                f"{where}: bad term {text!r}: each word needs letters or digits, and a wildcard "
                f"{WILDCARD!r} may only end a word"
            )
    if not math.isfinite(weight):
        raise LexiconError(f"{where}: weight of {text!r} is not a finite number")
    return Term(text, category, weight)


# ---------------------------------------------------------------------------------------------
# Loading


def load_lexicon(path: str | Path) -> Lexicon:
    """Read a frame lexicon from YAML, long CSV or a LIWC-style ``.dic`` file (by suffix).

    Formats:
        - YAML (``.yaml``/``.yml``): a mapping ``frame: [term, ...]``; a frame's value may also be
          a mapping ``term: weight``, list items may be one-pair mappings ``{term: weight}``, and
          an empty value declares a frame with no terms.
        - CSV (``.csv``): a header row naming ``term`` and ``category`` (and optionally
          ``weight``; other columns, e.g. ``source``, are ignored), then one row per term.
        - LIWC ``.dic``: a block between two ``%`` lines mapping category numbers to names
          (``1<TAB>conflict``), then ``term<TAB>id<TAB>id...`` lines (Pennebaker et al. 2015).

    Args:
        path: the file, or the name of a lexicon bundled in ``LEXICON_DIR`` without its
            ending (``"generic_frames"``, ``"media_frames_corpus"``).

    Returns:
        The lexicon, named after the file.

    Raises:
        LexiconError: the file cannot be read or is malformed; the message names the file, the
            line and the problem.
        AnalysisError: the suffix is not one of ``LEXICON_SUFFIXES``.
    """
    path = Path(path)
    if not path.suffix and (LEXICON_DIR / f"{path}.yaml").is_file():
        path = LEXICON_DIR / f"{path}.yaml"
    kind = LEXICON_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise invalid_value("lexicon file suffix", path.suffix, LEXICON_SUFFIXES)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"{path}: cannot read lexicon ({error})") from error
    reader = {"yaml": _read_yaml, "csv": _read_csv, "dic": _read_dic}[kind]
    categories, terms = reader(text, str(path))
    return Lexicon(path.name, tuple(categories), tuple(_dedupe(terms, str(path))))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The default lexicon: keyword indicators of the five generic news frames.

    Semetko & Valkenburg (2000), "Framing European politics: a content analysis of press and
    television news", Journal of Communication 50(2): conflict, human interest, economic
    consequences, morality, attribution of responsibility. Keywords are indicators, not a
    measurement of frames (see ``analysis/lexicons/README.md``).
    """
    return load_lexicon(DEFAULT_LEXICON_PATH)


def _dedupe(terms: Iterable[tuple[Term, int]], where: str) -> Iterator[Term]:
    """Drop repeated identical entries; a term repeated in a frame with another weight is an
    error."""
    seen: dict[tuple[str, str], tuple[float, int]] = {}
    for term, line in terms:
        key = (normalise_word(term.term), term.category)
        if key in seen:
            weight, first = seen[key]
            if weight != term.weight:
                raise LexiconError(
                    f"{where}, line {line}: term {term.term!r} is already in {term.category!r} "
                    f"with weight {weight} (line {first})"
                )
            continue
        seen[key] = (term.weight, line)
        yield term


def _read_yaml(text: str, where: str) -> tuple[list[str], list[tuple[Term, int]]]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise LexiconError(f"{where}{line}: not valid YAML ({problem})") from error
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise LexiconError(f"{where}, line {line}: expected a mapping 'frame: [terms...]'")
    categories: list[str] = []
    terms: list[tuple[Term, int]] = []
    for key, value in root.value:
        line = key.start_mark.line + 1
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise LexiconError(f"{where}, line {line}: a frame name must be a plain string")
        frame = key.value.strip()
        if frame in categories:
            raise LexiconError(f"{where}, line {line}: frame {frame!r} is defined twice")
        categories.append(frame)
        for term_node, weight_node in _yaml_entries(value, where):
            at = f"{where}, line {term_node.start_mark.line + 1}"
            if not isinstance(term_node, yaml.ScalarNode):
                raise LexiconError(f"{at}: a term must be a plain string")
            weight = _weight(weight_node.value if weight_node else None, at)
            terms.append((_term(term_node.value, frame, weight, where=at),
                          term_node.start_mark.line + 1))
    return categories, terms


def _yaml_entries(
    node: yaml.Node, where: str
) -> Iterator[tuple[yaml.Node, yaml.Node | None]]:
    """``(term node, weight node or None)`` for a frame's value: a list, a mapping or nothing."""
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return
    if isinstance(node, yaml.MappingNode):
        yield from node.value
        return
    if not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{where}, line {node.start_mark.line + 1}: a frame's terms must be a "
                           f"list or a mapping 'term: weight'")
    for item in node.value:
        if isinstance(item, yaml.MappingNode):
            if len(item.value) != 1:
                raise LexiconError(f"{where}, line {item.start_mark.line + 1}: a list item must "
                                   f"be a term or one 'term: weight' pair")
            yield item.value[0]
        else:
            yield item, None


def _weight(value: str | None, where: str) -> float:
    if value is None or not str(value).strip():
        return DEFAULT_WEIGHT
    try:
        return float(value)
    except ValueError:
        raise LexiconError(f"{where}: weight {value!r} is not a number") from None


def _read_csv(text: str, where: str) -> tuple[list[str], list[tuple[Term, int]]]:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    categories: list[str] = []
    terms: list[tuple[Term, int]] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            if "term" not in header or "category" not in header:
                raise LexiconError(f"{where}, line {line}: expected a header row "
                                   f"'term,category[,weight]', found {','.join(row)!r}")
            continue
        cells = dict(zip(header, (cell.strip() for cell in row)))
        at = f"{where}, line {line}"
        if not cells.get("category"):
            raise LexiconError(f"{at}: row {','.join(row)!r} has no category")
        category = cells["category"]
        if category not in categories:
            categories.append(category)
        weight = _weight(cells.get("weight"), at)
        terms.append((_term(cells.get("term", ""), category, weight, where=at), line))
    if header is None:
        raise LexiconError(f"{where}, line 1: empty lexicon (expected 'term,category[,weight]')")
    return categories, terms


def _read_dic(text: str, where: str) -> tuple[list[str], list[tuple[Term, int]]]:
    lines = text.splitlines()
    numbered = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]
    if not numbered or numbered[0][1] != "%":
        line = numbered[0][0] if numbered else 1
        raise LexiconError(f"{where}, line {line}: a .dic file must start with a '%' line")
    names: dict[int, str] = {}
    position = 1
    while position < len(numbered) and numbered[position][1] != "%":
        line, content = numbered[position]
        parts = content.split(None, 1)
        if len(parts) < 2 or not parts[0].isdigit():
            raise LexiconError(f"{where}, line {line}: expected 'number<TAB>category' in the "
                               f"header, found {content!r}")
        names[int(parts[0])] = parts[1].split("\t")[0].strip()
        position += 1
    if position == len(numbered):
        raise LexiconError(f"{where}, line {numbered[-1][0]}: the header has no closing '%' line")
    terms: list[tuple[Term, int]] = []
    for line, content in numbered[position + 1:]:
        term, _, rest = content.partition("\t") if "\t" in content else content.partition(" ")
        term, ids = term.strip(), rest.split()
        at = f"{where}, line {line}"
        if not ids:
            raise LexiconError(f"{at}: term {term!r} has no category number")
        for cat_id in ids:
            if not cat_id.isdigit():
                raise LexiconError(f"{at}: category {cat_id!r} of {term!r} is not a number")
            if int(cat_id) not in names:
                raise LexiconError(f"{at}: category {cat_id} of {term!r} is not defined in the "
                                   f"header")
            terms.append((_term(term, names[int(cat_id)], DEFAULT_WEIGHT, where=at), line))
    return list(names.values()), terms


# ---------------------------------------------------------------------------------------------
# Matching one document


def frame_hits_in_text(
    text: str,
    lexicon: Lexicon,
    *,
    quote_spans: Iterable[Any] = (),
    doc_id: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[FrameHit]:
    """Find every lexicon match in one document (pure; the streaming pipeline calls it).

    Args:
        text: the document text.
        lexicon: the frame lexicon.
        quote_spans: the document's quotes: quote records with ``start``, ``end``, ``kind`` and
            ``speaker`` attributes (``analysis.quotes`` records; kinds outside ``QUOTED_KINDS``
            are skipped), or ``(start, end)`` / ``(start, end, speaker)`` tuples.
        doc_id: written into each record.
        spans: the word spans of ``text`` (``analysis.text.word_spans``) if already computed.

    Returns:
        ``FrameHit`` records sorted by start, end, frame, term.

    >>> lex = Lexicon.from_mapping({"economic": ["econom*"], "conflict": ["row"]})
    >>> [(h.frame, h.match, h.start) for h in frame_hits_in_text("Economic row.", lex)]
    [('economic', 'Economic', 0), ('conflict', 'row', 9)]
    """
    if spans is None:
        return frame_hits_counting_words(text, lexicon, quote_spans=quote_spans,
                                         doc_id=doc_id)[0]
    return _hits(text, normalise_words(text, spans), spans, lexicon, quote_spans, doc_id)


def frame_hits_counting_words(
    text: str,
    lexicon: Lexicon,
    *,
    quote_spans: Iterable[Any] = (),
    doc_id: str | None = None,
) -> tuple[list[FrameHit], int]:
    """``frame_hits_in_text`` and the number of words of ``text`` (``analysis.text.word_spans``).

    Matching splits the text into words anyway, so a caller that also needs the word count
    (the pipeline's documents table) need not split it again.

    Args:
        text, lexicon, quote_spans, doc_id: as for ``frame_hits_in_text``.

    Returns:
        The ``FrameHit`` records (as ``frame_hits_in_text``) and the number of words.

    >>> lex = Lexicon.from_mapping({"economic": ["econom*"]})
    >>> hits, n_words = frame_hits_counting_words("The economy, stupid.", lex)
    >>> [h.match for h in hits], n_words
    (['economy'], 3)
    """
    tokens, spans = _normalised_words(text)
    return _hits(text, tokens, spans, lexicon, quote_spans, doc_id), len(tokens)


def _hits(
    text: str, tokens: Sequence[str], spans: Sequence[tuple[int, int]], lexicon: Lexicon,
    quote_spans: Iterable[Any], doc_id: str | None,
) -> list[FrameHit]:
    """The ``FrameHit`` records of ``text`` from its normalised words and their spans."""
    quotes = _quote_spans(quote_spans)
    hits = []
    for i, j, index in match_terms(text, spans, tokens, lexicon):
        start, end = spans[i][0], spans[j - 1][1]
        term = lexicon.terms[index]
        owner = _owner(quotes, start, end)
        speaker = quotes.spans[owner].speaker if owner >= 0 else None
        hits.append(FrameHit(doc_id, term.category, term.term, text[start:end], start, end,
                             term.weight, owner >= 0, speaker))
    hits.sort(key=lambda h: (h.start, h.end, h.frame, h.term))
    return hits


def match_terms(
    text: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str], lexicon: Lexicon
) -> list[tuple[int, int, int]]:
    """Match a lexicon against the words of a text, in word positions.

    Args:
        text: the text.
        spans: its word spans (``analysis.text.word_spans``).
        tokens: the words, through ``normalise_word``.
        lexicon: the lexicon.

    Returns:
        ``(first word, end word (exclusive), index into lexicon.terms)`` sorted by first word;
        within a frame no two matches overlap (the longest, then the most exact, wins).
    """
    matcher = lexicon.matcher
    patterns, shape, term_of = matcher.patterns, matcher.shape, matcher.term_of
    first_stems, stem = matcher.first_stems, matcher.stem
    # Words repeat: look each distinct one up once, after a quick test that rules out most
    # words (no word that can start a match begins like it).
    starts = {token: candidates for token in set(tokens)
              if token[:stem] in first_stems and (candidates := matcher.candidates(token))}
    found = []
    # the positions of those words, scanned by C iterators rather than a Python loop
    for i in compress(count(), map(starts.__contains__, tokens)):
        for candidate in starts[tokens[i]]:
            length, exact = shape[candidate]
            if length == 1 or _extends(text, spans, tokens, i, patterns[candidate]):
                found.append((i, -length, -exact, term_of[candidate], i + length))
    found = sorted(set(found))
    kept, end_of = [], {}
    for i, _, _, index, j in found:
        category = lexicon.terms[index].category
        if i >= end_of.get(category, 0):
            kept.append((i, j, index))
            end_of[category] = j
    return kept


def _extends(
    text: str, spans: Sequence[tuple[int, int]], tokens: Sequence[str], i: int,
    pattern: Sequence[_Piece],
) -> bool:
    """Whether ``pattern`` (whose first word matched token ``i``) matches there: each further
    word matches the next token, with only spaces, a hyphen or dash, a slash or a full stop
    between them (``_PHRASE_GAP``)."""
    if i + len(pattern) > len(tokens):
        return False
    for k, (word, is_prefix) in enumerate(pattern[1:], i + 1):
        token = tokens[k]
        if not (token.startswith(word) if is_prefix else word in (token, _base(token))):
            return False
        if not _PHRASE_GAP.fullmatch(text[spans[k - 1][1]:spans[k][0]]):
            return False
    return True


@dataclass(frozen=True)
class _Quotes:
    """Quote spans sorted by (start, -end), with the running maximum of their ends."""

    spans: tuple[QuoteSpan, ...]
    starts: tuple[int, ...]
    max_ends: tuple[int, ...]


def _quote_spans(items: Iterable[Any]) -> _Quotes:
    spans = []
    for item in items:
        if isinstance(item, QuoteSpan):
            spans.append(item)
        elif hasattr(item, "kind"):
            if item.kind in QUOTED_KINDS:
                spans.append(QuoteSpan(int(item.start), int(item.end), _text_or_none(item.speaker)))
        else:
            start, end, *rest = item
            spans.append(QuoteSpan(int(start), int(end), _text_or_none(rest[0]) if rest else None))
    spans.sort(key=lambda q: (q.start, -q.end))
    max_ends, running = [], -1
    for span in spans:
        running = max(running, span.end)
        max_ends.append(running)
    return _Quotes(tuple(spans), tuple(q.start for q in spans), tuple(max_ends))


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _text_or_none(value: Any) -> str | None:
    return None if _missing(value) else str(value)


def _owner(quotes: _Quotes, start: int, end: int) -> int:
    """Index of the innermost quote containing ``[start, end)``, or -1 (narration)."""
    k = bisect.bisect_right(quotes.starts, start) - 1
    while k >= 0 and quotes.max_ends[k] >= end:
        if quotes.spans[k].end >= end:
            return k
        k -= 1
    return -1


# ---------------------------------------------------------------------------------------------
# Tables over a corpus


def frame_hits(
    documents: pd.DataFrame, lexicon: Lexicon | None = None, *, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Every frame hit in the corpus, each one reachable as a KWIC line (``hits_kwic``).

    Args:
        documents: the documents table (``doc_id``, ``text``, metadata).
        lexicon: the frame lexicon; ``None`` means ``default_lexicon()``.
        quotes: the quotes table, to mark hits in quoted speech and their speaker.

    Returns:
        ``FRAME_HIT_COLUMNS``: ``doc_id``; ``frame``; ``term`` (the lexicon entry that matched,
        e.g. ``econom*``); ``match`` (the text as written); ``start``, ``end`` (character
        offsets, ``text[start:end] == match``); ``weight`` (the term's weight); ``in_quote``
        (inside a quote of a kind in ``QUOTED_KINDS``); ``speaker`` (that quote's speaker or
        null). Sorted by doc_id, start, end, frame, term.

    Raises:
        SchemaError: a table lacks a needed column.
    """
    lexicon = lexicon if lexicon is not None else default_lexicon()
    by_doc = quote_spans_by_doc(quotes)
    records = []
    for doc_id, text in iter_texts(documents):
        records.extend(frame_hits_in_text(text, lexicon, quote_spans=by_doc.get(doc_id, ()),
                                          doc_id=doc_id))
    return _hit_table(records)


def _hit_table(records: Sequence[FrameHit]) -> pd.DataFrame:
    table = pd.DataFrame.from_records(records, columns=list(FRAME_HIT_COLUMNS))
    table = table.astype({"doc_id": "str", "frame": "str", "term": "str", "match": "str",
                          "start": "int64", "end": "int64", "weight": "float64",
                          "in_quote": "bool", "speaker": "object"})
    table = table.sort_values(["doc_id", "start", "end", "frame", "term"], kind="stable")
    return table.reset_index(drop=True)


def iter_texts(documents: pd.DataFrame) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` of each document (a missing text reads as ""), after a column check.

    Raises:
        SchemaError: ``documents`` lacks ``doc_id`` or ``text``.
    """
    require_columns(documents, ("doc_id", "text"), table_name="documents")
    for doc_id, text in zip(documents["doc_id"].tolist(), documents["text"].tolist()):
        yield str(doc_id), text if isinstance(text, str) else ""


def quote_spans_by_doc(
    quotes: pd.DataFrame | None, *, group_by: str | None = None
) -> dict[str, list[QuoteSpan]]:
    """Spans and speakers of the quotes of a kind in ``QUOTED_KINDS``, per document.

    Args:
        quotes: the quotes table (``doc_id``, ``kind``, ``start``, ``end``, ``speaker`` are
            read), or ``None``.
        group_by: a column of ``quotes`` whose value becomes each span's ``group``.

    Returns:
        doc_id -> ``QuoteSpan`` list (empty mapping for ``None``).

    Raises:
        SchemaError: ``quotes`` lacks a needed column.
    """
    if quotes is None:
        return {}
    require_columns(quotes, ("doc_id", "kind", "start", "end", "speaker"), table_name="quotes")
    kept = quotes[quotes["kind"].isin(QUOTED_KINDS)]
    groups = kept[group_by] if group_by is not None else [None] * len(kept)
    by_doc: dict[str, list[QuoteSpan]] = {}
    for doc_id, start, end, speaker, group in zip(kept["doc_id"], kept["start"], kept["end"],
                                                  kept["speaker"], groups):
        by_doc.setdefault(str(doc_id), []).append(QuoteSpan(
            int(start), int(end), _text_or_none(speaker), None if _missing(group) else group))
    return by_doc


def scoped_words(text: str, quote_spans: Iterable[Any] = ()) -> list[tuple[int, int, Any]]:
    """Every word of ``text`` with the quote it lies in: ``(start, end, quote)``.

    Args:
        text: the document text.
        quote_spans: as for ``frame_hits_in_text``.

    Returns:
        One tuple per word (``analysis.text.word_spans``); ``quote`` is the ``QuoteSpan`` of the
        innermost quote wholly containing the word, or ``None`` (narration).

    >>> [(s, e, q and q.speaker) for s, e, q in scoped_words('So "no deal" now.', [(4, 11, "Ann")])]
    [(0, 2, None), (4, 6, 'Ann'), (7, 11, 'Ann'), (13, 16, None)]
    """
    quotes = _quote_spans(quote_spans)
    return [(start, end, _quote_at(quotes, start, end)) for start, end in word_spans(text)]


def _quote_at(quotes: _Quotes, start: int, end: int) -> QuoteSpan | None:
    owner = _owner(quotes, start, end)
    return quotes.spans[owner] if owner >= 0 else None


def in_scope(quote: QuoteSpan | None, scope: str) -> bool:
    """Whether a word or hit in ``quote`` (``None``: narration) counts under ``scope``.

    >>> in_scope(None, "quoted"), in_scope(None, "narration"), in_scope(QuoteSpan(0, 1), "all")
    (False, True, True)
    """
    return scope == "all" or (quote is not None) == (scope == "quoted")


def resolve_group(
    documents: pd.DataFrame, quotes: pd.DataFrame | None, scope: str, group_by: str | None
) -> Literal["documents", "quotes"] | None:
    """Check ``scope`` and ``group_by`` and say which table the group is read from.

    A ``group_by`` column of ``documents`` (``outlet``, ``date``, ``doc_id``) groups whole
    documents; otherwise a column of ``quotes`` (``speaker``; ``cue_category``; ``gender`` or
    ``role`` after merging the people table into the quotes) groups the words inside quotes by
    the value of the quote they lie in (the innermost one).

    Args:
        documents: the documents table.
        quotes: the quotes table or ``None``.
        scope: one of ``SCOPES``.
        group_by: a column name or ``None``.

    Returns:
        ``None`` (no group), ``"documents"`` or ``"quotes"``.

    Raises:
        AnalysisError: ``scope`` is not in ``SCOPES``; a ``quoted``/``narration`` scope without
            a quotes table; a quotes column with the ``narration`` scope.
        SchemaError: ``group_by`` is a column of neither table.
    """
    if scope not in SCOPES:
        raise invalid_value("scope", scope, SCOPES)
    if quotes is None and scope != "all":
        raise AnalysisError(f"scope {scope!r} needs a quotes table (quotes=...)")
    if group_by is None:
        return None
    if group_by in documents.columns:
        return "documents"
    if quotes is not None and group_by in quotes.columns:
        if scope == "narration":
            raise AnalysisError(f"group_by {group_by!r} is a quotes column, so it groups quoted "
                                f"words; it cannot be used with scope 'narration'")
        return "quotes"
    tables = "documents or quotes tables" if quotes is not None else "documents table (and " \
        "no quotes table was given)"
    raise SchemaError(f"group_by {group_by!r} is not a column of the {tables}")


def frame_scores(
    documents: pd.DataFrame,
    lexicon: Lexicon | None = None,
    *,
    quotes: pd.DataFrame | None = None,
    scope: Scope = DEFAULT_SCOPE,
    group_by: str | None = None,
) -> pd.DataFrame:
    """Frame hits, rate per 1,000 words and presence, per document or per group, for every frame.

    Rates divide hits by the words in scope (``analysis.text.word_spans``): all words, words in
    quotes of a kind in ``QUOTED_KINDS``, or the other words (narration, scare quotes included).
    ``per_1k = hits / words * PER_WORDS`` (null when there are no words in scope).

    Args:
        documents: the documents table (``doc_id``, ``text``, metadata).
        lexicon: the frame lexicon; ``None`` means ``default_lexicon()``.
        quotes: the quotes table (needed for the ``quoted``/``narration`` scopes and for
            quote groups).
        scope: one of ``SCOPES`` (default ``DEFAULT_SCOPE``).
        group_by: ``None`` for one row per document and frame; a column of ``documents``
            (``outlet``, ``date``, ...); or a column of ``quotes`` (``speaker``, or ``gender``
            merged in from the people table) to score the words each group is quoted saying
            (see ``resolve_group``); null group values form a group of their own.

    Returns:
        Per document: ``doc_id`` then ``SCORE_COLUMNS``: ``frame``, ``hits`` (matches),
        ``weighted`` (sum of term weights), ``words`` (in scope), ``per_1k``, ``present``
        (bool: at least one hit). Per group: the group column then ``GROUP_SCORE_COLUMNS``:
        ``frame``, ``documents`` (documents in the group; for a quotes column, documents
        quoting the group), ``hits``, ``weighted``, ``words``, ``per_1k``, ``present`` (documents with at
        least one hit), ``present_share`` (``present / documents``). Every frame of the
        lexicon has a row, zeros included; sorted by the unit column then frame.

    Raises:
        AnalysisError, SchemaError: see ``resolve_group``; a table lacks a needed column.
    """
    lexicon = lexicon if lexicon is not None else default_lexicon()
    source = resolve_group(documents, quotes, scope, group_by)
    by_quote = source == "quotes"
    by_doc = quote_spans_by_doc(quotes, group_by=group_by if by_quote else None)
    units, hits = _units_and_hits(documents, lexicon, by_doc, scope, by_quote)
    keys = ["doc_id", "group"] if by_quote else ["doc_id"]
    grid = units.merge(pd.DataFrame({"frame": list(lexicon.categories)}), how="cross")
    grid = grid.merge(hits, on=[*keys, "frame"], how="left")
    grid = grid.fillna({"hits": 0, "weighted": 0.0}).astype({"hits": "int64",
                                                             "weighted": "float64"})
    if group_by is None:
        grid["per_1k"] = _rate(grid["hits"], grid["words"])
        grid["present"] = grid["hits"] > 0
        return _sorted(grid[["doc_id", *SCORE_COLUMNS]], ["doc_id", "frame"])
    if by_quote:
        grid = grid.rename(columns={"group": group_by})
    elif group_by != "doc_id":
        grid = grid.merge(documents[["doc_id", group_by]].astype({"doc_id": "str"}), on="doc_id")
    grid["present"] = (grid["hits"] > 0).astype("int64")
    table = grid.groupby([group_by, "frame"], dropna=False, sort=False).agg(
        documents=("doc_id", "nunique"), hits=("hits", "sum"), weighted=("weighted", "sum"),
        words=("words", "sum"), present=("present", "sum"),
    ).reset_index()
    table["per_1k"] = _rate(table["hits"], table["words"])
    table["present_share"] = table["present"] / table["documents"]
    return _sorted(table[[group_by, *GROUP_SCORE_COLUMNS]], [group_by, "frame"])


def _units_and_hits(
    documents: pd.DataFrame, lexicon: Lexicon, by_doc: Mapping[str, list[QuoteSpan]],
    scope: str, by_quote: bool,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Words in scope per unit (document, or document and quote group), hits per unit and frame."""
    units: dict[tuple, int] = {}
    hit_rows = []
    for doc_id, text in iter_texts(documents):
        quotes = _quote_spans(by_doc.get(doc_id, ()))
        if not by_quote:
            units[(doc_id,)] = 0
        for _, _, quote in scoped_words(text, quotes.spans):
            if in_scope(quote, scope) and (quote is not None or not by_quote):
                key = (doc_id, quote.group) if by_quote else (doc_id,)
                units[key] = units.get(key, 0) + 1
        for hit in frame_hits_in_text(text, lexicon, quote_spans=quotes.spans, doc_id=doc_id):
            quote = _quote_at(quotes, hit.start, hit.end)
            if in_scope(quote, scope) and (quote is not None or not by_quote):
                key = (doc_id, quote.group) if by_quote else (doc_id,)
                hit_rows.append((*key, hit.frame, hit.weight))
    keys = ["doc_id", "group"] if by_quote else ["doc_id"]
    unit_table = pd.DataFrame([(*k, n) for k, n in units.items()], columns=[*keys, "words"])
    unit_table = unit_table.astype({"doc_id": "str", "words": "int64"})
    hits = pd.DataFrame(hit_rows, columns=[*keys, "frame", "weight"])
    hits = hits.astype({"doc_id": "str", "frame": "str", "weight": "float64"})
    hits = hits.groupby([*keys, "frame"], dropna=False).agg(
        hits=("weight", "size"), weighted=("weight", "sum")).reset_index()
    return unit_table, hits


def _rate(hits: pd.Series, words: pd.Series) -> pd.Series:
    return (hits * PER_WORDS / words.where(words > 0)).astype("float64")


def _sorted(table: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    return table.sort_values(key, kind="stable", na_position="last").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# KWIC


def kwic(
    documents: pd.DataFrame,
    query: str,
    *,
    quotes: pd.DataFrame | None = None,
    window: int = KWIC_WINDOW,
) -> pd.DataFrame:
    """Keyword-in-context lines for a word, wildcard (``econom*``) or phrase (``tax payer*``).

    Like NLTK's ``ConcordanceIndex.find_concordance``, but every line keeps its character
    offsets and says whose quote it lies in.

    Args:
        documents: the documents table (``doc_id``, ``text``).
        query: a term in lexicon syntax, matched case-insensitively on words.
        quotes: the quotes table, to fill ``in_quote`` and ``speaker``.
        window: words of context on each side (default ``KWIC_WINDOW``).

    Returns:
        ``KWIC_COLUMNS``: ``doc_id``, ``start``, ``end`` (offsets of the match), ``left`` (up to
        ``window`` words before, whitespace runs shown as one space), ``match`` (as written),
        ``right`` (up to ``window`` words after), ``in_quote``, ``speaker``; sorted by doc_id,
        start.

    Raises:
        LexiconError: ``query`` is not a valid term.
        SchemaError: a table lacks a needed column.
    """
    lexicon = Lexicon.from_mapping({"query": [query]}, name="query")
    hits = hits_kwic(frame_hits(documents, lexicon, quotes=quotes), documents, window=window)
    return hits[list(KWIC_COLUMNS)]


def hits_kwic(
    hits: pd.DataFrame, documents: pd.DataFrame, *, window: int = KWIC_WINDOW
) -> pd.DataFrame:
    """Add KWIC context (``left``, ``right``) to a table of spans such as ``frame_hits``.

    Args:
        hits: a table with ``doc_id``, ``start``, ``end`` (frame hits, quotes, ...).
        documents: the documents table the offsets refer to.
        window: words of context on each side (default ``KWIC_WINDOW``).

    Returns:
        ``hits`` with ``left`` and ``right`` added (and ``match`` set to the text at the
        offsets), rows in the same order.

    Raises:
        SchemaError: a table lacks a needed column.
    """
    require_columns(hits, ("doc_id", "start", "end"), table_name="hits")
    if window < 0:
        raise invalid_value("window", window, ["a number of words >= 0"])
    texts = dict(iter_texts(documents))
    cache: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
    left, match, right = [], [], []
    for doc_id, start, end in zip(hits["doc_id"].astype(str), hits["start"], hits["end"]):
        text = texts.get(doc_id, "")
        if doc_id not in cache:
            spans = word_spans(text)
            cache[doc_id] = (spans, [s for s, _ in spans])
        before, after = _context(text, *cache[doc_id], int(start), int(end), window)
        left.append(before)
        match.append(text[int(start):int(end)])
        right.append(after)
    table = hits.copy()
    table["match"], table["left"], table["right"] = match, left, right
    return table


def _context(text: str, spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int,
             end: int, window: int) -> tuple[str, str]:
    """Text from ``window`` words before ``start`` and to ``window`` words after ``end``."""
    first = bisect.bisect_left(starts, start)
    after = bisect.bisect_left(starts, end)
    left_start = spans[first - window][0] if window and first - window >= 0 else (
        0 if window else start)
    right_end = spans[after + window - 1][1] if window and after + window - 1 < len(spans) else (
        len(text) if window else end)
    return (_SPACES.sub(" ", text[left_start:start]), _SPACES.sub(" ", text[end:right_end]))
