"""The chip a record editor shows when its text looks special-care (要配慮個人情報).

It names the term it found and offers the special-care sensitivity in one click;
saving below special-care anyway is audit-logged by the editor (without the term).
The check is the redaction's own lexicon (vault/redaction/special_care.py), a regex
over a few hundred characters: cheap enough to run on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vault.domain.model import Sensitivity
from vault.redaction.special_care import terms_in


class SpecialCareHint(QWidget):
    chosen = Signal()  # the user took the special-care sensitivity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Mark as special-care"), self)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.chosen.emit)
        self.setStyleSheet("SpecialCareHint { background: #fde7ea; border-radius: 6px; }")
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def check(self, text: str, sensitivity: Sensitivity) -> None:
        """Show the chip while the text holds a term and the record is not special-care."""
        self.terms = terms_in(text)
        if not self.terms or sensitivity is Sensitivity.SPECIAL_CARE:
            self.hide()
            return
        self.label.setText(
            self.tr(
                "This looks like special-care information (“{term}”): health, disability, "
                "criminal records and the like. Marked special-care, the record is left out "
                "of redacted bundles, and an encrypted bundle warns before it goes out."
            ).format(term=self.terms[0])
        )
        self.show()
