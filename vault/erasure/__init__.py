"""Erasure: crypto-erase of clients and records with signed deletion certificates,
and the retention sweep that erases what fell due."""
