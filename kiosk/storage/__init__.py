"""SQLite through sqlite-utils: one connection factory, migrations, repositories.

Knows nothing of Qt.
"""
