"""Erasure (DESIGN.md, Erasure): crypto-erase with signed certificates, and the sweep.

Clients and records are erased by destroying their keys; the retention sweep erases
what fell due.
"""
