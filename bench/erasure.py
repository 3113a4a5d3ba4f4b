"""Erasing a client, against `shred -u` and `rm` of the same attachment files.

One client holds 10,000 demo records (`vault.demo.fill`) and 1 GiB of
attachments (8 files of 128 MiB of random bytes); a second client must survive.
The client is erased with `Eraser.erase` (certificate JSON + PDF, the deleting
transaction, WAL checkpoints, incremental vacuum, removal of its blob folder; no
backups registered), on a copy of a vault prepared once. The other sides get
fresh copies of the same 8 plaintext files: `shred -u` (GNU coreutils defaults,
as a user would type it) and `rm`. A fourth side erases a client with the same
10,000 records and no attachments: the records part. The four sides run in a
rotating order in every round, each after a `sync`, so no side pays for the
write-back of the previous side's setup.

`python -m bench.erasure` runs this section alone and prints it as markdown.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from bench.common import (
    KDF_MEMORY_MIB,
    KDF_PARALLELISM,
    KDF_TIME_COST,
    PASSWORD,
    QUICK,
    Goal,
    Section,
    bench_kdf,
    median,
    ms,
    reps,
    scratch,
    table,
    timed,
)
from vault.demo import fill
from vault.erasure import eraser as eraser_module
from vault.erasure.certificate import render_pdf
from vault.erasure.eraser import Eraser, Reason
from vault.errors import BadInput
from vault.session import Vault
from vault.storage.layout import client_blob_dir

MIB = 1 << 20
RECORDS = 1_000 if QUICK else 10_000
SURVIVOR_RECORDS = 100 if QUICK else 1_000
FILES = 4 if QUICK else 8
FILE_MIB = 8 if QUICK else 128
SURVIVOR_FILE_MIB = 1
ROUNDS = reps(3, 1)
TARGET_SEED, SURVIVOR_SEED = 21, 22
SIDES = ("erasure", "records", "shred", "rm")
PACKAGES = {
    "age": "age",
    "age-keygen": "age",
    "time": "time",
}  # everything else here is in coreutils


# -- external tools (also used by bench/attachments.py) ---------------------------


def tool(name: str) -> str:
    """The full path of a command, or stop with what to install."""
    path = shutil.which(name)
    if path is None:
        package = PACKAGES.get(name, "coreutils")
        raise SystemExit(f"bench: `{name}` is not installed (Debian: apt-get install {package})")
    return path


@dataclass(frozen=True)
class ToolRun:
    seconds: float  # spawn → exit, as a shell would see it
    max_rss_kib: int  # the command's peak resident memory (GNU time's %M); 0: not asked
    user_seconds: float  # CPU time of the command (and of GNU time around it), user
    system_seconds: float  # and system


def run_tool(argv: Sequence[str], *, peak_memory: bool = False) -> ToolRun:
    """Run a command (argv[0] a full path; output inherited) and time it, spawn to exit.

    With `peak_memory`, the command runs under GNU time (`time -f %M`), which forks
    from its own small process: `ru_maxrss` read here directly would start from this
    process's peak (a spawned child's counter begins with its parent's memory).
    """
    report: Path | None = None
    if peak_memory:
        handle, name = tempfile.mkstemp(prefix="bench-time-")
        os.close(handle)
        report = Path(name)
        argv = [tool("time"), "-f", "%M", "-o", name, *argv]
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], list(argv), os.environ)
        _pid, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise RuntimeError(f"{' '.join(argv)} exited with {code}")
        peak = int(report.read_text().split()[-1]) if report is not None else 0
    finally:
        if report is not None:
            report.unlink(missing_ok=True)
    return ToolRun(seconds, peak, usage.ru_utime, usage.ru_stime)


def write_random(path: Path, size: int) -> None:
    with path.open("wb") as out:
        for start in range(0, size, MIB):
            out.write(os.urandom(min(MIB, size - start)))


def seconds_text(seconds: float) -> str:
    return f"{seconds:.2f} s"


def spread(values: Sequence[float]) -> str:
    if len(values) == 1:
        return "—"
    return f"{seconds_text(min(values))} – {seconds_text(max(values))}"


# -- setup ------------------------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    root: Path
    plain: tuple[Path, ...]  # the attachments' plaintext, for `shred -u` and `rm`
    with_files: Path  # template vault: records + attachments
    records_only: Path  # template vault: the same records, no attachments
    target: str
    survivor: str
    survivor_attachment: str
    survivor_bytes: bytes
    db_bytes: int


def _fill_one(vault: Vault, records: int, seed: int) -> str:
    """One demo client with `records` records (one `add_records` call); its id."""
    before = {c.id for c in vault.clients.list_clients()}
    fill(vault, clients=1, records=records, seed=seed)
    (client_id,) = {c.id for c in vault.clients.list_clients()} - before
    return client_id


def prepare(log: Callable[[str], None]) -> Setup:
    root = scratch("erasure")
    plain_dir = root / "plain"
    plain_dir.mkdir()
    log(f"erasure: writing {FILES} × {FILE_MIB} MiB of random bytes and the template vaults")
    plain = tuple(plain_dir / f"撮影データ-{n + 1:02d}.mov" for n in range(FILES))
    for path in plain:
        write_random(path, FILE_MIB * MIB)
    survivor_file = root / "見積書.pdf"
    write_random(survivor_file, SURVIVOR_FILE_MIB * MIB)
    records_only = root / "template-records"
    vault, _recovery = Vault.create(records_only, PASSWORD, kdf_params=bench_kdf())
    with vault:
        target = _fill_one(vault, RECORDS, TARGET_SEED)
        survivor = _fill_one(vault, SURVIVOR_RECORDS, SURVIVOR_SEED)
        kept = vault.attachments.add(survivor, survivor_file, survivor_file.name)
    with_files = root / "template-files"
    shutil.copytree(records_only, with_files)
    with Vault(with_files) as vault:
        vault.unlock(PASSWORD)
        for path in plain:
            vault.attachments.add(target, path, path.name)
    return Setup(
        root=root,
        plain=plain,
        with_files=with_files,
        records_only=records_only,
        target=target,
        survivor=survivor,
        survivor_attachment=kept.id,
        survivor_bytes=survivor_file.read_bytes(),
        db_bytes=(records_only / "vault.db").stat().st_size,
    )


# -- the sides ----------------------------------------------------------------------

# Parts of one erasure: from the `progress` stages of `Eraser.erase`, and from
# wrapping what its steps call (render_pdf, the checkpoints, the vacuum pragma,
# shutil.rmtree of the blob folder).
PARTS = (
    "checks",  # start → "certificate": the legal-hold check
    "certificate",  # "certificate" → "delete": collect, sign, PDF, pending folder (fsync'd)
    "pdf",  # of which render_pdf
    "delete",  # "delete" → "cleanup": the transaction, forgetting the key, index drop
    "cleanup",  # "cleanup" → return
    "checkpoints",  # of which the WAL checkpoints (TRUNCATE) and PRAGMA incremental_vacuum
    "blobs",  # of which removing the client's blob folder
    "total",
)


@dataclass
class Run:
    seconds: float
    sync_after: float  # `sync` right after the side ended (reported, not counted)
    parts: dict[str, float] = field(default_factory=dict)


def _stopwatch(spent: dict[str, float], key: str, original: Callable[..., Any]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] += time.perf_counter() - start

    return wrapper


@contextlib.contextmanager
def _watched(vault: Vault, spent: dict[str, float]) -> Iterator[None]:
    db = vault.state.db
    execute = db.execute

    def execute_timed(sql: str, params: Sequence[Any] = ()) -> list[Any]:
        if sql != "PRAGMA incremental_vacuum":
            return execute(sql, params)
        start = time.perf_counter()
        try:
            return execute(sql, params)
        finally:
            spent["checkpoints"] += time.perf_counter() - start

    pdf = _stopwatch(spent, "pdf", render_pdf)
    with (
        mock.patch.object(eraser_module, "render_pdf", pdf),
        mock.patch.object(shutil, "rmtree", _stopwatch(spent, "blobs", shutil.rmtree)),
        mock.patch.object(db, "checkpoint", _stopwatch(spent, "checkpoints", db.checkpoint)),
        mock.patch.object(db, "execute", execute_timed),
    ):
        yield


def _erase(vault: Vault, client_id: str) -> dict[str, float]:
    """Erase the client; the whole call's time and its parts."""
    eraser = Eraser(vault)
    target = eraser.client_target(client_id)
    marks: dict[str, float] = {}
    spent = {"pdf": 0.0, "checkpoints": 0.0, "blobs": 0.0}

    def mark(stage: str) -> None:
        marks.setdefault(stage, time.perf_counter())

    with _watched(vault, spent):
        start = time.perf_counter()
        result = eraser.erase(target, Reason.MANUAL, progress=mark)
        end = time.perf_counter()
    _check(result.finished, "the erasure did not finish its cleanup")
    return {
        "checks": marks["certificate"] - start,
        "certificate": marks["delete"] - marks["certificate"],
        "delete": marks["cleanup"] - marks["delete"],
        "cleanup": end - marks["cleanup"],
        **spent,
        "total": end - start,
    }


def _check(ok: bool, problem: str) -> None:
    if not ok:
        raise RuntimeError(f"bench.erasure: {problem}")


def _verify(vault: Vault, setup: Setup) -> None:
    """The target is gone (row, blob folder); the other client and its file are intact."""
    try:
        Eraser(vault).client_target(setup.target)
    except BadInput:
        pass
    else:
        raise RuntimeError("bench.erasure: the erased client is still there")
    _check(not client_blob_dir(vault.folder, setup.target).exists(), "blob folder left")
    kept = len(vault.clients.list_records(setup.survivor))
    _check(kept == SURVIVOR_RECORDS, f"the other client has {kept} records")
    content = b"".join(vault.attachments.open_stream(setup.survivor_attachment))
    _check(content == setup.survivor_bytes, "the other client's attachment changed")


def erasure_side(setup: Setup, template: Path) -> Run:
    folder = setup.root / "erasing"
    shutil.copytree(template, folder)
    try:
        with Vault(folder) as vault:
            vault.unlock(PASSWORD)
            vault.start_indexing().join()  # as in the app: the erasure drops the client from it
            os.sync()
            parts = _erase(vault, setup.target)
            sync_after = timed(os.sync)
            _verify(vault, setup)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Run(parts["total"], sync_after, parts)


def tool_side(setup: Setup, argv: Sequence[str]) -> Run:
    victim = setup.root / "victim"
    victim.mkdir()
    try:
        files = [victim / path.name for path in setup.plain]
        for source, copy in zip(setup.plain, files, strict=True):
            shutil.copyfile(source, copy)
        os.sync()
        seconds = run_tool([*argv, *map(str, files)]).seconds
        sync_after = timed(os.sync)
        _check(not any(path.exists() for path in files), f"{argv[0]} left files")
    finally:
        shutil.rmtree(victim, ignore_errors=True)
    return Run(seconds, sync_after)


@dataclass
class Results:
    runs: dict[str, list[Run]]
    first: Run  # the first erasure in the process (records only): PDF writer and font cold
    setup: Setup


def measure(log: Callable[[str], None]) -> Results:
    shred, rm = tool("shred"), tool("rm")
    setup = prepare(log)
    try:
        sides: dict[str, Callable[[], Run]] = {
            "erasure": lambda: erasure_side(setup, setup.with_files),
            "records": lambda: erasure_side(setup, setup.records_only),
            "shred": lambda: tool_side(setup, [shred, "-u"]),
            "rm": lambda: tool_side(setup, [rm]),
        }
        log("erasure: first erasure in the process (not in the medians)")
        first = sides["records"]()
        runs: dict[str, list[Run]] = {name: [] for name in SIDES}
        for round_number in range(ROUNDS):
            shift = round_number % len(SIDES)
            for name in SIDES[shift:] + SIDES[:shift]:
                log(f"erasure: round {round_number + 1}/{ROUNDS}: {name}")
                runs[name].append(sides[name]())
        return Results(runs, first, setup)
    finally:
        shutil.rmtree(setup.root, ignore_errors=True)


def _log(message: str) -> None:
    sys.stderr.write(f"bench: {message}\n")
    sys.stderr.flush()


# -- report -------------------------------------------------------------------------


def _median_of(runs: Sequence[Run], part: str) -> float:
    return median([r.parts[part] for r in runs])


def _parts_row(label: str, runs: Sequence[Run]) -> list[object]:
    def cell(part: str) -> str:
        return ms(_median_of(runs, part))

    rest = median([r.parts["cleanup"] - r.parts["checkpoints"] - r.parts["blobs"] for r in runs])
    return [
        label,
        cell("checks"),
        f"{cell('certificate')} ({cell('pdf')})",
        cell("delete"),
        cell("checkpoints"),
        cell("blobs"),
        ms(rest),
        f"**{cell('total')}**",
    ]


def run(log: Callable[[str], None] | None = None) -> Section:
    results = measure(log or _log)
    runs, setup = results.runs, results.setup
    t = {name: median([r.seconds for r in runs[name]]) for name in SIDES}
    synced = {name: median([r.sync_after for r in runs[name]]) for name in SIDES}
    total_mib = FILES * FILE_MIB
    size = f"{FILES} × {FILE_MIB} MiB"
    records = f"{RECORDS:,} records"
    section = Section("Erasure vs shred -u and rm")
    section.body += [
        f"One client with {records} and {size} of attachments ({total_mib:,} MiB of random "
        f"bytes) is erased; `shred -u` and `rm` get fresh copies of the same {FILES} plaintext "
        f"files. A second client ({SURVIVOR_RECORDS:,} records, one {SURVIVOR_FILE_MIB} MiB "
        f"attachment) survives every erasure, checked after each. vault.db with both clients: "
        f"{setup.db_bytes / MIB:.1f} MiB. {ROUNDS} round{'s' if ROUNDS != 1 else ''}, the "
        "four sides in a rotating order:",
        "",
    ]
    section.body += table(
        [
            "side",
            "median",
            "range",
            "ClientVault erasure ÷ this (medians)",
            "`sync` right after (median, not counted)",
        ],
        [
            [
                f"**ClientVault erasure** of the client ({records} + {size})",
                f"**{seconds_text(t['erasure'])}**",
                spread([r.seconds for r in runs["erasure"]]),
                "1.00",
                ms(synced["erasure"]),
            ],
            [
                f"`shred -u` of the {FILES} files",
                seconds_text(t["shred"]),
                spread([r.seconds for r in runs["shred"]]),
                f"**{t['erasure'] / t['shred']:.2f}**",
                ms(synced["shred"]),
            ],
            [
                f"`rm` of the {FILES} files",
                seconds_text(t["rm"]),
                spread([r.seconds for r in runs["rm"]]),
                f"**{t['erasure'] / t['rm']:.2f}**",
                ms(synced["rm"]),
            ],
            [
                f"**ClientVault erasure**, records part: a client with the same {records}, "
                "no attachments",
                f"**{seconds_text(t['records'])}**",
                spread([r.seconds for r in runs["records"]]),
                "—",
                ms(synced["records"]),
            ],
        ],
    )
    section.body += [
        "Where the erasure's time goes (median of each part over the rounds; the parts are "
        "medians, so they need not add up to the total):",
        "",
    ]
    section.body += table(
        [
            "erasure",
            "legal-hold check",
            "certificate (of which the PDF)",
            "delete transaction",
            "cleanup: WAL checkpoints + incremental vacuum",
            "cleanup: blob folder removed",
            "cleanup: the rest",
            "whole call",
        ],
        [
            _parts_row(f"{records} + {size}", runs["erasure"]),
            _parts_row(f"{records}, no attachments", runs["records"]),
            _parts_row(
                f"{records}, no attachments: first erasure in the process (1 run)",
                [results.first],
            ),
        ],
    )
    first = results.first.seconds
    section.method = [
        f"setup (not timed): a vault (Argon2id m={KDF_MEMORY_MIB} MiB, t={KDF_TIME_COST}, "
        f"p={KDF_PARALLELISM}, `bench_kdf()`; unlocking is not timed) with the target client "
        f"({records} from `vault.demo.fill`, seed {TARGET_SEED}: contacts, notes, credentials, "
        "contracts in Japanese and English, added with one `add_records` call) and a second "
        f"client ({SURVIVOR_RECORDS:,} records, seed {SURVIVOR_SEED}, plus a "
        f"{SURVIVOR_FILE_MIB} MiB attachment); a copy of it gets the {FILES} files attached "
        "to the target client (`vault.attachments.add`). Both templates are made once per "
        "run; each erasure works on a fresh `shutil.copytree` copy, which is unlocked, has "
        "its search index built (as in the app, so the erasure also drops the client from "
        "it), then `sync` — none of it timed.",
        "ClientVault erasure: wall time of `vault.erasure.erase(client_target(id), "
        "Reason.MANUAL)` in this process: legal-hold check, decrypt and hash everything "
        "erased, sign, write the pending certificate (JSON, minisign signature, public key, "
        "PDF; each file written atomically with fsync), the transaction that deletes the "
        "client (rows cascade; `secure_delete` overwrites the freed pages), WAL checkpoint "
        "(TRUNCATE), `PRAGMA incremental_vacuum`, checkpoint, removal of "
        "`blobs/<client>/`, backups (none registered), rename of the certificate folder with "
        "a folder fsync, the finishing transaction, a last checkpoint. After each erasure "
        "the target client must be unknown, its blob folder gone, and the other client's "
        "records and attachment intact.",
        f"`shred -u`: `shred -u FILE…` on fresh copies of the {FILES} plaintext files "
        "(`shutil.copyfile`, then `sync`, not timed), as a subprocess, wall time spawn → "
        "exit. GNU coreutils shred with its defaults (checked with strace): 3 overwrite "
        "passes of pseudo-random data per file, an `fdatasync` after each pass, then "
        "`ftruncate` to 0, renames of the file to shorter names with an `fdatasync` of the "
        "folder after each (`--remove=wipesync`, the default of `-u`), and the unlink.",
        f"`rm`: `rm FILE…` on fresh copies of the same {FILES} files, same setup; `rm` "
        "syncs nothing, so part of its cost (freeing the extents, the journal commit, the "
        "discards of this `discard`-mounted ext4) lands in the `sync` right after, shown "
        "separately and not counted on any side.",
        "ratios: median time of the erasure ÷ median time of the other side, from the same "
        "run; each round runs all four sides once, the order rotating by one side per "
        "round, each side starting after a `sync` so no side pays for the write-back of "
        "another's setup. Files under bench/out/scratch (ext4 on a virtual disk, real "
        "fsync); the page cache is not dropped, for any side.",
        "parts: timestamps from `erase()`'s `progress` callback (stages 'certificate', "
        "'delete', 'cleanup') and the call's return; inside them, the time spent in "
        "`render_pdf`, in `Database.checkpoint` and `PRAGMA incremental_vacuum`, and in "
        "`shutil.rmtree` of the blob folder, measured by wrapping those calls "
        "(`unittest.mock.patch.object`) for the erasure only. 'The rest' of the cleanup: "
        "reading back the pending certificate, backups, the rename with its folder fsync, "
        "the finishing transaction.",
        "first erasure in the process: one records-only erasure before the rounds, not in "
        f"the medians ({seconds_text(first)}): the certificate PDF loads its writer "
        "(fontTools) and finds and parses a Japanese font on first use (cached afterwards), "
        "which a fresh `clientvault` process pays on its one erasure.",
    ]
    ratio = t["erasure"] / t["shred"]
    section.goals = [
        Goal(
            f"erasure of a client ({records}, {size} of attachments) faster than `shred -u` "
            "of the same files",
            "ratio < 1",
            f"{ratio:.2f} ({seconds_text(t['erasure'])} vs {seconds_text(t['shred'])})",
            ratio < 1,
        ),
        Goal(
            f"erasure of a client, records part ({records}, no attachments)",
            "≤ 2 s",
            f"{seconds_text(t['records'])} (first erasure in the process: {seconds_text(first)})",
            t["records"] <= 2.0,
        ),
    ]
    return section


def main() -> int:
    from bench import run_all  # noqa: PLC0415 - run_all imports this module

    return run_all.run_alone(6, "erasure", run)


if __name__ == "__main__":
    sys.exit(main())
