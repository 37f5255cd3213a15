"""Fakes and helpers shared by the tests (collaborators `build()` takes as keyword arguments)."""
