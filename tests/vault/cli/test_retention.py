"""`clientvault retention due` and `retention set`: dates as people type them, bad input refused.

The seeded vault's records were made today (real clock), so dates here are
relative to today in the system's calendar, which is what the CLI uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at, ok_json, snapshot

TODAY = dt.date.today()
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

SPELLINGS: dict[str, Callable[[dt.date], str]] = {
    "iso": dt.date.isoformat,
    "slashes": lambda d: f"{d.year}/{d.month}/{d.day}",
    "japanese": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "full-width": lambda d: f"{d.year}年{d.month}月{d.day}日".translate(FULL_WIDTH),
    "full-width-iso": lambda d: d.isoformat().translate(FULL_WIDTH),
}
DUE_KEYS = ["client_id", "record_id", "title", "due", "overdue", "rule", "hold"]


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _set(cli: CliRunner, seed: Seed, *args: str) -> dict[str, object]:
    result: dict[str, object] = ok_json(cli("retention", "set", *args, *at(seed.folder), "--json"))
    return result


def _due(cli: CliRunner, seed: Seed, *args: str) -> list[dict[str, object]]:
    result: list[dict[str, object]] = ok_json(
        cli("retention", "due", *args, *at(seed.folder), "--json")
    )
    return result


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_contract_end_in_every_spelling(cli: CliRunner, seed: Seed, spelling: str) -> None:
    end = _days(-40)
    out = _set(cli, seed, "--client", seed.taro, "--contract-end", SPELLINGS[spelling](end))
    assert out == {
        "client_id": seed.taro,
        "contract_start": None,
        "contract_end": end.isoformat(),
        "records": 3,  # the note, the contact and the credential wait for it
    }


def test_due_lists_overdue_then_upcoming_as_json(cli: CliRunner, seed: Seed) -> None:
    assert _due(cli, seed) == []
    _set(cli, seed, "--client", seed.taro, "--contract-end", _days(-40).isoformat())
    _set(cli, seed, "--record", seed.generic, "--date", SPELLINGS["japanese"](_days(20)))
    items = _due(cli, seed)
    assert all(list(item) == DUE_KEYS for item in items)
    overdue = _days(-10).isoformat()
    assert [(i["record_id"], i["due"], i["overdue"], i["rule"]) for i in items] == [
        *sorted((r, overdue, True, "personal") for r in (seed.note, seed.contact, seed.credential)),
        (seed.generic, _days(20).isoformat(), False, "fixed"),
        (None, _days(20).isoformat(), False, "client"),  # the client goes with its last record
    ]
    titles = {i["record_id"]: i["title"] for i in items}
    assert titles[seed.note] == "初回ヒアリング"
    assert titles[None] == "山田太郎"
    assert {i["client_id"] for i in items} == {seed.taro}
    assert not any(i["hold"] for i in items)

    soon = _due(cli, seed, "--within", "１０")  # full-width digits, as an IME types them
    assert [i["record_id"] for i in soon] == sorted([seed.note, seed.contact, seed.credential])
    assert _due(cli, seed, "--client", seed.acme, "--within", "3650") == []


def test_due_as_text(cli: CliRunner, seed: Seed) -> None:
    code, out, err = cli("retention", "due", *at(seed.folder))
    assert (code, out, err) == (0, "(none)\n", "")
    _set(cli, seed, "--record", seed.note, "--date", _days(-1).isoformat())
    code, out, err = cli("retention", "due", *at(seed.folder))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{seed.taro}  {seed.note}  初回ヒアリング  {_days(-1).isoformat()}  yes  fixed  no"
    ]


def test_a_record_rule_date_and_hold_round_trip(cli: CliRunner, seed: Seed) -> None:
    made = TODAY.year
    out = _set(cli, seed, "--record", seed.generic, "--rule", "invoice")
    assert out == {
        "record_id": seed.generic,
        "client_id": seed.taro,
        "rule": "invoice",
        "pinned": True,
        "retain_until": f"{made + 8}-03-15",
        "hold": False,
    }
    out = _set(cli, seed, "--record", seed.generic, "--date", "２０３０年１月３１日")
    assert (out["rule"], out["retain_until"]) == ("fixed", "2030-01-31")
    out = _set(cli, seed, "--record", seed.generic, "--hold", "税務調査のため")
    assert out["hold"] is True
    assert "税務調査" not in str(out)  # the reason is kept, not echoed
    held = _due(cli, seed, "--within", "36500")
    assert [(i["record_id"], i["hold"]) for i in held] == [(seed.generic, True)]
    assert _set(cli, seed, "--record", seed.generic, "--release")["hold"] is False
    out = _set(cli, seed, "--record", seed.generic, "--rule", "default")
    assert (out["rule"], out["pinned"], out["retain_until"]) == (
        "transaction",
        False,
        f"{made + 6}-03-15",
    )


def test_my_number_without_a_date_is_listed_as_needing_one(cli: CliRunner, seed: Seed) -> None:
    out = _set(cli, seed, "--record", seed.generic, "--rule", "my-number")
    assert out["retain_until"] is None
    (item,) = _due(cli, seed)
    assert (item["record_id"], item["due"], item["overdue"], item["rule"]) == (
        seed.generic,
        None,
        False,
        "my-number",
    )


def test_a_client_rule_per_kind(cli: CliRunner, seed: Seed) -> None:
    out = _set(cli, seed, "--client", seed.taro, "--kind", "note", "--rule", "bookkeeping")
    assert out == {"client_id": seed.taro, "kind": "note", "rule": "bookkeeping", "records": 1}
    listed = _due(cli, seed, "--within", "36500")
    assert (seed.note, f"{TODAY.year + 8}-03-15") in {(i["record_id"], i["due"]) for i in listed}


def test_contract_start_and_end_given_separately(cli: CliRunner, seed: Seed) -> None:
    _set(cli, seed, "--client", seed.taro, "--contract-end", "2026-03-31")
    out = _set(cli, seed, "--client", seed.taro, "--contract-start", "2025/4/1")
    assert (out["contract_start"], out["contract_end"]) == ("2025-04-01", "2026-03-31")
    before = snapshot(seed.folder)
    argv = ("retention", "set", "--client", seed.taro, "--contract-start", "2026-04-01")
    result = cli(*argv, *at(seed.folder))
    assert_refused(result, 1, "cannot end before it starts")
    assert snapshot(seed.folder) == before


# -- bad input: exit 1, one sentence, nothing changed ------------------------------------------

SET_CLIENT = ("retention", "set", "--client", "CLIENT")
SET_RECORD = ("retention", "set", "--record", "RECORD")

BAD_INPUT: dict[str, tuple[tuple[str, ...], str]] = {
    "unknown subcommand": (("retention", "sweep"), "invalid choice"),
    "negative window": (("retention", "due", "--within", "-1"), "number of days"),
    "huge window": (("retention", "due", "--within", "99999999"), "number of days"),
    "word for a window": (("retention", "due", "--within", "soon"), "invalid int value"),
    "set without a target": (("retention", "set", "--rule", "invoice"), "--client --record"),
    "set with two targets": (
        (*SET_CLIENT, "--record", "RECORD", "--release"),
        "not allowed with argument",
    ),
    "client without a change": (SET_CLIENT, "With --client give"),
    "kind without rule": ((*SET_CLIENT, "--kind", "note"), "With --client give"),
    "rule without kind": ((*SET_CLIENT, "--rule", "invoice"), "With --client give"),
    "contract and rule": (
        (*SET_CLIENT, "--contract-end", "2026-04-01", "--kind", "note", "--rule", "invoice"),
        "With --client give",
    ),
    "client with a hold": (
        (*SET_CLIENT, "--contract-end", "2026-04-01", "--hold", "x"),
        "With --client give",
    ),
    "client with a release": ((*SET_CLIENT, "--release"), "With --client give"),
    "impossible contract end": (
        (*SET_CLIENT, "--contract-end", "2026-02-30"),
        "contract end is not a real date",
    ),
    "impossible Japanese date": (
        (*SET_CLIENT, "--contract-end", "２０２６年２月３０日"),
        "contract end is not a real date",
    ),
    "words for a date": ((*SET_CLIENT, "--contract-start", "来月"), "contract start is not a real"),
    "contract end in 2926": (
        (*SET_CLIENT, "--contract-end", "2926-04-01"),
        "between the years 1900 and 2200",
    ),
    "contract ends before it starts": (
        (*SET_CLIENT, "--contract-start", "2026-05-01", "--contract-end", "2026/4/1"),
        "cannot end before it starts",
    ),
    "unknown kind": ((*SET_CLIENT, "--kind", "memo", "--rule", "invoice"), "Unknown record kind"),
    "unknown rule for a kind": (
        (*SET_CLIENT, "--kind", "note", "--rule", "forever"),
        "Unknown retention rule; use one of: bookkeeping, invoice, transaction, personal, "
        "my-number, default",
    ),
    "record without a change": (SET_RECORD, "exactly one of --rule, --date, --hold or --release"),
    "record with two changes": (
        (*SET_RECORD, "--rule", "invoice", "--date", "2030-01-01"),
        "exactly one of",
    ),
    "hold and release": ((*SET_RECORD, "--hold", "x", "--release"), "exactly one of"),
    "record with a kind": ((*SET_RECORD, "--kind", "note", "--rule", "invoice"), "exactly one of"),
    "record with a contract": (
        (*SET_RECORD, "--release", "--contract-end", "2026-04-01"),
        "exactly one of",
    ),
    "unknown rule": ((*SET_RECORD, "--rule", "forever"), "Unknown retention rule"),
    "fixed without a date": ((*SET_RECORD, "--rule", "fixed"), "takes a date"),
    "impossible retention date": (
        (*SET_RECORD, "--date", "2030-13-01"),
        "retention date is not a real date",
    ),
    "retention date out of range": ((*SET_RECORD, "--date", "0999-01-01"), "between the years"),
    "empty hold reason": ((*SET_RECORD, "--hold", ""), "needs a reason"),
    "blank hold reason": ((*SET_RECORD, "--hold", " \u3000 "), "needs a reason"),
    "NUL in a hold reason": ((*SET_RECORD, "--hold", "a\x00b"), "hold reason contains a NUL"),
    "hold reason too long": ((*SET_RECORD, "--hold", "長" * 501), "longer than 500 characters"),
    # found out only with the vault open
    "release without a hold": ((*SET_RECORD, "--release"), "not on legal hold"),
    "unknown record": (
        ("retention", "set", "--record", "0123456789abcdef", "--rule", "invoice"),
        "No record with that id",
    ),
    "a client id as a record": (
        ("retention", "set", "--record", "CLIENT", "--hold", "x"),
        "No record with that id",
    ),
    "unknown client": (
        ("retention", "set", "--client", "0123456789abcdef", "--contract-end", "2026-04-01"),
        "No client with that id",
    ),
    "unknown client's rule": (
        ("retention", "set", "--client", "0123456789abcdef", "--kind", "note", "--rule", "invoice"),
        "No client with that id",
    ),
    "due for an unknown client": (
        ("retention", "due", "--client", "0123456789abcdef"),
        "No client with that id",
    ),
}
NEEDS_UNLOCK = {
    "release without a hold",
    "unknown record",
    "a client id as a record",
    "unknown client",
    "unknown client's rule",
    "due for an unknown client",
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_exits_1_and_changes_nothing(cli: CliRunner, seed: Seed, case: str) -> None:
    args, message = BAD_INPUT[case]
    stdin = f"{PASSWORD}\n" if case in NEEDS_UNLOCK else ""  # others: refused before asking
    before = snapshot(seed.folder)
    assert_refused(cli(*seed.fill(args), *at(seed.folder), stdin=stdin), 1, message)
    assert snapshot(seed.folder) == before


@pytest.mark.parametrize("case", ["impossible contract end", "release without a hold"])
def test_bad_input_with_json_prints_an_error_document(
    cli: CliRunner, seed: Seed, case: str
) -> None:
    args, message = BAD_INPUT[case]
    result = cli(*seed.fill(args), *at(seed.folder), "--json")
    assert_refused(result, 1, message, as_json=True)


def test_a_contract_can_run_again(cli: CliRunner, seed: Seed) -> None:
    """An ended contract reopened: personal data loses its date again."""
    _set(cli, seed, "--client", seed.taro, "--contract-end", _days(-40).isoformat())
    assert any(d["record_id"] == seed.contact for d in _due(cli, seed))
    out = _set(cli, seed, "--client", seed.taro, "--contract-end", "ongoing")
    assert out["contract_end"] is None
    assert not any(d["record_id"] == seed.contact for d in _due(cli, seed))
