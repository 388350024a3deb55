"""Property-based tests of the text primitives: any Unicode, valid offsets, never an exception.

Run with more examples: HYPOTHESIS_PROFILE=long python -m pytest tests/test_text_fuzz.py
"""

from hypothesis import given
from hypothesis import strategies as st

from analysis.overview import document_counts
from analysis.text import (
    _sentence_tokenizer,
    paragraph_spans,
    sentence_spans,
    token_spans,
    word_count,
    word_spans,
)
from tests.test_text import _nltk_punkt

NEWS_ALPHABET = st.sampled_from(list(
    'abcXYZ .,;:!?"\'“”‘’«»„‹›`—–-\n\r\t\x00\u200f\u202eשלוםمرحبا😀Mr.U.S.e.g. '))
news_like = st.lists(st.one_of(NEWS_ALPHABET, st.sampled_from(
    ["Mr.", "U.S.", " said ", '," he said. ', "\n\n", '"', "“", "”", "'s "])), max_size=200
).map("".join)
any_text = st.one_of(st.text(max_size=300), news_like)


def _valid(spans, text):
    previous_end = 0
    for start, end in spans:
        assert isinstance(start, int) and isinstance(end, int)
        assert previous_end <= start < end <= len(text)
        previous_end = end


@given(any_text)
def test_paragraphs_are_ordered_non_empty_and_trimmed(text):
    spans = paragraph_spans(text)
    _valid(spans, text)
    for start, end in spans:
        chunk = text[start:end]
        assert chunk == chunk.strip() and "\n" not in chunk and "\r" not in chunk


@given(any_text)
def test_sentences_lie_inside_paragraphs(text):
    paragraphs = paragraph_spans(text)
    spans = sentence_spans(text, paragraphs)
    _valid(spans, text)
    for start, end in spans:
        assert any(p_start <= start and end <= p_end for p_start, p_end in paragraphs)


@given(any_text)
def test_sentences_are_those_of_nltk_punkt(text):
    reference = _nltk_punkt()
    for start, end in paragraph_spans(text):
        chunk = text[start:end]
        expected = list(reference.span_tokenize(chunk))
        assert list(_sentence_tokenizer().span_tokenize(chunk)) == expected
        assert _sentence_tokenizer().spans(chunk) == expected


@given(any_text)
def test_tokens_and_words_are_valid_and_cover_every_non_space(text):
    tokens = token_spans(text)
    _valid(tokens, text)
    _valid(word_spans(text), text)
    assert word_count(text) == len(word_spans(text))
    covered = sum(end - start for start, end in tokens)
    assert covered == sum(1 for ch in text if not ch.isspace())


@given(any_text)
def test_document_counts_never_raise(text):
    counts = document_counts(text)
    assert counts["characters"] == len(text)
    assert counts["sentences"] >= counts["paragraphs"] >= 0
