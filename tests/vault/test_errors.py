"""Core errors: an English template plus parameters, and str() is the filled-in sentence."""

from __future__ import annotations

import pickle

import pytest

from vault.domain.model import Field, FieldType, clean_field, clean_text
from vault.domain.password_policy import MIN_CHARS, check_new_password
from vault.errors import BadInput, VaultError, VaultTampered, VaultTooNew, WrongSecret


def test_str_is_the_template_filled_in() -> None:
    error = BadInput("Field '{field}' is not an e-mail address.", field="連絡先")
    assert str(error) == "Field '連絡先' is not an e-mail address."


def test_template_and_params_are_kept_apart() -> None:
    error = VaultTooNew("Format {version}; this reads {known}.", version=7, known=3)
    assert error.template == "Format {version}; this reads {known}."
    assert error.params == {"version": 7, "known": 3}
    assert error.args == ("Format 7; this reads 3.",)


def test_format_specs_work_on_int_params() -> None:
    assert str(BadInput("Longer than {limit:,} characters.", limit=100_000)) == (
        "Longer than 100,000 characters."
    )


def test_a_template_without_params_is_taken_literally() -> None:
    """A subclass may pass a finished sentence; braces the user typed must not break it."""
    error = BadInput("Field 'a{b}' is not a number.")
    assert str(error) == "Field 'a{b}' is not a number."
    assert error.template == "Field 'a{b}' is not a number."
    assert error.params == {}


def test_a_missing_param_fails_where_the_error_is_made() -> None:
    with pytest.raises(KeyError):
        BadInput("{first} and {second}", first="x")


def test_exit_codes_are_unchanged() -> None:
    assert VaultError("x").exit_code == 1
    assert WrongSecret("x").exit_code == 2
    assert VaultTampered("x").exit_code == 3


def test_pickling_keeps_template_params_and_sentence() -> None:
    error = VaultTampered("Entry {problem}.", problem="{3} was edited")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is VaultTampered
    assert str(copy) == "Entry {3} was edited."
    assert copy.template == "Entry {problem}."
    assert copy.params == {"problem": "{3} was edited"}


def test_user_typed_field_names_are_params_not_part_of_the_template() -> None:
    with pytest.raises(BadInput) as caught:
        clean_field(Field("金額", "abc", FieldType.NUMBER))
    assert caught.value.template == "Field '{field}' is not a number."
    assert caught.value.params == {"field": "金額"}
    assert str(caught.value) == "Field '金額' is not a number."


def test_a_length_limit_keeps_its_thousands_separator() -> None:
    with pytest.raises(BadInput, match=r"^The notes is longer than 1,000 characters\.$"):
        clean_text("x" * 1001, "notes", 1000)


def test_password_refusals_keep_their_wording() -> None:
    with pytest.raises(BadInput) as caught:
        check_new_password("a1")
    assert str(caught.value) == f"The password must be at least {MIN_CHARS} characters long."
    assert caught.value.params == {"count": MIN_CHARS}
    with pytest.raises(BadInput, match=r"^A password is required\.$"):
        check_new_password("")
