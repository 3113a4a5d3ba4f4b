"""`clientvault import clients FILE [--map JSON] [--dry-run] [--sheet NAME] [--delete-source]`.

The file is opened, its header read and the column map checked before the
password is asked for; the whole file is then read inside the import's one
transaction (with --dry-run, only counted). Ctrl+C cancels with nothing changed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.cli.common import Parser, open_vault
from vault.cli.prompt import SecretInput
from vault.errors import BadInput
from vault.importing.importer import (
    SOURCE_KEPT,
    ImportResult,
    Progress,
    delete_source,
    import_clients,
    inspect,
)
from vault.importing.mapping import parse_map, resolve


def _progress(args: argparse.Namespace) -> Progress | None:
    """Rows read so far on a terminal's stderr; never in --json output."""
    if args.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int | None) -> bool:
        end = "\n" if total is not None else ""
        sys.stderr.write(f"\rclientvault: {done:,} rows read{end}")
        sys.stderr.flush()
        return True

    return show


def _wants_deletion(args: argparse.Namespace, path: Path) -> bool:
    """--delete-source, or "yes" typed at a terminal after the honest warning."""
    if args.delete_source:
        return True
    if args.json or args.password_stdin or not sys.stdin.isatty():
        return False
    sys.stderr.write(
        f"The plaintext list is still at {path}. Overwrite it once and delete it? On SSDs "
        "and copy-on-write file systems an overwrite cannot be guaranteed. Type yes to "
        "delete: "
    )
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() == "yes"


def _source(args: argparse.Namespace, result: ImportResult) -> dict[str, Any]:
    if not result.committed:
        return {"path": str(result.source), "deleted": False, "note": None}
    if not _wants_deletion(args, result.source):
        return {"path": str(result.source), "deleted": False, "note": SOURCE_KEPT}
    try:
        note = delete_source(result.source)
    except BadInput as exc:  # the import itself succeeded: say so, and why the file stayed
        return {"path": str(result.source), "deleted": False, "note": str(exc)}
    return {"path": str(result.source), "deleted": True, "note": note}


def _document(result: ImportResult, source: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": str(result.source),
        "format": result.kind,
        "encoding": result.encoding,
        "dry_run": not result.committed,
        "columns": result.columns.to_json(),
        "rows": result.rows,
        "clients": result.clients,
        "contacts": result.contacts,
        "duplicates": result.duplicates,
        "problems": result.problems,
        "imported_without_a_value": result.incomplete,
        "formulas_kept_as_text": result.formulas,
        "preview": [row.to_json() for row in result.preview],
        "problem_rows": [p.to_json() for p in result.problem_list],
        "duplicate_rows": [d.to_json() for d in result.duplicate_list],
        "source": source,
    }


def _print_details(document: dict[str, Any]) -> None:
    """The preview, problems and duplicates as lines; the counts follow as key: value."""
    print("preview:")
    for row in document["preview"]:
        values = "  ".join(f"{k}={v}" for k, v in row["values"].items())
        mark = " (duplicate)" if row["duplicate"] else ""
        mark += " (problem)" if row["problems"] else ""
        print(f"  row {row['row']}: {values}{mark}")
    for problem in document["problem_rows"]:
        left_out = " (imported without it)" if problem["imported"] else ""
        where = f"row {problem['row']} ({problem['column']})"
        print(f"problem: {where}: {problem['problem']}{left_out}")
    for duplicate in document["duplicate_rows"]:
        of = duplicate["of_client"] or f"row {duplicate['of_row']}"
        print(f"duplicate: row {duplicate['row']} is {of}")


def cmd_import_clients(args: argparse.Namespace, secrets: SecretInput) -> dict[str, Any]:
    if args.dry_run and args.delete_source:
        raise BadInput("--delete-source deletes the file after a real import; drop --dry-run.")
    changes = None if args.map is None else parse_map(args.map)
    columns = resolve(inspect(args.file, sheet=args.sheet).headers, changes)
    with open_vault(args, secrets) as vault:
        result = import_clients(
            vault,
            args.file,
            columns,
            dry_run=args.dry_run,
            sheet=args.sheet,
            progress=_progress(args),
        )
    document = _document(result, _source(args, result))
    if args.json:
        return document
    _print_details(document)
    shown = ("file", "format", "encoding", "dry_run", "columns", "rows", "clients", "contacts")
    summary = {key: document[key] for key in shown}
    summary.update(
        duplicates=result.duplicates,
        problems=result.problems,
        imported_without_a_value=result.incomplete,
        formulas_kept_as_text=result.formulas,
        source_deleted=document["source"]["deleted"],
        note=document["source"]["note"],
    )
    return summary


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    group = commands.add_parser(
        "import", help="import the client list you already keep (CSV or XLSX)"
    ).add_subparsers(dest="import_command", metavar="{clients}", required=True, parser_class=Parser)
    clients = add(
        "clients",
        cmd_import_clients,
        "import a CSV or XLSX client list in one transaction, duplicates and problems listed",
        group,
    )
    clients.add_argument("file", type=Path, metavar="FILE")
    clients.add_argument(
        "--map",
        metavar="JSON",
        help='change the guessed columns, e.g. {"client_name": "会社名", "email": 4, "notes": '
        "null} (numbers count from 1)",
    )
    clients.add_argument("--dry-run", action="store_true", help="only show what would be added")
    clients.add_argument(
        "--sheet", metavar="NAME", help="the workbook's sheet (default: the first)"
    )
    clients.add_argument(
        "--delete-source",
        action="store_true",
        help="after the import, overwrite the file once and delete it",
    )
