"""The peer for the redaction bench: Presidio's analyser over GiNZA (ja_ginza), run in a
separate benchmark environment because neither is, or may become, a dependency of the app.

It imports nothing from ClientVault, so the environment needs only
bench/requirements-peer.txt. It reads {"texts": [...], "timed": N} as JSON on stdin,
analyses N texts (the list cycled), and prints as JSON each text's spans with their
Presidio entity and GiNZA label, the dictionary's load time, and the CPU and wall
seconds of the N analyses. bench/redaction.py runs it and scores the spans.

`python -m bench.redaction_peer < texts.json` (bench/redaction.py does this).
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version
from typing import Any

# GiNZA's labels (Sekine's extended named entities) as Presidio entities: what a user of
# Presidio maps to its own person, location, date, phone, e-mail and id entities.
ENTITIES = {
    "Person": "PERSON",
    "Province": "LOCATION",
    "City": "LOCATION",
    "County": "LOCATION",
    "GPE_Other": "LOCATION",
    "Postal_Address": "LOCATION",
    "Date": "DATE_TIME",
    "Nationality": "NRP",
    "Religion": "NRP",
    "Ethnic_Group_Other": "NRP",
    "Phone_Number": "PHONE_NUMBER",
    "Email": "EMAIL_ADDRESS",
    "ID_Number": "ID",
}
# GiNZA labels near 要配慮 data, which Presidio has no entity for: scored apart.
CARE_LABELS = ("Disease_Other", "Animal_Disease", "Drug", "Offense")


def _analyser() -> Any:
    from presidio_analyzer import (  # type: ignore[import-not-found]  # noqa: PLC0415
        AnalyzerEngine,
        RecognizerRegistry,
    )
    from presidio_analyzer.nlp_engine import (  # type: ignore[import-not-found]  # noqa: PLC0415
        NerModelConfiguration,
        SpacyNlpEngine,
    )
    from presidio_analyzer.predefined_recognizers import (  # type: ignore[import-not-found]  # noqa: PLC0415
        CreditCardRecognizer,
        EmailRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )

    labels = {**ENTITIES, **dict.fromkeys(CARE_LABELS, "CARE_LABEL")}
    engine = SpacyNlpEngine(
        models=[{"lang_code": "ja", "model_name": "ja_ginza"}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=labels,
            labels_to_ignore=[],
            low_confidence_score_multiplier=1.0,
        ),
    )
    registry = RecognizerRegistry(supported_languages=["ja"])
    registry.add_recognizer(
        SpacyRecognizer(supported_language="ja", supported_entities=sorted(set(labels.values())))
    )
    for recogniser in (
        EmailRecognizer(supported_language="ja"),
        PhoneRecognizer(supported_language="ja", supported_regions=("JP",)),
        CreditCardRecognizer(supported_language="ja"),
        IpRecognizer(supported_language="ja"),
        UrlRecognizer(supported_language="ja"),
    ):
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["ja"])


def main() -> int:
    request = json.load(sys.stdin)
    texts: list[str] = request["texts"]
    timed: int = request["timed"]
    started = time.perf_counter()
    analyser = _analyser()
    analyser.analyze("読み込み", language="ja")
    load = time.perf_counter() - started
    spans: list[list[tuple[int, int, str]] | None] = [None] * len(texts)
    wall, cpu = time.perf_counter(), time.process_time()
    for number in range(timed):
        index = number % len(texts)
        found = analyser.analyze(texts[index], language="ja")
        if spans[index] is None:
            spans[index] = [(r.start, r.end, r.entity_type) for r in found]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for index, text in enumerate(texts):  # fewer timed than texts: the rest untimed
        if spans[index] is None:
            found = analyser.analyze(text, language="ja")
            spans[index] = [(r.start, r.end, r.entity_type) for r in found]
    json.dump(
        {
            "spans": spans,
            "load": load,
            "wall": wall,
            "cpu": cpu,
            "timed": timed,
            "versions": {p: version(p) for p in ("presidio-analyzer", "ginza", "ja-ginza")},
        },
        sys.stdout,
        ensure_ascii=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
