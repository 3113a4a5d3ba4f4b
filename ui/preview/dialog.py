"""A window showing one attachment, decrypted into memory only.

Non-modal, so the user can keep it beside the client page. It closes when the
vault locks, and whenever it closes it empties its views, so no decrypted byte
stays referenced by it. Saving a copy or opening the file elsewhere is not done
here: the buttons hand the attachment on to the panel, which warns first.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_message
from ui.models.attachments import size_text, type_name
from ui.preview.content import (
    PREVIEW_LIMIT,
    Content,
    Encoding,
    ImageContent,
    NoPreview,
    PdfContent,
    Problem,
    TableContent,
    TextContent,
    load,
    up_front,
)
from ui.preview.table import CsvTableModel
from ui.preview.views import Copy, ImageView, PreviewTable, PreviewText
from ui.vault_session import VaultSession
from vault.errors import VaultLocked
from vault.storage.attachments import Attachment


class PreviewDialog(QDialog):
    save_requested = Signal(object)  # the Attachment: "Save a decrypted copy…"
    open_requested = Signal(object)  # the Attachment: "Open with the system viewer…"

    def __init__(
        self,
        session: VaultSession,
        attachment: Attachment,
        copy: Copy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self._closed = False
        self.setModal(False)
        self.setWindowTitle(attachment.name)
        self.resize(800, 600)
        self._build(copy)
        session.locked.connect(self._locked)
        self.finished.connect(self._drop)
        known = up_front(attachment)
        if known is not None:
            self._show(known)
        else:
            self.message.setText(self.tr("Decrypting in memory…"))
            session.run(lambda vault: load(vault, attachment), self._show, self._failed)

    def _build(self, copy: Copy) -> None:
        self.info_label = QLabel(
            self.tr("{type} · {size}").format(
                type=type_name(self.attachment.media_type), size=size_text(self.attachment.size)
            ),
            self,
        )
        self.info_label.setToolTip(self.attachment.media_type)
        self.notice_label = QLabel(self)  # truncation and encoding notes
        self.notice_label.setWordWrap(True)
        self.message = QLabel(self)  # loading, "no preview", errors
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.image_view = ImageView(self)
        self.text_view = PreviewText(copy, self)
        self.text_view.setAccessibleName(self.tr("File contents"))
        self.table_model = CsvTableModel(self)
        self.table_view = PreviewTable(copy, self)
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(self.tr("Table contents"))
        header = self.table_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the file's order until a click
        header.sortIndicatorChanged.connect(self.table_model.sort)
        self.pdf_document = QPdfDocument(self)
        self.pdf_buffer = QBuffer(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack = QStackedWidget(self)
        for page in (self.message, self.image_view, self.text_view, self.table_view, self.pdf_view):
            self.stack.addWidget(page)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save a decrypted copy…"), self)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.attachment))
        self.open_button = QPushButton(self.tr("&Open with the system viewer…"), self)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.attachment))
        for button in (self.save_button, self.open_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice_label)
        layout.addWidget(buttons)

    # -- showing ---------------------------------------------------------------

    def _show(self, content: Content) -> None:
        if self._closed:  # closed while decrypting: the result is dropped unseen
            return
        self.message.clear()
        if isinstance(content, ImageContent):
            self.image_view.set_image(content.image)
            self.stack.setCurrentWidget(self.image_view)
        elif isinstance(content, TextContent):
            self._show_text(content)
        elif isinstance(content, TableContent):
            self._show_table(content)
        elif isinstance(content, PdfContent):
            self._show_pdf(content.data)
        else:
            self._say(self._problem_text(content))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _problem_text(self, content: NoPreview) -> str:
        if content.problem is Problem.TOO_LARGE:
            return self.tr(
                "Too large to preview (over {limit}); save a copy or open it with the "
                "system viewer."
            ).format(limit=size_text(PREVIEW_LIMIT))
        if content.problem is Problem.BAD_IMAGE:
            return self.tr("This image could not be read; it may be damaged.")
        return self.tr("No preview for this type ({type}, {size}).").format(
            type=type_name(self.attachment.media_type), size=size_text(self.attachment.size)
        )

    def _encoding_name(self, encoding: Encoding) -> str:
        names = {
            Encoding.UTF8: "UTF-8",
            Encoding.UTF16: "UTF-16",
            Encoding.CP932: "Shift_JIS (CP932)",
            Encoding.DAMAGED: self.tr("UTF-8, with unreadable characters replaced"),
        }
        return names[encoding]

    def _show_text(self, content: TextContent) -> None:
        self.text_view.setPlainText(content.text)
        self.stack.setCurrentWidget(self.text_view)
        notes = [
            self.tr("Encoding: {encoding}.").format(encoding=self._encoding_name(content.encoding))
        ]
        if content.not_a_table:
            notes.append(self.tr("This file could not be read as a table, so it is shown as text."))
        if content.total_chars > len(content.text):
            notes.append(
                self.tr("Showing the first {shown} of {total} characters.").format(
                    shown=QLocale().toString(len(content.text)),
                    total=QLocale().toString(content.total_chars),
                )
            )
        self.notice_label.setText(" ".join(notes))

    def _show_table(self, content: TableContent) -> None:
        self.table_model.set_table(content.header, content.rows)
        self.stack.setCurrentWidget(self.table_view)
        notes = [
            self.tr("Encoding: {encoding}.").format(encoding=self._encoding_name(content.encoding))
        ]
        if content.total_rows > len(content.rows):
            notes.append(
                self.tr("Showing the first {shown} of {total} rows.").format(
                    shown=QLocale().toString(len(content.rows)),
                    total=QLocale().toString(content.total_rows),
                )
            )
        if content.total_columns > len(content.header):
            notes.append(
                self.tr("Showing the first {shown} of {total} columns.").format(
                    shown=QLocale().toString(len(content.header)),
                    total=QLocale().toString(content.total_columns),
                )
            )
        self.notice_label.setText(" ".join(notes))

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_buffer.setData(QByteArray(data))
        self.pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self.pdf_buffer)  # a QBuffer loads at once, no temp file
        error = self.pdf_document.error()
        if error == QPdfDocument.Error.None_:
            self.stack.setCurrentWidget(self.pdf_view)
            return
        self._drop_pdf()
        if error == QPdfDocument.Error.IncorrectPassword:
            self._say(
                self.tr(
                    "This PDF is protected with a password; save a copy or open it with the "
                    "system viewer."
                )
            )
        else:
            self._say(self.tr("This PDF could not be read; it may be damaged."))

    def _failed(self, error: Exception) -> None:
        if self._closed or isinstance(error, VaultLocked):
            return
        self._say(core_message(error))

    # -- letting go --------------------------------------------------------------

    def _locked(self) -> None:
        self.done(QDialog.DialogCode.Rejected.value)

    def _drop(self) -> None:
        """Empty every view, so nothing decrypted stays referenced by this window."""
        self._closed = True
        self.image_view.clear()
        self.text_view.clear()
        self.table_model.clear()
        self._drop_pdf()
        self.message.clear()
        self.notice_label.clear()

    def _drop_pdf(self) -> None:
        self.pdf_document.close()
        self.pdf_buffer.close()
        self.pdf_buffer.setData(QByteArray())
