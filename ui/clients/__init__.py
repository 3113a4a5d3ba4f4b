"""Clients and records: the client page, editors, fields, search and files."""
