"""Property-based tests of quote extraction: any Unicode, never an exception, valid records.

Run with more examples: HYPOTHESIS_PROFILE=long python -m pytest tests/test_quotes_fuzz.py
"""

from hypothesis import given
from hypothesis import strategies as st

from analysis.quotes import extract_document
from analysis.schema import QUOTE_KINDS

PIECES = st.sampled_from([
    '"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "``", "''", " said ", " told ",
    "according to ", ", he said. ", ' she said: "', "\n\n", "\n", "Mr. Smith", "Ken Livingstone",
    "He", " the former mayor ", "'s ", " — ", ", ", ". ", "\x00", "\u202e", "مرحبا", "😀",
    "that ", "claimed ", "The White House", " added.", "\r\n",
])
news_like = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=400), news_like)


@given(any_text)
def test_extraction_never_raises_and_records_are_valid(text):
    quotes, people = extract_document(text, doc_id="d")
    previous = -1
    for quote in quotes:
        assert quote.kind in QUOTE_KINDS
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start:quote.end] == quote.text
        assert quote.start >= previous
        previous = quote.start
        if quote.speaker_start is not None:
            assert 0 <= quote.speaker_start < quote.speaker_end <= len(text)
            assert text[quote.speaker_start:quote.speaker_end] == quote.speaker_mention
    for person in people:
        assert person.mentions >= 1 and 0 <= person.first_start < len(text)


@given(st.integers(min_value=1, max_value=400), st.sampled_from(['"', "“", "‘", "«", "``"]))
def test_thousands_of_unbalanced_marks_never_raise(count, mark):
    text = (f'He said {mark}no. ' * count) + "The end."
    quotes, _ = extract_document(text)
    assert all(text[q.start:q.end] == q.text for q in quotes)
