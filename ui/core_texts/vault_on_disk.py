"""Keys, storage, sessions, backups, erasure, attachments and the CLI's own checks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    # vault/keys/client_keys.py
    QT_TRANSLATE_NOOP("VaultMessages", "A client's key failed its integrity check."),
    QT_TRANSLATE_NOOP("VaultMessages", "No client with that id."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "A stored value ({table} {row}, {column}) failed its integrity check."
    ),
    # vault/cli/main.py
    QT_TRANSLATE_NOOP("VaultMessages", "{message} (see --help)."),
    QT_TRANSLATE_NOOP("VaultMessages", "{folder} already holds a vault."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "A demo needs at least one client and a non-negative record count."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Fields are given as KEY=VALUE (or KEY:TYPE=VALUE)."),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown field type '{type}'; use one of: {types}."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "The audit log was tampered with: {problem} ({more} more problems)."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The audit log was tampered with: {problem}."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "With --record give exactly one of --rule, --date, --hold or --release."
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "With --client give --contract-end or --contract-start, or --kind with --rule.",
    ),
    # vault/cli/prompt.py
    QT_TRANSLATE_NOOP("VaultMessages", "Expected the {what} as a line on standard input."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "No terminal to ask for the password on; use --password-stdin."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "No {what} was entered."),
    QT_TRANSLATE_NOOP("VaultMessages", "The two entries do not match."),
    # vault/storage/db.py
    QT_TRANSLATE_NOOP("VaultMessages", "SQLCipher refused secure_delete; refusing to store data."),
    QT_TRANSLATE_NOOP("VaultMessages", "The vault database is busy in another process."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db failed its integrity check (pages {pages}): it was altered or damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "vault.db failed its integrity check: it was altered or damaged."
    ),
    # vault/keys/device_secret.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "No secure OS keyring is available here, "
        "so 'also require this device' cannot be turned on.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This vault also needs this device's secret, which the OS keyring does not have; "
        "unlock with the recovery key instead.",
    ),
    # vault/storage/drafts.py
    QT_TRANSLATE_NOOP("VaultMessages", "No draft with that id."),
    # vault/keys/header.py
    QT_TRANSLATE_NOOP(
        "VaultMessages", "vault.header was rewritten by someone without the vault's key."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "vault.header is damaged: it is not readable as a header."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This vault was made by a newer ClientVault (format {version}); "
        "this version reads format {known} and older. Update ClientVault to open it.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "vault.header was altered or damaged: its checksum does not match."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "vault.header is damaged: a required field is missing."),
    QT_TRANSLATE_NOOP("VaultMessages", "vault.header is missing from the vault folder."),
    # vault/storage/instance_lock.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This vault is open in another ClientVault window or command; close it first.",
    ),
    # vault/keys/kdf.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "KDF settings below the minimum (memory {memory} MiB, time {time}) are not allowed.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "KDF parallelism must be between 1 and 16."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "The vault header names an unknown key-derivation function."
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The vault header asks for weaker key derivation than ClientVault ever writes.",
    ),
    # vault/domain/model.py
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown record kind; use one of: {kinds}."),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown sensitivity; use one of: {levels}."),
    QT_TRANSLATE_NOOP("VaultMessages", "The {what} contains a NUL character."),
    QT_TRANSLATE_NOOP("VaultMessages", "The {what} is longer than {limit:,} characters."),
    QT_TRANSLATE_NOOP("VaultMessages", "A title is required."),
    QT_TRANSLATE_NOOP("VaultMessages", "A field name is required."),
    QT_TRANSLATE_NOOP("VaultMessages", "The {what} is not a real date (use YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("VaultMessages", "Field '{field}' is not a real date (use YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("VaultMessages", "Field '{field}' is not a number."),
    QT_TRANSLATE_NOOP("VaultMessages", "Field '{field}' is not an e-mail address."),
    QT_TRANSLATE_NOOP("VaultMessages", "Field '{field}' is not a phone number."),
    # vault/domain/password_policy.py
    QT_TRANSLATE_NOOP("VaultMessages", "A password is required."),
    QT_TRANSLATE_NOOP("VaultMessages", "The password must be at least {count} characters long."),
    QT_TRANSLATE_NOOP("VaultMessages", "The password must be at most {count} characters long."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "That password is on the list of commonly used passwords; choose another."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The password is mostly a repeated character or pattern."),
    QT_TRANSLATE_NOOP("VaultMessages", "The password is mostly a sequence (abcd, 1234, qwerty)."),
    QT_TRANSLATE_NOOP("VaultMessages", "The password must not contain the app's name."),
    QT_TRANSLATE_NOOP("VaultMessages", "Choose another password."),
    # vault/keys/recovery.py
    QT_TRANSLATE_NOOP("VaultMessages", "A recovery key is 48 digits in 8 groups of 6."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "The recovery key has a typo: its last group does not match the others."
    ),
    # vault/domain/retention.py
    QT_TRANSLATE_NOOP("VaultMessages", "The {what} must be between the years {low} and {high}."),
    QT_TRANSLATE_NOOP("VaultMessages", "The number of days must be between 0 and {high}."),
    QT_TRANSLATE_NOOP("VaultMessages", "The contract cannot end before it starts."),
    QT_TRANSLATE_NOOP("VaultMessages", "The fixed rule takes a date; give the date instead."),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown retention rule; use one of: {rules}."),
    QT_TRANSLATE_NOOP("VaultMessages", "A legal hold needs a reason."),
    # vault/storage/retention_store.py
    QT_TRANSLATE_NOOP("VaultMessages", "That record is not on legal hold."),
    # vault/storage/schema.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This vault's database is version {version}; this ClientVault knows up to {known}. "
        "Update ClientVault to open it.",
    ),
    # vault/session.py
    QT_TRANSLATE_NOOP(
        "VaultMessages", "There is no vault in {folder}; create one with 'clientvault init'."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Unlock with either the password or the recovery key."),
    QT_TRANSLATE_NOOP("VaultMessages", "The password is wrong for this vault."),
    QT_TRANSLATE_NOOP("VaultMessages", "The recovery key is wrong for this vault."),
    QT_TRANSLATE_NOOP("VaultMessages", "vault.header has no {slot} slot."),
    QT_TRANSLATE_NOOP("VaultMessages", "The vault is locked."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "The audit log is broken; run 'clientvault audit verify' first."
    ),
    # vault/storage/client_store.py
    QT_TRANSLATE_NOOP("VaultMessages", "No record with that id."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "This record was changed elsewhere since it was opened; reopen it."
    ),
    # vault/storage/attachments.py
    QT_TRANSLATE_NOOP("VaultMessages", "A file name is required."),
    QT_TRANSLATE_NOOP("VaultMessages", "A file name cannot be '.' or '..'."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "A file name cannot contain '/', '\\', NUL or control characters."
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "The file name is longer than 255 bytes; rename the file first."
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "Something already exists at the output path; nothing was overwritten."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The folder for the output file does not exist."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file name is not valid text; rename the file first."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "The file to attach is a folder; attach the files in it one by one."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to attach is not a regular file."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to attach does not exist."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to attach cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("VaultMessages", "The output file cannot be written ({reason})."),
    QT_TRANSLATE_NOOP("VaultMessages", "No attachment with that id."),
    QT_TRANSLATE_NOOP("VaultMessages", "That record belongs to another client."),
    QT_TRANSLATE_NOOP("VaultMessages", "The attachment's file is missing from the vault folder."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The attachment's contents failed their integrity check (the file's header is not an "
        "attachment header).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The attachment's contents failed their integrity check (its chunks do not add up to "
        "the size the vault recorded).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The attachment's contents failed their integrity check (there are bytes after its "
        "last chunk).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The attachment's contents failed their integrity check (the file ends early: it was "
        "truncated).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The attachment's contents failed their integrity check (chunk {chunk} was altered, "
        "reordered or comes from another file).",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Cancelled; nothing was attached."),
    QT_TRANSLATE_NOOP("VaultMessages", "Cancelled; nothing was saved."),
    # vault/backup/
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This backup was made by a newer ClientVault (backup format {version}); update "
        "ClientVault to use it.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "At least one backup must be kept."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Backups go in the vault's own backups folder or outside the vault folder, not in "
        "{folder}.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "{folder} is not a folder."),
    QT_TRANSLATE_NOOP("VaultMessages", "{path} is not a ClientVault backup."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The backup's files do not belong together: its database is not the one it was made with.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The backup's database failed its integrity check: it was altered or damaged.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The backup's audit log was tampered with: {problem}."),
    QT_TRANSLATE_NOOP("VaultMessages", "The backup is missing {count} attachment files."),
    QT_TRANSLATE_NOOP("VaultMessages", "The backup's backup.json is damaged."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "This backup belongs to another vault; nothing was restored."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Cancelled; no backup was written."),
    QT_TRANSLATE_NOOP("VaultMessages", "Could not write the backup to {folder}: {reason}."),
    # vault/cli/erasure.py
    QT_TRANSLATE_NOOP(
        "VaultMessages", "Nothing was erased: add --yes to erase (or --dry-run to only look)."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Give either --client or --record (one or more)."),
    QT_TRANSLATE_NOOP("VaultMessages", "Automatic erasure can be set for {choices}."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "Some of this data is on legal hold; release the hold before erasing it."
    ),
    # vault/erasure/eraser.py
    QT_TRANSLATE_NOOP("VaultMessages", "Name at least one record to erase."),
    QT_TRANSLATE_NOOP(
        "VaultMessages", "Records of different clients are erased one client at a time."
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The reason must be rule, request or manual."),
    # vault/pdf/fonts.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "No font with Japanese characters was found; install one (for example Noto Sans CJK) "
        "or set CLIENTVAULT_PDF_FONT.",
    ),
    # vault/keys/signing.py
    QT_TRANSLATE_NOOP("VaultMessages", "A signature comment must be a single line."),
    QT_TRANSLATE_NOOP("VaultMessages", "The signature file is not in minisign's format."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file was signed by a different key."),
    QT_TRANSLATE_NOOP("VaultMessages", "The signature does not match the file: it was changed."),
    # vault/storage/attachments.py
    QT_TRANSLATE_NOOP("VaultMessages", "A column map holds at most {limit} columns."),
    QT_TRANSLATE_NOOP("VaultMessages", "A column header in the map is empty."),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown column role; use one of: {roles}."),
    QT_TRANSLATE_NOOP("VaultMessages", "Only CSV and Excel attachments can have a column map."),
)
