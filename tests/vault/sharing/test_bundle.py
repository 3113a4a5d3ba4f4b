"""Age bundles: exactly what the preview showed, signed, one client only, streamed, atomic."""

from __future__ import annotations

import csv
import dataclasses
import errno
import hashlib
import io
import json
import os
import subprocess
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage  # type: ignore[import-untyped]
import pytest

from tests.conftest import require_tool
from tests.vault.sharing.helpers import CANARIES, PHOTO, QUOTE, Seeded, unpack
from vault.domain.model import Field, RecordKind
from vault.errors import BadInput, VaultTampered
from vault.keys.client_keys import ClientKeys
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing import contents as contents_module
from vault.sharing import output as output_module
from vault.sharing.bundle import BundleExporter, BundleFormat
from vault.sharing.passphrase import PassphraseStyle
from vault.sharing.report import Language, render_report
from vault.storage.layout import client_blob_dir

IDENTITY = pyrage.x25519.Identity.generate()
KEY = str(IDENTITY.to_public())
FILES = [
    "report.pdf",
    "MANIFEST.json",
    "MANIFEST.json.minisig",
    "data/client.json",
    "data/contacts.csv",
    "data/notes.csv",
    "data/credentials.csv",
    "data/records.csv",
    "data/attachments.csv",
    "files/見積書.pdf",
    "files/見積書 (2).PDF",
    "minisign.pub",
]


@pytest.fixture
def to_key(vault: Vault, seeded: Seeded) -> Seeded:
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, KEY)
    return seeded


@pytest.fixture
def to_passphrase(vault: Vault, seeded: Seeded) -> Seeded:
    Sharing(vault).delivery.set_passphrase(seeded.client, seeded.contact)
    return seeded


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _exports(vault: Vault) -> list[dict[str, Any]]:
    return [e.details for e in vault.audit.entries() if e.action == "export.encrypted"]


def test_the_preview_lists_exactly_what_goes_out(vault: Vault, to_key: Seeded) -> None:
    preview = Sharing(vault).bundles.preview(to_key.client)
    assert [f.path for f in preview.files] == FILES
    assert dict(preview.kinds) == {"contact": 1, "note": 1, "credential": 1, "record": 1}
    assert (preview.attachments, preview.left_out, preview.special_care) == (2, 0, True)
    sizes = {f.path: f.size for f in preview.files}
    assert (sizes["files/見積書.pdf"], sizes["files/見積書 (2).PDF"]) == (len(QUOTE), len(PHOTO))
    assert preview.total_size == sum(sizes.values())
    recipient = preview.recipient
    assert (recipient.mode.value, recipient.public_key) == ("age", KEY)
    assert recipient.contact.label == "山田花子 <hanako@example.jp>"
    assert (preview.client_name, preview.language, preview.format) == (
        "山田太郎",
        Language.JA,
        BundleFormat.AGE,
    )


def test_an_age_bundle_holds_the_previewed_files_signed_and_hashed(
    vault: Vault, to_key: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    preview = bundles.preview(to_key.client, language=Language.EN)
    out = tmp_path / "山田様.age"
    result = bundles.export(preview, out)

    encrypted = out.read_bytes()
    assert encrypted.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert (out.stat().st_mode & 0o777, result.size) == (0o600, len(encrypted))
    assert result.sha256 == hashlib.sha256(encrypted).hexdigest()
    assert result.passphrase is None
    files = unpack(pyrage.decrypt(encrypted, [IDENTITY]))
    assert list(files) == FILES
    for listed in preview.files:
        data = files[listed.path]
        assert (len(data), hashlib.sha256(data).hexdigest()) == (listed.size, listed.sha256)
    assert (files["files/見積書.pdf"], files["files/見積書 (2).PDF"]) == (QUOTE, PHOTO)

    manifest = json.loads(files["MANIFEST.json"])
    identity = vault.identity
    trusted = identity.verify(files["MANIFEST.json"], files["MANIFEST.json.minisig"].decode())
    assert trusted == f"ClientVault bundle client:{to_key.client} created_at:{preview.created_at}"
    assert manifest["client_id"] == to_key.client
    assert manifest["signing_key"] == identity.minisign_key
    assert files["minisign.pub"].decode() == identity.minisign_file()
    assert [(f["path"], f["size"], f["sha256"]) for f in manifest["files"]] == [
        (f.path, f.size, f.sha256) for f in preview.files if not f.path.startswith("MANIFEST")
    ]
    assert _exports(vault) == [
        {
            "format": "age",
            "recipient": "age",
            "contact": to_key.contact,
            "fingerprint": preview.recipient.fingerprint,
            "files": len(FILES),
            "sha256": result.sha256,
            "size": result.size,
            # What went out, by id (and version): an incident report reads it back.
            "records": ",".join(
                sorted(f"{r['id']}:1" for r in json.loads(files["data/client.json"])["records"])
            ),
            "attachments": ",".join(sorted(a.id for a in vault.attachments.list(to_key.client))),
        }
    ]
    assert _leftovers(tmp_path) == ["vault", "山田様.age"]


def test_the_data_files_hold_every_record_and_neutralise_formulas(
    vault: Vault, to_key: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    bundles.export(bundles.preview(to_key.client), tmp_path / "b.age")
    files = unpack(pyrage.decrypt((tmp_path / "b.age").read_bytes(), [IDENTITY]))

    data = json.loads(files["data/client.json"])
    assert data["client"]["name"] == "山田太郎"
    assert data["client"]["files"] == ["files/見積書.pdf"]
    titles = {r["title"]: r for r in data["records"]}
    assert set(titles) == {"経理担当", "打ち合わせ", "レンタルサーバー", "健康診断の結果"}
    assert titles["経理担当"]["files"] == ["files/見積書 (2).PDF"]
    assert {"key": "password", "value": "s3cret-pa55", "type": "secret"} in titles[
        "レンタルサーバー"
    ]["fields"]
    assert titles["健康診断の結果"]["sensitivity"] == "special-care"

    notes = files["data/notes.csv"]
    assert notes.startswith(b"\xef\xbb\xbf") and b"\r\n" in notes  # Excel: UTF-8 BOM, CRLF
    rows = list(csv.reader(io.StringIO(notes.decode("utf-8-sig"))))
    assert rows[0][:2] == ["id", "title"] and rows[0][-2:] == ["body", "attachments"]
    assert rows[1][-2] == '\'=HYPERLINK("http://x") ロゴは青系で'
    records = list(csv.reader(io.StringIO(files["data/records.csv"].decode("utf-8-sig"))))
    assert records[1][records[0].index("金額")] == "'-120000"
    contacts = list(csv.reader(io.StringIO(files["data/contacts.csv"].decode("utf-8-sig"))))
    assert contacts[0][6:] == ["name", "email", "attachments"]
    assert contacts[1][6:] == ["山田花子", "hanako@example.jp", "files/見積書 (2).PDF"]


def test_the_json_files_are_what_json_dumps_writes(
    vault: Vault, to_key: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON is encoded a few pieces at a time (few here, to join many batches), to the
    very bytes `json.dumps(..., ensure_ascii=False, indent=2)` gives, plus a newline."""
    monkeypatch.setattr(contents_module, "JSON_PIECES", 3)
    bundles = Sharing(vault).bundles
    bundles.export(bundles.preview(to_key.client), tmp_path / "b.age")
    files = unpack(pyrage.decrypt((tmp_path / "b.age").read_bytes(), [IDENTITY]))
    for name in ("data/client.json", "MANIFEST.json"):
        document = json.loads(files[name])
        assert files[name] == (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    assert "山田太郎" in files["data/client.json"].decode()


def test_a_bundle_never_holds_another_clients_data(
    vault: Vault, to_key: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the one client's key is asked for, and no value of the other client (its
    canaries, in any file, the report's text included) reaches the bundle."""
    pdftotext = require_tool("pdftotext")
    asked: set[str] = set()

    def spy(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(self: ClientKeys, client_id: str, *args: Any) -> Any:
            asked.add(client_id)
            return original(self, client_id, *args)

        return wrapper

    monkeypatch.setattr(ClientKeys, "sealer", spy(ClientKeys.sealer))
    monkeypatch.setattr(ClientKeys, "unwrap", spy(ClientKeys.unwrap))
    bundles = Sharing(vault).bundles
    bundles.export(bundles.preview(to_key.client), tmp_path / "b.age")
    assert asked == {to_key.client}

    files = unpack(pyrage.decrypt((tmp_path / "b.age").read_bytes(), [IDENTITY]))
    (tmp_path / "report.pdf").write_bytes(files["report.pdf"])
    report_text = subprocess.run(
        [pdftotext, str(tmp_path / "report.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "山田太郎" in report_text and "山田花子" in report_text
    haystacks = [*files.values(), *(name.encode() for name in files), report_text.encode()]
    for canary in CANARIES:
        for haystack in haystacks:
            assert canary.encode() not in haystack
            assert canary.encode("utf-16-be") not in haystack


def test_a_passphrase_bundle_opens_with_the_passphrase_shown_once(
    vault: Vault, to_passphrase: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    out = tmp_path / "bundle.age"
    result = bundles.export(bundles.preview(to_passphrase.client), out)
    passphrase = result.passphrase
    assert passphrase is not None and passphrase.style is PassphraseStyle.DIGITS
    encrypted = out.read_bytes()
    assert encrypted.startswith(b"age-encryption.org/v1\n-> scrypt ")
    files = unpack(pyrage.passphrase.decrypt(encrypted, passphrase.text))
    assert list(files) == FILES
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(encrypted, "0000-0000-0000-0000-0000-0000")

    told = Sharing(vault).delivery.passphrase(to_passphrase.client)
    assert (told.passphrase, told.bundle_sha256) == (passphrase, result.sha256)
    secret = passphrase.text.encode()
    assert all(
        secret not in data and passphrase.groups[0] not in name for name, data in files.items()
    )
    assert secret not in encrypted and passphrase.text not in str(out)
    log = json.dumps([e.to_json() for e in vault.audit.entries()])
    assert passphrase.text not in log and "".join(passphrase.groups) not in log
    assert _exports(vault)[0]["recipient"] == "passphrase"


def test_every_bundle_gets_a_new_passphrase(
    vault: Vault, to_passphrase: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    first = bundles.export(bundles.preview(to_passphrase.client), tmp_path / "1.age")
    second = bundles.export(bundles.preview(to_passphrase.client), tmp_path / "2.age")
    assert first.passphrase != second.passphrase
    assert Sharing(vault).delivery.passphrase(to_passphrase.client).passphrase == second.passphrase


def test_a_preview_that_no_longer_matches_is_refused(
    vault: Vault, to_key: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    preview = bundles.preview(to_key.client)
    vault.clients.add_record(to_key.client, RecordKind.NOTE, "後から", [Field("body", "x")])
    with pytest.raises(BadInput, match="changed after the preview; nothing was exported"):
        bundles.export(preview, tmp_path / "b.age")
    preview = bundles.preview(to_key.client)
    Sharing(vault).delivery.set_passphrase(to_key.client, to_key.contact)  # another recipient
    with pytest.raises(BadInput, match="changed after the preview"):
        bundles.export(preview, tmp_path / "b.age")
    assert _leftovers(tmp_path) == ["vault"]
    assert _exports(vault) == []


@pytest.mark.parametrize("passphrase", [False, True], ids=["age-key", "passphrase"])
def test_a_cancel_leaves_nothing_behind(
    vault: Vault, seeded: Seeded, tmp_path: Path, passphrase: bool
) -> None:
    delivery = Sharing(vault).delivery
    if passphrase:
        delivery.set_passphrase(seeded.client, seeded.contact)
    else:
        delivery.set_age(seeded.client, seeded.contact, KEY)
    bundles = Sharing(vault).bundles
    preview = bundles.preview(seeded.client)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2

    with pytest.raises(BadInput, match=r"^Cancelled; nothing was exported\.$"):
        bundles.export(preview, tmp_path / "b.age", progress=progress)
    assert _leftovers(tmp_path) == ["vault"]
    assert _exports(vault) == []
    assert not delivery.get(seeded.client).has_passphrase  # type: ignore[union-attr]
    assert seen[-1][0] >= preview.total_size // 2 and {t for _, t in seen} == {preview.total_size}


def test_progress_runs_up_to_the_total(vault: Vault, to_key: Seeded, tmp_path: Path) -> None:
    bundles = Sharing(vault).bundles
    preview = bundles.preview(to_key.client)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return total == preview.total_size

    bundles.export(preview, tmp_path / "b.age", progress=progress)
    assert seen == sorted(seen) and seen[-1] == preview.total_size


def test_an_existing_file_is_never_overwritten(
    vault: Vault, to_key: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "b.age"
    out.write_bytes(b"mine")
    bundles = Sharing(vault).bundles
    with pytest.raises(BadInput, match="already exists at the output path"):
        bundles.export(bundles.preview(to_key.client), out)
    with pytest.raises(BadInput, match="folder for the output file does not exist"):
        bundles.export(bundles.preview(to_key.client), tmp_path / "missing" / "b.age")
    assert out.read_bytes() == b"mine"
    assert _exports(vault) == []


@pytest.mark.parametrize("passphrase", [False, True], ids=["age-key", "passphrase"])
def test_a_tampered_attachment_stops_the_export(
    vault: Vault, seeded: Seeded, tmp_path: Path, passphrase: bool
) -> None:
    delivery = Sharing(vault).delivery
    if passphrase:
        delivery.set_passphrase(seeded.client, seeded.contact)
    else:
        delivery.set_age(seeded.client, seeded.contact, KEY)
    blob = next(client_blob_dir(vault.folder, seeded.client).iterdir())
    data = bytearray(blob.read_bytes())
    data[-40] ^= 1
    blob.write_bytes(bytes(data))
    bundles = Sharing(vault).bundles
    with pytest.raises(VaultTampered):
        bundles.export(bundles.preview(seeded.client), tmp_path / "b.age")
    assert _leftovers(tmp_path) == ["vault"]
    assert _exports(vault) == []


@pytest.mark.parametrize("change", ["swapped", "cut"])
def test_a_swapped_or_cut_blob_stops_the_export(
    vault: Vault, to_key: Seeded, tmp_path: Path, change: str
) -> None:
    """Attachments are not hashed again on export: AES-GCM binds every chunk to its
    attachment, index and place, so a blob of the same client and size under the
    wrong name fails like an edited one, before any hash could have been compared."""
    first = vault.attachments.add(to_key.client, io.BytesIO(b"A" * 5000), "a.bin")
    second = vault.attachments.add(to_key.client, io.BytesIO(b"B" * 5000), "b.bin")
    folder = client_blob_dir(vault.folder, to_key.client)
    target = folder / second.id
    if change == "swapped":
        target.write_bytes((folder / first.id).read_bytes())
        reason = "comes from another file"
    else:
        target.write_bytes(target.read_bytes()[:-10])
        reason = "truncated"
    bundles = Sharing(vault).bundles
    with pytest.raises(VaultTampered, match=reason):
        bundles.export(bundles.preview(to_key.client), tmp_path / "b.age")
    assert _leftovers(tmp_path) == ["vault"]
    assert _exports(vault) == []


def test_the_report_is_rendered_once_for_a_preview_and_its_export(
    vault: Vault, to_key: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export reuses the report the preview rendered (same content, same bytes);
    a preview without it gets a new rendering, byte for byte the same."""
    rendered: list[bytes] = []

    def counted(*args: Any) -> bytes:
        rendered.append(render_report(*args))
        return rendered[-1]

    monkeypatch.setattr("vault.sharing.bundle.render_report", counted)
    bundles = Sharing(vault).bundles
    preview = bundles.preview(to_key.client)
    bundles.export(preview, tmp_path / "reused.age")
    assert len(rendered) == 1
    bundles.export(dataclasses.replace(preview, report=None), tmp_path / "again.age")
    assert len(rendered) == 2 and rendered[0] == rendered[1]
    reports = [
        unpack(pyrage.decrypt((tmp_path / name).read_bytes(), [IDENTITY]))["report.pdf"]
        for name in ("reused.age", "again.age")
    ]
    assert reports == [rendered[0], rendered[0]]


@pytest.mark.parametrize(("call", "helper"), [("write", "bundle-write"), ("fsync", "bundle-sync")])
def test_a_failing_disk_on_a_helper_thread_leaves_nothing_behind(
    vault: Vault,
    to_key: Seeded,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    call: str,
    helper: str,
) -> None:
    """The file is written and synced off the encrypting thread; a failure there still
    stops the export. An early sync's error must not be lost: after it, the final
    fsync may report success."""
    vault.attachments.add(to_key.client, io.BytesIO(os.urandom(3 << 20)), "big.bin")
    monkeypatch.setattr(output_module, "SYNC_EVERY", 1 << 20)
    original = getattr(os, call)

    def failing(fd: int, *args: Any) -> Any:
        if threading.current_thread().name.startswith(helper):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return original(fd, *args)

    monkeypatch.setattr(os, call, failing)
    bundles = Sharing(vault).bundles
    with pytest.raises(BadInput, match=r"cannot be written \(No space left on device\)"):
        bundles.export(bundles.preview(to_key.client), tmp_path / "b.age")
    monkeypatch.undo()
    assert _leftovers(tmp_path) == ["vault"]
    assert _exports(vault) == []
    assert not any(t.name.startswith("bundle-") for t in threading.enumerate())


def test_a_client_needs_a_delivery_setting_and_a_living_contact(
    vault: Vault, seeded: Seeded
) -> None:
    bundles = Sharing(vault).bundles
    with pytest.raises(BadInput, match="no delivery setting"):
        bundles.preview(seeded.client)
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, KEY)
    vault.clients.delete_record(seeded.contact)
    with pytest.raises(BadInput, match="was deleted; choose another"):
        bundles.preview(seeded.client)
    with pytest.raises(BadInput, match="No client with that id"):
        bundles.preview("no-such-client")


@pytest.mark.parametrize("passphrase", [False, True], ids=["age-key", "passphrase"])
def test_a_large_attachment_streams_through_a_few_mib(
    vault: Vault,
    seeded: Seeded,
    tmp_path: Path,
    passphrase: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 48 MiB attachment never sits in memory whole: the zip, the encryption and the
    hashing work chunk by chunk (the benchmarks check a 1 GB bundle against the RSS)."""
    delivery = Sharing(vault).delivery
    if passphrase:
        delivery.set_passphrase(seeded.client, seeded.contact)
    else:
        delivery.set_age(seeded.client, seeded.contact, KEY)
    block = bytes(range(256)) * 4096  # 1 MiB
    source = tmp_path / "big.bin"
    with source.open("wb") as handle:
        for _ in range(48):
            handle.write(block)
    vault.attachments.add(seeded.client, source, "動画.mp4")
    source.unlink()
    write_age = BundleExporter._write_age

    def measured(self: BundleExporter, *args: Any) -> None:
        tracemalloc.reset_peak()  # planning (the report's font) is done: measure the writing
        write_age(self, *args)
        peaks.append(tracemalloc.get_traced_memory()[1])

    peaks: list[int] = []
    monkeypatch.setattr(BundleExporter, "_write_age", measured)
    bundles = Sharing(vault).bundles
    preview = bundles.preview(seeded.client)
    tracemalloc.start()
    try:
        result = bundles.export(preview, tmp_path / "big.age")
    finally:
        tracemalloc.stop()
    assert peaks[0] < 16 << 20, peaks  # a third of the attachment: nothing is held whole
    encrypted = (tmp_path / "big.age").read_bytes()
    # Written and hashed in 1 MiB batches on a helper thread: in order, every byte.
    assert (result.size, result.sha256) == (len(encrypted), hashlib.sha256(encrypted).hexdigest())
    if result.passphrase is None:
        plaintext = pyrage.decrypt(encrypted, [IDENTITY])
    else:
        plaintext = pyrage.passphrase.decrypt(encrypted, result.passphrase.text)
    assert unpack(plaintext)["files/動画.mp4"] == block * 48
