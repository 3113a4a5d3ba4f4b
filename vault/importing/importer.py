"""Importing the freelancer's own client list: preview, dry run, then one transaction.

Every row becomes one client (its name, reading, e-mails, phones, notes, contract
period) and, when it says anything about a person or a place, one contact record.
A value that does not validate is left out and reported with its row number and
column, the client imported without it, so it can be fixed afterwards; only a row
without a usable client name is not imported (row_values.py). A row whose client
is already in the vault or earlier in the file (same name, NFKC-folded, and the
same e-mail or phone) is reported as a duplicate.

A dry run and an import read the file the same way, streaming; an import writes
as it reads inside one transaction, so a cancel, a hostile row deep in the file
or a crash leaves the vault as it was. Cells beginning with = + - @ are stored
as the literal text they are: nothing is ever evaluated (XLSX cells give the
value Excel cached, CSV cells are text), and exports neutralise such text.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vault.domain.model import (
    Client,
    Field,
    RecordKind,
    default_sensitivity,
    field_type_for,
)
from vault.errors import BadInput
from vault.importing.mapping import ColumnMap, Role, guess
from vault.importing.readers import Limits, Row, open_table
from vault.importing.row_values import check_name, reading_of, terms_of, without_bad_values
from vault.session import Vault
from vault.storage.client_store import CheckedClient, ClientStore, NewClient, NewRecord, Terms
from vault.storage.fileio import fsync_dir

PREVIEW_ROWS = 10
LISTED = 100  # problems and duplicates listed one by one; the rest only counted
BATCH = 500  # clients sealed and inserted per statement
PROGRESS_EVERY = 1000  # rows between progress calls

Progress = Callable[
    [int, int | None], bool
]  # rows read, rows in all (None: unknown); False cancels

SOURCE_KEPT = (
    "The source file still holds the list in plaintext; delete it, and its copies, once you "
    "no longer need it (--delete-source overwrites it once and deletes it after an import)."
)
SOURCE_DELETED = (
    "The source file was overwritten once and deleted. On SSDs and copy-on-write file "
    "systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, "
    "and backups or synced copies keep theirs: full-disk encryption is what protects those."
)

_CONTACT_ROLES = (
    (Role.CONTACT_NAME, "name"),
    (Role.FURIGANA, "furigana"),
    (Role.EMAIL, "email"),
    (Role.PHONE, "phone"),
    (Role.POSTAL_CODE, "postal_code"),
    (Role.ADDRESS, "address"),
)
_SEPARATORS = {
    Role.EMAIL: re.compile(r"[;,、\s]+"),
    Role.PHONE: re.compile(r"[;,、/／\n]+"),
}
_JOINED_BY = {Role.NOTES: "\n"}
_FORMULA = re.compile(r"[=+\-@](?![\d\s\-().]*$)")  # not a phone number or a signed number
_NOT_DIGITS = re.compile(r"\D")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Problem:
    """A value of a row that does not validate: left out of an imported row (`imported`),
    or, for the client name, the reason the row was not imported."""

    row: int
    role: Role | None  # None: the row as a whole
    error: BadInput
    imported: bool = False  # the row's client was imported without this value

    def to_json(self) -> dict[str, Any]:
        column = None if self.role is None else self.role.value
        return {
            "row": self.row,
            "column": column,
            "problem": str(self.error),
            "imported": self.imported,
        }


@dataclass(frozen=True)
class Duplicate:
    """A row that was not imported: its client is already in the vault or the file."""

    row: int
    of_row: int | None  # an earlier row of the file
    of_client: str | None  # an existing client's id

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "of_row": self.of_row, "of_client": self.of_client}


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: Mapping[Role, str]
    problems: tuple[Problem, ...]
    duplicate: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "values": {role.value: value for role, value in self.values.items()},
            "problems": [p.to_json() for p in self.problems],
            "duplicate": self.duplicate,
        }


@dataclass(frozen=True)
class Inspection:
    """What the mapping step shows: the headers, the guessed roles and the first rows."""

    kind: str
    encoding: str | None
    headers: tuple[str, ...]
    guess: ColumnMap
    sample: tuple[Row, ...]


@dataclass(frozen=True)
class ImportResult:
    """What an import did, or a dry run would do; `source` is for offering its deletion."""

    source: Path
    kind: str
    encoding: str | None
    columns: ColumnMap
    committed: bool
    rows: int  # rows with a mapped value, the header not counted
    clients: int
    contacts: int
    duplicates: int
    problems: int  # rows not imported: no usable client name
    formulas: int  # cells beginning with = + - @, kept as text
    preview: tuple[PreviewRow, ...]
    problem_list: tuple[Problem, ...]  # the first LISTED, of both kinds
    duplicate_list: tuple[Duplicate, ...]  # the first LISTED
    incomplete: int = 0  # rows imported without a value that did not validate


def inspect(
    path: Path, *, sheet: str | None = None, limits: Limits | None = None, rows: int = PREVIEW_ROWS
) -> Inspection:
    """Read only the header and the first rows: enough to choose the columns."""
    with open_table(path, sheet=sheet, limits=limits) as table:
        sample: list[Row] = []
        for row in table.rows:
            if len(sample) == rows:
                break
            sample.append(row)
        return Inspection(
            table.kind, table.encoding, table.headers, guess(table.headers), tuple(sample)
        )


def import_clients(
    vault: Vault,
    path: Path,
    columns: ColumnMap,
    *,
    dry_run: bool,
    sheet: str | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
    preview_rows: int = PREVIEW_ROWS,
) -> ImportResult:
    """Read the whole file and import it in one transaction (or, dry, only count)."""
    with open_table(path, sheet=sheet, limits=limits) as table:
        if table.headers != columns.headers:
            raise BadInput("The file changed since its columns were chosen; choose them again.")
        sorting = _Sorter(columns, _existing(vault), preview_rows)
        rows = _watched(table.rows, progress)
        if dry_run:
            for row in rows:
                sorting.take(row)
        else:
            with vault.clients.adding_clients() as add:
                for batch in _batches(sorting.take(row) for row in rows):
                    add(batch)
                sorting.audit(vault)
        return sorting.result(path, table.kind, table.encoding, committed=not dry_run)


def _watched(rows: Iterator[Row], progress: Progress | None) -> Iterator[Row]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, None):
            raise BadInput("Cancelled; nothing was imported.")
    if progress is not None and not progress(done, done):
        raise BadInput("Cancelled; nothing was imported.")


def _batches(items: Iterable[CheckedClient | None]) -> Iterator[list[CheckedClient]]:
    batch: list[CheckedClient] = []
    for item in items:
        if item is not None:
            batch.append(item)
        if len(batch) == BATCH:
            yield batch
            batch = []
    yield batch


Key = tuple[str, str]


def _fold(text: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).casefold())


def _keys(client: Client) -> set[Key]:
    """Same name and the same e-mail or phone: the same client (a name alone, if that is all)."""
    name = _fold(client.name)
    keys = {(name, "@" + _fold(e)) for e in client.emails}
    keys |= {(name, "#" + _NOT_DIGITS.sub("", p)) for p in client.phones}
    return keys or {(name, "")}


def _existing(vault: Vault) -> dict[Key, str]:
    return {key: c.id for c in vault.clients.list_clients() for key in _keys(c)}


class _Sorter:
    """Sorts rows into new clients, duplicates and problems, counting as it goes."""

    def __init__(self, columns: ColumnMap, existing: dict[Key, str], preview_rows: int) -> None:
        self._columns = columns
        self._used = sorted({i for indices in columns.roles.values() for i in indices})
        self._existing = existing
        self._seen: dict[Key, int] = {}
        self._preview_rows = preview_rows
        self.preview: list[PreviewRow] = []
        self.problems: list[Problem] = []
        self.duplicates: list[Duplicate] = []
        self.rows = self.clients = self.contacts = self.problem_count = 0
        self.duplicate_count = self.formulas = self.incomplete = 0

    def take(self, row: Row) -> CheckedClient | None:
        """The row's client, checked, or None when it is blank, has no usable name or is a
        duplicate. A value that does not validate is left out and listed."""
        values = self._values(row.cells)
        if not any(values.values()):
            return None
        self.rows += 1
        checked, problems = _checked(row.number, values)
        problems = tuple(sorted(problems, key=self._column_of))  # in the file's column order
        if checked is None:
            self._show(row.number, values, problems, duplicate=False)
            self.problem_count += 1
            self.problems += problems[: LISTED - len(self.problems)]
            return None
        duplicate = self._duplicate(row.number, _keys(checked.client))
        self._show(row.number, values, problems, duplicate=duplicate is not None)
        if duplicate is not None:
            self.duplicate_count += 1
            if len(self.duplicates) < LISTED:
                self.duplicates.append(duplicate)
            return None
        if problems:
            self.incomplete += 1
            self.problems += problems[: LISTED - len(self.problems)]
        self.clients += 1
        self.contacts += len(checked.records)
        return checked

    def _column_of(self, problem: Problem) -> int:
        return -1 if problem.role is None else min(self._columns.roles.get(problem.role, (-1,)))

    def _show(
        self,
        number: int,
        values: Mapping[Role, Sequence[str]],
        problems: tuple[Problem, ...],
        *,
        duplicate: bool,
    ) -> None:
        if len(self.preview) < self._preview_rows:
            joined = {role: _joined(role, v) for role, v in values.items() if v}
            self.preview.append(PreviewRow(number, joined, problems, duplicate))

    def _values(self, cells: tuple[str, ...]) -> dict[Role, list[str]]:
        """Each role's non-empty values, line breaks as LF; counts formula-like cells."""
        self.formulas += sum(
            1 for i in self._used if i < len(cells) and _FORMULA.match(cells[i].strip())
        )
        values: dict[Role, list[str]] = {}
        for role, indices in self._columns.roles.items():
            found = values[role] = []
            for index in indices:
                cell = cells[index].strip() if index < len(cells) else ""
                if not cell:
                    continue
                cell = cell.replace("\r\n", "\n").replace("\r", "\n")
                splitter = _SEPARATORS.get(role)
                found += [cell] if splitter is None else [p for p in splitter.split(cell) if p]
        return values

    def _duplicate(self, number: int, keys: set[Key]) -> Duplicate | None:
        """The vault's client first, then the file's earlier row (in a stable order)."""
        ordered = sorted(keys)
        for key in ordered:
            if key in self._existing:
                return Duplicate(number, None, self._existing[key])
        for key in ordered:
            if key in self._seen:
                return Duplicate(number, self._seen[key], None)
        self._seen.update(dict.fromkeys(keys, number))
        return None

    def audit(self, vault: Vault) -> None:
        """The import's one audit entry: counts only, no names or values."""
        vault.audit.append(
            "clients.imported",
            rows=self.rows,
            clients=self.clients,
            contacts=self.contacts,
            duplicates=self.duplicate_count,
            problems=self.problem_count,
            incomplete=self.incomplete,
        )

    def result(self, path: Path, kind: str, encoding: str | None, committed: bool) -> ImportResult:
        return ImportResult(
            source=path,
            kind=kind,
            encoding=encoding,
            columns=self._columns,
            committed=committed,
            rows=self.rows,
            clients=self.clients,
            contacts=self.contacts,
            duplicates=self.duplicate_count,
            problems=self.problem_count,
            formulas=self.formulas,
            preview=tuple(self.preview),
            problem_list=tuple(self.problems),
            duplicate_list=tuple(self.duplicates),
            incomplete=self.incomplete,
        )


def _joined(role: Role, values: Sequence[str]) -> str:
    return _JOINED_BY.get(role, " ").join(values)


def _value(role: Role, values: Mapping[Role, Sequence[str]]) -> str:
    """A role's text for one field: the first e-mail or phone, other roles' columns joined."""
    found = values.get(role, ())
    if role in _SEPARATORS:
        return found[0] if found else ""
    return _joined(role, found)


def _checked(
    number: int, values: Mapping[Role, Sequence[str]]
) -> tuple[CheckedClient | None, tuple[Problem, ...]]:
    """The row's client with the values that validate, and a problem for each value left
    out; (None, why) when the row cannot be imported at all."""
    terms, dropped = terms_of(values)
    reading, bad_reading = reading_of(values)
    dropped += bad_reading
    try:
        checked = ClientStore.check_new_client(_new_client(values, terms, reading))
    except BadInput as exc:
        try:
            check_name(values)
        except BadInput as bad_name:
            return None, (Problem(number, Role.CLIENT_NAME, bad_name),)
        kept, bad = without_bad_values(values)
        dropped += bad
        try:  # the slow path: each value alone
            checked = ClientStore.check_new_client(_new_client(kept, terms, reading))
        except BadInput:
            return None, (Problem(number, None, exc),)
    return checked, tuple(Problem(number, role, exc, imported=True) for role, exc in dropped)


def _new_client(values: Mapping[Role, Sequence[str]], terms: Terms, reading: str) -> NewClient:
    fields = tuple(
        Field(key, text, field_type_for(RecordKind.CONTACT, key))
        for role, key in _CONTACT_ROLES
        if (text := _value(role, values))
    )
    name = _value(Role.CLIENT_NAME, values)
    records: tuple[NewRecord, ...] = ()
    if fields:
        title = _value(Role.CONTACT_NAME, values) or name
        records = (
            NewRecord(RecordKind.CONTACT, title, fields, default_sensitivity(RecordKind.CONTACT)),
        )
    return NewClient(
        name,
        tuple(dict.fromkeys(values.get(Role.EMAIL, ()))),
        tuple(dict.fromkeys(values.get(Role.PHONE, ()))),
        _value(Role.NOTES, values),
        records,
        furigana=reading,
        terms=terms,
    )


# -- the plaintext source -------------------------------------------------------------

_BINARY = getattr(os, "O_BINARY", 0)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NON_BLOCK = getattr(os, "O_NONBLOCK", 0)


def delete_source(path: Path) -> str:
    """Overwrite the imported file once, then delete it; returns what that can and cannot
    promise, for the user to read."""
    try:
        kind = path.lstat().st_mode
    except FileNotFoundError as exc:
        raise BadInput("The source file is already gone.") from exc
    except OSError as exc:
        raise _not_deleted(exc) from exc
    if stat.S_ISLNK(kind):
        raise BadInput("The source file is a symbolic link; delete the file it points to yourself.")
    if not stat.S_ISREG(kind):  # a FIFO would block the open below
        raise BadInput("The source file is not a regular file; it was not deleted.")
    try:
        fd = os.open(path, os.O_WRONLY | _NO_FOLLOW | _NON_BLOCK | _BINARY)
    except OSError as exc:
        raise _not_deleted(exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped since the check above
            raise BadInput("The source file is not a regular file; it was not deleted.")
        zeros = memoryview(bytes(1 << 20))
        left = info.st_size
        while left:
            left -= os.write(fd, zeros[: min(left, len(zeros))])
        os.fsync(fd)
    except OSError as exc:
        raise _not_deleted(exc) from exc
    finally:
        os.close(fd)
    try:
        path.unlink()
        fsync_dir(path.parent)
    except OSError as exc:
        raise _not_deleted(exc) from exc
    return SOURCE_DELETED


def _not_deleted(exc: OSError) -> BadInput:
    return BadInput(
        "The source file could not be deleted ({reason}).",
        reason=exc.strerror or type(exc).__name__,
    )
