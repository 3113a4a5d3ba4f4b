"""The vault's signatures verify with the real minisign tool, and only for the signed bytes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, require_tool
from vault.errors import BadInput
from vault.keys.secret import SecretKey
from vault.keys.signing import Signer
from vault.session import Vault

DOCUMENT = "削除証明書 / deletion certificate: ２０２６年１１月２５日\n".encode()


def _minisign_verify(
    folder: Path, data: bytes, signature: str, key: str
) -> subprocess.CompletedProcess[str]:
    minisign = require_tool("minisign")
    (folder / "file").write_bytes(data)
    (folder / "file.minisig").write_text(signature)
    return subprocess.run(
        [minisign, "-V", "-P", key, "-m", str(folder / "file")],
        capture_output=True,
        text=True,
        check=False,
    )


def test_minisign_verifies_a_signature_and_shows_the_trusted_comment(
    vault: Vault, tmp_path: Path
) -> None:
    signature = vault.state.signer.sign(DOCUMENT, "erasure 2026-11-25 c0ffee", "ClientVault")
    result = _minisign_verify(tmp_path, DOCUMENT, signature, vault.identity.minisign_key)
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout
    assert "erasure 2026-11-25 c0ffee" in result.stdout


def test_minisign_rejects_an_edited_file_and_another_vaults_key(
    vault: Vault, tmp_path: Path
) -> None:
    signature = vault.state.signer.sign(DOCUMENT, "c", "u")
    edited = _minisign_verify(
        tmp_path, DOCUMENT.replace(b"deletion", b"Deletion"), signature, vault.identity.minisign_key
    )
    assert edited.returncode != 0
    other = Signer(SecretKey(bytes(range(32)))).identity.minisign_key
    assert _minisign_verify(tmp_path, DOCUMENT, signature, other).returncode != 0


def test_the_public_key_file_is_what_minisign_reads(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "minisign.pub").write_text(vault.identity.minisign_file())
    signature = vault.state.signer.sign(DOCUMENT, "c", "u")
    (tmp_path / "file").write_bytes(DOCUMENT)
    (tmp_path / "file.minisig").write_text(signature)
    result = subprocess.run(
        [
            require_tool("minisign"),
            "-Vm",
            str(tmp_path / "file"),
            "-p",
            str(tmp_path / "minisign.pub"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert vault.identity.key_id_hex in vault.identity.minisign_file()


def test_the_identity_survives_lock_and_password_change_but_not_a_rekey(
    vault: Vault,
) -> None:
    before = vault.identity
    vault.lock()
    vault.unlock(PASSWORD)
    vault.change_password("a different long passphrase")
    assert vault.identity == before
    vault.rekey("yet another long passphrase")
    assert vault.identity != before


def test_own_verification_matches_minisign(vault: Vault) -> None:
    signature = vault.state.signer.sign(DOCUMENT, "trusted words", "u")
    assert vault.identity.verify(DOCUMENT, signature) == "trusted words"
    with pytest.raises(BadInput, match="was changed"):
        vault.identity.verify(DOCUMENT + b"x", signature)
    forged = signature.replace("trusted words", "other words")
    with pytest.raises(BadInput, match="was changed"):
        vault.identity.verify(DOCUMENT, forged)
    with pytest.raises(BadInput, match="format"):
        vault.identity.verify(DOCUMENT, "not a signature")


def test_a_comment_cannot_smuggle_a_second_line(vault: Vault) -> None:
    with pytest.raises(BadInput, match="single line"):
        vault.state.signer.sign(DOCUMENT, "ok\ntrusted comment: forged", "u")
