"""The vault's Ed25519 signing identity, in minisign's formats.

Deletion certificates and client bundles are signed so the client can check
them with the stock `minisign -Vm FILE -P KEY` tool, with no ClientVault of
their own. The seed is an HKDF sub-key of the master key, so the identity needs
no storage of its own; a re-key (suspected compromise) gives a new identity,
which is what a compromise calls for.

Formats (minisign 0.11): a public key is base64("Ed" | key id | public key);
a signature file holds base64("ED" | key id | Ed25519(BLAKE2b-512(file))), a
trusted comment, and base64(Ed25519(signature | trusted comment)).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vault.errors import BadInput
from vault.keys.secret import SecretKey

_PUBLIC_ALGORITHM = b"Ed"
_PREHASHED = b"ED"


def _prehash(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def _single_line(comment: str) -> str:
    if "\n" in comment or "\r" in comment:
        raise BadInput("A signature comment must be a single line.")
    return comment


@dataclass(frozen=True)
class PublicIdentity:
    """What the client needs to verify: a key id and a 32-byte Ed25519 public key."""

    key_id: bytes
    public_key: bytes

    @property
    def key_id_hex(self) -> str:
        """As minisign prints it: the id read as a little-endian number, in hex."""
        return self.key_id[::-1].hex().upper()

    @property
    def minisign_key(self) -> str:
        """The one-line public key for `minisign -P`."""
        return base64.b64encode(_PUBLIC_ALGORITHM + self.key_id + self.public_key).decode()

    def minisign_file(self) -> str:
        """The contents of a minisign.pub file."""
        return f"untrusted comment: minisign public key {self.key_id_hex}\n{self.minisign_key}\n"

    def verify(self, data: bytes, signature_file: str) -> str:
        """The trusted comment, if `signature_file` signs `data` with this key; else raise."""
        lines = signature_file.splitlines()
        try:
            blob = base64.b64decode(lines[1], validate=True)
            trusted = lines[2].removeprefix("trusted comment: ")
            global_signature = base64.b64decode(lines[3], validate=True)
        except (IndexError, ValueError) as exc:
            raise BadInput("The signature file is not in minisign's format.") from exc
        if (
            len(blob) != 74
            or blob[:2] != _PREHASHED
            or not lines[2].startswith("trusted comment: ")
        ):
            raise BadInput("The signature file is not in minisign's format.")
        if not hmac.compare_digest(blob[2:10], self.key_id):
            raise BadInput("The file was signed by a different key.")
        key = Ed25519PublicKey.from_public_bytes(self.public_key)
        signature = blob[10:]
        try:
            key.verify(signature, _prehash(data))
            key.verify(global_signature, signature + trusted.encode())
        except InvalidSignature as exc:
            raise BadInput("The signature does not match the file: it was changed.") from exc
        return trusted


class Signer:
    """Signs with the vault's key; holds the private key only while the vault is unlocked."""

    def __init__(self, seed: SecretKey) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(bytes(seed.view()))
        public = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        key_id = hashlib.blake2b(public, digest_size=8, person=b"cv-keyid").digest()
        self.identity = PublicIdentity(key_id, public)

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str) -> str:
        """A .minisig file's contents for `data`."""
        trusted = _single_line(trusted_comment)
        signature = self._key.sign(_prehash(data))
        global_signature = self._key.sign(signature + trusted.encode())
        blob = base64.b64encode(_PREHASHED + self.identity.key_id + signature).decode()
        return (
            f"untrusted comment: {_single_line(untrusted_comment)}\n{blob}\n"
            f"trusted comment: {trusted}\n{base64.b64encode(global_signature).decode()}\n"
        )
