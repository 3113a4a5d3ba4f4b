"""Inventory, incidents, notices and offboarding."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP("VaultMessages", "Cancelled; no notice was written."),
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
)
