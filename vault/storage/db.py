"""The SQLCipher connection: raw 256-bit key, WAL, synchronous=FULL, secure_delete.

Every SQLCipher failure that can only come from changed bytes (the key was
already proven by the header) is translated into VaultTampered, naming the
pages that failed their HMAC when SQLCipher can tell.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from vault.errors import VaultBusy, VaultDamaged, VaultTampered, VaultUnwritable
from vault.keys.secret import SecretKey
from vault.storage.disk import unwritable
from vault.storage.fileio import PRIVATE_FILE
from vault.storage.schema import migrate

DB_NAME = "vault.db"
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_FULL = 8, 10, 14, 13
_WRITE_FAILURES = frozenset({_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_FULL})
PAGE_SIZE = 4096  # SQLCipher 4's default; a database file is always whole pages
Row = tuple[Any, ...]


def _key_pragma(key: SecretKey) -> str:
    return f"PRAGMA key = \"x'{key.view().hex()}'\""


def _wipe_text(text: str) -> None:
    """Zero a str we made and nobody else holds (CPython, compact ASCII): the key pragma
    would otherwise stay in freed memory after lock."""
    if text.isascii():
        ctypes.memset(id(text) + sys.getsizeof("") - 1, 0, len(text))


def _apply_key(conn: sqlcipher3.Connection, key: SecretKey) -> None:
    """`executescript` bypasses the statement cache, so no cache keeps (or hashes) the text."""
    pragma = _key_pragma(key)
    try:
        conn.executescript(pragma)
    finally:
        _wipe_text(pragma)


def _connect(path: Path, read_only: bool) -> sqlcipher3.Connection:
    if not read_only:
        return sqlcipher3.connect(str(path), isolation_level=None, timeout=5.0)
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        # Nothing beyond the main file to read, and no lock or index file to make.
        uri = path.absolute().as_uri() + "?immutable=1"
        return sqlcipher3.connect(uri, uri=True, isolation_level=None)
    return sqlcipher3.connect(str(path), isolation_level=None, timeout=5.0)


def _check_file(path: Path) -> None:
    """An existing vault's database must be a non-empty file of whole pages.

    SQLite would take a missing or empty file for a new database and an unlock
    would silently re-create the vault; this refuses before any key is used.
    """
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise VaultDamaged(
            "vault.db is missing from the vault folder. Nothing was changed; to restore, "
            "copy one of the vault's backups to a new folder and open that folder with the "
            "password the backup was made under."
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        raise VaultDamaged("vault.db in the vault folder is not a file.")
    if info.st_size == 0:
        raise VaultDamaged(
            "vault.db is empty (0 bytes), though vault.header says this vault was made: "
            "it was damaged or replaced. Nothing was changed; to restore, copy one of the "
            "vault's backups to a new folder and open that folder with the password the "
            "backup was made under."
        )
    if info.st_size % PAGE_SIZE:
        raise VaultDamaged(
            "vault.db is truncated ({size} bytes, not whole pages): it was damaged. Nothing "
            "was changed; to restore, copy one of the vault's backups to a new folder and "
            "open that folder with the password the backup was made under.",
            size=info.st_size,
        )


class Database:
    """One connection to vault.db. Not thread-safe; each thread opens its own."""

    def __init__(
        self, path: Path, key: SecretKey, *, create: bool = False, read_only: bool = False
    ) -> None:
        """`read_only`: for a full disk or a read-only folder (vault/storage/disk.py), where
        SQLite could not even make its -shm index; nothing can be written."""
        if not create:
            _check_file(path)
        self.path = path
        self.read_only = read_only
        self.on_commit: Callable[[], None] | None = None  # after every COMMIT (rollback pin)
        if create:
            # Permission first: SQLite gives the -wal and -shm files the main file's mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        self._conn = _connect(path, read_only)
        try:
            # SQLCipher logs failed page HMACs to stderr itself; they are reported as VaultTampered.
            self._conn.execute("PRAGMA cipher_log_level = NONE")
            _apply_key(self._conn, key)
            if read_only:  # the WAL index in memory instead of a -shm file
                self._conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                self._conn.execute("PRAGMA query_only = ON")
            self._translate_open()
            if not create and not self.scalar("PRAGMA user_version"):
                raise VaultDamaged(
                    "vault.db holds no vault data, though vault.header says this vault was "
                    "made: it was replaced or damaged. Nothing was changed; to restore, copy "
                    "one of the vault's backups to a new folder and open that folder with "
                    "the password the backup was made under."
                )
            self._conn.execute("PRAGMA foreign_keys = ON")
            if create:
                self._conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            if not read_only:
                self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA secure_delete = ON")
            if self.scalar("PRAGMA secure_delete") != 1:
                raise VaultDamaged("SQLCipher refused secure_delete; refusing to store data.")
        except BaseException:
            self._conn.close()
            raise

    def _translate_open(self) -> None:
        try:
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            self._raise_if_unwritable(exc)
            raise VaultTampered(
                "vault.db failed its integrity check on opening: it was altered, truncated "
                "or damaged. Nothing was changed; to restore, copy one of the vault's backups "
                "to a new folder and open that folder with the password the backup was made "
                "under."
            ) from exc

    def migrate(self) -> int:
        with self._translated():
            return migrate(self._conn)

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except sqlcipher3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise VaultBusy("The vault database is busy in another process.") from exc
            self._raise_if_unwritable(exc)
            raise
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.DatabaseError as exc:
            self._raise_if_unwritable(exc)
            raise self._damage() from exc

    def _raise_if_unwritable(self, exc: sqlcipher3.DatabaseError) -> None:
        """A full disk or read-only folder shows up as I/O errors: name it, not damage."""
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in _WRITE_FAILURES:
            return
        problem = unwritable(self.path.parent)
        if problem is not None:
            raise problem from exc
        if code == _SQLITE_FULL:
            raise VaultUnwritable(
                "The disk holding {folder} is full: the change needed more room than was "
                "free, and it was rolled back. Free some space and try again.",
                folder=str(self.path.parent),
            ) from exc
        if self.read_only and code == _SQLITE_READONLY:
            raise VaultUnwritable(
                "The vault was opened read-only because its disk was full or its folder "
                "read-only; lock and unlock it again to change anything."
            ) from exc

    def _damage(self) -> VaultTampered:
        try:
            rows = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except sqlcipher3.DatabaseError:
            rows = []
        pages = [str(r[0]).split("page ")[-1].split()[0] for r in rows if "page" in str(r[0])]
        if pages:
            return VaultTampered(
                "vault.db failed its integrity check (pages {pages}): it was altered or damaged.",
                pages=", ".join(pages[:5]),
            )
        return VaultTampered("vault.db failed its integrity check: it was altered or damaged.")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._translated():
            return list(self._conn.execute(sql, params).fetchall())

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._translated():
            self._conn.executemany(sql, rows)

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back."""
        with self._translated():
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        with self._translated():
            self._conn.execute("COMMIT")
        if self.on_commit is not None:
            self.on_commit()

    def check_pages(self) -> None:
        """Every page's HMAC, before a session's first write: a write into a damaged file
        would bury the damage under new pages (and could spread it)."""
        with self._translated():
            bad = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            raise self._damage()

    def integrity_problems(self) -> list[str]:
        """Both SQLite's structural check and SQLCipher's per-page HMAC check."""
        with self._translated():
            cipher = [r[0] for r in self._conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if cipher:  # SQLite's own check would stop with an error at the first such page
            return cipher
        with self._translated():
            structural = [r[0] for r in self._conn.execute("PRAGMA integrity_check").fetchall()]
        return [p for p in structural if p != "ok"]

    def checkpoint(self) -> None:
        with self._translated():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def export_to(self, target: Path, key: SecretKey) -> None:
        """Copy the whole database into a new SQLCipher file under another key."""
        # Permission first, as in __init__: ATTACH would create the file with the umask's mode.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        with self._translated():
            self._conn.execute(
                f"ATTACH DATABASE ? AS target KEY \"x'{bytes(key.view()).hex()}'\"", (str(target),)
            )
            try:
                self._conn.execute("PRAGMA target.auto_vacuum = INCREMENTAL")
                self._conn.execute("SELECT sqlcipher_export('target')")
                version = self.scalar("PRAGMA user_version")
                self._conn.execute(f"PRAGMA target.user_version = {int(version)}")
            finally:
                self._conn.execute("DETACH DATABASE target")

    def close(self) -> None:
        self._conn.close()
