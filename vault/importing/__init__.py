"""Importing the freelancer's existing client list (CSV or XLSX): readers that refuse
hostile files, column roles, and the one-transaction import."""
