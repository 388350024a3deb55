"""Tests of analysis.compiled: the install compiles the extraction, which gives the source's
records, and a compiled module older than its source is not run."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys

import pytest

from analysis import compiled
from analysis.compiled import (
    COMPILED,
    PURE_PYTHON_ENV,
    StaleCompiledWarning,
    compiled_form,
    compiled_modules,
    source_instead,
)
from analysis.quotes import extract_document

from conftest import ROOT, SEED_ID, SEEDS

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

# The seed's quotes as JSON, extracted by a fresh interpreter (which reads PURE_PYTHON_ENV).
EXTRACT_SEED = f"""
import json, sys
from analysis.compiled import compiled_modules
from analysis.quotes import extract_document
text = open({str(SEEDS / f"{SEED_ID}.txt")!r}, encoding="utf-8").read()
quotes, people = extract_document(text, doc_id="seed")
print(json.dumps({{"modules": compiled_modules(),
                  "quotes": [list(q) for q in quotes], "people": [list(p) for p in people]}}))
"""


@pytest.fixture
def module_pair(tmp_path, monkeypatch):
    """A module ``mod`` as source and compiled form in ``tmp_path``, the compiled one newer."""
    monkeypatch.delenv(PURE_PYTHON_ENV, raising=False)
    source, binary = tmp_path / "mod.py", tmp_path / f"mod{SUFFIX}"
    source.write_text("X = 1\n")
    binary.write_bytes(b"")
    os.utime(source, (1_000_000, 1_000_000))
    os.utime(binary, (2_000_000, 2_000_000))
    return source, binary


def test_a_compiled_form_newer_than_its_source_is_imported(module_pair):
    source, binary = module_pair
    assert compiled_form("mod", source.parent) == binary
    assert source_instead("mod", source.parent) is None


def test_a_source_edited_after_compiling_is_run_with_a_warning(module_pair):
    source, binary = module_pair
    os.utime(source, (3_000_000, 3_000_000))
    with pytest.warns(StaleCompiledWarning, match=r"mod\.py changed after mod\..* was compiled"):
        assert source_instead("mod", source.parent) == source


def test_the_environment_variable_runs_the_source(module_pair, monkeypatch):
    source, _ = module_pair
    monkeypatch.setenv(PURE_PYTHON_ENV, "1")
    assert source_instead("mod", source.parent) == source


def test_a_module_with_no_compiled_form_is_left_to_python(tmp_path):
    (tmp_path / "mod.py").write_text("X = 1\n")
    assert compiled_form("mod", tmp_path) is None
    assert source_instead("mod", tmp_path) is None


def test_the_package_finder_is_installed_once():
    before = list(sys.meta_path)
    compiled.install("analysis")
    assert sys.meta_path == before
    assert sum(isinstance(f, compiled.SourceWhenStale) for f in sys.meta_path) == 1


def test_the_install_compiled_every_extraction_module():
    """A green run on an install whose build found no C compiler would hide a slower package:
    this names the modules left as source."""
    running = compiled_modules()
    assert list(running) == list(COMPILED)
    assert [name for name, is_compiled in running.items() if not is_compiled] == []


def _extract_seed(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", EXTRACT_SEED], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_compiled_and_source_give_the_same_records(seed_text):
    env = {k: v for k, v in os.environ.items() if k != PURE_PYTHON_ENV}
    source_run = _extract_seed({**env, PURE_PYTHON_ENV: "1"})
    compiled_run = _extract_seed(env)
    assert set(source_run["modules"].values()) == {False}
    assert set(compiled_run["modules"].values()) == {True}
    assert compiled_run["quotes"] == source_run["quotes"]
    assert compiled_run["people"] == source_run["people"]
    quotes, _ = extract_document(seed_text, doc_id="seed")
    assert len(compiled_run["quotes"]) == len(quotes) > 20
