"""The recovery key: 44 random digits plus a 4-digit check, in 8 groups of 6.

Digits are easy to read aloud in Japanese and to type on any keyboard; the
check group lets a typo be reported as a typo instead of a wrong key. 44
decimal digits carry 146 bits, so a fast HKDF (no Argon2) is enough for it.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata

from vault.errors import BadInput
from vault.keys.sealing import derive_subkey
from vault.keys.secret import SecretKey

RANDOM_DIGITS = 44
CHECK_DIGITS = 4
GROUP = 6


def _check(digits: str) -> str:
    value = int.from_bytes(hashlib.sha256(digits.encode()).digest()[:8], "big")
    return f"{value % 10**CHECK_DIGITS:0{CHECK_DIGITS}d}"


def generate() -> str:
    digits = "".join(secrets.choice("0123456789") for _ in range(RANDOM_DIGITS))
    return format_key(digits + _check(digits))


def format_key(digits: str) -> str:
    return "-".join(digits[i : i + GROUP] for i in range(0, len(digits), GROUP))


def parse(text: str) -> str:
    """Accept spaces, hyphens and full-width digits; return the 48 bare digits."""
    normalized = unicodedata.normalize("NFKC", text)
    digits = "".join(ch for ch in normalized if ch not in " -\t\n\u3000")
    if not digits.isascii() or not digits.isdigit() or len(digits) != RANDOM_DIGITS + CHECK_DIGITS:
        raise BadInput("A recovery key is 48 digits in 8 groups of 6.")
    if _check(digits[:RANDOM_DIGITS]) != digits[RANDOM_DIGITS:]:
        raise BadInput("The recovery key has a typo: its last group does not match the others.")
    return digits


def to_key(text: str, vault_id: str) -> SecretKey:
    return derive_subkey(SecretKey(parse(text).encode()), "clientvault recovery", vault_id.encode())
