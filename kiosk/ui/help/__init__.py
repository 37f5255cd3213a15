"""Asking for help: the resident's request screen, the status in the bar, the helper view."""
