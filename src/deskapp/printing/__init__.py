"""Printouts: reportlab templates that take plain data and return PDF bytes (no Qt, no database)."""
