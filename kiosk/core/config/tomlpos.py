"""Line numbers for keys in a TOML document, and the mistakes tomllib reports badly.

tomllib parses but forgets where things were. Error messages must name the line
(`PATH:LINE: key.path: message`), so this module scans the text once and maps
dotted key paths (``tiles[2].label.fi``, ``site.languages[1]``) to the line they
are written on: tables, arrays of tables, dotted keys, inline tables and the
items of arrays (each item its own line, so an error in the third host of a
multi-line list points at that host). When a key cannot be found the nearest
enclosing key's line is returned, never nothing.

The same scan finds what tomllib only calls "Cannot overwrite a value": a key
set twice (with both lines), and nesting deeper than `MAX_DEPTH` (tomllib would
die of a RecursionError there). The scanner is a loop with an explicit stack,
never recursive, and never raises on any text: broken TOML is tomllib's to
describe; here it only stops the scan early.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

# Our schema nests three levels at most; anything near this is a broken or
# hostile file, and stopping here keeps both tomllib and us far from Python's
# recursion limit.
MAX_DEPTH = 32

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SPACE = " \t\r"
_SCALAR_END = frozenset(",]}#\n \t\r")


@dataclass(frozen=True)
class Duplicate:
    """A key (or table) defined twice; `first` is the line of the first definition.

    `span` is the (start, end) offset of the second definition's whole
    statement when it is a plain ``key = value`` line, so a caller can blank it
    and parse the rest; None for table headers and keys inside inline tables.
    """

    path: str
    first: int
    line: int
    conflict: str  # the key it collides with: `path` itself or an ancestor set as a value
    span: tuple[int, int] | None
    header: bool = False  # the second definition is a [table] header


class _Stop(Exception):
    """The text is not TOML we can follow; tomllib will say why."""


def _path_str(parts: list[str | int]) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + p
    return out


class KeyLines:
    """Map of dotted key paths to 1-based line numbers, with the duplicates found."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._n = len(text)
        self._newlines = [i for i, c in enumerate(text) if c == "\n"]
        self._lines: dict[str, int] = {}
        self._array_counts: dict[str, int] = {}
        self._assigned: dict[str, int] = {}   # keys given a value: path -> line
        self._headers: dict[str, int] = {}    # [table] headers: path -> line
        self.duplicates: list[Duplicate] = []
        self.too_deep: int | None = None      # line where nesting passed MAX_DEPTH
        try:
            self._scan()
        except _Stop:
            pass

    # -- queries ----------------------------------------------------------

    def line(self, path: str) -> int:
        """Line of `path`, or of its closest known ancestor, or 1."""
        probe = path
        while probe:
            if probe in self._lines:
                return self._lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return 1

    def moved(self, old: str, new: str) -> None:
        """A key was renamed in memory (kiosk/core/config/upgrade.py): `new` and what is under it
        keep the lines where the file wrote `old`."""
        for path, line in list(self._lines.items()):
            if path == old or path.startswith((old + ".", old + "[")):
                self._lines[new + path[len(old):]] = line

    def line_at(self, offset: int) -> int:
        """1-based line of a character offset."""
        return bisect.bisect_left(self._newlines, offset) + 1

    # -- scanning -----------------------------------------------------------

    def _scan(self) -> None:
        t, n = self._text, self._n
        i = 0
        prefix: list[str | int] = []
        while True:
            i = self._skip(i, newlines=True)
            if i >= n:
                return
            if t[i] == "[":
                array = t.startswith("[[", i)
                parts, i = self._key(i + (2 if array else 1))
                close = "]]" if array else "]"
                i = self._skip(i, newlines=False)
                if not t.startswith(close, i):
                    raise _Stop
                prefix = self._header(parts, array, self.line_at(i))
                i = self._skip(i + len(close), newlines=False)
                continue
            start = i
            parts, i = self._key(i)
            i = self._skip(i, newlines=False)
            if i >= n or t[i] != "=":
                raise _Stop
            full = [*prefix, *parts]
            line = self.line_at(start)
            slot = len(self.duplicates)
            self._define(full, line, None)
            i = self._value(i + 1, full)
            if len(self.duplicates) > slot and self.duplicates[slot].path == _path_str(full):
                d = self.duplicates[slot]
                self.duplicates[slot] = Duplicate(d.path, d.first, d.line, d.conflict, (start, i), d.header)

    def _skip(self, i: int, newlines: bool) -> int:
        """Past spaces and comments (and newlines when `newlines`)."""
        t, n = self._text, self._n
        while i < n:
            c = t[i]
            if c in _SPACE or (newlines and c == "\n"):
                i += 1
            elif c == "#":
                end = t.find("\n", i)
                i = n if end < 0 else end
            else:
                break
        return i

    def _key(self, i: int) -> tuple[list[str], int]:
        """A dotted key starting at `i` (spaces allowed around dots)."""
        t, n = self._text, self._n
        parts: list[str] = []
        while True:
            i = self._skip(i, newlines=False)
            if i >= n:
                raise _Stop
            c = t[i]
            if c == '"' or c == "'":
                end = self._string_end(i, c, multiline=False)
                parts.append(t[i + 1:end - 1])
                i = end
            else:
                j = i
                while j < n and t[j] in _BARE:
                    j += 1
                if j == i:
                    raise _Stop
                parts.append(t[i:j])
                i = j
            i = self._skip(i, newlines=False)
            if i < n and t[i] == ".":
                if len(parts) >= MAX_DEPTH:
                    self.too_deep = self.line_at(i)
                    raise _Stop
                i += 1
                continue
            return parts, i

    def _header(self, parts: list[str], array: bool, line: int) -> list[str | int]:
        """Record a [table] or [[array]] header; return the new key prefix."""
        resolved: list[str | int] = []
        for k, part in enumerate(parts):
            resolved.append(part)
            base = _path_str(resolved)
            # [tiles.label] after [[tiles]] belongs to tiles[last].
            if base in self._array_counts and not (array and k == len(parts) - 1):
                resolved.append(self._array_counts[base] - 1)
        base = _path_str(resolved)
        if array:
            # [[helpers.shifts]] also makes [helpers] here, if nothing did before.
            for k in range(1, len(resolved)):
                self._lines.setdefault(_path_str(resolved[:k]), line)
            if base in self._assigned:
                self._duplicate(base, self._assigned[base], line, base, None, True)
            index = self._array_counts.get(base, 0)
            self._array_counts[base] = index + 1
            self._lines.setdefault(base, line)
            resolved.append(index)
            self._lines[_path_str(resolved)] = line
            return resolved
        self._define(resolved, line, None, header=True)
        return resolved

    def _define(self, parts: list[str | int], line: int, span: tuple[int, int] | None,
                header: bool = False, inside: int = 0) -> None:
        """Record that `parts` is defined on `line`; note it if it was already.

        `inside` is the length of the inline table's own path for a key written
        inside one: that table and its ancestors are the key's home, not a clash.
        """
        path = _path_str(parts)
        for k in range(inside + 1, len(parts)):
            ancestor = _path_str(parts[:k])
            if ancestor in self._assigned:
                self._duplicate(path, self._assigned[ancestor], line, ancestor, span, header)
                return
            # A table made implicitly by `a.b = 1` or [a.b] is found on that line.
            self._lines.setdefault(ancestor, line)
        if path in self._assigned or path in self._headers:
            first = self._assigned.get(path) or self._headers[path]
            self._duplicate(path, first, line, path, span, header)
            return
        (self._headers if header else self._assigned)[path] = line
        self._lines.setdefault(path, line)

    def _duplicate(self, path: str, first: int, line: int, conflict: str,
                   span: tuple[int, int] | None, header: bool = False) -> None:
        self.duplicates.append(Duplicate(path, first, line, conflict, span, header))

    def _string_end(self, i: int, quote: str, multiline: bool) -> int:
        """Offset just past the string that starts at `i`."""
        t, n = self._text, self._n
        if multiline:
            j = i + 3
            while True:
                end = t.find(quote * 3, j)
                if end < 0:
                    raise _Stop
                if quote == '"' and _escaped(t, end):
                    j = end + 1
                    continue
                end += 3
                # Up to two more quotes right before the closing three belong to the string.
                extra = 0
                while end < n and t[end] == quote and extra < 2:
                    end += 1
                    extra += 1
                return end
        j = i + 1
        while j < n:
            c = t[j]
            if c == "\n":
                raise _Stop
            if c == "\\" and quote == '"':
                j += 2
                continue
            if c == quote:
                return j + 1
            j += 1
        raise _Stop

    def _value(self, i: int, path: list[str | int]) -> int:
        """Scan one value (arrays and inline tables with an explicit stack); return its end."""
        t, n = self._text, self._n
        # Each frame: [kind, path, next item index]; kind "a" array, "t" inline table.
        stack: list[list] = []
        current = path
        while True:
            # -- one value at i, belonging to `current` --
            i = self._skip(i, newlines=bool(stack))
            if i >= n:
                raise _Stop
            c = t[i]
            if c == "[" or c == "{":
                if len(stack) >= MAX_DEPTH:
                    self.too_deep = self.line_at(i)
                    raise _Stop
                stack.append(["a" if c == "[" else "t", current, 0])
                i += 1
            else:
                i = self._scalar(i)
                if not stack:
                    return i
                i = self._skip(i, newlines=True)
                if i < n and t[i] == ",":
                    i += 1
            # -- the next item, key or closing bracket of the innermost frame --
            while True:
                i = self._skip(i, newlines=True)
                if i >= n:
                    raise _Stop
                frame = stack[-1]
                close = "]" if frame[0] == "a" else "}"
                if t[i] == close:
                    stack.pop()
                    i += 1
                    if not stack:
                        return i
                    i = self._skip(i, newlines=True)
                    if i < n and t[i] == ",":
                        i += 1
                    continue
                if frame[0] == "a":
                    current = [*frame[1], frame[2]]
                    frame[2] += 1
                    self._lines.setdefault(_path_str(current), self.line_at(i))
                else:
                    key_at = i
                    parts, i = self._key(i)
                    i = self._skip(i, newlines=False)
                    if i >= n or t[i] != "=":
                        raise _Stop
                    current = [*frame[1], *parts]
                    self._define(current, self.line_at(key_at), None, inside=len(frame[1]))
                    i += 1
                break

    def _scalar(self, i: int) -> int:
        """Past a string, number, boolean or date starting at `i`."""
        t, n = self._text, self._n
        c = t[i]
        if c == '"' or c == "'":
            return self._string_end(i, c, multiline=t.startswith(c * 3, i))
        j = i
        while j < n and t[j] not in _SCALAR_END:
            j += 1
        # A date-time may hold one space ("1979-05-27 07:32:00"): tomllib decides.
        if j == i:
            raise _Stop
        return j


def _escaped(text: str, quote_at: int) -> bool:
    """Whether the quote at `quote_at` is escaped by an odd number of backslashes."""
    k = quote_at - 1
    count = 0
    while k >= 0 and text[k] == "\\":
        count += 1
        k -= 1
    return count % 2 == 1
