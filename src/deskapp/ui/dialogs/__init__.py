"""Dialogs: each loads its Designer form, calls one service on OK and shows problems by the field."""
