"""Realistic fake clients (Japanese and English) for trying the app and for benchmarks.

Everything here is invented; the seed makes a demo vault reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from vault.domain.model import Field, FieldType, RecordKind, Sensitivity
from vault.session import Vault
from vault.storage.client_store import NewRecord

SURNAMES = [
    ("佐藤", "さとう", "Sato"),
    ("鈴木", "すずき", "Suzuki"),
    ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"),
    ("伊藤", "いとう", "Ito"),
    ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"),
    ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"),
    ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"),
    ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"),
]
GIVEN = [
    ("太郎", "たろう", "Taro"),
    ("花子", "はなこ", "Hanako"),
    ("健一", "けんいち", "Kenichi"),
    ("美咲", "みさき", "Misaki"),
    ("翔太", "しょうた", "Shota"),
    ("陽子", "ようこ", "Yoko"),
    ("大輔", "だいすけ", "Daisuke"),
    ("さくら", "さくら", "Sakura"),
    ("直樹", "なおき", "Naoki"),
    ("由美", "ゆみ", "Yumi"),
    ("拓也", "たくや", "Takuya"),
    ("恵", "めぐみ", "Megumi"),
]
EN_FIRST = ["Emma", "Oliver", "Sophie", "James", "Grace", "Liam", "Chloe", "Noah", "Ava", "Lucas"]
EN_LAST = ["Smith", "Brown", "Wilson", "Taylor", "Clarke", "Walker", "Hughes", "Evans", "Moore"]
PLACES = [
    ("東京都", "渋谷区神南", "150-0041"),
    ("東京都", "世田谷区三軒茶屋", "154-0024"),
    ("大阪府", "大阪市北区梅田", "530-0001"),
    ("神奈川県", "横浜市中区山下町", "231-0023"),
    ("愛知県", "名古屋市中村区名駅", "450-0002"),
    ("福岡県", "福岡市博多区博多駅前", "812-0011"),
    ("北海道", "札幌市中央区北一条西", "060-0001"),
    ("京都府", "京都市下京区烏丸通", "600-8216"),
    ("沖縄県", "那覇市久茂地", "900-0015"),
    ("宮城県", "仙台市青葉区中央", "980-0021"),
]
BUSINESSES = [
    "商店",
    "工務店",
    "デザイン事務所",
    "歯科医院",
    "不動産",
    "カフェ",
    "税理士事務所",
    "整体院",
]
EN_BUSINESSES = ["Design Studio", "Consulting", "Bakery", "Architects", "Dental Clinic", "Imports"]
NOTES = [
    "打ち合わせは毎月第2火曜日。請求書は月末締め翌月末払い。",
    "ロゴ修正の件、来週までに再提出。担当者は{person}様。",
    "Website renewal: kickoff done, waiting for photos from {person}.",
    "確定申告の資料を受領済み。領収書の原本は返却予定。",
    "Invoice #{number} sent; payment due end of next month.",
    "{person}様より顧客リストの更新版を受領（個人情報を含む）。",
]
SPECIAL_CARE = [
    "{person}様：通院のため水曜午後は不在（持病あり）。",
    "{person}: medical leave until next quarter; health details on file.",
    "従業員の健康診断結果（{person}様分）を預かり中。",
]
SERVICES = [
    "Google Workspace",
    "freee会計",
    "マネーフォワード",
    "WordPress 管理画面",
    "Shopify",
    "AWS",
]


class _Faker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def japanese_person(self) -> tuple[str, str, str]:
        surname, given = self.rng.choice(SURNAMES), self.rng.choice(GIVEN)
        return f"{surname[0]} {given[0]}", f"{surname[1]} {given[1]}", f"{given[2]} {surname[2]}"

    def english_person(self) -> str:
        return f"{self.rng.choice(EN_FIRST)} {self.rng.choice(EN_LAST)}"

    def phone(self) -> str:
        prefix = self.rng.choice(["090", "080", "070", "03", "06"])
        if len(prefix) == 3:
            return f"{prefix}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        return f"{prefix}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"

    def email(self, romaji: str) -> str:
        local = romaji.lower().replace(" ", ".")
        domain = self.rng.choice(["example.jp", "example.com", "example.co.jp", "example.net"])
        return f"{local}{self.rng.randint(1, 99)}@{domain}"

    def address(self) -> tuple[str, str]:
        prefecture, area, postal = self.rng.choice(PLACES)
        street = (
            f"{self.rng.randint(1, 5)}丁目{self.rng.randint(1, 30)}番{self.rng.randint(1, 20)}号"
        )
        return f"{prefecture}{area}{street}", postal

    def client_name(self, japanese: bool) -> str:
        if japanese:
            return f"{self.rng.choice(SURNAMES)[0]}{self.rng.choice(BUSINESSES)}"
        return f"{self.rng.choice(EN_LAST)} {self.rng.choice(EN_BUSINESSES)}"


def _contact(fake: _Faker) -> NewRecord:
    name, kana, romaji = fake.japanese_person()
    address, postal = fake.address()
    fields = (
        Field("name", name),
        Field("furigana", kana),
        Field("email", fake.email(romaji), FieldType.EMAIL),
        Field("phone", fake.phone(), FieldType.PHONE),
        Field("postal_code", postal),
        Field("address", address, FieldType.MULTILINE),
    )
    return NewRecord(RecordKind.CONTACT, name, fields, Sensitivity.PERSONAL)


def _note(fake: _Faker) -> NewRecord:
    if fake.rng.random() < 0.05:
        text = fake.rng.choice(SPECIAL_CARE).format(person=fake.japanese_person()[0])
        return NewRecord(
            RecordKind.NOTE,
            "健康状態メモ",
            (Field("body", text, FieldType.MULTILINE),),
            Sensitivity.SPECIAL_CARE,
        )
    person = fake.japanese_person()[0] if fake.rng.random() < 0.7 else fake.english_person()
    text = fake.rng.choice(NOTES).format(person=person, number=fake.rng.randint(1000, 9999))
    return NewRecord(RecordKind.NOTE, text[:20], (Field("body", text, FieldType.MULTILINE),))


def _credential(fake: _Faker) -> NewRecord:
    service = fake.rng.choice(SERVICES)
    password = "".join(
        fake.rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        for _ in range(16)
    )
    fields = (
        Field("username", fake.email(fake.japanese_person()[2])),
        Field("password", password, FieldType.SECRET),
        Field("url", "https://example.com/login", FieldType.URL),
    )
    return NewRecord(RecordKind.CREDENTIAL, service, fields)


def _generic(fake: _Faker) -> NewRecord:
    fields = (
        Field(
            "契約日",
            f"2026-{fake.rng.randint(1, 12):02d}-{fake.rng.randint(1, 28):02d}",
            FieldType.DATE,
        ),
        Field("金額", str(fake.rng.randint(10, 500) * 1000), FieldType.NUMBER),
        Field("案件", fake.rng.choice(["ウェブ制作", "記帳代行", "撮影", "翻訳", "Logo design"])),
    )
    return NewRecord(RecordKind.RECORD, "契約・見積", fields)


MAKERS: list[tuple[float, Callable[[_Faker], NewRecord]]] = [
    (0.35, _contact),
    (0.35, _note),
    (0.15, _credential),
    (0.15, _generic),
]


def fill(vault: Vault, *, clients: int, records: int, seed: int = 1) -> None:
    """Add `clients` clients and `records` records spread over them, one transaction per client."""
    fake = _Faker(seed)
    weights = [w for w, _ in MAKERS]
    makers = [m for _, m in MAKERS]
    per_client, remainder = divmod(records, clients)
    for number in range(clients):
        japanese = fake.rng.random() < 0.8
        person = fake.japanese_person() if japanese else (fake.english_person(),) * 3
        client = vault.clients.add_client(
            fake.client_name(japanese),
            [fake.email(person[2])],
            [fake.phone()],
            f"担当: {person[0]}" if japanese else f"Contact: {person[0]}",
        )
        count = per_client + (1 if number < remainder else 0)
        items = [fake.rng.choices(makers, weights)[0](fake) for _ in range(count)]
        if items:
            vault.clients.add_records(client.id, items)
