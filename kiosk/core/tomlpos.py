"""Line numbers for keys in a TOML document.

tomllib parses but forgets where things were. Error messages must name the line
(`PATH:LINE: key.path: message`), so this module scans the text once and maps
dotted key paths (``tiles[2].label.fi``) to the line they are written on. It
understands what our files use: tables, arrays of tables, dotted keys, inline
tables and multi-line arrays. When a key cannot be found the nearest enclosing
table's line is returned, never nothing.
"""

from __future__ import annotations

import re

_TABLE = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]\s*(#.*)?$")
_KEY = re.compile(r'^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|\'[^\']*\'))*)\s*=')
_INLINE_KEY = re.compile(r'(?:^|[{,])\s*([A-Za-z0-9_-]+|"[^"]*")\s*=')


def _split_key(text: str) -> list[str]:
    parts = []
    for raw in re.findall(r'"[^"]*"|\'[^\']*\'|[A-Za-z0-9_-]+', text):
        parts.append(raw[1:-1] if raw[0] in "\"'" else raw)
    return parts


def _path_str(parts: list[str | int]) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + p
    return out


class KeyLines:
    """Map of dotted key paths to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._lines: dict[str, int] = {}
        self._array_counts: dict[str, int] = {}
        self._build(text)

    def _build(self, text: str) -> None:
        prefix: list[str | int] = []
        in_multiline: str | None = None
        for lineno, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if in_multiline in line:
                    in_multiline = None
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            m = _ARRAY_TABLE.match(line)
            if m:
                name = _split_key(m.group(1))
                base = _path_str(name)
                idx = self._array_counts.get(base, 0)
                self._array_counts[base] = idx + 1
                prefix = [*name, idx]
                self._lines.setdefault(base, lineno)
                self._lines[_path_str(prefix)] = lineno
                continue
            m = _TABLE.match(line)
            if m:
                name = _split_key(m.group(1))
                # A sub-table of the latest array-of-tables element: [tiles.label]
                # after [[tiles]] belongs to tiles[last].
                resolved: list[str | int] = []
                for part in name:
                    resolved.append(part)
                    base = _path_str(resolved)
                    if base in self._array_counts:
                        resolved.append(self._array_counts[base] - 1)
                prefix = resolved
                self._lines.setdefault(_path_str(prefix), lineno)
                continue
            m = _KEY.match(line)
            if m:
                key = [*prefix, *_split_key(m.group(1))]
                full = _path_str(key)
                self._lines.setdefault(full, lineno)
                rest = line[m.end():]
                for q in ('"""', "'''"):
                    if rest.count(q) == 1:
                        in_multiline = q
                if "{" in rest:
                    for im in _INLINE_KEY.finditer(rest):
                        self._lines.setdefault(_path_str([*key, *_split_key(im.group(1))]), lineno)

    def line(self, path: str) -> int:
        """Line of `path`, or of its closest known ancestor, or 1."""
        probe = path
        while probe:
            if probe in self._lines:
                return self._lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return 1
