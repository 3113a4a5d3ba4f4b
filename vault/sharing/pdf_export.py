"""The encrypted PDF, for clients who can open nothing else: the report, CSV and files attached.

AES-256 with the R6 security handler (PDF 2.0), written by pikepdf (qpdf); any
current PDF viewer opens it after asking for the passphrase. The owner password is
the same passphrase: there is nobody to withhold editing rights from.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

import pikepdf


def encrypted_pdf(report: bytes, attached: Sequence[tuple[str, bytes]], passphrase: str) -> bytes:
    """The report's pages with each (name, bytes) attached, encrypted to `passphrase`.

    Built in memory: the bundle keeps the client's files under PDF_FILES_LIMIT here.
    """
    with pikepdf.open(io.BytesIO(report)) as pdf:
        for name, data in attached:
            mime = "text/csv" if name.endswith(".csv") else "application/octet-stream"
            pdf.attachments[name] = pikepdf.AttachedFileSpec(
                pdf, data, filename=name, mime_type=mime
            )
        # The report's /ID is a hash of its plaintext (vault/pdf renders reproducibly) and
        # stays readable in an encrypted file: replace it, so it gives no content away.
        file_id = pikepdf.String(os.urandom(16))
        pdf.trailer.ID = pikepdf.Array([file_id, file_id])
        out = io.BytesIO()
        pdf.save(
            out, encryption=pikepdf.Encryption(owner=passphrase, user=passphrase, R=6, aes=True)
        )
    return out.getvalue()
