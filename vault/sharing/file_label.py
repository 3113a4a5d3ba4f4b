"""The encrypted bundle's file name: a label the user chose, then the date.

The project rule is "no plaintext client data in file names", and every file the
app writes on its own (temp files, backups, certificates) keeps to it. The bundle
is different: it is the one file the user sends to that client, and a neutral
`bundle-2026-11-22.pdf` among several in a mail draft is how a bundle reaches the
wrong client. So its name carries a label the user sees and can edit (or empty)
before anything is written, defaulting to a short, file-system-safe form of the
client's name. The label goes into that output name only: the temp file beside it
stays `.clientvault-<random>.tmp`, and the audit log records no path.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from vault.errors import BadInput
from vault.sharing.bundle import BundleFormat

MAX_LABEL_CHARS = 40
DEFAULT_LABEL_CHARS = 20  # a default the user reads at a glance in the save dialog
SUFFIXES = {BundleFormat.AGE: ".age", BundleFormat.PDF: ".pdf"}
NEUTRAL = "bundle"

_FORBIDDEN = frozenset('<>:"/\\|?*')  # not allowed in a Windows file name (and "/" anywhere)
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def file_label(text: str) -> str:
    """`text` as it can go into a file name on any system the client uses.

    Forbidden characters become "_", control and format characters (a right-to-left
    override could disguise the extension) are dropped, runs of spaces become one,
    and leading dots (a hidden file) and trailing dots and spaces (Windows drops
    them) go. Longer than MAX_LABEL_CHARS after that: refused, nothing written.
    """
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if ch.isspace() else "_" if ch in _FORBIDDEN else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    label = " ".join(kept.split()).lstrip(".").rstrip(". ")
    if len(label) > MAX_LABEL_CHARS:
        raise BadInput(
            "A file name label is at most {max} characters; nothing was written.",
            max=MAX_LABEL_CHARS,
        )
    if label.split(".")[0].upper() in _RESERVED:
        label = "_" + label
    return label


def default_label(client_name: str) -> str:
    """The client's name, file-system-safe and cut short: what the dialog offers first."""
    text = unicodedata.normalize("NFC", client_name)[:DEFAULT_LABEL_CHARS]
    return file_label(text)


def bundle_file_name(label: str, bundle_format: BundleFormat, created_at: str) -> str:
    """`<label>-<local date>.<pdf|age>`, or the neutral `bundle-<date>` without a label."""
    day = dt.datetime.fromisoformat(created_at).astimezone().date()
    return f"{file_label(label) or NEUTRAL}-{day.isoformat()}{SUFFIXES[bundle_format]}"
