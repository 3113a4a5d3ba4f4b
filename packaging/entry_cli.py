"""`clientvault` of the packaged app: the CLI, or the app when run bare (as the wheel's)."""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
