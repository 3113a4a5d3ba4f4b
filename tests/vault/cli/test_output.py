"""Output contract of every subcommand: one JSON document with --json, readable text without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CliRunner
from tests.vault.cli.helpers import (
    FAST_KDF,
    OPENING_COMMANDS,
    RECOVERY_KEY,
    Seed,
    at,
    ok_json,
    opening_argv,
)

# -- --json everywhere --------------------------------------------------------


@pytest.mark.parametrize("command", ["init", "demo"])
def test_json_from_the_creating_commands(cli: CliRunner, tmp_path: Path, command: str) -> None:
    extra = ("--clients", "1", "--records", "2") if command == "demo" else ()
    document = ok_json(cli(command, *at(tmp_path / "new"), *FAST_KDF, *extra, "--json"))
    assert isinstance(document, dict)
    assert RECOVERY_KEY.fullmatch(document["recovery_key"])
    assert document["vault"] == str(tmp_path / "new")


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_json_prints_exactly_one_document(cli: CliRunner, seed: Seed, name: str) -> None:
    _, stdin = OPENING_COMMANDS[name]
    document = ok_json(cli(*opening_argv(seed, name, "--json"), stdin=stdin))
    if name in {"client list", "record list", "search", "audit show", "retention due"}:
        assert isinstance(document, list)
        assert document
        assert all(isinstance(item, dict) for item in document)
    else:
        assert isinstance(document, dict)
    if name in {"client add", "record add"}:
        assert set(document) == {"id"}
    if name == "search":
        assert all({"client_id", "record_id", "title"} <= set(hit) for hit in document)


@pytest.mark.parametrize("name", sorted(OPENING_COMMANDS))
def test_text_output_succeeds_quietly_on_stderr(cli: CliRunner, seed: Seed, name: str) -> None:
    _, stdin = OPENING_COMMANDS[name]
    code, out, err = cli(*opening_argv(seed, name), stdin=stdin)
    assert (code, err) == (0, "")
    assert out.strip()
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_an_internal_error_is_one_sentence_without_data_or_traceback(
    cli: CliRunner, seed: Seed, monkeypatch: pytest.MonkeyPatch
) -> None:
    canary = "CANARY-山田太郎-0x5eed"

    def broken(*_: object) -> None:
        raise RuntimeError(canary)

    monkeypatch.setattr("vault.cli.main.cmd_client_list", broken)
    code, out, err = cli(*opening_argv(seed, "client list"))
    assert code == 1
    assert out == ""
    assert "internal error (RuntimeError)" in err
    assert len(err.strip().splitlines()) == 1
    assert canary not in err
    assert "Traceback" not in err
