"""A small literal corpus for the aggregate and figure tests: two outlets, four documents.

Offsets are into the texts below (``text[start:end] == quote text``). Voice quotes (scare quote
excluded), by speaker: Ken Livingstone 4 (15 words), Jeremy Corbyn 4 (16 words, two of them one
utterance), Naz Shah 1 (3 words), unattributed 1 (1 word); document s2 has no quotes.
"""

import pandas as pd

from analysis.schema import PEOPLE_COLUMNS, QUOTE_COLUMNS

G1 = ('"It is not about anti-Semitism," Livingstone told LBC.\n\n'
      'He claimed the row was "a smear".\n\n'
      'Corbyn said the party would investigate.\n\n'
      'The "Nazi apologist" label stuck.')  # 166 characters, 26 words
G2 = ('Labour will act, Corbyn insisted.\n\n'
      '"We will act," he said. "There is no place for it."\n\n'
      'Naz Shah said she was sorry.')  # 116 characters, 22 words
S1 = ('Livingstone claimed Hitler supported Zionism.\n\n'
      '"It is NOT about anti-Semitism!" he insisted.\n\n'
      '"Disgraceful," a spokesman said.\n\n'
      'John Mann watched.')  # 146 characters, 19 words
S2 = "Markets rose on Friday."  # 4 words

KEN, JEREMY, NAZ, JOHN = "Ken Livingstone", "Jeremy Corbyn", "Naz Shah", "John Mann"


def documents() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["g1", "g2", "s1", "s2"],
        "text": [G1, G2, S1, S2],
        "outlet": ["Guardian", "Guardian", "Sun", "Sun"],
        "date": ["2016-04-29", "2016-05-02", "2016-04-30", "2016-05-01"],
    })


_QUOTES = [
    # doc, quote, utterance, kind, start, end, speaker, mention, m_start, m_end, cue, lemma,
    # category, paragraph, sentence
    ("g1", "g1-q0", "g1-u0", "direct", 1, 31, KEN, "Livingstone", 33, 44, "told", "tell",
     "neutral", 0, 0),
    ("g1", "g1-q1", "g1-u1", "partial", 80, 87, KEN, "He", 56, 58, "claimed", "claim",
     "distancing", 1, 1),
    ("g1", "g1-q2", "g1-u2", "indirect", 103, 130, JEREMY, "Corbyn", 91, 97, "said", "say",
     "neutral", 2, 2),
    ("g1", "g1-q3", None, "scare", 138, 152, None, None, None, None, None, None, None, 3, 3),
    ("g2", "g2-q0", "g2-u0", "indirect", 0, 15, JEREMY, "Corbyn", 17, 23, "insisted", "insist",
     "distancing", 0, 0),
    ("g2", "g2-q1", "g2-u1", "direct", 36, 48, JEREMY, "he", 50, 52, "said", "say",
     "neutral", 1, 1),
    ("g2", "g2-q2", "g2-u1", "direct", 60, 85, JEREMY, "he", 50, 52, "said", "say",
     "neutral", 1, 2),
    ("g2", "g2-q3", "g2-u2", "indirect", 102, 115, NAZ, "Naz Shah", 88, 96, "said", "say",
     "neutral", 2, 3),
    ("s1", "s1-q0", "s1-u0", "indirect", 20, 44, KEN, "Livingstone", 0, 11, "claimed", "claim",
     "distancing", 0, 0),
    ("s1", "s1-q1", "s1-u1", "direct", 48, 78, KEN, "he", 80, 82, "insisted", "insist",
     "distancing", 1, 1),
    ("s1", "s1-q2", "s1-u2", "direct", 95, 107, None, "a spokesman", 109, 120, "said", "say",
     "neutral", 2, 2),
]


def quotes() -> pd.DataFrame:
    texts = {"g1": G1, "g2": G2, "s1": S1}
    rows = []
    for (doc, qid, uid, kind, start, end, speaker, mention, m_start, m_end, cue, lemma,
         category, paragraph, sentence) in _QUOTES:
        rows.append({
            "doc_id": doc, "quote_id": qid, "utterance_id": uid, "kind": kind, "start": start,
            "end": end, "text": texts[doc][start:end], "speaker": speaker,
            "speaker_mention": mention, "speaker_start": m_start, "speaker_end": m_end,
            "cue": cue, "cue_lemma": lemma, "cue_category": category, "paragraph": paragraph,
            "sentence": sentence, "rule": "test",
        })
    return pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))


def people() -> pd.DataFrame:
    rows = [
        ("g1", KEN, 2, 33, "Livingstone; He", "he", "former London Mayor"),
        ("g1", JEREMY, 1, 91, "Corbyn", "he", "Labour leader"),
        ("g2", JEREMY, 2, 17, "Corbyn; he", "he", "Labour leader"),
        ("g2", NAZ, 1, 88, "Naz Shah", "she", "MP"),
        ("s1", KEN, 2, 0, "Livingstone; he", "he", None),
        ("s1", JOHN, 1, 128, "John Mann", "he", "MP"),
    ]
    return pd.DataFrame(rows, columns=list(PEOPLE_COLUMNS))


def lexicon() -> pd.DataFrame:
    return pd.DataFrame({
        "lemma": ["claim", "insist", "say", "tell"],
        "category": ["distancing", "distancing", "neutral", "neutral"],
        "stance": ["distancing", "distancing", "neutral", "neutral"],
        "source": ["test"] * 4,
    })
