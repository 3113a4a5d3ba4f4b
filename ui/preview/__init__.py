"""Attachment previews, rendered from memory only: no plaintext ever reaches a temp file."""
