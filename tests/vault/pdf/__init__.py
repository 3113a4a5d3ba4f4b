"""Fonts the PDF tests need: a Japanese one like a real tool (skip locally, fail in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from vault.errors import FontNotFound
from vault.pdf.fonts import SourceFont, find_font


def require_japanese_font() -> SourceFont:
    try:
        return find_font()
    except FontNotFound:
        if os.environ.get("CI") == "true":
            pytest.fail("a Japanese font is required in CI (.ci/run installs Noto Sans CJK)")
        pytest.skip("no Japanese font is installed")


def latin_only_font() -> Path:
    """DejaVu Sans, which has Latin, Greek and Cyrillic but no kana or kanji."""
    fc_match = shutil.which("fc-match")
    if fc_match is not None:
        found = subprocess.run(
            [fc_match, "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True, check=False
        ).stdout
        if "DejaVu" in found:
            return Path(found)
    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        pytest.skip("no Latin-only font (DejaVu Sans) to test with")
    return path
