"""Nothing downloads: with nltk.download made to raise, the main paths still run."""

import nltk
import pytest

from analysis.cli import main
from tests.conftest import SEEDS


@pytest.fixture(autouse=True)
def no_downloads(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download called: nothing may download at run time")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.downloader, "download", refuse)


def test_corpus_and_text_primitives_run_offline():
    from analysis import corpus_overview, read_corpus

    table = corpus_overview(read_corpus(SEEDS))
    assert table[["paragraphs", "sentences"]].values.tolist() == [[22, 38]]


def test_command_line_runs_offline(capsys):
    assert main(["overview", str(SEEDS)]) == 0
    assert "000_420b308c2bca1785" in capsys.readouterr().out
