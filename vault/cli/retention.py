"""`clientvault retention due|set`: what falls due, and rules, dates and holds.

Every argument is checked before the password is asked for: `_retention_change`
returns what to do, and only then is the vault opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from vault.cli import render
from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.domain.model import parse_date, parse_kind
from vault.domain.retention import (
    DEFAULT_NAME,
    Rule,
    RuleCode,
    check_contract,
    check_date,
    check_window,
    clean_hold_reason,
    parse_rule,
)
from vault.errors import BadInput
from vault.storage.retention_store import RetentionStore


def cmd_retention_due(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    check_window(args.within)
    with open_vault(args, secrets) as vault:
        items = vault.retention.due(vault.today(), args.within, args.client)
    return [render.due(i) for i in items]


Change = Callable[[RetentionStore], dict[str, Any]]


def _optional_date(text: str | None, what: str) -> dt.date | None:
    return None if text is None else parse_date(text, what)


ONGOING = "ongoing"  # --contract-end ongoing: the contract runs again (no end date)


def _contract_change(args: argparse.Namespace) -> Change:
    start = _optional_date(args.contract_start, "contract start")
    reopened = args.contract_end is not None and args.contract_end.strip().casefold() == ONGOING
    end = None if reopened else _optional_date(args.contract_end, "contract end")
    check_contract(start, end)  # both given: checked before the password is asked for

    def change(retention: RetentionStore) -> dict[str, Any]:
        current = retention.contract(args.client)
        period = (start or current.start, None if reopened else end or current.end)
        changed = retention.set_contract(args.client, *period)
        return render.contract(args.client, retention.contract(args.client), changed)

    return change


def _client_rule_change(args: argparse.Namespace) -> Change:
    kind, rule = parse_kind(args.kind), parse_rule(args.rule)

    def change(retention: RetentionStore) -> dict[str, Any]:
        changed = retention.set_client_rule(args.client, kind, rule)
        return {"client_id": args.client, "kind": kind.value, "rule": args.rule, "records": changed}

    return change


def _record_change(args: argparse.Namespace) -> Change:
    given = [o for o in ("rule", "date", "hold") if getattr(args, o) is not None]
    client_only = (args.kind, args.contract_start, args.contract_end)
    if len(given) + args.release != 1 or any(o is not None for o in client_only):
        raise BadInput("With --record give exactly one of --rule, --date, --hold or --release.")
    record_id = args.record
    if args.release:
        return lambda r: render.retention(r.release(record_id))
    if args.hold is not None:
        reason = clean_hold_reason(args.hold)
        return lambda r: render.retention(r.hold(record_id, reason))
    if args.date is not None:
        day = check_date(parse_date(args.date, "retention date"), "retention date")
        fixed = Rule(RuleCode.FIXED, day)
        return lambda r: render.retention(r.set_rule(record_id, fixed))
    rule = parse_rule(args.rule)
    return lambda r: render.retention(r.set_rule(record_id, rule))


def _retention_change(args: argparse.Namespace) -> Change:
    """What `retention set` is asked to do, checked in full before the vault is opened."""
    if args.record is not None:
        return _record_change(args)
    contract = args.contract_start is not None or args.contract_end is not None
    rule = args.kind is not None and args.rule is not None
    record_only = args.date is not None or args.hold is not None or args.release
    if contract == rule or record_only or (args.kind is None) != (args.rule is None):
        raise BadInput(
            "With --client give --contract-end or --contract-start, or --kind with --rule."
        )
    return _contract_change(args) if contract else _client_rule_change(args)


def cmd_retention_set(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    change = _retention_change(args)
    with open_vault(args, secrets) as vault:
        return change(vault.retention)


def add_commands(commands: Any, add: Callable[..., Parser]) -> Any:
    """Adds `retention due|set`; returns the group for `retention auto` (vault/cli/erasure.py)."""
    retention = commands.add_parser(
        "retention", help="what falls due, and retention rules, dates and holds"
    ).add_subparsers(
        dest="retention_command", metavar="{due,set,auto}", required=True, parser_class=Parser
    )
    due = add("due", cmd_retention_due, "list what is overdue or falls due soon", retention)
    due.add_argument(
        "--within", type=int, default=30, metavar="DAYS", help="days ahead (default: 30)"
    )
    due.add_argument("--client", metavar="ID", help="only this client")
    rules = ", ".join([*(c.value for c in RuleCode if c is not RuleCode.FIXED), DEFAULT_NAME])
    retention_set = add(
        "set", cmd_retention_set, "set a contract period, a retention rule or a hold", retention
    )
    target = retention_set.add_mutually_exclusive_group(required=True)
    target.add_argument("--client", metavar="ID")
    target.add_argument("--record", metavar="ID")
    retention_set.add_argument("--contract-start", metavar="DATE")
    retention_set.add_argument(
        "--contract-end", metavar="DATE", help=f"the contract's last day, or '{ONGOING}'"
    )
    retention_set.add_argument("--kind", help="with --client: the record kind --rule is for")
    retention_set.add_argument("--rule", metavar="NAME", help=rules)
    retention_set.add_argument("--date", metavar="DATE", help="keep the record until this date")
    retention_set.add_argument("--hold", metavar="REASON", help="put the record on legal hold")
    retention_set.add_argument("--release", action="store_true", help="end the legal hold")
    return retention
