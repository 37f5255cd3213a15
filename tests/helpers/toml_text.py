"""A small TOML writer for tests that make configurations (tomllib only reads).

It writes what a person would: `[table]` headers, `[[array.of.tables]]`,
`key = value` lines, inline tables and arrays for nested values. Any Python
value tomllib can give back is written so that tomllib reads the same value
again, including strings with control characters (as \\uXXXX escapes), NUL,
floats such as inf and nan, dates and times. Keys that are not bare words are
quoted. Values nested deeper than Python's recursion limit are not its job:
the tests that need a deep file write the text themselves.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from typing import Any

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def dumps(doc: dict[str, Any]) -> str:
    """The TOML text of `doc`."""
    out: list[str] = []
    _table_body(out, [], doc)
    return "\n".join(out) + "\n"


def key(name: str) -> str:
    return name if _BARE.match(name) else string(name)


def string(text: str) -> str:
    chars = []
    for c in text:
        if c in _ESCAPES:
            chars.append(_ESCAPES[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            chars.append(f"\\u{ord(c):04X}")
        else:
            chars.append(c)
    return '"' + "".join(chars) + '"'


def value(v: Any) -> str:
    """One value as inline TOML."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return string(v)
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{key(k)} = {value(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"no TOML for {type(v).__name__}")


def _is_table_array(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(x, dict) for x in v)


def _table_body(out: list[str], path: list[str], table: dict[str, Any]) -> None:
    # Plain values first: after a [header] every `key = value` belongs to it.
    for k, v in table.items():
        if not isinstance(v, dict) and not _is_table_array(v):
            out.append(f"{key(k)} = {value(v)}")
    for k, v in table.items():
        here = [*path, key(k)]
        if isinstance(v, dict):
            out.append("")
            out.append(f"[{'.'.join(here)}]")
            _table_body(out, here, v)
        elif _is_table_array(v):
            for item in v:
                out.append("")
                out.append(f"[[{'.'.join(here)}]]")
                # Sub-tables of an array item are written inline: a [a.b] header
                # after [[a]] is legal TOML but easy to get wrong here.
                for ik, iv in item.items():
                    out.append(f"{key(ik)} = {value(iv)}")
