"""Older site files read as the newest format: ordered upgrade steps, in memory.

A site file says which layout it is written in with `format = N` at its top
(kiosk/core/config/schema.py: FORMAT is the newest this kiosk reads). A file
without it is format 1, written before the key existed. Before the schema
check, `upgrade` runs every step newer than the file's format, in order (as
Picard's picard/config_upgrade.py runs its upgrade_to_vN functions): a step
may rename keys, so a key can be renamed without breaking a site. The file
on the disk is never rewritten (it is IT's, often on a read-only mount);
each renamed key read gives a warning naming the new name, so IT can write
it. A file of a newer format than this kiosk knows is one exact error: its
keys may mean what this kiosk cannot know. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.config import schema as S
from kiosk.core.config.text import ConfigError, shown
from kiosk.core.config.tomlpos import KeyLines


@dataclass(frozen=True)
class Step:
    """What changed in format `to`: keys renamed (dotted paths of tables, old -> new)."""

    to: int
    what: str
    renames: tuple[tuple[str, str], ...] = ()


# In order, one per format after the first. A step that renames a key adds
# the pair here and changes the schema's name; nothing else has to follow.
STEPS: tuple[Step, ...] = (
    Step(2, "the file says its format (`format = 2` at the top); no key changed"),
)


@dataclass
class Upgraded:
    """The document read as the newest format, with what IT should know."""

    data: dict
    written_in: int | None                 # the file's own format (None: not a usable number)
    warnings: list[ConfigError]
    errors: list[ConfigError]
    newer: bool = False                    # written for a format this kiosk does not know


def upgrade(data: dict, lines: KeyLines, source: str, steps: tuple[Step, ...] | None = None,
            newest: int | None = None) -> Upgraded:
    """Run the steps newer than the file's format on `data` (changed in place); never raises for bad input.

    A `format` that is not a whole number of at least 1 is left for the
    schema check to report (with its type or range) and nothing is upgraded.
    """
    steps = STEPS if steps is None else steps
    newest = S.FORMAT if newest is None else newest
    written = data.get("format", 1)
    out = Upgraded(data, None, [], [])
    if isinstance(written, bool) or not isinstance(written, int) or written < 1:
        return out
    out.written_in = written
    if written > newest:
        out.newer = True
        out.errors.append(ConfigError(
            source, lines.line("format"), "format",
            f"written for configuration format {shown(written)}, but this kiosk reads formats 1 to {newest}; "
            f"update the kiosk, or write the file for format {newest} (docs/configuration.md)"))
        return out
    for step in steps:
        if step.to <= written:
            continue
        for old, new in step.renames:
            _rename(out, lines, source, old, new, step.to, newest)
    data["format"] = newest
    return out


def _rename(out: Upgraded, lines: KeyLines, source: str, old: str, new: str, to: int, newest: int) -> None:
    old_table, old_name = _parent(out.data, old, create=False)
    if old_table is None or old_name not in old_table:
        return
    new_table, new_name = _parent(out.data, new, create=True)
    if new_table is None:   # something else than a table where the new key's table goes: the schema says so
        return
    line = lines.line(old)
    if new_name in new_table:
        old_table.pop(old_name)   # said here; not an unknown key as well
        out.errors.append(ConfigError(source, line, old, f"renamed to '{new}' in configuration format {to}, "
                                                         f"and the file has '{new}' too: keep only '{new}'"))
        return
    new_table[new_name] = old_table.pop(old_name)
    lines.moved(old, new)
    out.warnings.append(ConfigError(source, line, old, f"renamed to '{new}' in configuration format {to}; "
                                                       f"read as '{new}': write that name, and "
                                                       f"`format = {newest}` at the top of the file"))


def _parent(data: dict, path: str, create: bool) -> tuple[dict | None, str]:
    """The table holding the last key of `path`, and that key's name; None when it is not a table."""
    *tables, name = path.split(".")
    table = data
    for part in tables:
        if part not in table and create:
            table[part] = {}
        table = table.get(part)
        if not isinstance(table, dict):
            return None, name
    return table, name
