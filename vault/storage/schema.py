"""Database schema as an ordered list of migrations, tracked by PRAGMA user_version.

Each migration runs in the same transaction as the version bump, so a crash
mid-migration leaves the previous version intact. Plain columns are limited
to what queries need (ids, kinds, dates, flags, sizes); every `BLOB` column
that holds something a person wrote is AES-GCM under the client's key.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Protocol

from vault.errors import VaultTooNew

V1 = """
CREATE TABLE clients (
    id            TEXT PRIMARY KEY,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    wrapped_dek   BLOB NOT NULL,
    name          BLOB NOT NULL,
    details       BLOB NOT NULL,
    legal_hold    INTEGER NOT NULL DEFAULT 0,
    retain_until  TEXT
);
CREATE TABLE records (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('contact', 'note', 'credential', 'record')),
    sensitivity   TEXT NOT NULL CHECK (sensitivity IN ('normal', 'personal', 'special-care')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    size          INTEGER NOT NULL,
    legal_hold    INTEGER NOT NULL DEFAULT 0,
    retain_until  TEXT,
    title         BLOB NOT NULL,
    fields        BLOB NOT NULL
);
CREATE INDEX records_by_client ON records (client_id, kind);
CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    client_ref  TEXT,
    details     TEXT NOT NULL,
    prev_mac    BLOB NOT NULL,
    mac         BLOB NOT NULL
);
"""

# Encrypted drafts: edits interrupted by a lock, offered back after unlock.
V2 = """
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    record_id  TEXT REFERENCES records(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    payload    BLOB NOT NULL
);
"""

# Retention (vault/domain/retention.py). Each record keeps its effective rule and the date it
# yields (NULL: no date yet); `rule_pinned` marks a rule set on the record itself, and
# `retain_fixed` a pinned fixed date. A hold's reason is sealed like any value. Rows
# from before get the defaults: contact, credential and note are personal data (no date
# until a contract end is set), free-form records transaction documents (5 years from
# the day after 15 March of the next year). Their year is taken at UTC+14, the latest
# calendar day anywhere, so no time zone gets an earlier date than it should.
V3 = """
ALTER TABLE clients ADD COLUMN contract_start TEXT;
ALTER TABLE clients ADD COLUMN contract_end TEXT;
ALTER TABLE records ADD COLUMN retention_rule TEXT;
ALTER TABLE records ADD COLUMN rule_pinned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN retain_fixed TEXT;
ALTER TABLE records ADD COLUMN hold_reason BLOB;
CREATE TABLE retention_overrides (
    client_id  TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    rule       TEXT NOT NULL,
    fixed_on   TEXT,
    PRIMARY KEY (client_id, kind)
);
CREATE INDEX records_by_retention ON records (retain_until);
UPDATE records SET retention_rule = CASE kind WHEN 'record' THEN 'transaction' ELSE 'personal' END;
UPDATE records SET retain_until =
    printf('%04d-03-15', CAST(strftime('%Y', created_at, '+14 hours') AS INTEGER) + 6)
    WHERE kind = 'record' AND strftime('%Y', created_at) IS NOT NULL;
"""

# Attachments, erasure and backups (issues 4 and 6).
# - attachments: contents live in blobs/<client_id>/<id> (vault/storage/layout.py) as chunked
#   AES-GCM under the client's key; `meta` (name, media type, SHA-256 of the plaintext,
#   column map) is sealed like any value. A record's attachments go with the record.
# - tombstones: one row per erasure, without names: which id was erased (random ids),
#   counts by kind, the erased key's fingerprint and the certificate's hash.
#   `finished_at` stays NULL until the cleanup after the commit (checkpoint, vacuum,
#   blob files, backups, certificate files) is done; unlocking finishes it.
# - auto_erase: retention rules whose due records the sweep erases without asking.
# - backups: snapshots the app made (in backups/ or a folder the user chose), so an
#   erasure can purge or rewrite every copy that still holds the erased key.
V4 = """
CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    record_id   TEXT REFERENCES records(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    chunks      INTEGER NOT NULL,
    meta        BLOB NOT NULL
);
CREATE INDEX attachments_by_client ON attachments (client_id, record_id);
CREATE TABLE tombstones (
    id                  TEXT PRIMARY KEY,
    erased_at           TEXT NOT NULL,
    scope               TEXT NOT NULL CHECK (scope IN ('client', 'record', 'person')),
    reason              TEXT NOT NULL CHECK (reason IN ('rule', 'request', 'manual')),
    subject             TEXT NOT NULL,
    counts              TEXT NOT NULL,
    key_fingerprint     TEXT,
    certificate_sha256  TEXT NOT NULL,
    finished_at         TEXT
);
CREATE TABLE auto_erase (
    rule  TEXT PRIMARY KEY
);
CREATE TABLE backups (
    id          TEXT PRIMARY KEY,
    path        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    managed     INTEGER NOT NULL DEFAULT 1
);
"""

# How each client receives encrypted bundles (vault/sharing/delivery.py): to an age public
# key or to a generated passphrase, for one of the client's contact records (`contact_id`,
# checked in code: a deleted contact leaves the setting without a recipient). The key
# (`recipient`) and the passphrase of the latest passphrase bundle (`passphrase`, kept
# so it can be told again) are sealed under the client's key like any value.
V5 = """
CREATE TABLE deliveries (
    client_id   TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    mode        TEXT NOT NULL CHECK (mode IN ('age', 'passphrase')),
    style       TEXT CHECK (style IN ('digits', 'words')),
    contact_id  TEXT NOT NULL,
    recipient   BLOB,
    passphrase  BLOB,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
"""

# Incidents (vault/incident): a lost device, a misdelivered bundle... recorded with what the
# vault knows (kind, when discovered, the clients or the export concerned) and what the
# freelancer writes later (`texts`: cause, measures...; `roles`: operator or contractor per
# client), as JSON. An incident spans clients, so its texts are not under one client's key;
# they are protected by the database's own encryption, and hold no values of records.
V6 = """
CREATE TABLE incidents (
    id               TEXT PRIMARY KEY,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    kind             TEXT NOT NULL,
    discovered_at    TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    client_ids       TEXT NOT NULL,
    export_seq       INTEGER,
    key_compromised  TEXT NOT NULL CHECK (key_compromised IN ('yes', 'no', 'unknown')),
    texts            TEXT NOT NULL,
    roles            TEXT NOT NULL
);
"""

# Drafts of editors that are not record editors (vault/storage/form_drafts.py): a client's
# own dialog, new or edited. A draft about a client is sealed under its key and goes with
# it; a new client's draft has a key of its own (`wrapped_key`, wrapped like a client's).
V7 = """
CREATE TABLE form_drafts (
    id           TEXT PRIMARY KEY,
    form         TEXT NOT NULL,
    client_id    TEXT REFERENCES clients(id) ON DELETE CASCADE,
    saved_at     TEXT NOT NULL,
    wrapped_key  BLOB,
    payload      BLOB NOT NULL,
    CHECK ((client_id IS NULL) <> (wrapped_key IS NULL))
);
"""

# Records bound to their columns (vault/storage/record_binding.py): a record's sealed values
# carry its version, sensitivity, legal hold and retention columns in their associated
# data. Sealing existing records again needs the client keys, so this only marks the
# work; the first unlock does it (`keyed_steps` lists such work still to do).
V8 = """
CREATE TABLE keyed_steps (
    name  TEXT PRIMARY KEY
);
INSERT INTO keyed_steps (name) SELECT 'bind-records' WHERE EXISTS (SELECT 1 FROM records);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6, V7, V8)


class Connection(Protocol):
    def execute(self, sql: str, /) -> object: ...
    def executescript(self, sql: str, /) -> object: ...


def schema_version(conn: Connection) -> int:
    cursor = conn.execute("PRAGMA user_version")
    row = cursor.fetchone()  # type: ignore[attr-defined]
    return int(row[0])


def migrate(conn: Connection, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Bring the database to the newest version; returns the version it started at."""
    start = schema_version(conn)
    if start > len(migrations):
        raise VaultTooNew(
            "This vault's database is version {version}; this ClientVault knows up to "
            "{known}. Update ClientVault to open it.",
            version=start,
            known=len(migrations),
        )
    for version in range(start + 1, len(migrations) + 1):
        step = migrations[version - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except Exception:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            raise
    return start
