"""`clientvault export redacted`: one client's records with personal data replaced.

Options are checked before the password is asked for. The leak gate's second opinion
(vault/redaction/gate.py) names every suspect span with its reason and place; unless
each is kept (--keep, --keep-suspects) or redacted (--redact), the export is refused
with exit 1 and, with --json, {"suspects": [...]}. The bundle appears at --out only
after the gate has read every written file back and found nothing personal;
otherwise nothing is left there and the message says which file held what kind of
value (vault/redaction/export.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from vault.audit.pending import log_state
from vault.cli.common import Parser, open_vault, warn
from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.redaction.detectors import Kind
from vault.redaction.export import (
    check_destination,
    check_terms,
    export,
    preview,
    suspects,
    write_review,
)
from vault.redaction.gate import Suspect
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


class SuspectsFound(BadInput):
    """The leak gate's second opinion found spans nobody redacted or kept; the CLI prints
    them (they are the user's own data, asked for) and exits 1."""

    def __init__(self, found: list[Suspect]) -> None:
        super().__init__(
            "The export was refused: {count} suspect spans were neither redacted nor kept; "
            "nothing was written. Approve each with --keep TEXT, add it with --redact TEXT, "
            "or keep them all with --keep-suspects.",
            count=len(found),
        )
        self.details = {"suspects": [s.to_json() for s in found]}


def cmd_export_redacted(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    operators = _operators(args.operator)
    terms = [*args.term, *args.redact]
    check_terms(terms)
    check_destination(args.out)
    if args.review_pdf is not None:
        check_destination(args.review_pdf)
    with open_vault(args, secrets) as vault:
        bundle = preview(vault, args.client, args.record or None, operators, terms)
        bundle = replace(bundle, kept=tuple(dict.fromkeys(args.keep)))
        found = suspects(vault, bundle)
        if found and not args.keep_suspects:
            raise SuspectsFound(found)
        kept = [*bundle.kept, *(s.text for s in found)]
        bundle = replace(bundle, kept=tuple(dict.fromkeys(kept)))
        result = export(vault, bundle, args.out, as_zip=args.zip)
        if args.review_pdf is not None:  # only for a bundle that passed the gate
            write_review(vault, bundle, args.review_pdf)
    warn(result.notes)
    return {
        "path": str(result.path),
        "sha256": result.sha256,
        "export_id": result.export_id,
        "records": result.records,
        "replacements": dict(result.replacements),
        "left_out": result.left_out.to_json(),
        "kept": list(bundle.kept),
        "review_pdf": None if args.review_pdf is None else str(args.review_pdf),
        "audit_log": log_state(result.notes),
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
    sub.add_argument("--redact", action="append", default=[], metavar="TEXT", help="same as --term")
    sub.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="TEXT",
        help="approve a suspect span the leak gate names (repeatable); named in report.md",
    )
    sub.add_argument(
        "--keep-suspects",
        action="store_true",
        help="write the bundle keeping every suspect span (named in report.md and the audit log)",
    )
    sub.add_argument("--zip", action="store_true", help="write one zip file instead of a folder")
    sub.add_argument(
        "--review-pdf",
        type=Path,
        metavar="PATH",
        help="also write a 'before publishing' page (the redacted text, the kept phrases, "
        "lines to sign) for the client to approve",
    )
    sub.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help="the new folder (or zip file)"
    )
