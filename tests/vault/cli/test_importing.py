"""`clientvault import clients`: round trips, --dry-run, --map, and bad files changing nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json, snapshot
from tests.vault.importing.files import HEADER, ROWS, csv_bytes, simple_xlsx, write_workbook


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture
def sjis_list(files: Path) -> Path:
    """What Japanese Excel saves as "CSV (comma delimited)": Shift_JIS, CRLF."""
    path = files / "顧客一覧.csv"
    taro = ["山田太郎", "", "", "taro@yamada-design.jp", "", "", "", ""]  # already in the vault
    path.write_bytes(csv_bytes([HEADER, *ROWS, taro], "cp932"))
    return path


def import_argv(seed: Seed, path: Path, *extra: str) -> list[str]:
    return ["import", "clients", str(path), *at(seed.folder), *extra]


def test_a_shift_jis_list_round_trips_in_json(cli: CliRunner, seed: Seed, sjis_list: Path) -> None:
    result = ok_json(cli(*import_argv(seed, sjis_list, "--json")))
    assert (result["format"], result["encoding"], result["dry_run"]) == (
        "csv",
        "Shift_JIS (CP932)",
        False,
    )
    assert (result["rows"], result["clients"], result["contacts"]) == (3, 2, 2)
    assert (result["duplicates"], result["problems"]) == (1, 0)
    assert result["duplicate_rows"] == [{"row": 4, "of_row": None, "of_client": seed.taro}]
    assert result["columns"]["client_name"] == ["会社名"]
    assert result["preview"][0]["values"]["client_name"] == "株式会社髙橋デザイン"
    assert result["source"] == {
        "path": str(sjis_list),
        "deleted": False,
        "note": result["source"]["note"],
    }
    assert "plaintext" in result["source"]["note"]
    assert sjis_list.exists()

    listed = ok_json(cli("client", "list", *at(seed.folder), "--json"))
    names = sorted(c["name"] for c in listed)
    assert names == sorted(["山田太郎", "Acme Studio", "株式会社髙橋デザイン", "山田商店"])
    takahashi = next(c for c in listed if c["name"] == "株式会社髙橋デザイン")
    assert takahashi["records"] == 1

    entries = ok_json(cli("audit", "show", *at(seed.folder), "--json"))
    imported = [e for e in entries if e["action"] == "clients.imported"]
    assert [e["details"] for e in imported] == [
        {"rows": 3, "clients": 2, "contacts": 2, "duplicates": 1, "problems": 0, "incomplete": 0}
    ]
    assert "髙橋" not in json.dumps(entries, ensure_ascii=False)


def test_a_dry_run_shows_the_same_counts_and_changes_nothing(
    cli: CliRunner, seed: Seed, sjis_list: Path
) -> None:
    before = snapshot(seed.folder)
    result = ok_json(cli(*import_argv(seed, sjis_list, "--dry-run", "--json")))
    assert (result["dry_run"], result["clients"], result["duplicates"]) == (True, 2, 1)
    assert result["source"]["note"] is None
    assert snapshot(seed.folder) == before


def test_text_output_shows_the_preview_problems_and_counts(
    cli: CliRunner, seed: Seed, files: Path
) -> None:
    path = files / "list.csv"
    path.write_bytes(csv_bytes([["会社名", "メール"], ["A社", "a@example.jp"], ["B社", "nope"]]))
    code, out, err = cli(*import_argv(seed, path, "--dry-run"))
    assert (code, err) == (0, "")
    assert "  row 2: client_name=A社  email=a@example.jp\n" in out
    assert "  row 3: client_name=B社  email=nope (problem)\n" in out
    assert (
        "problem: row 3 (email): Field 'e-mail' is not an e-mail address. (imported without it)\n"
    ) in out
    assert out.startswith("preview:\n")
    lines = dict(line.split(": ", 1) for line in out.splitlines()[1:] if line[0] != " ")
    assert (lines["clients"], lines["problems"], lines["encoding"]) == ("2", "0", "UTF-8")
    assert lines["imported_without_a_value"] == "1"


def test_a_map_names_columns_the_guess_cannot(cli: CliRunner, seed: Seed, files: Path) -> None:
    path = files / "export.csv"
    path.write_bytes(csv_bytes([["c1", "c2", "c3"], ["北斗工業", "hokuto@example.jp", "メモ"]]))
    before = snapshot(seed.folder)
    assert_refused(
        cli(*import_argv(seed, path), stdin=""), 1, "No column was recognised as the client name"
    )
    assert snapshot(seed.folder) == before
    column_map = json.dumps({"client_name": 1, "email": "c2", "notes": 3}, ensure_ascii=False)
    result = ok_json(cli(*import_argv(seed, path, "--map", column_map, "--json")))
    assert result["columns"] == {"client_name": ["c1"], "email": ["c2"], "notes": ["c3"]}
    listed = ok_json(cli("client", "list", *at(seed.folder), "--json"))
    hokuto = next(c for c in listed if c["name"] == "北斗工業")
    assert hokuto["emails"] == ["hokuto@example.jp"]


def test_a_chosen_sheet_of_a_workbook(cli: CliRunner, seed: Seed, files: Path) -> None:
    path = write_workbook(files / "book.xlsx", {"表紙": [["表紙"]], "顧客": [HEADER, *ROWS]})
    result = ok_json(cli(*import_argv(seed, path, "--sheet", "顧客", "--json")))
    assert (result["format"], result["clients"]) == ("xlsx", 2)


def test_delete_source_overwrites_and_deletes_after_the_import(
    cli: CliRunner, seed: Seed, sjis_list: Path
) -> None:
    result = ok_json(cli(*import_argv(seed, sjis_list, "--delete-source", "--json")))
    assert result["source"]["deleted"] is True
    assert "cannot be guaranteed" in result["source"]["note"]
    assert not sjis_list.exists()


def _zip_bomb() -> bytes:
    return simple_xlsx(["会社名"], extra={"xl/media/zeros.bin": bytes(8 << 20)})


def _with_part(name: str) -> bytes:
    return simple_xlsx(["会社名"], ["A社"], extra={name: b"x"})


# Refused before the password is asked for: stdin is empty, so asking would fail differently.
BEFORE_UNLOCK: dict[str, tuple[bytes | None, tuple[str, ...], str]] = {
    "a missing file": (None, (), r"The file to import does not exist\."),
    "an empty file": (b"", (), r"no header row"),
    "a zip bomb disguised as XLSX": (_zip_bomb(), (), r"\(a zip bomb\); it was not opened"),
    "path traversal": (_with_part("../../.bashrc"), (), r"\(path traversal\)"),
    "macros": (_with_part("xl/vbaProject.bin"), (), r"contains macros"),
    "links to other workbooks": (
        _with_part("xl/externalLinks/externalLink1.xml"),
        (),
        r"links to other workbooks",
    ),
    "NUL bytes in the header": (b"\x00\x00PK", (), r"Row 1 contains a NUL byte"),
    "UTF-16": ("会社名\r\n".encode("utf-16"), (), r"UTF-16"),
    "a legacy .xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), (), r"old \.xls"),
    "bad JSON in --map": (b"a\r\n", ("--map", "{client_name: 1}"), r"not valid JSON"),
    "an unknown role in --map": (b"a\r\n", ("--map", '{"company": 1}'), r"unknown role"),
    "a column beyond the file": (
        "会社名\r\n".encode(),
        ("--map", '{"email": 3}'),
        r"gives email column 3, but the file has 1 columns",
    ),
    "--sheet on a CSV": ("会社名\r\n".encode(), ("--sheet", "x"), r"only be chosen in an Excel"),
    "--dry-run with --delete-source": (
        "会社名\r\n".encode(),
        ("--dry-run", "--delete-source"),
        r"drop --dry-run",
    ),
}


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize(
    ("data", "extra", "message"), BEFORE_UNLOCK.values(), ids=list(BEFORE_UNLOCK.keys())
)
def test_bad_files_and_arguments_are_refused_before_the_password(
    cli: CliRunner,
    seed: Seed,
    files: Path,
    data: bytes | None,
    extra: tuple[str, ...],
    message: str,
    as_json: bool,
) -> None:
    path = files / "list.xlsx"
    if data is not None:
        path.write_bytes(data)
    before = snapshot(seed.folder)
    flags = ["--json"] if as_json else []
    result = cli(*import_argv(seed, path, *extra, *flags), stdin="")
    assert_refused(result, 1, message, as_json=as_json)
    assert snapshot(seed.folder) == before
    assert path.exists() == (data is not None)  # never deleted


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        (b"C\xe7\xa4,x\r\n", r"Row 4 is not valid UTF-8 text"),
        (b"C,\x00\r\n", r"Row 4 contains a NUL byte"),
        (b"C," + b"x" * 40_000 + b"\r\n", r"Row 4, column 2 holds more than 32,768 characters"),
        (b'C,"=1+2\r\n', r"Row 4 is not well-formed CSV"),
    ],
    ids=["broken-encoding", "nul", "huge-cell", "unclosed-quote"],
)
def test_hostile_rows_found_while_importing_change_nothing(
    cli: CliRunner, seed: Seed, files: Path, tail: bytes, message: str
) -> None:
    path = files / "list.csv"
    path.write_bytes(csv_bytes([["会社名", "メモ"], ["A社", "x"], ["B社", "y"]]) + tail)
    before = snapshot(seed.folder)
    assert_refused(cli(*import_argv(seed, path, "--delete-source")), 1, message)
    assert snapshot(seed.folder) == before
    assert path.exists()


def test_a_damaged_workbook_changes_nothing(cli: CliRunner, seed: Seed, files: Path) -> None:
    path = files / "list.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    before = snapshot(seed.folder)
    assert_refused(cli(*import_argv(seed, path), stdin=""), 1, r"damaged or not an Excel file")
    assert snapshot(seed.folder) == before


def test_the_import_group_needs_its_subcommand(cli: CliRunner, seed: Seed) -> None:
    assert_refused(cli("import", *at(seed.folder), stdin=""), 1, r"\{clients\}")
    assert_refused(cli("import", "clients", *at(seed.folder), stdin=""), 1, r"required: FILE")
