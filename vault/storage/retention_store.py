"""Retention in the vault: contract periods, rules per record and per client, legal holds.

Each record stores its effective rule and the date it yields as plain columns
(DESIGN allows retention dates and flags in the clear), so "what is due" is one
indexed query. A change that moves dates recomputes every dependent record in
the transaction that makes it, with its audit entry (ids, kinds and counts
only). A hold's reason is what a person wrote: it is sealed under the client's
key like any value, and so goes with the client's key when it is erased.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault.audit.log import AuditLog
from vault.domain.model import RecordKind, Sensitivity
from vault.domain.retention import (
    DEFAULT_NAME,
    ClientPolicy,
    Rule,
    RuleCode,
    check_contract,
    check_date,
    check_window,
    clean_hold_reason,
    client_until,
    local_date,
)
from vault.errors import BadInput
from vault.keys.client_keys import FieldCipher
from vault.storage.db import Database
from vault.storage.record_binding import BOUND_COLUMNS, BOUND_SQL, rebind

CLIENT_ENTRY = "client"  # DueItem.rule of a client's own entry

_SELECT_RECORD = (
    "SELECT client_id, kind, created_at, rule_pinned, retention_rule, retain_fixed, "  # noqa: S608
    f"retain_until, legal_hold, hold_reason, {BOUND_SQL} FROM records WHERE id = ?"
)
_SENSITIVITY = 9 + BOUND_COLUMNS.index("sensitivity")  # in a _SELECT_RECORD row


@dataclass(frozen=True)
class Contract:
    start: dt.date | None = None
    end: dt.date | None = None  # None: the contract still runs


@dataclass(frozen=True)
class RecordRetention:
    record_id: str
    client_id: str
    rule: Rule
    pinned: bool  # set on the record itself, not inherited from the client or the kind
    retain_until: dt.date | None  # the last day kept; None: no date yet
    hold: bool
    hold_reason: str | None


@dataclass(frozen=True)
class DueItem:
    client_id: str
    record_id: str | None  # None: the client's own entry (its details and its key)
    title: str
    due: dt.date | None  # the last day to keep it; None: it needs a date (My Number)
    overdue: bool
    rule: str  # a RuleCode value, or CLIENT_ENTRY
    hold: bool


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _rule(code: str, fixed_on: str | None) -> Rule:
    return Rule(RuleCode(code), _date(fixed_on))


def _name(rule: Rule | None) -> str:
    return DEFAULT_NAME if rule is None else rule.code.value


class RetentionStore:
    """Reads and changes retention for one connection; `zone` is the user's time zone
    (None: the system's), which decides the day, and so the tax year, a record was made."""

    def __init__(
        self, db: Database, cipher: FieldCipher, audit: AuditLog, zone: dt.tzinfo | None
    ) -> None:
        self._db = db
        self._cipher = cipher
        self._audit = audit
        self._zone = zone

    # -- reading ---------------------------------------------------------------

    def policy(self, client_id: str) -> ClientPolicy:
        rows = self._db.execute("SELECT contract_end FROM clients WHERE id = ?", (client_id,))
        if not rows:
            raise BadInput("No client with that id.")
        overrides = self._db.execute(
            "SELECT kind, rule, fixed_on FROM retention_overrides WHERE client_id = ?",
            (client_id,),
        )
        return ClientPolicy(
            _date(rows[0][0]), {RecordKind(k): _rule(code, fixed) for k, code, fixed in overrides}
        )

    def contract(self, client_id: str) -> Contract:
        rows = self._db.execute(
            "SELECT contract_start, contract_end FROM clients WHERE id = ?", (client_id,)
        )
        if not rows:
            raise BadInput("No client with that id.")
        return Contract(_date(rows[0][0]), _date(rows[0][1]))

    def made_on(self, created_at: str) -> dt.date:
        return local_date(dt.datetime.fromisoformat(created_at), self._zone)

    def new_record_rules(
        self, client_id: str, created_at: str
    ) -> Mapping[tuple[RecordKind, Sensitivity], tuple[str, str | None]]:
        """(rule code, retain_until) for a record of each kind and sensitivity made now:
        for inserts."""
        return self.rules_under(self.policy(client_id), created_at)

    def rules_under(
        self, policy: ClientPolicy, created_at: str
    ) -> Mapping[tuple[RecordKind, Sensitivity], tuple[str, str | None]]:
        """As `new_record_rules`, for a policy not stored yet (a client being imported)."""
        made_on = self.made_on(created_at)
        rules = {(k, s): policy.rule_for(k, None, s) for k in RecordKind for s in Sensitivity}
        return {ks: (r.code.value, _iso(policy.until(r, made_on))) for ks, r in rules.items()}

    def get(self, record_id: str) -> RecordRetention:
        row = self._record_row(record_id)
        client_id, kind, _created, pinned, code, fixed, until, hold, sealed = row[:9]
        sensitivity = row[_SENSITIVITY]
        policy = self.policy(client_id)
        reason = None
        if sealed is not None:
            sealer = self._cipher.sealer(client_id)
            reason = self._cipher.open(
                sealer, client_id, "records", record_id, "hold_reason", sealed, tuple(row[9:])
            )
        return RecordRetention(
            record_id,
            client_id,
            policy.rule_for(
                RecordKind(kind), _rule(code, fixed) if pinned else None, Sensitivity(sensitivity)
            ),
            bool(pinned),
            _date(until),
            bool(hold),
            reason,
        )

    def due(
        self, today: dt.date, within_days: int = 30, client_id: str | None = None
    ) -> list[DueItem]:
        """What is overdue or falls due by `today` + `within_days` (both days counted, in
        the user's calendar), plus what needs a date; for one client or all of them."""
        horizon = (today + dt.timedelta(days=check_window(within_days))).isoformat()
        if client_id is not None:
            self.contract(client_id)  # refuses an unknown id
        rows = self._db.execute(
            "SELECT id, client_id, title, retention_rule, retain_until, legal_hold, "  # noqa: S608
            f"{BOUND_SQL} FROM records "
            "WHERE (retain_until <= ? OR (retain_until IS NULL AND retention_rule = ?)) "
            "AND (? IS NULL OR client_id = ?)",
            (horizon, RuleCode.MY_NUMBER.value, client_id, client_id),
        )
        items = [self._record_item(row, today) for row in rows]
        clients = self._db.execute(
            "SELECT c.id, c.wrapped_dek, c.name, c.contract_end, count(r.id), "
            "count(r.retain_until), max(r.retain_until), coalesce(max(r.legal_hold), 0) "
            "FROM clients c LEFT JOIN records r ON r.client_id = c.id "
            "WHERE c.contract_end IS NOT NULL AND (? IS NULL OR c.id = ?) GROUP BY c.id",
            (client_id, client_id),
        )
        for cid, wrapped, name, end, count, dated, latest, hold in clients:
            dates: list[dt.date | None] = [] if latest is None else [_date(latest)]
            if dated < count:
                dates.append(None)
            until = client_until(_date(end), dates)
            if until is not None and until.isoformat() <= horizon:
                sealer = self._cipher.keys.sealer(cid, bytes(wrapped))
                title = self._cipher.open(sealer, cid, "clients", cid, "name", name)
                overdue = until < today
                items.append(DueItem(cid, None, title, until, overdue, CLIENT_ENTRY, bool(hold)))
        return sorted(items, key=_due_order)

    def _record_item(self, row: Sequence[Any], today: dt.date) -> DueItem:
        record_id, client_id, sealed_title, code, until, hold = row[:6]
        sealer = self._cipher.sealer(client_id)
        title = self._cipher.open(
            sealer, client_id, "records", record_id, "title", sealed_title, tuple(row[6:])
        )
        due = _date(until)
        overdue = due is not None and due < today
        return DueItem(client_id, record_id, title, due, overdue, code, bool(hold))

    def _record_row(self, record_id: str) -> Sequence[Any]:
        rows = self._db.execute(_SELECT_RECORD, (record_id,))
        if not rows:
            raise BadInput("No record with that id.")
        return rows[0]

    # -- changing --------------------------------------------------------------

    def set_contract(self, client_id: str, start: dt.date | None, end: dt.date | None) -> int:
        """Set the contract period; returns how many records got a new rule or date."""
        check_contract(start, end)
        with self._db.transaction():
            self.contract(client_id)
            self._db.execute(
                "UPDATE clients SET contract_start = ?, contract_end = ? WHERE id = ?",
                (_iso(start), _iso(end), client_id),
            )
            changed = self._recompute(client_id)
            self._audit.append("retention.contract-set", client_id, records=changed)
        return changed

    def set_client_rule(self, client_id: str, kind: RecordKind, rule: Rule | None) -> int:
        """This client's rule for a kind (None: the default); returns how many records
        that inherit it got a new rule or date."""
        if rule is not None and rule.fixed_on is not None:
            check_date(rule.fixed_on, "retention date")
        with self._db.transaction():
            self.contract(client_id)
            self._db.execute(
                "DELETE FROM retention_overrides WHERE client_id = ? AND kind = ?",
                (client_id, kind.value),
            )
            if rule is not None:
                self._db.execute(
                    "INSERT INTO retention_overrides (client_id, kind, rule, fixed_on) "
                    "VALUES (?, ?, ?, ?)",
                    (client_id, kind.value, rule.code.value, _iso(rule.fixed_on)),
                )
            changed = self._recompute(client_id)
            self._audit.append(
                "retention.client-rule-set",
                client_id,
                kind=kind.value,
                rule=_name(rule),
                records=changed,
            )
        return changed

    def set_rule(self, record_id: str, rule: Rule | None) -> RecordRetention:
        """Pin a rule (or a fixed date) on one record; None goes back to the inherited one."""
        if rule is not None and rule.fixed_on is not None:
            check_date(rule.fixed_on, "retention date")
        with self._db.transaction():
            row = self._record_row(record_id)
            client_id, kind, created, sensitivity = *row[:3], row[_SENSITIVITY]
            policy = self.policy(client_id)
            effective = policy.rule_for(RecordKind(kind), rule, Sensitivity(sensitivity))
            rebind(
                self._db,
                self._cipher,
                record_id,
                {
                    "retention_rule": effective.code.value,
                    "rule_pinned": int(rule is not None),
                    "retain_fixed": _iso(rule.fixed_on) if rule is not None else None,
                    "retain_until": _iso(policy.until(effective, self.made_on(created))),
                },
            )
            self._audit.append("retention.rule-set", client_id, record=record_id, rule=_name(rule))
        return self.get(record_id)

    def hold(self, record_id: str, reason: str) -> RecordRetention:
        """Put a record on legal hold (or change the reason): it is not erased while held."""
        reason = clean_hold_reason(reason)
        client_id = self._record_row(record_id)[0]
        with self._db.transaction():
            rebind(self._db, self._cipher, record_id, {"legal_hold": 1}, {"hold_reason": reason})
            self._audit.append("retention.hold-set", client_id, record=record_id)
        return self.get(record_id)

    def release(self, record_id: str) -> RecordRetention:
        with self._db.transaction():
            row = self._record_row(record_id)
            if not row[7]:
                raise BadInput("That record is not on legal hold.")
            rebind(self._db, self._cipher, record_id, {"legal_hold": 0}, {"hold_reason": None})
            self._audit.append("retention.hold-released", row[0], record=record_id)
        return self.get(record_id)

    def recompute_record(self, client_id: str, record_id: str) -> bool:
        """One record's rule and date again, after its sensitivity changed; inside the
        caller's transaction. True when either moved (the caller's audit entry says so)."""
        return self._recompute(client_id, record_id) > 0

    def _recompute(self, client_id: str, record_id: str | None = None) -> int:
        """Every record's (or one record's) effective rule and date under the client's
        current policy."""
        policy = self.policy(client_id)
        rows = self._db.execute(
            "SELECT id, kind, created_at, rule_pinned, retention_rule, retain_fixed, "
            "retain_until, sensitivity FROM records WHERE client_id = ? AND (? IS NULL OR id = ?)",
            (client_id, record_id, record_id),
        )
        changed = 0
        for rid, kind, created, pinned, code, fixed, until, sensitivity in rows:
            rule = policy.rule_for(
                RecordKind(kind), _rule(code, fixed) if pinned else None, Sensitivity(sensitivity)
            )
            new = (rule.code.value, _iso(policy.until(rule, self.made_on(created))))
            if new != (code, until):
                changes = dict(zip(("retention_rule", "retain_until"), new, strict=True))
                rebind(self._db, self._cipher, rid, changes)
                changed += 1
        return changed


def _due_order(item: DueItem) -> tuple[bool, dt.date, str, bool, str]:
    """By date (undated last), each client's records before the client's own entry."""
    return (
        item.due is None,
        item.due or dt.date.max,
        item.client_id,
        item.record_id is None,
        item.record_id or "",
    )
