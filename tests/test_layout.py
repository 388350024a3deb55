"""Imports flow one way: only plotting imports matplotlib, only the batch runner papermill."""

import ast

import pytest

from tests.conftest import ROOT

MODULES = sorted((ROOT / "analysis").rglob("*.py"))


def _runtime_imports(path):
    """Imports outside ``if TYPE_CHECKING:`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and getattr(node.test, "id", "") == "TYPE_CHECKING" for n in ast.walk(node)}
    names = set()
    for node in ast.walk(tree):
        if id(node) in guarded:
            continue
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_plotting_imports_matplotlib_and_only_report_papermill(path):
    names = _runtime_imports(path)
    if "plotting" not in path.parts:
        assert "matplotlib" not in names
    if path.name != "report.py":
        assert "papermill" not in names


def test_extractors_do_no_io():
    for name in ("quotes.py", "speakers.py", "quotemarks.py", "text.py", "framing.py"):
        source = (ROOT / "analysis" / name).read_text(encoding="utf-8")
        assert "print(" not in source and ".write_text(" not in source and "open(" not in source


def test_the_main_helpers_import_from_the_package_without_matplotlib():
    import subprocess
    import sys

    code = ("import sys, analysis; from analysis import quotes_table, share_of_voice, "
            "run_pipeline, keyness; print('matplotlib' in sys.modules, 'papermill' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]
