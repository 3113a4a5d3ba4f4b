"""Offboarding: the returned bundle, the erasure and one signed certificate of both; and a
client's own signed access log."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pyrage  # type: ignore[import-untyped]
import pytest

from tests.conftest import PASSWORD, CliRunner, require_tool
from tests.vault.inventory.world import CANARY, World, build
from vault.backup.manager import BackupManager
from vault.erasure.eraser import Eraser
from vault.errors import BadInput
from vault.offboarding.offboard import CERTIFICATE_NAME, SIGNATURE_NAME, offboard
from vault.session import Vault


@pytest.fixture
def world(vault: Vault) -> World:
    return build(vault)


def _verify(folder: Path, name: str) -> str:
    minisign = require_tool("minisign")
    done = subprocess.run(
        [minisign, "-Vm", str(folder / name), "-p", str(folder / "minisign.pub")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_offboarding_returns_erases_and_certifies(
    vault: Vault, world: World, tmp_path: Path
) -> None:
    backup = BackupManager(vault).create(tmp_path / "backups")
    copied = vault.attachments.list(world.taro)[1]
    vault.attachments.save_copy(copied.id, tmp_path / "copy.pdf")
    out = tmp_path / "offboard"
    done = offboard(vault, world.taro, out, contact_id=world.hanako)
    assert done.passphrase is not None
    cert = json.loads((out / CERTIFICATE_NAME).read_text())
    bundle = out / cert["returned"]["file"]
    assert cert["returned"]["sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert cert["returned"]["contact_id"] == world.hanako
    archive = zipfile.ZipFile(
        io.BytesIO(pyrage.passphrase.decrypt(bundle.read_bytes(), done.passphrase.text))
    )
    returned = json.loads(archive.read("data/client.json"))
    assert cert["erasure"]["records"] == len(returned["records"]) == 5
    assert cert["erasure"]["destroyed_keys"]
    assert cert["backups"]["purged"] == [
        {"id": backup.id, "created_at": backup.created_at, "outcome": "rewritten"}
    ]
    assert cert["backups"]["still_holding"] == []
    copies = cert["plaintext_copies_outside_the_vault"]
    assert [(c["kind"], c["attachment"]) for c in copies] == [("decrypted-file", copied.id)]
    assert "Trusted comment: ClientVault offboarding" in _verify(out, CERTIFICATE_NAME)
    assert world.taro not in {c.id for c in vault.clients.list_clients()}
    erasure = Eraser(vault).certificates_dir
    assert any(cert["erasure"]["certificate_id"] in p.name for p in erasure.iterdir())
    text = (out / CERTIFICATE_NAME).read_text()
    assert CANARY[0] not in text and "山田花子" not in text  # ids and hashes only
    assert (out / SIGNATURE_NAME).exists()


def test_a_legal_hold_refuses_before_anything_is_written(
    vault: Vault, world: World, tmp_path: Path
) -> None:
    vault.retention.hold(world.flagged, "係争中")
    with pytest.raises(BadInput, match="legal hold"):
        offboard(vault, world.taro, tmp_path / "out", contact_id=world.hanako)
    assert not (tmp_path / "out").exists()
    assert world.taro in {c.id for c in vault.clients.list_clients()}
    assert not [e for e in vault.audit.entries() if e.action == "export.encrypted"]


def test_cli_offboard_and_the_clients_signed_log(
    vault: Vault, world: World, cli: CliRunner, tmp_path: Path
) -> None:
    folder = vault.folder
    vault.close()
    at = ("--vault", str(folder), "--password-stdin", "--json")
    code, out, err = cli("record", "list", "--client", world.taro, *at)
    assert code == 0, err
    code, out, err = cli("offboard", "--client", world.taro, *at)
    assert code == 1 and "--yes" in err
    code, out, err = cli(
        "offboard",
        "--client",
        world.taro,
        "--contact",
        world.hanako,
        "--yes",
        "--out",
        str(tmp_path / "o"),
        *at,
    )
    assert code == 0, err
    result = json.loads(out)
    bundle = Path(result["bundle"])
    assert result["sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    _verify(tmp_path / "o", CERTIFICATE_NAME)
    code, out, err = cli(
        "audit", "show", "--client", world.taro, "--signed", "--out", str(tmp_path / "log"), *at
    )
    assert code == 0, err
    _verify(tmp_path / "log", "access-log.json")
    log = json.loads((tmp_path / "log" / "access-log.json").read_text())
    assert {e["client_id"] for e in log["entries"]} == {world.taro}
    actions = [e["action"] for e in log["entries"]]
    assert "records.opened" in actions and "export.encrypted" in actions
    assert "client.erased" in actions
    assert world.canary not in (tmp_path / "log" / "access-log.json").read_text()
    assert PASSWORD not in (tmp_path / "log" / "access-log.json").read_text()
