"""`record add` offers the special-care sensitivity when the text looks special-care:
exit 1 naming the term unless --sensitivity is given; a record kept below special-care
anyway is named in the audit log (the record, not the term)."""

from __future__ import annotations

import json

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json


def _add(cli: CliRunner, seed: Seed, *extra: str) -> tuple[int, str, str]:
    return cli(
        "record",
        "add",
        "--client",
        seed.acme,
        "--kind",
        "note",
        "--title",
        "面談メモ",
        "--field",
        "body=うつ病で抗うつ薬を服用中とのこと。",
        *extra,
        *at(seed.folder),
    )


def test_special_care_text_needs_a_sensitivity(cli: CliRunner, seed: Seed) -> None:
    err = assert_refused(_add(cli, seed), 1, "looks special-care")
    assert "'うつ病'" in err
    records = ok_json(cli("record", "list", "--client", seed.acme, *at(seed.folder), "--json"))
    assert "面談メモ" not in [r["title"] for r in records]


def test_special_care_is_taken_when_chosen(cli: CliRunner, seed: Seed) -> None:
    ok_json(_add(cli, seed, "--sensitivity", "special-care", "--json"))
    records = ok_json(cli("record", "list", "--client", seed.acme, *at(seed.folder), "--json"))
    [added] = [r for r in records if r["title"] == "面談メモ"]
    assert added["sensitivity"] == "special-care"


def test_keeping_it_normal_is_audit_logged(cli: CliRunner, seed: Seed) -> None:
    added = ok_json(_add(cli, seed, "--sensitivity", "normal", "--json"))
    entries = ok_json(cli("audit", "show", *at(seed.folder), "--json"))
    [declined] = [e for e in entries if e["action"] == "record.special_care_declined"]
    details = json.dumps(declined, ensure_ascii=False)
    assert added["id"] in details and "normal" in details
    assert "うつ病" not in details  # the audit log outlives an erasure: no health data in it


def test_special_care_text_on_stdin_needs_a_sensitivity_too(cli: CliRunner, seed: Seed) -> None:
    fields = json.dumps({"body": "前科ありと本人から聞いた。"}, ensure_ascii=False)
    result = cli(
        "record",
        "add",
        "--client",
        seed.acme,
        "--kind",
        "note",
        "--title",
        "面談メモ",
        "--fields-json",
        "-",
        *at(seed.folder),
        stdin=f"{PASSWORD}\n{fields}\n",
    )
    assert "'前科'" in assert_refused(result, 1, "looks special-care")
    records = ok_json(cli("record", "list", "--client", seed.acme, *at(seed.folder), "--json"))
    assert "面談メモ" not in [r["title"] for r in records]


def test_ordinary_text_needs_no_sensitivity(cli: CliRunner, seed: Seed) -> None:
    code, _out, err = cli(
        "record",
        "add",
        "--client",
        seed.acme,
        "--kind",
        "note",
        "--title",
        "議事録",
        *at(seed.folder),
    )
    assert code == 0, err
