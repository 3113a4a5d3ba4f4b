"""The password generator: what the options promise holds for every password it makes."""

from __future__ import annotations

import math
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.domain.password_generator import (
    AMBIGUOUS,
    JIS_SAFE_SYMBOLS,
    MAX_LENGTH,
    MIN_LENGTH,
    PasswordOptions,
    character_sets,
    count_passwords,
    entropy_bits,
    generate,
)
from vault.errors import BadInput

# Symbols on a different key, or with a different Shift state, on JIS and US keyboards,
# and the ¥/\ key: what the Japanese-keyboard-safe option promises to leave out.
JIS_MOVED = "\"&'()=~`{}*+_|@[]:^\\"

options_strategy = st.builds(
    PasswordOptions,
    length=st.integers(MIN_LENGTH, 64),
    lowercase=st.booleans(),
    uppercase=st.booleans(),
    digits=st.booleans(),
    symbols=st.booleans(),
    japanese_keyboard_safe=st.booleans(),
).filter(lambda o: o.lowercase or o.uppercase or o.digits or o.symbols)


@settings(max_examples=300, deadline=None)
@given(options_strategy)
def test_every_password_has_the_length_and_one_of_each_chosen_set_and_nothing_else(
    options: PasswordOptions,
) -> None:
    password = generate(options)
    assert len(password) == options.length
    sets = character_sets(options)
    for chars in sets:
        assert any(c in chars for c in password)
    assert set(password) <= set("".join(sets))
    if options.japanese_keyboard_safe:
        assert not set(password) & set(JIS_MOVED + AMBIGUOUS)
    if not options.lowercase:
        assert not set(password) & set(string.ascii_lowercase)
    if not options.symbols:
        assert not set(password) & set(string.punctuation)


def test_the_japanese_safe_symbols_are_the_same_keys_on_jis_and_us() -> None:
    assert set(JIS_SAFE_SYMBOLS) | set(JIS_MOVED) == set(string.punctuation)
    assert not set(JIS_SAFE_SYMBOLS) & set(JIS_MOVED)


def test_the_entropy_counts_exactly_the_passwords_allowed() -> None:
    options = PasswordOptions(length=MIN_LENGTH, lowercase=False, uppercase=False, symbols=True)
    sets = character_sets(options)  # digits without 0/1, the 12 safe symbols
    digits, symbols = sets
    assert (len(digits), len(symbols)) == (8, 12)
    # Every length-8 string over 20 characters, minus those without a digit or a symbol.
    expected = 20**8 - 12**8 - 8**8
    assert count_passwords(options) == expected
    assert entropy_bits(options) == pytest.approx(math.log2(expected))


def test_one_set_has_no_constraint_to_subtract() -> None:
    options = PasswordOptions(
        length=MIN_LENGTH, lowercase=False, uppercase=False, digits=True, symbols=False
    )
    (digits,) = character_sets(options)
    assert digits == "23456789"
    assert count_passwords(options) == 8**MIN_LENGTH


def test_twenty_characters_of_everything_is_over_a_hundred_bits() -> None:
    assert entropy_bits(PasswordOptions()) > 100
    assert entropy_bits(PasswordOptions(japanese_keyboard_safe=False)) > entropy_bits(
        PasswordOptions()
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (PasswordOptions(length=MIN_LENGTH - 1), "8 to 128 characters"),
        (PasswordOptions(length=MAX_LENGTH + 1), "8 to 128 characters"),
        (
            PasswordOptions(lowercase=False, uppercase=False, digits=False, symbols=False),
            "at least one kind",
        ),
    ],
)
def test_impossible_options_are_refused_clearly(options: PasswordOptions, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        generate(options)
    with pytest.raises(BadInput, match=message):
        entropy_bits(options)


def test_two_passwords_differ() -> None:
    assert generate(PasswordOptions()) != generate(PasswordOptions())
