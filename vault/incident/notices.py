"""`incident notices`: one notice per affected person (text and PDF), one per client company
the freelancer worked for as a contractor instead of that company's persons, and
notices.csv for a mail merge. File names are numbers: no name ever becomes a file name.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vault.domain.retention import local_date
from vault.errors import BadInput
from vault.incident.notice_text import Notice, client_notice, person_notice
from vault.incident.report import check_out_dir
from vault.incident.scope import scope_of
from vault.incident.store import IncidentStore, Role
from vault.inventory.categories import Category
from vault.storage.fileio import atomic_write, fsync_dir, make_private_dir

if TYPE_CHECKING:
    from vault.session import Vault

Progress = Callable[[int, int], bool]  # (notices written, of how many) -> go on?

CSV_COLUMNS = (
    "number",
    "to",
    "client_id",
    "ref",
    "name",
    "email",
    "language",
    "text_file",
    "pdf_file",
)


@dataclass(frozen=True)
class Written:
    notices: int
    persons: int  # of them, to persons (the rest go to client companies)


def _cell(text: str) -> str:
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def write(
    vault: Vault,
    incident_id: str,
    out: Path,
    sender: str = "",
    progress: Progress | None = None,
) -> Written:
    """Write every notice into `out`. `progress(done, total)` is told after each notice
    (a PDF each: about half a second); returning False cancels. The files are written
    into a private folder beside `out` and renamed to it only when all are there, so a
    cancel or a failure leaves no notice behind."""
    check_out_dir(out)
    incident = IncidentStore(vault).get(incident_id)
    scope = scope_of(vault, incident)
    on = local_date(dt.datetime.fromisoformat(incident.discovered_at), vault.zone).isoformat()
    contractors = {c for c, r in incident.roles.items() if r == Role.CONTRACTOR.value}
    rows: list[tuple[Notice, list[str]]] = []
    for person in scope.persons:
        if person.client_id in contractors:
            continue
        notice = person_notice(
            len(rows) + 1,
            person.name,
            person.language,
            person.categories,
            incident.kind,
            on,
            sender,
        )
        rows.append((notice, ["person", person.client_id, person.ref, person.name, person.email]))
    persons = len(rows)
    for client_id in sorted(contractors & set(scope.client_ids)):
        theirs = [p for p in scope.persons if p.client_id == client_id]
        involved: set[Category] = set()
        for p in theirs:
            involved |= p.categories
        client = vault.clients.get_client(client_id)
        notice = client_notice(
            len(rows) + 1, client.name, len(theirs), involved, incident.kind, on, sender
        )
        email = client.emails[0] if client.emails else ""
        rows.append((notice, ["client", client_id, client_id, client.name, email]))
    partial = out.with_name(f".{out.name}.{secrets.token_hex(6)}.partial")
    try:
        make_private_dir(partial)
        _write_files(partial, rows, progress)
        check_out_dir(out)  # again: something may have appeared there meanwhile
        with vault.database.transaction():
            vault.audit.append("incident.notified", incident=incident_id, count=len(rows))
            if out.is_dir():
                out.rmdir()  # empty (checked): a rename replaces no folder on Windows
            partial.rename(out)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    fsync_dir(out.parent)
    return Written(len(rows), persons)


def _write_files(
    folder: Path, rows: list[tuple[Notice, list[str]]], progress: Progress | None
) -> None:
    from vault.incident.render import notice_pdf  # noqa: PLC0415 - fontTools loads slowly

    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    if progress is not None and not progress(0, len(rows)):
        raise BadInput("Cancelled; no notice was written.")
    for done, (notice, who) in enumerate(rows, start=1):
        stem = f"notice-{notice.number:04d}"
        atomic_write(folder / f"{stem}.txt", f"{notice.subject}\n\n{notice.body}\n".encode())
        atomic_write(folder / f"{stem}.pdf", notice_pdf(notice))
        to, client_id, ref, name, email = who
        writer.writerow(
            [
                str(notice.number),
                to,
                client_id,
                ref,
                _cell(name),
                _cell(email),
                notice.language,
                f"{stem}.txt",
                f"{stem}.pdf",
            ]
        )
        if progress is not None and not progress(done, len(rows)):
            raise BadInput("Cancelled; no notice was written.")
    atomic_write(folder / "notices.csv", table.getvalue().encode())
