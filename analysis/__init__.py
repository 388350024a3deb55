"""Discourse analysis of news: who is quoted, how their words are reported, which frames dominate.

The main helpers are importable from here (``from analysis import read_corpus, quotes_table``);
each lives in its stage's module (``analysis.corpus``, ``analysis.quotes``, …). Figures are in
``analysis.plotting`` (imported on its own, as it loads matplotlib).
"""

from analysis import compiled

compiled.install(__name__)  # before any compiled module is imported: stale ones run from source

from analysis.corpus import documents_table, iter_corpus, read_corpus
from analysis.framing import default_lexicon, frame_hits, frame_scores, kwic, load_lexicon
from analysis.frequency import direct_indirect_ratio, quote_frequency, quote_rates
from analysis.overview import corpus_overview, sentence_table
from analysis.pipeline import run_pipeline
from analysis.quotes import extract_document, extract_tables, quotes_table
from analysis.speakers import people_table
from analysis.stats import collocations, compare_keyness, keyness, term_counts
from analysis.text import paragraph_spans, sentence_spans, token_spans, word_spans, words
from analysis.verbstats import chi_square_test, log_odds_dirichlet, verb_counts
from analysis.voices import mentioned_vs_quoted, share_of_voice, speaker_profile

__version__ = "0.1.0"

__all__ = [
    "chi_square_test", "collocations", "compare_keyness", "corpus_overview", "default_lexicon",
    "direct_indirect_ratio", "documents_table", "extract_document", "extract_tables", "frame_hits",
    "frame_scores", "iter_corpus", "keyness", "kwic", "load_lexicon", "log_odds_dirichlet",
    "mentioned_vs_quoted", "paragraph_spans", "people_table", "quote_frequency", "quote_rates",
    "quotes_table", "read_corpus", "run_pipeline", "sentence_spans", "sentence_table",
    "share_of_voice", "speaker_profile", "term_counts", "token_spans", "verb_counts",
    "word_spans", "words",
]
