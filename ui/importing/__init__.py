"""Bringing client lists in: the import wizard, and column maps for dataset attachments."""
