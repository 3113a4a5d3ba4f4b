"""The core's error messages, in the user's language.

vault/ never imports Qt, so its errors carry an English template plus parameters
(vault/errors.py). Here the template is translated in the "VaultMessages" context and
then filled in. TEMPLATES lists every template raised under vault/ so pyside6-lupdate
puts them in the .ts files; tests/ui/test_core_messages.py keeps the list complete.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vault.errors import VaultError

CONTEXT = "VaultMessages"


def core_message(error: Exception) -> str:
    """One sentence for the user. An unexpected exception's own text is never shown:
    it could hold client data; only its type is named."""
    if isinstance(error, VaultError):
        text = QCoreApplication.translate(CONTEXT, error.template)
        if not error.params:
            return text  # taken literally, as VaultError does
        try:
            return text.format(**error.params)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return str(error)
    return QCoreApplication.translate("VaultMessages", "Something went wrong ({kind}).").format(
        kind=type(error).__name__
    )


_MARKED = (
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
    # vault/backup.py
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
    # vault/cli/export_encrypted.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Choose the contact person with --contact (the id of one of this client's contact "
        "records).",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Give either --recipient or --passphrase, not both."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "An encrypted PDF opens with a passphrase; leave out --recipient.",
    ),
    # vault/cli/export_redacted.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Operators are given as TYPE=OPERATOR, for example email=mask.",
    ),
    # vault/cli/importing.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "--delete-source deletes the file after a real import; drop --dry-run.",
    ),
    # vault/importing/importer.py
    QT_TRANSLATE_NOOP("VaultMessages", "The source file could not be deleted ({reason})."),
    QT_TRANSLATE_NOOP("VaultMessages", "Cancelled; nothing was imported."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The file changed since its columns were chosen; choose them again.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The source file is already gone."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The source file is not a regular file; it was not deleted.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The client name is empty."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The source file is a symbolic link; delete the file it points to yourself.",
    ),
    # vault/importing/mapping.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The column map gives {role} neither a header, a column number nor a list of them.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The column map names a header for {role} that the file does not have.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The column map names a header for {role} that the file has more than once; give its "
        "column number instead.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The column map gives {role} column {number}, but the file has {count} columns "
        "(numbers count from 1).",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The column map has an unknown role; use: {roles}."),
    # vault/importing/readers.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} is neither UTF-8 nor Shift_JIS text; save the file as CSV UTF-8 and import "
        "that.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row}, column {column} holds more than {limit:,} characters; that is not a client "
        "list.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} is longer than {limit:,} bytes; that is not a client list.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The workbook has no sheet by that name ({count} sheets)."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file has no header row: it is empty."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} holds a cell of more than {limit:,} characters; that is not a client list.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The file has more than {limit:,} rows; split it into smaller files and import them "
        "one by one.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The sheet has no header row: it is empty."),
    QT_TRANSLATE_NOOP("VaultMessages", "The workbook holds more than {limit:,} parts."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The workbook holds a part named outside itself (path traversal); it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The workbook contains macros; save it as .xlsx (without macros) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The workbook links to other workbooks; copy the values into it (Paste Values), remove "
        "the links, and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This is an old .xls workbook or a password-protected one; save it as .xlsx without a "
        "password (or as CSV UTF-8) and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A sheet can only be chosen in an Excel workbook; this is a CSV file.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to import is a folder."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to import is not a regular file."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to import does not exist."),
    QT_TRANSLATE_NOOP("VaultMessages", "The file to import cannot be read ({reason})."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} contains a NUL byte; this is not a text CSV file.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This CSV is UTF-16 text; save it as CSV UTF-8 and import that.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} has more than {limit} columns; that is not a client list.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The workbook is damaged or not an Excel file; nothing was read.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "The workbook has no worksheet."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The workbook holds two parts with the same name; it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The workbook would unpack to far more than it holds (a zip bomb); it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} is not valid {encoding} text like the rows before it; the file mixes "
        "encodings or is damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The sheet is damaged near row {row}; nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Row {row} is not well-formed CSV (a stray quote or an unclosed one).",
    ),
    # vault/redaction/detectors.py
    QT_TRANSLATE_NOOP("VaultMessages", "A term to redact needs at least two characters."),
    # vault/redaction/export.py
    QT_TRANSLATE_NOOP("VaultMessages", "{path} already exists; choose a new name for the export."),
    QT_TRANSLATE_NOOP("VaultMessages", "The folder {folder} does not exist."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The export was refused: its name holds personal data ({kind}); choose another name.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "'{term}' is part of the wording of every bundle and cannot be redacted.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The export was refused: personal data ({kind}) was found in {file}; nothing was written.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Could not write the export to {path}: {reason}."),
    QT_TRANSLATE_NOOP("VaultMessages", "No record {record} among this client's records."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The export was refused: {file} could not be checked; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The export was refused: {count} suspect spans ({reason}) in {file} were "
        "neither redacted nor kept; nothing was written.",
    ),
    # vault/cli/main.py (record add)
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This record looks special-care ('{term}'); add --sensitivity special-care, "
        "or --sensitivity normal to keep it as it is.",
    ),
    # vault/redaction/operators.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Unknown kind of personal data '{kind}'; use one of: {kinds}.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown operator '{operator}'; use one of: {operators}."),
    QT_TRANSLATE_NOOP("VaultMessages", "Only dates and addresses can be generalised, not {kind}."),
    # vault/sharing/bundle.py
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown bundle format; use age or pdf."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The client's data or delivery setting changed after the preview; nothing was exported.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "This client has no delivery setting; choose the contact person and an age key or a "
        "passphrase first.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The contact person this client's bundles go to was deleted; choose another.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "An encrypted PDF opens with a passphrase, but this client's bundles go to an age key.",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "Cancelled; nothing was exported."),
    QT_TRANSLATE_NOOP("VaultMessages", "The bundle cannot be written ({reason})."),
    # vault/sharing/delivery.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "That is an age secret key, which must stay with the client; ask for the public key "
        "(age1...).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "That is not an age public key (age1... with a valid checksum).",
    ),
    QT_TRANSLATE_NOOP("VaultMessages", "No passphrase bundle was made for this client yet."),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The recipient must be one of this client's contact records.",
    ),
    # vault/sharing/passphrase.py
    QT_TRANSLATE_NOOP("VaultMessages", "The word list is missing or damaged; use digits."),
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown passphrase style; use digits or words."),
    # vault/sharing/report.py
    QT_TRANSLATE_NOOP("VaultMessages", "Unknown report language; use ja or en."),
    # vault/importing/mapping.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The column map is not a JSON object; write it like {example}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "No column was recognised as the client name; name it with --map, e.g. {example} or "
        "{number}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The column map is not valid JSON; write it like {example}.",
    ),
    # vault/cli/inventory.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Choose one of --json, --csv and --pdf.",
    ),
    # vault/cli/main.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A signed log is one client's: give --client and --out.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "--out writes the signed log; add --signed.",
    ),
    # vault/cli/offboard.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Offboarding erases the client for good; add --yes to go ahead.",
    ),
    # vault/incident/report.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The output path exists and is not a folder; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The output folder is not empty; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The folder for the output does not exist.",
    ),
    # vault/incident/scope.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Audit entry {seq} does not exist.",
    ),
    # vault/incident/store.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Answer yes, no or unknown.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Unknown incident kind; use one of: {kinds}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Give a role as CLIENT_ID=operator or CLIENT_ID=contractor.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The discovery time is not a date and time (use YYYY-MM-DD HH:MM).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The discovery time is in the future.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A misdelivery names the bundle that went astray: give --export-id.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "There is no incident with id {id}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The status is open or closed.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Nothing to change.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Audit entry {seq} is not an encrypted bundle export (see 'clientvault audit show').",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "That export is of another client than the one given.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "There is no client with id {id}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Client {id} is not concerned by this incident.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Unknown incident field {field}.",
    ),
    # vault/offboarding/client_log.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The audit log has no entry for client {id}.",
    ),
    # vault/offboarding/offboard.py
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Some of this client's data is on legal hold; release it first.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The returned file changed after it was written; nothing was erased.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Choose the contact person the data goes back to (--contact).",
    ),
    # damage, full disks, KDF ceilings, erasure cleanup, pending recovery keys (issue 12)
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A cleanup names a client folder that is not a client id.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A cleanup names a file that is not an attachment id.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A cleanup names a path outside the vault's blobs folder.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "An erasure's cleanup list was not written by this vault; it was not acted on.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "KDF settings above {memory} MiB, {passes} passes or {work} MiB-passes in all are "
        "not supported.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "That is not the new recovery key; it is still waiting.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The disk holding {folder} is full ({free} KiB free; ClientVault needs at least "
        "{needed} KiB to write), so nothing can be changed; reading still works. Free "
        "some space to change anything.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The disk holding {folder} is full: the change needed more room than was free, "
        "and it was rolled back. Free some space and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The vault folder {folder} is read-only, so nothing can be changed; reading still "
        "works. Make the folder writable to change anything.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The vault header asks for more key-derivation work than ClientVault ever writes; "
        "it was not attempted.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The vault was opened read-only because its disk was full or its folder "
        "read-only; lock and unlock it again to change anything.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "There is no new recovery key waiting to be confirmed.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db failed its integrity check on opening: it was altered, truncated or "
        "damaged. Nothing was changed; to restore, copy one of the vault's backups to a "
        "new folder and open that folder with the password the backup was made under.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db holds no vault data, though vault.header says this vault was made: it "
        "was replaced or damaged. Nothing was changed; to restore, copy one of the "
        "vault's backups to a new folder and open that folder with the password the "
        "backup was made under.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db in the vault folder is not a file.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db is empty (0 bytes), though vault.header says this vault was made: it "
        "was damaged or replaced. Nothing was changed; to restore, copy one of the "
        "vault's backups to a new folder and open that folder with the password the "
        "backup was made under.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db is missing from the vault folder. Nothing was changed; to restore, copy "
        "one of the vault's backups to a new folder and open that folder with the "
        "password the backup was made under.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db is truncated ({size} bytes, not whole pages): it was damaged. Nothing "
        "was changed; to restore, copy one of the vault's backups to a new folder and "
        "open that folder with the password the backup was made under.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A name or title cannot contain control characters (such as ESC, CR or a "
        "right-to-left override).",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Argument {number} is not valid UTF-8 text.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "That age public key is a low-order key that nobody can decrypt for; ask the "
        "client for the public key their age program shows.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The fields line is not JSON; write it like {example}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The fields line must be a JSON object of texts, like {example}.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The path given for {option} holds a NUL character.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The {what} on standard input is not valid UTF-8 text.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db is older than the erasure certificates in the vault folder ({count} "
        "erasures it does not know): an older copy was put back (a rollback). Nothing was "
        "changed; put the current vault.db back.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db is older than vault.header (it lacks audit entry {seq}): an older copy "
        "was put back (a rollback) or its newest entries were removed. Nothing was "
        "changed; put the current vault.db back. To go back on purpose, use 'clientvault "
        "backup restore', which keeps erasures erased.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.header is damaged: it is far larger than any header.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.header is not a regular file (a link or a device).",
    ),
)
# QT_TRANSLATE_NOOP hands its text back unchanged; the stubs only type it as object.
TEMPLATES: tuple[str, ...] = tuple(str(template) for template in _MARKED)

# Notes the core returns rather than raises (translated in the same context).
NOTES: tuple[str, ...] = (
    str(
        QT_TRANSLATE_NOOP(
            "VaultMessages",
            "The source file was overwritten once and deleted. On SSDs and copy-on-write file "
            "systems (APFS, Btrfs, ZFS) an overwrite cannot be guaranteed to reach the old data, "
            "and backups or synced copies keep theirs: full-disk encryption is what protects "
            "those.",
        )
    ),
)
