"""`clientvault`: the desktop app when run bare, the headless CLI with any argument.

`clientvault --vault DIR` (no subcommand) opens the app on that folder;
`clientvault --version` prints the version. `clientvault-app` (a gui-script:
no console window on Windows) is the app alone. Qt is imported only when the
GUI starts, so scripts calling the CLI do not pay for loading it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from vault.cli.main import main as cli_main
from vault.version import VERSION


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        print(f"ClientVault {VERSION}")
        return 0
    if args and not _is_app_only(args):
        return cli_main(args)
    return gui_main(args)


def _is_app_only(args: list[str]) -> bool:
    """Only `--vault DIR` (or `--vault=DIR`): no subcommand, so the app is meant."""
    return (len(args) == 2 and args[0] == "--vault") or (
        len(args) == 1 and args[0].startswith("--vault=")
    )


def gui_main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clientvault-app", description="ClientVault, the app.")
    parser.add_argument("--vault", type=Path, metavar="DIR", help="open the vault in this folder")
    parser.add_argument("--version", action="version", version=f"ClientVault {VERSION}")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return run_gui(args.vault)


def run_gui(folder: Path | None) -> int:
    """The app on `folder`, or on the most recent vault (else the default folder)."""
    # Imported here: Qt loads only when the GUI runs.
    from PySide6.QtCore import QLocale  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ui.app import App  # noqa: PLC0415
    from ui.desktop import APP_ID, app_icon  # noqa: PLC0415
    from ui.gc_guard import GuiThreadCollector  # noqa: PLC0415
    from ui.settings.settings import SettingsStore, default_settings_path  # noqa: PLC0415
    from ui.startup_report import report_and_quit, report_path  # noqa: PLC0415
    from ui.translations import install_translators, language_code  # noqa: PLC0415
    from ui.unlock.vault_windows import VaultWindows, starting_folder  # noqa: PLC0415
    from vault.keys.hardening import disable_core_dumps  # noqa: PLC0415

    disable_core_dumps()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ClientVault")
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to the .desktop entry
    app.setWindowIcon(app_icon())
    collector = GuiThreadCollector(app)
    collector.start()
    settings_store = SettingsStore(default_settings_path())
    settings = settings_store.load()
    language = language_code(settings.language, QLocale.system())
    install_translators(app, language)
    if language == "ja":  # month names and dates follow the chosen language, not only the system's
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    windows = VaultWindows(
        settings_store, lambda where, demo: App(where, settings_store, demo=demo)
    )
    shown = windows.open(folder if folder is not None else starting_folder(settings))
    report = report_path()
    if report is not None:  # the packaging smoke tests (ui/startup_report.py)
        report_and_quit(shown, report)
    code = app.exec()
    windows.shutdown()
    collector.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
