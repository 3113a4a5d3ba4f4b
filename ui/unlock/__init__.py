"""Unlocking and first run: welcome, create vault, unlock screen, recovery key."""
