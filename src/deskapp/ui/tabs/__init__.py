"""One tab per capability; each declares its signals, main_window.py connects them."""
