"""`clientvault erase`, `sweep`, `retention auto` and `identity`.

Erasing cannot be undone, so nothing is erased without `--yes` or a typed
"yes" at a terminal; without either, the command shows what it would erase
and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.erasure import sweep
from vault.erasure.eraser import Eraser, ErasureResult, Preview, Reason
from vault.errors import BadInput
from vault.storage.retention_store import DueItem


def _confirmed(args: argparse.Namespace, listing: str, question: str) -> None:
    """--yes, or "yes" typed at a terminal after seeing the listing; never piped input."""
    if args.yes:
        return
    if not args.password_stdin and sys.stdin.isatty():
        sys.stderr.write(f"{listing}\n{question} Type yes to erase: ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() == "yes":
            return
    raise BadInput("Nothing was erased: add --yes to erase (or --dry-run to only look).")


def _result(result: ErasureResult) -> dict[str, Any]:
    c = result.certificate
    return {
        "certificate": str(result.folder / "certificate.pdf"),
        "certificate_id": c.certificate_id,
        "client_ids": list(c.client_ids),
        "records": c.record_count,
        "attachments": c.attachment_count,
        "backups_purged": [b.backup_id for b in c.purged_backups],
        "backups_still_holding": [b.backup_id for b in c.residual_backups],
        "finished": result.finished,
        **(
            {}
            if result.finished
            else {
                "unfinished": "cleaning up did not finish; the backups still holding the data "
                "hold it until the next unlock completes their purge"
            }
        ),
    }


def _preview(preview: Preview) -> dict[str, Any]:
    return {
        "scope": preview.target.scope,
        "client_ids": list(preview.target.client_ids),
        "records": preview.record_count,
        "kinds": preview.kinds,
        "attachments": preview.attachment_count,
        "on_hold": list(preview.held),
        "backups": [b.backup_id for b in preview.backups],
    }


def cmd_erase(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    if (args.client is None) == (not args.record):
        raise BadInput("Give either --client or --record (one or more).")
    with open_vault(args, secrets) as vault:
        eraser = Eraser(vault)
        if args.client is not None:
            target = eraser.client_target(args.client)
        else:
            target = eraser.records_target(args.record, person=args.person)
        preview = eraser.preview(target)
        if args.dry_run:
            return _preview(preview)
        if preview.held:
            raise BadInput(
                "Some of this data is on legal hold; release the hold before erasing it."
            )
        shown = ", ".join(f"{k}: {v}" for k, v in _preview(preview).items())
        _confirmed(args, shown, "This cannot be undone.")
        return _result(eraser.erase(target, args.reason))


def _action(batch: sweep.SweepBatch, item: DueItem) -> str:
    if item.hold:
        return "held"
    return "erase client" if batch.whole_client and item.record_id is None else "erase"


def _plan_rows(batches: list[sweep.SweepBatch]) -> list[dict[str, Any]]:
    return [
        {
            "client_id": batch.client_id,
            "client": batch.client_name,
            "record_id": item.record_id,
            "title": item.title,
            "last_kept": item.due and item.due.isoformat(),
            "rule": item.rule,
            "action": _action(batch, item),
        }
        for batch in batches
        for item in (*batch.items, *batch.held)
    ]


def cmd_sweep(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    with open_vault(args, secrets) as vault:
        batches = sweep.plan(vault, automatic_only=args.automatic)
        rows = _plan_rows(batches)
        if args.dry_run or not any(b.items for b in batches):
            return rows
        count = sum(len(b.items) for b in batches)
        question = f"{count} items past their retention date will be erased."
        if not args.automatic:
            listing = "\n".join(f"  {r['client']}: {r['title']} ({r['action']})" for r in rows)
            _confirmed(args, listing, question)
        return [_result(r) for r in sweep.run(vault, batches)]


def cmd_auto(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    sweep.check_automatic(args.rule)  # before the password is asked for
    with open_vault(args, secrets) as vault:
        sweep.set_automatic(vault, args.rule, args.state == "on")
        return {"automatic": sweep.automatic_rules(vault)}


def cmd_identity(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_vault(args, secrets) as vault:
        identity = vault.identity
        return {
            "public_key": identity.minisign_key,
            "key_id": identity.key_id_hex,
            "verify_with": "minisign -Vm FILE -P " + identity.minisign_key,
        }


def add_commands(commands: Any, add: Callable[..., Parser], retention: Any) -> None:
    erase = add("erase", cmd_erase, "erase a client or records for good, with a certificate")
    erase.add_argument("--client", metavar="ID")
    erase.add_argument("--record", metavar="ID", action="append", default=[])
    erase.add_argument(
        "--person",
        action="store_true",
        help="with --record: one person's records across clients (a data-subject request)",
    )
    erase.add_argument("--reason", choices=Reason.ALL, default=Reason.MANUAL)
    erase.add_argument("--yes", action="store_true", help="do not ask")
    erase.add_argument("--dry-run", action="store_true", help="only show what would be erased")
    run = add("sweep", cmd_sweep, "erase everything past its retention date")
    run.add_argument("--yes", action="store_true", help="do not ask")
    run.add_argument("--dry-run", action="store_true", help="only show what would be erased")
    run.add_argument(
        "--automatic",
        action="store_true",
        help="erase only what rules marked automatic cover, without asking",
    )
    auto = add("auto", cmd_auto, "erase a rule's due records without asking", retention)
    auto.add_argument("rule", metavar="RULE", help=", ".join(sweep.AUTOMATIC_CHOICES))
    auto.add_argument("state", choices=("on", "off"))
    add("identity", cmd_identity, "print the vault's public key for verifying its signatures")
