"""Errors a user can act on. Each message is one sentence and never contains client data."""


class VaultError(Exception):
    """Base class; `exit_code` is what the CLI returns for it."""

    exit_code = 1


class BadInput(VaultError):
    """The request itself is wrong (usage, a malformed value, a missing client)."""


class WrongSecret(VaultError):
    """The password or recovery key does not open this vault."""

    exit_code = 2


class DeviceSecretMissing(WrongSecret):
    """The vault also needs this device's secret, and the OS keyring does not have it."""


class VaultDamaged(VaultError):
    """A vault file is unreadable, inconsistent, or from an unknown format."""

    exit_code = 3


class VaultTampered(VaultDamaged):
    """Authenticated data failed its check: somebody or something changed the file."""


class VaultTooNew(VaultDamaged):
    """The vault was written by a newer ClientVault than this one."""


class VaultBusy(VaultError):
    """Another process has this vault open."""

    exit_code = 4


class VaultLocked(VaultError):
    """The operation needs an unlocked vault."""
