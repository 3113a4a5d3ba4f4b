"""Generated passphrases, and age files encrypted to them as they stream."""

from __future__ import annotations

import io
import os
import re

import pyrage  # type: ignore[import-untyped]
import pytest

from vault.errors import BadInput
from vault.sharing import passphrase as passphrase_module
from vault.sharing.age_passphrase import CHUNK_SIZE, PassphraseEncryptor
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
