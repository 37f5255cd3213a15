"""The usage log's own screens: its part of the admin view."""
