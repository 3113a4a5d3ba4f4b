"""The windowed app of the Windows and macOS packages (no console), as `clientvault-app`."""

from __future__ import annotations

import sys

from ui.launcher import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
