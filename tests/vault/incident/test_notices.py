"""Notices: one per affected person, in their language, with their own items only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import FakeClock
from tests.vault.incident.helpers import assert_no_canary, pdf_text, read_csv
from tests.vault.inventory.world import World
from vault.errors import BadInput
from vault.incident import notices
from vault.incident.store import IncidentKind, IncidentStore, Role
from vault.session import Vault


def _incident(vault: Vault, world: World, clock: FakeClock) -> str:
    clock.advance(days=12)
    return (
        IncidentStore(vault)
        .new(IncidentKind.LOST_DEVICE, "2026-11-20T14:30:00+00:00", client_ids=[world.taro])
        .id
    )


def test_each_person_gets_a_notice_with_their_items(
    tokyo_vault: Vault, world: World, clock: FakeClock, tmp_path: Path
) -> None:
    incident = _incident(tokyo_vault, world, clock)
    out = tmp_path / "notices"
    written = notices.write(tokyo_vault, incident, out, "山田デザイン 03-0000-0000")
    assert (written.notices, written.persons) == (5, 5)
    rows = read_csv(out / "notices.csv")
    assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5"]
    by_ref = {r["ref"]: r for r in rows}
    hanako = (out / by_ref[world.hanako]["text_file"]).read_text()
    involved, not_involved = hanako.split("対象に含まれていない情報:")
    for item in ("氏名", "ふりがな", "住所", "電話番号", "メールアドレス", "銀行口座"):
        assert item in involved
    assert "マイナンバー" in not_involved and "要配慮個人情報" in not_involved
    assert "フィッシング" in hanako and "山田デザイン 03-0000-0000" in hanako
    assert "口座の入出金明細" in hanako
    john = by_ref[world.john]
    assert john["language"] == "en"
    english = (out / john["text_file"]).read_text()
    assert "Dear John Smith" in english and "phishing" in english
    assert "Bank account" in english.split("Not involved:")[1]
    assert "やまだはなこ" not in english  # only John's own values
    pdf = pdf_text(out / by_ref[world.hanako]["pdf_file"])
    assert "個人情報の漏えい等に関するお知らせ" in pdf and "山田花子" in pdf
    assert all(not r["text_file"].startswith(("山", "J")) for r in rows)  # numbered names
    assert_no_canary(out, world.canary)
    entries = [e for e in tokyo_vault.audit.entries() if e.action == "incident.notified"]
    assert [e.details for e in entries] == [{"incident": incident, "count": 5}]


def test_a_contractor_notifies_the_client_company_instead(
    tokyo_vault: Vault, world: World, clock: FakeClock, tmp_path: Path
) -> None:
    incident = _incident(tokyo_vault, world, clock)
    IncidentStore(tokyo_vault).edit(incident, roles={world.taro: Role.CONTRACTOR})
    out = tmp_path / "notices"
    written = notices.write(tokyo_vault, incident, out)
    assert (written.notices, written.persons) == (1, 0)
    (row,) = read_csv(out / "notices.csv")
    assert (row["to"], row["client_id"], row["email"]) == (
        "client",
        world.taro,
        "office@yamada.example",
    )
    text = (out / row["text_file"]).read_text()
    assert "山田デザイン 御中" in text and "対象となる本人の数: 5人" in text
    assert "【要記入】" in text  # no sender given


def test_progress_is_told_per_notice_and_a_cancel_leaves_nothing(
    tokyo_vault: Vault, world: World, clock: FakeClock, tmp_path: Path
) -> None:
    """130 persons took about a minute with no progress and no way out."""
    incident = _incident(tokyo_vault, world, clock)
    base = tmp_path / "out"
    base.mkdir()
    out = base / "notices"
    told: list[tuple[int, int]] = []

    def cancel_after_two(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 2

    with pytest.raises(BadInput, match="Cancelled; no notice was written"):
        notices.write(tokyo_vault, incident, out, progress=cancel_after_two)
    assert told == [(0, 5), (1, 5), (2, 5)]
    assert list(base.iterdir()) == []  # neither the folder nor a partial one
    assert not [e for e in tokyo_vault.audit.entries() if e.action == "incident.notified"]

    out.mkdir()  # an empty folder chosen beforehand is fine, and filled whole
    told.clear()

    def record(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    written = notices.write(tokyo_vault, incident, out, progress=record)
    assert told == [(n, 5) for n in range(6)]
    assert written.notices == 5
    assert sorted(p.name for p in out.iterdir())[-1] == "notices.csv"
    assert len(list(out.iterdir())) == 11
    assert [p.name for p in base.iterdir()] == ["notices"]
