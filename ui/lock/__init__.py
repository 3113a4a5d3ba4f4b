"""Locking (DESIGN.md, Locking): triggers, the controller, clipboard and capture protection."""
