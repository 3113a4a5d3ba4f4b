"""`clientvault export encrypted|redacted`: the only two ways client data leaves the vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vault.cli import export_encrypted, export_redacted
from vault.cli.common import Parser


def add_commands(commands: Any, add: Callable[..., Parser]) -> None:
    group = commands.add_parser(
        "export", help="an encrypted bundle for one client, or a redacted bundle for anyone"
    ).add_subparsers(
        dest="export_command", metavar="{encrypted,redacted}", required=True, parser_class=Parser
    )
    export_encrypted.add_command(group, add)
    export_redacted.add_command(group, add)
