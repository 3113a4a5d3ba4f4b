"""How CLI results look: one JSON document with --json, short readable text without."""

from __future__ import annotations

import json
import sys
from typing import Any

from vault.domain.model import Client as ClientModel
from vault.domain.model import FieldType, Record, escape_controls
from vault.search import SearchHit
from vault.storage.retention_store import Contract, DueItem, RecordRetention

MASK = "********"


def client(c: ClientModel) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "furigana": c.furigana,
        "emails": list(c.emails),
        "phones": list(c.phones),
        "records": c.record_count,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
    }


def record(r: Record, *, show_secrets: bool) -> dict[str, Any]:
    fields = [
        {
            "key": f.key,
            "type": f.type.value,
            "value": f.value if show_secrets or f.type is not FieldType.SECRET else MASK,
        }
        for f in r.fields
    ]
    return {
        "id": r.id,
        "client_id": r.client_id,
        "kind": r.kind.value,
        "title": r.title,
        "sensitivity": r.sensitivity.value,
        "fields": fields,
        "version": r.version,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
    }


def hit(h: SearchHit) -> dict[str, Any]:
    return {"client_id": h.client_id, "record_id": h.record_id, "kind": h.kind, "title": h.title}


def due(item: DueItem) -> dict[str, Any]:
    return {
        "client_id": item.client_id,
        "record_id": item.record_id,
        "title": item.title,
        "due": item.due and item.due.isoformat(),
        "overdue": item.overdue,
        "rule": item.rule,
        "hold": item.hold,
    }


def retention(r: RecordRetention) -> dict[str, Any]:
    return {
        "record_id": r.record_id,
        "client_id": r.client_id,
        "rule": r.rule.code.value,
        "pinned": r.pinned,
        "retain_until": r.retain_until and r.retain_until.isoformat(),
        "hold": r.hold,
    }


def contract(client_id: str, c: Contract, changed: int) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "contract_start": c.start and c.start.isoformat(),
        "contract_end": c.end and c.end.isoformat(),
        "records": changed,
    }


def _emit_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def failure(message: str, code: int, as_json: bool, details: dict[str, Any] | None = None) -> int:
    """The message on stderr; an error's details (the leak gate's suspects) on stdout."""
    sys.stderr.write(f"clientvault: {message}\n")
    if as_json:
        _emit_json({"error": message, "exit_code": code, **(details or {})})
    elif details:
        for key, rows in details.items():
            print(f"{key}:")
            for row in rows:
                print("  " + " | ".join(str(v) for v in row.values()))
    return code


def success(result: Any, as_json: bool) -> None:
    if isinstance(result, str):  # a document in its own format (CSV)
        sys.stdout.write(result)
        return
    if as_json:
        _emit_json(result)
        return
    if isinstance(result, list):
        _print_rows(result)
    elif "recovery_key" in result:
        _print_recovery(result)
    else:
        for key, value in result.items():
            print(f"{key}: {_text(value)}")


def _text(value: Any) -> str:
    """A value as a person reads it: no Python list or dict syntax."""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k}={_text(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "-" if value is None else escape_controls(str(value))


def _print_rows(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("(none)")
    for row in rows:
        shown = {k: v for k, v in row.items() if k not in ("fields", "created_at", "updated_at")}
        print("  ".join(_text(v) for v in shown.values()))
        for item in row.get("fields", []):
            key, value = escape_controls(item["key"]), escape_controls(item["value"], "\n\t")
            print(f"    {key}: {value}")


def _print_recovery(result: dict[str, Any]) -> None:
    for key, value in result.items():
        if key != "recovery_key":
            print(f"{key}: {_text(value)}")
    print()
    print("RECOVERY KEY — shown once. Write it down or print it, and keep it offline.")
    print("It opens this vault if the password is lost.")
    print()
    print(f"    {result['recovery_key']}")
    print()
