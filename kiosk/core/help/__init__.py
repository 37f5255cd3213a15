"""The peer help queue: request states and wait estimate (`queue`), helpers' shifts
(`schedule`), and its part of the configuration (`config`).

Kept empty so that importing one of them imports nothing else.
"""
