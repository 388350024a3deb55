"""Paragraphs, sentences and tokens with exact offsets."""

import pytest

from analysis.text import (
    locate,
    paragraph_spans,
    sentence_spans,
    token_spans,
    word_count,
    word_spans,
    words,
)


def _texts(text, spans):
    return [text[a:b] for a, b in spans]


def test_paragraphs_are_lines_trimmed_and_blank_lines_skipped():
    text = "  One.\r\n\r\nTwo two.\n\n\nThree "
    assert paragraph_spans(text) == [(2, 6), (10, 18), (21, 26)]
    assert _texts(text, paragraph_spans(text)) == ["One.", "Two two.", "Three"]


@pytest.mark.parametrize("text, expected", [
    ("\x0b One.\x0c\r\n\u2028\u00a0\r Two\u3000two.\x85\nThree",
     ["One.", "Two\u3000two.", "Three"]),
    ("\u00a0\t\x1c\n\r \x85", []),  # lines of Unicode spaces only
    ("a\rb\r\nc\n\rd", ["a", "b", "c", "d"]),
])
def test_paragraphs_are_trimmed_of_every_unicode_space_as_str_strip(text, expected):
    assert _texts(text, paragraph_spans(text)) == expected
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    assert expected == [line for line in lines if line]


def test_the_paragraph_pattern_spaces_are_those_of_str_isspace():
    import re
    import sys

    space = re.compile(r"\s")
    assert all(bool(space.match(char)) == char.isspace()
               for char in map(chr, range(sys.maxunicode + 1)))


def test_empty_and_blank_texts_have_no_paragraphs_or_sentences():
    assert paragraph_spans("") == [] and sentence_spans("") == []
    assert paragraph_spans(" \n \n") == [] and sentence_spans("\n\n") == []


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
    ("Dr. Jones spoke. Then silence.", ["Dr. Jones spoke.", "Then silence."]),
    ("They flew to the U.S. on Monday. It rained.",
     ["They flew to the U.S. on Monday.", "It rained."]),
    ("Use tools, e.g. hammers. Fine.", ["Use tools, e.g. hammers.", "Fine."]),
    ('"It is over," he said. "We lost."', ['"It is over," he said.', '"We lost."']),
    ("He said: “We won.” Then he left.", ["He said: “We won.”", "Then he left."]),
    ('"Is it true?" she asked. No one knew.', ['"Is it true?" she asked.', "No one knew."]),
    ("Clubs are scraping by, Mr. Hedge said. Sen. Rice agreed.",
     ["Clubs are scraping by, Mr. Hedge said.", "Sen. Rice agreed."]),
    # a party tag ends a sentence before the next one's title
    ("“A good day,” said Sen. Ruth Kessler, D-Minn. Sen. Howard Pike, R-Okla., disagreed.",
     ["“A good day,” said Sen. Ruth Kessler, D-Minn.", "Sen. Howard Pike, R-Okla., disagreed."]),
    ("Rep. Jo Li (D-Calif.) said so. He left.", ["Rep. Jo Li (D-Calif.) said so.", "He left."]),
])
def test_sentences_respect_abbreviations_and_quotations(text, expected):
    assert _texts(text, sentence_spans(text)) == expected


def test_sentences_never_cross_paragraphs():
    text = "A line without a stop\nNext paragraph here."
    assert _texts(text, sentence_spans(text)) == ["A line without a stop", "Next paragraph here."]


def test_seed_sentences_have_exact_offsets(seed_text):
    spans = sentence_spans(seed_text)
    assert len(spans) == 38
    assert spans[0] == (0, 99)
    assert seed_text[spans[0][0]:spans[0][1]].endswith("supported Zionism.")
    quote = seed_text.index('"If you look at what this is all about')
    index = locate(spans, quote)
    assert seed_text[slice(*spans[index])].endswith('he told LBC.')


def test_tokens_keep_inner_apostrophes_and_hyphens():
    text = "Livingstone's anti-Semitism row: 3,000 U.S. migrants."
    assert _texts(text, token_spans(text)) == [
        "Livingstone's", "anti-Semitism", "row", ":", "3", ",", "000", "U.S", ".", "migrants", "."]
    assert _texts(text, word_spans(text)) == [
        "Livingstone's", "anti-Semitism", "row", "3", "000", "U", "S", "migrants"]
    assert words("The Party") == ["the", "party"]
    assert word_count(text) == 8 and word_count("") == 0


def test_offsets_index_the_original_text_with_html_remnants(seed_text):
    start = seed_text.index("50<sup>th")
    spans = token_spans(seed_text)
    inside = [seed_text[a:b] for a, b in spans if start <= a < start + 9]
    assert inside == ["50", "<", "sup", ">", "th"]


def test_locate_before_first_span():
    assert locate([(5, 9)], 2) == -1


def test_a_paragraph_of_megabytes_is_split_in_linear_time_without_timeouts():
    text = 'He said "no. ' * 100_000  # 1.3 MB in one paragraph, a full stop every 13 characters
    spans = sentence_spans(text)
    assert spans[0] == (0, 12) and spans[-1][1] == len(text.rstrip())
    assert all(text[a:b] == text[a:b].strip() for a, b in spans[:1000])


def test_long_paragraphs_are_cut_after_a_full_stop():
    from analysis.text import PUNKT_MAX_CHARS

    sentence = "This is a plain sentence of news text. "
    text = sentence * (3 * PUNKT_MAX_CHARS // len(sentence))
    spans = sentence_spans(text)
    assert {text[a:b] for a, b in spans} == {sentence.strip()}


# --- Punkt without NLTK's per-call regex timeout: same sentences as NLTK's own classes ----------

def _nltk_punkt():
    """Punkt with the same parameters but NLTK's own token class and realignment pattern."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

    from analysis.text import _NewsLanguageVars, _punkt_parameters

    class NltkRealignment(_NewsLanguageVars):
        re_boundary_realignment = PunktLanguageVars.re_boundary_realignment

    return PunktSentenceTokenizer(_punkt_parameters(), lang_vars=NltkRealignment(),
                                  token_cls=PunktToken)


PUNKT_TEXTS = [
    '“We won.” (They lost.) [Yes.] ‘No.’ «Non.» Then -- "What?" 2. Fine... Really. . . ok.',
    "J. Bach wrote 3.5 pieces. -3. .5 is small. ,5 too. 1. First. Item No. 2 left. U.S. News.",
    "He said.\u00bb Next.\u201d And ... then?! Yes.) Sure.' Done.\" End.",
    "José e\u0301. Àb. ²3. ٣. X. Ω. ΟΔΟΣ. Σ. The end..",
    "It rose. The end.  Two spaces. . . Dots. (Tex.) He said. a. b. Mr. Hedge said. co. Ltd.",
]
"""Texts on which NLTK's Punkt makes each kind of decision (realignment, abbreviations,
initials, numbers, ellipses)."""


@pytest.mark.parametrize("text", PUNKT_TEXTS)
def test_sentences_are_those_of_nltk_punkt(text):
    from analysis.text import _sentence_tokenizer

    assert list(_sentence_tokenizer().span_tokenize(text)) == list(
        _nltk_punkt().span_tokenize(text))


@pytest.mark.parametrize("text", PUNKT_TEXTS + [
    "First line. Second.\nThird line? \n\n Fourth!) Fifth.   ",
    "No stop at all", "", "   ", ".", "?!", "Mr.", "end.)", "A. B. C.) D",
])
def test_the_sentence_loop_gives_the_spans_of_nltk_span_tokenize(text):
    from analysis.text import _sentence_tokenizer

    tokenizer = _sentence_tokenizer()
    assert tokenizer.spans(text) == list(tokenizer.span_tokenize(text)) == list(
        _nltk_punkt().span_tokenize(text))
    ours = [(match.span(), context) for match, context in tokenizer._end_contexts(text)]
    assert ours == [(match.span(), context)
                    for match, context in tokenizer._match_potential_end_contexts(text)]


def test_the_abbreviation_test_agrees_with_punkt_annotation():
    from itertools import product

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.text import _punkt_parameters, _sentence_tokenizer

    tokenizer = _sentence_tokenizer()
    params = _punkt_parameters()
    collocations = sorted(params.collocations)[:40]
    abbreviations = ["Mr", "mr", "SEN", "Gov", "Co", "no", "Sept", "Jan", "Inc", "vs"] + sorted(
        {first for first, _ in collocations if first.isalpha() and len(first) > 1})
    words = ["Smith", "smith", "The", "the", "He", "It", "But", "Über", "über", "Éclair",
             "Brown", "Obama", "President", "X", "x"] + [
        second.capitalize() for _, second in collocations] + [
        starter.capitalize() for starter in sorted(params.sent_starters)[:30]]
    spaces, ends = [" ", "  ", "\u00a0", "\n", " \n"], ["", ",", "'s", "’s", ".", ",,"]
    for abbreviation, space, word, end in product(abbreviations, spaces, words, ends):
        context = f"{abbreviation}.{space}{word}{end}"
        expected = PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context)
        assert tokenizer.text_contains_sentbreak(context) == expected, context


def test_the_quick_sentence_break_test_agrees_with_punkt_annotation():
    from itertools import product

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from analysis.text import _sentence_tokenizer

    tokenizer = _sentence_tokenizer()
    before = ["", "(", "\u201c", "a.", "--"]
    words = ["said", "Mr", "mr", "co", "no", "Sept", "J", "i", "U.S", "well-known", "año",
             "\u0130stanbul", "\u039f\u0394\u039f\u03a3", "ab1", "x_y", "\u00b2b", "e\u0301"]
    after = [" The", "  the", " . . x", " .x", "  . x", ". . .", ")", '"', "\u201d", "\n Next",
             "\u00a0X", "?", "--", " --", ",", " 5", " (x", "'s"]
    for start, word, mark, end in product(before, words, ".?!", after):
        context = start + word + mark + end
        expected = PunktSentenceTokenizer.text_contains_sentbreak(tokenizer, context)
        assert tokenizer.text_contains_sentbreak(context) == expected, context


def _token_texts():
    chars = [chr(code) for code in range(0x800)] + list("\u2018\u2019\u201c\u201d\u0663\U0001d7d9")
    for char in chars:
        yield from (char, char + ".", char + "..", "." + char, char + "x.", "-" + char)
    yield from ("...", "..", ". . .", "--", "-3.5", ".5", ",5", "U.S.", "Mr.", "e\u0301.")


def test_token_quick_tests_agree_with_nltk_patterns():
    from nltk.tokenize.punkt import PunktToken

    from analysis.text import _NewsToken

    for tok in _token_texts():
        ours, nltk = _NewsToken(tok), PunktToken(tok)
        assert ours.type == nltk.type, tok
        assert bool(ours.is_ellipsis) == bool(nltk.is_ellipsis), tok
        assert bool(ours.is_initial) == bool(nltk.is_initial), tok


def test_realignment_marks_are_the_only_starts_of_nltk_realignment():
    from nltk.tokenize.punkt import PunktLanguageVars

    from analysis.text import REALIGNMENT_MARKS

    pattern = PunktLanguageVars.re_boundary_realignment
    starts = {chr(code) for code in range(0x10000) if pattern.match(chr(code) + " ")}
    assert starts == REALIGNMENT_MARKS
