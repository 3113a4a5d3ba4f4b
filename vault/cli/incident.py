"""`clientvault incident new|edit|list|report|notices`: record what went wrong, write the
report for the regulator (APPI) and the notices. Arguments are checked before the
password is asked for."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.domain.model import clean_text
from vault.incident import notices, report
from vault.incident.store import (
    TEXT_FIELDS,
    Incident,
    IncidentStore,
    parse_answer,
    parse_discovered,
    parse_kind,
    parse_role,
)


def _incident(i: Incident) -> dict[str, Any]:
    return {
        "id": i.id,
        "kind": i.kind.value,
        "status": i.status,
        "discovered_at": i.discovered_at,
        "clients": list(i.client_ids),
        "export_id": i.export_seq,
        "key_compromised": i.key_compromised,
        "roles": dict(i.roles),
    }


def cmd_new(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    kind = parse_kind(args.kind)
    parse_answer(args.key_compromised)
    roles = dict(parse_role(r) for r in args.role)
    clean_text(args.note, "note", 20_000)
    with open_vault(args, secrets) as vault:
        incident = IncidentStore(vault).new(
            kind,
            parse_discovered(args.discovered, vault.zone),
            client_ids=args.client,
            export_seq=args.export_id,
            key_compromised=args.key_compromised,
            note=args.note,
            roles=roles,
        )
    return _incident(incident)


def cmd_edit(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    texts = {key: value for key in TEXT_FIELDS if (value := getattr(args, key)) is not None}
    roles = dict(parse_role(r) for r in args.role)
    if args.key_compromised is not None:
        parse_answer(args.key_compromised)
    with open_vault(args, secrets) as vault:
        incident = IncidentStore(vault).edit(
            args.id,
            texts=texts,
            status=args.status,
            key_compromised=args.key_compromised,
            roles=roles,
        )
    return _incident(incident)


def cmd_list(args: argparse.Namespace, secrets: SecretInput) -> list[dict[str, Any]]:
    with open_vault(args, secrets) as vault:
        found = IncidentStore(vault).list()
        rows = []
        for incident in found:
            built = report.build(vault, incident.id).document
            rows.append({**_incident(incident), "deadlines": built["deadlines"]})
    return rows


def cmd_report(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    report.check_out_dir(args.out)
    with open_vault(args, secrets) as vault:
        written = report.write(vault, args.id, args.out)
    doc = written.document
    return {
        "out": str(args.out),
        "persons_affected": doc["persons_affected"],
        "special_care_persons": doc["special_care_persons"],
        "report_required": doc["report_required"],
        "triggers": doc["triggers"],
        "deadlines": {k: doc["deadlines"][k] for k in ("preliminary", "final")},
    }


def cmd_notices(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    report.check_out_dir(args.out)
    clean_text(args.sender, "sender", 2_000)
    with open_vault(args, secrets) as vault:
        written = notices.write(vault, args.id, args.out, args.sender.strip())
    return {"out": str(args.out), "notices": written.notices, "to_persons": written.persons}


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    incident = commands.add_parser(
        "incident", help="record an incident; write its report and notices"
    ).add_subparsers(
        dest="incident_command",
        metavar="{new,edit,list,report,notices}",
        required=True,
        parser_class=Parser,
    )
    new = add("new", cmd_new, "record an incident (a lost device, a misdelivery…)", incident)
    new.add_argument(
        "--kind",
        required=True,
        help="lost-device, misdelivery, unauthorised-access, malware or other",
    )
    new.add_argument(
        "--discovered",
        required=True,
        metavar="DATETIME",
        help="when it was discovered: YYYY-MM-DD HH:MM (local time) or with an offset",
    )
    new.add_argument(
        "--client",
        action="append",
        default=[],
        metavar="ID",
        help="a client concerned (repeat; default: every client)",
    )
    new.add_argument(
        "--export-id",
        type=int,
        metavar="N",
        help="for a misdelivery: the audit entry number of the bundle",
    )
    new.add_argument("--key-compromised", default="unknown", help="yes, no or unknown")
    new.add_argument("--note", default="", help="what happened, in your words")
    edit = add("edit", cmd_edit, "write what only you know: cause, measures, status", incident)
    edit.add_argument("--id", required=True)
    for key in TEXT_FIELDS:
        edit.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT")
    edit.add_argument("--status", help="open or closed")
    edit.add_argument("--key-compromised", help="yes, no or unknown")
    for sub in (new, edit):
        sub.add_argument(
            "--role",
            action="append",
            default=[],
            metavar="CLIENT=ROLE",
            help="operator, or contractor (委託先) for that client",
        )
    add("list", cmd_list, "incidents with their deadlines", incident)
    rep = add("report", cmd_report, "write report.json, report.pdf and persons.csv", incident)
    note = add("notices", cmd_notices, "write a notice per affected person", incident)
    for sub in (rep, note):
        sub.add_argument("--id", required=True)
        sub.add_argument(
            "--out", required=True, type=Path, metavar="DIR", help="a new or empty folder"
        )
    note.add_argument(
        "--sender",
        default="",
        metavar="TEXT",
        help="your name and contact, as the notices should give them",
    )
