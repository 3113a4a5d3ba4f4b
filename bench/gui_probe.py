"""The desktop app measured from inside its own process; prints one JSON line on stdout.

`python -m bench.gui_probe startup VAULT_DIR`
    The real start (`ui.launcher.run_gui`, the function the `clientvault` script
    calls) on an existing vault, with `ui.app.App` replaced by a subclass that only
    watches: it notes when it is built and shown and, once the unlock screen's first
    paint has been flushed, prints the milestones and quits the event loop. Times are
    `time.monotonic()` (CLOCK_MONOTONIC: one clock for every process on Linux), so
    the parent subtracts its own time from just before it spawned this process.

`python -m bench.gui_probe session VAULT_DIR CLIENTS ROUNDS TYPING_ROUNDS SPLIT_RUNS`
    One `App` built as tests/ui/conftest.py builds it, on the vault: unlock → client
    list painted over ROUNDS lock/unlock rounds, resident memory along the way and,
    with TYPING_ROUNDS > 0, search as you type in the global search field (right
    after an unlock while the index is still being built, then once it is ready)
    and in the client filter, with a 5 ms timer noting how long the event loop was
    kept from running; with SPLIT_RUNS > 0, the parts of showing the client list
    timed one at a time, and profiled.

The imports below are the ones `run_gui` makes (Qt, `ui.app`), made before it is
called so that the subclass can be put in place; the startup probe times them.
"""

from __future__ import annotations

import time

_STARTED = time.monotonic()  # the interpreter is up and this module runs

import cProfile  # noqa: E402 - everything below is part of what the startup probe times
import itertools  # noqa: E402
import json  # noqa: E402
import pstats  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QEvent, QEventLoop, QLocale, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

import ui.app  # noqa: E402
from ui.launcher import run_gui  # noqa: E402 - the module the `clientvault` script runs
from ui.lock.os_events import SessionEvents  # noqa: E402
from ui.prompts import Prompts  # noqa: E402
from ui.settings.settings import Settings, SettingsStore  # noqa: E402
from ui.translations import install_translators, language_code  # noqa: E402
from vault.domain.model import Client  # noqa: E402
from vault.keys import kdf  # noqa: E402
from vault.keys.secret import SecretKey  # noqa: E402
from vault.storage.client_store import ClientStore  # noqa: E402

PASSWORD = "bench-password-1"  # noqa: S105 - bench.common.PASSWORD; not imported: it loads more
TICK_MS = 5  # the event-loop probe's timer interval
KEY_GAP_MS = 30  # between two keystrokes


def now() -> float:
    return time.monotonic()


class AfterPaint(QObject):
    """Calls `done` once a paint of the watched widget has finished (and been flushed),
    for the first paint that happens while `armed()` holds."""

    def __init__(
        self, widget: QWidget, armed: Callable[[], bool], done: Callable[[], object]
    ) -> None:
        super().__init__()
        self.armed = armed
        self.done = done
        self.active = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self.active and event.type() == QEvent.Type.Paint and self.armed():
            self.active = False
            QTimer.singleShot(0, self.done)  # runs after this paint and its flush
        return False


# -- process start → unlock screen shown --------------------------------------------------


def startup(folder: Path) -> int:
    marks: dict[str, float] = {"process": _STARTED, "imported": now()}
    watchers: list[AfterPaint] = []

    def report() -> None:
        marks["shown"] = now()
        platform = QApplication.platformName()
        sys.stdout.write(json.dumps({"marks": marks, "platform": platform}) + "\n")
        sys.stdout.flush()
        QApplication.quit()

    class WatchedApp(ui.app.App):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            marks["app_init"] = now()  # QApplication made, translators installed
            super().__init__(*args, **kwargs)
            marks["app_built"] = now()

        def show(self) -> None:
            marks["show"] = now()
            # The password field: what the user acts on, painted with the whole screen.
            watcher = AfterPaint(self.lock_screen.unlock.password_edit, lambda: True, report)
            watcher.active = True
            watchers.append(watcher)
            super().show()

    ui.app.App = WatchedApp  # type: ignore[misc]
    return run_gui(folder)


# -- one App, unlocked again and again ----------------------------------------------------


def status_kib(name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


class SilentPrompts(Prompts):
    """No modal box may stop the bench: questions get "no", errors are kept."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def confirm(self, parent: QWidget | None, title: str, text: str, *, yes: str) -> bool:
        return False

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        return

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)


# ("key", "a"), ("preedit", "さと"), ("commit", "佐藤"), ("escape", ""), ("clear", "")
Step = tuple[str, str]


def ime(romaji_kana: list[str], committed: str) -> list[Step]:
    """A Japanese input method: the preedit grows with each key, then the word is committed."""
    return [("preedit", kana) for kana in romaji_kana] + [("commit", committed)]


def keys(text: str) -> list[Step]:
    return [("key", char) for char in text]


KAKUTEI_SHINKOKU = [
    "k", "か", "かk", "かく", "かくt", "かくて", "かくてい", "かくていs", "かくていし",
    "かくていしn", "かくていしん", "かくていしんk", "かくていしんこ", "かくていしんこk",
    "かくていしんこく",
]  # fmt: skip
# What gets typed into the global search (200,000 records): e-mail, phone, English
# company name, a Japanese name in two words and a Japanese word, as a user types them.
GLOBAL_QUERIES: list[tuple[str, list[Step]]] = [
    ("taro.sato", keys("taro.sato")),
    ("090-12", keys("090-12")),
    ("Design Studio", keys("Design Studio")),
    (
        "佐藤 花子",
        ime(["s", "さ", "さt", "さと", "さとu", "さとう"], "佐藤")
        + keys(" ")
        + ime(["h", "は", "はn", "はな", "はなk", "はなこ"], "花子"),
    ),
    ("確定申告", ime(KAKUTEI_SHINKOKU, "確定申告")),
    ("Wilson", keys("Wilson")),
]
# What gets typed into the client filter (every client, filtered on the GUI thread).
FILTER_QUERIES: list[tuple[str, list[Step]]] = [
    ("山田", ime(["y", "や", "やm", "やま", "やまd", "やまだ"], "山田")),
    ("Smith", keys("Smith")),
    ("0901", keys("0901")),
]


@dataclass
class Typed:
    query: str
    target: str  # "global" or "filter"
    while_indexing: bool
    first_key: float
    last_key: float
    shown: float | None  # results (or the filtered list) painted after the last key
    gaps: list[float] = field(default_factory=list)  # seconds between 5 ms ticks
    handled: list[float] = field(default_factory=list)  # seconds each key event took


class Driver:
    def __init__(self, folder: Path, clients: int) -> None:
        self.clients = clients
        self.qt = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(self.qt, QApplication)
        self.qt.setApplicationName("ClientVault")
        self.config = tempfile.TemporaryDirectory(prefix="clientvault-bench-")
        store = SettingsStore(Path(self.config.name) / "settings.json")
        install_translators(self.qt, language_code(Settings().language, QLocale.system()))
        self.prompts = SilentPrompts()
        self.app = ui.app.App(
            folder, store, prompts=self.prompts, os_events=SessionEvents(), capture_apply=None
        )
        self.window = self.app.window
        self.marks: dict[str, float] = {}
        self.kdf_ends: list[float] = []
        self.listing: list[tuple[float, float]] = []
        self._instrument()
        self.app.lock_screen.unlock.unlocked.connect(lambda: self._mark("gui_unlocked"))
        self.window.clients.modelReset.connect(self._clients_reset)
        self.client_paint = AfterPaint(
            self.window.client_table.viewport(),
            lambda: self.window.client_proxy.rowCount() == self.clients,
            lambda: self._mark("painted"),
        )

    # -- instrumentation (this process only; the app's code is unchanged) --

    def _instrument(self) -> None:
        derive = kdf.derive
        list_clients = ClientStore.list_clients

        def timed_derive(password: str, params: kdf.KdfParams) -> SecretKey:
            try:
                return derive(password, params)
            finally:
                self.kdf_ends.append(now())

        def timed_list(store: ClientStore) -> list[Client]:
            if not threading.current_thread().name.startswith("vault"):
                return list_clients(store)  # the index builder's own listing
            start = now()
            try:
                return list_clients(store)
            finally:
                self.listing.append((start, now()))

        kdf.derive = timed_derive  # `vault.keyslots` calls it through the module
        ClientStore.list_clients = timed_list  # type: ignore[method-assign, assignment]

    def _mark(self, name: str) -> None:
        self.marks.setdefault(name, now())

    def _clients_reset(self) -> None:
        if self.window.clients.rowCount() == self.clients:
            self._mark("model_filled")

    # -- event loop helpers --

    def run_until(self, done: Callable[[], bool], timeout: float, what: str) -> None:
        if done():
            return
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(lambda: loop.quit() if done() else None)
        limit = QTimer()
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        poll.start()
        limit.start(int(timeout * 1000))
        loop.exec()
        poll.stop()
        limit.stop()
        if not done():
            raise TimeoutError(f"{what}: not done after {timeout:.0f} s ({self.prompts.errors})")

    def sleep_until(self, due: float) -> None:
        """Let the event loop run until `due` (a precise single-shot timer, no polling)."""
        remaining = due - now()
        if remaining <= 0:
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(loop.quit)
        timer.start(round(remaining * 1000))
        loop.exec()

    def wait(self, seconds: float) -> None:
        self.sleep_until(now() + seconds)

    def ask(self, question: Callable[[Any], Any], timeout: float = 60) -> Any:
        """Run a job on the vault thread, as the GUI does, and wait for its answer."""
        answers: list[Any] = []
        self.app.session.run(question, answers.append, answers.append)
        self.run_until(lambda: bool(answers), timeout, "vault job")
        return answers[0]

    def wait_index_ready(self) -> None:
        deadline = now() + 120
        while not self.ask(lambda v: v.index_ready):
            if now() > deadline:
                raise TimeoutError("index not ready after 120 s")
            self.wait(0.05)

    # -- unlock → client list painted --

    def show(self) -> None:
        shown: list[float] = []
        watcher = AfterPaint(
            self.app.lock_screen.unlock.password_edit, lambda: True, lambda: shown.append(now())
        )
        watcher.active = True
        self.app.show()
        self.run_until(lambda: bool(shown), 30, "unlock screen shown")

    def unlock_round(self) -> dict[str, float]:
        self.marks = {}
        self.kdf_ends.clear()
        self.listing.clear()
        self.client_paint.active = True
        screen = self.app.lock_screen.unlock
        screen.password_edit.setText(PASSWORD)
        self.marks["click"] = now()
        screen.unlock_button.click()
        self.run_until(lambda: "painted" in self.marks, 120, "client list painted")
        if len(self.kdf_ends) != 1 or len(self.listing) != 1:
            raise AssertionError(f"{len(self.kdf_ends)} KDF calls, {len(self.listing)} listings")
        kdf_end = self.kdf_ends[0]
        list_start, list_end = self.listing[0]
        return {
            "kdf_end": kdf_end - self.marks["click"],
            "gui_unlocked": self.marks["gui_unlocked"] - kdf_end,
            "list_start": list_start - kdf_end,
            "list_end": list_end - kdf_end,
            "model_filled": self.marks["model_filled"] - kdf_end,
            "painted": self.marks["painted"] - kdf_end,
        }

    def lock(self) -> None:
        self.app.lock.lock("user")
        # A job queued after the lock answers once the vault thread has locked the vault.
        if self.ask(lambda v: v.is_unlocked) is not False:
            raise AssertionError("the vault did not lock")

    # -- typing --

    def _send(self, widget: QLineEdit, step: Step) -> None:
        from PySide6.QtTest import QTest  # noqa: PLC0415 - not loaded by the startup probe

        kind, text = step
        if kind == "key":
            QTest.keyClicks(widget, text)
        elif kind == "escape":
            QTest.keyClick(widget, Qt.Key.Key_Escape)
        elif kind == "clear":  # select all, delete
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(widget, Qt.Key.Key_Backspace)
        else:
            event = QInputMethodEvent(text if kind == "preedit" else "", [])
            if kind == "commit":
                event.setCommitString(text)
            QApplication.sendEvent(widget, event)

    def type_queries(
        self, target: str, queries: list[tuple[str, list[Step]]], while_indexing: bool = False
    ) -> list[Typed]:
        """Type each query, read its results, clear the field. `while_indexing`: keep
        typing (at most two passes) only until the index is ready, and keep only the
        queries whose results came while it was still being built."""
        window = self.window
        widget = window.global_search if target == "global" else window.client_filter
        results_view = (
            window.search_panel.tree.viewport()
            if target == "global"
            else window.client_table.viewport()
        )
        give_up = 5.0 if target == "global" else 0.5
        ticks: list[float] = []
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(lambda: ticks.append(now()))
        typed: list[Typed] = []
        state: dict[str, float] = {}
        reset_seen: list[bool] = [False]

        def results_reset() -> None:
            if "last_key" in state:
                reset_seen[0] = True

        def armed() -> bool:
            # Global search: the results of the whole query have arrived (model reset after
            # the last key). Client filter: filtering is synchronous, so the next paint.
            return "last_key" in state and (target == "filter" or reset_seen[0])

        watch = AfterPaint(results_view, armed, lambda: state.setdefault("shown", now()))
        window.search_panel.model.modelReset.connect(results_reset)
        widget.setFocus()
        ticker.start()
        try:
            for query, steps in queries * (2 if while_indexing else 1):
                state.clear()
                reset_seen[0] = False
                watch.active = True
                first = now()
                handled: list[float] = []
                for number, step in enumerate(steps):
                    due = first + number * KEY_GAP_MS / 1000
                    self.sleep_until(due)
                    sent = now()
                    self._send(widget, step)
                    handled.append(now() - sent)
                state["last_key"] = now()
                # The filter repaints only if the last key changed which rows match.
                self.run_until(
                    lambda: "shown" in state or now() - state["last_key"] > give_up, 30, "results"
                )
                end = state.get("shown", now())
                window_ticks = [t for t in ticks if first <= t <= end]
                gaps = [b - a for a, b in itertools.pairwise(window_ticks)]
                if while_indexing and self.ask(lambda v: v.index_ready):
                    break  # these results may already come from the finished index
                typed.append(
                    Typed(query, target, while_indexing, first, state["last_key"],
                          state.get("shown"), gaps, handled)
                )  # fmt: skip
                self.wait(0.3)  # the user reads the results
                self._send(widget, ("escape", "") if target == "global" else ("clear", ""))
                self.wait(0.2)
            self._send(widget, ("escape", "") if target == "global" else ("clear", ""))
        finally:
            ticker.stop()
            window.search_panel.model.modelReset.disconnect(results_reset)
            watch.active = False
        return typed

    # -- where the time goes, one part at a time --

    def split_listing(self, runs: int) -> dict[str, Any]:
        """The parts of showing the list, each alone: the vault idle (index built, no
        other job), the GUI thread doing nothing else. Plus cProfile of each side."""
        from bench.profiling import profile  # noqa: PLC0415 - only for this split

        def listing(vault: Any) -> tuple[list[Client], float]:
            start = time.perf_counter()
            clients = vault.clients.list_clients()
            return clients, time.perf_counter() - start

        listed: list[float] = []
        clients: list[Client] = []
        for _ in range(runs):
            clients, seconds = self.ask(listing)
            listed.append(seconds)
        model = self.window.clients

        def fill_and_paint() -> float:
            model.clear()
            self.wait(0.1)  # the empty list is painted first
            self.marks = {}
            self.client_paint.active = True
            start = now()
            model.set_items(clients)
            filled = now()
            self.run_until(lambda: "painted" in self.marks, 30, "list painted")
            self.marks["filled"] = filled
            return filled - start

        def timed_fills() -> tuple[list[float], list[float]]:
            filling: list[float] = []
            painting: list[float] = []
            for _ in range(runs):
                filling.append(fill_and_paint())
                painting.append(self.marks["painted"] - self.marks["filled"])
            return filling, painting

        filling, painting = timed_fills()
        vault_profile = self.ask(lambda v: profile(v.clients.list_clients, top=8))
        gui_profile = profile(fill_and_paint, top=14)
        gui_own = profile(fill_and_paint, top=10, by_own=True)
        data_calls = self._data_calls(fill_and_paint)
        # Experiments on this process's widgets only (the app's code is unchanged): what
        # the same fill costs without ResizeToContents columns, then also without sorting.
        header = self.window.client_table.horizontalHeader()
        for column in range(1, self.window.clients.columnCount()):
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
        fixed = timed_fills()
        self.window.client_table.setSortingEnabled(False)
        self.window.client_proxy.sort(-1)  # keep the vault's order (list_clients sorts by name)
        unsorted = timed_fills()
        self.listing.clear()
        return {
            "list_clients": listed,
            "set_items": filling,
            "filled_to_painted": painting,
            "fixed_columns": fixed,
            "fixed_columns_unsorted": unsorted,
            "data_calls": data_calls,
            "vault_profile": vault_profile,
            "gui_profile": gui_profile,
            "gui_profile_own": gui_own,
        }

    @staticmethod
    def _data_calls(action: Callable[[], object]) -> dict[str, list[float]]:
        """`data()` calls (count, ms) of one fill + paint, by who asked: the model reset
        (the proxy sorting, inside `set_items`) or the event loop (layout and paint)."""
        profiler = cProfile.Profile()
        profiler.enable()
        action()
        profiler.disable()
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        found: dict[str, list[float]] = {}
        for (filename, _line, function), entry in stats.items():
            if function != "data" or not filename.endswith("table.py"):
                continue
            for (_f, _l, caller), (_cc, calls, _own, cumulative) in entry[4].items():
                who = "model reset" if "ResetModel" in caller else "event loop"
                if "exec" not in caller and "ResetModel" not in caller:
                    who = caller
                total = found.setdefault(who, [0, 0.0])
                total[0] += calls
                total[1] += cumulative * 1000
        return found

    # -- the whole session --

    def measure(self, rounds: int, typing_rounds: int, split_runs: int) -> dict[str, Any]:
        self.show()
        memory = {"lock_screen_kib": status_kib("VmRSS")}
        first = self.unlock_round()
        memory["list_painted_kib"] = status_kib("VmRSS")
        typed: list[Typed] = []
        if typing_rounds:
            typed += self.type_queries("global", GLOBAL_QUERIES, while_indexing=True)
        self.wait_index_ready()
        memory["index_ready_kib"] = status_kib("VmRSS")
        self.lock()
        timed: list[dict[str, float]] = []
        for _ in range(rounds):
            timed.append(self.unlock_round())
            self.lock()
        split: dict[str, Any] | None = None
        if typing_rounds or split_runs:
            self.unlock_round()
            self.wait_index_ready()
            for _ in range(typing_rounds):
                typed += self.type_queries("global", GLOBAL_QUERIES)
                typed += self.type_queries("filter", FILTER_QUERIES)
            if typing_rounds:
                memory["after_typing_kib"] = status_kib("VmRSS")
            if split_runs:
                split = self.split_listing(split_runs)
            self.lock()
        memory["peak_kib"] = status_kib("VmHWM")
        self.app.shutdown()
        self.config.cleanup()
        return {
            "first_round": first,
            "rounds": timed,
            "memory": memory,
            "typed": [t.__dict__ for t in typed],
            "split": split,
            "errors": self.prompts.errors,
        }


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode == "startup":
        return startup(folder)
    if mode == "session":
        clients, rounds, typing_rounds, split_runs = (int(a) for a in argv[2:6])
        result = Driver(folder, clients).measure(rounds, typing_rounds, split_runs)
        sys.stdout.write(json.dumps(result) + "\n")
        return 0
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
