"""The NIST SP 800-63B strength check: length and a blocklist, never composition rules."""

from __future__ import annotations

import time

import pytest

from tests.conftest import PASSWORD
from vault.domain import password_policy
from vault.domain.password_policy import Level, Reason, assess


@pytest.mark.parametrize(
    ("password", "level", "score"),
    [
        ("", Level.TOO_SHORT, 0),
        ("zq84mv!", Level.TOO_SHORT, 0),
        ("zq84mv!k", Level.WEAK, 1),
        ("tuna piano 7", Level.WEAK, 2),
        ("tuna piano 7 rk", Level.OK, 3),
        (PASSWORD, Level.OK, 4),
    ],
)
def test_length_decides_the_level_and_the_meter(password: str, level: Level, score: int) -> None:
    result = assess(password)
    assert (result.level, result.score) == (level, score)
    assert result.acceptable == (level in (Level.WEAK, Level.OK))


def test_no_composition_rules_all_lowercase_words_are_fine() -> None:
    assert assess("paper lantern river").level is Level.OK
    assert assess("PAPER LANTERN RIVER").level is Level.OK


def test_characters_are_counted_after_nfkc_so_japanese_counts_per_character() -> None:
    seven = assess("ねこがすきです")
    assert (seven.level, seven.length) == (Level.TOO_SHORT, 7)
    eight = assess("ねこがすきですよ")
    assert (eight.level, eight.length) == (Level.WEAK, 8)
    # か + combining dakuten is one character once composed
    assert assess("ねこか\u3099すきですよ").length == 8
    # half-width katakana folds into full-width, one character each
    assert assess("ﾈｺｶﾞｽｷﾃﾞｽﾖ").length == 8


def test_longer_than_1024_characters_is_refused() -> None:
    assert assess("river lantern " * 73).level is Level.OK  # 1022 characters
    too_long = assess("river lantern " * 74)
    assert (too_long.level, too_long.reason, too_long.acceptable) == (
        Level.TOO_LONG,
        Reason.TOO_LONG,
        False,
    )
    assert assess("x" * 100_000).level is Level.TOO_LONG


@pytest.mark.parametrize(
    "password",
    [
        "password",
        "Password",
        "PASSWORD2024!",
        "p@ssw0rd",
        "Passw0rd1",
        "iloveyou",
        "i love you 123",
        "qwertyuiop",
        "sakura2024",
        "ｓａｋｕｒａ１２３",  # typed with the IME in full-width mode
        "doraemon",
        "Pokemon!!",
        "pikachu1234",
        "ドラえもん1234",
        "パスワード1234",
        "せちととてらすし",  # "password" typed with the IME still in kana mode
        "123456789",
        "2024sakura",
    ],
)
def test_blocklisted_passwords_and_trivial_variants_are_refused(password: str) -> None:
    result = assess(password)
    assert (result.level, result.reason, result.score) == (Level.COMMON, Reason.COMMON, 0)
    assert not result.acceptable


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("aaaaaaaa", Reason.REPEATED),
        ("ababababab", Reason.REPEATED),
        ("aaaa1111", Reason.REPEATED),
        ("zzzzzzzzzzzzzzzzzzzzzzzzz", Reason.REPEATED),
        ("87654321x", Reason.SEQUENCE),
        ("x1234567", Reason.SEQUENCE),
        ("lmnopqrstu", Reason.SEQUENCE),
        ("zyxwvu987", Reason.SEQUENCE),
        ("あいうえおかきくけ", Reason.SEQUENCE),
        ("カキクケコサシスセソ", Reason.SEQUENCE),
        ("ClientVault2024", Reason.APP_NAME),
        ("my client vault password", Reason.APP_NAME),
        ("cl1entv4ult rocks", Reason.APP_NAME),
    ],
)
def test_repeats_sequences_and_the_app_name_are_refused(password: str, reason: Reason) -> None:
    result = assess(password)
    assert (result.level, result.reason) == (Level.COMMON, reason)


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery",
        "sakura no hana ga chiru",  # a blocklisted word inside a passphrase is fine
        "わたしのねこはしろい",
        "猫が好きです。毎日",
        "correcthorsecorrecthorse",  # a long unit repeated twice still has its own length
        "Tr0ub4dor&3",
    ],
)
def test_ordinary_passphrases_are_accepted(password: str) -> None:
    assert assess(password).acceptable


def test_the_blocklist_ships_with_the_package_and_is_substantial() -> None:
    words = password_policy.blocklist()
    assert len(words) >= 1500
    assert {"password", "123456", "qwerty", "iloveyou", "sakura", "doraemon", "pokemon"} <= words
    assert "ぱすわーど" in words  # katakana entries are folded to hiragana on load
    assert all(not w.startswith("#") and w == w.strip() and w for w in words)


def test_a_worst_case_paste_is_still_checked_quickly() -> None:
    start = time.perf_counter()
    for text in ("ab" * 400 + "xyz12" * 40, "a" * 1023 + "b", "river lantern " * 73):
        assess(text)
    assert time.perf_counter() - start < 0.5
