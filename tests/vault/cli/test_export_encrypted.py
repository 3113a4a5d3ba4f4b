"""`clientvault export encrypted`: bundles and PDFs as a script makes them, and refusals."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pikepdf
import pyrage  # type: ignore[import-untyped]

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json, snapshot

IDENTITY = pyrage.x25519.Identity.generate()
KEY = str(IDENTITY.to_public())


def _export(cli: CliRunner, seed: Seed, out: Path, *args: str) -> tuple[int, str, str]:
    return cli(
        "export", "encrypted", "--client", seed.taro, "--out", str(out), *args, *at(seed.folder)
    )


def _audit(cli: CliRunner, seed: Seed) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = ok_json(cli("audit", "show", *at(seed.folder), "--json"))
    return entries


def test_a_client_without_a_setting_gets_a_passphrase_bundle_printed_once(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    out = tmp_path / "山田様.age"
    code, printed, err = _export(cli, seed, out, "--json")
    result = ok_json((code, printed, err))
    passphrase = result["passphrase"]
    assert printed.count(passphrase) == 1
    assert set(result) == {
        "path",
        "sha256",
        "size",
        "format",
        "client_id",
        "recipient",
        "files",
        "special_care",
        "passphrase",
        "audit_log",
    }
    assert result["audit_log"] == "logged"
    assert (result["path"], result["format"], result["client_id"]) == (str(out), "age", seed.taro)
    assert result["recipient"] == {
        "mode": "passphrase",
        "contact_id": seed.contact,
        "name": "山田花子",
        "email": None,
        "fingerprint": None,
    }
    names = zipfile.ZipFile(
        io.BytesIO(pyrage.passphrase.decrypt(out.read_bytes(), passphrase))
    ).namelist()
    assert len(names) == result["files"] and "files/" not in names
    log = json.dumps(_audit(cli, seed), ensure_ascii=False)
    assert passphrase not in log and "山田" not in log
    exported = [e for e in _audit(cli, seed) if e["action"] == "export.encrypted"]
    assert [e["details"]["sha256"] for e in exported] == [result["sha256"]]  # type: ignore[index]


def test_an_age_key_is_kept_for_the_next_bundle(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    first = ok_json(_export(cli, seed, tmp_path / "1.age", "--recipient", KEY, "--json"))
    assert first["passphrase"] is None
    assert first["recipient"]["mode"] == "age"
    assert len(first["recipient"]["fingerprint"].split()) == 6
    second = ok_json(_export(cli, seed, tmp_path / "2.age", "--language", "en", "--json"))
    assert second["recipient"] == first["recipient"]
    for name in ("1.age", "2.age"):
        plaintext = pyrage.decrypt((tmp_path / name).read_bytes(), [IDENTITY])
        assert "report.pdf" in zipfile.ZipFile(io.BytesIO(plaintext)).namelist()
    changes = [e for e in _audit(cli, seed) if e["action"] == "delivery.changed"]
    assert len(changes) == 1  # the second export used the stored key as it was


def test_words_and_the_pdf_format(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    result = ok_json(_export(cli, seed, out, "--format", "pdf", "--passphrase", "words", "--json"))
    assert len(result["passphrase"].split(" ")) == 6
    with pikepdf.open(out, password=result["passphrase"]) as pdf:
        assert "notes.csv" in pdf.attachments


def test_text_output_and_the_dry_run(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    out = tmp_path / "b.age"
    code, printed, err = _export(cli, seed, out, "--dry-run", "--json")
    preview = ok_json((code, printed, err))
    assert not out.exists()
    assert [f["path"] for f in preview["files"]][:3] == [
        "report.pdf",
        "MANIFEST.json",
        "MANIFEST.json.minisig",
    ]
    assert preview["records"] == {"contact": 1, "note": 1, "credential": 1, "record": 1}
    assert preview["special_care"] is False
    code, printed, err = _export(cli, seed, out)
    assert (code, err) == (0, "")
    lines = dict(line.split(": ", 1) for line in printed.splitlines())
    assert lines["path"] == str(out) and len(lines["passphrase"]) == 29


def test_arguments_are_checked_before_the_password(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    """Empty stdin: a refusal that got as far as the password prompt would say so."""
    existing = tmp_path / "taken.age"
    existing.write_bytes(b"mine")
    cases = [
        (("--recipient", "age1notakey"), "not an age public key"),
        (("--recipient", str(IDENTITY)), "secret key, which must stay with the client"),
        (("--recipient", KEY, "--passphrase", "digits"), "either --recipient or --passphrase"),
        (("--recipient", KEY, "--format", "pdf"), "leave out --recipient"),
        (("--format", "zip"), "Unknown bundle format"),
        (("--language", "fr"), "Unknown report language"),
        (("--passphrase", "emoji"), "Unknown passphrase style"),
    ]
    before = snapshot(seed.folder)
    for args, message in cases:
        cmd = ("export", "encrypted", "--client", seed.taro, "--out", str(tmp_path / "b.age"))
        assert_refused(cli(*cmd, *args, *at(seed.folder), stdin=""), 1, message)
    cmd = ("export", "encrypted", "--client", seed.taro, "--out", str(existing))
    assert_refused(cli(*cmd, *at(seed.folder), stdin=""), 1, "already exists at the output path")
    assert existing.read_bytes() == b"mine"
    assert snapshot(seed.folder) == before


def test_recipients_come_only_from_the_clients_contacts(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    out = str(tmp_path / "b.age")
    no_contact = ("export", "encrypted", "--client", seed.acme, "--out", out)
    assert_refused(cli(*no_contact, *at(seed.folder)), 1, "Choose the contact person")
    foreign = ("--contact", seed.note)
    refused = _export(cli, seed, tmp_path / "b.age", *foreign)
    assert_refused(refused, 1, "must be one of this client's contact records")
    assert_refused(
        cli(*no_contact, "--contact", seed.contact, *at(seed.folder), "--json"),
        1,
        "must be one of this client's contact records",
        as_json=True,
    )
    assert not (tmp_path / "b.age").exists()


def test_a_wrong_password_writes_nothing(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    out = tmp_path / "b.age"
    cmd = ("export", "encrypted", "--client", seed.taro, "--out", str(out))
    assert_refused(cli(*cmd, *at(seed.folder), stdin=PASSWORD + "x\n"), 2, "password is wrong")
    assert not out.exists()


def test_the_format_follows_format_then_the_extension_then_the_delivery(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    # No --format, no telling extension, a passphrase: the PDF every client can open.
    plain = ok_json(_export(cli, seed, tmp_path / "山田様へ", "--json"))
    assert plain["format"] == "pdf"
    with pikepdf.open(tmp_path / "山田様へ", password=plain["passphrase"]) as pdf:
        assert "contacts.csv" in pdf.attachments
    # The extension decides when --format is not given.
    assert ok_json(_export(cli, seed, tmp_path / "b.age", "--json"))["format"] == "age"
    # --format wins over the extension.
    forced = ok_json(_export(cli, seed, tmp_path / "c.bin", "--format", "age", "--json"))
    assert forced["format"] == "age"
    # A recipient key: age.
    keyed = ok_json(_export(cli, seed, tmp_path / "d", "--recipient", KEY, "--json"))
    assert keyed["format"] == "age"


def test_a_folder_as_out_names_the_file_from_the_label_or_neutrally(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    folder = tmp_path / "送付"
    folder.mkdir()
    labelled = ok_json(_export(cli, seed, folder, "--label", "山田/花子様", "--json"))
    neutral = ok_json(_export(cli, seed, folder, "--json"))
    named = Path(labelled["path"]).name
    assert named.startswith("山田_花子様-") and named.endswith(".pdf")  # no sub-folder
    assert Path(neutral["path"]).name.startswith("bundle-")
    assert sorted(p.name for p in folder.iterdir()) == sorted([named, Path(neutral["path"]).name])
    log = json.dumps(_audit(cli, seed), ensure_ascii=False)
    assert "花子様" not in log  # the label is in the file's name only


def test_a_label_needs_a_folder_and_fits_forty_characters(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    before = snapshot(seed.folder)
    assert_refused(
        _export(cli, seed, tmp_path / "b.pdf", "--label", "山田"), 1, "give a folder as --out"
    )
    assert_refused(_export(cli, seed, tmp_path, "--label", "あ" * 41), 1, "at most 40 characters")
    assert snapshot(seed.folder) == before
    assert list(tmp_path.glob("*.pdf")) == []
