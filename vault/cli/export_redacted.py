"""`clientvault export redacted`: one client's records with personal data replaced.

Options are checked before the password is asked for. The bundle appears at --out
only after the leak gate has read every written file back and found nothing
personal; otherwise nothing is left there and the message says which file held what
kind of value (vault/redaction/export.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.redaction.detectors import Kind
from vault.redaction.export import check_destination, check_terms, export, preview
from vault.redaction.operators import Operator, choose, parse_kind, parse_operator


def _operators(specs: list[str]) -> dict[Kind, Operator]:
    chosen = {}
    for spec in specs:
        kind, sep, operator = spec.partition("=")
        if not sep:
            raise BadInput("Operators are given as TYPE=OPERATOR, for example email=mask.")
        chosen[parse_kind(kind)] = parse_operator(operator)
    choose(chosen)  # a combination that cannot work is refused before the password
    return chosen


def cmd_export_redacted(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    operators = _operators(args.operator)
    check_terms(args.term)
    check_destination(args.out)
    with open_vault(args, secrets) as vault:
        bundle = preview(vault, args.client, args.record or None, operators, args.term)
        result = export(vault, bundle, args.out, as_zip=args.zip)
    return {
        "path": str(result.path),
        "sha256": result.sha256,
        "export_id": result.export_id,
        "records": result.records,
        "replacements": dict(result.replacements),
        "left_out": result.left_out.to_json(),
    }


def add_command(export_group: Any, add: Callable[..., Parser]) -> None:
    kinds = ", ".join(k.value for k in Kind)
    operators = ", ".join(o.value for o in Operator)
    sub = add(
        "redacted",
        cmd_export_redacted,
        "one client's records with personal data replaced, checked for leaks, for anyone",
        export_group,
    )
    sub.add_argument("--client", required=True, metavar="ID")
    sub.add_argument(
        "--record",
        action="append",
        default=[],
        metavar="ID",
        help="only this record (repeatable; default: all of the client's records)",
    )
    sub.add_argument(
        "--operator",
        action="append",
        default=[],
        metavar="TYPE=OPERATOR",
        help=f"how a type is replaced (repeatable). TYPE: {kinds}. OPERATOR: {operators} "
        "(generalise: dates to year and month, addresses to the prefecture)",
    )
    sub.add_argument(
        "--term", action="append", default=[], metavar="TEXT", help="also redact this (repeatable)"
    )
    sub.add_argument("--zip", action="store_true", help="write one zip file instead of a folder")
    sub.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help="the new folder (or zip file)"
    )
