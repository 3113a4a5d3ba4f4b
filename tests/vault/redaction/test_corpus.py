"""Recall per category and over-redaction on the labelled corpus (corpus.py): floors that
hold the redaction to what it was measured at (docs/BENCHMARKS.md has the numbers)."""

from __future__ import annotations

import pytest

from tests.vault.redaction import corpus
from vault.redaction.detectors import Detector

FLOORS = {
    "all": 0.97,
    "person": 0.97,  # a surviving surname or given name counts as a leak
    "name": 0.97,
    "third": 0.90,
    "care": 0.90,
    "bank": 0.99,
    "phone": 0.99,
    "email": 0.99,
    "mynumber": 0.99,
    "address": 0.95,
    "postal": 0.95,
    "dob": 0.95,
}
MAX_CONTROLS_REDACTED = 3


@pytest.fixture(scope="module")
def score() -> corpus.Score:
    detector = Detector(corpus.known())
    return corpus.score(lambda text: [(m.start, m.end) for m in detector.find(text)])


def test_the_corpus_is_big_enough() -> None:
    spans = [s for case in corpus.cases() for s in case.spans]
    assert len(spans) >= 400
    assert {s[2] for s in spans} == set(FLOORS) - {"all", "person"}
    assert len(corpus.controls()) >= 60


@pytest.mark.parametrize("category", FLOORS)
def test_recall_per_category(score: corpus.Score, category: str) -> None:
    assert score.recall(category) >= FLOORS[category], score.missed.get(category)


def test_harmless_phrases_stay(score: corpus.Score) -> None:
    wrongly = score.total["control"] - score.found["control"]
    assert wrongly <= MAX_CONTROLS_REDACTED, score.missed.get("control")
