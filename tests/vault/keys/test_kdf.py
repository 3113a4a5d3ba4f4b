from __future__ import annotations

import pytest

from vault.errors import BadInput, VaultTampered
from vault.keys import kdf


def test_parameters_below_the_rfc9106_floor_are_refused() -> None:
    with pytest.raises(BadInput):
        kdf.fixed(32, 3).check_floor()
    with pytest.raises(BadInput):
        kdf.fixed(64, 2).check_floor()
    kdf.fixed(64, 3).check_floor()


def test_a_header_asking_for_weaker_parameters_is_tampering() -> None:
    data = kdf.fixed(64, 3).to_json()
    data["memory_mib"] = 8
    with pytest.raises(VaultTampered):
        kdf.KdfParams.from_json(data)


def test_params_survive_the_header_round_trip() -> None:
    params = kdf.fixed(64, 4)
    assert kdf.KdfParams.from_json(params.to_json()) == params


def test_calibration_scales_time_cost_to_the_target() -> None:
    ticks = iter([0.0, 0.1])  # one pass measured at 100 ms
    params = kdf.calibrate(memory_mib=64, target_seconds=0.75, clock=lambda: next(ticks))
    assert params.time_cost == 7
    assert params.memory_mib == 64


def test_calibration_never_goes_below_the_floor_on_a_slow_machine() -> None:
    ticks = iter([0.0, 5.0])
    assert kdf.calibrate(memory_mib=64, clock=lambda: next(ticks)).time_cost == kdf.FLOOR_TIME_COST


def test_default_memory_is_256_mib_with_four_lanes() -> None:
    assert kdf.DEFAULT_MEMORY_MIB == 256
    assert kdf.DEFAULT_PARALLELISM == 4


def test_full_width_digits_typed_with_the_ime_on_give_the_same_key() -> None:
    params = kdf.fixed(64, 3)
    half = kdf.derive("password123", params)
    full = kdf.derive("password１２３", params)
    assert half.view() == full.view()
    assert kdf.derive("password124", params).view() != half.view()
