"""The anonymous usage log and its syncing: events, their schema and privacy filter, event
times under a wrong clock, batch sizes and wire formats, delivery of unconfirmed batches.

Kept empty so that importing one of them imports nothing else.
"""
