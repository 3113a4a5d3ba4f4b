"""Backups: the backup dialog (create, list, verify, restore)."""
