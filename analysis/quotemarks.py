"""Find the stretches of text between quotation marks, paragraph by paragraph, in one scan.

Every glyph of news text is read: straight ``"`` and ``'``, curly ``“ ”`` and ``‘ ’``,
guillemets ``« »`` and ``‹ ›``, the low ``„`` and the archive style (two backquotes … two
apostrophes). A straight
mark's direction comes from its neighbours (a space before and a letter after opens, a letter
before and a space or punctuation after closes) and, when that is ambiguous, from whether a quote
is open. An apostrophe is told from a single quote the same way: between two letters
(``Livingstone's``, ``O’Malley``), before a year (``'80s``), in a known elision (``rock 'n'
roll``), closing when no single quote is open (``Socialists'``), or a plural possessive inside
an open single quotation that a later mark closes (``'… the Robinsons' house …'``) it is not a
mark.

Conventions (The Chicago Manual of Style, 17th ed., 13.30-13.37; Associated Press Stylebook,
"quotation marks"): a quotation running over several paragraphs opens each paragraph with a mark
and closes only at its end; a quotation inside a quotation is nested (also straight double
marks inside straight double marks, as scraped text often has). Only the outermost quotation is
returned; nested quotations stay part of its text. Unbalanced marks never raise: a double quote
left open at the end of its paragraph runs to the paragraph's end; a single one does only when
it opens the paragraph and the next paragraph opens with a single mark too (a quotation over
several paragraphs in British style), else it is dropped.

The scan is one regular-expression pass over the marks with a small stack: time is linear in
the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from analysis.wordlists import read_word_list

Span = tuple[int, int]

ELISIONS: frozenset[str] = read_word_list("elisions.txt")
"""Words written with a leading apostrophe (``'em``, ``'til``, ``'n'``): not quote openers."""

_MARK = re.compile(r"``|''|[\"“”‘’«»„‹›']")
_OPENING_CHARS = frozenset("([{—–-/\"“‘«„‹`'")
_CLOSING_CHARS = frozenset(".,;:!?)]}—–-/…\"”’»›'")
_DOUBLE_DEFAULT = {"\"": 0, "“": 1, "”": -1, "«": 1, "»": -1, "„": 1, "‹": 1, "›": -1,
                   "``": 1, "''": -1}
_SINGLE_DEFAULT = {"'": 0, "‘": 1, "’": -1}
_ELISION_WORD = re.compile(r"[A-Za-z]+'?")

OPEN, CLOSE, AMBIGUOUS = 1, -1, 0

OPENING_MARKS: frozenset[str] = frozenset(
    mark for table in (_DOUBLE_DEFAULT, _SINGLE_DEFAULT) for mark, side in table.items()
    if side != CLOSE and len(mark) == 1)
"""Single characters that may open a quotation (``“``, ``‘``, ``«``, straight marks)."""
CLOSING_MARKS: frozenset[str] = frozenset(
    mark for table in (_DOUBLE_DEFAULT, _SINGLE_DEFAULT) for mark, side in table.items()
    if side != OPEN and len(mark) == 1)
"""Single characters that may close a quotation (``”``, ``’``, ``»``, straight marks)."""


class QuoteSpan(NamedTuple):
    """One stretch of quoted text inside one paragraph.

    Attributes:
        open: offset of the opening mark.
        start: first character of the content (after the mark and any spaces).
        end: end of the content (before the closing mark, or the paragraph's end).
        close: end of the closing mark (``end`` when the quote is left open).
        paragraph: index of the paragraph (``analysis.text.paragraph_spans``).
        closed: whether a closing mark was found in this paragraph.
        continues: whether the quote continues an open quote of the previous paragraph.
        glyph: the opening mark as written.
    """

    open: int
    start: int
    end: int
    close: int
    paragraph: int
    closed: bool
    continues: bool
    glyph: str


def _context(text: str, i: int, j: int, lo: int, hi: int) -> int:
    """Direction of the mark ``text[i:j]`` from its neighbours: OPEN, CLOSE or AMBIGUOUS."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[j] if j < hi else " "
    opens = prev.isspace() or prev in _OPENING_CHARS
    closes = nxt.isspace() or nxt in _CLOSING_CHARS
    if opens and not closes:
        return OPEN
    if closes and not opens:
        return CLOSE
    return AMBIGUOUS


def _is_apostrophe(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """Whether the single mark ``text[i:j]`` is an apostrophe (``it's``, ``'80s``, ``'n'``)."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[j] if j < hi else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit() and not prev.isalnum():
        return True
    if not prev.isalnum():
        word = _ELISION_WORD.match(text, j, hi)
        if word and word.group().lower() in ELISIONS:
            return True
    elif prev in "nN" and i - 1 > lo and text[i - 2] in " '’‘" and (nxt.isspace() or j >= hi):
        return True
    return False


def _possessive_inside(text: str, i: int, j: int, hi: int) -> bool:
    """Whether a single closing mark after an ``s`` and before a lower-case word is a plural
    possessive inside the open quotation (``'… the Robinsons' house. …'``): the next single
    mark that is no apostrophe closes too, so this one closes nothing (``‘losers’ and
    ‘cowards’``: the next one opens)."""
    if text[i - 1] not in "sS" or j + 1 >= hi or text[j] != " " or not text[j + 1].islower():
        return False
    for match in _MARK.finditer(text, j, hi):
        a, b = match.span()
        if match.group() in _SINGLE_DEFAULT and not _is_apostrophe(text, a, b, j, hi):
            return _context(text, a, b, j, hi) == CLOSE
    return False


_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>")
"""A markup tag left in the text (``<tweet id="7503" author="@JoLi">``): the marks around its
attribute values quote nothing."""


def _tag_spans(text: str, lo: int, hi: int) -> list[Span]:
    """The markup tags of ``text[lo:hi]`` (``_TAG``), or none when it has no ``<``."""
    if text.find("<", lo, hi) < 0:
        return []
    return [match.span() for match in _TAG.finditer(text, lo, hi)]


def _scan_paragraph(text: str, lo: int, hi: int, index: int, continues: bool,
                    out: list[QuoteSpan]) -> str:
    """Append the quotes of paragraph ``text[lo:hi]`` to ``out``; return the kind of the quote
    left open at its end (``"d"`` double, ``"s"`` single), or ``""``. Marks inside markup tags
    (``_TAG``) are skipped."""
    stack: list[tuple[str, int, int]] = []  # (kind "d" or "s", mark start, mark end)
    first = True
    tags = _tag_spans(text, lo, hi)
    for match in _MARK.finditer(text, lo, hi):
        i, j = match.span()
        if tags and any(a < i < b for a, b in tags):
            continue
        glyph = match.group()
        role = _context(text, i, j, lo, hi)
        if glyph in _SINGLE_DEFAULT:
            if _is_apostrophe(text, i, j, lo, hi):
                continue
            has_single = any(kind == "s" for kind, *_ in stack)
            default = _SINGLE_DEFAULT[glyph]
            if role == CLOSE or (role == AMBIGUOUS and has_single):
                if not has_single or _possessive_inside(text, i, j, hi):
                    continue
                while stack and stack[-1][0] != "s":
                    stack.pop()
                kind, a, b = stack.pop()
                if not stack:
                    out.append(_span(text, a, b, i, j, index, True, continues and first, glyph))
                    first = False
                continue
            if role == OPEN and default >= 0 or role == AMBIGUOUS and default > 0:
                stack.append(("s", i, j))
            continue
        default = _DOUBLE_DEFAULT[glyph]
        has_double = any(kind == "d" for kind, *_ in stack)
        if has_double:
            opening = role == OPEN and default >= 0 or role == AMBIGUOUS and default > 0
            if not opening:
                while stack[-1][0] != "d":
                    stack.pop()
                kind, a, b = stack.pop()
                if not stack:
                    out.append(_span(text, a, b, i, j, index, True, continues and first,
                                     text[a:b]))
                    first = False
                continue
        elif role == CLOSE and default <= 0 or role == AMBIGUOUS and default < 0:
            continue  # a stray closing mark (inches, a lost opener): ignore it
        stack.append(("d", i, j))
    if stack and (stack[0][0] == "d" or _opens_utterance(text, lo, stack[0][1])):
        # a double quote left open runs to the paragraph's end; a single one only when it
        # opens an utterance, and is kept only if the next paragraph continues it
        kind, a, b = stack[0]
        out.append(_span(text, a, b, hi, hi, index, False, continues and first, text[a:b]))
        return kind
    return ""


def _opens_utterance(text: str, lo: int, i: int) -> bool:
    """Whether a single mark at ``i`` stands where a quoted utterance opens: at the start of
    paragraph ``text[lo:…]``, after a colon (``McCallion said: 'Kyle's …``) or after a finished
    sentence (``'No,' Li said. 'We tried …``), not inside the writer's clause."""
    before = text[lo:i].rstrip()
    return not before or before[-1] in ":.?!"


def _span(text: str, a: int, b: int, c: int, d: int, paragraph: int, closed: bool,
          continues: bool, glyph: str) -> QuoteSpan:
    """Build a ``QuoteSpan`` with the content trimmed of surrounding spaces."""
    start, end = b, c
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(a, start, end, d if closed else end, paragraph, closed, continues, glyph)


def _opens_with_mark(text: str, lo: int, hi: int) -> bool:
    """Whether paragraph ``text[lo:hi]`` begins with an opening quotation mark."""
    match = _MARK.match(text, lo, hi)
    return bool(match) and match.group() not in ("”", "»", "''", "’") and (
        match.end() < hi and not text[match.end()].isspace() or match.group() in "“«„‘")


_DOUBLE_MARK = re.compile("|".join(
    map(re.escape, sorted(_DOUBLE_DEFAULT, key=len, reverse=True))))
"""The double marks of ``_DOUBLE_DEFAULT``, two-character ones first."""


def in_double_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside double quotation marks opened earlier in its paragraph: a
    cheap test for one position, where ``quote_spans`` reads a whole document. Straight marks
    alternate; single marks are not counted (most are apostrophes).

    >>> s = 'Li said: “Ray is right.” Ray left. "Go," said Li.'
    >>> [in_double_quotation(s, s.find(w)) for w in ("Ray is", "Ray left", "Go")]
    [True, False, True]
    """
    lo = text.rfind("\n", 0, offset) + 1
    depth = straight = 0
    for match in _DOUBLE_MARK.finditer(text, lo, offset):
        step = _DOUBLE_DEFAULT[match.group()]
        if step:
            depth = max(0, depth + step)
        else:
            straight ^= 1
    return depth > 0 or straight == 1


def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside quotation marks opened earlier in its paragraph: double
    marks as ``in_double_quotation``, and a single mark that opens an utterance (UK copy:
    ``'If he is so proud …' she asked``), told from apostrophes as ``quote_spans`` does.

    >>> s = "Jo Li spoke.\\n'If he is proud, he will run,' she said of Mr Ray's plan."
    >>> [in_quotation(s, s.find(w)) for w in ("he is", "she", "plan")]
    [True, False, False]
    """
    if in_double_quotation(text, offset):
        return True
    lo = text.rfind("\n", 0, offset) + 1
    if text.find("‘", lo, offset) < 0 and text.find(" '", lo, offset) < 0 and \
            not text.startswith("'", lo):
        return False  # no single mark opening the paragraph or after a space: apostrophes
        # inside words (``it's``) open nothing
    return _scan_paragraph(text, lo, offset, 0, False, []) == "s"


def quote_spans(text: str, paragraphs: Sequence[Span]) -> list[QuoteSpan]:
    """Find every outermost quotation in ``text``, one record per paragraph it covers.

    Args:
        text: the document text.
        paragraphs: its paragraph spans (``analysis.text.paragraph_spans``).

    Returns:
        The quotes in text order. An empty quote (``""``) is dropped.

    >>> s = 'He said "no" to \\'80s rock \\'n\\' roll. "A\\n\\n"B," she said. "C."'
    >>> from analysis.text import paragraph_spans
    >>> [(s[q.start:q.end], q.closed, q.continues) for q in quote_spans(s, paragraph_spans(s))]
    [('no', True, False), ('A', False, False), ('B,', True, True), ('C.', True, False)]
    """
    out: list[QuoteSpan] = []
    left_open = ""
    for index, (lo, hi) in enumerate(paragraphs):
        continues = bool(left_open) and _opens_with_mark(text, lo, hi)
        if left_open == "s" and not (continues and text[lo:hi].lstrip()[:1] in "‘'"):
            out.pop()  # a single mark opening a paragraph that no next one continues: dropped
            continues = False
        left_open = _scan_paragraph(text, lo, hi, index, continues, out)
    if left_open == "s":
        out.pop()
    return [q for q in out if q.end > q.start]
