"""The words of a notice: to a person (Japanese, or English when their record says so)
about which of their items were involved and which were not, or to a client company
whose data the freelancer handled as a contractor (委託先)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from vault.incident.store import IncidentKind
from vault.inventory.categories import LABELS, Category

PERSON_ITEMS = (
    Category.NAME,
    Category.FURIGANA,
    Category.ADDRESS,
    Category.POSTAL_CODE,
    Category.PHONE,
    Category.EMAIL,
    Category.DATE_OF_BIRTH,
    Category.MY_NUMBER,
    Category.BANK_ACCOUNT,
    Category.SPECIAL_CARE,
)
_KINDS = {
    IncidentKind.LOST_DEVICE: ("端末の紛失・盗難", "the loss or theft of a device"),
    IncidentKind.MISDELIVERY: ("誤送付", "data sent to the wrong recipient"),
    IncidentKind.UNAUTHORISED_ACCESS: ("不正アクセス", "unauthorised access"),
    IncidentKind.MALWARE: ("マルウェア感染", "a malware infection"),
    IncidentKind.OTHER: ("事故", "an incident"),
}
TODO_JA = "【要記入】"
TODO_EN = "[to be written]"


@dataclass(frozen=True)
class Notice:
    number: int
    language: str
    subject: str
    body: str


def _labels(categories: Collection[Category], language: str) -> str:
    index = 0 if language == "ja" else 1
    sep = "、" if language == "ja" else ", "
    names = [LABELS[c][index] for c in PERSON_ITEMS if c in categories]
    return sep.join(names) or ("なし" if language == "ja" else "none")


def person_notice(
    number: int,
    name: str,
    language: str,
    involved: Collection[Category],
    kind: IncidentKind,
    discovered_on: str,
    sender: str,
) -> Notice:
    held = set(involved) & set(PERSON_ITEMS)
    not_involved = [c for c in PERSON_ITEMS if c not in held]
    if language == "en":
        watch = [
            "Do not open links or attachments in unexpected e-mail or text messages "
            "(phishing), even when they use your name.",
            "Do not give personal details, passwords or codes to unexpected callers.",
        ]
        if Category.BANK_ACCOUNT in held:
            watch.append("Check your bank statements for payments you did not make.")
        body = "\n\n".join(
            [
                f"Dear {name or TODO_EN},",
                f"This is {sender or TODO_EN}. On {discovered_on} we discovered "
                f"{_KINDS[kind][1]} involving personal information we hold about you. "
                "We sincerely apologise for the concern this causes.",
                f"Your information involved: {_labels(held, 'en')}.",
                f"Not involved: {_labels(not_involved, 'en')}.",
                "What to watch for:\n" + "\n".join(f"- {w}" for w in watch),
                f"Contact: {sender or TODO_EN}",
            ]
        )
        return Notice(number, "en", "Notice about your personal information", body)
    watch = [
        "心当たりのないメールやSMSのリンク・添付ファイルは開かないでください"
        "（お名前が書かれていても、フィッシングの可能性があります）。",
        "不審な電話で個人情報やパスワード、確認コードを聞かれても答えないでください。",
    ]
    if Category.BANK_ACCOUNT in held:
        watch.append("口座の入出金明細に身に覚えのない取引がないかご確認ください。")
    body = "\n\n".join(
        [
            f"{name or TODO_JA} 様",
            f"{sender or TODO_JA}です。{discovered_on}、お預かりしている個人情報に関わる"
            f"{_KINDS[kind][0]}が判明しました。ご心配をおかけし、深くお詫び申し上げます。",
            f"対象となったあなたの情報: {_labels(held, 'ja')}",
            f"対象に含まれていない情報: {_labels(not_involved, 'ja')}",
            "ご注意いただきたいこと:\n" + "\n".join(f"・{w}" for w in watch),
            f"お問い合わせ先: {sender or TODO_JA}",
        ]
    )
    return Notice(number, "ja", "個人情報の漏えい等に関するお知らせ", body)


def client_notice(
    number: int,
    client_name: str,
    persons: int,
    involved: Collection[Category],
    kind: IncidentKind,
    discovered_on: str,
    sender: str,
) -> Notice:
    """To a client company (委託元): it reports and notifies its own customers."""
    body = "\n\n".join(
        [
            f"{client_name} 御中",
            f"{sender or TODO_JA}です。{discovered_on}、貴社から委託を受けてお預かりしている"
            f"個人データに関わる{_KINDS[kind][0]}が判明しました。深くお詫び申し上げます。",
            f"対象となる本人の数: {persons}人",
            f"対象となった項目: {_labels(involved, 'ja')}",
            "個人情報保護法上、委託元である貴社が報告・本人通知を行う場合があります。"
            "詳細は別添の報告書下書きをご確認ください。",
            f"お問い合わせ先: {sender or TODO_JA}",
        ]
    )
    return Notice(number, "ja", "委託を受けた個人データの漏えい等に関するご報告", body)
