"""docs/configuration.md's key tables are the schema's, as committed.

The tables between the `<!-- keys of ... -->` markers are made by
kiosk/core/config/doc.py from kiosk/core/config/schema.py. When a key, a default or
a range changes in the schema, this fails until the document is made again:
`python -m kiosk.core.config.doc docs/configuration.md`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kiosk.core.config import doc as config_doc
from kiosk.core.config import schema as S
def test_the_committed_tables_are_the_schemas(repo: Path):
    text = (repo / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert config_doc.refresh(text) == text, (
        "docs/configuration.md is behind kiosk/core/config/schema.py: run "
        "`python -m kiosk.core.config.doc docs/configuration.md` and commit the result")


def test_every_section_has_its_table(repo: Path):
    text = (repo / "docs" / "configuration.md").read_text(encoding="utf-8")
    tables = [name for name, key in S.SCHEMA.items() if key.kind in (S.TABLE, S.TABLE_ARRAY)]
    assert sorted(config_doc.parts_in(text)) == sorted([*tables, *([config_doc.TOP] if len(tables) <
                                                                     len(S.SCHEMA) else [])])


def test_a_changed_range_shows_in_the_table(monkeypatch):
    # The table reads the schema, not a copy: a new range is the new row.
    session = S.SCHEMA["session"]
    warning = dataclasses.replace(session.children["warning_s"], minimum=25)
    monkeypatch.setitem(S.SCHEMA, "session", dataclasses.replace(
        session, children={**session.children, "warning_s": warning}))
    assert "| `session.warning_s` | integer | `30` | at least 25 seconds |" in config_doc.part("session")
