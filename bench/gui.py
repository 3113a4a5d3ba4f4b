"""The desktop app: start to unlock screen, unlock to client list, typing in search, memory.

Everything is measured in `python -m bench.gui_probe` subprocesses (see that module):
the start because it is a process start, the rest so that the resident memory is
that of a process holding only the app. Qt runs on the offscreen platform plugin,
and the start is also timed against a real X server (Xvfb), one server for all runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.common import (
    ROOT,
    DemoSize,
    Goal,
    Section,
    demo_vault,
    median,
    ms,
    p95,
    reps,
    scratch,
    table,
)

START_GOAL = 1.0
LIST_GOAL = 0.300
BLOCK_GOAL = 0.050
TICK = 0.005  # the probe's event-loop timer (bench.gui_probe.TICK_MS)
TYPING_PAUSE = 0.150  # ui.search_panel.TYPING_PAUSE_MS: the search waits for typing to pause
PROBE = [sys.executable, "-m", "bench.gui_probe"]


def _env(platform: str, display: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["QT_QPA_PLATFORM"] = platform
    env["XDG_CONFIG_HOME"] = str(scratch("gui-config"))  # settings: defaults, not the user's
    if display is not None:
        env["DISPLAY"] = display
    return env


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """One Xvfb server for every run (its own start is not the app's); None if missing."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], 20)
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                break
            number += chunk
        yield f":{number.decode().strip()}" if number.strip() else None
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=20)


# -- 1. process start → unlock screen shown ----------------------------------------------


def _start_once(folder: Path, env: dict[str, str]) -> dict[str, float]:
    spawned = time.monotonic()
    with subprocess.Popen(
        [*PROBE, "startup", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as probe:
        assert probe.stdout is not None
        line = probe.stdout.readline()
        seen = time.monotonic()
        _rest, errors = probe.communicate(timeout=60)
    if probe.returncode != 0 or not line:
        raise RuntimeError(f"startup probe failed ({probe.returncode}): {errors[-2000:]}")
    marks = json.loads(line)["marks"]
    return {
        "shown": seen - spawned,
        "interpreter": marks["process"] - spawned,
        "imports": marks["imported"] - marks["process"],
        "qapplication": marks["app_init"] - marks["imported"],
        "app": marks["app_built"] - marks["app_init"],
        "painted": marks["shown"] - marks["show"],
    }


def startup(folder: Path, runs: int) -> dict[str, list[dict[str, float]]]:
    """Runs on every platform available, interleaved; one warm-up run of each first."""
    results: dict[str, list[dict[str, float]]] = {}
    with xvfb() as display:
        envs = {"offscreen": _env("offscreen")}
        if display is not None:
            envs["xcb on Xvfb"] = _env("xcb", display)
        for env in envs.values():
            _start_once(folder, env)
        for run in range(runs):
            order = list(envs) if run % 2 == 0 else list(reversed(envs))
            for name in order:
                results.setdefault(name, []).append(_start_once(folder, envs[name]))
    return results


# -- 2–4. one App in its own process -----------------------------------------------------


def session(size: DemoSize, rounds: int, typing_rounds: int, split_runs: int) -> dict[str, Any]:
    folder = demo_vault(size)
    argv = [str(folder), str(size.clients), str(rounds), str(typing_rounds), str(split_runs)]
    result = subprocess.run(
        [*PROBE, "session", *argv],
        cwd=ROOT,
        env=_env("offscreen"),
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(f"session probe failed ({result.returncode}): {result.stderr[-3000:]}")
    values: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    if values["errors"]:
        raise RuntimeError(f"the app reported errors: {values['errors']}")
    return values


def _segments(rounds: list[dict[str, float]]) -> dict[str, float]:
    """Medians of the parts of each round, from the end of Argon2id."""
    parts: dict[str, Callable[[dict[str, float]], float]] = {
        "rest of unlock, result to the GUI": lambda r: r["gui_unlocked"],
        "list job queued → starts": lambda r: r["list_start"] - r["gui_unlocked"],
        "`list_clients` (vault thread)": lambda r: r["list_end"] - r["list_start"],
        "result to the GUI, `set_items`, proxy sort": lambda r: r["model_filled"] - r["list_end"],
        "layout and paint": lambda r: r["painted"] - r["model_filled"],
    }
    return {name: median([part(r) for r in rounds]) for name, part in parts.items()}


def _typing_rows(typed: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    groups = [
        ("global search, right after unlock (index being built)", "global", True),
        ("global search, index ready", "global", False),
        ("client filter (every client, filtered on the GUI thread)", "filter", False),
    ]
    out = []
    for label, target, indexing in groups:
        chosen = [t for t in typed if t["target"] == target and t["while_indexing"] == indexing]
        if chosen:
            out.append((label, chosen))
    return out


def _block(typed: list[dict[str, Any]]) -> float:
    return float(max(max(t["gaps"]) for t in typed if t["gaps"])) - TICK


def _shown(typed: list[dict[str, Any]]) -> list[float]:
    return [t["shown"] - t["last_key"] for t in typed if t["shown"] is not None]


def _mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def run(small: DemoSize, large: DemoSize) -> Section:
    section = Section("Desktop app: start, unlock to client list, search as you type, memory")

    # 1. start
    runs = reps(10, 3)
    started = startup(demo_vault(large), runs)
    start_rows = []
    for platform, values in started.items():
        shown = [v["shown"] for v in values]
        start_rows.append(
            [
                platform,
                f"**{ms(median(shown))}**",
                f"{ms(min(shown))} – {ms(max(shown))}",
                *(
                    ms(median([v[part] for v in values]))
                    for part in ("interpreter", "imports", "qapplication", "app", "painted")
                ),
                len(values),
            ]
        )
    section.body += ["Process start → unlock screen shown:", ""]
    section.body += table(
        [
            "Qt platform",
            "start → shown (median)",
            "range",
            "interpreter start",
            "imports (Qt, `ui.app`, CLI)",
            "`QApplication` + translators",
            "`App()`",
            "`show()` → first frame flushed",
            "runs",
        ],
        start_rows,
    )

    # 2. unlock → client list painted (and 3, 4 in the same processes)
    rounds = reps(10, 3)
    small_run = session(small, rounds, 0, 0)
    large_run = session(large, rounds, reps(3, 1), reps(3, 1))
    list_rows = []
    list_goal = 0.0
    for size, result in ((small, small_run), (large, large_run)):
        painted = [r["painted"] for r in result["rounds"]]
        if size is large:
            list_goal = median(painted)
        parts = _segments(result["rounds"])
        list_rows.append(
            [
                size.label,
                f"**{ms(median(painted))}**",
                f"{ms(min(painted))} – {ms(max(painted))}",
                ms(result["first_round"]["painted"]),
                *(ms(v) for v in parts.values()),
                ms(median([r["kdf_end"] for r in result["rounds"]])),
                len(painted),
            ]
        )
    section.body += ["Unlock → client list painted, Argon2id excluded:", ""]
    section.body += table(
        [
            "vault",
            "Argon2id done → list painted (median)",
            "range",
            "first unlock after start",
            *_segments(large_run["rounds"]).keys(),
            "click → Argon2id done (not counted)",
            "rounds",
        ],
        list_rows,
    )
    section.body += [
        "The parts are medians of each part over the rounds, so they need not add up to the "
        "median of the whole. The search index starts building on its own thread when "
        "unlock returns (its first step is its own `list_clients`), so every part shares the "
        "GIL with that thread: it builds for about half a second at 20,000 records and for "
        "seconds at 200,000 (section 3).",
        "",
    ]

    # 3. typing
    typed = large_run["typed"]
    typing_rows = []
    for label, group in _typing_rows(typed):
        gaps = [g for t in group for g in t["gaps"]]
        shown = _shown(group)
        handled = [h for t in group for h in t["handled"]]
        typing_rows.append(
            [
                label,
                len(group),
                sum(len(t["handled"]) for t in group),
                f"**{ms(_block(group))}**",
                ms(p95(gaps)),
                ms(median(gaps)),
                ms(max(handled)),
                f"{ms(median(shown))} / {ms(max(shown))}" if shown else "—",
            ]
        )
    section.body += [
        f"Typing at {large.label} ({len(large_run['typed'])} queries typed; ~30 ms between "
        "keys; Japanese through the input method: the preedit grows with each key, then the "
        "word is committed):",
        "",
    ]
    section.body += table(
        [
            "where",
            "queries",
            "key events",
            "longest event-loop block",
            "p95 gap between 5 ms ticks",
            "median gap",
            "longest key event",
            "last key → results shown (median / max)",
        ],
        typing_rows,
    )
    per_query: dict[str, list[dict[str, Any]]] = {}
    for t in typed:
        if t["target"] == "global" and not t["while_indexing"]:
            per_query.setdefault(t["query"], []).append(t)
    section.body += ["Global search per query, index ready (over the typing rounds):", ""]
    section.body += table(
        ["query", "key events", "longest block", "last key → results shown (median)"],
        [
            [
                f"`{query}`",
                len(group[0]["handled"]),
                ms(_block(group)),
                ms(median(_shown(group))) if _shown(group) else "—",
            ]
            for query, group in per_query.items()
        ],
    )
    section.body += [
        "'Right after unlock' keeps only the queries whose results came while the index "
        "was still being built (typing starts once the first unlock's client list is "
        "painted and stops at the first query that ends with the index ready).",
        "",
    ]

    # 4. memory
    memory_rows = []
    for size, result in ((small, small_run), (large, large_run)):
        mem = result["memory"]
        memory_rows.append(
            [
                size.label,
                _mib(mem["lock_screen_kib"]),
                _mib(mem["list_painted_kib"]),
                f"**{_mib(mem['index_ready_kib'])}**",
                _mib(mem["after_typing_kib"]) if "after_typing_kib" in mem else "—",
                _mib(mem["peak_kib"]),
            ]
        )
    section.body += ["Resident memory of the app's process (`VmRSS`; peak `VmHWM`):", ""]
    section.body += table(
        [
            "vault",
            "unlock screen shown",
            "unlocked, client list painted",
            "unlocked, index built",
            "after the typing rounds",
            "peak",
        ],
        memory_rows,
    )

    # goals
    slowest_start = max(median([v["shown"] for v in values]) for values in started.values())
    section.goals.append(
        Goal(
            "unlock screen shown after process start",
            "≤ 1 s",
            " / ".join(
                f"{ms(median([v['shown'] for v in values]))} ({name})"
                for name, values in started.items()
            ),
            slowest_start <= START_GOAL,
        )
    )
    section.goals.append(
        Goal(
            "client list painted after Argon2id at 2,000 clients",
            "≤ 300 ms",
            ms(list_goal),
            list_goal <= LIST_GOAL,
        )
    )
    ready = [t for t in typed if not t["while_indexing"]]
    indexing = [t for t in typed if t["while_indexing"]]
    block = _block(ready)
    section.goals.append(
        Goal(
            "typing in search (global search and client filter): longest event-loop block "
            "at 200,000 records, index ready",
            "≤ 50 ms",
            ms(block)
            + (f" ({ms(_block(indexing))} while the index was being built)" if indexing else ""),
            block <= BLOCK_GOAL,
        )
    )

    section.method = _method(large)
    section.findings = _findings(started, large_run, list_goal, block, indexing)
    return section


def _method(large: DemoSize) -> list[str]:
    return [
        "start → shown: wall time from just before `subprocess.Popen` of `python -m "
        "bench.gui_probe startup VAULT` to the parent reading the probe's line. The probe "
        "runs the real start, `ui.launcher.run_gui(folder)` (QApplication, settings, "
        "translators, `App`, `show()`, `exec()`), on the 2,000-client demo vault with default "
        "settings (`XDG_CONFIG_HOME` pointed at an empty folder); `ui.app.App` is replaced by a "
        "subclass that only notes times, and an event filter on the unlock screen's password "
        "field prints the line from a zero-delay timer after that field's first paint, i.e. "
        "once the first frame of the unlock screen has been painted and flushed. One warm-up "
        "run per platform, then the platforms alternate; median of the runs.",
        "the parts of the start: `time.monotonic()` (CLOCK_MONOTONIC, one clock for all "
        "processes) noted by the probe: interpreter start = spawn → the probe module's first "
        "line; imports = Qt, `ui.app` and `ui.launcher` (which imports the CLI, as the "
        "`clientvault` script does); then `run_gui` up to `App.__init__`; `App()`; `show()` → "
        "first frame flushed.",
        "offscreen = `QT_QPA_PLATFORM=offscreen`; xcb on Xvfb = the xcb plugin on one Xvfb "
        "server started once for all runs (as `xvfb-run` would, without counting the "
        "server's own start), no window manager.",
        "Argon2id done → list painted: one `App` (built as `tests/ui/conftest.py` builds it, "
        "default timers, no OS session events, modal prompts answered “no”) in a "
        "`python -m bench.gui_probe session` process, offscreen. Each round types the password "
        "into the unlock screen and clicks Unlock; `vault.kdf.derive` is wrapped to note when "
        "Argon2id returns (on the vault thread); the end is a zero-delay timer after the first "
        "paint of `MainWindow.client_table`'s viewport that happens with every client in the "
        "proxy model, i.e. that frame painted and flushed. Then Lock (Ctrl+L's action) and "
        "wait for the vault thread to have locked. The first unlock after start is shown "
        "separately and not in the median.",
        "parts of a round: 'rest of unlock' = Argon2id end → the unlock screen's `unlocked` "
        "signal on the GUI thread (key unwrap, MAC, SQLCipher open, audit entry, index thread "
        "start, queued hand-off); `list_clients` is timed by wrapping "
        "`ClientStore.list_clients` for calls on the vault thread (the index thread's own "
        "listing is not counted); 'set_items, proxy sort' ends at `ClientListModel.modelReset` "
        "(the proxy, connected first, has sorted by then).",
        f"typing: at {large.label}, a 5 ms `QTimer` (PreciseTimer) notes each tick while "
        "queries are typed into `MainWindow.global_search` (`QTest.keyClicks` for ASCII; "
        "Japanese as `QInputMethodEvent`s: one preedit update per key, then the commit) with "
        "keys due every 30 ms (single-shot timers, so the event loop runs between keys), then "
        "Escape before the next query; the client filter gets Ctrl+A, Backspace instead. A "
        "query's window runs from its first key to its results shown; longest block = longest "
        "gap between ticks − 5 ms; gap statistics are over every gap in the windows; "
        "'longest key event' is the time one key or input-method event took to be handled.",
        "last key → results shown: global search = the results model reset after the last "
        f"key, then the results tree painted and flushed; it includes the {ms(TYPING_PAUSE)} "
        "the search panel waits for typing to pause (`TYPING_PAUSE_MS`) before it searches. "
        "Client filter = the next paint of the client list after the last key (— when that key "
        "did not change which clients match, so nothing repainted).",
        "'right after unlock': the first unlock of the process, typing from the moment the "
        "client list is painted; a query counts if the index was still not ready after its "
        "results were shown (asked through the vault thread); 'index ready': after a later "
        "unlock, once `vault.index_ready` is true.",
        "memory: `VmRSS` from /proc/self/status of the session process when the unlock "
        "screen is shown, when the first unlock's client list is painted, when the index is "
        "built, after the typing; peak = `VmHWM` at the end (includes Argon2id's 256 MiB, "
        "freed after each unlock).",
    ]


def _findings(
    started: dict[str, list[dict[str, float]]],
    large_run: dict[str, Any],
    list_goal: float,
    block: float,
    indexing: list[dict[str, Any]],
) -> list[str]:
    lines: list[str] = []
    if list_goal > LIST_GOAL:
        lines += _list_findings(large_run)
    if block > BLOCK_GOAL or (indexing and _block(indexing) > BLOCK_GOAL):
        lines += [
            "Typing: the longest block was "
            + ms(block)
            + " with the index ready"
            + (f" and {ms(_block(indexing))} while it was being built" if indexing else "")
            + ". Blocks come from Python on the GUI thread (key handling, the results "
            "model reset and `expandAll`) and from waiting for the GIL while the index "
            "thread runs Python.",
            "",
        ]
    slowest = max(median([v["shown"] for v in values]) for values in started.values())
    if slowest > START_GOAL:
        lines += [
            f"Start: the slowest platform's median is {ms(slowest)}; see the parts in the "
            "first table (imports dominate when they are the largest column).",
            "",
        ]
    return lines


def _list_findings(large_run: dict[str, Any]) -> list[str]:
    split = large_run["split"]
    parts = _segments(large_run["rounds"])
    biggest = sorted(parts.items(), key=lambda item: item[1], reverse=True)
    lines = [
        "At 2,000 clients the list is painted "
        f"{ms(median([r['painted'] for r in large_run['rounds']]))} after Argon2id (median); "
        "by part: " + ", ".join(f"{name} {ms(value)}" for name, value in biggest) + ".",
        "",
    ]
    if split is None:
        return lines
    fixed_fill, fixed_paint = split["fixed_columns"]
    bare_fill, bare_paint = split["fixed_columns_unsorted"]
    listed = median(split["list_clients"])
    filled = median(split["set_items"])
    painted = median(split["filled_to_painted"])
    reset_calls, reset_ms = split["data_calls"].get("model reset", [0, 0.0])
    loop_calls, loop_ms = split["data_calls"].get("event loop", [0, 0.0])
    lines += [
        "Each part alone (vault idle with its index built, nothing else on the GUI thread; "
        f"median of {len(split['list_clients'])}):",
        "",
        *table(
            ["part", "time", "what runs"],
            [
                [
                    "`ClientStore.list_clients()` on the vault thread",
                    ms(median(split["list_clients"])),
                    "one SQL query, then per client unwrap its key and open name + details "
                    "(AES-GCM, JSON), sort by name",
                ],
                [
                    "`ClientListModel.set_items(clients)`",
                    ms(median(split["set_items"])),
                    f"build each row (NFKC sort and search text, local date); the proxy's sort "
                    f"on reset: {reset_calls:,.0f} Python `data()` calls "
                    f"({reset_ms:.0f} ms under cProfile)",
                ],
                [
                    "model filled → list painted",
                    ms(median(split["filled_to_painted"])),
                    f"header layout and paint: {loop_calls:,.0f} Python `data()` calls "
                    f"({loop_ms:.0f} ms under cProfile), mostly the three `ResizeToContents` "
                    "columns asking the rows' size hints",
                ],
                [
                    "the same, Records/Updated/Retention not `ResizeToContents` (experiment)",
                    f"{ms(median(fixed_fill))} + {ms(median(fixed_paint))}",
                    "set_items + filled → painted, header columns `Interactive`",
                ],
                [
                    "… and the proxy not sorting (experiment)",
                    f"{ms(median(bare_fill))} + {ms(median(bare_paint))}",
                    "`setSortingEnabled(False)`: rows stay in `list_clients`' name order",
                ],
            ],
        ),
        "The experiments change this probe's widgets only, after the measured rounds; the "
        "app is unchanged. What in `ui/` would bring the list under 300 ms:",
        "",
        "- `ui/main_window.py` `_build_client_list`: the Records, Updated and Retention columns "
        "use `QHeaderView.ResizeMode.ResizeToContents`, so every model reset makes the header "
        "ask the size hints of the rows (up to Qt's `resizeContentsPrecision`, 1,000 rows by "
        "default) for each of them, every size hint several Python `data()` calls. Fixed "
        "widths from font metrics (or `Interactive` with a width set once) take the layout "
        "and paint to "
        f"{ms(median(fixed_paint))}.",
        "- `ui/models/clients.py` `ClientFilterProxy`: sorting 2,000 rows calls the Python "
        "`data(SortRole)` twice per comparison. `list_clients` already returns name order; "
        "keeping that order (sort in Python once with the prepared `sort_keys`, and let the "
        "proxy sort only when the user clicks a header) leaves `set_items` at "
        f"{ms(median(bare_fill))} (building the rows).",
        "- `ui/vault_session.py` `VaultSession.unlock`: its job calls `start_indexing()` "
        "right after `unlock()`, so the index thread's first step, its own `list_clients` of "
        "every client (`ClientStore.documents`), runs at the same time as the GUI's listing "
        "and the two take turns on the GIL: compare `list_clients` in the rounds "
        f"({ms(parts['`list_clients` (vault thread)'])}) with alone "
        f"({ms(median(split['list_clients']))}); the Python on the GUI thread (`set_items`, "
        "the layout) waits for the GIL the same way. Starting the index from a job queued "
        "once the client list has been delivered removes the overlap.",
        "",
        "With the first two changes, the parts measured alone add up to "
        f"{ms(listed + median(bare_fill) + median(bare_paint))} (`list_clients` + building "
        f"the rows + layout and paint), against {ms(listed + filled + painted)} now.",
        "",
        "cProfile of one fill + paint on the GUI thread (`set_items`, then the event loop "
        "until the list is painted; the probe's 100 ms wait for the empty list is inside "
        "`QEventLoop.exec`), top by cumulative time:",
        "",
        *split["gui_profile"],
        "cProfile of `list_clients()` on the vault thread, vault idle:",
        "",
        *split["vault_profile"],
    ]
    return lines
