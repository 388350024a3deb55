"""The batch runner: notebooks executed on the seed, byte-identical figures, parameter checks."""

import json
from pathlib import Path

import pytest

from analysis import report
from analysis.cli import main
from analysis.errors import AnalysisError
from tests.conftest import ROOT, SEEDS

COMMITTED = ROOT / "figures" / "seed"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    results = report.run_report(SEEDS, run_name="seed", out=out, log=lambda line: None)
    return out, results


def test_every_notebook_runs_on_the_seed(seed_run):
    out, results = seed_run
    assert [r.notebook for r in results] == [p.name for p in report.list_notebooks()]
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    for result in results:
        assert (out / "reports" / "seed" / result.notebook).is_file()
        assert result.html.is_file() and result.html.suffix == ".html"


def test_seed_figures_regenerate_byte_for_byte(seed_run):
    out, _ = seed_run
    produced = out / "figures" / "seed"
    committed = {p.name for p in COMMITTED.iterdir() if p.name != "manifest.json"}
    assert committed, "figures/seed/ is committed"
    assert {p.name for p in produced.iterdir() if p.name != "manifest.json"} == committed
    for name in sorted(committed):
        assert (produced / name).read_bytes() == (COMMITTED / name).read_bytes(), name
    manifest = json.loads((produced / "manifest.json").read_text())
    assert manifest["outputs"] == json.loads((COMMITTED / "manifest.json").read_text())["outputs"]
    assert manifest["inputs"] == {"000_420b308c2bca1785.txt": report._sha256(
        SEEDS / "000_420b308c2bca1785.txt")}


def test_no_temporary_files_are_left(seed_run):
    out, _ = seed_run
    leftovers = [p for p in out.rglob(".*") if p.is_file()]
    assert leftovers == []


def test_unknown_parameter_is_refused_with_the_valid_names(tmp_path):
    with pytest.raises(AnalysisError, match=r"unknown notebook parameter\(s\) 'corpsu'; valid "
                                            r"parameters: .*corpus.*figures_dir"):
        report.run_report(SEEDS, out=tmp_path, parameters={"corpsu": "x"})
    assert not (tmp_path / "reports").exists()


def test_cli_refuses_a_misspelt_parameter_before_running(tmp_path, capsys):
    params = tmp_path / "p.yaml"
    params.write_text("- run_name: a\n- run_name: b\n  top_nn: 3\n", encoding="utf-8")
    status = main(["report", str(SEEDS), "--out", str(tmp_path), "--params", str(params)])
    assert status == 2
    assert "unknown notebook parameter(s) 'top_nn'" in capsys.readouterr().err
    assert not (tmp_path / "reports").exists()


def test_parameter_sets_from_yaml(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("runs:\n  - run_name: one\n  - run_name: two\n", encoding="utf-8")
    assert report.load_parameter_sets(path) == [{"run_name": "one"}, {"run_name": "two"}]
    path.write_text("run_name: [unclosed\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"p\.yaml: not valid YAML"):
        report.load_parameter_sets(path)
    path.write_text("- 3\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"p\.yaml: expected a mapping"):
        report.load_parameter_sets(path)


def test_a_failing_notebook_is_reported_and_the_others_complete(tmp_path):
    folder = tmp_path / "nbs"
    _notebook(folder, "98_bad.ipynb", "raise ValueError('broken on purpose')")
    good = report.list_notebooks()[0]
    results = report.run_report(SEEDS, run_name="t", out=tmp_path / "o",
                                notebooks=[folder / "98_bad.ipynb", good], log=lambda s: None)
    assert [r.ok for r in results] == [False, True]
    assert "ValueError: broken on purpose" in results[0].error
    assert results[0].error.startswith("cell 3:")  # [3]: after the injected parameters
    assert (tmp_path / "o" / "reports" / "t" / "98_bad.ipynb").is_file()


def test_html_report_shows_article_text_as_text(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "evil.txt").write_text('Hello <script>alert("x")</script> world.', encoding="utf-8")
    results = report.run_report(corpus, run_name="evil", out=tmp_path / "o",
                                notebooks=[report.list_notebooks()[0]], log=lambda s: None)
    html = results[0].html.read_text(encoding="utf-8")
    assert results[0].ok
    assert '<script>alert("x")</script>' not in html
    assert "alert" in html


def _notebook(folder, name, code):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell("corpus = 'x'", metadata={"tags": ["parameters"]}),
                             new_code_cell(code)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    folder.mkdir(exist_ok=True)
    nbformat.write(nb, folder / name)
    return folder / name


def test_a_dying_kernel_is_reported_and_the_run_goes_on(tmp_path):
    dying = _notebook(tmp_path / "nbs", "97_dies.ipynb", "import os\nos._exit(1)")
    good = report.list_notebooks()[0]
    results = report.run_report(SEEDS, run_name="k", out=tmp_path / "o",
                                notebooks=[dying, good], log=lambda s: None)
    assert [r.ok for r in results] == [False, True]
    assert "DeadKernelError" in results[0].error or "died" in results[0].error.lower()


def test_an_interrupted_run_leaves_no_partial_file_and_reruns_cleanly(tmp_path, monkeypatch):
    import papermill

    good = report.list_notebooks()[0]
    report.run_report(SEEDS, run_name="i", out=tmp_path, notebooks=[good], log=lambda s: None)
    executed = tmp_path / "reports" / "i" / good.name
    before = executed.read_bytes()

    def interrupted(input_path, output_path, **kwargs):
        Path(output_path).write_text("{half", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(papermill, "execute_notebook", interrupted)
    with pytest.raises(KeyboardInterrupt):
        report.run_report(SEEDS, run_name="i", out=tmp_path, notebooks=[good], log=lambda s: None)
    assert executed.read_bytes() == before
    assert [p.name for p in executed.parent.iterdir() if p.name.startswith(".")] == []
    monkeypatch.undo()
    results = report.run_report(SEEDS, run_name="i", out=tmp_path, notebooks=[good],
                                log=lambda s: None)
    assert results[0].ok and json.loads(executed.read_text())["cells"]


def test_yaml_with_two_parameter_sets_gives_two_runs(tmp_path, capsys):
    params = tmp_path / "p.yaml"
    params.write_text("- run_name: first\n  text_column: text\n- run_name: second\n",
                      encoding="utf-8")
    overview = str(report.list_notebooks()[0])
    status = main(["report", str(SEEDS), "--out", str(tmp_path), "--params", str(params),
                   "--notebooks", overview])
    assert status == 0
    for run in ("first", "second"):
        assert (tmp_path / "reports" / run / "00_overview.html").is_file()
        manifest = json.loads((tmp_path / "figures" / run / "manifest.json").read_text())
        assert manifest["run_name"] == run
    out = capsys.readouterr().out
    assert "[first] 1/1 00_overview.ipynb ok" in out and "[second] 1/1 00_overview.ipynb ok" in out
