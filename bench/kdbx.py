"""Just enough KDBX 4 to set Argon2id parameters, which keepassxc-cli 2.7 cannot do.

`keepassxc-cli db-create` and `import` only take a target decryption time and
always write KDBX 3.1 with AES-KDF, so no Argon2 setting can be chosen there.
This module writes an *empty* KDBX 4 container with exact Argon2id parameters
(memory, iterations, parallelism); keepassxc-cli then fills it (`merge` of a
database made with `keepassxc-cli import`) and rewrites the file itself,
keeping the KDF. `read_kdf` reads the parameters back from the file's plain
outer header to prove the parity after KeePassXC has saved it.

Format: KeePass's KDBX 4 specification (outer header of TLV fields, a
VariantDictionary of KDF parameters, header SHA-256 and HMAC, HMAC-SHA256
block stream over AES-256-CBC of inner header + XML).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SIGNATURE = bytes.fromhex("03d9a29a67fb4bb5")
VERSION_4_0 = struct.pack("<HH", 0, 4)
AES256_CBC = bytes.fromhex("31c1f2e6bf714350be5805216afc5aff")
ARGON2D = bytes.fromhex("ef636ddf8c29444b91f7a9a403e30a0c")
ARGON2ID = bytes.fromhex("9e298b1956db4773b23dfc3ec6f0a1e6")
AES_KDF = bytes.fromhex("c9d9f39a628a4460bf740d08c18a4fea")
KDF_NAMES = {ARGON2D: "Argon2d", ARGON2ID: "Argon2id", AES_KDF: "AES-KDF"}
ARGON2_VERSION = 0x13
CHACHA20_STREAM = 3

_END, _CIPHER, _COMPRESSION, _MASTER_SEED, _IV, _KDF = 0, 2, 3, 4, 7, 11
_UINT32, _UINT64, _BYTES = 0x04, 0x05, 0x42

EMPTY_XML = (
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
    "<KeePassFile><Meta><Generator>clientvault-bench</Generator>"
    "<DatabaseName>bench</DatabaseName><RecycleBinEnabled>False</RecycleBinEnabled></Meta>"
    "<Root><Group><UUID>{uuid}</UUID><Name>Root</Name></Group></Root></KeePassFile>\n"
)


@dataclass(frozen=True)
class KdfInfo:
    kdf: str
    memory_mib: float
    iterations: int
    parallelism: int
    version: int
    format_major: int


def _field(kind: int, data: bytes) -> bytes:
    return struct.pack("<BI", kind, len(data)) + data


def _variant(items: list[tuple[int, str, bytes]]) -> bytes:
    out = bytearray(struct.pack("<H", 0x0100))
    for kind, name, value in items:
        key = name.encode()
        out += struct.pack("<BI", kind, len(key)) + key + struct.pack("<I", len(value)) + value
    return bytes(out + b"\x00")


def _block_key(base: bytes, index: int) -> bytes:
    return hashlib.sha512(struct.pack("<Q", index) + base).digest()


def write_empty(
    path: Path, password: str, memory_mib: int, iterations: int, parallelism: int
) -> None:
    """An empty KDBX 4.0 database: password only, AES-256-CBC, Argon2id with these settings."""
    salt, seed, iv = os.urandom(32), os.urandom(32), os.urandom(16)
    kdf_params = _variant(
        [
            (_BYTES, "$UUID", ARGON2ID),
            (_UINT32, "V", struct.pack("<I", ARGON2_VERSION)),
            (_BYTES, "S", salt),
            (_UINT32, "P", struct.pack("<I", parallelism)),
            (_UINT64, "M", struct.pack("<Q", memory_mib * 1024 * 1024)),
            (_UINT64, "I", struct.pack("<Q", iterations)),
        ]
    )
    header = (
        SIGNATURE
        + VERSION_4_0
        + _field(_CIPHER, AES256_CBC)
        + _field(_COMPRESSION, struct.pack("<I", 0))
        + _field(_MASTER_SEED, seed)
        + _field(_IV, iv)
        + _field(_KDF, kdf_params)
        + _field(_END, b"\r\n\r\n")
    )
    composite = hashlib.sha256(hashlib.sha256(password.encode()).digest()).digest()
    transformed = hash_secret_raw(
        secret=composite,
        salt=salt,
        time_cost=iterations,
        memory_cost=memory_mib * 1024,
        parallelism=parallelism,
        hash_len=32,
        type=Type.ID,
        version=ARGON2_VERSION,
    )
    cipher_key = hashlib.sha256(seed + transformed).digest()
    hmac_base = hashlib.sha512(seed + transformed + b"\x01").digest()
    header_mac = hmac.new(_block_key(hmac_base, 0xFFFF_FFFF_FFFF_FFFF), header, "sha256").digest()

    inner = (
        _field(1, struct.pack("<I", CHACHA20_STREAM))
        + _field(2, os.urandom(64))
        + _field(_END, b"")
    )
    root_uuid = base64.b64encode(os.urandom(16)).decode()
    plain = inner + EMPTY_XML.format(uuid=root_uuid).encode()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(cipher_key), modes.CBC(iv)).encryptor()
    payload = encryptor.update(padded) + encryptor.finalize()

    blocks = bytearray()
    for index, data in enumerate((payload, b"")):
        size = struct.pack("<i", len(data))
        mac = hmac.new(
            _block_key(hmac_base, index), struct.pack("<Q", index) + size + data, "sha256"
        ).digest()
        blocks += mac + size + data
    path.write_bytes(header + hashlib.sha256(header).digest() + header_mac + bytes(blocks))


def read_kdf(path: Path) -> KdfInfo:
    """The KDF settings in a KDBX 4 file's (unencrypted) outer header."""
    data = path.read_bytes()
    if data[:8] != SIGNATURE:
        raise ValueError(f"{path} is not a KeePass database")
    _minor, major = struct.unpack_from("<HH", data, 8)
    if major < 4:
        raise ValueError(f"{path} is KDBX {major}.x, which has no Argon2 parameters")
    offset = 12
    while True:
        kind, length = struct.unpack_from("<BI", data, offset)
        value = data[offset + 5 : offset + 5 + length]
        offset += 5 + length
        if kind == _KDF:
            params = _read_variant(value)
            return KdfInfo(
                kdf=KDF_NAMES.get(params["$UUID"], params["$UUID"].hex()),
                memory_mib=int.from_bytes(params["M"], "little") / (1024 * 1024),
                iterations=int.from_bytes(params["I"], "little"),
                parallelism=int.from_bytes(params["P"], "little"),
                version=int.from_bytes(params["V"], "little"),
                format_major=major,
            )
        if kind == _END:
            raise ValueError(f"{path} has no KDF parameters")


def _read_variant(data: bytes) -> dict[str, bytes]:
    offset, items = 2, {}
    while data[offset] != 0:
        _kind, key_length = struct.unpack_from("<BI", data, offset)
        key = data[offset + 5 : offset + 5 + key_length].decode()
        offset += 5 + key_length
        (value_length,) = struct.unpack_from("<I", data, offset)
        items[key] = data[offset + 4 : offset + 4 + value_length]
        offset += 4 + value_length
    return items
