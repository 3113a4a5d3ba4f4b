"""The self-check: which of the four reporting triggers apply, whether the strong-encryption
exemption plausibly applies, and the due dates. Each answer carries its basis, and what
the vault cannot know is "unknown", never guessed.

APPI Enforcement Rules art. 7 (the triggers) and art. 8 (the report): a 速報 "promptly",
which the PPC's guidelines put at about 3-5 days; the earliest end (3 days) is used so a
plan made from it never misses the deadline. A 確報 within 30 days, 60 when the breach may
have been for an unlawful purpose. Days are counted from the day after discovery.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vault.domain.model import RecordKind, Sensitivity
from vault.incident.store import Incident, IncidentKind
from vault.inventory.categories import Category

PRELIMINARY_DAYS = 3
FINAL_DAYS = 30
FINAL_DAYS_UNLAWFUL = 60
OVER_PERSONS = 1000
Answer = bool | str  # True, False or "unknown"
UNKNOWN = "unknown"
SELF_CHECK = (
    "この判定は記録に基づく自己点検の目安であり、法的助言ではありません。最終的な判断は"
    "個人情報保護委員会のガイドライン等で確認してください。 This is a self-check from the "
    "vault's records, not legal advice; confirm with the PPC's guidelines."
)


@dataclass(frozen=True)
class Facts:
    """What the assessment is made from; each is provable from the vault's records."""

    incident: Incident
    persons: int
    special_care_persons: int
    special_care_records: int  # flagged records in scope (a person or not)
    unflagged_hints: int  # unflagged records that look special-care
    categories: frozenset[Category]
    credentials: int
    plaintext_exposures: int
    persons_uncertain: bool  # unreadable datasets or items deleted since: a lower bound


@dataclass(frozen=True)
class Trigger:
    code: str
    applies: Answer
    basis: str

    def to_json(self) -> dict[str, Any]:
        return {"trigger": self.code, "applies": self.applies, "basis": self.basis}


def triggers(f: Facts) -> list[Trigger]:
    special: Answer = bool(f.special_care_persons or f.special_care_records)
    if not special and f.unflagged_hints:
        special = UNKNOWN
    financial: Answer = False
    if Category.BANK_ACCOUNT in f.categories or f.credentials:
        financial = UNKNOWN
    kind = f.incident.kind
    unlawful: Answer = {
        IncidentKind.UNAUTHORISED_ACCESS: True,
        IncidentKind.MALWARE: True,
        IncidentKind.MISDELIVERY: False,
    }.get(kind, UNKNOWN)
    many: Answer = f.persons > OVER_PERSONS or (UNKNOWN if f.persons_uncertain else False)
    return [
        Trigger(
            "special_care",
            special,
            f"{f.special_care_persons} persons and {f.special_care_records} records marked "
            f"special-care; {f.unflagged_hints} unmarked records look like it",
        ),
        Trigger(
            "financial_damage",
            financial,
            "bank account values or credential records are involved"
            if financial
            else "no bank account values or credential records are involved",
        ),
        Trigger("unlawful_purpose", unlawful, f"incident kind {kind.value}"),
        Trigger(
            "over_1000_persons",
            many,
            f"{f.persons} persons counted" + (" (at least)" if f.persons_uncertain else ""),
        ),
    ]


def exemption(f: Facts) -> tuple[Answer, list[str]]:
    """Whether data was protected by strong encryption whose key did not leak."""
    reasons: list[str] = []
    answer: Answer = True
    if f.plaintext_exposures:
        answer = False
        reasons.append(
            f"{f.plaintext_exposures} plaintext copies were made outside the vault "
            "(audit log): they were not encrypted"
        )
    if f.incident.key_compromised == "yes":
        answer = False
        reasons.append("you answered that the password or key was compromised")
    elif f.incident.key_compromised == UNKNOWN:
        answer = UNKNOWN if answer is True else answer
        reasons.append(
            "whether the password or key leaked is unknown (for a lost device: also whether "
            "the vault was locked)"
        )
    else:
        reasons.append(
            "you answered that the password or key did not leak (for a lost device: the "
            "vault was locked)"
        )
    if f.incident.kind is IncidentKind.MISDELIVERY:
        reasons.append("the bundle was encrypted (age, or AES-256 for a PDF)")
    else:
        reasons.append("the vault's data is encrypted with AES-256 under an Argon2id-derived key")
    return answer, reasons


def required(found: list[Trigger], exempt: Answer) -> Answer:
    if exempt is True:
        return False
    if any(t.applies is True for t in found):
        return True if exempt is False else UNKNOWN
    if any(t.applies == UNKNOWN for t in found):
        return UNKNOWN
    return False


def deadlines(discovered_on: dt.date, found: list[Trigger]) -> dict[str, Any]:
    unlawful = next(t.applies for t in found if t.code == "unlawful_purpose")
    final = FINAL_DAYS_UNLAWFUL if unlawful is True else FINAL_DAYS
    result: dict[str, Any] = {
        "discovered_on": discovered_on.isoformat(),
        "preliminary": (discovered_on + dt.timedelta(days=PRELIMINARY_DAYS)).isoformat(),
        "final": (discovered_on + dt.timedelta(days=final)).isoformat(),
        "basis": (
            f"速報: promptly, about 3–5 days (the earliest, {PRELIMINARY_DAYS} days, is used); "
            f"確報: {final} days from the day after discovery"
        ),
    }
    if unlawful == UNKNOWN:
        later = discovered_on + dt.timedelta(days=FINAL_DAYS_UNLAWFUL)
        result["final_if_unlawful_purpose"] = later.isoformat()
    return result


def counts_of(records: list[Any]) -> tuple[int, int]:
    """(flagged special-care records, credential records)"""
    return (
        sum(r.sensitivity is Sensitivity.SPECIAL_CARE for r in records),
        sum(r.kind is RecordKind.CREDENTIAL for r in records),
    )
