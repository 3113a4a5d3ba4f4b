"""Redacted exports of a vault with hundreds of people: nothing known survives, ever.

The check here is independent of the detectors: every value of every person in the
vault, NFKC-folded and case-folded, with and without separators, is looked for in
every written file (the PDF through poppler's pdftotext). The leak gate is shown to
refuse, leaving nothing behind, when a value gets through the redaction step.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import re
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD, require_tool
from vault.demo import EN_FIRST, EN_LAST, GIVEN, PLACES, SURNAMES
from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.errors import BadInput
from vault.keys import kdf
from vault.redaction import export as bundles
from vault.redaction import operators
from vault.redaction.detectors import Kind, to_katakana
from vault.redaction.export import (
    FILES,
    MANIFEST,
    RECORDS_CSV,
    REPORT_PDF,
    SIGNATURE,
    RedactionPreview,
    export,
    pdf_text,
    preview,
)
from vault.redaction.readback import Unreadable
from vault.search import normalize
from vault.session import Vault
from vault.storage.client_store import NewRecord

SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212・.()_]")
MORE_SURNAMES = [
    ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"),
    ("山口", "やまぐち", "Yamaguchi"),
    ("森田", "もりた", "Morita"),
]
PEOPLE = 300
CLIENTS = 4
SPECIAL_CARE_MARKER = "持病メモ要配慮"
SECRET = "s3cret-Pa55-zz"
MY_NUMBER = "123456789018"
CARD = "4111 1111 1111 1111"


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@dataclass(frozen=True)
class Person:
    name: str  # as written in the vault: kanji for Japanese people, Latin for others
    kana: str
    romaji: str
    email: str
    phone: str
    address: str
    postal_code: str
    birthday: str  # ISO

    def values(self) -> Iterator[str]:
        """Every form a leak could take, as the test understands the person (the birth
        date aside: see `leaks`)."""
        yield from (self.name, self.email, self.phone)
        if self.kana:
            yield from (self.kana, to_katakana(self.kana), self.address, self.postal_code)
            yield from (p for p in (*self.name.split(), *self.kana.split()) if len(p) >= 2)
            first, last = self.romaji.split()
            yield from (f"{first} {last}", f"{last} {first}")
            year, month, day = self.birthday.split("-")
            yield f"{int(year)}年{int(month)}月{int(day)}日"

    def contact(self) -> NewRecord:
        fields = [
            Field("name", self.name),
            Field("email", self.email, FieldType.EMAIL),
            Field("phone", self.phone, FieldType.PHONE),
            Field("生年月日", self.birthday, FieldType.DATE),
        ]
        if self.kana:
            fields += [
                Field("furigana", self.kana),
                Field("romaji", self.romaji),
                Field("postal_code", self.postal_code),
                Field("address", self.address, FieldType.MULTILINE),
            ]
        return NewRecord(RecordKind.CONTACT, self.name, tuple(fields), Sensitivity.PERSONAL)


def make_people(rng: random.Random) -> list[Person]:
    """220 Japanese and 80 English people, no two with the same name."""
    japanese = rng.sample([(s, g) for s in SURNAMES + MORE_SURNAMES for g in GIVEN], 220)
    english = rng.sample([(f, last) for f in EN_FIRST for last in EN_LAST], PEOPLE - 220)
    people = []
    for number in range(PEOPLE):
        phone = f"{rng.choice(['090', '080', '070'])}-{1000 + number:04d}-{rng.randint(1000, 9999)}"
        birthday = f"{rng.randint(1950, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if number < len(japanese):
            (surname, kana, romaji), (given, given_kana, given_romaji) = japanese[number]
            prefecture, area, postal = rng.choice(PLACES)
            block = f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
            person = Person(
                f"{surname} {given}",
                f"{kana} {given_kana}",
                f"{given_romaji} {romaji}",
                f"{given_romaji.lower()}.{romaji.lower()}{number}@example.jp",
                phone,
                f"{prefecture}{area}{block}",
                postal,
                birthday,
            )
        else:
            first, last = english[number - len(japanese)]
            email = f"{first.lower()}.{last.lower()}{number}@example.com"
            person = Person(f"{first} {last}", "", "", email, phone, "", "", birthday)
        people.append(person)
    rng.shuffle(people)
    return people


def mention(person: Person, rng: random.Random) -> str:
    """A person as people write about them: any script, spacing, case, width."""
    if not person.kana:
        forms = [
            f"Met {person.name.upper()} yesterday.",
            f"Email {person.email.upper()} today.",
            f"{person.name} called from {fullwidth(person.phone)}.",
        ]
    else:
        year, month, day = person.birthday.split("-")
        forms = [
            f"{person.name.replace(' ', '')}様と打ち合わせ。",
            f"担当は{to_katakana(person.kana)}さん。",
            f"Met {person.romaji.upper()} yesterday.",
            f"メール：{fullwidth(person.email)}",
            f"電話 {fullwidth(person.phone).replace('-', '－')}",
            f"携帯 +81 {person.phone[1:]}",
            f"住所は{person.address[:3]} {person.address[3:]}です。",
            f"〒{fullwidth(person.postal_code)} に郵送",
            f"生年月日：{int(year)}年{int(month)}月{int(day)}日",
            f"{person.name}様 ({person.email}) {person.phone}",
        ]
    return rng.choice(forms)


@dataclass
class World:
    vault: Vault
    people: list[Person]
    clients: list[str]
    formulas: str  # the record whose values would run as spreadsheet formulas
    folder: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Four clients holding 300 people; every client's notes mention people of any client."""
    folder = tmp_path_factory.mktemp("redaction")
    rng = random.Random(20261122)
    params = kdf.fixed(kdf.FLOOR_MEMORY_MIB, kdf.FLOOR_TIME_COST)
    vault, _ = Vault.create(folder / "vault", PASSWORD, kdf_params=params)
    people = make_people(rng)
    clients = []
    formulas = ""
    for number in range(CLIENTS):
        owner = people[number]
        client = vault.clients.add_client(
            f"{owner.name.split()[0]}商店", [owner.email], [owner.phone], f"担当: {owner.name}"
        )
        clients.append(client.id)
        items = [p.contact() for p in people[number::CLIENTS]]
        items += [
            NewRecord(
                RecordKind.NOTE,
                f"メモ {n}",
                (Field("body", " ".join(mention(rng.choice(people), rng) for _ in range(3))),),
            )
            for n in range(40)
        ]
        items += [
            NewRecord(
                RecordKind.NOTE,
                "健康状態",
                (Field("body", f"{owner.name}様 {SPECIAL_CARE_MARKER}"),),
                Sensitivity.SPECIAL_CARE,
            ),
            NewRecord(
                RecordKind.RECORD,
                "人事",
                (Field("病歴", f"喘息 {SPECIAL_CARE_MARKER}"), Field("部署", "経理")),
            ),
            NewRecord(
                RecordKind.CREDENTIAL,
                "Server",
                (Field("username", owner.email), Field("password", SECRET, FieldType.SECRET)),
            ),
            NewRecord(
                RecordKind.NOTE,
                "番号",
                (Field("body", f"マイナンバー {MY_NUMBER}、カード {CARD}"),),
            ),
        ]
        vault.clients.add_records(client.id, items)
        formulas = vault.clients.add_record(
            client.id,
            RecordKind.RECORD,
            "=1+1",
            [Field("a", "=HYPERLINK(1)"), Field("b", "-1"), Field("c", "@SUM(A1)")],
        ).id
    yield World(vault, people, clients, formulas, folder)
    vault.close()


def pdf_as_text(data: bytes, folder: Path) -> str:
    """The PDF's text as poppler extracts it: an independent reader."""
    pdftotext = require_tool("pdftotext")
    path = folder / "extracted.pdf"
    path.write_bytes(data)
    return subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def output_files(out: Path) -> dict[str, bytes]:
    if out.is_file():
        with zipfile.ZipFile(out) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def readable(files: dict[str, bytes], scratch: Path) -> dict[str, str]:
    texts = {}
    for name, data in files.items():
        if name == REPORT_PDF:
            texts[name] = pdf_as_text(data, scratch)
        else:
            texts[name] = data.decode("utf-8-sig")
            with contextlib.suppress(ValueError):  # JSON: escapes decoded too
                texts[name] += "\n" + json.dumps(json.loads(texts[name]), ensure_ascii=False)
    return texts


def leaks(texts: dict[str, str], people: list[Person]) -> list[tuple[str, str]]:
    """(file, value) for every person's value found in any form in any file."""
    needles = set()
    for person in people:
        for value in person.values():
            folded = normalize(value)
            needles |= {folded, SEPARATORS.sub("", folded)}
        # Without its hyphens a birth date is only digits, which a generalised one ("1982-11")
        # beside a page number ("10 / 25") would spell: looked for with separators only.
        needles.add(person.birthday)
    found = []
    for name, text in texts.items():
        folded = normalize(text)
        squeezed = SEPARATORS.sub("", folded)
        found += [
            (name, n) for n in sorted(needles) if len(n) >= 2 and (n in folded or n in squeezed)
        ]
    return found


def test_the_seeded_vault_is_large_and_mixed(world: World) -> None:
    assert len(world.people) == PEOPLE
    assert sum(1 for p in world.people if p.kana) > 150
    assert sum(len(world.vault.clients.list_records(c)) for c in world.clients) > 450


@pytest.mark.parametrize("number", range(CLIENTS))
def test_no_known_value_of_any_person_survives(world: World, number: int, tmp_path: Path) -> None:
    found = preview(world.vault, world.clients[number])
    assert sum(found.counts.values()) > 300
    out = tmp_path / "bundle"
    export(world.vault, found, out, as_zip=number == 0)
    texts = readable(output_files(out), tmp_path)
    assert sorted(texts) == sorted(FILES)
    assert leaks(texts, world.people) == []


def test_the_check_would_see_a_leak(world: World, tmp_path: Path) -> None:
    """The independent check above is not vacuous: it finds a value written in any form."""
    person = next(p for p in world.people if p.kana)
    texts = {"a": f"x {fullwidth(person.phone)} y", "b": person.name.replace(" ", "　")}
    assert {name for name, _ in leaks(texts, [person])} == {"a", "b"}


def test_special_care_data_and_secrets_are_always_left_out(world: World, tmp_path: Path) -> None:
    everything = dict.fromkeys(Kind, operators.Operator.MASK)
    found = preview(world.vault, world.clients[1], operators=everything)
    assert found.left_out.special_care_records == 1
    assert found.left_out.special_care_fields == 1
    assert found.left_out.secret_fields == 1
    export(world.vault, found, tmp_path / "bundle")
    for name, data in output_files(tmp_path / "bundle").items():
        text = data.decode("utf-8", "replace")
        for kept_out in (SPECIAL_CARE_MARKER, "病歴", "喘息", SECRET, "健康状態"):
            assert kept_out not in text, (name, kept_out)
    assert SPECIAL_CARE_MARKER not in pdf_text((tmp_path / "bundle" / REPORT_PDF).read_bytes())


def replacements_by_value(found: RedactionPreview) -> dict[str, set[str]]:
    seen: dict[str, set[str]] = {}
    for text in found.texts():
        for r in text.replacements:
            if r.kind is Kind.NAME:
                original = "".join(normalize(text.original[r.start : r.end]).split())
                seen.setdefault(original, set()).add(r.replacement)
    return seen


def test_pseudonyms_are_stable_within_an_export_and_differ_across(world: World) -> None:
    first = replacements_by_value(preview(world.vault, world.clients[2]))
    second = replacements_by_value(preview(world.vault, world.clients[2]))
    assert len(first) > 50
    assert all(len(pseudonyms) == 1 for pseudonyms in first.values())
    shared = set(first) & set(second)
    assert shared
    assert all(first[value] != second[value] for value in shared)


def test_one_person_keeps_one_pseudonym_across_scripts(world: World) -> None:
    person = next(p for p in world.people[CLIENTS:] if p.kana)
    client = world.clients[world.people.index(person) % CLIENTS]
    found = preview(world.vault, client)
    record = next(r for r in found.records if r.title.original == person.name)
    values = {f.key.original: f.value.text for f in record.fields}
    names = {values["name"], values["furigana"], values["romaji"], record.title.text}
    assert len(names) == 1
    assert names.pop().startswith("人物-")


def test_the_preview_marks_every_replacement(world: World) -> None:
    found = preview(world.vault, world.clients[3])
    checked = 0
    for text in found.texts():
        rebuilt, position = [], 0
        for r in text.replacements:
            assert text.text[r.out_start : r.out_end] == r.replacement
            rebuilt.append(text.original[position : r.start] + r.replacement)
            position = r.end
            checked += 1
        assert "".join(rebuilt) + text.original[position:] == text.text
    assert checked > 300


def test_generalised_values_in_the_bundle(world: World) -> None:
    found = preview(world.vault, world.clients[0])
    record = next(r for r in found.records if any(f.key.original == "address" for f in r.fields))
    values = {f.key.original: f.value.text for f in record.fields}
    assert re.fullmatch(r"\d{4}-\d{2}", values["生年月日"])
    assert values["address"].endswith("（以下略）")
    assert re.fullmatch(r"\*+-\*+-\*+", values["phone"])
    assert values["postal_code"] == "[郵便番号]"


def test_spreadsheet_formulas_are_neutralised(world: World, tmp_path: Path) -> None:
    client = world.clients[-1]
    found = preview(world.vault, client, record_ids=[world.formulas])
    export(world.vault, found, tmp_path / "bundle")
    rows = (tmp_path / "bundle" / RECORDS_CSV).read_bytes()
    assert rows.startswith(b"\xef\xbb\xbf")
    cells = [cell for line in rows.decode("utf-8-sig").splitlines()[1:] for cell in line.split(",")]
    assert {"'=1+1", "'=HYPERLINK(1)", "'-1", "'@SUM(A1)"} <= set(cells)


def test_the_manifest_lists_every_file_and_minisign_verifies_it(
    world: World, tmp_path: Path
) -> None:
    minisign = require_tool("minisign")
    result = export(world.vault, preview(world.vault, world.clients[0]), tmp_path / "b")
    manifest = json.loads((result.path / MANIFEST).read_text())
    assert result.sha256 == hashlib.sha256((result.path / MANIFEST).read_bytes()).hexdigest()
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((result.path / name).read_bytes()).hexdigest() == digest
    assert set(manifest["files"]) | {MANIFEST, SIGNATURE} == set(FILES)
    check = subprocess.run(
        [minisign, "-Vm", str(result.path / MANIFEST), "-P", world.vault.identity.minisign_key],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert result.export_id in check.stdout


def test_a_zip_holds_the_same_files_and_its_hash_is_the_files(world: World, tmp_path: Path) -> None:
    result = export(
        world.vault, preview(world.vault, world.clients[1]), tmp_path / "b.zip", as_zip=True
    )
    data = result.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == result.sha256
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == list(FILES)


def test_every_export_is_audit_logged_without_personal_data(world: World, tmp_path: Path) -> None:
    result = export(world.vault, preview(world.vault, world.clients[2]), tmp_path / "b")
    entry = world.vault.audit.entries()[-1]
    assert entry.action == "export.redacted"
    assert entry.client_id == world.clients[2]
    assert entry.details["sha256"] == result.sha256
    assert entry.details["recipient"] == "anyone"
    assert entry.details["records"] == result.records
    logged = json.dumps(entry.to_json(), ensure_ascii=False)
    assert leaks({"audit": logged}, world.people) == []


def test_records_can_be_chosen_and_must_be_the_clients(world: World) -> None:
    own = world.vault.clients.list_records(world.clients[0])[:3]
    found = preview(world.vault, world.clients[0], record_ids=[r.id for r in own])
    assert [r.record_id for r in found.records] == [
        r.id for r in own if r.sensitivity is not Sensitivity.SPECIAL_CARE
    ]
    other = world.vault.clients.list_records(world.clients[1])[0]
    with pytest.raises(BadInput, match="among this client's records"):
        preview(world.vault, world.clients[0], record_ids=[other.id])


def test_an_existing_output_is_never_overwritten(world: World, tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(BadInput, match="already exists"):
        export(world.vault, preview(world.vault, world.clients[0]), tmp_path / "taken")
    assert list((tmp_path / "taken").iterdir()) == []


# -- the leak gate -------------------------------------------------------------------------


@pytest.fixture
def small(vault: Vault) -> tuple[Vault, str]:
    """A client with a note naming someone the vault does not know (yet)."""
    client = vault.clients.add_client("佐藤商店", ["info@sato.example"])
    vault.clients.add_record(
        client.id,
        RecordKind.CONTACT,
        "経理",
        [Field("name", "佐藤 花子"), Field("phone", "090-2222-3333", FieldType.PHONE)],
    )
    vault.clients.add_record(
        client.id, RecordKind.NOTE, "引き継ぎ", [Field("body", "後任は新田。")]
    )
    return vault, client.id


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the output, to see that a refusal leaves nothing in it."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def nothing_left(folder: Path) -> bool:
    return [p.name for p in folder.iterdir()] == []


def test_the_gate_refuses_a_value_the_redaction_did_not_know(
    small: tuple[Vault, str], out: Path
) -> None:
    vault, client = small
    found = preview(vault, client)
    assert any("新田" in t.text for t in found.texts())  # nobody knew him: not replaced
    other = vault.clients.add_client("別の顧客")
    vault.clients.add_record(other.id, RecordKind.CONTACT, "新任", [Field("name", "新田 真一")])
    with pytest.raises(BadInput) as refused:
        export(vault, found, out / "bundle")
    message = str(refused.value)
    assert refused.value.template.startswith("The export was refused: personal data ({kind})")
    assert refused.value.params["kind"] == "name"
    assert refused.value.params["file"] in FILES
    assert "新田" not in message and "真一" not in message
    assert nothing_left(out)
    entry = vault.audit.entries()[-1]
    assert entry.action == "export.refused"
    assert entry.details["found"] == "name"
    assert "新田" not in json.dumps(entry.to_json(), ensure_ascii=False)


@pytest.mark.parametrize("as_zip", [False, True])
def test_the_gate_refuses_when_an_operator_lets_a_value_through(
    small: tuple[Vault, str], out: Path, monkeypatch: pytest.MonkeyPatch, as_zip: bool
) -> None:
    vault, client = small
    monkeypatch.setattr(operators, "mask", lambda text: text)  # a broken operator
    found = preview(vault, client)
    with pytest.raises(BadInput, match=r"personal data \(phone\) was found in report\.pdf"):
        export(vault, found, out / "bundle", as_zip=as_zip)
    assert nothing_left(out)


def test_extra_terms_are_redacted_and_kept_for_the_gate(
    small: tuple[Vault, str], out: Path
) -> None:
    vault, client = small
    found = preview(vault, client, extra_terms=["引き継ぎ"])
    assert [r.title.text for r in found.records if r.kind is RecordKind.NOTE] == ["[伏せ字]"]
    # As if the vault changed after the preview: the gate rebuilds its detector, terms too.
    changed = replace(found, terms=("経理",), known_fingerprint="")
    with pytest.raises(BadInput, match=r"personal data \(term\)"):
        export(vault, changed, out / "bundle")
    assert nothing_left(out)


def test_a_term_the_bundle_itself_uses_is_refused(small: tuple[Vault, str]) -> None:
    """Else the gate would find it in every bundle's own labels and refuse them all."""
    vault, client = small
    for term in ("連絡先", "Email", "レポート", "氏名"):
        with pytest.raises(BadInput, match="part of the wording of every bundle"):
            preview(vault, client, extra_terms=[term])


def test_an_output_named_after_a_person_is_refused(small: tuple[Vault, str], out: Path) -> None:
    vault, client = small
    with pytest.raises(BadInput, match=r"its name holds personal data \(name\)"):
        export(vault, preview(vault, client), out / "佐藤花子さん向け")
    assert nothing_left(out)
    assert vault.audit.entries()[-1].action == "export.refused"


def test_the_pdf_text_is_read_back_from_the_file(small: tuple[Vault, str], out: Path) -> None:
    vault, client = small
    result = export(vault, preview(vault, client), out / "bundle")
    text = pdf_text((result.path / REPORT_PDF).read_bytes())
    assert "匿名化レポート" in text
    assert "組織-" in text
    assert "佐藤" not in text


def test_the_reports_name_standard_fields_in_the_readers_words(
    small: tuple[Vault, str], out: Path
) -> None:
    """report.md and report.pdf say 氏名 / Name, not the raw key; the data files keep
    the keys, for programs."""
    vault, client = small
    result = export(vault, preview(vault, client), out / "bundle")
    report = (result.path / "report.md").read_text()
    for label in ("氏名 / Name", "電話番号 / Phone", "本文 / Body"):
        assert f"**{label}**" in report
    assert "**name**" not in report and "**phone**" not in report
    assert "氏名 / Name" in pdf_text((result.path / REPORT_PDF).read_bytes())
    data = json.loads((result.path / "data" / "records.json").read_text())
    assert {f["key"] for r in data["records"] for f in r["fields"]} == {"name", "phone", "body"}


def test_a_file_changed_after_writing_is_refused(
    small: tuple[Vault, str], out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, client = small
    read_back = bundles._read_back

    def changed(partial: Path, *, as_zip: bool) -> dict[str, bytes]:
        files = read_back(partial, as_zip=as_zip)
        files["report.md"] += b"\n"
        return files

    monkeypatch.setattr(bundles, "_read_back", changed)
    with pytest.raises(BadInput, match=r"MANIFEST\.json could not be checked"):
        export(vault, preview(vault, client), out / "bundle")
    assert nothing_left(out)


def test_a_pdf_glyph_without_text_is_not_waved_through(small: tuple[Vault, str], out: Path) -> None:
    import pikepdf

    vault, client = small
    result = export(vault, preview(vault, client), out / "bundle")
    with pikepdf.open(result.path / REPORT_PDF) as pdf:
        fonts: Any = pdf.pages[0].obj["/Resources"]["/Font"]
        for name in fonts:
            fonts[name]["/ToUnicode"].write(b"1 beginbfchar\n<0001> <0041>\nendbfchar")
        stripped = io.BytesIO()
        pdf.save(stripped)
    with pytest.raises(Unreadable):
        pdf_text(stripped.getvalue())
