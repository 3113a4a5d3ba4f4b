"""`clientvault erase`, `sweep`, `retention auto` and `identity`, as a script would run them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CliRunner, require_tool
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json, snapshot


def _ids(seed: Seed) -> set[str]:
    """Ids of every client and record the vault still holds."""
    now = snapshot(seed.folder)
    return {c[0] for c in now.clients} | {r[0] for r in now.records}


def _erase(cli: CliRunner, seed: Seed, *args: str) -> tuple[int, str, str]:
    return cli("erase", *args, *at(seed.folder), "--json")


def test_erase_client_prints_the_certificate_and_erases(cli: CliRunner, seed: Seed) -> None:
    out = ok_json(_erase(cli, seed, "--client", seed.taro, "--yes"))
    certificate = Path(out["certificate"])
    assert certificate.name == "certificate.pdf" and certificate.exists()
    assert certificate.parent.parent == seed.folder / "certificates"
    assert out["client_ids"] == [seed.taro]
    assert out["records"] == 4
    assert out["finished"] is True
    assert seed.taro not in _ids(seed)


def test_erase_prints_the_path_in_text_mode(cli: CliRunner, seed: Seed) -> None:
    code, out, err = cli("erase", "--record", seed.note, "--yes", *at(seed.folder))
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("certificate: "))
    assert Path(line.removeprefix("certificate: ")).exists()


def test_erase_without_yes_changes_nothing(cli: CliRunner, seed: Seed) -> None:
    before = snapshot(seed.folder)
    assert_refused(_erase(cli, seed, "--client", seed.taro), 1, "add --yes", as_json=True)
    assert snapshot(seed.folder) == before
    assert not (seed.folder / "certificates").exists()


def test_erase_dry_run_shows_what_would_go(cli: CliRunner, seed: Seed) -> None:
    before = snapshot(seed.folder)
    out = ok_json(_erase(cli, seed, "--client", seed.taro, "--dry-run"))
    assert out["records"] == 4
    assert out["kinds"] == {"contact": 1, "credential": 1, "note": 1, "record": 1}
    assert snapshot(seed.folder) == before


def test_erase_refuses_held_data(cli: CliRunner, seed: Seed) -> None:
    ok_json(
        cli(
            "retention",
            "set",
            "--record",
            seed.note,
            "--hold",
            "調査中",
            *at(seed.folder),
            "--json",
        )
    )
    before = snapshot(seed.folder)
    assert_refused(_erase(cli, seed, "--client", seed.taro, "--yes"), 1, "legal hold", as_json=True)
    assert snapshot(seed.folder) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "either --client or --record"),
        (("--client", "C", "--record", "R"), "either --client or --record"),
        (("--client", "0000000000000000", "--yes"), "No client"),
        (("--record", "0000000000000000", "--yes"), "No record"),
        (("--client", "C", "--reason", "because", "--yes"), "invalid choice"),
    ],
)
def test_erase_bad_input(cli: CliRunner, seed: Seed, args: tuple[str, ...], message: str) -> None:
    before = snapshot(seed.folder)
    filled = [seed.taro if a == "C" else seed.note if a == "R" else a for a in args]
    assert_refused(_erase(cli, seed, *filled), 1, message, as_json=True)
    assert snapshot(seed.folder) == before


def test_erase_records_of_two_clients_needs_person(cli: CliRunner, seed: Seed) -> None:
    acme_record = ok_json(
        cli(
            "record",
            "add",
            "--client",
            seed.acme,
            "--kind",
            "note",
            "--title",
            "n",
            *at(seed.folder),
            "--json",
        )
    )["id"]
    argv = ("--record", seed.note, "--record", acme_record, "--yes")
    assert_refused(_erase(cli, seed, *argv), 1, "one client at a time", as_json=True)
    out = ok_json(_erase(cli, seed, *argv, "--person", "--reason", "request"))
    assert sorted(out["client_ids"]) == sorted([seed.taro, seed.acme])


def _overdue(cli: CliRunner, seed: Seed) -> None:
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    ok_json(
        cli(
            "retention",
            "set",
            "--record",
            seed.note,
            "--date",
            yesterday,
            *at(seed.folder),
            "--json",
        )
    )


def test_sweep_dry_run_then_yes(cli: CliRunner, seed: Seed) -> None:
    _overdue(cli, seed)
    plan = ok_json(cli("sweep", "--dry-run", *at(seed.folder), "--json"))
    assert [(p["record_id"], p["action"]) for p in plan] == [(seed.note, "erase")]
    assert seed.note in _ids(seed)
    assert_refused(cli("sweep", *at(seed.folder), "--json"), 1, "add --yes", as_json=True)
    done = ok_json(cli("sweep", "--yes", *at(seed.folder), "--json"))
    assert len(done) == 1 and done[0]["records"] == 1
    assert seed.note not in _ids(seed)
    assert ok_json(cli("sweep", "--dry-run", *at(seed.folder), "--json")) == []


def test_sweep_automatic_erases_only_marked_rules(cli: CliRunner, seed: Seed) -> None:
    _overdue(cli, seed)
    assert ok_json(cli("sweep", "--automatic", *at(seed.folder), "--json")) == []
    assert seed.note in _ids(seed)
    out = ok_json(cli("retention", "auto", "fixed", "on", *at(seed.folder), "--json"))
    assert out == {"automatic": ["fixed"]}
    done = ok_json(cli("sweep", "--automatic", *at(seed.folder), "--json"))
    assert len(done) == 1
    assert seed.note not in _ids(seed)


def test_retention_auto_refuses_an_unknown_rule(cli: CliRunner, seed: Seed) -> None:
    assert_refused(
        cli("retention", "auto", "my-number", "on", *at(seed.folder), "--json"),
        1,
        "Automatic erasure can be set for",
        as_json=True,
    )


def test_identity_verifies_a_certificate_with_minisign(cli: CliRunner, seed: Seed) -> None:
    minisign = require_tool("minisign")
    key = ok_json(cli("identity", *at(seed.folder), "--json"))["public_key"]
    out = ok_json(_erase(cli, seed, "--client", seed.acme, "--yes"))
    document = Path(out["certificate"]).with_name("certificate.json")
    assert json.loads(document.read_text())["signing_key"] == key
    check = subprocess.run(
        [minisign, "-Vm", str(document), "-P", key], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
