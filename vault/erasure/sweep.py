"""The retention sweep: erase what is past its last-kept day, one certificate per client.

A client whose own entry fell due (contract end + 30 days, after its last
record) is erased whole, with its key; otherwise its overdue records are
erased as records. Anything on legal hold is left and listed; records that
still need a date (My Number) are never erased by a sweep. Rules the user
marked automatic are erased at unlock without asking; everything else waits
for the user to confirm a plan they have seen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault.domain.retention import RuleCode
from vault.erasure.eraser import Eraser, ErasureResult, Reason, Target
from vault.errors import BadInput
from vault.storage.retention_store import CLIENT_ENTRY, DueItem

if TYPE_CHECKING:
    from vault.state import OpenVault

AUTOMATIC_CHOICES = (*(r.value for r in RuleCode if r is not RuleCode.MY_NUMBER), CLIENT_ENTRY)


@dataclass(frozen=True)
class SweepBatch:
    """One client's share of a sweep: the whole client, or some of its records."""

    client_id: str
    client_name: str
    whole_client: bool
    items: tuple[DueItem, ...]  # the overdue records (and the client's own entry)
    held: tuple[DueItem, ...]  # overdue but on legal hold: left alone

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(sorted({i.rule for i in self.items}))

    @property
    def record_ids(self) -> tuple[str, ...]:
        return tuple(i.record_id for i in self.items if i.record_id is not None)

    def target(self) -> Target:
        if self.whole_client:
            return Target("client", (self.client_id,))
        return Target("record", (self.client_id,), self.record_ids)


def plan(
    vault: OpenVault, today: dt.date | None = None, *, automatic_only: bool = False
) -> list[SweepBatch]:
    """What a sweep would erase today (the user's calendar), grouped by client."""
    day = today or vault.today()
    automatic = set(automatic_rules(vault)) if automatic_only else None
    overdue = [i for i in vault.state.retention.due(day, 0) if i.overdue and i.due is not None]
    names = {i.client_id: i.title for i in overdue if i.record_id is None}
    batches = []
    for client_id in dict.fromkeys(i.client_id for i in overdue):
        mine = [i for i in overdue if i.client_id == client_id]
        held = tuple(i for i in mine if i.hold and i.record_id is not None)
        entry = [i for i in mine if i.record_id is None]
        wanted = [i for i in mine if not i.hold and (automatic is None or i.rule in automatic)]
        whole = bool(entry) and not held and (automatic is None or CLIENT_ENTRY in automatic)
        items = tuple(wanted) if whole else tuple(i for i in wanted if i.record_id is not None)
        if not items and not held:
            continue
        name = names.get(client_id) or vault.state.store.get_client(client_id).name
        batches.append(SweepBatch(client_id, name, whole, items, held))
    return batches


def run(
    vault: OpenVault,
    batches: Sequence[SweepBatch],
    progress: Callable[[int, int], bool] | None = None,
) -> list[ErasureResult]:
    """Erase each batch (one certificate per client); progress(done, total) False stops
    between clients, leaving the rest untouched."""
    todo = [b for b in batches if b.items]
    results = []
    for done, batch in enumerate(todo):
        if progress is not None and not progress(done, len(todo)):
            break
        results.append(Eraser(vault).erase(batch.target(), Reason.RULE, batch.rules))
    if progress is not None:
        progress(len(results), len(todo))
    return results


def automatic_rules(vault: OpenVault) -> list[str]:
    return [r[0] for r in vault.state.db.execute("SELECT rule FROM auto_erase ORDER BY rule")]


def check_automatic(rule: str) -> str:
    if rule not in AUTOMATIC_CHOICES:
        raise BadInput(
            "Automatic erasure can be set for {choices}.", choices=", ".join(AUTOMATIC_CHOICES)
        )
    return rule


def set_automatic(vault: OpenVault, rule: str, on: bool) -> None:
    """Mark a rule (or "client": whole clients after their contract) as erased without asking."""
    check_automatic(rule)
    db = vault.state.db
    with db.transaction():
        if on:
            db.execute("INSERT OR IGNORE INTO auto_erase (rule) VALUES (?)", (rule,))
        else:
            db.execute("DELETE FROM auto_erase WHERE rule = ?", (rule,))
        vault.state.audit.append("retention.automatic", rule=rule, on=on)
