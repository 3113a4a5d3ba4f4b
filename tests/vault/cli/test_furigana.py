"""`client add/edit --furigana` and the list in 50音 order."""

from __future__ import annotations

import json

from tests.conftest import CliRunner
from tests.vault.cli.helpers import Seed, opening_argv


def test_cli_adds_and_edits_furigana(cli: CliRunner, seed: Seed) -> None:
    code, out, err = cli(*opening_argv(seed, "client edit", "--json"))
    assert code == 0, err
    assert json.loads(out)["furigana"] == "やまだ たろう"
    code, out, err = cli(
        "client", "add", "--name", "佐藤花子", "--furigana", "ｻﾄｳ ﾊﾅｺ",
        "--vault", str(seed.folder), "--password-stdin", "--json",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = cli("client", "list", "--vault", str(seed.folder), "--password-stdin", "--json")
    listed = json.loads(out)
    assert [c["name"] for c in listed] == ["佐藤花子", "山田太郎", "Acme Studio"]
    assert listed[0]["furigana"] == "サトウ ハナコ"
    code, _out, err = cli(
        "client", "edit", seed.acme, "--furigana", "Acme",
        "--vault", str(seed.folder), "--password-stdin",
    )  # fmt: skip
    assert code == 1
    assert "only kana" in err
