"""Pure-Python rules of the kiosk: configuration, URL policy, guides, timing.

Nothing in this package may import PySide6 or touch SQLite; a test enforces it.
"""
