"""Excluding the vault folder from OS backups (issue 12, item 18): each sentence is true.

The macOS branch runs here against a `tmutil` executable put first on PATH that records
its arguments and answers as told: the real subprocess call, the real command line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vault.storage.os_backup import EXCLUDED, NO_CONTROL, REFUSED, exclude_from_os_backups


def _tmutil(bin_dir: Path, exit_code: int) -> Path:
    """A stand-in for macOS's tmutil: writes its arguments, one a line, then exits."""
    bin_dir.mkdir(exist_ok=True)
    called = bin_dir / "called.txt"
    script = bin_dir / "tmutil"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{called}"\nexit {exit_code}\n')
    script.chmod(0o755)
    return called


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return folder


def test_on_macos_the_folder_is_excluded_with_tmutil(bin_dir: Path, tmp_path: Path) -> None:
    called = _tmutil(bin_dir, 0)
    folder = tmp_path / "金庫 vault"
    folder.mkdir()
    assert exclude_from_os_backups(folder, "darwin") == EXCLUDED
    assert called.read_text(encoding="utf-8").splitlines() == ["addexclusion", str(folder)]


def test_a_tmutil_that_refuses_is_said_as_such(bin_dir: Path, tmp_path: Path) -> None:
    _tmutil(bin_dir, 1)
    assert exclude_from_os_backups(tmp_path, "darwin") == REFUSED


def test_a_mac_without_tmutil_says_there_is_no_control(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert exclude_from_os_backups(tmp_path, "darwin") == NO_CONTROL


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_elsewhere_nothing_runs_and_the_sentence_says_so(
    bin_dir: Path, tmp_path: Path, platform: str
) -> None:
    called = _tmutil(bin_dir, 0)
    assert exclude_from_os_backups(tmp_path, platform) == NO_CONTROL
    assert not called.exists()  # a tmutil on PATH is not run outside macOS
