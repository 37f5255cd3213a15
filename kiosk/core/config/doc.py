"""The key tables of docs/configuration.md, written from the schema.

Each section of "Every key" in the documentation has a part between two
markers that is made here from kiosk/core/config/schema.py: the section's sentence
and a table of its keys (type, default, allowed values or range, meaning).
The prose around the parts is written by hand. `refresh(text)` gives the
document with every part made anew; tests/unit/test_config_doc.py fails
when the committed document differs, and

    python -m kiosk.core.config.doc docs/configuration.md

writes it. Pure Python.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kiosk.core.config import schema as S
BEGIN = "<!-- keys of {name}: made from kiosk/core/config/schema.py by `python -m kiosk.core.config.doc` -->"
END = "<!-- end of keys -->"
_PART = re.compile(r"<!-- keys of (?P<name>[a-z_]+): made from [^>]*-->\n.*?<!-- end of keys -->", re.DOTALL)
TOP = "top"   # the part for the keys at the top of the file (before any [table])


def default_words(key: S.Key) -> str:
    """A key's default as the table shows it."""
    if key.required:
        return "required"
    value = key.default
    if value is None:
        return "none"
    if value == S.IDENTIFICATION_HOSTS:
        return "the identification hosts listed below"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if isinstance(value, tuple) and not value:
        return "`[]`"
    return f"`{value}`"


def allowed_words(key: S.Key) -> str:
    """The range or the allowed values, or empty."""
    if key.choices:
        return ", ".join(f"`{c}`" for c in key.choices)
    if key.kind == S.STR and key.max_len != S.Key.max_len:   # tighter than every text's bound
        return f"at most {key.max_len} characters"
    return key.bound_words()


def _row(path: str, key: S.Key) -> str:
    cells = (f"`{path}`", key.kind, default_words(key), allowed_words(key), key.doc.replace("|", "\\|"))
    return "| " + " | ".join(cells) + " |"


def part(name: str) -> str:
    """The made part for one section (or TOP for the keys outside any table)."""
    head = "| key | type | default | allowed | meaning |\n|---|---|---|---|---|\n"
    if name == TOP:
        rows = [_row(n, k) for n, k in S.SCHEMA.items() if k.kind != S.TABLE and k.kind != S.TABLE_ARRAY]
        return head + "\n".join(rows)
    section = S.SCHEMA[name]
    intro = section.doc + (" Required." if section.required else "")
    inner = f"{name}.<id>" if section.per_id else name    # [terminals.<id>]
    rows = [_row(path, key) for path, key in S.iter_keys(section.children, inner)]
    return f"{intro}\n\n{head}" + "\n".join(rows)


def refresh(text: str) -> str:
    """`text` with every made part made anew from the schema."""
    def made(m: re.Match) -> str:
        name = m.group("name")
        return f"{BEGIN.format(name=name)}\n{part(name)}\n{END}"
    return _PART.sub(made, text)


def parts_in(text: str) -> list[str]:
    """The names of the made parts `text` has, in order."""
    return [m.group("name") for m in _PART.finditer(text)]


def main(argv: list[str]) -> int:
    """Rewrite the document named (docs/configuration.md) in place."""
    if len(argv) != 1:
        print("usage: python -m kiosk.core.config.doc docs/configuration.md", file=sys.stderr)
        return 2
    path = Path(argv[0])
    text = path.read_text(encoding="utf-8")
    path.write_text(refresh(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
