"""Sharing with the client from the GUI: delivery settings, encrypted and redacted bundles.

The dialogs drive `vault.sharing` and `vault.redaction` on the vault thread and show
exactly what the core previews before anything is written (DESIGN.md, Sharing).
"""
