"""Secrets never need the command line: `record add --fields-json -` reads them from stdin
after the password, and `--field` warns when a secret is passed on argv (issue 12, item 14)."""

from __future__ import annotations

import json

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json


def test_fields_json_reads_secrets_from_stdin(cli: CliRunner, seed: Seed) -> None:
    fields = json.dumps({"username": "yamada", "password": "hunter2-秘密"}, ensure_ascii=False)
    code, out, err = cli(
        "record",
        "add",
        "--client",
        seed.taro,
        "--kind",
        "credential",
        "--title",
        "freee",
        "--fields-json",
        "-",
        *at(seed.folder),
        "--json",
        stdin=f"{PASSWORD}\n{fields}\n",
    )
    assert code == 0, err
    assert err == ""
    record_id = json.loads(out)["id"]
    listed = ok_json(
        cli("record", "list", "--client", seed.taro, "--show-secrets", *at(seed.folder), "--json")
    )
    (record,) = [r for r in listed if r["id"] == record_id]
    assert "hunter2-秘密" in json.dumps(record, ensure_ascii=False)


def test_a_secret_on_argv_is_warned_about(cli: CliRunner, seed: Seed) -> None:
    code, _out, err = cli(
        "record",
        "add",
        "--client",
        seed.taro,
        "--kind",
        "credential",
        "--title",
        "freee",
        "--field",
        "password=hunter2",
        *at(seed.folder),
    )
    assert code == 0
    assert "warning: the secret field 'password' was given on the command line" in err
    assert "hunter2" not in err


def test_a_fields_line_that_is_not_a_json_object_is_bad_input(cli: CliRunner, seed: Seed) -> None:
    for line in ("password=x", '["x"]', '{"password": 3}'):
        assert_refused(
            cli(
                "record",
                "add",
                "--client",
                seed.taro,
                "--kind",
                "note",
                "--title",
                "t",
                "--fields-json",
                "-",
                *at(seed.folder),
                stdin=f"{PASSWORD}\n{line}\n",
            ),
            1,
            "fields line",
        )
