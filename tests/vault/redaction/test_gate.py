"""The leak gate's second opinion and the analyser under it, on their own."""

from __future__ import annotations

from vault.redaction.bundle_files import _wording
from vault.redaction.detectors import Detector, Kind, Known
from vault.redaction.gate import KNOWN, PERSON_TAG, SPECIAL_CARE, SecondOpinion, unkept
from vault.redaction.morph import tokens

KNOWN_PEOPLE = [Known("高田 誠", Kind.NAME, "r1"), Known("たかだ まこと", Kind.NAME, "r1")]


def test_the_gate_doubts_what_the_redactor_lets_stand() -> None:
    """The redactor leaves 高田馬場駅 (a station); the gate names the surname in it."""
    text = "高田馬場駅で待ち合わせ。"
    assert Detector(KNOWN_PEOPLE).find(text) == []
    assert SecondOpinion(KNOWN_PEOPLE).scan(text) == [("高田", KNOWN.format(kind="name"))]


def test_the_gate_doubts_tagged_names_and_special_care_terms() -> None:
    found = SecondOpinion([]).scan("田中と話した。通院の話も出た。")
    assert ("田中", PERSON_TAG) in found
    assert ("通院", SPECIAL_CARE) in found


def test_a_kept_text_is_no_longer_a_suspect() -> None:
    found = SecondOpinion(KNOWN_PEOPLE).scan("高田馬場駅で待ち合わせ。")
    assert unkept(found, ["高田"]) == []
    assert unkept(found, ["たかだ"]) == found


def test_the_bundles_own_wording_raises_no_doubt() -> None:
    assert SecondOpinion(KNOWN_PEOPLE).scan(_wording()) == []


def test_a_pseudonym_cut_by_a_line_break_is_still_the_exports_own() -> None:
    assert SecondOpinion([]).scan("担当は人\n物-bcdfghjk様です。") == []


def test_text_longer_than_the_analysers_limit_is_analysed_in_pieces() -> None:
    """Sudachi refuses input over 49,149 bytes; a long note is cut at sentence ends."""
    text = "打ち合わせは順調でした。" * 6000 + "紹介者の田中 美咲さん。"
    words = tokens(text)
    assert words[-1].end == len(text)
    assert any(w.surface == "美咲" and w.person == "名" for w in words)
    assert SecondOpinion([]).scan(text)
