"""Where secrets come from: the terminal, or one line each from stdin (`--password-stdin`)."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from vault.errors import BadInput


class SecretInput:
    """Hands out secrets in the order a command asks for them."""

    def __init__(self, from_stdin: bool, stream: TextIO | None = None) -> None:
        self._from_stdin = from_stdin
        self._stream = stream or sys.stdin

    def _read_line(self, what: str) -> str:
        line = self._stream.readline()
        if not line:
            raise BadInput("Expected the {what} as a line on standard input.", what=what)
        if not _is_utf8(line):
            raise BadInput("The {what} on standard input is not valid UTF-8 text.", what=what)
        return line.rstrip("\r\n")

    def ask(self, what: str) -> str:
        if self._from_stdin:
            return self._read_line(what)
        if not self._stream.isatty():
            raise BadInput("No terminal to ask for the password on; use --password-stdin.")
        try:
            return getpass.getpass(f"{what.capitalize()}: ")
        except EOFError as exc:  # Ctrl-D at the prompt
            raise BadInput("No {what} was entered.", what=what) from exc

    def ask_new(self, what: str) -> str:
        """A new secret: typed twice on a terminal, once on stdin."""
        first = self.ask(what)
        if not self._from_stdin and first != self.ask(f"{what} again"):
            raise BadInput("The two entries do not match.")
        return first


def _is_utf8(text: str) -> bool:
    """Python hands undecodable bytes over as lone surrogates (or U+FFFD with errors=replace)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\ufffd" not in text
