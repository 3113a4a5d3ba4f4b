"""Random passwords for the accounts a freelancer keeps for clients (credential records).

Characters come from `secrets` (the OS's CSPRNG). "At least one of each chosen
set" is met by drawing whole passwords uniformly from the pool and keeping the
first that has one of each (rejection sampling), not by planting one character
per set: so every password the options allow is equally likely, and
`entropy_bits` (log2 of how many there are, counted exactly) is literally true.

The Japanese-keyboard-safe option keeps only what types the same on a JIS
(Japanese) and a US keyboard and cannot be misread when copied by eye:

- symbols: ``! # $ % , - . / ; < > ?`` only. These sit on the same key with
  the same Shift state on both layouts. Every other ASCII symbol moves:
  ``" & ' ( ) = ~ ` { } * + _ |`` are on different keys or need Shift on one
  layout and not the other; ``@ [ ] : ^`` have their own key on JIS but are
  shifted or elsewhere on US; ``\\`` is the ¥ key on JIS (and Japanese fonts
  draw it as ¥), so a password shown with it is retyped as ¥. A client reading
  a password off a sheet, or typing it on a machine whose layout the OS got
  wrong, gets these wrong.
- no ``0 O 1 l I``: they look alike in many fonts, and such passwords get read
  aloud and copied by eye.

Any character typed with the IME in kana mode is converted (``-`` to ``ー``,
``.`` to ``。``); no choice of characters avoids that, password fields turn
the IME off.
"""

from __future__ import annotations

import math
import secrets
import string
from dataclasses import dataclass
from itertools import combinations

from vault.errors import BadInput

MIN_LENGTH = 8
MAX_LENGTH = 128
DEFAULT_LENGTH = 20

LOWERCASE = string.ascii_lowercase
UPPERCASE = string.ascii_uppercase
DIGITS = string.digits
SYMBOLS = string.punctuation  # the 32 printable ASCII symbols
JIS_SAFE_SYMBOLS = "!#$%,-./;<>?"
AMBIGUOUS = "0O1lI"


@dataclass(frozen=True)
class PasswordOptions:
    length: int = DEFAULT_LENGTH
    lowercase: bool = True
    uppercase: bool = True
    digits: bool = True
    symbols: bool = True
    japanese_keyboard_safe: bool = True


def character_sets(options: PasswordOptions) -> tuple[str, ...]:
    """The chosen sets, each non-empty and disjoint from the others."""
    symbols = JIS_SAFE_SYMBOLS if options.japanese_keyboard_safe else SYMBOLS
    chosen = (
        (options.lowercase, LOWERCASE),
        (options.uppercase, UPPERCASE),
        (options.digits, DIGITS),
        (options.symbols, symbols),
    )
    drop = AMBIGUOUS if options.japanese_keyboard_safe else ""
    return tuple("".join(c for c in chars if c not in drop) for wanted, chars in chosen if wanted)


def check(options: PasswordOptions) -> tuple[str, ...]:
    """The sets to draw from, or BadInput saying which option is wrong."""
    if not MIN_LENGTH <= options.length <= MAX_LENGTH:
        raise BadInput(
            "A generated password is {low} to {high} characters long.",
            low=MIN_LENGTH,
            high=MAX_LENGTH,
        )
    sets = character_sets(options)
    if not sets:
        raise BadInput("Choose at least one kind of character for the password.")
    return sets


def count_passwords(options: PasswordOptions) -> int:
    """How many passwords the options allow (inclusion-exclusion over the sets left out)."""
    sets = check(options)
    total = 0
    for size in range(len(sets) + 1):
        for missing in combinations(sets, size):
            pool = sum(len(chars) for chars in sets) - sum(len(chars) for chars in missing)
            total += (-1) ** size * pool**options.length
    return total


def entropy_bits(options: PasswordOptions) -> float:
    """The generated password's strength against someone who knows the options."""
    return math.log2(count_passwords(options))


def generate(options: PasswordOptions) -> str:
    """A password drawn uniformly from all that the options allow."""
    sets = check(options)
    pool = "".join(sets)
    while True:
        candidate = "".join(secrets.choice(pool) for _ in range(options.length))
        if all(any(c in chars for c in candidate) for chars in sets):
            return candidate
