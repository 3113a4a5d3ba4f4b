"""Damage, full disks, KDF ceilings, erasure cleanup, pending recovery keys, hostile input;
the password generator's options."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "The rollback pin in the OS keyring is not one ClientVault wrote; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "vault.db and vault.header are older than this device's pin in the OS keyring "
        "(audit entry {seq}): an older copy of the vault was put back (a rollback). "
        "Nothing was changed; put the current vault back. To go back on purpose, use "
        "'clientvault backup restore', which keeps erasures erased.",
    ),
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
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "A generated password is {low} to {high} characters long.",
    ),
    QT_TRANSLATE_NOOP(
        "VaultMessages",
        "Choose at least one kind of character for the password.",
    ),
)
