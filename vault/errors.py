"""Errors a user can act on. Each message is one sentence and never contains client data.

A message is a constant English template plus named parameters:

    raise BadInput("Field '{field}' is not an e-mail address.", field=key)

`str(exc)` is the English sentence (the CLI prints it); the GUI translates
`exc.template` and then fills in `exc.params` (ui/core_messages.py). Templates are
string literals at the raise site so a test can find every one of them; anything
variable, above all anything the user typed, goes into a parameter.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class; `exit_code` is what the CLI returns for it."""

    exit_code = 1

    def __init__(self, template: str, /, **params: str | int) -> None:
        # Without parameters the template is taken literally: a subclass may pass a
        # sentence that is already final (and could contain braces the user typed).
        # That also keeps pickling right: it rebuilds from args, then restores __dict__.
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


class BadInput(VaultError):
    """The request itself is wrong (usage, a malformed value, a missing client)."""


class FontNotFound(BadInput):
    """No installed font can write Japanese, so no PDF (certificate, report) can be made."""


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


class VaultUnwritable(VaultError):
    """The vault's disk is full or its folder read-only: not damage, and reading still works."""

    exit_code = 5


class VaultLocked(VaultError):
    """The operation needs an unlocked vault."""
