"""Importing the client list the freelancer keeps (CSV or XLSX), hostile files refused.

Readers that refuse hostile files, column roles, and the one-transaction import.
"""
