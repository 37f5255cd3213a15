"""Many terminals, one source: signed files fetched from a URL (configuration, releases) and fleet health.

Pure Python: no Qt here. The services that fetch on a worker and hand the
answer to the interface thread live in kiosk/services.
"""
