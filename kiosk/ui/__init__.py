"""Widgets only: screens, bar, overlays, theme and translations. Never runs SQL."""
