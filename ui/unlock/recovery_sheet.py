"""The recovery sheet: one A4 page with the recovery key, to print and keep offline.

Rendered into memory and written with `vault.fileio.atomic_write`, so the file
is 0600 before its first byte lands and a crash never leaves half a sheet. The
text is bilingual on purpose, Japanese and English side by side, whatever the
app's language: whoever finds the sheet in a drawer years later may not read
the language its maker used. So it is not run through `tr()`.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from vault.keys import recovery
from vault.storage.fileio import atomic_write

_RESOLUTION_DPI = 300
_MARGIN_MM = 18
_GROUPS_PER_LINE = 4


def key_lines(recovery_key: str) -> list[str]:
    """The key as two lines of four groups: easy to read aloud, hard to skip a group."""
    groups = recovery.format_key(recovery.parse(recovery_key)).split("-")
    return [
        "  ".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), _GROUPS_PER_LINE)
    ]


_INTRO = (
    "回復キーは、パスワードを忘れたとき、またはこのパソコンが使えなくなったときに"
    "保管庫を開く唯一の方法です。",
    "The recovery key is the only way into the vault if the password is forgotten "
    "or this computer is lost.",
)
_KEEPING = (
    (
        "この用紙を印刷し、金庫や鍵のかかる引き出しなど、オフラインの安全な場所に"
        "保管してください。",
        "Print this sheet and keep it offline in a safe place, such as a safe or a locked drawer.",
    ),
    (
        "印刷したら、この PDF ファイルは削除してください。"
        "メールで送ったりクラウドに保存したりしないでください。",
        "Once it is printed, delete this PDF file. Do not email it or keep it in cloud storage.",
    ),
    (
        "回復キーを持つ人は誰でも保管庫を開けます。",
        "Anyone who has the recovery key can open the vault.",
    ),
)
_MONOSPACE = "'DejaVu Sans Mono', 'Noto Sans Mono', monospace"


def _both(pair: tuple[str, str]) -> str:
    return "<br>".join(html.escape(text) for text in pair)


def _sheet_html(recovery_key: str, vault_folder: Path, created: dt.datetime) -> str:
    when = created.astimezone().strftime("%Y-%m-%d %H:%M %Z")
    key = "<br>".join(html.escape(line) for line in key_lines(recovery_key))
    keeping = "".join(f"<li>{_both(pair)}</li>" for pair in _KEEPING)
    return (
        '<h1 style="font-size: 18pt;">ClientVault recovery sheet / 回復シート</h1>'
        f'<p style="font-size: 11pt;">{_both(_INTRO)}</p>'
        '<h2 style="font-size: 13pt;">回復キー / Recovery key</h2>'
        f'<p style="font-family: {_MONOSPACE}; font-size: 22pt; font-weight: bold;'
        f' line-height: 150%;">{key}</p>'
        '<h2 style="font-size: 13pt;">保管方法 / Keeping it safe</h2>'
        f'<ul style="font-size: 11pt;">{keeping}</ul>'
        '<h2 style="font-size: 13pt;">保管庫 / Vault</h2>'
        f'<p style="font-size: 11pt;">フォルダー / Folder: {html.escape(str(vault_folder))}<br>'
        f"作成日時 / Created: {html.escape(when)}</p>"
    )


def render_recovery_sheet(recovery_key: str, vault_folder: Path, created: dt.datetime) -> bytes:
    """The PDF bytes; nothing touches the disk (needs a QGuiApplication for fonts)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("ClientVault recovery sheet")
    writer.setCreator("ClientVault")
    writer.setResolution(_RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(_sheet_html(recovery_key, vault_folder, created))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("could not start the PDF page")
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_recovery_sheet(
    path: Path, recovery_key: str, vault_folder: Path, created: dt.datetime
) -> None:
    """Write the one-page A4 PDF atomically, 0600 from the start."""
    atomic_write(path, render_recovery_sheet(recovery_key, vault_folder, created))
