"""Benchmarks: run with ./dev bench; they print figures, they are not tests."""
