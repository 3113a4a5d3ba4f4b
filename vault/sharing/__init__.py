"""Sharing with the client: delivery settings and encrypted bundles (DESIGN.md, Sharing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault.sharing.bundle import BundleExporter
from vault.sharing.delivery import DeliveryStore

if TYPE_CHECKING:
    from vault.state import OpenVault


class Sharing:
    """`delivery`: how each client receives bundles; `bundles`: preview and export."""

    def __init__(self, vault: OpenVault) -> None:
        state = vault.state
        self.delivery = DeliveryStore(state.db, state.cipher, state.audit, vault.timestamp)
        self.bundles = BundleExporter(state, self.delivery, vault.timestamp)
