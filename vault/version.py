"""The app's version, in one place: the wheel's metadata, `--version` and About read it."""

from __future__ import annotations

VERSION = "0.1.0"
