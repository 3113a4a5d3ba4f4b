"""The preview window: each kind of file rendered from memory, limits, and letting go."""

from __future__ import annotations

import codecs
import dataclasses
import io
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from tests.ui.vault_calls import call
from tests.vault.pdf import require_japanese_font
from ui.preview import content
from ui.preview.content import TABLE_ROW_LIMIT
from ui.preview.dialog import PreviewDialog
from ui.vault_session import VaultSession
from vault.pdf import PdfDocument
from vault.session import Vault
from vault.storage.attachments import Attachment

OpenPreview = Callable[[Attachment], PreviewDialog]
JAPANESE = "山田商店の請求書\n金額：１２，０００円\n備考：次回は月曜"
CSV_TEXT = "氏名,年齢,メモ\n山田太郎,42,常連\n佐藤花子,9,新規\n鈴木一郎,130,紹介\n"


@pytest.fixture
def client_id(qtbot: QtBot, gui_session: VaultSession) -> str:
    made: str = call(qtbot, gui_session, lambda v: v.clients.add_client("プレビュー商事").id)
    return made


@pytest.fixture
def copied() -> list[str]:
    return []


class Attach:
    def __init__(self, qtbot: QtBot, session: VaultSession, client_id: str) -> None:
        self.qtbot, self.session, self.client_id = qtbot, session, client_id

    def __call__(self, name: str, data: bytes) -> Attachment:
        client_id = self.client_id

        def add(vault: Vault) -> Attachment:
            return vault.attachments.add(client_id, io.BytesIO(data), name)

        made: Attachment = call(self.qtbot, self.session, add)
        return made


@pytest.fixture
def attach(qtbot: QtBot, gui_session: VaultSession, client_id: str) -> Attach:
    return Attach(qtbot, gui_session, client_id)


@pytest.fixture
def open_preview(qtbot: QtBot, gui_session: VaultSession, copied: list[str]) -> OpenPreview:
    def opened(attachment: Attachment) -> PreviewDialog:
        dialog = PreviewDialog(gui_session, attachment, copied.append)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.message.text() != "Decrypting in memory…", timeout=10_000)
        return dialog

    return opened


def png_bytes(width: int = 320, height: int = 200) -> bytes:
    """A red picture with a blue square, encoded as PNG in memory."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    painter = QPainter(image)
    painter.fillRect(10, 10, 50, 50, QColor("blue"))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(b"png")).write(image)
    return bytes(buffer.data().data())


def dark_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if QColor(image.pixel(x, y)).lightness() < 128
    )


def test_an_image_is_shown_scaled_to_fit_and_zooms(
    attach: Attach, open_preview: OpenPreview
) -> None:
    dialog = open_preview(attach("スキャン.png", png_bytes(2000, 1250)))
    assert dialog.stack.currentWidget() is dialog.image_view
    view = dialog.image_view
    assert view.scale < 1  # a large picture is scaled down to the window
    shown = view.label.pixmap()
    room = view.scroll_area.viewport().size()
    assert shown.width() <= room.width() and shown.height() <= room.height()
    fitted = view.scale
    view.zoom_in()
    assert view.scale == pytest.approx(fitted * 1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.scale < fitted
    view.fit()
    assert view.scale == pytest.approx(fitted)
    assert view.zoom_label.text() == f"{round(fitted * 100)}%"


def test_a_small_image_is_not_enlarged(attach: Attach, open_preview: OpenPreview) -> None:
    dialog = open_preview(attach("icon.png", png_bytes(40, 30)))
    assert dialog.image_view.scale == 1
    assert dialog.image_view.label.pixmap().size().width() == 40


def test_utf8_text_with_and_without_bom(attach: Attach, open_preview: OpenPreview) -> None:
    for name, data in (
        ("memo.txt", JAPANESE.encode()),
        ("bom.txt", codecs.BOM_UTF8 + JAPANESE.encode()),
    ):
        dialog = open_preview(attach(name, data))
        assert dialog.stack.currentWidget() is dialog.text_view
        assert dialog.text_view.toPlainText() == JAPANESE
        assert dialog.text_view.isReadOnly()
        assert "UTF-8" in dialog.notice_label.text()


def test_cp932_and_utf16_text_are_decoded(attach: Attach, open_preview: OpenPreview) -> None:
    dialog = open_preview(attach("sjis.txt", JAPANESE.encode("cp932")))
    assert dialog.text_view.toPlainText() == JAPANESE
    assert "Shift_JIS (CP932)" in dialog.notice_label.text()
    dialog = open_preview(attach("unicode.txt", JAPANESE.encode("utf-16")))
    assert dialog.text_view.toPlainText() == JAPANESE
    assert "UTF-16" in dialog.notice_label.text()


def test_html_is_shown_as_source_never_rendered(attach: Attach, open_preview: OpenPreview) -> None:
    page = '<html><img src="https://tracker.example/x.png"><b>太字</b></html>'
    dialog = open_preview(attach("mail.html", page.encode()))
    assert dialog.text_view.toPlainText() == page


def test_a_japanese_excel_csv_becomes_a_table(attach: Attach, open_preview: OpenPreview) -> None:
    dialog = open_preview(attach("名簿.csv", CSV_TEXT.encode("cp932")))
    assert dialog.stack.currentWidget() is dialog.table_view
    model = dialog.table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["氏名", "年齢", "メモ"]
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "山田太郎"
    assert "Shift_JIS (CP932)" in dialog.notice_label.text()
    dialog.table_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    ages = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert ages == ["9", "42", "130"]  # by value, not as text
    sides = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert sides == [2, 1, 3]  # each row still says where it is in the file


def test_a_tab_separated_file_and_ragged_rows(attach: Attach, open_preview: OpenPreview) -> None:
    data = b"a\tb\n1\t2\t3\n4\n"
    dialog = open_preview(attach("export.tsv", data))
    model = dialog.table_model
    assert model.columnCount() == 3
    assert [model.index(1, c).data() for c in range(3)] == ["4", "", ""]


def test_a_long_csv_shows_its_first_rows_and_says_so(
    attach: Attach, open_preview: OpenPreview
) -> None:
    lines = ["番号,値", *(f"{n},{n * 2}" for n in range(TABLE_ROW_LIMIT + 5))]
    dialog = open_preview(attach("long.csv", "\n".join(lines).encode()))
    assert dialog.table_model.rowCount() == TABLE_ROW_LIMIT
    shown, total = QLocale().toString(TABLE_ROW_LIMIT), QLocale().toString(TABLE_ROW_LIMIT + 5)
    assert f"Showing the first {shown} of {total} rows." in dialog.notice_label.text()


def test_a_csv_the_csv_module_cannot_read_is_shown_as_text(
    attach: Attach, open_preview: OpenPreview
) -> None:
    data = ("列\n" + '"' + "x\n" * 70_000 + '"\n').encode()  # one field over csv's limit
    dialog = open_preview(attach("huge-field.csv", data))
    assert dialog.stack.currentWidget() is dialog.text_view
    assert "could not be read as a table" in dialog.notice_label.text()


def test_a_pdf_renders_from_memory(qtbot: QtBot, attach: Attach, open_preview: OpenPreview) -> None:
    require_japanese_font()
    document = PdfDocument("請求書")
    document.heading("山田商店 御中")
    document.paragraph("請求金額 １２，０００円 " * 20)
    dialog = open_preview(attach("請求書.pdf", document.render()))
    assert dialog.stack.currentWidget() is dialog.pdf_view
    pdf = dialog.pdf_document
    assert pdf.status() == QPdfDocument.Status.Ready
    assert pdf.pageCount() == 1
    page = pdf.render(0, pdf.pagePointSize(0).toSize())
    assert dark_pixels(page) > 0  # text was drawn
    qtbot.waitUntil(lambda: dark_pixels(dialog.pdf_view.viewport().grab().toImage()) > 0)


def test_a_damaged_pdf_says_so(attach: Attach, open_preview: OpenPreview) -> None:
    dialog = open_preview(attach("broken.pdf", b"%PDF-1.7\nnot really a pdf"))
    assert dialog.stack.currentWidget() is dialog.message
    assert dialog.message.text() == "This PDF could not be read; it may be damaged."
    assert dialog.pdf_document.pageCount() == 0


def test_a_damaged_image_says_so(attach: Attach, open_preview: OpenPreview) -> None:
    dialog = open_preview(attach("photo.png", b"\x89PNG not an image at all"))
    assert dialog.message.text() == "This image could not be read; it may be damaged."


def test_an_unknown_type_is_not_decrypted_and_says_its_type_and_size(
    attach: Attach, open_preview: OpenPreview
) -> None:
    dialog = open_preview(attach("archive.bin", bytes(2048)))
    assert dialog.stack.currentWidget() is dialog.message
    text = dialog.message.text()
    assert text.startswith("No preview for this type")
    assert "2.0 kB" in text or "2.0 KB" in text


def test_too_large_to_preview(
    monkeypatch: pytest.MonkeyPatch, attach: Attach, open_preview: OpenPreview
) -> None:
    monkeypatch.setattr(content, "PREVIEW_LIMIT", 1000)
    big = attach("big.txt", b"x" * 5000)
    dialog = open_preview(big)
    assert dialog.message.text().startswith("Too large to preview")
    assert "save a copy or open it with the system viewer" in dialog.message.text()
    # A row whose recorded size understates the file is caught while decrypting.
    dialog = open_preview(dataclasses.replace(big, size=10))
    assert dialog.message.text().startswith("Too large to preview")
    assert dialog.text_view.toPlainText() == ""


def test_closing_drops_every_decrypted_byte(attach: Attach, open_preview: OpenPreview) -> None:
    dialogs: list[PreviewDialog] = [
        open_preview(attach(name, data))
        for name, data in (
            ("a.txt", JAPANESE.encode()),
            ("b.csv", CSV_TEXT.encode()),
            ("c.png", png_bytes()),
        )
    ]
    for dialog in dialogs:
        dialog.close()
    text, table, image = dialogs
    assert text.text_view.toPlainText() == ""
    assert table.table_model.rowCount() == 0
    assert table.table_model.columnCount() == 0
    assert image.image_view.label.pixmap().isNull()


def test_a_pdf_is_dropped_on_close(attach: Attach, open_preview: OpenPreview) -> None:
    require_japanese_font()
    document = PdfDocument("メモ")
    document.paragraph("テスト")
    dialog = open_preview(attach("memo.pdf", document.render()))
    dialog.close()
    assert dialog.pdf_document.pageCount() == 0
    assert dialog.pdf_buffer.data().isEmpty()


def test_the_lock_closes_the_preview_and_empties_it(
    qtbot: QtBot, gui_session: VaultSession, attach: Attach, open_preview: OpenPreview
) -> None:
    dialog = open_preview(attach("a.txt", JAPANESE.encode()))
    assert dialog.isVisible()
    gui_session.lock()
    assert not dialog.isVisible()
    assert dialog.text_view.toPlainText() == ""


def test_a_result_arriving_after_close_is_never_shown(
    qtbot: QtBot, gui_session: VaultSession, attach: Attach, copied: list[str]
) -> None:
    attachment = attach("late.txt", JAPANESE.encode())
    release = threading.Event()
    gui_session.run(lambda _vault: release.wait(10))
    dialog = PreviewDialog(gui_session, attachment, copied.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    release.set()
    done: list[bool] = []
    gui_session.run(lambda _vault: None, lambda _none: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert dialog.text_view.toPlainText() == ""
    assert dialog.message.text() == ""


def test_copying_goes_through_the_vault_clipboard(
    qtbot: QtBot, attach: Attach, open_preview: OpenPreview, copied: list[str]
) -> None:
    QGuiApplication.clipboard().clear()
    dialog = open_preview(attach("a.txt", JAPANESE.encode()))
    dialog.text_view.selectAll()
    qtbot.keyClick(dialog.text_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied == [JAPANESE]
    mime = dialog.text_view.createMimeDataFromSelection()
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    table = open_preview(attach("b.csv", CSV_TEXT.encode()))
    table.table_view.setCurrentIndex(table.table_model.index(1, 0))
    qtbot.keyClick(table.table_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied == [JAPANESE, "佐藤花子"]
    assert QGuiApplication.clipboard().text() == ""


def test_the_buttons_hand_the_attachment_on(
    qtbot: QtBot, attach: Attach, open_preview: OpenPreview
) -> None:
    attachment = attach("a.txt", JAPANESE.encode())
    dialog = open_preview(attachment)
    with qtbot.waitSignal(dialog.save_requested) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert saved.args == [attachment]
    assert opened.args == [attachment]
    assert dialog.info_label.text() == f"plain text document · {len(JAPANESE.encode())} bytes"
