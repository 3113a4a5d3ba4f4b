"""`clientvault export redacted`, as a script would run it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import CliRunner
from tests.vault.cli.helpers import (
    TARO_PHONE,
    WRONG_PASSWORD,
    Seed,
    assert_refused,
    at,
    ok_json,
)
from vault.redaction import operators
from vault.redaction.export import FILES, MANIFEST, RECORDS_JSON, REPORT_PDF, pdf_text
from vault.search import normalize

# What the seeded vault holds about 山田太郎's client and its people.
PERSONAL = (
    "山田",
    "太郎",
    "花子",
    "taro@yamada-design.jp",
    "t.yamada@example.com",
    "080-9876-5432",
)


def _export(cli: CliRunner, seed: Seed, out: Path, *args: str) -> tuple[int, str, str]:
    return cli(
        "export", "redacted", "--client", seed.taro, "--out", str(out), *args, *at(seed.folder)
    )


def _texts(folder: Path) -> dict[str, str]:
    return {
        name: pdf_text(data) if name == REPORT_PDF else data.decode("utf-8-sig")
        for name in FILES
        if (data := (folder / name).read_bytes())
    }


def test_export_writes_a_checked_bundle_and_prints_its_hash(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    result = ok_json(_export(cli, seed, tmp_path / "bundle", "--json"))
    folder = Path(result["path"])
    assert folder == tmp_path / "bundle"
    assert result["sha256"] == hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()
    assert result["records"] == 4
    # The client 山田太郎 is a person: his name is replaced as a name, and so is "yamada"
    # (the username), 山田花子's surname read by the dictionary.
    assert result["replacements"] == {"phone": 1, "name": 3}
    assert result["left_out"] == {
        "special_care_records": 0,
        "special_care_fields": 0,
        "secret_fields": 1,
    }
    for name, text in _texts(folder).items():
        folded = normalize(text)
        for value in (*PERSONAL, TARO_PHONE, "s3cret-pa55"):
            assert normalize(value) not in folded, (name, value)


def test_export_prints_readable_lines_without_json(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    code, out, err = _export(cli, seed, tmp_path / "bundle")
    assert code == 0, err
    assert f"path: {tmp_path / 'bundle'}" in out.splitlines()
    assert any(line.startswith("sha256: ") for line in out.splitlines())


def test_export_as_zip(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    result = ok_json(_export(cli, seed, tmp_path / "bundle.zip", "--zip", "--json"))
    data = Path(result["path"]).read_bytes()
    assert data.startswith(b"PK")
    assert result["sha256"] == hashlib.sha256(data).hexdigest()


def test_operators_and_records_can_be_chosen(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    chosen = ("--operator", "phone=remove", "--operator", "NAME=mask", "--record", seed.contact)
    result = ok_json(_export(cli, seed, tmp_path / "bundle", *chosen, "--json"))
    assert result["records"] == 1
    document = json.loads((tmp_path / "bundle" / RECORDS_JSON).read_text())
    values = {f["key"]: f["value"] for f in document["records"][0]["fields"]}
    assert values == {"name": "****", "phone": "[電話番号]"}
    assert document["operators"]["phone"] == "remove"


def test_extra_terms_are_redacted(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    result = ok_json(_export(cli, seed, tmp_path / "b", "--term", "レンタルサーバー", "--json"))
    assert result["replacements"]["term"] == 1
    assert "レンタルサーバー" not in (tmp_path / "b" / RECORDS_JSON).read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--operator", "phone"), "Operators are given as TYPE=OPERATOR"),
        (("--operator", "fax=mask"), "Unknown kind of personal data 'fax'"),
        (("--operator", "phone=hide"), "Unknown operator 'hide'"),
        (("--operator", "name=generalise"), "Only dates and addresses can be generalised"),
        (("--term", "x"), "at least two characters"),
        (("--term", "メモ"), "part of the wording of every bundle"),
    ],
)
def test_bad_options_are_refused_before_the_password(
    cli: CliRunner, seed: Seed, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    assert_refused(_export(cli, seed, tmp_path / "b", *args, "--json"), 1, message, as_json=True)
    assert not (tmp_path / "b").exists()


def test_an_existing_output_is_refused(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    (tmp_path / "b").write_text("mine")
    assert_refused(_export(cli, seed, tmp_path / "b"), 1, "already exists")
    assert (tmp_path / "b").read_text() == "mine"


def test_an_unknown_record_or_client_is_refused(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    other = ("--record", seed.acme)
    assert_refused(_export(cli, seed, tmp_path / "b", *other), 1, "among this client's records")
    code, out, err = cli(
        "export", "redacted", "--client", "nobody", "--out", str(tmp_path / "b"), *at(seed.folder)
    )
    assert_refused((code, out, err), 1, "No client with that id")
    assert not (tmp_path / "b").exists()


def test_a_leak_refuses_the_export_and_leaves_nothing(
    cli: CliRunner, seed: Seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(operators, "mask", lambda text: text)  # a broken operator
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = _export(cli, seed, out / "b", "--json")
    assert code == 1
    assert "suspect" in err and "9876" not in err
    found = json.loads(stdout)["suspects"]
    assert {"text": "080-9876-5432", "reason": "known phone"}.items() <= found[0].items()
    assert list(out.iterdir()) == []


def _add_note(cli: CliRunner, seed: Seed, title: str, body: str) -> None:
    args = ("record", "add", "--client", seed.taro, "--kind", "note", "--title", title)
    code, _out, err = cli(*args, "--field", f"body={body}", *at(seed.folder))
    assert code == 0, err


@pytest.fixture
def suspect(cli: CliRunner, seed: Seed) -> Seed:
    """A note the redactor leaves alone (a station) but the second opinion doubts: the
    station's name holds the surname of a known person (山田花子)."""
    _add_note(cli, seed, "場所", "山田町駅で待ち合わせ。")
    return seed


def test_the_gate_lists_each_suspect_with_its_reason_and_place(
    cli: CliRunner, suspect: Seed, tmp_path: Path
) -> None:
    code, stdout, err = _export(cli, suspect, tmp_path / "b", "--json")
    assert code == 1 and "1 suspect spans" in err
    assert json.loads(stdout)["suspects"] == [
        {"text": "山田", "reason": "known name", "record": "4. 場所", "field": "body"}
    ]
    assert not (tmp_path / "b").exists()


def test_a_kept_suspect_is_written_and_named_in_the_report_and_audit(
    cli: CliRunner, suspect: Seed, tmp_path: Path
) -> None:
    result = ok_json(_export(cli, suspect, tmp_path / "b", "--keep", "山田", "--json"))
    assert result["kept"] == ["山田"]
    report = (tmp_path / "b" / "report.md").read_text()
    assert "Kept after review**: 山田" in report
    assert "山田町駅" in (tmp_path / "b" / RECORDS_JSON).read_text()
    entries = ok_json(cli("audit", "show", *at(suspect.folder), "--json"))
    exported = [e for e in entries if e["action"] == "export.redacted"][-1]
    assert '"kept": "山田"' in json.dumps(exported, ensure_ascii=False).replace('\\"', '"')


def test_keep_suspects_writes_the_bundle_keeping_every_one(
    cli: CliRunner, suspect: Seed, tmp_path: Path
) -> None:
    result = ok_json(_export(cli, suspect, tmp_path / "b", "--keep-suspects", "--json"))
    assert result["kept"] == ["山田"]


def test_a_suspect_can_be_redacted_instead(cli: CliRunner, suspect: Seed, tmp_path: Path) -> None:
    ok_json(_export(cli, suspect, tmp_path / "b", "--redact", "山田町駅", "--json"))
    assert "山田町駅" not in (tmp_path / "b" / RECORDS_JSON).read_text()


def test_a_wrong_password_writes_nothing(cli: CliRunner, seed: Seed, tmp_path: Path) -> None:
    args = ("export", "redacted", "--client", seed.taro, "--out", str(tmp_path / "b"))
    assert_refused(cli(*args, *at(seed.folder), stdin=WRONG_PASSWORD + "\n"), 2, "wrong")
    assert not (tmp_path / "b").exists()


def test_a_review_page_for_the_client_holds_the_redacted_text_and_the_kept_phrases(
    cli: CliRunner, suspect: Seed, tmp_path: Path
) -> None:
    review = tmp_path / "公開前の確認.pdf"
    args = ("--keep", "山田", "--review-pdf", str(review), "--json")
    result = ok_json(_export(cli, suspect, tmp_path / "b", *args))
    assert result["review_pdf"] == str(review)
    assert review.stat().st_mode & 0o777 == 0o600
    text = normalize(pdf_text(review.read_bytes()))
    assert "before publishing" in text and "approved by" in text
    assert "山田町駅" in text and "山田" in text  # the kept phrase, as the bundle holds it
    for value in ("太郎", "花子", "taro@yamada-design.jp", "080-9876-5432"):
        assert normalize(value) not in text


def test_a_review_page_over_an_existing_file_is_refused_before_anything(
    cli: CliRunner, seed: Seed, tmp_path: Path
) -> None:
    taken = tmp_path / "exists.pdf"
    taken.write_bytes(b"")
    args = ("--review-pdf", str(taken), "--json")
    assert_refused(_export(cli, seed, tmp_path / "b", *args), 1, "already exists", as_json=True)
    assert not (tmp_path / "b").exists()
