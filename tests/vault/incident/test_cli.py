"""`clientvault incident …` and `inventory` as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CliRunner
from tests.vault.cli.helpers import assert_refused
from tests.vault.incident.helpers import assert_no_canary, read_json
from tests.vault.inventory.world import World
from vault.session import Vault


def test_new_report_notices_and_list(
    tokyo_vault: Vault, world: World, cli: CliRunner, tmp_path: Path
) -> None:
    folder = tokyo_vault.folder
    tokyo_vault.close()
    at = ("--vault", str(folder), "--password-stdin", "--json")
    code, out, err = cli(
        "incident",
        "new",
        "--kind",
        "lost-device",
        "--discovered",
        "2026-11-10T20:00+09:00",
        "--client",
        world.taro,
        "--key-compromised",
        "no",
        "--role",
        f"{world.taro}=operator",
        *at,
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["clients"] == [world.taro] and created["roles"] == {world.taro: "operator"}
    code, out, err = cli(
        "incident", "report", "--id", created["id"], "--out", str(tmp_path / "r"), *at
    )
    assert code == 0, err
    assert json.loads(out)["persons_affected"] == 5
    doc = read_json(tmp_path / "r" / "report.json")
    assert doc["clients"][0]["role"] == "operator"
    assert_no_canary(tmp_path / "r", world.canary)
    code, out, err = cli(
        "incident",
        "notices",
        "--id",
        created["id"],
        "--out",
        str(tmp_path / "n"),
        "--sender",
        "山田",
        *at,
    )
    assert code == 0, err
    assert json.loads(out) == {"out": str(tmp_path / "n"), "notices": 5, "to_persons": 5}
    code, out, err = cli("incident", "list", *at)
    listed = json.loads(out)
    assert [i["id"] for i in listed] == [created["id"]]
    assert listed[0]["deadlines"]["preliminary"] == "2026-11-13"
    # The same folder again is refused, before the password is asked for.
    assert_refused(
        cli(
            "incident",
            "report",
            "--id",
            created["id"],
            "--out",
            str(tmp_path / "r"),
            "--vault",
            str(folder),
            "--password-stdin",
            stdin="",
        ),
        1,
        "not empty",
    )
    assert_refused(
        cli(
            "incident",
            "new",
            "--kind",
            "flood",
            "--discovered",
            "2026-11-10",
            "--vault",
            str(folder),
            "--password-stdin",
            stdin="",
        ),
        1,
        "Unknown incident kind",
    )
