"""passwd, rekey and unlock-check: which secrets open the vault afterwards."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import (
    FAST_KDF,
    NEW_PASSWORD,
    RECOVERY_KEY,
    Seed,
    assert_refused,
    at,
    ok_json,
    opening_argv,
    snapshot,
)
from vault.cli.main import main
from vault.keys import recovery
from vault.keys.header import HEADER_NAME
from vault.session import Vault

# -- passwords and keys -------------------------------------------------------


def test_passwd_changes_the_password_and_keeps_the_data(cli: CliRunner, seed: Seed) -> None:
    before = snapshot(seed.folder)
    result = cli("passwd", *at(seed.folder), "--json", stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert ok_json(result) == {"changed": True}
    assert_refused(cli("unlock-check", *at(seed.folder)), 2, "password is wrong")
    assert cli("unlock-check", *at(seed.folder), stdin=f"{NEW_PASSWORD}\n")[0] == 0
    after = snapshot(seed.folder, NEW_PASSWORD)
    assert after.clients == before.clients
    assert after.records == before.records
    assert after.audit[-1] == ("vault.password-changed", None)


def test_passwd_with_the_recovery_key_when_the_password_is_lost(cli: CliRunner, seed: Seed) -> None:
    typed = seed.recovery_key.replace("-", " ").translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    )
    code, _, err = cli(
        "passwd", "--recovery-key", *at(seed.folder), stdin=f"{typed}\n{NEW_PASSWORD}\n"
    )
    assert (code, err) == (0, "")
    assert_refused(cli("unlock-check", *at(seed.folder)), 2)
    assert snapshot(seed.folder, NEW_PASSWORD).clients[0][1] == "Acme Studio"
    # The recovery key is not used up.
    code, _, _ = cli(
        "passwd", "--recovery-key", *at(seed.folder), stdin=f"{seed.recovery_key}\n{PASSWORD}\n"
    )
    assert code == 0
    assert cli("unlock-check", *at(seed.folder))[0] == 0


def test_rekey_replaces_password_and_recovery_key(cli: CliRunner, seed: Seed) -> None:
    before = snapshot(seed.folder)
    info = ok_json(cli("rekey", *at(seed.folder), "--json", stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n"))
    assert info["rekeyed"] is True
    new_key = info["recovery_key"]
    assert RECOVERY_KEY.fullmatch(new_key)
    assert new_key != seed.recovery_key

    assert_refused(cli("unlock-check", *at(seed.folder)), 2, "password is wrong")
    code, _out, err = cli("unlock-check", *at(seed.folder), stdin=f"{NEW_PASSWORD}\n")
    assert code == 0
    assert new_key in err and "confirm-recovery-key" in err  # shown until confirmed
    confirmed = cli(
        "confirm-recovery-key", *at(seed.folder), "--json", stdin=f"{NEW_PASSWORD}\n{new_key}\n"
    )
    assert ok_json(confirmed) == {"confirmed": True}
    old_key = cli(
        "passwd", "--recovery-key", *at(seed.folder), stdin=f"{seed.recovery_key}\n{PASSWORD}\n"
    )
    assert_refused(old_key, 2, "recovery key is wrong")
    with Vault(seed.folder) as vault:
        vault.unlock(recovery_key=new_key)

    after = snapshot(seed.folder, NEW_PASSWORD)
    assert (after.clients, after.records) == (before.clients, before.records)
    assert ok_json(cli("audit", "verify", *at(seed.folder), "--json", stdin=f"{NEW_PASSWORD}\n"))[
        "ok"
    ]


def test_rekey_text_output_shows_the_new_recovery_key_once(cli: CliRunner, seed: Seed) -> None:
    code, out, err = cli("rekey", *at(seed.folder), stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert (code, err) == (0, "")
    (key,) = RECOVERY_KEY.findall(out)
    with Vault(seed.folder) as vault:
        vault.unlock(recovery_key=key)


def test_unlock_check_succeeds_with_the_password(cli: CliRunner, seed: Seed) -> None:
    code, out, err = cli("unlock-check", *at(seed.folder))
    assert (code, err) == (0, "")
    assert "ok: yes" in out


# -- refused changes ----------------------------------------------------------------


def _unlock_check(cli: CliRunner, seed: Seed, password: str) -> int:
    argv = ("unlock-check", "--vault", str(seed.folder), "--password-stdin")
    return cli(*argv, stdin=f"{password}\n")[0]


@pytest.mark.parametrize("name", ["passwd", "rekey"])
@pytest.mark.parametrize(
    ("new", "message"),
    [("short\n", "at least 8 characters"), ("", "Expected the new password")],
)
def test_bad_new_password_keeps_the_old_one(
    cli: CliRunner, seed: Seed, name: str, new: str, message: str
) -> None:
    before = snapshot(seed.folder)
    argv = opening_argv(seed, name)
    assert_refused(cli(*argv, stdin=f"{PASSWORD}\n{new}"), 1, message)
    assert _unlock_check(cli, seed, PASSWORD) == 0
    with Vault(seed.folder) as vault:
        vault.unlock(recovery_key=seed.recovery_key)
    assert snapshot(seed.folder) == before


def _typo(key: str) -> str:
    """The recovery key with one digit changed: the check group no longer matches."""
    first = "1" if key[0] != "1" else "2"
    return first + key[1:]


@pytest.mark.parametrize(
    ("key", "code", "message"),
    [
        ("typo", 1, "recovery key has a typo"),
        ("short", 1, "48 digits in 8 groups of 6"),
        ("letters", 1, "48 digits in 8 groups of 6"),
        ("another vault's", 2, "recovery key is wrong for this vault"),
    ],
)
def test_passwd_with_a_bad_recovery_key(
    cli: CliRunner, seed: Seed, key: str, code: int, message: str
) -> None:
    typed = {
        "typo": _typo(seed.recovery_key),
        "short": seed.recovery_key[:-7],
        "letters": seed.recovery_key.replace("1", "l"),
        "another vault's": recovery.generate(),
    }[key]
    before = snapshot(seed.folder)
    argv = ("passwd", "--recovery-key", "--vault", str(seed.folder), "--password-stdin")
    assert_refused(cli(*argv, stdin=f"{typed}\n{NEW_PASSWORD}\n"), code, message)
    assert _unlock_check(cli, seed, NEW_PASSWORD) == 2
    assert snapshot(seed.folder) == before


def test_passwd_with_the_recovery_key_asked_for_but_none_given(cli: CliRunner, seed: Seed) -> None:
    argv = ("passwd", "--recovery-key", "--vault", str(seed.folder), "--password-stdin")
    assert_refused(cli(*argv, stdin=""), 1, "Expected the recovery key")
    assert _unlock_check(cli, seed, PASSWORD) == 0


# -- typed on a terminal (no --password-stdin) -------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _on_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], answers: list[str]
) -> Callable[..., tuple[int, str, str]]:
    """Run the CLI as if on a terminal where getpass returns `answers` in turn (then Ctrl-D)."""
    typed = iter(answers)

    def getpass(prompt: str = "") -> str:
        assert prompt.endswith(": ")
        try:
            return next(typed)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", getpass)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_init_on_a_terminal_asks_for_the_new_password_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "typed"
    run = _on_terminal(monkeypatch, capsys, [PASSWORD, PASSWORD + "x", PASSWORD, PASSWORD])
    assert_refused(run("init", "--vault", str(folder), *FAST_KDF), 1, "do not match")
    assert not (folder / HEADER_NAME).exists()
    code, out, err = run("init", "--vault", str(folder), *FAST_KDF)
    assert (code, err) == (0, "")
    assert RECOVERY_KEY.search(out)
    with Vault(folder) as vault:
        vault.unlock(PASSWORD)


def test_ctrl_d_at_the_password_prompt_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seed: Seed
) -> None:
    run = _on_terminal(monkeypatch, capsys, [])
    assert_refused(run("unlock-check", "--vault", str(seed.folder)), 1, "No password was entered")
    run = _on_terminal(monkeypatch, capsys, [PASSWORD])
    result = run("passwd", "--vault", str(seed.folder))
    assert_refused(result, 1, "No new password was entered")
    assert _unlock_check_password_works(seed)


def _unlock_check_password_works(seed: Seed) -> bool:
    with Vault(seed.folder) as vault:
        vault.unlock(PASSWORD)
        return vault.is_unlocked
