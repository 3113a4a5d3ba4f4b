"""Offboarding a client: return their data, erase it, and prove both in one signed
certificate (issue 14)."""
