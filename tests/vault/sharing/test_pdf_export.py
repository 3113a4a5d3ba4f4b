"""The encrypted PDF: AES-256 (R6), the report with the CSV and files attached, a passphrase per
file; above a stated size the files stay out and the report says so."""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path

import pikepdf
import pyrage  # type: ignore[import-untyped]
import pytest
from pikepdf.models import EncryptionMethod

from tests.vault.sharing.helpers import PHOTO, QUOTE, Seeded
from vault.errors import BadInput
from vault.session import Vault
from vault.sharing import Sharing, bundle
from vault.sharing.bundle import BundleFormat
from vault.sharing.pdf_export import encrypted_pdf
from vault.sharing.report import Language


@pytest.fixture
def to_passphrase(vault: Vault, seeded: Seeded) -> Seeded:
    Sharing(vault).delivery.set_passphrase(seeded.client, seeded.contact)
    return seeded


def test_the_pdf_holds_the_report_the_csv_and_the_client_s_files(
    vault: Vault, to_passphrase: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    preview = bundles.preview(to_passphrase.client, format=BundleFormat.PDF, language=Language.EN)
    assert [f.path for f in preview.files] == [
        "report.pdf",
        "contacts.csv",
        "notes.csv",
        "credentials.csv",
        "records.csv",
        "attachments.csv",
        "見積書.pdf",
        "見積書 (2).PDF",
    ]
    assert (preview.attachments, preview.left_out, preview.special_care) == (2, 0, True)
    out = tmp_path / "山田様.pdf"
    result = bundles.export(preview, out)
    assert result.passphrase is not None
    encrypted = out.read_bytes()
    assert result.sha256 == hashlib.sha256(encrypted).hexdigest()
    assert "山田花子".encode("utf-16-be") not in encrypted and b"hanako@" not in encrypted

    with pikepdf.open(out, password=result.passphrase.text) as pdf:
        assert (pdf.encryption.R, pdf.encryption.stream_method) == (
            6,
            EncryptionMethod.aesv3,
        )
        assert pdf.is_encrypted
        attached = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
        file_id = bytes(pdf.trailer.ID[0])
    expected = {f.path: f.sha256 for f in preview.files[1:]}
    assert {n: hashlib.sha256(d).hexdigest() for n, d in attached.items()} == expected
    assert attached["notes.csv"].startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in attached["notes.csv"].decode("utf-8-sig")
    # The /ID stays readable in an encrypted PDF: it must not be the report's content hash.
    assert file_id.hex() not in preview.files[0].sha256
    assert Sharing(vault).delivery.passphrase(to_passphrase.client).passphrase == result.passphrase
    entry = vault.audit.entries()[-2]
    assert (entry.action, entry.details["format"], entry.details["recipient"]) == (
        "export.encrypted",
        "pdf",
        "passphrase",
    )


def test_qpdf_lists_the_files_and_above_the_limit_they_stay_out(
    vault: Vault, to_passphrase: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundles = Sharing(vault).bundles
    out = tmp_path / "b.pdf"
    result = bundles.export(bundles.preview(to_passphrase.client, format=BundleFormat.PDF), out)
    assert result.passphrase is not None
    listed = subprocess.run(
        ["qpdf", f"--password={result.passphrase.text}", "--list-attachments", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "見積書.pdf" in listed and "attachments.csv" in listed

    monkeypatch.setattr(bundle, "PDF_FILES_LIMIT", len(QUOTE) + len(PHOTO) - 1)
    preview = bundles.preview(to_passphrase.client, format=BundleFormat.PDF)
    assert preview.left_out == 2
    assert [f.path for f in preview.files][-1] == "attachments.csv"


def test_the_pdf_does_not_open_without_its_passphrase(
    vault: Vault, to_passphrase: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    out = tmp_path / "b.pdf"
    bundles.export(bundles.preview(to_passphrase.client, format=BundleFormat.PDF), out)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out, password="0000-0000-0000-0000-0000-0000")


def test_a_client_with_an_age_key_gets_no_pdf(vault: Vault, seeded: Seeded) -> None:
    key = str(pyrage.x25519.Identity.generate().to_public())
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, key)
    with pytest.raises(BadInput, match="An encrypted PDF opens with a passphrase"):
        Sharing(vault).bundles.preview(seeded.client, format=BundleFormat.PDF)


def test_a_cancelled_pdf_leaves_nothing(
    vault: Vault, to_passphrase: Seeded, tmp_path: Path
) -> None:
    bundles = Sharing(vault).bundles
    preview = bundles.preview(to_passphrase.client, format=BundleFormat.PDF)
    with pytest.raises(BadInput, match="Cancelled; nothing was exported"):
        bundles.export(preview, tmp_path / "b.pdf", progress=lambda done, total: False)
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]


def test_encrypted_pdf_on_its_own() -> None:
    from vault.pdf import PdfDocument

    document = PdfDocument(title="t")
    document.paragraph("山田太郎")
    data = encrypted_pdf(document.render(), [("a.csv", b"x,y\r\n")], "1234-5678")
    with pikepdf.open(io.BytesIO(data), password="1234-5678") as pdf:
        assert pdf.encryption.R == 6
        assert pdf.attachments["a.csv"].get_file().read_bytes() == b"x,y\r\n"
