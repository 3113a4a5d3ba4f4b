"""Key material held in mutable buffers so that locking can overwrite it.

Python cannot promise that no copy survives (the crypto library and the
interpreter may copy), which is why the docs assume full-disk encryption and
the process disables core dumps while unlocked; zeroing still shortens the
window in which a key sits in memory.
"""

from __future__ import annotations

import ctypes
import hmac


class SecretKey:
    """A 256-bit (or other length) key that can be wiped in place."""

    __slots__ = ("_buf",)

    def __init__(self, material: bytes | bytearray) -> None:
        self._buf = bytearray(material)

    def __len__(self) -> int:
        return len(self._buf)

    @property
    def wiped(self) -> bool:
        return not any(self._buf)

    def view(self) -> bytearray:
        """The live buffer; callers must not keep it beyond the call."""
        if self.wiped:
            raise RuntimeError("key used after it was wiped")
        return self._buf

    def wipe(self) -> None:
        if self._buf:
            ctypes.memset(
                (ctypes.c_char * len(self._buf)).from_buffer(self._buf), 0, len(self._buf)
            )

    def fingerprint(self) -> str:
        """A short public identifier of the key (HMAC, so it reveals nothing of the key)."""
        return hmac.new(bytes(self.view()), b"clientvault key fingerprint", "sha256").hexdigest()[
            :16
        ]
