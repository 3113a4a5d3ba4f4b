"""Canary strings and a raw scanner for them: shared by the core/CLI and GUI canary tests.

A canary is a unique string put into a field a person types. After the app has
worked with it, every byte the process left on disk is read raw and searched
for the canary in every form it could plausibly have been written in (several
encodings, the normalised text the search index uses, JSON escapes) and for a
random substring of it, so a partial or re-encoded leak is caught too.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from vault.search import normalize

KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノ"
    + "ハヒフヘホマミムメモヤユヨラリルレロワン"
)
HALFWIDTH_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"
MIN_NEEDLE_BYTES = 8  # shorter needles could match random ciphertext by chance
MAX_OPEN_FILE_BYTES = 64 * 1024 * 1024


def _pick(alphabet: str, count: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(count))


def fullwidth(text: str) -> str:
    """ASCII digits and letters as their full-width forms (what a Japanese IME types)."""
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


def _text_forms(text: str) -> set[str]:
    """The string as typed, and as the app may store or index it."""
    nfkc = unicodedata.normalize("NFKC", text)
    return {
        text,
        nfkc,
        unicodedata.normalize("NFD", text),
        text.casefold(),
        nfkc.casefold(),
        normalize(text),  # exactly what the search index stores
    }


def _encodings(form: str) -> Iterator[tuple[str, bytes]]:
    yield "utf-8", form.encode()
    yield "utf-16-le", form.encode("utf-16-le")
    yield "utf-16-be", form.encode("utf-16-be")
    with contextlib.suppress(UnicodeEncodeError):  # emoji have no cp932 form
        yield "cp932", form.encode("cp932")
    yield "json", json.dumps(form, ensure_ascii=False)[1:-1].encode()
    yield "json-ascii", json.dumps(form)[1:-1].encode()


@dataclass(frozen=True)
class Canary:
    """`text` goes into a field; `parts` are random substrings of it that must not leak either."""

    label: str
    text: str
    parts: tuple[str, ...]

    def forms(self) -> set[str]:
        found: set[str] = set()
        for piece in (self.text, *self.parts):
            found |= _text_forms(piece)
        return found


class Canaries:
    """Issues unique canaries and remembers each one, so scans look for all of them."""

    def __init__(self) -> None:
        self._issued: dict[str, Canary] = {}

    @property
    def issued(self) -> tuple[Canary, ...]:
        return tuple(self._issued.values())

    def copy(self) -> Canaries:
        """Another set that starts with every canary issued so far (for a copied vault)."""
        twin = Canaries()
        twin._issued = dict(self._issued)
        return twin

    def track(self, label: str, text: str, *parts: str) -> str:
        """Register a string made elsewhere (a password, a recovery key) as a canary."""
        if label in self._issued:
            raise ValueError(f"canary label {label!r} used twice")
        canary = Canary(label, text, parts)
        short = [f for f in canary.forms() if len(f.encode()) < MIN_NEEDLE_BYTES]
        if short:
            raise ValueError(f"canary {label!r} has forms too short to scan for: {short}")
        self._issued[label] = canary
        return text

    def ascii(self, label: str) -> str:
        token = secrets.token_hex(8)
        return self.track(label, f"CANARY-{label}-{token}", token)

    def japanese(self, label: str) -> str:
        kana = _pick(KATAKANA, 8)
        return self.track(label, f"山田太郎カナリア{kana}", kana)

    def halfwidth_kana(self, label: str) -> str:
        kana = _pick(HALFWIDTH_KANA, 8)
        return self.track(label, f"ﾔﾏﾀﾞﾀﾛｳｶﾅﾘｱ{kana}", kana)

    def phone(self, label: str) -> str:
        """A possible Japanese mobile number in full-width digits and dashes."""
        digits = "".join(secrets.choice("0123456789") for _ in range(8))
        tail = fullwidth(f"{digits[:4]}－{digits[4:]}")
        return self.track(label, f"０９０－{tail}", tail, digits, fullwidth(digits))

    def email(self, label: str, *, full_width: bool = True) -> str:
        token = secrets.token_hex(6)
        if full_width:  # NFKC turns it into plain ASCII, which is what gets stored
            return self.track(label, f"ｃａｎａｒｙ.{fullwidth(token)}@example.jp", token)
        return self.track(label, f"canary.{label}.{token}@example.com", token)

    def address(self, label: str) -> str:
        kana = _pick(KATAKANA, 8)
        return self.track(label, f"東京都千代田区千代田１－１ {kana}カナリアビル", kana)

    def emoji(self, label: str) -> str:
        token = secrets.token_hex(8)
        return self.track(label, f"🐤カナリア{token}🙂👩‍💻", token)

    def url(self, label: str) -> str:
        token = secrets.token_hex(8)
        return self.track(label, f"https://canary-{token}.example.jp/login?u={label}", token)

    def multiline(self, label: str) -> str:
        token = secrets.token_hex(8)
        return self.track(label, f"CANARY-{label}-{token}\n二行目 カナリア\tタブ付き", token)

    def needles(self) -> dict[bytes, str]:
        """Every byte string to search for, with a description of what it is."""
        found: dict[bytes, str] = {}
        for canary in self.issued:
            for form in sorted(canary.forms()):
                for encoding, needle in _encodings(form):
                    found.setdefault(needle, f"{canary.label} as {encoding} of {form!r}")
        return found

    def found_in(self, text: str) -> list[str]:
        """Labels of the canaries that appear in `text` (logs, messages, program output)."""
        haystacks = {text, normalize(text), unicodedata.normalize("NFKC", text)}
        return sorted(
            c.label for c in self.issued if any(f in h for f in c.forms() for h in haystacks)
        )


# -- scanning ---------------------------------------------------------------------------


def list_files(root: Path) -> list[Path]:
    """Every regular file under `root`, hidden ones included; symlinks are not followed."""
    if not root.is_dir():
        raise FileNotFoundError(f"nothing to scan at {root}")  # a scan must not pass vacuously
    files = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            with contextlib.suppress(FileNotFoundError):  # removed while walking
                if stat.S_ISREG(path.lstat().st_mode):
                    files.append(path)
    return sorted(files)


def _scan_bytes(data: bytes, needles: dict[bytes, str]) -> list[str]:
    return sorted({what for needle, what in needles.items() if needle in data})


def _scan_names(root: Path, canaries: Canaries) -> dict[Path, list[str]]:
    leaks: dict[Path, list[str]] = {}
    for folder, dirs, names in os.walk(root):
        for name in (*dirs, *names):
            labels = canaries.found_in(name)
            if labels:
                leaks[Path(folder) / name] = [f"{label} in the file name" for label in labels]
    return leaks


def scan_files(paths: Iterable[Path], canaries: Canaries) -> dict[Path, list[str]]:
    """Read each existing regular file raw; map the ones holding a canary to what was found."""
    needles = canaries.needles()
    leaks: dict[Path, list[str]] = {}
    for path in paths:
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                continue
            data = path.read_bytes()
        except FileNotFoundError:
            continue  # renamed over or removed since it was written
        found = _scan_bytes(data, needles)
        if found:
            leaks[path] = found
    return leaks


def find_leaks(roots: Iterable[Path], canaries: Canaries) -> dict[Path, list[str]]:
    """Every file under `roots` whose bytes or name hold a canary, with what was found."""
    leaks: dict[Path, list[str]] = {}
    for root in roots:
        for path, found in [
            *scan_files(list_files(root), canaries).items(),
            *_scan_names(root, canaries).items(),
        ]:
            leaks.setdefault(path, []).extend(found)
    return leaks


def scan_tree(root: Path, canaries: Canaries) -> list[Path]:
    """The paths under `root` that hold any canary, in any form, in content or name."""
    return sorted(find_leaks([root], canaries))


def open_files() -> dict[Path, str]:
    """Regular files this process holds open, as readable /proc paths -> what they point to.

    This sees files that were unlinked right after opening (SQLite temp files do
    that), which no directory scan can. Empty where /proc is not available.
    """
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return {}
    found: dict[Path, str] = {}
    for entry in fd_dir.iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile (our own listing fd, too)
            info = entry.stat()
            if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_OPEN_FILE_BYTES:
                found[entry] = str(entry.readlink())
    return found


def scan_open_files(canaries: Canaries) -> dict[Path, list[str]]:
    """Like `scan_files` over every file the process holds open, keyed by the real path."""
    files = open_files()
    leaks: dict[Path, list[str]] = {}
    for proc_path, found in scan_files(files, canaries).items():
        leaks[Path(files[proc_path])] = found
    return leaks


# -- what the process writes ---------------------------------------------------------------

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_RENAMES = {"os.rename", "os.link", "os.symlink", "shutil.copyfile", "shutil.copytree"}
_recorders: list[WriteRecorder] = []
_hook_installed = False


def _as_path(value: object) -> Path | None:
    if isinstance(value, str | bytes | os.PathLike):
        return Path(os.path.abspath(os.fsdecode(value)))  # noqa: PTH100 - no audit events
    return None  # a file descriptor


def _written_path(event: str, args: tuple[Any, ...]) -> Path | None:
    if event == "open" and len(args) >= 3:
        target, mode, flags = args[0], args[1], args[2]
        by_flags = isinstance(flags, int) and flags & _WRITE_FLAGS
        by_mode = isinstance(mode, str) and any(ch in mode for ch in "wax+")
        return _as_path(target) if by_flags or by_mode else None
    if event in _RENAMES and len(args) >= 2:
        return _as_path(args[1])
    return None


def _audit_hook(event: str, args: tuple[Any, ...]) -> None:
    if not _recorders:
        return
    with contextlib.suppress(Exception):  # a hook that raises would break the code under test
        path = _written_path(event, args)
        if path is not None:
            for recorder in tuple(_recorders):
                recorder.paths.add(path)


class WriteRecorder:
    """Every path this process opens for writing, renames or copies onto, from Python code.

    Uses `sys.addaudithook` (installed once per process; it does nothing while no
    recorder is active). SQLite's own file I/O happens in C without audit events:
    cover it by scanning the vault folder and `open_files()`.
    """

    def __init__(self) -> None:
        self.paths: set[Path] = set()

    def __enter__(self) -> WriteRecorder:
        global _hook_installed  # noqa: PLW0603 - one process-wide hook
        if not _hook_installed:
            sys.addaudithook(_audit_hook)
            _hook_installed = True
        _recorders.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        _recorders.remove(self)


# -- a process with its own temp dir and home ---------------------------------------------


@dataclass(frozen=True)
class ProcessDirs:
    temp: Path
    home: Path


def isolate_process_dirs(monkeypatch: pytest.MonkeyPatch, root: Path) -> ProcessDirs:
    """Point the temp dir, HOME and the XDG dirs at fresh private folders under `root`.

    SQLite reads TMPDIR only once per process, so any temp file of its own may
    still go to the original temp dir; it unlinks such files at once, and
    `open_files()` is what sees them.
    """
    dirs = ProcessDirs(root / "tmp", root / "home")
    for folder in (dirs.temp, dirs.home):
        folder.mkdir(parents=True, mode=0o700)
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(dirs.temp))
    monkeypatch.setattr("tempfile.tempdir", str(dirs.temp))
    monkeypatch.setenv("HOME", str(dirs.home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        (dirs.home / sub).mkdir(parents=True, mode=0o700)  # Qt insists on 0700 for the runtime dir
        monkeypatch.setenv(name, str(dirs.home / sub))
    return dirs
