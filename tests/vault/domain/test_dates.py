"""Typed dates: Western and era spellings, full-width digits, and days that do not exist."""

from __future__ import annotations

import datetime as dt

import pytest

from vault.domain.dates import era_of, read_date

MARCH_31 = dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    "text",
    [
        "2025/3/31",
        "2025-03-31",
        "2025.3.31",
        " 2025 / 03 / 31 ",
        "2025年3月31日",
        "R7.3.31",
        "r7/3/31",
        "R07-03-31",
        "令和7年3月31日",
        "令和7.3.31",
        "２０２５／３／３１",  # full-width, as an IME types them
        "２０２５年３月３１日",
        "Ｒ７．３．３１",
        "令和７年３月３１日",
    ],
)
def test_every_common_spelling_of_one_day(text: str) -> None:
    assert read_date(text) == MARCH_31


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("R1.5.1", dt.date(2019, 5, 1)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("H1.1.8", dt.date(1989, 1, 8)),
        ("昭和64年1月7日", dt.date(1989, 1, 7)),
        ("S45.12.1", dt.date(1970, 12, 1)),
        ("大正15年12月24日", dt.date(1926, 12, 24)),
        ("M45.7.29", dt.date(1912, 7, 29)),
    ],
)
def test_era_years_count_from_the_era_s_first_year(text: str, day: dt.date) -> None:
    assert read_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2025/2/30",  # no such day
        "2025-13-01",
        "平成31年5月1日",  # 令和 had begun
        "令和1年4月30日",  # 平成 still
        "R0.1.1",
        "X7.3.31",
        "25/3/31",  # which century?
        "3/31/2025",  # which order?
        "2025年3月",
        "令和7年3月31",
        "tomorrow",
    ],
)
def test_what_names_no_day_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_date(text)


def test_a_day_knows_its_era_and_year() -> None:
    era, year = era_of(MARCH_31) or (None, 0)
    assert era is not None
    assert (era.name, era.letter, year) == ("令和", "R", 7)
    first = era_of(dt.date(2019, 5, 1))
    assert first is not None and first[1] == 1
    last_heisei = era_of(dt.date(2019, 4, 30))
    assert last_heisei is not None and last_heisei[0].name == "平成"
    assert era_of(dt.date(1872, 12, 31)) is None
