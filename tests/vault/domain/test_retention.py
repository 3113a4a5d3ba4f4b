"""Retention rules as dates: the Japanese presets, calendar edge cases, and their properties."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vault.domain.model import RecordKind
from vault.domain.retention import (
    DEFAULT_RULES,
    MAX_YEAR,
    MIN_YEAR,
    PERSONAL_GRACE,
    STATUTORY_YEARS,
    ClientPolicy,
    Rule,
    RuleCode,
    add_months,
    add_years,
    check_contract,
    check_date,
    check_window,
    clean_hold_reason,
    client_until,
    local_date,
    parse_rule,
    period_end,
    retain_until,
    tax_record_until,
)
from vault.errors import BadInput

JST = dt.timezone(dt.timedelta(hours=9), "JST")
DAYS = st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31))
MONTHS = st.integers(1, 12 * 20)
STATUTORY = st.sampled_from(sorted(STATUTORY_YEARS))
CONTRACT_RULES = st.sampled_from([RuleCode.PERSONAL, RuleCode.MY_NUMBER])
COMPUTED = st.sampled_from([c for c in RuleCode if c is not RuleCode.FIXED])


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_length(day: dt.date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


# -- the presets, worked through ---------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "made_on", "until"),
    [
        # 7 years from 16 March of the next year: the last day is 15 March, 8 years on.
        (RuleCode.BOOKKEEPING, dt.date(2026, 1, 1), dt.date(2034, 3, 15)),
        (RuleCode.BOOKKEEPING, dt.date(2026, 12, 31), dt.date(2034, 3, 15)),
        (RuleCode.INVOICE, dt.date(2026, 6, 30), dt.date(2034, 3, 15)),
        # Made in January–March: still that year's tax year, not the one being filed.
        (RuleCode.INVOICE, dt.date(2027, 3, 15), dt.date(2035, 3, 15)),
        (RuleCode.TRANSACTION, dt.date(2026, 4, 1), dt.date(2032, 3, 15)),
        # 15 March 2025 is a Saturday: the regulation names the date, not the moved deadline.
        (RuleCode.TRANSACTION, dt.date(2024, 2, 29), dt.date(2030, 3, 15)),
    ],
)
def test_statutory_presets(code: RuleCode, made_on: dt.date, until: dt.date) -> None:
    assert retain_until(Rule(code), made_on, None) == until
    assert retain_until(Rule(code), made_on, dt.date(2026, 5, 31)) == until  # no contract part


def test_personal_data_is_kept_30_days_after_the_contract_end() -> None:
    rule = Rule(RuleCode.PERSONAL)
    assert retain_until(rule, dt.date(2026, 1, 5), dt.date(2026, 3, 31)) == dt.date(2026, 4, 30)
    assert retain_until(rule, dt.date(2026, 1, 5), dt.date(2028, 2, 1)) == dt.date(2028, 3, 2)
    assert retain_until(rule, dt.date(2026, 1, 5), None) is None  # the contract still runs


def test_my_number_needs_a_date_the_user_sets_or_the_contract_end() -> None:
    assert retain_until(Rule(RuleCode.MY_NUMBER), dt.date(2026, 1, 5), None) is None
    end = dt.date(2026, 9, 30)
    assert retain_until(Rule(RuleCode.MY_NUMBER), dt.date(2026, 1, 5), end) == end
    fixed = Rule(RuleCode.FIXED, dt.date(2027, 1, 31))  # e.g. after the last 支払調書
    assert retain_until(fixed, dt.date(2026, 1, 5), end) == dt.date(2027, 1, 31)


def test_defaults_per_kind_and_the_order_of_precedence() -> None:
    assert DEFAULT_RULES[RecordKind.RECORD] is RuleCode.TRANSACTION
    assert {DEFAULT_RULES[k] for k in RecordKind if k is not RecordKind.RECORD} == {
        RuleCode.PERSONAL
    }
    pinned = Rule(RuleCode.FIXED, dt.date(2030, 1, 1))
    policy = ClientPolicy(overrides={RecordKind.NOTE: Rule(RuleCode.BOOKKEEPING)})
    assert policy.rule_for(RecordKind.NOTE) == Rule(RuleCode.BOOKKEEPING)
    assert policy.rule_for(RecordKind.CONTACT) == Rule(RuleCode.PERSONAL)
    assert policy.rule_for(RecordKind.NOTE, pinned) == pinned


def test_a_fixed_rule_has_a_date_and_only_it_does() -> None:
    with pytest.raises(ValueError, match="fixed"):
        Rule(RuleCode.FIXED)
    with pytest.raises(ValueError, match="fixed"):
        Rule(RuleCode.PERSONAL, dt.date(2030, 1, 1))


def test_the_tax_year_is_the_users_local_day() -> None:
    new_year_in_tokyo = dt.datetime(2025, 12, 31, 15, 30, tzinfo=dt.UTC)
    assert local_date(new_year_in_tokyo, JST) == dt.date(2026, 1, 1)
    assert local_date(new_year_in_tokyo, dt.UTC) == dt.date(2025, 12, 31)
    made_on = local_date(new_year_in_tokyo, JST)
    assert retain_until(Rule(RuleCode.BOOKKEEPING), made_on, None) == dt.date(2034, 3, 15)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),
        (dt.date(2028, 2, 29), 48, dt.date(2032, 2, 29)),
        (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    ],
)
def test_add_months_clamps_to_the_month_end(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (dt.date(2027, 3, 16), 84, dt.date(2034, 3, 15)),
        (dt.date(2028, 2, 29), 12, dt.date(2029, 2, 28)),  # no 29 Feb: that month's end
        (dt.date(2028, 2, 29), 48, dt.date(2032, 2, 28)),  # 29 Feb exists: the day before
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 29), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 28), 1, dt.date(2026, 2, 27)),
        (dt.date(2026, 3, 1), 1, dt.date(2026, 3, 31)),
    ],
)
def test_periods_end_as_the_civil_code_counts(start: dt.date, months: int, end: dt.date) -> None:
    assert period_end(start, months) == end


# -- properties ----------------------------------------------------------------------------


@given(DAYS, st.integers(-12 * 50, 12 * 50))
def test_add_months_lands_in_the_right_month_on_the_same_or_last_day(
    day: dt.date, months: int
) -> None:
    moved = add_months(day, months)
    assert _month_index(moved) == _month_index(day) + months
    assert moved.day == min(day.day, _month_length(moved))


@given(DAYS, DAYS, st.integers(-12 * 50, 12 * 50))
def test_add_months_is_monotonic(a: dt.date, b: dt.date, months: int) -> None:
    first, second = sorted((a, b))
    assert add_months(first, months) <= add_months(second, months)


@given(DAYS, st.integers(0, 50))
def test_add_years_moves_29_february_to_28_february_outside_leap_years(
    day: dt.date, years: int
) -> None:
    moved = add_years(day, years)
    assert (moved.year, moved.month) == (day.year + years, day.month)
    if (day.month, day.day) == (2, 29) and not calendar.isleap(moved.year):
        assert moved.day == 28
    else:
        assert moved.day == day.day


@given(DAYS, MONTHS)
def test_a_period_ends_the_day_before_the_corresponding_day_or_on_the_month_end(
    start: dt.date, months: int
) -> None:
    end = period_end(start, months)
    assert end >= start
    target = add_months(start, months)
    if target.day == start.day:
        assert end == target - dt.timedelta(days=1)
    else:  # the last month is too short: its last day
        assert end == target
        assert target.day == _month_length(target)


@given(DAYS, DAYS, MONTHS)
def test_period_end_is_monotonic_in_the_start(a: dt.date, b: dt.date, months: int) -> None:
    first, second = sorted((a, b))
    assert period_end(first, months) <= period_end(second, months)


@given(DAYS, DAYS, STATUTORY)
def test_statutory_dates_are_monotonic_and_never_before_the_record(
    a: dt.date, b: dt.date, code: RuleCode
) -> None:
    first, second = sorted((a, b))
    until_first = retain_until(Rule(code), first, None)
    until_second = retain_until(Rule(code), second, None)
    assert until_first is not None and until_second is not None
    assert first < until_first <= until_second
    assert until_first == dt.date(first.year + 1 + STATUTORY_YEARS[code], 3, 15)
    assert until_first == tax_record_until(first, STATUTORY_YEARS[code])


@given(DAYS, DAYS, DAYS, CONTRACT_RULES)
def test_contract_dates_follow_the_contract_end(
    made_on: dt.date, a: dt.date, b: dt.date, code: RuleCode
) -> None:
    first, second = sorted((a, b))
    until_first = retain_until(Rule(code), made_on, first)
    until_second = retain_until(Rule(code), made_on, second)
    assert until_first is not None and until_second is not None
    assert first <= until_first <= until_second  # never before the end, and monotonic
    assert (until_second - until_first) == (second - first)  # a changed end moves it as much
    grace = PERSONAL_GRACE if code is RuleCode.PERSONAL else dt.timedelta(0)
    assert until_first == first + grace


@given(DAYS, st.one_of(st.none(), DAYS), COMPUTED)
def test_a_date_is_missing_only_while_the_contract_runs(
    made_on: dt.date, end: dt.date | None, code: RuleCode
) -> None:
    until = retain_until(Rule(code), made_on, end)
    assert (until is None) == (end is None and code in (RuleCode.PERSONAL, RuleCode.MY_NUMBER))


@given(DAYS, DAYS, DAYS)
def test_a_fixed_date_is_the_date(made_on: dt.date, end: dt.date, fixed: dt.date) -> None:
    assert retain_until(Rule(RuleCode.FIXED, fixed), made_on, end) == fixed


@given(st.one_of(st.none(), DAYS), st.lists(st.one_of(st.none(), DAYS), max_size=6))
def test_a_client_is_never_due_before_any_of_its_records(
    end: dt.date | None, records: list[dt.date | None]
) -> None:
    until = client_until(end, records)
    if end is None or None in records:
        assert until is None
        return
    assert until is not None
    assert until >= end + PERSONAL_GRACE
    assert all(until >= r for r in records if r is not None)
    assert until in {end + PERSONAL_GRACE, *records}


@given(st.datetimes(dt.datetime(1901, 1, 2), dt.datetime(2199, 12, 30), timezones=st.just(dt.UTC)))
def test_the_local_day_is_within_a_day_of_utc(instant: dt.datetime) -> None:
    utc_day = instant.date()
    assert local_date(instant, JST) in (utc_day, utc_day + dt.timedelta(days=1))
    minus_ten = dt.timezone(dt.timedelta(hours=-10))
    assert local_date(instant, minus_ten) in (utc_day, utc_day - dt.timedelta(days=1))


# -- what a person types ----------------------------------------------------------------


def test_rule_names() -> None:
    assert parse_rule("invoice") == Rule(RuleCode.INVOICE)
    assert parse_rule("my-number") == Rule(RuleCode.MY_NUMBER)
    assert parse_rule("default") is None
    with pytest.raises(BadInput, match="takes a date"):
        parse_rule("fixed")
    with pytest.raises(BadInput, match=r"use one of: bookkeeping, invoice, .*default"):
        parse_rule("forever")


def test_dates_windows_contracts_and_reasons_are_checked() -> None:
    assert check_date(dt.date(2026, 4, 1), "contract end") == dt.date(2026, 4, 1)
    with pytest.raises(BadInput, match="contract end must be between the years 1900 and 2200"):
        check_date(dt.date(2926, 4, 1), "contract end")
    with pytest.raises(BadInput, match="between the years"):
        check_date(dt.date(1899, 12, 31), "retention date")
    assert check_window(0) == 0
    for days in (-1, 36_501):
        with pytest.raises(BadInput, match="number of days"):
            check_window(days)
    check_contract(dt.date(2026, 4, 1), dt.date(2026, 4, 1))
    check_contract(None, dt.date(2026, 4, 1))
    with pytest.raises(BadInput, match="cannot end before it starts"):
        check_contract(dt.date(2026, 4, 2), dt.date(2026, 4, 1))
    with pytest.raises(BadInput, match="contract start must be between"):
        check_contract(dt.date(3026, 4, 2), None)
    assert clean_hold_reason("  税務調査のため \n") == "税務調査のため"
    with pytest.raises(BadInput, match="needs a reason"):
        clean_hold_reason(" \u3000 ")
    with pytest.raises(BadInput, match="NUL"):
        clean_hold_reason("a\x00b")
    with pytest.raises(BadInput, match="longer than 500"):
        clean_hold_reason("長" * 501)
