"""What every subcommand shares: the parser class, the handler shape, opening the vault."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.session import Vault
from vault.storage.locations import sync_warning

Handler = Callable[[argparse.Namespace, SecretInput], Any]


class Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors; 2 means 'wrong password' here, so raise instead."""

    def error(self, message: str) -> NoReturn:
        raise BadInput("{message} (see --help).", message=f"{message[0].upper()}{message[1:]}")


def warn(notes: tuple[str, ...]) -> None:
    """Notes a result carries (e.g. an export the access log could not take now)."""
    for note in notes:
        sys.stderr.write(f"clientvault: warning: {note}\n")


def warn_if_synced(folder: Path) -> None:
    warning = sync_warning(folder)
    if warning is not None:
        sys.stderr.write(f"clientvault: warning: {warning}\n")


def open_vault(
    args: argparse.Namespace, secrets: SecretInput, *, show_pending: bool = True
) -> Vault:
    vault = Vault(args.vault)
    warn_if_synced(args.vault)
    try:
        vault.unlock(secrets.ask("password"))
        pending = vault.pending_recovery_key
    except BaseException:
        vault.close()
        raise
    if (
        pending is not None and show_pending
    ):  # a re-key (perhaps killed) made it; nobody may have seen it
        sys.stderr.write(
            "clientvault: warning: the vault was re-keyed and its new recovery key is not "
            f"confirmed yet: {pending} - write it down, then run "
            "'clientvault confirm-recovery-key'.\n"
        )
    return vault
