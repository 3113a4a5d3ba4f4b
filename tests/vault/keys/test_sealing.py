from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.keys.sealing import AuthenticationFailed, Sealer, aad, derive_subkey, new_key
from vault.keys.secret import SecretKey

KEY = SecretKey(bytes(range(32)))
SEALER = Sealer(KEY)
PLACE = aad("field", "vault1", "clientA", "records", "row1", "title")


@given(st.binary(max_size=4096), st.binary(max_size=64))
def test_any_bytes_round_trip(plaintext: bytes, context: bytes) -> None:
    where = aad("field", context.hex())
    assert SEALER.open(SEALER.seal(plaintext, where), where) == plaintext


@settings(max_examples=200)
@given(st.binary(min_size=0, max_size=256), st.data())
def test_any_single_byte_change_is_detected(plaintext: bytes, data: st.DataObject) -> None:
    blob = bytearray(SEALER.seal(plaintext, PLACE))
    position = data.draw(st.integers(0, len(blob) - 1))
    blob[position] ^= data.draw(st.integers(1, 255))
    with pytest.raises(AuthenticationFailed):
        SEALER.open(bytes(blob), PLACE)


@given(
    st.sampled_from(
        [
            aad("field", "vault1", "clientB", "records", "row1", "title"),  # another client
            aad("field", "vault1", "clientA", "records", "row2", "title"),  # another row
            aad("field", "vault1", "clientA", "records", "row1", "fields"),  # another column
            aad("field", "vault2", "clientA", "records", "row1", "title"),  # another vault
        ]
    )
)
def test_a_ciphertext_moved_elsewhere_fails(elsewhere: bytes) -> None:
    blob = SEALER.seal(b"\xe5\xb1\xb1\xe7\x94\xb0 secret", PLACE)
    with pytest.raises(AuthenticationFailed):
        SEALER.open(blob, elsewhere)


def test_the_wrong_key_fails_and_nonces_are_fresh() -> None:
    blob = SEALER.seal(b"same", PLACE)
    assert SEALER.seal(b"same", PLACE) != blob  # random nonce per encryption
    with pytest.raises(AuthenticationFailed):
        Sealer(new_key()).open(blob, PLACE)


def test_truncated_or_unknown_layouts_are_rejected() -> None:
    blob = SEALER.seal(b"x", PLACE)
    for broken in (blob[:10], b"", bytes([9]) + blob[1:]):
        with pytest.raises(AuthenticationFailed):
            SEALER.open(broken, PLACE)


def test_aad_parts_cannot_be_shifted_between_fields() -> None:
    assert aad("ab", "c") != aad("a", "bc")


def test_subkeys_differ_by_purpose_and_salt() -> None:
    keys = {
        bytes(derive_subkey(KEY, "a").view()),
        bytes(derive_subkey(KEY, "b").view()),
        bytes(derive_subkey(KEY, "a", b"salt").view()),
    }
    assert len(keys) == 3


def test_wiped_key_is_zero_and_refuses_use() -> None:
    key = new_key()
    buffer = key.view()
    key.wipe()
    assert buffer == bytearray(32)
    with pytest.raises(RuntimeError):
        key.view()


def test_aad_bytes_are_stable_for_existing_vaults() -> None:
    # Every sealed value on disk was bound to these exact bytes; changing them orphans data.
    assert aad("field", "v", 7) == b"cv1\x00\x05field\x00\x01v\x00\x017"
