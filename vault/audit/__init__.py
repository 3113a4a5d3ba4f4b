"""The audit log (DESIGN.md, Audit log): append-only, hash-chained, HMAC'd entries."""
