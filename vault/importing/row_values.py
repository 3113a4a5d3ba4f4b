"""One row of a client list, value by value: a value that does not validate is left out.

A row is refused only when its client has no usable name. Any other bad value (an
e-mail, a phone, a contact's name, a reading, a contract date, a retention) is
dropped from what is imported and reported with its column, so the client is
imported without it and listed for fixing, rather than the whole row lost.

Dates are read as people in Japan type them (vault/domain/dates.py): 2025/3/31,
R7.3.31, 令和7年3月31日, full-width digits. A retention cell is the last day the
contact data is kept (保存期限), or a rule's name (`personal`, `transaction`...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from vault.domain.model import check_email, check_phone, clean_title, parse_date
from vault.domain.reading import clean_furigana
from vault.domain.retention import Rule, RuleCode, check_contract, check_date, parse_rule
from vault.errors import BadInput
from vault.importing.mapping import Role
from vault.storage.new_clients import Terms

Values = Mapping[Role, Sequence[str]]
Dropped = list[tuple[Role, BadInput]]

# Roles holding several values, each checked alone; the others are one text, checked whole.
_EACH: tuple[tuple[Role, Callable[[str], str]], ...] = (
    (Role.EMAIL, check_email),
    (Role.PHONE, check_phone),
)
_WHOLE: tuple[tuple[Role, Callable[[str], str]], ...] = ((Role.CONTACT_NAME, clean_title),)
_DATE_NAMES = {Role.CONTRACT_START: "contract start", Role.CONTRACT_END: "contract end"}
_RULE_NAME = re.compile(r"[a-z][a-z-]*")


def text_of(role: Role, values: Values) -> str:
    """A one-text role's value: its columns joined by a space."""
    return " ".join(values.get(role, ()))


def check_name(values: Values) -> None:
    """The one value a client cannot be imported without (BadInput when unusable)."""
    if not values.get(Role.CLIENT_NAME):
        raise BadInput("The client name is empty.")
    clean_title(text_of(Role.CLIENT_NAME, values))


def without_bad_values(values: Values) -> tuple[dict[Role, list[str]], Dropped]:
    """The row's values less the e-mails, phones and contact name that do not validate
    (the slow path, taken only when the row as a whole did not)."""
    kept = {role: list(found) for role, found in values.items()}
    dropped: Dropped = []
    for role, check in _EACH:
        good = []
        for value in kept.get(role, []):
            try:
                check(value)
            except BadInput as exc:
                dropped.append((role, exc))
            else:
                good.append(value)
        kept[role] = good
    for role, check in _WHOLE:
        text = text_of(role, kept)
        if text:
            try:
                check(text)
            except BadInput as exc:
                dropped.append((role, exc))
                kept[role] = []
    return kept, dropped


def reading_of(values: Values) -> tuple[str, Dropped]:
    """The client name's reading, or "" when the column holds something else than kana."""
    text = text_of(Role.CLIENT_FURIGANA, values)
    try:
        return clean_furigana(text), []
    except BadInput as exc:
        return "", [(Role.CLIENT_FURIGANA, exc)]


def terms_of(values: Values) -> tuple[Terms, Dropped]:
    """The contract period and the contact data's retention; a bad one is left out."""
    dropped: Dropped = []
    days: dict[Role, dt.date | None] = {}
    for role, what in _DATE_NAMES.items():
        days[role] = None
        text = text_of(role, values)
        if text:
            try:
                days[role] = check_date(parse_date(text, what), what)
            except BadInput as exc:
                dropped.append((role, exc))
    start, end = days[Role.CONTRACT_START], days[Role.CONTRACT_END]
    try:
        check_contract(start, end)
    except BadInput as exc:
        dropped.append((Role.CONTRACT_END, exc))
        end = None
    rule: Rule | None = None
    text = text_of(Role.RETENTION, values).strip()
    if text:
        try:
            rule = _retention(text)
        except BadInput as exc:
            dropped.append((Role.RETENTION, exc))
    return Terms(start, end, rule), dropped


def _retention(text: str) -> Rule | None:
    if _RULE_NAME.fullmatch(text.casefold()):
        return parse_rule(text.casefold())
    day = parse_date(text, "retention date")
    return Rule(RuleCode.FIXED, check_date(day, "retention date"))
