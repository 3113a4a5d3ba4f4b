"""Delivery settings: recipients only from the client's contacts, keys checked and sealed."""

from __future__ import annotations

import hashlib

import pyrage  # type: ignore[import-untyped]
import pytest

from tests.conftest import PASSWORD
from tests.vault.sharing.helpers import Seeded
from tests.vault.sharing.test_passphrase import _bech32, _groups
from vault.errors import BadInput
from vault.session import Vault
from vault.sharing import Sharing
from vault.sharing.age_writer import x25519_recipient
from vault.sharing.delivery import DeliveryMode, check_age_recipient, fingerprint
from vault.sharing.passphrase import PassphraseStyle, generate

KEY = str(pyrage.x25519.Identity.generate().to_public())


def test_an_age_key_is_checked_and_kept_in_canonical_form() -> None:
    assert check_age_recipient(f"  {KEY.upper()}\n") == KEY
    fullwidth = KEY.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    assert check_age_recipient(fullwidth) == KEY  # pasted through an IME
    broken = KEY[:-1] + ("q" if KEY[-1] != "q" else "p")
    for bad in (broken, KEY[:-5], "ssh-ed25519 AAAA", "", "hanako@example.jp"):
        with pytest.raises(BadInput, match="not an age public key"):
            check_age_recipient(bad)


def test_a_pasted_secret_key_is_refused_with_a_warning() -> None:
    secret = str(pyrage.x25519.Identity.generate())
    with pytest.raises(BadInput, match="secret key, which must stay with the client"):
        check_age_recipient(secret)


def test_the_fingerprint_is_what_sha256sum_prints_grouped() -> None:
    digest = hashlib.sha256(KEY.encode()).hexdigest().upper()
    printed = fingerprint(KEY)
    assert printed.replace(" ", "") == digest[:24]
    assert [len(g) for g in printed.split(" ")] == [4] * 6


def test_recipients_are_the_clients_own_contact_records(vault: Vault, seeded: Seeded) -> None:
    delivery = Sharing(vault).delivery
    assert [c.record_id for c in delivery.contacts(seeded.client)] == [seeded.contact]
    contact = delivery.contacts(seeded.client)[0]
    assert contact.label == "山田花子 <hanako@example.jp>"
    refused = "must be one of this client's contact records"
    with pytest.raises(BadInput, match=refused):  # another client's contact
        delivery.set_age(seeded.client, seeded.other_contact, KEY)
    with pytest.raises(BadInput, match=refused):  # a note, not a contact
        delivery.set_passphrase(seeded.client, seeded.note)
    with pytest.raises(BadInput, match="No client with that id"):
        delivery.set_age("no-such-client", seeded.contact, KEY)
    with pytest.raises(BadInput, match="not an age public key"):
        delivery.set_age(seeded.client, seeded.contact, "hanako@example.jp")
    assert delivery.get(seeded.client) is None


def test_a_setting_is_kept_sealed_and_changes_are_audited_without_names(
    vault: Vault, seeded: Seeded
) -> None:
    delivery = Sharing(vault).delivery
    setting = delivery.set_age(seeded.client, seeded.contact, KEY)
    assert (setting.mode, setting.public_key, setting.style) == (DeliveryMode.AGE, KEY, None)
    assert setting.fingerprint == fingerprint(KEY)
    assert setting.contact is not None and setting.contact.name == "山田花子"
    (sealed,) = vault.database.execute("SELECT recipient FROM deliveries")[0]
    assert KEY.encode() not in bytes(sealed)

    setting = delivery.set_passphrase(seeded.client, seeded.contact, PassphraseStyle.WORDS)
    assert (setting.mode, setting.public_key, setting.style) == (
        DeliveryMode.PASSPHRASE,
        None,
        PassphraseStyle.WORDS,
    )
    assert setting.created_at <= setting.updated_at
    changes = [e for e in vault.audit.entries() if e.action == "delivery.changed"]
    assert [e.details for e in changes] == [
        {"mode": "age", "contact": seeded.contact, "fingerprint": fingerprint(KEY)},
        {"mode": "passphrase", "contact": seeded.contact, "style": "words"},
    ]
    assert all(e.client_id == seeded.client for e in changes)


def test_a_deleted_contact_leaves_the_setting_without_a_recipient(
    vault: Vault, seeded: Seeded
) -> None:
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, KEY)
    vault.clients.delete_record(seeded.contact)
    setting = Sharing(vault).delivery.get(seeded.client)
    assert setting is not None
    assert (setting.contact_id, setting.contact) == (seeded.contact, None)


def test_a_kept_passphrase_is_told_again_with_an_audit_entry(vault: Vault, seeded: Seeded) -> None:
    delivery = Sharing(vault).delivery
    delivery.set_passphrase(seeded.client, seeded.contact)
    with pytest.raises(BadInput, match="No passphrase bundle was made for this client yet"):
        delivery.passphrase(seeded.client)
    passphrase = generate()
    with vault.database.transaction():
        delivery.keep_passphrase(seeded.client, passphrase, "ab" * 32, "2026-11-22T09:00:00+00:00")
    (sealed,) = vault.database.execute("SELECT passphrase FROM deliveries")[0]
    assert passphrase.groups[0].encode() + b"-" not in bytes(sealed)
    told = delivery.passphrase(seeded.client)
    assert (told.passphrase, told.bundle_sha256) == (passphrase, "ab" * 32)
    assert delivery.get(seeded.client).has_passphrase  # type: ignore[union-attr]
    entry = vault.audit.entries()[-1]
    assert (entry.action, entry.client_id, entry.details) == (
        "delivery.passphrase-told",
        seeded.client,
        {"bundle": "ab" * 32},
    )
    assert passphrase.text not in str([e.to_json() for e in vault.audit.entries()])


def test_erasing_the_client_takes_its_setting_along(vault: Vault, seeded: Seeded) -> None:
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, KEY)
    vault.clients.delete_client(seeded.client)
    assert vault.database.execute("SELECT client_id FROM deliveries") == []


def test_the_setting_survives_a_reopen(vault: Vault, seeded: Seeded) -> None:
    Sharing(vault).delivery.set_age(seeded.client, seeded.contact, KEY)
    vault.lock()
    vault.unlock(PASSWORD)
    setting = Sharing(vault).delivery.get(seeded.client)
    assert setting is not None and setting.public_key == KEY


LOW_ORDER = [_bech32("age", _groups(point)) for point in (bytes(32), b"\x01" + bytes(31))]


@pytest.mark.parametrize("key", LOW_ORDER, ids=["zero", "one"])
def test_a_low_order_age_key_is_bad_input_when_saved(
    vault: Vault, seeded: Seeded, key: str
) -> None:
    """Issue 12, item 13: it used to be saved, then fail at export as an internal error."""
    assert key.startswith("age1q")  # the zero point is the age1qqqq…
    with pytest.raises(BadInput, match="low-order key"):
        check_age_recipient(key)
    with pytest.raises(BadInput, match="low-order key"):
        Sharing(vault).delivery.set_age(seeded.client, seeded.contact, key)
    assert Sharing(vault).delivery.get(seeded.client) is None


def test_a_mixed_case_recipient_is_named_as_mixed_case() -> None:
    mixed = KEY[:10] + KEY[10:].upper()
    with pytest.raises(ValueError, match="must not be in mixed case"):
        x25519_recipient(mixed)
