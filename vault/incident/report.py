"""The incident report: report.json (the nine items of Enforcement Rules art. 8 and the
self-check), report.pdf (Japanese with English alongside) and persons.csv.

Every statement is taken from the vault's rows and audit log, or is what the freelancer
wrote into the incident (marked as theirs); anything else is {"status": "要記入"}. Only
the incident's clients are read, so nothing of another client can appear.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.audit.log import AuditEntry
from vault.domain.retention import local_date
from vault.errors import BadInput
from vault.incident import assessment
from vault.incident.scope import Scope, scope_of
from vault.incident.store import Incident, IncidentKind, IncidentStore
from vault.inventory.categories import Category, record_categories
from vault.inventory.exposures import plaintext_copies
from vault.inventory.special_care import special_care_hints
from vault.storage.fileio import atomic_write, make_private_dir

if TYPE_CHECKING:
    from vault.session import Vault

FORMAT = "clientvault-incident-report/1"
TODO = "要記入"
ITEM_KEYS = (
    "summary",
    "data_items",
    "persons",
    "cause",
    "secondary_harm",
    "response_to_persons",
    "publication",
    "prevention",
    "other",
)
# The freelancer's texts (vault/incident/store.py) for the items only they know.
_ITEM_TEXTS = {
    "cause": "cause",
    "secondary_harm": "secondary_harm",
    "response_to_persons": "response",
    "publication": "publication",
    "prevention": "measures",
    "other": "other",
}
NOTIFY = {
    "operator": "個人情報保護委員会へ報告し本人へ通知 / report to the PPC and notify the persons",
    "contractor": "委託元（顧客企業）へ速やかに通知 / notify the client company promptly",
}
PERSONS_CSV = ("client_id", "source", "ref", "name", "email", "language", "special_care", "items")


def todo() -> dict[str, str]:
    return {"status": TODO}


def _filled(value: Any, source: str = "vault") -> dict[str, Any]:
    return {"status": "記入済", "source": source, "value": value}


def check_out_dir(out: Path) -> None:
    """A new folder, or an empty one: refused before the password is asked for."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise BadInput("The output path exists and is not a folder; nothing was written.")
    if out.is_dir() and any(out.iterdir()):
        raise BadInput("The output folder is not empty; nothing was written.")
    if not out.parent.is_dir():
        raise BadInput("The folder for the output does not exist.")


@dataclass(frozen=True)
class Report:
    incident: Incident
    scope: Scope
    document: dict[str, Any]


def build(vault: Vault, incident_id: str) -> Report:
    incident = IncidentStore(vault).get(incident_id)
    scope = scope_of(vault, incident)
    entries = vault.audit.entries()
    exposures = (
        []
        if incident.kind is IncidentKind.MISDELIVERY
        else plaintext_copies(entries, set(scope.client_ids), incident.discovered_at)
    )
    categories: Counter[Category] = Counter()
    for record in scope.records:
        categories.update(record_categories(record))
    for person in scope.persons:
        if person.source == "dataset":
            categories.update(person.categories)
    if scope.attachments:
        categories[Category.FILES] = len(scope.attachments)
    flagged, credentials = assessment.counts_of(scope.records)
    hints = sum(bool(special_care_hints(r)) for r in scope.records)
    special_persons = sum(p.special_care for p in scope.persons)
    uncertain = bool(
        scope.unreadable_datasets
        or scope.missing_items
        or scope.erased_clients
        or not scope.bundle_recorded
    )
    facts = assessment.Facts(
        incident=incident,
        persons=len(scope.persons),
        special_care_persons=special_persons,
        special_care_records=flagged,
        unflagged_hints=hints,
        categories=frozenset(categories),
        credentials=credentials,
        plaintext_exposures=len(exposures),
        persons_uncertain=uncertain,
    )
    found = assessment.triggers(facts)
    exempt, reasons = assessment.exemption(facts)
    discovered_on = local_date(dt.datetime.fromisoformat(incident.discovered_at), vault.zone)
    notified = [
        e
        for e in entries
        if e.action == "incident.notified" and e.details.get("incident") == incident.id
    ]
    data_items = {c.value: categories[c] for c in Category if categories[c]}
    texts = incident.texts
    items: dict[str, Any] = {
        "summary": _filled(
            {
                "kind": incident.kind.value,
                "discovered_at": incident.discovered_at,
                "occurred_at": todo(),
                "description": texts["note"] if "note" in texts else todo(),
            }
        ),
        "data_items": _filled(data_items),
        "persons": _filled(
            {"persons": len(scope.persons), "special_care_persons": special_persons}
        ),
    }
    if not scope.bundle_recorded:  # an export from before bundles named their contents
        items["data_items"] = items["persons"] = todo()
    for key, text_key in _ITEM_TEXTS.items():
        items[key] = _filled(texts[text_key], "freelancer") if text_key in texts else todo()
    if "response" not in texts and notified:
        last = notified[-1]
        items["response_to_persons"] = _filled(
            {"notices_prepared": last.details.get("count"), "at": last.at, "sent": todo()}
        )
    clients = []
    for client_id in incident.client_ids:
        role = incident.roles.get(client_id)
        entry: dict[str, Any] = {
            "client_id": client_id,
            "persons": sum(p.client_id == client_id for p in scope.persons),
            "role": role or todo(),
            "notify": NOTIFY.get(role or "", todo()),
        }
        if client_id in scope.erased_clients:
            entry["erased_since"] = True
        else:
            entry["name"] = vault.clients.get_client(client_id).name
        clients.append(entry)
    document: dict[str, Any] = {
        "format": FORMAT,
        "incident_id": incident.id,
        "vault_id": vault.vault_id,
        "generated_at": vault.timestamp(),
        "status": incident.status,
        "disclaimer": assessment.SELF_CHECK,
        "items": {key: items[key] for key in ITEM_KEYS},
        "persons_affected": len(scope.persons),
        "persons_count_complete": not uncertain,
        "special_care_persons": special_persons,
        "clients": clients,
        "triggers": [t.code for t in found if t.applies is True],
        "trigger_assessment": [t.to_json() for t in found],
        "report_required": assessment.required(found, exempt),
        "encryption_exemption": {"applies": exempt, "reasons": reasons},
        "deadlines": assessment.deadlines(discovered_on, found),
        "encryption": _encryption(vault, incident, scope),
        "plaintext_exposures": [c.to_json() for c in exposures],
        "unmarked_special_care_records": hints,
        "changed_since_export": len(scope.changed_records),
        "deleted_since_export": scope.missing_items,
    }
    return Report(incident, scope, document)


def _encryption(vault: Vault, incident: Incident, scope: Scope) -> dict[str, Any]:
    header = vault.header
    unlocks = [
        e.at
        for e in vault.audit.entries()
        if e.action == "vault.unlocked" and e.at <= incident.discovered_at
    ]
    kdf = {k: v for k, v in header.kdf.to_json().items() if k != "salt"}
    block: dict[str, Any] = {
        "database": "SQLCipher 4 (AES-256, per-page HMAC-SHA512)",
        "values": "AES-256-GCM under a per-client data key",
        "kdf": kdf,
        "device_secret": header.device_secret,
        "auto_lock": todo(),  # an app setting on the device, not in the vault
        "last_unlocked_before_discovery": unlocks[-1] if unlocks else None,
        "locked_at_the_time": todo(),  # locks are not written to the audit log
    }
    if scope.export is not None:
        block["bundle"] = _bundle(vault, scope, scope.export)
    return block


def _bundle(vault: Vault, scope: Scope, entry: AuditEntry) -> dict[str, Any]:
    d = entry.details
    passphrase = d.get("recipient") == "passphrase"
    told = sum(
        e.action == "delivery.passphrase-told" and e.details.get("bundle") == d.get("sha256")
        for e in vault.audit.entries()
    )
    return {
        "audit_seq": entry.seq,
        "exported_at": entry.at,
        "sha256": d.get("sha256"),
        "size": d.get("size"),
        "format": d.get("format"),
        "encrypted": True,
        "cipher": (
            "PDF AES-256 (R6)"
            if d.get("format") == "pdf"
            else "age: scrypt passphrase"
            if passphrase
            else "age: X25519 public key"
        ),
        "recipient": d.get("recipient"),
        "key_fingerprint": d.get("fingerprint"),
        "passphrase": {
            "shown": "once, when the bundle was written",
            "told_again": told,
            "how_it_travelled": todo(),
        }
        if passphrase
        else None,
        "contents_recorded": scope.bundle_recorded,
        "records": len(scope.records),
        "attachments": len(scope.attachments),
    }


def persons_csv(scope: Scope) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(PERSONS_CSV)
    for p in scope.persons:
        row = [
            p.client_id,
            p.source,
            p.ref,
            p.name,
            p.email,
            p.language,
            "yes" if p.special_care else "no",
            ";".join(c.value for c in Category if c in p.categories),
        ]
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def write(vault: Vault, incident_id: str, out: Path) -> Report:
    """report.json, report.pdf and persons.csv into a new (or empty) folder; audit-logged."""
    from vault.incident.render import report_pdf  # noqa: PLC0415 - fontTools loads slowly

    check_out_dir(out)
    report = build(vault, incident_id)
    encoded = json.dumps(report.document, ensure_ascii=False, indent=2) + "\n"
    pdf = report_pdf(report.document)
    make_private_dir(out)
    atomic_write(out / "persons.csv", persons_csv(report.scope).encode())
    atomic_write(out / "report.pdf", pdf)
    atomic_write(out / "report.json", encoded.encode())
    with vault.database.transaction():
        vault.audit.append(
            "incident.reported",
            incident=incident_id,
            persons=report.document["persons_affected"],
        )
    return report
