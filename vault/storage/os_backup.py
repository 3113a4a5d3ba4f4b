"""Keeping the vault folder out of the operating system's own backups, where it can.

A copy an OS backup made before an erasure keeps the erased client's key for good
(see docs/THREAT_MODEL.md); the app's own backups are erase-aware and the supported
way. macOS Time Machine has a per-folder exclusion (`tmutil addexclusion`, which
sticks to the folder when it moves). Linux and Windows have no such control that
every backup tool honours, and the result says so plainly.

The platform is a parameter so that each branch runs on any machine: the tests run
the macOS branch against a `tmutil` on PATH that records what it was asked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

NO_CONTROL = (
    "This system has no backup exclusion that every backup tool honours: leave the "
    "vault folder out of your backup tool yourself, and use ClientVault's own "
    "backups, which erasures reach."
)
REFUSED = (
    "Time Machine refused to exclude the vault folder: exclude it in its settings, "
    "and use ClientVault's own backups, which erasures reach."
)
EXCLUDED = (
    "The vault folder is excluded from Time Machine; ClientVault's own backups are "
    "the supported way."
)


def exclude_from_os_backups(folder: Path, platform: str = sys.platform) -> str:
    """Try to exclude `folder`; returns one sentence saying what is true afterwards."""
    tmutil = shutil.which("tmutil") if platform == "darwin" else None
    if tmutil is None:
        return NO_CONTROL
    try:
        done = subprocess.run(  # noqa: S603 - a fixed system tool and our own folder
            [tmutil, "addexclusion", str(folder.absolute())],
            capture_output=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return REFUSED
    return EXCLUDED if done.returncode == 0 else REFUSED
