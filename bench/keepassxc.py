"""Open-and-list: `clientvault client list` against `keepassxc-cli ls`, as subprocesses.

Both tools open a database with the same Argon2id settings holding the same
number of entries (one KDBX entry per vault client, with that client's name,
e-mail, phone and notes) and print the list. Repetitions of every command are
interleaved in a shuffled order within each round, and ratios are taken from
the medians of the same run.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from bench import kdbx
from bench.common import (
    OUT,
    PASSWORD,
    ROOT,
    DemoSize,
    Goal,
    Section,
    demo_vault,
    median,
    ms,
    reps,
    table,
)
from bench.profiling import import_times
from vault.domain.model import Client
from vault.keys import kdf
from vault.session import Vault

KEEPASSXC = "keepassxc-cli"
CLIENTVAULT = str(Path(sys.executable).with_name("clientvault"))
TINY_KDF = (1, 1, 1)  # MiB, iterations, parallelism: KeePassXC's own cost without Argon2id


def _run(argv: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, check=True, cwd=ROOT)


def keepassxc_version() -> str:
    try:
        return _run([KEEPASSXC, "--version"]).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not installed"


def _entries_xml(clients: list[Client]) -> str:
    def uuid() -> str:
        return base64.b64encode(os.urandom(16)).decode()

    def string(key: str, value: str) -> str:
        return f"<String><Key>{key}</Key><Value>{escape(value)}</Value></String>"

    entries = [
        "<Entry><UUID>"
        + uuid()
        + "</UUID>"
        + string("Title", c.name)
        + string("UserName", c.emails[0] if c.emails else "")
        + string("Password", "")
        + string("URL", "")
        + string("Notes", "\n".join([*c.phones, c.notes]))
        + "</Entry>"
        for c in clients
    ]
    return (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
        "<KeePassFile><Meta><Generator>clientvault-bench</Generator></Meta><Root><Group>"
        f"<UUID>{uuid()}</UUID><Name>Root</Name>{''.join(entries)}</Group></Root></KeePassFile>\n"
    )


@dataclass(frozen=True)
class KdbxSet:
    full: Path  # same Argon2id settings as the vault
    tiny: Path  # same entries, near-free Argon2id (to separate KeePassXC's KDF time)
    kdf_line: str  # what `keepassxc-cli db-info` says about the KDF
    header: kdbx.KdfInfo  # read back from the file KeePassXC wrote


def _kdf_line(path: Path) -> str:
    info = _run([KEEPASSXC, "db-info", "-q", str(path)], PASSWORD + "\n").stdout
    match = re.search(r"^KDF: (.*)$", info, re.MULTILINE)
    return match.group(1) if match else "?"


def make_kdbx(size: DemoSize, vault_folder: Path, params: kdf.KdfParams) -> KdbxSet:
    """KDBX files with one entry per vault client; made once and reused."""
    folder = OUT / f"kdbx-{size.clients}c"
    done = folder / "done.json"
    wanted = {
        "entries": size.clients,
        "memory_mib": params.memory_mib,
        "iterations": params.time_cost,
        "parallelism": params.parallelism,
    }
    full, tiny = folder / "clients.kdbx", folder / "clients-tinykdf.kdbx"
    if not (done.exists() and json.loads(done.read_text()) == wanted):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with Vault(vault_folder) as vault:
            vault.unlock(PASSWORD)
            clients = vault.clients.list_clients()
        xml = folder / "entries.xml"
        xml.write_text(_entries_xml(clients), encoding="utf-8")
        entries = folder / "entries.kdbx"
        # `import` writes KDBX 3.1 with AES-KDF (its only KDF); -t keeps that one quick.
        _run(
            [KEEPASSXC, "import", "-q", "-p", "-t", "100", str(xml), str(entries)],
            f"{PASSWORD}\n{PASSWORD}\n",
        )
        xml.unlink()  # plain text of the (fake) client list
        for path, (memory, iterations, parallelism) in (
            (full, (params.memory_mib, params.time_cost, params.parallelism)),
            (tiny, TINY_KDF),
        ):
            kdbx.write_empty(path, PASSWORD, memory, iterations, parallelism)
            _run([KEEPASSXC, "merge", "-q", "-s", str(path), str(entries)], PASSWORD + "\n")
        entries.unlink()
        done.write_text(json.dumps(wanted))
    return KdbxSet(full, tiny, _kdf_line(full), kdbx.read_kdf(full))


@dataclass(frozen=True)
class Comparison:
    size: DemoSize
    kdbx: KdbxSet
    params: kdf.KdfParams
    times: dict[str, list[float]]  # wall time of each command, per round
    probe: dict[str, list[float]]  # clientvault's own account of its time, per round
    ratios: list[float]


def compare(size: DemoSize, rounds: int) -> Comparison:
    folder = demo_vault(size)
    with Vault(folder) as vault:
        params = vault.header.kdf
    files = make_kdbx(size, folder, params)
    if (files.header.memory_mib, files.header.iterations, files.header.parallelism) != (
        params.memory_mib,
        params.time_cost,
        params.parallelism,
    ) or files.header.kdf != "Argon2id":
        raise RuntimeError(f"KDBX settings {files.header} differ from the vault's {params}")

    pw = PASSWORD + "\n"
    list_args = ["client", "list", "--vault", str(folder), "--password-stdin"]
    commands: dict[str, tuple[list[str], str]] = {
        "cv_list": ([CLIENTVAULT, *list_args], pw),
        "kx_ls": ([KEEPASSXC, "ls", "-q", str(files.full)], pw),
        "kx_ls_tiny": ([KEEPASSXC, "ls", "-q", str(files.tiny)], pw),
        "cv_start": ([CLIENTVAULT, "--help"], ""),
        "kx_start": ([KEEPASSXC, "--version"], ""),
        "py_start": ([sys.executable, "-c", "pass"], ""),
        "cv_probe": ([sys.executable, "-m", "bench.cli_probe", *list_args], pw),
    }
    # Correctness once: both list every entry.
    listed = json.loads(_run([*commands["cv_list"][0], "--json"], pw).stdout)
    kx_lines = _run(*commands["kx_ls"]).stdout.splitlines()
    if len(listed) != size.clients or len(kx_lines) != size.clients:
        raise RuntimeError(f"listed {len(listed)} clients and {len(kx_lines)} KDBX entries")
    for argv, stdin in commands.values():  # warm the page cache and both binaries
        _run(argv, stdin)

    times: dict[str, list[float]] = {name: [] for name in commands}
    probe: dict[str, list[float]] = {}
    ratios: list[float] = []
    rng = random.Random(size.clients)
    for _ in range(rounds):
        order = list(commands)
        rng.shuffle(order)
        spent: dict[str, float] = {}
        for name in order:
            argv, stdin = commands[name]
            start = time.perf_counter()
            done = _run(argv, stdin)
            spent[name] = time.perf_counter() - start
            times[name].append(spent[name])
            if name == "cv_probe":
                account = json.loads(done.stderr.strip().splitlines()[-1])
                for part, seconds in account.items():
                    probe.setdefault(part, []).append(float(seconds))
        ratios.append(spent["cv_list"] / spent["kx_ls"])
    return Comparison(size, files, params, times, probe, ratios)


def run(sizes: list[DemoSize]) -> Section:
    section = Section("Open and list: clientvault vs keepassxc-cli")
    rows: list[list[object]] = []
    breakdown: list[list[object]] = []
    gaps: list[str] = []
    for size in sizes:
        c = compare(size, reps(15))
        t = {name: median(values) for name, values in c.times.items()}
        p = {name: median(values) for name, values in c.probe.items()}
        ratio = t["cv_list"] / t["kx_ls"]
        kx_argon2 = t["kx_ls"] - t["kx_ls_tiny"]
        kx_rest = t["kx_ls_tiny"] - t["kx_start"]
        cv_rest = p["main_without_argon2"]
        label = f"{size.clients:,} entries"
        gaps.append(
            f"- {label}: to get under keepassxc-cli, `clientvault client list` must lose "
            f"{ms(t['cv_list'] - t['kx_ls'])}; its interpreter start is {ms(t['py_start'])} "
            f"(keepassxc-cli's whole start {ms(t['kx_start'])}), its imports "
            f"{ms(p['imports'])}, its Argon2id {ms(p['argon2'])} against KeePassXC's "
            f"{ms(kx_argon2)}, the rest {ms(cv_rest)} against {ms(kx_rest)}."
        )
        section.goals.append(
            Goal(
                f"open-and-list faster than keepassxc-cli ({label})",
                "ratio < 1",
                f"{ratio:.2f}",
                ratio < 1,
            )
        )
        rows.append(
            [
                label,
                ms(t["cv_list"]),
                ms(t["kx_ls"]),
                f"**{ratio:.2f}**",
                f"{median(c.ratios):.2f}",
                f"{ms(t['cv_start'])} / {ms(t['kx_start'])}",
                f"{(t['cv_list'] - t['cv_start']) / (t['kx_ls'] - t['kx_start']):.2f}",
                f"{cv_rest / kx_rest:.2f}",
            ]
        )
        breakdown += [
            [
                label,
                "clientvault",
                ms(t["cv_probe"]),
                ms(t["py_start"]),
                ms(p["imports"]),
                ms(p["argon2"]),
                ms(cv_rest),
            ],
            [
                label,
                "keepassxc-cli",
                ms(t["kx_ls"]),
                ms(t["kx_start"]),
                "—",
                ms(kx_argon2),
                ms(kx_rest),
            ],
        ]
        section.body.append(
            f"- {label}: vault Argon2id m={c.params.memory_mib} MiB, "
            f"t={c.params.time_cost}, p={c.params.parallelism}; KDBX read back after "
            f"KeePassXC saved it: {c.kdbx.header.kdf} v{c.kdbx.header.version:#x}, "
            f"m={c.kdbx.header.memory_mib:g} MiB, t={c.kdbx.header.iterations}, "
            f"p={c.kdbx.header.parallelism} (KDBX {c.kdbx.header.format_major}; "
            f"`keepassxc-cli db-info`: “{c.kdbx.kdf_line}”). {len(c.ratios)} rounds."
        )
    section.body[:0] = table(
        [
            "entries",
            "clientvault client list",
            "keepassxc-cli ls",
            "ratio (medians)",
            "median of per-round ratios",
            "process start (cv / kx)",
            "ratio without process start",
            "ratio without start, imports and Argon2id",
        ],
        rows,
    )
    section.body.append("")
    section.body.append("Where each tool's time goes (medians of the same rounds):")
    section.body.append("")
    section.body += table(
        [
            "entries",
            "tool",
            "whole command",
            "process start",
            "imports",
            "Argon2id",
            "open, decrypt, list, print",
        ],
        breakdown,
    )
    section.body.append(
        "Parity: keepassxc-cli 2.7 cannot choose Argon2 settings at all: `db-create` and `import` "
        "take only `--decryption-time` and write KDBX 3.1 with AES-KDF (checked with `db-info`: "
        "“KDF: AES (… rounds)”), so the fallback of reading its Argon2 settings back is not "
        "possible either. Instead `bench/kdbx.py` writes an empty KDBX 4 container with the "
        "vault's exact Argon2id settings; the entries are made by `keepassxc-cli import` of a "
        "KeePass XML with one entry per vault client (name, e-mail, phone, notes), and "
        "`keepassxc-cli merge` copies them into the container and rewrites the file itself "
        "(new master seed, KeePassXC's own XML), keeping the KDF. The settings above are read "
        "back from the saved file and checked before timing."
    )
    section.method = [
        "clientvault client list: wall time of `.venv/bin/clientvault client list --vault DIR "
        "--password-stdin` (plain output) as a subprocess, password on stdin; median of the "
        "rounds.",
        "keepassxc-cli ls: wall time of `keepassxc-cli ls -q FILE.kdbx` as a subprocess, "
        "password on stdin; median of the rounds.",
        "ratio (medians): clientvault median / keepassxc-cli median; the per-round ratio pairs "
        "the two runs of the same round.",
        "process start (first table): `clientvault --help` (interpreter start plus every "
        "import of the CLI) and `keepassxc-cli --version` (loader, Qt core, crypto init).",
        "ratio without process start: (list − `clientvault --help`) / (ls − `keepassxc-cli "
        "--version`).",
        "clientvault breakdown: `python -m bench.cli_probe client list …` runs the same "
        "`vault.cli.main.main` with `vault.kdf.derive` wrapped, and reports its import time, "
        "its Argon2id time and the rest of `main()` from inside the process; process start "
        "is `python -c pass`. Its whole-command time is that of the probe run.",
        "keepassxc-cli breakdown: process start = `keepassxc-cli --version`; Argon2id = `ls` of "
        "the KDBX minus `ls` of a copy with the same entries whose Argon2id is m=1 MiB, t=1, "
        "p=1; the rest = that cheap `ls` minus process start (a difference of two "
        "subprocess medians, so it carries their noise).",
        "ratio without start, imports and Argon2id: clientvault's rest of `main()` / "
        "keepassxc-cli's rest: opening the file, decrypting, listing, printing.",
        "Every round runs the seven commands once each, in a freshly shuffled order; one "
        "warm-up run of each before the rounds.",
    ]
    if any(not goal.met for goal in section.goals):
        section.findings += [*gaps, ""]
        total, imports = import_times("vault.cli.main")
        section.findings.append(
            "Process start is where clientvault loses: the interpreter (`python -c pass`) plus "
            "importing the CLI, against a native binary (see the breakdown above). "
            "`python -X importtime -c "
            f"'import vault.cli.main'` (median of 5; importtime itself adds some cost): "
            f"{total:.0f} ms of imports, by own time per module of ours and per other "
            "top-level package:"
        )
        section.findings.append("")
        section.findings += table(
            ["module or package", "own import ms"], [[f"`{n}`", f"{v:.1f}"] for n, v in imports]
        )
    return section
