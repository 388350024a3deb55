"""Tests of the reporting-verb lexicon (analysis/verbs.py)."""

from __future__ import annotations

import pytest

from analysis import verbs
from analysis.errors import LexiconError

GGT_LEMMAS = (
    "accept acclaim acknowledge add admit advise announce argue assert assure claim clarify "
    "comment conclude confirm continue criticize declaim declare decry denounce describe "
    "disclaim dispute estimate exclaim explain find highlight indicate inform insist mention "
    "note notify preach predict proclaim rave reassert reassure reckon reconfirm remind reply "
    "report respond restate retell say speak state suggest tell testify think tweet warn write"
).split()
"""The Gender Gap Tracker's quote-verb lemmas, less those the README says were left out."""

TEXTACY_LEMMAS = (
    "accuse acknowledge add admit agree allege announce argue ask assert believe blame charge "
    "cite claim complain concede conclude confirm contend criticize declare decline deny "
    "describe disagree disclose estimate explain fear hope insist maintain mention note observe "
    "order predict promise recall recommend reply report say state stress suggest tell testify "
    "think urge warn worry write"
).split()
"""textacy's REPORTING_VERBS["en"], less ``according`` (kept as ``according to``)."""


@pytest.fixture(scope="module")
def table():
    return verbs.load_reporting_verbs()


def test_table_columns_and_order(table):
    assert tuple(table.columns) == verbs.VERB_COLUMNS
    assert table["lemma"].tolist() == sorted(table["lemma"])


def test_no_duplicate_lemmas(table):
    assert not table["lemma"].duplicated().any()


def test_categories_stances_sources_valid(table):
    assert set(table["category"]) == set(verbs.CATEGORIES)
    assert set(table["stance"]) == set(verbs.STANCES)
    for source in table["source"]:
        assert source and all(s in verbs.SOURCES for s in source.split("|"))


def test_size_and_public_lists_covered(table):
    lemmas = set(table["lemma"])
    assert 150 <= len(lemmas) <= 400
    assert set(GGT_LEMMAS) <= lemmas
    assert set(TEXTACY_LEMMAS) <= lemmas
    assert "according to" in lemmas
    ggt_marked = set(table.loc[table["source"].str.contains("ggt"), "lemma"])
    assert ggt_marked == set(GGT_LEMMAS) | {"point out"}
    textacy_marked = set(table.loc[table["source"].str.contains("textacy"), "lemma"])
    assert textacy_marked == set(TEXTACY_LEMMAS) | {"according to"}


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Said", "say"), ("says", "say"), ("saying", "say"), ("claims", "claim"),
        ("criticised", "criticise"), ("criticizes", "criticize"), ("told", "tell"),
        ("tweeted", "tweet"), ("wrote", "write"), ("written", "write"), ("thought", "think"),
        ("spoke", "speak"), ("spoken", "speak"), ("denied", "deny"), ("testifies", "testify"),
        ("dismisses", "dismiss"), ("echoes", "echo"), ("noted", "note"), ("arguing", "argue"),
        ("agreeing", "agree"), ("slammed", "slam"), ("slamming", "slam"), ("admitted", "admit"),
        ("quipped", "quip"), ("labelled", "label"), ("labeled", "label"), ("swore", "swear"),
        ("found", "find"), ("forecast", "forecast"), ("forecasted", "forecast"),
        ("apologised", "apologise"), ("apologized", "apologize"), ("e-mailed", "e-mail"),
        ("  ADDED ", "add"), ("retold", "retell"), ("pled", "plead"),
        ("knew", "know"), ("understood", "understand"), ("sought", "seek"), ("shown", "show"),
        ("plans", "plan"), ("intended", "intend"), ("wants", "want"),
    ],
)
def test_cue_lemma(word, lemma):
    assert verbs.cue_lemma(word) == lemma


@pytest.mark.parametrize("word", ["table", "according", "point", "pointed", "went", "", "saidd"])
def test_cue_lemma_none(word):
    assert verbs.cue_lemma(word) is None


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("say", ("neutral", "neutral")), ("tell", ("neutral", "neutral")),
        ("explain", ("assertive", "neutral")), ("announce", ("assertive", "neutral")),
        ("admit", ("factive", "endorsing")), ("reveal", ("factive", "endorsing")),
        ("claim", ("distancing", "distancing")), ("allege", ("distancing", "distancing")),
        ("believe", ("tentative", "tentative")), ("hope", ("tentative", "tentative")),
        ("urge", ("directive", "neutral")), ("call on", ("directive", "neutral")),
        ("accuse", ("expressive", "distancing")), ("criticize", ("expressive", "neutral")),
        ("deny", ("oppositional", "neutral")), ("dismiss", ("oppositional", "neutral")),
        ("vow", ("commissive", "neutral")), ("whisper", ("manner", "neutral")),
        ("add", ("transcript", "neutral")), ("go on", ("transcript", "neutral")),
        ("tweet", ("channel", "neutral")), ("testify", ("channel", "neutral")),
        ("point out", ("factive", "endorsing")), ("according to", ("neutral", "neutral")),
        ("admitted", ("factive", "endorsing")), ("Went on", ("transcript", "neutral")),
        ("table", None),
    ],
)
def test_cue_category(lemma, expected):
    assert verbs.cue_category(lemma) == expected


@pytest.mark.parametrize(
    ("phrase", "lemma"),
    [
        ("according to", "according to"), ("pointed out", "point out"),
        ("points  out", "point out"), ("Pointing Out", "point out"), ("went on", "go on"),
        ("goes on", "go on"), ("called on", "call on"), ("calls for", "call for"),
        ("weighed in", "weigh in"), ("spoke out", "speak out"), ("hit out", "hit out"),
        ("made it clear", "make it clear"), ("broke the news", "break the news"),
        ("shot back", "shoot back"), ("hits back", "hit back"),
        ("according", None), ("said", None),
    ],
)
def test_phrasal_lemma(phrase, lemma):
    assert verbs.phrasal_lemma(phrase) == lemma


def test_cognitive_cues_have_their_category_and_source(table):
    rows = table.set_index("lemma")
    assert rows.loc["believe", "category"] == "tentative"
    assert (rows.loc["want", "category"], rows.loc["want", "source"]) == ("tentative", "cognitive")
    assert (rows.loc["plan", "category"], rows.loc["plan", "source"]) == ("commissive", "cognitive")
    assert verbs.phrasal_lemma("referring to") == "refer to"


def test_phrasal_cues_longest_first():
    lengths = [len(p) for p in verbs.PHRASAL_CUES]
    assert lengths == sorted(lengths, reverse=True)
    assert all(" " in p and p == p.lower() for p in verbs.PHRASAL_CUES)
    assert {"according to", "pointed out", "points out", "went on"} <= set(verbs.PHRASAL_CUES)
    assert verbs.PHRASAL_CUES.index("make it clear") < verbs.PHRASAL_CUES.index("make clear")


def test_reporting_forms():
    forms = verbs.REPORTING_FORMS
    assert isinstance(forms, frozenset)
    assert {"say", "says", "said", "saying", "told", "criticised", "tweets"} <= forms
    assert all(f == f.lower() and " " not in f for f in forms)
    assert "according" not in forms and "table" not in forms


@pytest.mark.parametrize(
    ("rule", "verb", "form"),
    [
        (verbs.third_person, "say", "says"), (verbs.third_person, "stress", "stresses"),
        (verbs.third_person, "vouch", "vouches"), (verbs.third_person, "echo", "echoes"),
        (verbs.third_person, "deny", "denies"), (verbs.third_person, "relay", "relays"),
        (verbs.past_tense, "note", "noted"), (verbs.past_tense, "deny", "denied"),
        (verbs.past_tense, "play", "played"), (verbs.past_tense, "snap", "snapped"),
        (verbs.past_tense, "shout", "shouted"), (verbs.past_tense, "vow", "vowed"),
        (verbs.past_tense, "stammer", "stammered"),
        (verbs.present_participle, "argue", "arguing"),
        (verbs.present_participle, "agree", "agreeing"),
        (verbs.present_participle, "lie", "lying"), (verbs.present_participle, "sob", "sobbing"),
        (verbs.present_participle, "tweet", "tweeting"),
    ],
)
def test_inflection_rules(rule, verb, form):
    assert rule(verb) == form


def test_irregular_table_rows_are_lexicon_heads():
    heads = {lemma.split(" ")[0] for lemma in verbs.REPORTING_LEMMAS}
    assert set(verbs.IRREGULAR_FORMS) <= heads


def test_every_lemma_form_maps_back():
    for lemma in verbs.REPORTING_LEMMAS:
        for form in verbs.lemma_forms(lemma):
            found = verbs.phrasal_lemma(form) if " " in lemma else verbs.cue_lemma(form)
            assert found == lemma


@pytest.mark.parametrize(
    "noun",
    ["statement", "interview", "remarks", "comments", "claim", "tweet", "letter", "speech",
     "speeches", "testimony", "testimonies", "announcement", "memos", "op-eds"],
)
def test_reporting_nouns(noun):
    assert noun in verbs.REPORTING_NOUNS
    assert verbs.is_reporting_noun(noun.upper())


def test_reporting_nouns_exclude_plain_words():
    assert "table" not in verbs.REPORTING_NOUNS
    assert "memoes" not in verbs.REPORTING_NOUNS


@pytest.mark.parametrize(
    ("word", "lemma"), [("Told", "tell"), ("criticised", "criticise"), ("houses", "house")]
)
def test_lemmatise(word, lemma):
    assert verbs.lemmatise(word) == lemma


def test_mappings_are_read_only():
    with pytest.raises(TypeError):
        verbs.FORM_LEMMAS["table"] = "table"  # type: ignore[index]
    with pytest.raises(TypeError):
        verbs.LEMMA_CATEGORIES["table"] = ("neutral", "neutral")  # type: ignore[index]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("lemma,category\nsay,neutral\n", "line 1: expected header"),
        ("lemma,category,stance,source\nsay,neutral,neutral,ggt\nsay,neutral,neutral,ggt\n",
         "line 3: duplicate lemma 'say' (first on line 2)"),
        ("lemma,category,stance,source\nsay,chatty,neutral,ggt\n",
         "line 2: invalid category 'chatty'"),
        ("lemma,category,stance,source\nsay,neutral,happy,ggt\n",
         "line 2: invalid stance 'happy'"),
        ("lemma,category,stance,source\nsay,neutral,neutral,\n", "line 2: invalid source ''"),
        ("lemma,category,stance,source\nsay,neutral,neutral,ggt|blog\n",
         "line 2: invalid source 'ggt|blog'"),
        ("lemma,category,stance,source\nSay,neutral,neutral,ggt\n",
         "line 2: lemma 'Say' must be lower-case words"),
        ("lemma,category,stance,source\nsay,neutral,neutral\n", "line 2: expected 4 fields"),
    ],
)
def test_load_reporting_verbs_errors(tmp_path, content, message):
    path = tmp_path / "verbs.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=str(path).replace("\\", "\\\\")) as info:
        verbs.load_reporting_verbs(path)
    assert message in str(info.value)


def test_load_reporting_verbs_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read lexicon file"):
        verbs.load_reporting_verbs(tmp_path / "absent.csv")
