"""Opening a credential's web address in the browser, and nothing else.

A stored "URL" is text someone typed or imported: `javascript:`, `file:` or a
custom scheme handed to the desktop could run a program or read a local file.
Only http and https with a host go to the browser; an address typed without a
scheme ("example.jp/login") is taken as https, as browsers' address bars do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl

UrlOpener = Callable[[QUrl], bool]  # QDesktopServices.openUrl, or a test's recorder

WEB_SCHEMES = ("http", "https")


def web_url(text: str) -> QUrl | None:
    """The address as a browser URL, or None if it is not an http(s) address with a host."""
    stripped = text.strip()
    if not stripped:
        return None
    url = QUrl(stripped, QUrl.ParsingMode.StrictMode)
    if not url.scheme():
        url = QUrl("https://" + stripped, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in WEB_SCHEMES or not url.host():
        return None
    return url
