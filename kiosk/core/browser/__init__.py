"""What the kiosk browser may open and how it runs: URL and connection policy, address rule,
Chromium flags, which load failures a resident is told about, refusals, the file chooser.

Kept empty so that importing one of them imports nothing else.
"""
