"""The key hierarchy (DESIGN.md): KDF, key slots, header, sealing, client keys, signing."""
