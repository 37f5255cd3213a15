"""Digipiste: a full-screen kiosk for public digi service-point computers."""

__version__ = "0.1.0"
