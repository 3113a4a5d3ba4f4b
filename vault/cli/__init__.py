"""The headless `clientvault` command."""
