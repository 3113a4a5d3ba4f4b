"""Argon2id password stretching, calibrated once at vault creation.

Parameters live in the vault header. They are never allowed below RFC 9106's
second recommended option (t=3, m=64 MiB, p=4): a header that asks for less is
treated as tampered, so an attacker cannot downgrade the work factor. Nor above
the ceilings (4 GiB of memory, 64 passes, 32,768 MiB-passes of work in all:
about 45 s on a 2-core laptop): a header asking for more would hang or
exhaust the machine before any key could prove it false, so it is refused as
tampered before anything is derived; ClientVault never writes such settings.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from vault.errors import BadInput, VaultTampered
from vault.keys.secret import SecretKey

FLOOR_MEMORY_MIB = 64
FLOOR_TIME_COST = 3
DEFAULT_MEMORY_MIB = 256
DEFAULT_PARALLELISM = 4
CEILING_MEMORY_MIB = 4096
CEILING_TIME_COST = 64
CEILING_WORK = 32768  # memory_mib * time_cost: 4 GiB at 8 passes, 256 MiB at 64
TARGET_SECONDS = 0.75
SALT_BYTES = 16
ARGON2_VERSION = 19


@dataclass(frozen=True)
class KdfParams:
    memory_mib: int
    time_cost: int
    parallelism: int
    salt: bytes

    def check_floor(self) -> None:
        if self.memory_mib < FLOOR_MEMORY_MIB or self.time_cost < FLOOR_TIME_COST:
            raise BadInput(
                "KDF settings below the minimum (memory {memory} MiB, time {time}) are not "
                "allowed.",
                memory=FLOOR_MEMORY_MIB,
                time=FLOOR_TIME_COST,
            )
        if not 1 <= self.parallelism <= 16:
            raise BadInput("KDF parallelism must be between 1 and 16.")

    def check_ceiling(self) -> None:
        if (
            self.memory_mib > CEILING_MEMORY_MIB
            or self.time_cost > CEILING_TIME_COST
            or self.memory_mib * self.time_cost > CEILING_WORK
        ):
            raise BadInput(
                "KDF settings above {memory} MiB, {passes} passes or {work} MiB-passes in all "
                "are not supported.",
                memory=CEILING_MEMORY_MIB,
                passes=CEILING_TIME_COST,
                work=CEILING_WORK,
            )

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.memory_mib, self.time_cost, self.parallelism, os.urandom(SALT_BYTES))

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "memory_mib": self.memory_mib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "argon2id" or data.get("version") != ARGON2_VERSION:
            raise VaultTampered("The vault header names an unknown key-derivation function.")
        params = cls(
            int(data["memory_mib"]),
            int(data["time_cost"]),
            int(data["parallelism"]),
            bytes.fromhex(data["salt"]),
        )
        try:
            params.check_floor()
        except BadInput as exc:
            raise VaultTampered(
                "The vault header asks for weaker key derivation than ClientVault ever writes."
            ) from exc
        try:
            params.check_ceiling()
        except BadInput as exc:
            raise VaultTampered(
                "The vault header asks for more key-derivation work than ClientVault ever "
                "writes; it was not attempted."
            ) from exc
        return params


def normalize_password(password: str) -> bytes:
    """NFKC, so a password typed with full-width digits (IME on) still matches."""
    return unicodedata.normalize("NFKC", password).encode()


def derive(password: str, params: KdfParams) -> SecretKey:
    return SecretKey(
        hash_secret_raw(
            secret=normalize_password(password),
            salt=params.salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_mib * 1024,
            parallelism=params.parallelism,
            hash_len=32,
            type=Type.ID,
        )
    )


def fixed(memory_mib: int, time_cost: int, parallelism: int = DEFAULT_PARALLELISM) -> KdfParams:
    """Explicit parameters (tests, benchmarks, `init --kdf-time`), with a fresh salt."""
    return KdfParams(memory_mib, time_cost, parallelism, os.urandom(SALT_BYTES))


def calibrate(
    memory_mib: int = DEFAULT_MEMORY_MIB,
    parallelism: int = DEFAULT_PARALLELISM,
    target_seconds: float = TARGET_SECONDS,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Pick the time cost that takes about `target_seconds` here (never below the floor)."""
    probe = KdfParams(memory_mib, 1, parallelism, os.urandom(SALT_BYTES))
    start = clock()
    derive("calibration", probe).wipe()
    per_pass = max(clock() - start, 1e-3)
    time_cost = max(FLOOR_TIME_COST, math.floor(target_seconds / per_pass))
    time_cost = min(time_cost, CEILING_TIME_COST, CEILING_WORK // memory_mib)
    return KdfParams(memory_mib, time_cost, parallelism, os.urandom(SALT_BYTES))
