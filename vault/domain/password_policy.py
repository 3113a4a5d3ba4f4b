"""How strong a new password is, the way NIST SP 800-63B (section 5.1.1.2) judges it.

Length and a blocklist, never composition rules: "one digit and one symbol"
makes passwords harder to remember without making them harder to guess. What
matters is length, and not being one of the passwords attackers try first, or
a trivial variant of one (`Password2024!`, `p@ssw0rd`, `aaaaaaaa`, `12345678`,
the app's own name). Characters are counted after NFKC, the form the KDF
hashes, so a Japanese passphrase counts per character and full-width digits
count once.

`vault/session.py` still enforces only its minimum length; the GUI asks this
module first and offers Next only for an acceptable password.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources

from vault.errors import BadInput

MIN_CHARS = 8  # shorter: refused
GOOD_CHARS = 15  # from here on a passphrase rather than a password
STRONG_CHARS = 20  # the meter's last step
MAX_CHARS = 1024  # longer: refused (the KDF would take it, but nobody types that)
APP_NAMES = ("clientvault",)
BLOCKLIST_FILE = "common_passwords.txt"

# Runs people type as a "sequence": alphabet, digits, keyboard rows (QWERTY and the
# JIS kana layout), the gojūon table and the iroha poem. Reversed runs count too.
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "azertyuiop",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "qazwsxedcrfvtgbyhnujmikolp",
    "!@#$%^&*()_+",
    "ぬふあうえおやゆよわほへ",
    "たていすかんなにらせ",
    "ちとしはきくまのりれけむ",
    "つさそひこみもねるめろ",
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
    "いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす",
)
_SEQUENCES_BOTH_WAYS = _SEQUENCES + tuple(s[::-1] for s in _SEQUENCES)
_MIN_RUN = 3  # a run this long counts as a sequence or a repeat
_SHORT_UNIT = 4  # "abab…", "passpass…": repeating a unit this short adds nothing
_FILLER_CATEGORIES = ("N", "P", "S", "Z")  # digits, punctuation, symbols, spaces
_SEPARATORS = frozenset(" \t\u3000_-.・")
_LEET = (
    str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s", "7": "t"}),
    str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s", "7": "t"}),
)


class Level(StrEnum):
    """Where the password stands; only WEAK and OK are accepted."""

    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    COMMON = "common"
    WEAK = "weak"
    OK = "ok"


class Reason(StrEnum):
    """Why, as a short code the GUI turns into a translated sentence."""

    EMPTY = "empty"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    COMMON = "common-password"
    REPEATED = "repeated-characters"
    SEQUENCE = "sequence"
    APP_NAME = "app-name"
    COULD_BE_LONGER = "could-be-longer"
    LONG_ENOUGH = "long-enough"


@dataclass(frozen=True)
class Assessment:
    level: Level
    score: int  # 0..4, for a meter; 0 for every refused password
    reason: Reason
    length: int  # characters after NFKC

    @property
    def acceptable(self) -> bool:
        return self.level in (Level.WEAK, Level.OK)


def check_new_password(password: str) -> None:
    """Refuse what NIST SP 800-63B says to refuse; the core applies it wherever a
    password is set (create, change, re-key), the GUI shows the same verdict early."""
    verdict = assess(password)
    if verdict.acceptable:
        return
    match verdict.reason:
        case Reason.EMPTY:
            raise BadInput("A password is required.")
        case Reason.TOO_SHORT:
            raise BadInput(
                "The password must be at least {count} characters long.", count=MIN_CHARS
            )
        case Reason.TOO_LONG:
            raise BadInput("The password must be at most {count} characters long.", count=MAX_CHARS)
        case Reason.COMMON:
            raise BadInput(
                "That password is on the list of commonly used passwords; choose another."
            )
        case Reason.REPEATED:
            raise BadInput("The password is mostly a repeated character or pattern.")
        case Reason.SEQUENCE:
            raise BadInput("The password is mostly a sequence (abcd, 1234, qwerty).")
        case Reason.APP_NAME:
            raise BadInput("The password must not contain the app's name.")
        case _:
            raise BadInput("Choose another password.")


def char_count(password: str) -> int:
    """Characters as NIST counts them: Unicode code points after NFKC."""
    return len(unicodedata.normalize("NFKC", password))


def assess(password: str) -> Assessment:
    if len(password) > MAX_CHARS * 4:  # no NFKC expansion brings this back under the limit
        return Assessment(Level.TOO_LONG, 0, Reason.TOO_LONG, len(password))
    normalized = unicodedata.normalize("NFKC", password)
    length = len(normalized)
    refused = _length_problem(length) or _commonness(normalized)
    if refused is not None:
        level = _REFUSED_LEVEL.get(refused, Level.COMMON)
        return Assessment(level, 0, refused, length)
    if length < GOOD_CHARS:
        score = 1 if length < 12 else 2
        return Assessment(Level.WEAK, score, Reason.COULD_BE_LONGER, length)
    score = 3 if length < STRONG_CHARS else 4
    return Assessment(Level.OK, score, Reason.LONG_ENOUGH, length)


_REFUSED_LEVEL = {
    Reason.EMPTY: Level.TOO_SHORT,
    Reason.TOO_SHORT: Level.TOO_SHORT,
    Reason.TOO_LONG: Level.TOO_LONG,
}


def _length_problem(length: int) -> Reason | None:
    if length == 0:
        return Reason.EMPTY
    if length > MAX_CHARS:
        return Reason.TOO_LONG
    if length < MIN_CHARS:
        return Reason.TOO_SHORT
    return None


@functools.cache
def blocklist() -> frozenset[str]:
    """The common passwords shipped in vault/data, folded the way candidates are."""
    text = resources.files("vault").joinpath("data", BLOCKLIST_FILE).read_text(encoding="utf-8")
    entries = (line.strip() for line in text.splitlines())
    return frozenset(_fold(e) for e in entries if e and not e.startswith("#"))


def _fold(text: str) -> str:
    """NFKC, case-folded, katakana as hiragana: `パス`, `Pass` and `ぱす` are one password."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in folded)


def _is_filler(ch: str) -> bool:
    return unicodedata.category(ch).startswith(_FILLER_CATEGORIES)


def _strip_filler(text: str) -> str:
    """Drop the digits and punctuation people tack on front and back (`Password2024!`)."""
    start, end = 0, len(text)
    while end > start and _is_filler(text[end - 1]):
        end -= 1
    while start < end and _is_filler(text[start]):
        start += 1
    return text[start:end]


def _variants(normalized: str) -> set[str]:
    """The password and the trivial derivations an attacker's rules would try."""
    folded = _fold(normalized)
    joined = "".join(c for c in folded if c not in _SEPARATORS)
    found: set[str] = set()
    for form in (folded, joined):
        for candidate in (form, _strip_filler(form)):
            found.add(candidate)
            found.update(candidate.translate(table) for table in _LEET)
    found.discard("")
    return found


def _commonness(normalized: str) -> Reason | None:
    variants = _variants(normalized)
    if any(name in v for v in variants for name in APP_NAMES):
        return Reason.APP_NAME
    common = blocklist()
    if not variants.isdisjoint(common):
        return Reason.COMMON
    for variant in sorted(variants, key=len, reverse=True):
        reason = _trivial(variant, common)
        if reason is not None:
            return reason
    return None


def _trivial(text: str, common: frozenset[str]) -> Reason | None:
    """Repeats and sequences, alone or two glued together (`aaaa1111`, `abcd1234`, `x1234567`)."""
    if len(text) < _MIN_RUN:
        return None
    if _repeated(text, common):
        return Reason.REPEATED
    if _sequence(text):
        return Reason.SEQUENCE
    return _glued(text)


def _glued(text: str) -> Reason | None:
    """Two runs, or a run and a stray character or two (which add next to nothing)."""
    size = len(text)
    head = _longest_run(text)
    tail = _longest_run(text[::-1])
    # A cut between `lo` and `hi` leaves a run or a stray pair on each side.
    lo, hi = max(1, size - max(tail, _MIN_RUN - 1)), min(size - 1, max(head, _MIN_RUN - 1))
    if lo > hi:
        return None
    if head >= _MIN_RUN and hi >= _MIN_RUN:
        return _run(text[:hi])
    if tail >= _MIN_RUN and size - lo >= _MIN_RUN:
        return _run(text[lo:])
    return None


def _longest_run(text: str) -> int:
    """Length of the longest prefix that is a run (0 if none); every shorter prefix is one too."""
    if len(text) < _MIN_RUN or _run(text[:_MIN_RUN]) is None:
        return 0
    good, bad = _MIN_RUN, len(text) + 1
    while bad - good > 1:
        mid = (good + bad) // 2
        if _run(text[:mid]) is None:
            bad = mid
        else:
            good = mid
    return good


def _run(part: str) -> Reason | None:
    if len(set(part)) == 1:
        return Reason.REPEATED
    if _sequence(part):
        return Reason.SEQUENCE
    return None


def _repeated(text: str, common: frozenset[str]) -> bool:
    """One unit over and over (`aaaaaaaa`, `abababab`, `dragondragon`)."""
    for size in range(1, len(text) // 2 + 1):
        unit = text[:size]
        repeats = len(text) // size + 1
        if (unit * repeats).startswith(text):
            return size <= _SHORT_UNIT or unit in common or _sequence(unit)
    return False


def _sequence(text: str) -> bool:
    if len(text) < _MIN_RUN:
        return False
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    if len(steps) == 1 and steps <= {-1, 1}:
        return True
    return any(text in seq for seq in _SEQUENCES_BOTH_WAYS)
