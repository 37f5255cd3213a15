"""End-of-session feedback: one optional question for the usage log."""
