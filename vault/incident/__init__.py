"""Incidents: recording one, the report for the regulator (APPI), and notices (issue 14)."""
