"""Wheel build hook: the Qt Linguist translations are compiled into the package.

The `.ts` sources live in resources/translations; the `.qm` files are build
output, never committed, so a wheel (or an sdist built into one) compiles them
with PySide6's lrelease and ships them as ui/resources/translations/*.qm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path(__file__).resolve().parent / "resources" / "translations"
PACKAGE_PATH = Path("ui") / "resources" / "translations"


def lrelease_command() -> list[str]:
    """PySide6's lrelease, from the build environment (a build requirement)."""
    try:
        import PySide6  # noqa: PLC0415 - only the build needs it
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        if found is None:
            raise SystemExit(
                "Building ClientVault needs PySide6 (its lrelease) installed."
            ) from None
        return [found]
    bundled = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.exists():
        return [str(bundled)]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class BuildPyWithTranslations(build_py):
    """build_py, then every resources/translations/*.ts compiled into the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / PACKAGE_PATH
        target.mkdir(parents=True, exist_ok=True)
        command = lrelease_command()
        sources = sorted(SOURCES.glob("*.ts"))
        if not sources:
            raise SystemExit(f"No translations found in {SOURCES}")
        for ts in sources:
            qm = target / (ts.stem + ".qm")
            subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)  # noqa: S603
            if not qm.is_file():
                raise SystemExit(f"lrelease wrote no {qm}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
