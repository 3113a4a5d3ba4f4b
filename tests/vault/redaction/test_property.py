"""Property: a known person's name, in any of its forms, placed anywhere in any text
field, never appears in any written file of a redacted bundle.

The forms are written out here by hand (not by vault/redaction/names.py): kanji with
and without a space, both orders, 異体字, hiragana, katakana, half-width katakana,
romaji in both orders and capitals, initials, surname or given name with a title. The
written files are read back as a reader would (the PDF through pikepdf's text).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault.domain.model import Field, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.redaction.export import FILES, REPORT_PDF, export, pdf_text, preview
from vault.session import Vault

# (name, furigana, romaji surname, romaji given, 異体字 of the surname)
PEOPLE = (
    ("鈴木 一郎", "すずき いちろう", "Suzuki", "Ichiro", "鈴木"),
    ("澤田 健二", "さわだ けんじ", "Sawada", "Kenji", "沢田"),
    ("髙木 美和", "たかぎ みわ", "Takagi", "Miwa", "高木"),
    ("岡﨑 真由美", "おかざき まゆみ", "Okazaki", "Mayumi", "岡崎"),
    ("齋藤 智子", "さいとう ともこ", "Saito", "Tomoko", "斎藤"),
)
HALF = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ",
)
FILLER = ("", "打ち合わせの件で、", "資料を送付しました。", "来週の予定は未定です。 ", "メモ：")
TITLES = ("", "さん", "様", "社長", "氏")


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def half_width(text: str) -> str:
    """Half-width katakana, voiced kana as base + ﾞ (what NFKC folds back)."""
    out = []
    for ch in katakana(text):
        base = unicodedata.normalize("NFD", ch)
        out.append(base[0].translate(HALF) + ("ﾞ" if len(base) > 1 else ""))
    return "".join(out)


def forms(person: tuple[str, str, str, str, str]) -> list[str]:
    name, kana, sur_r, given_r, variant = person
    sur, given = name.split()
    kana_sur, kana_given = kana.split()
    return [
        name,
        sur + given,
        f"{given} {sur}",
        f"{variant} {given}",
        f"{variant}{given}",
        kana,
        katakana(kana),
        katakana(kana_sur + kana_given),
        half_width(kana_sur + " " + kana_given),
        f"{sur_r} {given_r}",
        f"{given_r} {sur_r}",
        f"{sur_r.upper()} {given_r}",
        f"{given_r[0]}. {sur_r}",
        sur,
        given,
        variant,
        katakana(kana_sur),
    ]


def needles(person: tuple[str, str, str, str, str]) -> set[str]:
    """What must not survive: every form, folded, without spaces (parts of 2+ chars)."""
    return {fold(f) for f in forms(person) if len(fold(f)) >= 2}


def fold(text: str) -> str:
    return re.sub(r"[\s.]", "", unicodedata.normalize("NFKC", text).casefold())


@st.composite
def placements(draw: st.DrawFn) -> tuple[int, str, str]:
    number = draw(st.integers(0, len(PEOPLE) - 1))
    form = draw(st.sampled_from(forms(PEOPLE[number])))
    before, after = draw(st.sampled_from(FILLER)), draw(st.sampled_from(FILLER))
    title = draw(st.sampled_from(TITLES))
    where = draw(st.sampled_from(("title", "body", "key")))
    return number, where, before + form + title + after


@pytest.fixture
def people(vault: Vault) -> tuple[Vault, str]:
    client = vault.clients.add_client("株式会社テスト")
    for name, kana, sur_r, given_r, _variant in PEOPLE:
        fields = [
            Field("name", name),
            Field("furigana", kana),
            Field("romaji", f"{sur_r} {given_r}"),
        ]
        vault.clients.add_record(client.id, RecordKind.CONTACT, name, fields, Sensitivity.PERSONAL)
    return vault, client.id


counter = itertools.count()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(placement=placements())
def test_a_known_name_in_any_form_never_reaches_a_written_file(
    people: tuple[Vault, str], tmp_path: Path, placement: tuple[int, str, str]
) -> None:
    vault, client = people
    number, where, text = placement
    title, key, body = "経過", "body", "特になし"
    if where == "title":
        title = text
    elif where == "key":
        key = text
    else:
        body = text
    record = vault.clients.add_record(client, RecordKind.NOTE, title, [Field(key, body)])
    out = tmp_path / f"b{next(counter)}"
    try:
        export(vault, preview(vault, client, [record.id]), out)
    except BadInput as refused:  # the gate refused: nothing was written, nothing leaked
        assert "refused" in str(refused)
        assert not out.exists()
        return
    finally:
        vault.clients.delete_record(record.id)
    for name in FILES:
        data = (out / name).read_bytes()
        written = pdf_text(data) if name == REPORT_PDF else data.decode("utf-8-sig")
        for needle in needles(PEOPLE[number]):
            assert needle not in fold(written), (name, needle, text)
