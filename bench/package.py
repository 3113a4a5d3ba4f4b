"""The packaged Linux app: PyInstaller build time, size, and start time of the built program.

The one-folder app is built from this checkout exactly as `make package` builds it
(packaging/clientvault.spec), into bench/out/scratch/; then the built `clientvault`
is started as a user would start it, from outside the checkout with its own home
folder: `--version` (the CLI's start), and the app offscreen up to its first screen
(the unlock screen of a vault on disk; ui/startup_report.py writes it and quits).
The same app started from the source tree is the comparison.

`python -m bench.package` runs this section alone and prints it as markdown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import QUICK, ROOT, Section, median, reps, scratch, table

ROUNDS = reps(7, 2)
PASSWORD = "bench-package-password-2026"  # noqa: S105 - a throwaway vault


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        LANG="ja_JP.UTF-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _seconds(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def _size_mib(folder: Path) -> float:
    """Like `du --apparent-size`: PyInstaller's symbolic links are not counted twice."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def run() -> Section:
    work = scratch("package")
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--clean",
         "--log-level", "ERROR", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "clientvault.spec")],
        cwd=ROOT, check=True, capture_output=True, timeout=3600,
    )  # fmt: skip
    build = time.perf_counter() - started
    folder = work / "dist" / "clientvault"
    tarball = work / "clientvault.tar.gz"
    started = time.perf_counter()
    subprocess.run(["tar", "-C", str(folder.parent), "-czf", str(tarball), "clientvault"],
                   check=True, timeout=600)  # fmt: skip
    packed = time.perf_counter() - started
    built = [str(folder / "clientvault")]
    source = [sys.executable, "-m", "ui.launcher"]
    home = work / "home"
    env = _env(home)
    vault = work / "vault"
    subprocess.run(
        [*built, "init", "--vault", str(vault), "--password-stdin", "--kdf-memory", "64",
         "--kdf-time", "3"],
        input=PASSWORD + "\n", text=True, env=env, cwd=work, check=True, capture_output=True,
    )  # fmt: skip
    report = {**env, "CLIENTVAULT_STARTUP_REPORT": str(work / "report.json")}
    source_env = {**report, "PYTHONPATH": str(ROOT)}
    times: dict[str, list[float]] = {k: [] for k in ("cli", "gui", "src_cli", "src_gui")}
    for _ in range(ROUNDS):  # interleaved, so drifting load hits both sides alike
        times["cli"].append(_seconds([*built, "--version"], env, work))
        times["src_cli"].append(_seconds([*source, "--version"], {**env, **source_env}, work))
        times["gui"].append(_seconds([*built, "--vault", str(vault)], report, work))
        times["src_gui"].append(_seconds([*source, "--vault", str(vault)], source_env, work))
    section = Section("Packaged app (PyInstaller, Linux one-folder): build, size, start")
    section.body += table(
        ["what", "packaged app", "from the source tree"],
        [
            ("`clientvault --version` (median)", f"{median(times['cli']):.2f} s",
             f"{median(times['src_cli']):.2f} s"),
            ("app start to the unlock screen, offscreen (median)",
             f"{median(times['gui']):.2f} s", f"{median(times['src_gui']):.2f} s"),
            ("build (`pyinstaller --clean`, one run)", f"{build:.0f} s", ""),
            ("tarball (`tar czf`, as `make package`; one run)", f"{packed:.0f} s", ""),
            ("size unpacked (dist/clientvault)", f"{_size_mib(folder):.0f} MiB", ""),
            ("size of the tarball", f"{tarball.stat().st_size / 2**20:.0f} MiB", ""),
        ],
    )  # fmt: skip
    section.method += [
        "build: `pyinstaller --noconfirm --clean packaging/clientvault.spec` from this "
        "checkout into bench/out/scratch/package/, timed once with `time.perf_counter()`; "
        "`make package` runs the same build and then `tar czf`.",
        "size: the sum of the files' sizes in the built folder (`du --apparent-size`), "
        "and the tarball's size.",
        f"start: {ROUNDS} rounds, each starting the built program and `python -m ui.launcher` "
        "(the source tree) alternately, from outside the checkout with a fresh home folder "
        "and LANG=ja_JP.UTF-8; wall time from spawning to exit. The app's time runs until "
        "its event loop has shown the unlock screen of a vault on disk "
        "(CLIENTVAULT_STARTUP_REPORT, ui/startup_report.py), offscreen.",
    ]
    if QUICK:
        section.method.append("BENCH_QUICK: fewer rounds.")
    return section


def main() -> int:
    from bench import run_all  # noqa: PLC0415 - run_all imports this module

    return run_all.run_alone(10, "package", run)


if __name__ == "__main__":
    sys.exit(main())
