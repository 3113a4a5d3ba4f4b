"""`clientvault backup create|list|verify|restore`: encrypted snapshots of the vault.

`backup` is a group like `client` and `record`, without a bare form meaning
`create`: argparse lets a subcommand's defaults overwrite options given before
it, so `backup --vault X list` would silently act on the default vault.
Arguments (the backup folder, --keep) are checked before any password is asked.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.backup.manager import (
    DEFAULT_KEEP,
    BackupInfo,
    BackupManager,
    check_destination,
    check_keep,
    read_backup,
)
from vault.backup.restore import BackupRestorer, verify_backup
from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput

BACKUP_PASSWORD = "backup password"  # noqa: S105 - the prompt's wording, not a password


def _info(info: BackupInfo) -> dict[str, Any]:
    return {"id": info.id, "path": str(info.path), "size": info.size, "created_at": info.created_at}


def cmd_backup_create(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    check_keep(args.keep)
    check_destination(args.vault, args.to)
    with open_vault(args, secrets) as vault:
        return _info(BackupManager(vault).create(args.to, keep=args.keep))


def cmd_backup_list(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    with open_vault(args, secrets) as vault:
        return [_listed(b) for b in BackupManager(vault).list()]


def _listed(info: BackupInfo) -> dict[str, Any]:
    listed = {**_info(info), "exists": info.exists, "before_rekey": info.before_rekey}
    if info.before_rekey:
        listed["warning"] = (
            "made before the vault was re-keyed: it opens only with the password or "
            "recovery key from before, and holds the data under the old keys"
        )
    return listed


def cmd_backup_verify(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    """Needs only the backup's own password; the live vault is not opened."""
    read_backup(args.path)
    info = verify_backup(args.path, secrets.ask(BACKUP_PASSWORD), beside=args.vault)
    return {**_info(info), "ok": True}


def cmd_backup_restore(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    backup = read_backup(args.path)
    with open_vault(args, secrets) as vault:
        BackupRestorer(vault).restore(args.path, secrets.ask(BACKUP_PASSWORD))
    return {
        "restored": backup.id,
        "vault": str(args.vault),
        "password": "the vault now opens with the password it had when the backup was made",
    }


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    backup = commands.add_parser(
        "backup", help="make, list, verify or restore encrypted backups"
    ).add_subparsers(
        dest="backup_command",
        metavar="{create,list,verify,restore}",
        required=True,
        parser_class=Parser,
    )
    create = add("create", cmd_backup_create, "write an encrypted backup of the vault", backup)
    create.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help="folder for the backup (default: the vault's backups/)",
    )
    create.add_argument(
        "--keep",
        type=int,
        default=DEFAULT_KEEP,
        metavar="N",
        help="backups to keep in that folder; older ones are deleted (default: %(default)s)",
    )
    add("list", cmd_backup_list, "list the backups this vault made", backup)
    verify = add(
        "verify", cmd_backup_verify, "check a backup with the password it was made under", backup
    )
    restore = add(
        "restore",
        cmd_backup_restore,
        "replace the vault with a backup (asks the vault's, then the backup's password)",
        backup,
    )
    for sub in (verify, restore):
        sub.add_argument("path", type=Path, metavar="PATH", help="the backup's folder")
