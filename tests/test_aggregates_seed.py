"""The aggregates on the seed article through the real extractor (analysis.quotes/speakers).

Pins who has how many quotes and quoted words with which verbs. When the extractor improves,
these numbers change on purpose: update them from the printed tables after checking the quotes
behind them (``analysis.aggregates.quotes_behind``).
"""

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis.corpus import documents_table
from analysis.quotes import quotes_table
from analysis.speakers import people_table
from analysis.verbstats import verb_counts
from analysis.voices import mentioned_vs_quoted, speaker_profile


@pytest.fixture(scope="module")
def seed_tables(seed_text):
    documents = documents_table({"seed": seed_text})
    return documents, quotes_table(documents), people_table(documents)


def test_seed_speakers_quotes_and_words(seed_tables):
    documents, quotes, people = seed_tables
    got = speaker_profile(quotes, documents=documents, people=people)
    expected = pd.DataFrame({
        "speaker": ["Ken Livingstone", "David Rosenberg", "Jeremy Corbyn", "Michael Crick",
                    "some members of his own party", "Benjamin Netanyahu", "John Mann",
                    "(unattributed)"],  # "When asked if he liked the limelight": no asker named
        "count": [14, 6, 3, 2, 2, 1, 1, 1],
        "direct": [8, 5, 1, 1, 0, 0, 0, 0],
        "partial": [1, 0, 0, 0, 0, 0, 0, 0],
        "indirect": [5, 1, 2, 1, 2, 1, 1, 1],
        "words": [202, 258, 95, 26, 6, 8, 6, 5],
    })
    assert_frame_equal(got[list(expected.columns)], expected)


def test_seed_verbs_per_speaker(seed_tables):
    _, quotes, _ = seed_tables
    counts = verb_counts(quotes, by=["speaker"], item="lemma")
    got = {speaker: dict(zip(group["lemma"], group["count"]))
           for speaker, group in counts.groupby("speaker")}
    assert got == {
        "(unattributed)": {"ask": 1},
        "Benjamin Netanyahu": {"say": 1},
        "David Rosenberg": {"tell": 6},
        "Jeremy Corbyn": {"announce": 2, "tell": 1},
        "John Mann": {"accuse": 1},
        "Ken Livingstone": {"say": 8, "refuse": 2, "tell": 2, "apologise": 1, "reply": 1},
        "Michael Crick": {"ask": 1, "tell": 1},
        "some members of his own party": {"call": 1, "demand": 1},
    }


def test_seed_people_mentioned_but_never_quoted(seed_tables):
    _, quotes, people = seed_tables
    never = mentioned_vs_quoted(people, quotes).query("not quoted")["person"].tolist()
    assert never == ["Adolf Hitler", "Naz Shah", "David Mellor", "Dubs", "Shami Chakrabarti"]
