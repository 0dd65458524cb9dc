"""Thin Qt widgets: they read fields, call one service, and show the result or the error."""
