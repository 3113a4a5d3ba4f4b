"""What a redacted bundle holds, decided before anything is written: every replaced
span with where it was and where it is now, for highlighting and for the files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from vault.domain.model import FieldType, RecordKind
from vault.redaction.detectors import PRIORITY, Detector, Kind
from vault.redaction.operators import Operator


@dataclass(frozen=True)
class Replacement:
    """One replaced span: where it was in the original, and where it is in the output."""

    start: int
    end: int
    kind: Kind
    replacement: str
    out_start: int
    out_end: int


@dataclass(frozen=True)
class RedactedText:
    original: str
    text: str
    replacements: tuple[Replacement, ...] = ()


@dataclass(frozen=True)
class RedactedField:
    key: RedactedText
    type: FieldType
    value: RedactedText


@dataclass(frozen=True)
class RedactedRecord:
    record_id: str
    kind: RecordKind
    title: RedactedText
    fields: tuple[RedactedField, ...]


@dataclass(frozen=True)
class LeftOut:
    """What never goes into a redacted bundle, counted for the report."""

    special_care_records: int = 0
    special_care_fields: int = 0
    secret_fields: int = 0

    def to_json(self) -> dict[str, int]:
        return {
            "special_care_records": self.special_care_records,
            "special_care_fields": self.special_care_fields,
            "secret_fields": self.secret_fields,
        }


@dataclass(frozen=True)
class RedactionPreview:
    """Exactly what `export` writes. The detector stays for the leak gate, which
    rebuilds it only if the vault's known values changed since the preview."""

    client_id: str
    client_name: RedactedText
    client_notes: RedactedText
    records: tuple[RedactedRecord, ...]
    left_out: LeftOut
    operators: Mapping[Kind, Operator]
    created_at: str
    terms: tuple[str, ...]
    detector: Detector = field(repr=False, compare=False)
    known_fingerprint: str = field(repr=False, compare=False, default="")
    kept: tuple[str, ...] = ()  # suspect texts the user chose to keep, named in the report

    def texts(self) -> Iterator[RedactedText]:
        yield self.client_name
        yield self.client_notes
        for record in self.records:
            yield record.title
            for item in record.fields:
                yield item.key
                yield item.value

    @property
    def counts(self) -> dict[str, int]:
        """Replacements per kind, in a fixed order, kinds without any left out."""
        found = Counter(r.kind for text in self.texts() for r in text.replacements)
        return {kind.value: found[kind] for kind in PRIORITY if found[kind]}
