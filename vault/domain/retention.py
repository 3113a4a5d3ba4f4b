"""Retention rules: how long a record is kept, as a date. Pure: no I/O, no clock.

A rule yields `retain_until`, the last day a record is kept; it falls due for
erasure the day after, and is overdue once that day has passed. The presets
follow Japanese practice for a sole proprietor (個人事業主), whose tax year is
the calendar year and whose income-tax filing deadline is 15 March of the next
year. Readings (checked against the texts named):

- Bookkeeping records (帳簿), 7 years: 所得税法施行規則 63条 keeps them 7 years
  from the 起算日, defined as "the day after 15 March of the year after" the
  year the books close (for documents, the year they were made or received).
  15 March is taken literally, as the regulation says, even when the actual
  deadline moves to a Monday. The period counts as the Civil Code does (民法
  140条, 143条): it starts on 16 March and ends on the day before the same
  date 7 years later. So a 2026 record is kept until 15 March 2034.
- Qualified invoices (適格請求書), 7 years: 消費税法施行令 70条の13 runs 7 years
  from two months after the tax year ends (1 March), which ends on the last
  day of February; the income-tax 起算日 (16 March) is later, so the preset
  counts from it and satisfies both: a 2026 invoice is kept until 15 March 2034.
- Contracts, quotes and other transaction documents (契約書・見積書等), 5 years
  from the same 起算日 (施行規則 63条, その他の書類): 2026 → 15 March 2032.
- Personal data the client handed over: contract end + 30 days, so the last
  questions and invoices can be answered; while the contract runs there is no
  date yet (it waits for the contract end, like the contract itself).
- My Number (マイナンバー, 番号法 20条): kept only while needed, so it needs a
  date: the contract end, or a fixed date the user sets when it is still
  needed after that (a 支払調書 for the last year, due 31 January). Without
  either it is listed as needing a date, never kept silently.
- Special-care data (要配慮個人情報): contract end + 30 days, like personal data,
  even when the client's rule for the kind is a date the user chose: health or
  criminal-record details are not kept longer than the work needs. A legal rule
  (the tax presets, My Number) still wins, and so does a rule pinned on the
  record itself, which the user set for that record.

The tax year of a record is the year of the day it was made in the user's
time zone. Records are entered after the document is dated, so this never
keeps one for less time than the law asks.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from vault.domain.model import MAX_TITLE_CHARS, RecordKind, Sensitivity, clean_text
from vault.errors import BadInput

# A typo's year (2926 for 2026) is refused rather than kept for centuries.
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_WINDOW_DAYS = 36_500
PERSONAL_GRACE = dt.timedelta(days=30)
DEFAULT_NAME = "default"  # as a rule name: inherit the client's or the kind's rule


class RuleCode(StrEnum):
    BOOKKEEPING = "bookkeeping"  # 帳簿
    INVOICE = "invoice"  # 適格請求書
    TRANSACTION = "transaction"  # 契約書・見積書など
    PERSONAL = "personal"  # 預かった個人データ
    MY_NUMBER = "my-number"  # マイナンバー
    FIXED = "fixed"  # a date the user chose


STATUTORY_YEARS: Mapping[RuleCode, int] = MappingProxyType(
    {RuleCode.BOOKKEEPING: 7, RuleCode.INVOICE: 7, RuleCode.TRANSACTION: 5}
)
# Rules a law sets: a special-care record inherits them as they are.
LEGAL_RULES = frozenset([*STATUTORY_YEARS, RuleCode.MY_NUMBER])

# Contacts, credentials and notes are what the client handed over (or notes about
# it); free-form records are where contracts, quotes and invoices live, and erasing
# one of those early breaks the law, so they get the transaction preset.
DEFAULT_RULES: Mapping[RecordKind, RuleCode] = MappingProxyType(
    {
        RecordKind.CONTACT: RuleCode.PERSONAL,
        RecordKind.CREDENTIAL: RuleCode.PERSONAL,
        RecordKind.NOTE: RuleCode.PERSONAL,
        RecordKind.RECORD: RuleCode.TRANSACTION,
    }
)


@dataclass(frozen=True)
class Rule:
    code: RuleCode
    fixed_on: dt.date | None = None  # the date of a FIXED rule, and only of one

    def __post_init__(self) -> None:
        if (self.code is RuleCode.FIXED) != (self.fixed_on is not None):
            raise ValueError("a fixed rule has a date, and only a fixed rule has one")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter:
    31 January + 1 month is 28 (or 29) February; 29 February + 12 months is 28 February."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def period_end(start: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` (≥ 1) counted from `start` (民法 143条): the day
    before the date corresponding to `start` in the last month, or that month's last day
    when it has no such date (a year from 29 February 2028 ends on 28 February 2029)."""
    year, month = divmod(start.year * 12 + start.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    if start.day > last:
        return dt.date(year, month + 1, last)
    return dt.date(year, month + 1, start.day) - dt.timedelta(days=1)


def filing_deadline(tax_year: int) -> dt.date:
    """15 March of the next year, as 所得税法施行規則 63条 names it."""
    return dt.date(tax_year + 1, 3, 15)


def tax_record_until(made_on: dt.date, years: int) -> dt.date:
    """Kept `years` from the day after the filing deadline of the year it was made."""
    return period_end(filing_deadline(made_on.year) + dt.timedelta(days=1), 12 * years)


def local_date(instant: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    """The day `instant` falls on for the user: in `tz`, or with None under the system's
    own time-zone rules (as `datetime.astimezone`). It decides a record's tax year."""
    return instant.astimezone(tz).date()


def retain_until(rule: Rule, made_on: dt.date, contract_end: dt.date | None) -> dt.date | None:
    """The last day to keep a record made on `made_on` (a local date); None while it has
    no date yet: personal data and My Number of a contract that has not ended."""
    years = STATUTORY_YEARS.get(rule.code)
    if years is not None:
        return tax_record_until(made_on, years)
    if rule.code is RuleCode.FIXED:
        return rule.fixed_on
    if contract_end is None:
        return None
    if rule.code is RuleCode.PERSONAL:
        return contract_end + PERSONAL_GRACE
    return contract_end


def client_until(
    contract_end: dt.date | None, record_dates: Iterable[dt.date | None]
) -> dt.date | None:
    """A client's own entry (name, contact details, its key) is personal data, due at the
    contract end + 30 days; but never before its last record, which erasing the client
    destroys. None while the contract runs or any record has no date."""
    dates = list(record_dates)
    if contract_end is None or None in dates:
        return None
    return max([contract_end + PERSONAL_GRACE, *(d for d in dates if d is not None)])


@dataclass(frozen=True)
class ClientPolicy:
    """What a client's records inherit: its contract end and its per-kind rules."""

    contract_end: dt.date | None = None
    overrides: Mapping[RecordKind, Rule] = field(default_factory=dict)

    def rule_for(
        self,
        kind: RecordKind,
        pinned: Rule | None = None,
        sensitivity: Sensitivity = Sensitivity.NORMAL,
    ) -> Rule:
        """The record's own rule, else this client's rule for the kind, else the default;
        an inherited rule that no law sets is personal data's for a special-care record."""
        if pinned is not None:
            return pinned
        inherited = self.overrides.get(kind) or Rule(DEFAULT_RULES[kind])
        if sensitivity is Sensitivity.SPECIAL_CARE and inherited.code not in LEGAL_RULES:
            return Rule(RuleCode.PERSONAL)
        return inherited

    def until(self, rule: Rule, made_on: dt.date) -> dt.date | None:
        return retain_until(rule, made_on, self.contract_end)


# -- checking what a person typed or picked -------------------------------------------


def check_date(day: dt.date, what: str) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise BadInput(
            "The {what} must be between the years {low} and {high}.",
            what=what,
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    return day


def check_window(days: int) -> int:
    if not 0 <= days <= MAX_WINDOW_DAYS:
        raise BadInput("The number of days must be between 0 and {high}.", high=MAX_WINDOW_DAYS)
    return days


def check_contract(start: dt.date | None, end: dt.date | None) -> None:
    for day, what in ((start, "contract start"), (end, "contract end")):
        if day is not None:
            check_date(day, what)
    if start is not None and end is not None and end < start:
        raise BadInput("The contract cannot end before it starts.")


def parse_rule(text: str) -> Rule | None:
    """A preset by name; 'default' (None) goes back to the client's or the kind's rule."""
    if text == DEFAULT_NAME:
        return None
    if text == RuleCode.FIXED.value:
        raise BadInput("The fixed rule takes a date; give the date instead.")
    try:
        return Rule(RuleCode(text))
    except ValueError as exc:
        names = [c.value for c in RuleCode if c is not RuleCode.FIXED]
        rules = ", ".join([*names, DEFAULT_NAME])
        raise BadInput("Unknown retention rule; use one of: {rules}.", rules=rules) from exc


def clean_hold_reason(reason: str) -> str:
    text = clean_text(reason, "hold reason", MAX_TITLE_CHARS).strip()
    if not text:
        raise BadInput("A legal hold needs a reason.")
    return text
