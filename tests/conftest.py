"""Shared fixtures: the seed corpus of the repository."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_420b308c2bca1785"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")
