"""`clientvault inventory [--json | --csv | --pdf OUT]`: what is held, for whom, where."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.inventory import core
from vault.inventory.render import to_csv, to_pdf
from vault.storage.blob_io import check_output
from vault.storage.fileio import atomic_write


def cmd_inventory(args: argparse.Namespace, secrets: SecretInput) -> Any:
    if sum(bool(x) for x in (args.json, args.csv, args.pdf)) > 1:
        raise BadInput("Choose one of --json, --csv and --pdf.")
    if args.pdf is not None:
        check_output(args.pdf)
    with open_vault(args, secrets) as vault:
        inventory = core.build(vault)
    if args.csv:
        return to_csv(inventory)
    if args.pdf is not None:
        atomic_write(args.pdf, to_pdf(inventory))
        return {"pdf": str(args.pdf), "clients": len(inventory.clients)}
    if args.json:
        return inventory.to_json()
    return [
        {
            "id": c.client_id,
            "name": c.name,
            "persons": f"persons={c.persons}",
            "records": f"records={c.records}",
            "files": f"files={c.files}",
            "special_care": f"special-care={c.special_care}",
            "backups": f"backups={len(c.locations) - 1}",
            "copies": f"plaintext-copies={len(c.plaintext_copies)}",
            "warnings": f"warnings={len(c.warnings)}",
        }
        for c in inventory.clients
    ]


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    command = add("inventory", cmd_inventory, "what is held, for whom, where and until when")
    command.add_argument("--csv", action="store_true", help="one CSV row per client on stdout")
    command.add_argument(
        "--pdf", type=Path, metavar="OUT", help="write a bilingual PDF (a new file)"
    )
