"""`clientvault export encrypted`: one client's data, encrypted for that client.

The bundle goes to the client's delivery setting: `--recipient` (an age public key)
or `--passphrase digits|words` sets it, `--contact` names which of the client's
contact records it is for; without them the stored setting is used, and a client
without one gets passphrase mode (24 digits). These are the client's settings, so
they are saved even with --dry-run. A passphrase is new for every bundle and printed
once, in the `passphrase` field. Every argument is checked before the password is
asked for.

The format is `--format`, else the `--out` extension (.age, .pdf), else what the
client can open: an encrypted PDF for a passphrase (any PDF viewer), an age bundle
for an age key.

`--out` may be an existing folder: the file is then named `<label>-<date>.<ext>`,
the label being `--label` (made file-system-safe), or the neutral "bundle" without
one. A script never puts the client's name in a file name unless it asks to
(vault/sharing/file_label.py says why the user may).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.audit.pending import log_state
from vault.cli.common import Parser, open_vault, warn
from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.sharing import Sharing
from vault.sharing.bundle import BundleFormat, BundlePreview, Recipient, parse_format
from vault.sharing.delivery import DeliveryStore, check_age_recipient
from vault.sharing.file_label import bundle_file_name, file_label
from vault.sharing.passphrase import PassphraseStyle, parse_style
from vault.sharing.report import parse_language
from vault.storage.blob_io import check_output


def _recipient(recipient: Recipient) -> dict[str, Any]:
    return {
        "mode": recipient.mode.value,
        "contact_id": recipient.contact.record_id,
        "name": recipient.contact.name,
        "email": recipient.contact.email,
        "fingerprint": recipient.fingerprint,
    }


def _preview(preview: BundlePreview) -> dict[str, Any]:
    return {
        "client_id": preview.client_id,
        "client": preview.client_name,
        "format": preview.format.value,
        "language": preview.language.value,
        "recipient": _recipient(preview.recipient),
        "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in preview.files],
        "records": dict(preview.kinds),
        "attachments": preview.attachments,
        "left_out": preview.left_out,
        "special_care": preview.special_care,
        "total_size": preview.total_size,
    }


def _only_contact(delivery: DeliveryStore, client_id: str) -> str:
    contacts = delivery.contacts(client_id)
    if len(contacts) != 1:
        raise BadInput(
            "Choose the contact person with --contact (the id of one of this client's "
            "contact records)."
        )
    return contacts[0].record_id


def _use_delivery(
    delivery: DeliveryStore,
    client_id: str,
    contact: str | None,
    key: str | None,
    style: PassphraseStyle | None,
) -> None:
    """Change the client's delivery setting only where the options differ from it."""
    setting = delivery.get(client_id)
    if key is None and style is None:
        if setting is None:
            style = PassphraseStyle.DIGITS
        else:
            key, style = setting.public_key, setting.style
    contact = contact or (setting and setting.contact_id) or _only_contact(delivery, client_id)
    if setting is not None and (setting.public_key, setting.style, setting.contact_id) == (
        key,
        style,
        contact,
    ):
        return
    if key is not None:
        delivery.set_age(client_id, contact, key)
    else:
        delivery.set_passphrase(client_id, contact, style or PassphraseStyle.DIGITS)


def _chosen_format(args: argparse.Namespace) -> BundleFormat | None:
    """--format, else the --out extension; None: the delivery setting decides."""
    if args.format is not None:
        return parse_format(args.format)
    if Path(args.out).is_dir():
        return None
    suffix = Path(args.out).suffix.lower()
    return {".age": BundleFormat.AGE, ".pdf": BundleFormat.PDF}.get(suffix)


def _check_out(args: argparse.Namespace) -> None:
    """A new file, or a folder to name the file in (the only place --label applies)."""
    if Path(args.out).is_dir():
        file_label(args.label or "")
    elif args.label is not None:
        raise BadInput("--label names the file in the --out folder; give a folder as --out.")
    elif not args.dry_run:
        check_output(args.out)


def _out_path(args: argparse.Namespace, preview: BundlePreview) -> Path:
    out = Path(args.out)
    if not out.is_dir():
        return out
    return out / bundle_file_name(args.label or "", preview.format, preview.created_at)


def cmd_export_encrypted(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    chosen = _chosen_format(args)
    language = parse_language(args.language)
    key = None if args.recipient is None else check_age_recipient(args.recipient)
    style = None if args.passphrase is None else parse_style(args.passphrase)
    if key is not None and style is not None:
        raise BadInput("Give either --recipient or --passphrase, not both.")
    if key is not None and chosen is BundleFormat.PDF:
        raise BadInput("An encrypted PDF opens with a passphrase; leave out --recipient.")
    _check_out(args)
    with open_vault(args, secrets) as vault:
        sharing = Sharing(vault)
        _use_delivery(sharing.delivery, args.client, args.contact, key, style)
        setting = sharing.delivery.get(args.client)
        by_key = setting is not None and setting.public_key is not None
        bundle_format = chosen or (BundleFormat.AGE if by_key else BundleFormat.PDF)
        preview = sharing.bundles.preview(args.client, format=bundle_format, language=language)
        if args.dry_run:
            return _preview(preview)
        result = sharing.bundles.export(preview, _out_path(args, preview))
    warn(result.notes)
    return {
        "path": str(result.path),
        "sha256": result.sha256,
        "size": result.size,
        "format": bundle_format.value,
        "client_id": preview.client_id,
        "recipient": _recipient(preview.recipient),
        "files": len(preview.files),
        "special_care": preview.special_care,
        "passphrase": None if result.passphrase is None else result.passphrase.text,
        "audit_log": log_state(result.notes),
    }


def add_command(export: Any, add: Callable[..., Parser]) -> None:
    command = add(
        "encrypted",
        cmd_export_encrypted,
        "one client's data as an age bundle (or an encrypted PDF) for that client",
        export,
    )
    command.add_argument("--client", required=True, metavar="ID")
    command.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="PATH",
        help="a new file, or a folder to write <label>-<date>.pdf|age in",
    )
    command.add_argument(
        "--label",
        metavar="TEXT",
        help="start of the file name when --out is a folder, e.g. the client's name so you "
        "can match file and recipient (default: bundle)",
    )
    command.add_argument(
        "--format",
        help="pdf or age (default: from the --out extension, else pdf for a passphrase "
        "and age for a recipient key)",
    )
    command.add_argument(
        "--recipient",
        metavar="AGE_PUBKEY",
        help="encrypt to this age public key (kept as the client's delivery setting)",
    )
    command.add_argument(
        "--passphrase",
        metavar="STYLE",
        help="encrypt to a new passphrase: digits (24, the default) or words (six EFF words)",
    )
    command.add_argument(
        "--contact", metavar="ID", help="the client's contact record the bundle is for"
    )
    command.add_argument("--language", default="ja", help="report language: ja (default) or en")
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="only show what the bundle would hold (delivery options given are still saved)",
    )
