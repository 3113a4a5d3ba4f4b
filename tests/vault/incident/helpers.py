"""Reading what a report or notice folder holds, and checking no canary is in it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import require_tool
from tests.vault.inventory.world import CANARY


def pdf_text(path: Path) -> str:
    return subprocess.run(
        [require_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text())))


def read_json(path: Path) -> Any:
    return json.loads(path.read_text())


def assert_no_canary(folder: Path, canary_id: str) -> None:
    """Nothing of the canary client in any file, PDFs as their text."""
    for path in folder.iterdir():
        text = pdf_text(path) if path.suffix == ".pdf" else path.read_text()
        for value in (*CANARY, canary_id, "二号"):
            assert value not in text, (path.name, value)
