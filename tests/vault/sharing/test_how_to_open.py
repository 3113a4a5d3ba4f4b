"""The note for the mail: the right program, where the files are, the passphrase by phone."""

from __future__ import annotations

from vault.sharing.bundle import BundleFormat
from vault.sharing.delivery import DeliveryMode
from vault.sharing.how_to_open import how_to_open, pdf_files_limit_mb
from vault.sharing.report import Language


def test_a_pdf_note_names_ordinary_viewers_and_the_attachments_panel() -> None:
    ja = how_to_open(BundleFormat.PDF, DeliveryMode.PASSPHRASE, "山田様.pdf", Language.JA)
    assert "「山田様.pdf」" in ja and "Acrobat" in ja and "添付ファイル欄" in ja
    assert "SMS" in ja and "age" not in ja
    en = how_to_open(BundleFormat.PDF, DeliveryMode.PASSPHRASE, "a.pdf", Language.EN)
    assert "attachments panel" in en and "phone or SMS" in en


def test_an_age_note_says_how_to_run_age_for_each_mode() -> None:
    by_passphrase = how_to_open(BundleFormat.AGE, DeliveryMode.PASSPHRASE, "b.age", Language.EN)
    assert "age -d -o bundle.zip b.age" in by_passphrase and "SMS" in by_passphrase
    by_key = how_to_open(BundleFormat.AGE, DeliveryMode.AGE, "b.age", Language.JA)
    assert "age -d -i" in by_key and "SMS" not in by_key and "report.pdf" in by_key


def test_the_limit_is_stated_in_mb() -> None:
    assert pdf_files_limit_mb() == 20
