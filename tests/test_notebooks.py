"""Notebooks are committed clean, declare typed parameters, and default to the named constants."""

import ast
import json

import pytest

from analysis import aggregates, corpus, framing, report, stats, verbstats, voices
from analysis.plotting import frames
from tests.conftest import ROOT

NOTEBOOKS = report.list_notebooks()

DEFAULTS = {
    "corpus": "../seeds",
    "run_name": report.RUN_NAME,
    "figures_dir": f"../figures/{report.RUN_NAME}",
    "text_column": corpus.TEXT_COLUMN,
    "id_column": corpus.ID_COLUMN,
    "lexicon": framing.DEFAULT_LEXICON_NAME,
    "scope": framing.DEFAULT_SCOPE,
    "group_by": "",  # no grouping: per document
    "reference": "",  # no reference corpus: quoted speech against narration
    "node": stats.COLLOCATION_NODE,
    "top_keywords": frames.KEYNESS_TOP_N,
    "top_n": aggregates.DEFAULT_TOP_N,
    "unit": aggregates.DEFAULT_UNIT,
    "measure": voices.DEFAULT_MEASURE,
    "compare_by": verbstats.COMPARE_BY,
}
"""Every notebook parameter and the constant its default must equal (STYLE point 7)."""


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS] == [
        "00_overview.ipynb", "01_speakers.ipynb", "02_quote_frequency.ipynb",
        "03_reporting_verbs.ipynb", "04_framing.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_header_then_one_tagged_parameters_cell(path):
    cells = _cells(path)
    assert cells[0]["cell_type"] == "markdown"
    header = "".join(cells[0]["source"])
    for part in ("**Question.**", "**Inputs.**", "**Outputs**", "**Batch.**"):
        assert part in header
    tagged = [i for i, c in enumerate(cells) if "parameters" in c["metadata"].get("tags", [])]
    assert tagged == [1]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_parameters_are_typed_commented_literals_pinned_to_constants(path):
    source = "".join(_cells(path)[1]["source"])
    for line in source.splitlines():
        assert ":" in line.split("=")[0] and "#" in line, f"untyped or uncommented: {line}"
    for name, info in report.notebook_parameters(path).items():
        assert name in DEFAULTS, f"{path.name}: {name} has no constant in DEFAULTS"
        assert ast.literal_eval(info["default"]) == DEFAULTS[name], name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_logic_in_notebooks(path):
    for cell in _cells(path):
        if cell["cell_type"] == "code":
            tree = ast.parse("".join(line for line in cell["source"]
                                     if not line.startswith("%")))
            assert not any(isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While))
                           for n in ast.walk(tree))


def test_notebooks_live_in_the_repository():
    assert report.NOTEBOOKS_DIR == ROOT / "notebooks"
