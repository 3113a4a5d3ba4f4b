"""Bundles opened and checked with independent tools from Debian, as a client would.

age decrypts X25519 and passphrase bundles (the passphrase typed into a pseudo-terminal:
age 1.1 reads one from a terminal only), minisign verifies the manifest with the key
the freelancer publishes, sha256sum checks every file against it, qpdf and pdftotext
open the encrypted PDF. Truncated, edited or wrongly unlocked files must fail.
"""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.vault.sharing.helpers import Seeded, seed
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing.age_writer import CHUNK_SIZE
from vault.sharing.bundle import BundleFormat
from vault.sharing.report import Language

TIMEOUT = 30.0


@pytest.fixture
def seeded(vault: Vault) -> Seeded:
    return seed(vault)


def _run(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, check=False, capture_output=True, text=True, cwd=cwd, timeout=TIMEOUT
    )


def _age_with_passphrase(source: Path, out: Path, passphrase: str) -> tuple[int, str]:
    """`age -d -o OUT SOURCE` on a pseudo-terminal, typing `passphrase` at its prompt.

    In a new session age has no controlling terminal (so it cannot reach the one the
    tests run in), and reads the passphrase from its standard input, the terminal here.
    """
    age = require_tool("age")
    terminal, child_end = os.openpty()
    process = subprocess.Popen(
        [age, "-d", "-o", str(out), str(source)],
        stdin=child_end,
        stdout=child_end,
        stderr=child_end,
        start_new_session=True,
    )
    os.close(child_end)
    shown, typed = b"", False
    deadline = time.monotonic() + TIMEOUT
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                process.kill()
                pytest.fail(f"age did not finish: {shown!r}")
            try:
                data = os.read(terminal, 4096)
            except OSError:  # EIO: age exited and closed the terminal
                break
            if not data:
                break
            shown += data
            if not typed and b"passphrase" in shown.lower():
                os.write(terminal, passphrase.encode() + b"\r")
                typed = True
    finally:
        os.close(terminal)
    return process.wait(timeout=TIMEOUT), shown.decode(errors="replace")


def _header_end(encrypted: bytes) -> int:
    """Where an age file's payload starts (after the MAC line)."""
    return encrypted.index(b"\n", encrypted.index(b"\n---")) + 1


def _extract(plaintext: bytes, folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    with zipfile.ZipFile(io.BytesIO(plaintext)) as archive:
        archive.extractall(folder)
        return {name: archive.read(name) for name in archive.namelist()}


def test_an_x25519_bundle_decrypts_verifies_and_matches_its_manifest(
    vault: Vault, seeded: Seeded, tmp_path: Path
) -> None:
    age, keygen = require_tool("age"), require_tool("age-keygen")
    minisign, sha256sum = require_tool("minisign"), require_tool("sha256sum")
    identity = tmp_path / "client.key"
    _run(keygen, "-o", str(identity)).check_returncode()
    public = next(
        line.split(": ")[1]
        for line in identity.read_text().splitlines()
        if line.startswith("# public key: ")
    )
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, public)
    bundles = Sharing(vault).bundles
    bundle = tmp_path / "山田様.age"
    bundles.export(bundles.preview(seeded.client), bundle)

    plain = tmp_path / "bundle.zip"
    decrypted = _run(age, "-d", "-i", str(identity), "-o", str(plain), str(bundle))
    assert decrypted.returncode == 0, decrypted.stderr
    folder = tmp_path / "bundle"
    files = _extract(plain.read_bytes(), folder)

    key = vault.identity.minisign_key  # as published on the freelancer's invoices
    verified = _run(minisign, "-Vm", "MANIFEST.json", "-P", key, cwd=folder)
    assert verified.returncode == 0, verified.stderr
    assert f"client:{seeded.client}" in verified.stdout
    with_file = _run(minisign, "-Vm", "MANIFEST.json", "-p", "minisign.pub", cwd=folder)
    assert with_file.returncode == 0, with_file.stderr

    manifest = json.loads(files["MANIFEST.json"])
    sums = "".join(f"{f['sha256']}  {f['path']}\n" for f in manifest["files"])
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    checked = _run(sha256sum, "-c", "SHA256SUMS", cwd=folder)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == len(manifest["files"]) == len(files) - 2

    (folder / "files" / "見積書.pdf").write_bytes(b"changed")
    assert _run(sha256sum, "-c", "SHA256SUMS", cwd=folder).returncode != 0
    edited = files["MANIFEST.json"].replace(b'"size": ', b'"size": 1', 1)
    (folder / "MANIFEST.json").write_bytes(edited)
    refused = _run(minisign, "-Vm", "MANIFEST.json", "-P", key, cwd=folder)
    assert refused.returncode != 0


def test_a_passphrase_bundle_opens_with_age_typed_at_a_terminal(
    vault: Vault, seeded: Seeded, tmp_path: Path
) -> None:
    Sharing(vault).delivery.set_passphrase(seeded.client, seeded.contact)
    bundles = Sharing(vault).bundles
    bundle = tmp_path / "bundle.age"
    result = bundles.export(bundles.preview(seeded.client, language=Language.EN), bundle)
    assert result.passphrase is not None

    wrong = tmp_path / "wrong.zip"
    code, shown = _age_with_passphrase(bundle, wrong, "0000-0000-0000-0000-0000-0000")
    assert code != 0 and "incorrect passphrase" in shown, shown
    assert not wrong.exists() or wrong.stat().st_size == 0

    plain = tmp_path / "bundle.zip"
    code, shown = _age_with_passphrase(bundle, plain, result.passphrase.text)
    assert code == 0, shown
    files = _extract(plain.read_bytes(), tmp_path / "bundle")
    assert [f.path for f in result.preview.files] == list(files)


@pytest.mark.parametrize("mode", ["x25519", "passphrase"])
def test_truncated_and_edited_bundles_are_rejected(
    vault: Vault, seeded: Seeded, tmp_path: Path, mode: str
) -> None:
    """Cut at a chunk boundary too: only the final chunk's flag tells the end."""
    age, keygen = require_tool("age"), require_tool("age-keygen")
    vault.attachments.add(seeded.client, io.BytesIO(os.urandom(3 * CHUNK_SIZE)), "big.bin")
    identity = tmp_path / "client.key"
    public = _run(keygen, "-o", str(identity)).stderr.split(": ")[1].strip()
    delivery = Sharing(vault).delivery
    if mode == "x25519":
        delivery.set_age(seeded.client, seeded.contact, public)
    else:
        delivery.set_passphrase(seeded.client, seeded.contact)
    bundles = Sharing(vault).bundles
    bundle = tmp_path / "bundle.age"
    result = bundles.export(bundles.preview(seeded.client), bundle)
    encrypted = bundle.read_bytes()
    payload = _header_end(encrypted) + 16  # after the header and the payload nonce

    def opens(data: bytes, name: str) -> bool:
        path, out = tmp_path / f"{name}.age", tmp_path / f"{name}.zip"
        path.write_bytes(data)
        if result.passphrase is None:
            return _run(age, "-d", "-i", str(identity), "-o", str(out), str(path)).returncode == 0
        return _age_with_passphrase(path, out, result.passphrase.text)[0] == 0

    assert opens(encrypted, "whole")
    flipped_payload = bytearray(encrypted)
    flipped_payload[payload + 100] ^= 1
    flipped_header = bytearray(encrypted)
    flipped_header[30] ^= 1
    variants = {
        "short": encrypted[:-1],
        "at-a-chunk": encrypted[: payload + CHUNK_SIZE + 16],
        "no-payload": encrypted[:payload],
        "payload-edited": bytes(flipped_payload),
        "header-edited": bytes(flipped_header),
    }
    for name, data in variants.items():
        assert not opens(data, name), name


def test_qpdf_and_pdftotext_open_the_encrypted_pdf_with_its_passphrase_only(
    vault: Vault, seeded: Seeded, tmp_path: Path
) -> None:
    qpdf, pdftotext = require_tool("qpdf"), require_tool("pdftotext")
    Sharing(vault).delivery.set_passphrase(seeded.client, seeded.contact)
    bundles = Sharing(vault).bundles
    out = tmp_path / "山田様.pdf"
    result = bundles.export(bundles.preview(seeded.client, format=BundleFormat.PDF), out)
    assert result.passphrase is not None
    password = result.passphrase.text

    assert _run(qpdf, "--requires-password", str(out)).returncode == 0
    shown = _run(qpdf, "--show-encryption", f"--password={password}", str(out))
    assert shown.returncode == 0, shown.stderr
    assert "R = 6" in shown.stdout
    assert "stream encryption method: AESv3" in shown.stdout
    assert "file encryption method: AESv3" in shown.stdout
    listed = _run(qpdf, f"--password={password}", "--list-attachments", str(out))
    assert "notes.csv" in listed.stdout and "contacts.csv" in listed.stdout

    plain = tmp_path / "plain.pdf"
    decrypted = _run(qpdf, "--decrypt", f"--password={password}", str(out), str(plain))
    assert decrypted.returncode == 0, decrypted.stderr
    assert "File is not encrypted" in _run(qpdf, "--show-encryption", str(plain)).stdout

    text = _run(pdftotext, "-upw", password, str(out), "-")
    assert text.returncode == 0, text.stderr
    assert "山田太郎" in text.stdout and "山田花子" in text.stdout
    assert "notes.csv" in text.stdout
    wrong = _run(pdftotext, "-upw", "0000-0000-0000-0000-0000-0000", str(out), "-")
    assert wrong.returncode != 0 and "山田太郎" not in wrong.stdout
    assert (
        _run(qpdf, "--decrypt", "--password=wrong", str(out), str(tmp_path / "x.pdf")).returncode
        != 0
    )
