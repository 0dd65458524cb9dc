"""Use cases: each public method is one user action in one transaction, returning plain data."""
