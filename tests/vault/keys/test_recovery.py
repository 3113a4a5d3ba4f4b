from __future__ import annotations

import re

import pytest

from vault.errors import BadInput
from vault.keys import recovery


def test_generated_key_is_eight_groups_of_six_digits() -> None:
    key = recovery.generate()
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", key)
    assert recovery.generate() != key


def test_spaces_full_width_digits_and_missing_hyphens_are_accepted() -> None:
    key = recovery.generate()
    digits = key.replace("-", "")
    full_width = digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert recovery.parse(full_width) == digits
    assert recovery.parse(" ".join(key.split("-"))) == digits


def test_a_typo_is_reported_as_a_typo() -> None:
    key = recovery.generate()
    wrong = ("1" if key[0] != "1" else "2") + key[1:]
    with pytest.raises(BadInput, match="typo"):
        recovery.parse(wrong)


@pytest.mark.parametrize("text", ["", "1234", "abcdef-" * 8, "1" * 49])
def test_malformed_keys_say_what_a_key_looks_like(text: str) -> None:
    with pytest.raises(BadInput, match="48 digits"):
        recovery.parse(text)


def test_the_same_key_gives_different_wrapping_keys_per_vault() -> None:
    key = recovery.generate()
    assert recovery.to_key(key, "a").view() != recovery.to_key(key, "b").view()
