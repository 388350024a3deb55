"""Which modules run compiled, and the Python source when a compiled module is out of date.

``pip install`` compiles the per-document extraction modules with Cython (``setup.py``), the
same code run as C: the records are the same, documents go about a fifth faster. Python
imports a module's compiled form (``quotes.cpython-311-x86_64-linux-gnu.so``) in preference
to its source (``quotes.py``). After the source is edited, the compiled form would run the old
code; ``SourceWhenStale`` (installed by ``analysis/__init__.py`` before any submodule is
imported) loads the source instead, with a ``StaleCompiledWarning`` saying how to recompile.
Setting the environment variable ``PURE_PYTHON_ENV`` to ``1`` loads every module from source
(profiling, debugging, comparing the two).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PURE_PYTHON_ENV = "ANALYSIS_PURE_PYTHON"
"""Environment variable: ``1`` runs every module of the package from its Python source."""

PACKAGE_DIR = Path(__file__).resolve().parent

COMPILED = ("text", "quotemarks", "verbs", "speakers", "quotes", "framing")
"""The modules ``setup.py`` compiles: the per-document extraction, which every document runs
through. This module imports only the standard library, so ``setup.py`` reads the list here."""


class StaleCompiledWarning(UserWarning):
    """A compiled module is older than its source, which is run instead (slower)."""


def compiled_form(name: str, directory: Path = PACKAGE_DIR) -> Path | None:
    """The compiled extension of module ``name`` in ``directory``, or ``None`` when there is none.

    >>> compiled_form("no_such_module") is None
    True
    """
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = directory / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def source_instead(name: str, directory: Path = PACKAGE_DIR) -> Path | None:
    """The source file to load for module ``name`` in place of its compiled form, or ``None``
    to let Python import as usual (no compiled form, or one at least as new as its source).

    The source is loaded when ``PURE_PYTHON_ENV`` is ``1``, or when it was modified after the
    compiled form was built (warning ``StaleCompiledWarning``).
    """
    binary = compiled_form(name, directory)
    source = directory / f"{name}.py"
    if binary is None or not source.is_file():
        return None
    if os.environ.get(PURE_PYTHON_ENV) == "1":
        return source
    if source.stat().st_mtime > binary.stat().st_mtime:
        warnings.warn(
            f"{source} changed after {binary.name} was compiled: running the source, which is "
            "slower; recompile with `make setup` (or `pip install -e .`)",
            StaleCompiledWarning, stacklevel=2)
        return source
    return None


class SourceWhenStale(importlib.abc.MetaPathFinder):
    """Import finder for the package's own modules: the source when ``source_instead`` says so,
    else nothing (Python's own finders import the compiled form)."""

    def __init__(self, package: str) -> None:
        self.package = package

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        """The spec of the source file of ``fullname`` when it should run from source."""
        package, _, name = fullname.rpartition(".")
        if package != self.package or name not in COMPILED:
            return None
        source = source_instead(name)
        return None if source is None else importlib.util.spec_from_file_location(fullname, source)


def install(package: str) -> None:
    """Put a ``SourceWhenStale`` for ``package`` first on ``sys.meta_path``, once."""
    if not any(isinstance(finder, SourceWhenStale) and finder.package == package
               for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceWhenStale(package))


def compiled_modules(package: str = "analysis") -> dict[str, bool]:
    """Whether each module in ``COMPILED`` runs compiled (imports them).

    Returns:
        ``{module name: True when loaded from its compiled form, False when from source}``.
    """
    return {name: not str(importlib.import_module(f"{package}.{name}").__file__).endswith(".py")
            for name in COMPILED}


def compiled_summary(package: str = "analysis") -> str:
    """One line for benchmarks and bug reports: the modules running compiled, and from source.

    >>> compiled_summary().startswith("compiled modules: ")
    True
    """
    running = compiled_modules(package)
    source = [name for name, is_compiled in running.items() if not is_compiled]
    return (f"compiled modules: {', '.join(n for n in running if n not in source) or 'none'}; "
            f"from source: {', '.join(source) or 'none'} ({PURE_PYTHON_ENV}=1 runs all from "
            "source)")
