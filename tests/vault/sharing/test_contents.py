"""What a bundle holds: CSV cells a spreadsheet would run, file names safe everywhere."""

from __future__ import annotations

import csv
import io

from vault.sharing.contents import csv_bytes, file_paths


def test_csv_cells_that_a_spreadsheet_would_run_are_prefixed() -> None:
    risky = ["=1+1", "+81 3", "-2", "@SUM(A1)", "\tx", "\rx"]
    safe = ["1", "a=b", "山田", ""]
    text = csv_bytes(["=header"], [[*risky, *safe]]).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text)))
    assert header == ["'=header"]
    assert row == [*("'" + cell for cell in risky), *safe]


def test_file_names_are_safe_to_unpack_anywhere() -> None:
    names = [
        "見積書.pdf",
        "見積書.PDF",
        "見積書.pdf",
        'a:b*c?"d<e>f|g.txt',
        "CON.txt",
        "invoice\u202efdp.exe",
        "trailing. . ",
        "...",
        "nul",
        "あ" * 83 + ".pdf",  # 253 bytes: the duplicate's suffix must cut the stem
        "あ" * 83 + ".pdf",
    ]
    paths = file_paths(names)
    assert paths[:9] == [
        "files/見積書.pdf",
        "files/見積書 (2).PDF",
        "files/見積書 (3).pdf",
        "files/a_b_c__d_e_f_g.txt",
        "files/_CON.txt",
        "files/invoice_fdp.exe",
        "files/trailing",
        "files/file",
        "files/_nul",
    ]
    assert all(len(p.removeprefix("files/").encode()) <= 255 for p in paths)
    assert paths[10].endswith(" (2).pdf") and paths[9] != paths[10]


def test_a_full_width_formula_sign_is_prefixed_too() -> None:
    """Excel reads full-width equals and plus signs (as an input method types them) as
    formula signs."""
    text = csv_bytes(["h"], [["＝SUM(A1)", "＋81 3", "ＡＢＣ"]]).decode("utf-8-sig")
    _header, row = list(csv.reader(io.StringIO(text)))
    assert row == ["'＝SUM(A1)", "'＋81 3", "ＡＢＣ"]
