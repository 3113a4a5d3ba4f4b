"""The scenes `make screenshot` takes, driving the real widgets as a user would.

`scenes` is a generator: it acts on the app, then yields a `Wait` for what has to
happen before the next grab (the vault thread answering, a page appearing), and
screenshot.py's driver resumes it once that holds, or fails loudly on a timeout.
Every answer a dialog asks for comes from `ScriptPrompts`; everything written goes
into the scratch folder, and all data (demo vault, CSV, password) is made up.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ui.app import App
from ui.importing.import_wizard import ImportWizard
from ui.importing.import_wizard import Page as ImportPage
from ui.prompts import Prompts
from ui.sharing.export_dialog import Page as ExportPage
from vault.domain.model import RecordKind
from vault.session import Vault
from vault.sharing import Sharing

DOCS = Path(__file__).resolve().parent.parent / "docs"
SHOTS = DOCS / "screenshots"
README_SHOTS = {"en": DOCS / "screenshot.png", "ja": DOCS / "screenshot-ja.png"}
MAIN_ROW = 3  # Walker Imports: an English name, for README's main window
CLIENT_ROW = 8  # a Japanese client, for the client page and the bundle
MADE_UP_PASSWORD = "copper lantern 48 violet"  # noqa: S105 - made up, for the strength meter
CSV_ROWS = [
    ["会社名", "氏名", "ふりがな", "メール", "電話", "住所", "備考"],
    ["株式会社サンプル企画", "見本 太郎", "みほん たろう", "taro@sample.example.jp",
     "03-0000-1111", "東京都千代田区見本町1-1", "紹介"],
    ["例示デザイン事務所", "例示 花子", "れいじ はなこ", "hanako@reiji.example.jp",
     "06-0000-2222", "大阪府大阪市例示区2-2", ""],
    ["Placeholder Works", "Alex Sample", "", "alex@placeholder.example.com",
     "090-0000-3333", "", "English name"],
]  # fmt: skip


@dataclass(frozen=True)
class Wait:
    """What the next scene waits for, by name (said in the timeout error)."""

    what: str
    ready: Callable[[], bool]


class ScriptPrompts(Prompts):
    """The questions the scenes expect, answered; any other message fails the run."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.failures: list[str] = []

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str) -> bool:
        return True  # the special-care question before the export: yes, for the demo

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.failures.append(f"unexpected message {title!r}: {text}")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.failures.append(f"error {title!r}: {text}")

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str
    ) -> Path | None:
        return self.out / suggested.name

    def open_path(
        self, parent: QWidget | None, title: str, folder: Path, name_filter: str
    ) -> Path | None:
        self.failures.append(f"unexpected file chooser {title!r}")
        return None

    def folder_path(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        self.failures.append(f"unexpected folder chooser {title!r}")
        return None


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")


def write_csv(path: Path) -> Path:
    """A small client list with Japanese headers, as Excel saves it (BOM, CRLF)."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, lineterminator="\r\n").writerows(CSV_ROWS)
    return path


def scenes(shot: App, prompts: ScriptPrompts, language: str, scratch: Path) -> Iterator[Wait]:
    """Create-vault dialog, main window, client page, bundle result, import wizard."""
    window = shot.window
    session = shot.session

    # First run: the create dialog, a made-up password typed twice, then cancelled.
    create = shot.create_vault()
    QTest.keyClicks(create.password_fields.password_edit, MADE_UP_PASSWORD)
    QTest.keyClicks(create.password_fields.confirm_edit, MADE_UP_PASSWORD)
    yield Wait("the create dialog", create.isVisible)
    save(create, SHOTS / f"create-vault-{language}.png")
    create.reject()

    # The demo vault, a client selected: README's main window.
    shot.open_demo(lambda error: prompts.failures.append(f"demo vault: {error!r}"))
    yield Wait("the demo clients", lambda: window.clients.rowCount() > CLIENT_ROW)
    window.client_table.selectRow(MAIN_ROW)
    yield Wait("the first client's records", lambda: window.client_page.records.rowCount() > 0)
    save(window, README_SHOTS[language])

    # Another client's page on its own, a record selected.
    window.client_table.selectRow(CLIENT_ROW)
    client_id = window.clients.client_at(CLIENT_ROW).id
    page = window.client_page
    yield Wait(
        "the second client's records",
        lambda: page.client is not None and page.client.id == client_id
        and page.records.rowCount() > 0,
    )  # fmt: skip
    page.table.selectRow(0)
    yield Wait("the record selected", lambda: page.table.selectionModel().hasSelection())
    save(page, SHOTS / f"client-page-{language}.png")

    # A real encrypted bundle for that client, to its first contact, under a passphrase.
    delivered: list[object] = []

    def deliver(vault: Vault) -> object:
        contact = next(
            r for r in vault.clients.list_records(client_id) if r.kind is RecordKind.CONTACT
        )
        return Sharing(vault).delivery.set_passphrase(client_id, contact.id)

    session.run(deliver, delivered.append, lambda e: prompts.failures.append(repr(e)))
    yield Wait("the delivery setting", lambda: bool(delivered))
    export = page.export_bundle()
    if export is None:
        raise RuntimeError("no client page to export from")
    yield Wait("the bundle preview", export.can_export)
    export.export_button.click()
    yield Wait("the export", lambda: export.pages.currentIndex() == ExportPage.RESULT)
    save(export, SHOTS / f"sharing-result-{language}.png")
    export.close()

    # The import wizard on a made-up CSV, at the column mapping.
    source = write_csv(scratch / "clients.csv")
    wizard = ImportWizard(session, prompts, window, choose_file=lambda _parent: source)
    wizard.open()
    wizard.choose_page.choose_button.click()
    yield Wait("the CSV read", lambda: not wizard.is_busy and wizard.next_button.isEnabled())
    wizard.next_button.click()
    yield Wait(
        "the mapping checked",
        lambda: wizard.page is ImportPage.MAPPING and not wizard.is_busy
        and not wizard.is_checking,
    )  # fmt: skip
    save(wizard, SHOTS / f"import-mapping-{language}.png")
    wizard.reject()
