"""The bundle's file name: the user's label made safe for any file system, or neutral."""

from __future__ import annotations

import pytest

from vault.errors import BadInput
from vault.sharing.bundle import BundleFormat
from vault.sharing.file_label import (
    DEFAULT_LABEL_CHARS,
    MAX_LABEL_CHARS,
    bundle_file_name,
    default_label,
    file_label,
)

CREATED = "2026-11-22T09:00:00+00:00"


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("山田商店", "山田商店"),
        ("株式会社 山田／見積", "株式会社 山田／見積"),  # a full-width slash is a plain character
        ("../../etc/passwd", "_.._etc_passwd"),  # never a folder, never hidden
        ('a<b>c:d"e\\f|g?h*i', "a_b_c_d_e_f_g_h_i"),
        ("evil\u202efdp.exe", "evilfdp.exe"),  # a right-to-left override cannot hide the type
        ("  many   spaces\tand\nlines  ", "many spaces and lines"),
        ("trailing dots...", "trailing dots"),
        (".hidden", "hidden"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_labels_are_made_safe_for_every_system(typed: str, label: str) -> None:
    assert file_label(typed) == label


def test_a_too_long_label_is_refused() -> None:
    assert file_label("あ" * MAX_LABEL_CHARS) == "あ" * MAX_LABEL_CHARS
    with pytest.raises(BadInput, match="at most 40 characters"):
        file_label("あ" * (MAX_LABEL_CHARS + 1))


def test_the_default_is_the_client_name_short() -> None:
    assert default_label("山田商店") == "山田商店"
    long_name = "株式会社山本デザイン事務所東京本社営業部第二課御中"
    assert default_label(long_name) == long_name[:DEFAULT_LABEL_CHARS]
    assert default_label("A/B Design") == "A_B Design"


def test_the_name_is_label_date_and_extension_or_neutral() -> None:
    assert bundle_file_name("山田商店", BundleFormat.PDF, CREATED) == "山田商店-2026-11-22.pdf"
    assert bundle_file_name("山田/商店", BundleFormat.AGE, CREATED) == "山田_商店-2026-11-22.age"
    assert bundle_file_name("", BundleFormat.PDF, CREATED) == "bundle-2026-11-22.pdf"
