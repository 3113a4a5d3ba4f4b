"""`clientvault attach` and `clientvault attachment list|save`.

Every argument is checked before the password is asked for: the file to attach
is opened, and the output path checked, before the vault is.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.storage.attachments import Attachment, clean_name
from vault.storage.blob_io import check_output, open_source


def _attachment(a: Attachment) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "size": a.size,
        "media_type": a.media_type,
        "record_id": a.record_id,
        "client_id": a.client_id,
        "sha256": a.sha256,
        "created_at": a.created_at,
    }


def cmd_attach(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    with open_source(args.file) as source:
        name = clean_name(args.file.name)
        with open_vault(args, secrets) as vault:
            attachment = vault.attachments.add(args.client, source, name, args.record)
    return _attachment(attachment)


def cmd_attachment_list(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    with open_vault(args, secrets) as vault:
        return [_attachment(a) for a in vault.attachments.list(args.client, args.record)]


def cmd_attachment_save(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    check_output(args.out)
    with open_vault(args, secrets) as vault:
        attachment = vault.attachments.save_copy(args.id, args.out)
    return {"id": attachment.id, "saved_to": str(args.out), "size": attachment.size}


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    attach = add("attach", cmd_attach, "encrypt a file into the vault as a client's attachment")
    attach.add_argument("--client", required=True, metavar="ID")
    attach.add_argument("--record", metavar="ID", help="attach it to this record of the client")
    attach.add_argument("file", type=Path, metavar="FILE")

    attachment = commands.add_parser(
        "attachment", help="list attachments or save a decrypted copy"
    ).add_subparsers(
        dest="attachment_command", metavar="{list,save}", required=True, parser_class=Parser
    )
    listing = add("list", cmd_attachment_list, "list a client's attachments", attachment)
    listing.add_argument("--client", required=True, metavar="ID")
    listing.add_argument("--record", metavar="ID", help="only this record's")
    save = add(
        "save", cmd_attachment_save, "save a decrypted copy (an audit-logged export)", attachment
    )
    save.add_argument("--id", required=True)
    save.add_argument("--out", required=True, type=Path, metavar="FILE", help="a new file")
