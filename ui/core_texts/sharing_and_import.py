"""Exports (encrypted and redacted), importing, sharing settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
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
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The review page was not written: its name holds personal data ({kind}); "
        "choose another name.",
    ),
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
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A file name label is at most {max} characters; nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "--label names the file in the --out folder; give a folder as --out.",
    ),
)
