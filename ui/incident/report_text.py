"""The report preview's text: the self-check, deadlines and what is left to write, in the
user's language (the report's own files are bilingual)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ITEMS = {
    key: str(label)
    for key, label in (
        ("summary", QT_TRANSLATE_NOOP("IncidentReport", "Summary")),
        ("data_items", QT_TRANSLATE_NOOP("IncidentReport", "Data items")),
        ("persons", QT_TRANSLATE_NOOP("IncidentReport", "Number of persons")),
        ("cause", QT_TRANSLATE_NOOP("IncidentReport", "Cause")),
        ("secondary_harm", QT_TRANSLATE_NOOP("IncidentReport", "Secondary harm")),
        ("response_to_persons", QT_TRANSLATE_NOOP("IncidentReport", "Response to the persons")),
        ("publication", QT_TRANSLATE_NOOP("IncidentReport", "Publication")),
        ("prevention", QT_TRANSLATE_NOOP("IncidentReport", "Measures against recurrence")),
        ("other", QT_TRANSLATE_NOOP("IncidentReport", "Other")),
    )
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentReport", text)


def _answer(value: object) -> str:
    if value is True:
        return QCoreApplication.translate("IncidentReport", "yes")
    if value is False:
        return QCoreApplication.translate("IncidentReport", "no")
    return QCoreApplication.translate("IncidentReport", "unknown")


def summary_text(doc: dict[str, Any]) -> str:
    lines = [
        QCoreApplication.translate(
            "IncidentReport", "This is a self-check from the vault's records, not legal advice."
        ),
        "",
        QCoreApplication.translate("IncidentReport", "Persons affected: {count}").format(
            count=doc["persons_affected"]
        ),
        QCoreApplication.translate(
            "IncidentReport", "Of them with special-care data: {count}"
        ).format(count=doc["special_care_persons"]),
        QCoreApplication.translate("IncidentReport", "Report to the PPC required: {answer}").format(
            answer=_answer(doc["report_required"])
        ),
        QCoreApplication.translate(
            "IncidentReport", "Strong-encryption exemption: {answer}"
        ).format(answer=_answer(doc["encryption_exemption"]["applies"])),
    ]
    lines += [f"  - {reason}" for reason in doc["encryption_exemption"]["reasons"]]
    lines += [
        QCoreApplication.translate("IncidentReport", "Preliminary report (速報) by: {date}").format(
            date=doc["deadlines"]["preliminary"]
        ),
        QCoreApplication.translate("IncidentReport", "Final report (確報) by: {date}").format(
            date=doc["deadlines"]["final"]
        ),
        "",
        QCoreApplication.translate("IncidentReport", "Triggers that apply: {list}").format(
            list=", ".join(doc["triggers"]) or "-"
        ),
        QCoreApplication.translate("IncidentReport", "Still to be written (要記入):"),
    ]
    lines += [
        f"  - {_tr(label)}"
        for key, label in _ITEMS.items()
        if doc["items"][key].get("status") == "要記入"
    ]
    return "\n".join(lines)
