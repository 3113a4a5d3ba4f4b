"""Column roles: guessed from Japanese and English headers, changed with a JSON map."""

from __future__ import annotations

import json

import pytest

from tests.vault.importing.files import HEADER
from vault.errors import BadInput
from vault.importing.mapping import ColumnMap, Role, guess, parse_map, resolve


def roles(headers: list[str]) -> dict[str, list[int]]:
    return {role.value: list(columns) for role, columns in guess(headers).roles.items()}


def test_a_japanese_excel_list_is_understood() -> None:
    assert roles(HEADER) == {
        "client_name": [0],
        "contact_name": [1],
        "furigana": [2],
        "email": [3],
        "phone": [4],
        "postal_code": [5],
        "address": [6],
        "notes": [7],
    }


def test_an_english_list_is_understood() -> None:
    headers = ["Company Name", "Contact", "E-mail Address", "Phone Number", "Zip Code", "Notes"]
    assert roles(headers) == {
        "client_name": [0],
        "contact_name": [1],
        "email": [2],
        "phone": [3],
        "postal_code": [4],
        "notes": [5],
    }


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("会社名フリガナ", Role.CLIENT_FURIGANA),  # the company's reading, not its name
        ("ﾌﾘｶﾞﾅ", Role.FURIGANA),  # half-width, as old systems export
        ("担当者メール", Role.EMAIL),  # an e-mail, not the contact's name
        ("メールアドレス", Role.EMAIL),  # not an address
        ("携帯電話", Role.PHONE),
        ("ＴＥＬ", Role.PHONE),  # full-width
        ("〒", Role.POSTAL_CODE),
        ("所在地", Role.ADDRESS),
        ("顧客名", Role.CLIENT_NAME),
        ("取引先", Role.CLIENT_NAME),
        ("お名前", Role.CONTACT_NAME),
        ("メモ", Role.NOTES),
    ],
)
def test_headers_people_write(header: str, role: Role) -> None:
    headers = ["No.", header] if role is Role.CLIENT_NAME else ["会社名", header]
    assert guess(headers).roles[role] == (1,)


@pytest.mark.parametrize("header", ["FAX", "FAX番号", "TEL/FAX", "顧客ID", "取引先コード", "部署"])
def test_headers_that_are_no_role_stay_unmapped(header: str) -> None:
    assert roles(["会社名", header]) == {"client_name": [0]}


def test_phones_and_address_parts_take_every_column_names_only_the_first() -> None:
    headers = ["会社名", "顧客名", "電話", "携帯", "都道府県", "市区町村", "番地"]
    assert roles(headers) == {"client_name": [0], "phone": [2, 3], "address": [4, 5, 6]}


def test_a_list_of_people_makes_the_name_the_client_and_the_contact() -> None:
    assert roles(["氏名", "メール"]) == {"client_name": [0], "contact_name": [0], "email": [1]}


def test_a_map_changes_roles_by_header_or_number_and_null_drops_one() -> None:
    text = json.dumps(
        {"client_name": "屋号", "contact_name": ["姓", "名"], "email": 5, "notes": None}
    )
    headers = ["屋号", "姓", "名", "備考", "連絡先"]
    columns = resolve(headers, parse_map(text))
    assert dict(columns.roles) == {
        Role.CLIENT_NAME: (0,),
        Role.CONTACT_NAME: (1, 2),
        Role.EMAIL: (4,),
    }
    assert columns.to_json() == {
        "client_name": ["屋号"],
        "contact_name": ["姓", "名"],
        "email": ["連絡先"],
    }


def test_a_header_matches_loosely_and_to_json_reads_back_as_the_same_map() -> None:
    headers = ["会社名", "Ｅメール", "", "会社名"]
    columns = resolve(headers, parse_map('{"client_name": 1, "email": "eメール", "notes": 3}'))
    assert columns.roles[Role.EMAIL] == (1,)
    assert columns.to_json() == {"client_name": [1], "email": ["Ｅメール"], "notes": [3]}
    again = resolve(headers, parse_map(json.dumps(columns.to_json())))
    assert again == ColumnMap(tuple(headers), columns.roles)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{client_name: 1}", "not valid JSON"),
        ('["会社名"]', "not a JSON object"),
        ('{"company": "会社名"}', "unknown role; use: client_name, contact_name"),
        ('{"email": true}', "gives email neither a header"),
        ('{"email": 1.5}', "gives email neither a header"),
        ('{"email": []}', "gives email neither a header"),
        ('{"email": {"a": 1}}', "gives email neither a header"),
    ],
)
def test_a_malformed_map_is_refused(text: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse_map(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"email": 9}', r"gives email column 9, but the file has 3 columns"),
        ('{"email": 0}', r"gives email column 0"),
        ('{"email": "Fax"}', "names a header for email that the file does not have"),
        ('{"phone": "電話"}', "has more than once; give its column number"),
        ('{"client_name": null}', "No column was recognised as the client name"),
    ],
)
def test_a_map_that_does_not_fit_the_file_is_refused_without_quoting_it(
    text: str, message: str
) -> None:
    with pytest.raises(BadInput, match=message) as caught:
        resolve(["会社名", "電話", "電話"], parse_map(text))
    assert "Fax" not in str(caught.value)


def test_without_a_client_name_column_the_user_is_told_how_to_name_one() -> None:
    with pytest.raises(BadInput, match=r'\{"client_name": 1\}'):
        resolve(["col1", "col2"])
