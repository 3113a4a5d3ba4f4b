"""`clientvault`: the desktop app when run bare, the headless CLI with any argument.

Qt is imported only when the GUI starts, so scripts calling the CLI do not pay
for loading it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from vault.cli.main import main as cli_main
from vault.storage.locations import default_vault_dir


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        return cli_main(args)
    return run_gui(default_vault_dir())


def run_gui(folder: Path) -> int:
    # Imported here: Qt loads only when the GUI runs.
    from PySide6.QtCore import QLocale  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ui.app import App  # noqa: PLC0415
    from ui.gc_guard import GuiThreadCollector  # noqa: PLC0415
    from ui.settings.settings import SettingsStore, default_settings_path  # noqa: PLC0415
    from ui.translations import install_translators, language_code  # noqa: PLC0415
    from vault.keys.hardening import disable_core_dumps  # noqa: PLC0415

    disable_core_dumps()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ClientVault")
    collector = GuiThreadCollector(app)
    collector.start()
    settings_store = SettingsStore(default_settings_path())
    language = language_code(settings_store.load().language, QLocale.system())
    install_translators(app, language)
    if language == "ja":  # month names and dates follow the chosen language, not only the system's
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    apps = [App(folder, settings_store)]

    def open_demo() -> None:
        demo = App(folder.parent / "demo", settings_store, demo=True)
        demo.open_demo(demo.window.show_error)
        demo.show()
        if not apps[0].session.exists:
            apps[0].window.close()
        apps.append(demo)

    apps[0].demo_requested.connect(open_demo)
    apps[0].show()
    code = app.exec()
    for each in apps:
        each.shutdown()
    collector.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
