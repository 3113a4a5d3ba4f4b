"""`clientvault offboard --client ID [--contact CID] [--format age|pdf] --yes`: return the
client's data, erase it, and write one signed certificate of both."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.incident.report import check_out_dir
from vault.offboarding.offboard import CERTIFICATE_NAME, offboard
from vault.sharing.bundle import parse_format


def cmd_offboard(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    bundle_format = parse_format(args.format)
    if not args.yes:
        raise BadInput("Offboarding erases the client for good; add --yes to go ahead.")
    out = args.out or Path(f"offboard-{args.client}")
    check_out_dir(out)
    with open_vault(args, secrets) as vault:
        done = offboard(
            vault, args.client, out, contact_id=args.contact, bundle_format=bundle_format
        )
    return {
        "out": str(done.folder),
        "bundle": str(done.bundle),
        "sha256": done.sha256,
        "certificate": str(done.folder / CERTIFICATE_NAME),
        "erasure_certificate": done.certificate["erasure"]["certificate_id"],
        "backups_still_holding": len(done.certificate["backups"]["still_holding"]),
        "plaintext_copies": len(done.certificate["plaintext_copies_outside_the_vault"]),
        "passphrase": None if done.passphrase is None else done.passphrase.text,
    }


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    command = add(
        "offboard", cmd_offboard, "return a client's data, erase it, and certify both (signed)"
    )
    command.add_argument("--client", required=True, metavar="ID")
    command.add_argument("--contact", metavar="ID", help="the contact record the data goes to")
    command.add_argument("--format", default="age", help="age (default) or pdf")
    command.add_argument(
        "--out", type=Path, metavar="DIR", help="a new or empty folder (default: offboard-ID)"
    )
    command.add_argument("--yes", action="store_true", help="confirm the erasure")
