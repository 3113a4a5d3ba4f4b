"""Passphrases for bundles: generated, never typed in, easy to read over the phone.

Two styles, both about 78 bits: 24 digits in six groups of four (digits read aloud
the same in Japanese and English, and every phone keypad types them) or six words
from EFF's large list. A person never chooses one: chosen passphrases are guessable,
and a bundle's passphrase only has to be read out once and typed once.
"""

from __future__ import annotations

import functools
import math
import secrets
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from vault.errors import BadInput

DIGIT_GROUPS = 6
GROUP_DIGITS = 4
WORD_COUNT = 6
WORDLIST_FILE = "eff_large_wordlist.txt"
WORDLIST_SIZE = 7776  # 6^5: five dice pick one word


class PassphraseStyle(StrEnum):
    DIGITS = "digits"
    WORDS = "words"


# Digit groups are joined with "-" (visible, unlike a doubled space); words with a
# space, since four EFF words ("t-shirt", "yo-yo", ...) hold a hyphen themselves.
_SEPARATORS = {PassphraseStyle.DIGITS: "-", PassphraseStyle.WORDS: " "}


@dataclass(frozen=True)
class Passphrase:
    """`groups` is the read-aloud layout; `text` is exactly what the client types."""

    style: PassphraseStyle
    groups: tuple[str, ...]

    @property
    def text(self) -> str:
        return _SEPARATORS[self.style].join(self.groups)

    @property
    def bits(self) -> float:
        """Entropy: what an attacker faces even with this module's source in hand."""
        if self.style is PassphraseStyle.DIGITS:
            return len(self.groups) * GROUP_DIGITS * math.log2(10)
        return len(self.groups) * math.log2(WORDLIST_SIZE)

    def __repr__(self) -> str:  # never the passphrase itself in a traceback or a log
        return f"Passphrase(style={self.style.value!r}, groups=<{len(self.groups)} hidden>)"


def generate(style: PassphraseStyle = PassphraseStyle.DIGITS) -> Passphrase:
    if style is PassphraseStyle.DIGITS:
        groups = tuple(
            "".join(str(secrets.randbelow(10)) for _ in range(GROUP_DIGITS))
            for _ in range(DIGIT_GROUPS)
        )
    else:
        words = wordlist()
        groups = tuple(secrets.choice(words) for _ in range(WORD_COUNT))
    return Passphrase(style, groups)


def parse_style(text: str) -> PassphraseStyle:
    try:
        return PassphraseStyle(text)
    except ValueError as exc:
        raise BadInput("Unknown passphrase style; use digits or words.") from exc


@functools.cache
def wordlist() -> tuple[str, ...]:
    """The EFF list, checked whole: a list cut short by packaging would quietly weaken
    every passphrase drawn from it."""
    try:
        text = (resources.files("vault") / "data" / WORDLIST_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput("The word list is missing or damaged; use digits.") from exc
    words = tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
    if len(set(words)) != WORDLIST_SIZE or len(words) != WORDLIST_SIZE:
        raise BadInput("The word list is missing or damaged; use digits.")
    return words
