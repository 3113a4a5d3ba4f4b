"""Checks shared by the wheel test and the packaged-app smoke test: a built
`clientvault`, run as a user would run it, in a process of its own."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from tests.conftest import PASSWORD, require_tool

TIMEOUT = 180
FAST_KDF = ("--kdf-memory", "64", "--kdf-time", "3")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def user_env(home: Path, language: str = "en_US.UTF-8") -> dict[str, str]:
    """A user's environment with its own home: no settings or vault of ours leak in."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "LC_", "VIRTUAL_ENV", "XDG_"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LANG=language,
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(
    command: Sequence[str], env: dict[str, str], cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command),
        input=stdin,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def cli_json(
    clientvault: Sequence[str], env: dict[str, str], cwd: Path, *args: str
) -> dict[str, object]:
    result = run([*clientvault, *args, "--json"], env, cwd, stdin=PASSWORD + "\n")
    assert result.returncode == 0, (args, result.stderr)
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    return document


def create_vault(clientvault: Sequence[str], env: dict[str, str], cwd: Path, folder: Path) -> None:
    at = ("--vault", str(folder), "--password-stdin")
    cli_json(clientvault, env, cwd, "init", *at, *FAST_KDF)


def cli_round_trip(
    clientvault: Sequence[str], env: dict[str, str], work: Path, folder: Path
) -> None:
    """Create a vault, add a client, export a bundle `age` opens, erase with a certificate
    `minisign` verifies."""
    age, keygen, minisign = (
        require_tool("age"),
        require_tool("age-keygen"),
        require_tool("minisign"),
    )
    at = ("--vault", str(folder), "--password-stdin")
    create_vault(clientvault, env, work, folder)
    client = cli_json(
        clientvault,
        env,
        work,
        "client",
        "add",
        "--name",
        "山田 商店",
        "--phone",
        "03-1234-5678",
        *at,
    )
    client_id = str(client["id"])
    contact = cli_json(
        clientvault, env, work, "record", "add", "--client", client_id, "--kind", "contact",
        "--title", "担当者", "--field", "name=山田 花子", "--field", "email=hanako@example.jp", *at,
    )  # fmt: skip
    identity = work / "client.key"
    made = run([keygen, "-o", str(identity)], env, work)
    assert made.returncode == 0, made.stderr
    public_key = made.stderr.split(": ")[1].strip()
    bundle = work / "bundle.age"
    cli_json(
        clientvault, env, work, "export", "encrypted", "--client", client_id,
        "--out", str(bundle), "--recipient", public_key, "--contact", str(contact["id"]), *at,
    )  # fmt: skip
    opened = run([age, "-d", "-i", str(identity), "-o", str(work / "bundle.zip"), str(bundle)],
                 env, work)  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert (work / "bundle.zip").read_bytes().startswith(b"PK")
    key = str(cli_json(clientvault, env, work, "identity", *at)["public_key"])
    erased = cli_json(clientvault, env, work, "erase", "--client", client_id, "--yes", *at)
    document = Path(str(erased["certificate"])).with_name("certificate.json")
    verified = run([minisign, "-Vm", str(document), "-P", key], env, work)
    assert verified.returncode == 0, verified.stderr


def startup_report(
    app: Sequence[str], env: dict[str, str], cwd: Path, report: Path
) -> dict[str, object]:
    """Start the app offscreen; it describes its first screen into `report` and quits."""
    result = run(app, {**env, "CLIENTVAULT_STARTUP_REPORT": str(report)}, cwd)
    assert result.returncode == 0, result.stderr
    document = json.loads(report.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document
