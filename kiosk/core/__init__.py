"""Pure-Python rules of the kiosk, one sub-package per topic: config, browser, usage, help,
session, speech, guides (and the flat health, contrast, languages).

Nothing in this package may import PySide6 or touch SQLite; a test enforces it.
"""
