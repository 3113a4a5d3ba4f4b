"""Opening a vault: first run, create, open or switch folders, unlock, the recovery key."""
