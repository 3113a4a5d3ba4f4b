"""Keep key material out of core dumps while a vault is unlocked."""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import resource

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
_LINUX = platform.system() == "Linux"


def _prctl(option: int, value: int = 0) -> int:
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    return int(libc.prctl(option, value, 0, 0, 0))


def disable_core_dumps() -> None:
    """RLIMIT_CORE=0 everywhere; on Linux also PR_SET_DUMPABLE=0 (no ptrace by other users)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if _LINUX:
        _prctl(PR_SET_DUMPABLE, 0)


def process_is_dumpable() -> bool:
    soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
    return soft != 0 or (_LINUX and _prctl(PR_GET_DUMPABLE) != 0)
