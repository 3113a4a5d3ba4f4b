"""Control characters never reach a terminal or a person unescaped (issue 12, item 16).

Before: a client name or record title with ESC, CR or U+202E (right-to-left override)
was stored and printed raw, so `client list` could rewrite the terminal or show a
file name reversed.
"""

from __future__ import annotations

import io

import pytest

from tests.conftest import PASSWORD, CliRunner
from tests.vault.cli.helpers import Seed, assert_refused, at
from vault.errors import BadInput
from vault.session import Vault

HOSTILE = {
    "ESC": "山田\x1b[2J商店",
    "CR": "山田\r商店",
    "C1 CSI": "山田\x9b2J商店",
    "RLO": "invoice\u202efdp.exe",
    "isolate": "a\u2066b",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_names_and_titles_with_controls_are_refused(cli: CliRunner, seed: Seed, name: str) -> None:
    text = HOSTILE[name]
    assert_refused(cli("client", "add", "--name", text, *at(seed.folder)), 1, "control characters")
    assert_refused(
        cli(
            "record",
            "add",
            "--client",
            seed.taro,
            "--kind",
            "note",
            "--title",
            text,
            *at(seed.folder),
        ),
        1,
        "control characters",
    )


@pytest.mark.parametrize("name", HOSTILE)
def test_file_names_with_controls_are_refused(seed: Seed, name: str) -> None:
    with Vault(seed.folder) as vault:
        vault.unlock(PASSWORD)
        with pytest.raises(BadInput, match="control characters"):
            vault.attachments.add(seed.taro, io.BytesIO(b"x"), HOSTILE[name] + ".pdf")


def test_text_output_escapes_controls_already_stored(cli: CliRunner, seed: Seed) -> None:
    """A field value may hold them (pasted text); printing shows them, never acts on them."""
    code, _out, err = cli(
        "record",
        "add",
        "--client",
        seed.taro,
        "--kind",
        "note",
        "--title",
        "貼り付け",
        "--field",
        "body=line one\nline\x1b[2J two\u202e",
        *at(seed.folder),
    )
    assert code == 0, err
    code, out, err = cli("record", "list", "--client", seed.taro, *at(seed.folder))
    assert code == 0, err
    assert "\x1b" not in out and "\u202e" not in out
    assert "line\\u001b[2J two\\u202e" in out
    assert "line one\n" in out  # a multi-line value keeps its lines
