"""Generated passphrases, and age files encrypted to them or to X25519 keys as they stream."""

from __future__ import annotations

import io
import os
import re

import pyrage  # type: ignore[import-untyped]
import pytest

from vault.errors import BadInput
from vault.sharing import passphrase as passphrase_module
from vault.sharing.age_writer import (
    CHUNK_SIZE,
    PassphraseEncryptor,
    X25519Encryptor,
    x25519_recipient,
)
from vault.sharing.passphrase import (
    WORDLIST_SIZE,
    PassphraseStyle,
    generate,
    parse_style,
    wordlist,
)


def test_digits_are_six_groups_of_four_joined_by_hyphens() -> None:
    drawn = [generate() for _ in range(200)]
    for passphrase in drawn:
        assert re.fullmatch(r"\d{4}(-\d{4}){5}", passphrase.text)
        assert passphrase.groups == tuple(passphrase.text.split("-"))
    assert len({p.text for p in drawn}) == len(drawn)
    assert set("".join(p.text for p in drawn)) == set("0123456789-")
    assert drawn[0].bits == pytest.approx(79.7, abs=0.1)


def test_words_are_six_eff_words_joined_by_spaces() -> None:
    words = set(wordlist())
    drawn = [generate(PassphraseStyle.WORDS) for _ in range(50)]
    for passphrase in drawn:
        assert len(passphrase.groups) == 6
        assert set(passphrase.groups) <= words
        assert passphrase.text == " ".join(passphrase.groups)
    assert len({p.text for p in drawn}) == len(drawn)
    assert drawn[0].bits == pytest.approx(77.5, abs=0.1)


def test_the_word_list_is_eff_large_list_whole() -> None:
    words = wordlist()
    assert len(words) == len(set(words)) == WORDLIST_SIZE == 7776
    assert (words[0], words[-1]) == ("abacus", "zoom")
    assert list(words) == sorted(words)
    assert {w for w in words if "-" in w} == {"drop-in", "felt-tip", "t-shirt", "yo-yo"}


def test_a_missing_word_list_is_refused_rather_than_weakening_passphrases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(passphrase_module, "WORDLIST_FILE", "no-such-list.txt")
    wordlist.cache_clear()
    try:
        with pytest.raises(BadInput, match="word list is missing or damaged; use digits"):
            generate(PassphraseStyle.WORDS)
    finally:
        wordlist.cache_clear()


def test_a_passphrase_never_shows_in_its_repr() -> None:
    passphrase = generate()
    assert passphrase.text not in repr(passphrase)
    assert not any(group in repr(passphrase) for group in passphrase.groups)


def test_unknown_styles_are_refused() -> None:
    assert parse_style("words") is PassphraseStyle.WORDS
    with pytest.raises(BadInput, match="use digits or words"):
        parse_style("emoji")


def _encrypt(data: bytes, passphrase: str, step: int) -> bytes:
    """A low scrypt work factor keeps these fast; the format is the same."""
    out = io.BytesIO()
    encryptor = PassphraseEncryptor(out.write, passphrase, work_factor=10)
    for start in range(0, len(data), step):
        encryptor.write(data[start : start + step])
    encryptor.close()
    return out.getvalue()


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7]
)
@pytest.mark.parametrize("step", [1000, CHUNK_SIZE, 5 * CHUNK_SIZE])
def test_streamed_age_files_open_with_rage_at_every_chunk_boundary(size: int, step: int) -> None:
    data = os.urandom(size)
    assert pyrage.passphrase.decrypt(_encrypt(data, "1234-5678", step), "1234-5678") == data


def test_the_stream_ends_with_exactly_one_final_chunk() -> None:
    """A full last chunk is not followed by an empty one (age refuses that), and the
    payload is the header, a 16-byte nonce and 64 KiB chunks with 16-byte tags."""
    encrypted = _encrypt(bytes(2 * CHUNK_SIZE), "x", CHUNK_SIZE)
    header_end = encrypted.index(b"\n---") + 1
    header_end = encrypted.index(b"\n", header_end) + 1
    assert len(encrypted) - header_end == 16 + 2 * (CHUNK_SIZE + 16)
    assert encrypted.startswith(b"age-encryption.org/v1\n-> scrypt ")


def test_a_wrong_passphrase_or_an_altered_file_does_not_open() -> None:
    encrypted = _encrypt(b"secret " * 1000, "1234-5678", 100)
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(encrypted, "1234-5679")
    altered = bytearray(encrypted)
    altered[-20] ^= 1
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(bytes(altered), "1234-5678")
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(encrypted[:-1], "1234-5678")


# -- to an X25519 key (age1…) --------------------------------------------------------

IDENTITY = pyrage.x25519.Identity.generate()
RECIPIENT = str(IDENTITY.to_public())
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _encrypt_to_key(data: bytes, recipient: str, step: int) -> bytes:
    out = io.BytesIO()
    encryptor = X25519Encryptor(out.write, recipient)
    for start in range(0, len(data), step):
        encryptor.write(data[start : start + step])
    encryptor.close()
    return out.getvalue()


def _groups(key: bytes) -> list[int]:
    """32 bytes as Bech32's 5-bit groups, the last padded with zero bits."""
    number = int.from_bytes(key, "big") << 4
    return [number >> shift & 31 for shift in range(255, -1, -5)]


def _bech32(prefix: str, groups: list[int]) -> str:
    """BIP 173's reference encoder, written out here to check the module's decoder."""

    def polymod(values: list[int]) -> int:
        check = 1
        for value in values:
            top = check >> 25
            check = (check & 0x1FFFFFF) << 5 ^ value
            for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
                check ^= g if top >> i & 1 else 0
        return check

    expanded = [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix]
    checksum = polymod([*expanded, *groups, 0, 0, 0, 0, 0, 0]) ^ 1
    groups = [*groups, *(checksum >> 5 * (5 - i) & 31 for i in range(6))]
    return prefix + "1" + "".join(BECH32[g] for g in groups)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 7])
@pytest.mark.parametrize("step", [1000, 5 * CHUNK_SIZE])
def test_files_streamed_to_an_x25519_key_open_with_its_identity_only(size: int, step: int) -> None:
    data = os.urandom(size)
    encrypted = _encrypt_to_key(data, RECIPIENT, step)
    assert encrypted.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert pyrage.decrypt(encrypted, [IDENTITY]) == data
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(encrypted, [pyrage.x25519.Identity.generate()])


def test_every_file_gets_its_own_ephemeral_key_and_file_key() -> None:
    first, second = (_encrypt_to_key(b"same" * 100, RECIPIENT, 100) for _ in range(2))
    assert first.split(b"\n")[1] != second.split(b"\n")[1]  # the stanza's ephemeral share
    assert first[-416:] != second[-416:]


def test_recipients_decode_to_the_key_pyrage_encoded() -> None:
    key = x25519_recipient(RECIPIENT).public_bytes_raw()
    assert _bech32("age", _groups(key)) == RECIPIENT  # the test's encoder agrees with rage
    assert x25519_recipient(RECIPIENT.upper()).public_bytes_raw() == key


GROUPS = _groups(x25519_recipient(RECIPIENT).public_bytes_raw())
OTHER_LAST = "q" if RECIPIENT[-1] != "q" else "p"


@pytest.mark.parametrize(
    ("text", "rage_refuses"),
    [
        (RECIPIENT[:10] + RECIPIENT[10:].upper(), True),  # mixed case
        (RECIPIENT[:-1] + OTHER_LAST, True),  # checksum
        (_bech32("agf", GROUPS), True),  # prefix
        (_bech32("age", GROUPS[:-1]), True),  # length
        (RECIPIENT[:20] + "b" + RECIPIENT[21:], True),  # not a Bech32 character
        # Padding bits set: age (Go) refuses it, rage drops them and re-encodes.
        (_bech32("age", [*GROUPS[:-1], GROUPS[-1] | 1]), False),
    ],
    ids=["mixed-case", "checksum", "prefix", "length", "character", "padding"],
)
def test_malformed_recipients_are_refused(text: str, rage_refuses: bool) -> None:
    with pytest.raises(ValueError):
        x25519_recipient(text)
    if rage_refuses:
        with pytest.raises(pyrage.RecipientError):
            pyrage.x25519.Recipient.from_str(text)


def test_a_low_order_key_is_refused_before_anything_is_written() -> None:
    written: list[bytes] = []
    with pytest.raises(ValueError):
        X25519Encryptor(written.append, _bech32("age", _groups(bytes(32))))
    assert written == []
