"""Discourse analysis of news: who is quoted, how their words are reported, which frames dominate.

Import the helpers from their modules (``from analysis.corpus import read_corpus``) or from here.
"""

from analysis.corpus import documents_table, iter_corpus, read_corpus
from analysis.overview import corpus_overview, sentence_table
from analysis.text import paragraph_spans, sentence_spans, token_spans, word_spans, words

__version__ = "0.1.0"

__all__ = [
    "corpus_overview", "documents_table", "iter_corpus", "paragraph_spans", "read_corpus",
    "sentence_spans", "sentence_table", "token_spans", "word_spans", "words",
]
