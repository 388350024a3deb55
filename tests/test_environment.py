"""The install files agree: environment.yml lists the packages of pyproject.toml, same versions."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    pins = {}
    for requirement in requirements:
        name, version = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^;\s]+)", requirement).groups()
        pins[name.lower()] = version
    return pins


def _environment_pins() -> dict[str, str]:
    spec = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for entry in spec["dependencies"]:
        items = entry["pip"] if isinstance(entry, dict) else [entry]
        for item in items:
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)==?([^=\s]+)", item)
            if match and match.group(1) != "python":
                pins[match.group(1).lower()] = match.group(2)
    return pins


def test_every_dependency_is_pinned_exactly():
    pins = _pyproject_pins()
    assert {"pandas", "nltk", "matplotlib", "papermill", "jupyterlab", "pytest"} <= set(pins)


def test_environment_yml_lists_the_same_packages_and_versions():
    assert _environment_pins() == _pyproject_pins()


def test_lock_file_agrees_with_the_pins():
    lock = dict(line.split("==") for line in (ROOT / "requirements.lock").read_text().splitlines()
                if "==" in line and not line.startswith("#"))
    lock = {k.lower(): v for k, v in lock.items()}
    for name, version in _pyproject_pins().items():
        assert lock.get(name) == version, name
