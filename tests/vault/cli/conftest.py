"""Fixtures for the CLI tests: one seeded vault per session, copied for every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.vault.cli.helpers import Seed, build_seed
from vault.keys import kdf


@pytest.fixture(scope="session")
def seed_template(tmp_path_factory: pytest.TempPathFactory) -> Seed:
    folder = tmp_path_factory.mktemp("cli-template") / "vault"
    return build_seed(folder, kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST))


@pytest.fixture
def seed(seed_template: Seed, tmp_path: Path) -> Seed:
    """A private copy of the seeded vault (closed; the CLI opens it)."""
    folder = tmp_path / "vault"
    shutil.copytree(seed_template.folder, folder)
    return seed_template.at(folder)
