"""Tests of analysis.framing: lexicon files, matching, frame hits and scores, KWIC."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis.corpus import read_corpus
from analysis.errors import AnalysisError, LexiconError, SchemaError
from analysis.framing import (
    DEFAULT_LEXICON_PATH,
    FRAME_HIT_COLUMNS,
    GROUP_SCORE_COLUMNS,
    KWIC_COLUMNS,
    KWIC_WINDOW,
    LEXICON_DIR,
    SCORE_COLUMNS,
    Lexicon,
    default_lexicon,
    frame_hits,
    frame_hits_in_text,
    frame_scores,
    hits_kwic,
    kwic,
    load_lexicon,
    match_terms,
    normalise_word,
    normalise_words,
    QuoteSpan,
    scoped_words,
)
from analysis.text import word_spans
from tests.conftest import SEED_ID, SEEDS

GENERIC_FRAMES = ("conflict", "human_interest", "economic_consequences", "morality",
                  "responsibility")

# A small news-like text: narration, one attributed quote, one scare quote.
TEXT = 'Critics attacked the plan. "It is a tragedy for every family," Ms Lee said. ' \
       'The "moral" case was weak.'
LEX = Lexicon.from_mapping({"conflict": ["attack*", "critic*"], "human": ["tragedy", "family"],
                            "morality": ["moral*"]}, name="test")


def _quotes(rows: list[tuple]) -> pd.DataFrame:
    """A quotes table with the columns framing reads (doc_id, kind, start, end, speaker)."""
    return pd.DataFrame(rows, columns=["doc_id", "kind", "start", "end", "speaker"])


@pytest.fixture(scope="module")
def seed_docs() -> pd.DataFrame:
    return read_corpus(SEEDS / f"{SEED_ID}.txt")


@pytest.fixture
def small() -> tuple[pd.DataFrame, pd.DataFrame]:
    docs = pd.DataFrame({"doc_id": ["a"], "text": [TEXT]})
    direct = TEXT.index("It is")
    scare = TEXT.index("moral")
    quotes = _quotes([("a", "direct", direct, TEXT.index('"', direct), "Ann Lee"),
                      ("a", "scare", scare, scare + 5, None)])
    return docs, quotes


# --- lexicons shipped with the package ---------------------------------------------------------

def test_default_lexicon_has_the_five_generic_frames_labelled_as_indicators():
    lexicon = default_lexicon()
    assert lexicon.categories == GENERIC_FRAMES
    assert all(any(t.category == f for t in lexicon.terms) for f in GENERIC_FRAMES)
    assert "KEYWORD INDICATORS, NOT A MEASUREMENT OF FRAMES" in DEFAULT_LEXICON_PATH.read_text()


def test_media_frames_template_has_15_empty_categories():
    lexicon = load_lexicon(LEXICON_DIR / "media_frames_corpus.yaml")
    assert len(lexicon.categories) == 15
    assert lexicon.categories[0] == "economic" and lexicon.categories[-1] == "other"
    assert lexicon.terms == ()


# --- the seed ----------------------------------------------------------------------------------

def test_seed_frame_scores_default_lexicon(seed_docs):
    scores = frame_scores(seed_docs)
    expected = pd.DataFrame({
        "doc_id": [SEED_ID] * 5,
        "frame": ["conflict", "economic_consequences", "human_interest", "morality",
                  "responsibility"],
        "hits": [5, 0, 5, 1, 3],
        "weighted": [5.0, 0.0, 5.0, 1.0, 3.0],
        "words": [919] * 5,
        "per_1k": [5 * 1000 / 919, 0.0, 5 * 1000 / 919, 1000 / 919, 3 * 1000 / 919],
        "present": [True, False, True, True, True],
    })
    assert list(scores.columns) == ["doc_id", *SCORE_COLUMNS]
    assert_frame_equal(scores, expected, check_dtype=False)


def test_seed_frame_hits_default_lexicon(seed_docs):
    hits = frame_hits(seed_docs)
    assert list(hits.columns) == list(FRAME_HIT_COLUMNS)
    got = list(zip(hits["frame"], hits["term"], hits["match"], hits["start"]))
    assert got == [
        ("responsibility", "resign*", "resignation", 1345),
        ("conflict", "two sides", "two sides", 1433),
        ("human_interest", "upset", "upset", 1487),
        ("human_interest", "wife", "wife's", 2421),
        ("human_interest", "birthday*", "birthday", 2438),
        ("conflict", "divisions", "divisions", 2483),
        ("conflict", "accus*", "accusation", 2665),
        ("conflict", "confront*", "confronted", 2730),
        ("conflict", "accus*", "accused", 2759),
        ("responsibility", "inquiry", "inquiry", 2916),
        ("responsibility", "inquiry", "inquiry", 3014),
        ("human_interest", "life", "life", 3647),
        ("morality", "grace", "grace", 4017),
        ("human_interest", "children", "children", 5313),
    ]
    text = seed_docs["text"].iloc[0]
    assert all(text[s:e] == m for s, e, m in zip(hits["start"], hits["end"], hits["match"]))


def test_seed_kwic_lines(seed_docs):
    lines = kwic(seed_docs, "jeremy corbyn*", window=3)
    assert list(lines.columns) == list(KWIC_COLUMNS)
    assert lines[["start", "end", "left", "match", "right"]].values.tolist() == [
        [888, 901, "get rid of ", "Jeremy Corbyn", ". They've whipped this"],
        [1397, 1410, "are now forcing ", "Jeremy Corbyn", " to attempt to"],
        [2133, 2146, "You have embarrassed ", "Jeremy Corbyn", ", you have embarrassed"],
        [5520, 5535, "attempt to undermine ", "Jeremy Corbyn's", ' leadership."'],
    ]
    assert not lines["in_quote"].any()


def test_seed_kwic_wildcard_and_quote_speaker(seed_docs):
    text = seed_docs["text"].iloc[0]
    start = text.index("Labour is an anti-racist party")
    end = text.index("100 years.") + len("100 years.")
    quotes = _quotes([(SEED_ID, "direct", start, end, "Jeremy Corbyn")])
    lines = kwic(seed_docs, "anti-semit*", quotes=quotes, window=2)
    assert len(lines) == 9
    assert lines["match"].tolist().count("anti-Semite") == 1
    row = lines[lines["start"] == 3592].iloc[0]
    assert (row["left"], row["match"], row["right"]) == (
        "racism, including ", "anti-Semitism", ". I have")
    assert (row["in_quote"], row["speaker"]) == (True, "Jeremy Corbyn")
    assert lines["speaker"].notna().sum() == 1


def test_every_hit_is_reachable_as_a_kwic_line(seed_docs):
    lines = hits_kwic(frame_hits(seed_docs), seed_docs, window=2)
    first = lines.iloc[0]
    assert (first["left"], first["match"], first["right"]) == (
        "demanding his ", "resignation", ". Livingstone's comments")
    assert KWIC_WINDOW == 8


# --- matching rules ----------------------------------------------------------------------------

@pytest.mark.parametrize("terms, text, expected", [
    (["crisis"], "A CRISIS, a Crisis's end.", ["CRISIS", "Crisis's"]),       # case, possessive
    (["econom*"], "The economy and economists; not ecology.", ["economy", "economists"]),
    (["tax payer*"], "Tax payers paid; tax-payer groups too.", ["Tax payers", "tax-payer"]),
    (["tax payer*"], "A tax. Payers fled.", []),                            # not across sentences
    (["u.s."], "The U.S. said so.", ["U.S"]),                               # inner full stop
    (["row", "war of words"], "A war of words, a row.", ["war of words", "row"]),
])
def test_matching(terms, text, expected):
    lexicon = Lexicon.from_mapping({"f": terms})
    assert [h.match for h in frame_hits_in_text(text, lexicon)] == expected


@pytest.mark.parametrize("terms, text, expected", [
    # prefixes of every length from 2 to 7 share the stem "cr"; a word shorter than it is no match
    ({"f1": ["cr*"], "f2": ["crit*"], "f3": ["critic*"], "f4": ["critics"], "f5": ["c"]},
     "Critics and crowds; a crit, cr, c.",
     [("f1", "Critics"), ("f2", "Critics"), ("f3", "Critics"), ("f4", "Critics"), ("f1", "crowds"),
      ("f1", "crit"), ("f2", "crit"), ("f1", "cr"), ("f5", "c")]),
    ({"f": ["abcd*"]}, "abc abcd abcde ab", [("f", "abcd"), ("f", "abcde")]),
    ({"f": ["crisis", "crisis talks"]}, "The Crisis’s end; crisis’s talks; crisis talks.",
     [("f", "Crisis’s"), ("f", "crisis’s talks"), ("f", "crisis talks")]),
    ({"f": ["econom* crisis"], "g": ["crisis"]}, "An economic crisis.",
     [("f", "economic crisis"), ("g", "crisis")]),
    ({"f": ["row", "rows"]}, "Rows, a ROW.", [("f", "Rows"), ("f", "ROW")]),      # no prefixes
    # a possessive of a word shorter than the stem "crisis" still finds its word
    ({"f": ["war", "crisis*"]}, "The war's toll; a war, wars.", [("f", "war's"), ("f", "war")]),
    ({"f": []}, "Nothing to find.", []),
])
def test_prefixes_possessives_and_phrases(terms, text, expected):
    hits = frame_hits_in_text(text, Lexicon.from_mapping(terms))
    assert [(h.frame, h.match) for h in hits] == expected


def test_hits_from_word_spans_computed_before_are_the_same(seed_text):
    lexicon = default_lexicon()
    hits = frame_hits_in_text(seed_text, lexicon, doc_id=SEED_ID)
    assert len(hits) > 10
    assert frame_hits_in_text(seed_text, lexicon, doc_id=SEED_ID,
                              spans=word_spans(seed_text)) == hits


@pytest.mark.parametrize("text", [
    "The Party’s line, don't. 50-year-old O’Malley's tax-payers",
    "ΟΔΟΣ.Α ΟΔΟΣ",                 # final sigma: words lowered one by one
    "İstanbul’s MAYOR",            # İ lowers to two characters
    "", "  ...  ", "x", "e\u0301 ÀB_c 3.5 ２０２６ Ⅻ",
])
def test_words_and_spans_of_one_split_are_those_of_word_spans(text):
    from analysis.framing import _normalised_words

    words, spans = _normalised_words(text)
    assert list(spans) == word_spans(text) and len(spans) == len(words)
    assert words == normalise_words(text, word_spans(text))
    if spans:
        assert spans[-1] == spans[len(spans) - 1] and spans[0:2] == word_spans(text)[0:2]
    with pytest.raises(IndexError):
        spans[len(spans)]
    with pytest.raises(IndexError):
        spans[-len(spans) - 1]


def test_lowering_keeps_every_character_a_word_character_or_not():
    import re
    import sys

    word = re.compile(r"\w")
    for char in map(chr, range(sys.maxunicode + 1)):
        lowered = char.lower()
        if len(lowered) == 1:
            assert bool(word.match(char)) == bool(word.match(lowered)), hex(ord(char))
            assert lowered not in "'’-" or lowered == char, hex(ord(char))


def test_hits_counting_words_are_the_hits_and_the_word_count(seed_text):
    from analysis.framing import frame_hits_counting_words

    lexicon = default_lexicon()
    for text in (seed_text, TEXT, "ΟΔΟΣ crisis", ""):
        hits, n_words = frame_hits_counting_words(text, lexicon, doc_id="d")
        assert hits == frame_hits_in_text(text, lexicon, doc_id="d",
                                          spans=word_spans(text))
        assert n_words == len(word_spans(text))
    assert frame_hits_counting_words(TEXT, LEX)[1] == 19


def test_match_terms_in_word_positions():
    lexicon = Lexicon.from_mapping({"a": ["tax payer*", "tax"], "b": ["payer*"]})
    text = "Tax-payers and tax payers. Tax."  # "Tax-payers" is one word, matched by "tax-payer*"
    spans = word_spans(text)
    assert match_terms(text, spans, normalise_words(text, spans), lexicon) == [
        (0, 1, 0), (2, 4, 0), (3, 4, 2), (4, 5, 1)]


@pytest.mark.parametrize("text, expected", [
    ("The Party’s LINE", ["the", "party's", "line"]),
    ("ΟΔΟΣ.Α ΟΔΟΣ", ["οδος", "α", "οδος"]),          # final sigma: the word alone decides
    ("İstanbul’s MAYOR", ["i̇stanbul's", "mayor"]),   # İ lowers to two characters
    ("", []),
])
def test_normalise_words_lowers_each_word_as_normalise_word(text, expected):
    spans = word_spans(text)
    assert normalise_words(text, spans) == expected
    assert expected == [normalise_word(text[a:b]) for a, b in spans]


def test_longest_term_wins_within_a_frame_and_words_count_for_each_frame():
    lexicon = Lexicon.from_mapping({"a": ["labour", "labour party", "labou*"], "b": ["party"]})
    hits = frame_hits_in_text("The Labour Party met.", lexicon)
    assert [(h.frame, h.term, h.match) for h in hits] == [
        ("a", "labour party", "Labour Party"), ("b", "party", "Party")]
    exact_first = Lexicon.from_mapping({"a": ["labou*", "labour"]})
    assert [h.term for h in frame_hits_in_text("Labour won.", exact_first)] == ["labour"]


def test_hits_in_quotes_innermost_speaker_and_scare_quotes_as_narration():
    class Quote(NamedTuple):  # the fields of analysis.quotes records that framing reads
        start: int
        end: int
        kind: str
        speaker: str | None

    text = 'She said: "They call it a "crisis" of faith." A "crisis", he wrote.'
    outer, inner = text.index("They"), text.index("crisis")
    scare = text.index("crisis", inner + 1)
    quotes = [Quote(outer, text.index('."') + 1, "direct", "Ann"),
              Quote(inner, inner + 6, "partial", "Bob"), Quote(scare, scare + 6, "scare", None)]
    lexicon = Lexicon.from_mapping({"f": ["crisis", "faith"]})
    hits = frame_hits_in_text(text, lexicon, quote_spans=quotes, doc_id="d")
    assert [(h.doc_id, h.match, h.start, h.in_quote, h.speaker) for h in hits] == [
        ("d", "crisis", inner, True, "Bob"), ("d", "faith", text.index("faith"), True, "Ann"),
        ("d", "crisis", scare, False, None)]
    plain = frame_hits_in_text(text, lexicon, quote_spans=[(outer, scare - 3)])
    assert [(h.in_quote, h.speaker) for h in plain] == [(True, None), (True, None), (False, None)]


def test_scoped_words_marks_quote_and_speaker():
    words = scoped_words('He said "no deal" today.', [(9, 16, "Ann")])
    assert words == [(0, 2, None), (3, 7, None), (9, 11, QuoteSpan(9, 16, "Ann")),
                     (12, 16, QuoteSpan(9, 16, "Ann")), (18, 23, None)]


# --- scores by scope and group -----------------------------------------------------------------

@pytest.mark.parametrize("scope, hits, words", [
    ("all", [2, 2, 1], 19),
    ("quoted", [0, 2, 0], 7),        # "It is a tragedy for every family"
    ("narration", [2, 0, 1], 12),    # scare-quoted "moral" is the journalist's voice
])
def test_frame_scores_by_scope(small, scope, hits, words):
    docs, quotes = small
    scores = frame_scores(docs, LEX, quotes=quotes, scope=scope)
    assert scores["frame"].tolist() == ["conflict", "human", "morality"]
    assert scores["hits"].tolist() == hits
    assert scores["words"].tolist() == [words] * 3
    assert scores["per_1k"].tolist() == pytest.approx([h * 1000 / words for h in hits])


def test_frame_scores_by_metadata_group():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
                         "text": ["Critics attack.", "A family tragedy.", "Calm day here."]})
    scores = frame_scores(docs, LEX, group_by="outlet")
    expected = pd.DataFrame({
        "outlet": ["X", "X", "X", "Y", "Y", "Y"],
        "frame": ["conflict", "human", "morality"] * 2,
        "documents": [2, 2, 2, 1, 1, 1],
        "hits": [2, 0, 0, 0, 2, 0],
        "weighted": [2.0, 0.0, 0.0, 0.0, 2.0, 0.0],
        "words": [5, 5, 5, 3, 3, 3],
        "per_1k": [400.0, 0.0, 0.0, 0.0, 2000 / 3, 0.0],
        "present": [1, 0, 0, 0, 1, 0],
        "present_share": [0.5, 0.0, 0.0, 0.0, 1.0, 0.0],
    })
    assert list(scores.columns) == ["outlet", *GROUP_SCORE_COLUMNS]
    assert_frame_equal(scores, expected, check_dtype=False)


def test_frame_scores_by_speaker():
    docs = pd.DataFrame({"doc_id": ["a", "b"],
                         "text": ['"Critics attack," Ann said.', '"A family tragedy," Bob said. '
                                  '"Moral panic."']})
    t = docs["text"]
    quotes = _quotes([("a", "direct", 1, 15, "Ann"), ("b", "direct", 1, 17, "Bob"),
                      ("b", "direct", t[1].index("Moral"), t[1].index("panic") + 6, None)])
    scores = frame_scores(docs, LEX, quotes=quotes, group_by="speaker")
    table = scores.set_index(["speaker", "frame"])
    assert table.loc[("Ann", "conflict"), "hits"] == 2
    assert table.loc[("Bob", "human"), ["hits", "words", "documents"]].tolist() == [2, 3, 1]
    unattributed = scores[scores["speaker"].isna()]
    assert unattributed["hits"].tolist() == [0, 0, 1] and unattributed["words"].iloc[0] == 2
    assert scores["speaker"].tolist()[:3] == ["Ann"] * 3
    people = pd.DataFrame({"person": ["Ann", "Bob"], "gender": ["she", "he"]})
    with_gender = quotes.merge(people, left_on="speaker", right_on="person", how="left")
    by_gender = frame_scores(docs, LEX, quotes=with_gender, group_by="gender")
    table = by_gender.fillna({"gender": "(none)"})
    assert table[["gender", "frame", "hits", "words"]].values.tolist() == [
        ["he", "conflict", 0, 3], ["he", "human", 2, 3], ["he", "morality", 0, 3],
        ["she", "conflict", 2, 2], ["she", "human", 0, 2], ["she", "morality", 0, 2],
        ["(none)", "conflict", 0, 2], ["(none)", "human", 0, 2], ["(none)", "morality", 1, 2]]


def test_scope_and_table_errors(small):
    docs, quotes = small
    with pytest.raises(AnalysisError, match="invalid scope 'quotes'; valid values: 'all'"):
        frame_scores(docs, LEX, quotes=quotes, scope="quotes")
    with pytest.raises(AnalysisError, match="scope 'quoted' needs a quotes table"):
        frame_scores(docs, LEX, scope="quoted")
    with pytest.raises(AnalysisError, match="cannot be used with scope 'narration'"):
        frame_scores(docs, LEX, quotes=quotes, scope="narration", group_by="speaker")
    with pytest.raises(SchemaError, match="group_by 'outlet' is not a column of the documents"):
        frame_scores(docs, LEX, quotes=quotes, group_by="outlet")
    with pytest.raises(SchemaError, match="no quotes table was given"):
        frame_scores(docs, LEX, group_by="speaker")
    with pytest.raises(SchemaError, match="quotes table is missing column"):
        frame_hits(docs, LEX, quotes=quotes.drop(columns="kind"))


# --- user lexicon files ------------------------------------------------------------------------

def test_user_yaml_lexicon(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("economy:\n  - econom*\n  - tax payer*\n  - {jobs: 2}\n"
                    "protest:\n  march: 0.5\n  no: 1\nempty:\n", encoding="utf-8")
    lexicon = load_lexicon(path)
    assert lexicon.name == "mine.yaml"
    assert lexicon.categories == ("economy", "protest", "empty")
    assert [(t.term, t.weight) for t in lexicon.terms] == [
        ("econom*", 1.0), ("tax payer*", 1.0), ("jobs", 2.0), ("march", 0.5), ("no", 1.0)]
    docs = pd.DataFrame({"doc_id": ["d"], "text": ["Tax payers march; no jobs, weak economy."]})
    scores = frame_scores(docs, lexicon)
    assert scores[["frame", "hits", "weighted"]].values.tolist() == [
        ["economy", 3, 4.0], ["empty", 0, 0.0], ["protest", 2, 1.5]]


def test_user_csv_lexicon(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("term,category,weight,source\ncrisis,conflict,2,me\nrow*,conflict,,me\n"
                    "\nfamil*,human,1.5,me\n", encoding="utf-8")
    lexicon = load_lexicon(path)
    assert lexicon.categories == ("conflict", "human")
    hits = frame_hits(pd.DataFrame({"doc_id": ["d"], "text": ["Family rows, a crisis."]}), lexicon)
    assert hits[["frame", "term", "match", "weight"]].values.tolist() == [
        ["human", "famil*", "Family", 1.5], ["conflict", "row*", "rows", 1.0],
        ["conflict", "crisis", "crisis", 2.0]]


def test_user_liwc_dic_lexicon(tmp_path):
    path = tmp_path / "mine.dic"
    path.write_text("%\n1\tcare\n02\tharm\n%\nprotect*\t1\nhurt*\t2 1\nkind of\t1\n",
                    encoding="utf-8")
    lexicon = load_lexicon(path)
    assert lexicon.categories == ("care", "harm")
    assert [tuple(t) for t in lexicon.terms] == [
        ("protect*", "care", 1.0), ("hurt*", "harm", 1.0), ("hurt*", "care", 1.0),
        ("kind of", "care", 1.0)]
    docs = pd.DataFrame({"doc_id": ["d"], "text": ["It kind of hurts to protect them."]})
    assert frame_scores(docs, lexicon)["hits"].tolist() == [3, 1]


@pytest.mark.parametrize("name, content, message", [
    ("bad.yaml", "conflict:\n  - row\n  - [unclosed\n", r"bad\.yaml, line 4: not valid YAML"),
    ("bad.yaml", "conflict:\n  - row\nconflict:\n  - war\n",
     r"bad\.yaml, line 3: frame 'conflict' is defined twice"),
    ("bad.yaml", "conflict:\n  - ro*w\n", r"bad\.yaml, line 2: bad term 'ro\*w'"),
    ("bad.yaml", "conflict:\n  row: heavy\n", r"bad\.yaml, line 2: weight 'heavy' is not a number"),
    ("bad.csv", "term,category\ncrisis,conflict\nrow\n", r"bad\.csv, line 3: .*has no category"),
    ("bad.csv", "crisis,conflict\n", r"bad\.csv, line 1: expected a header row"),
    ("bad.dic", "%\n1\tcare\n%\nprotect*\t1\nhurt*\t7\n",
     r"bad\.dic, line 5: category 7 of 'hurt\*' is not defined in the header"),
    ("bad.dic", "1\tcare\n", r"bad\.dic, line 1: a \.dic file must start with a '%' line"),
    ("bad.dic", "%\n1\tcare\n%\nhurt*\n", r"bad\.dic, line 4: term 'hurt\*' has no category"),
])
def test_malformed_lexicons_name_file_and_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(path)


def test_lexicon_file_errors(tmp_path):
    with pytest.raises(AnalysisError, match="invalid lexicon file suffix '.txt'"):
        load_lexicon(tmp_path / "x.txt")
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        load_lexicon(tmp_path / "missing.yaml")
