"""From a configuration file's bytes to a TOML document, with every mistake located.

The part of loading a configuration that is about the file as text: its
encoding (UTF-8, with or without the byte-order mark older Windows Notepad
writes; anything else is reported at its first bad byte), TOML syntax, keys
set twice (tomllib's "Cannot overwrite a value" becomes the key and both
lines), nesting too deep for tomllib's recursive parser, and numbers too long
for Python's int() (tomllib lets that ValueError out). The schema and what the
values mean are `kiosk.core.config.site`'s. `shown` is how a value is quoted in a
message: a 100 000-character value or a control character must not make the
message itself unreadable.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from kiosk.core.config.tomlpos import MAX_DEPTH, Duplicate, KeyLines


@dataclass(frozen=True)
class ConfigError:
    """One problem in a configuration file."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


SHOWN_MAX = 60   # characters of a value quoted in a message


def shown(value: object, limit: int = SHOWN_MAX) -> str:
    """`value` as text for a message: control characters escaped, long text cut with its length."""
    text = value if isinstance(value, str) else str(value)
    cut = len(text) > limit
    out = "".join(c if c.isprintable() else _escape(c) for c in text[:limit])
    return f"{out}… ({len(text)} characters)" if cut else out


def shown_long(text: str) -> str:
    """A file name or web address for a message: whole up to 200 characters (they are long), else as `shown`."""
    return shown(text, 200)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def key_part(name: str) -> str:
    """One key of a dotted path as TOML writes it: bare, or quoted (an empty key, spaces, dots, controls)."""
    if _BARE_KEY.fullmatch(name):
        return name if len(name) <= 100 else shown(name)
    return '"' + shown(name.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def shown_key(path: str) -> str:
    """A dotted key path for a message; each odd part (too long, control characters) shown as by `shown`."""
    if len(path) <= 200 and path.isprintable():
        return path
    return shown(path, 120)


def _escape(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def read_toml(text: str, source: str) -> tuple[dict | None, KeyLines, list[ConfigError]]:
    """(document or None, key lines, errors) for the text of a configuration."""
    if text.startswith("\ufeff"):
        # A byte-order mark, as older Windows Notepad writes: not content.
        text = text[1:]
    lines = KeyLines(text)
    if lines.too_deep is not None:
        # tomllib would die of a RecursionError on such a file.
        return None, lines, [ConfigError(source, lines.too_deep, "(toml)", _TOO_DEEP)]
    try:
        data, errors = _toml(text, source, lines)
    except ValueError as exc:
        # tomllib reads integers with int(), which refuses more than 4300
        # digits (CPython's guard against quadratic conversion) with a plain
        # ValueError, not a TOMLDecodeError.
        return None, lines, [_huge_number(text, source, exc)]
    return data, lines, errors


_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep; a configuration never needs that"


def _toml(text: str, source: str, lines: KeyLines) -> tuple[dict | None, list[ConfigError]]:
    """tomllib's parse, with duplicate keys named and both their lines.

    A key set twice is only "Cannot overwrite a value" to tomllib. The scan
    in `lines` knows which key and where; when every duplicate is a plain
    `key = value` statement, those statements are blanked (lines keep their
    numbers) and the rest is parsed, so the other mistakes show at once too.
    """
    dups = [ConfigError(source, d.line, d.path, _duplicate_words(d)) for d in lines.duplicates]
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        if not dups:
            return None, [_toml_error(exc, source)]
        if any(d.span is None for d in lines.duplicates):
            return None, dups
        blanked = list(text)
        for d in lines.duplicates:
            start, end = d.span  # type: ignore[misc]
            for k in range(start, end):
                if blanked[k] != "\n":
                    blanked[k] = " "
        try:
            return tomllib.loads("".join(blanked)), dups
        except tomllib.TOMLDecodeError as again:
            return None, [*dups, _toml_error(again, source)]
        except RecursionError:
            return None, dups
    except RecursionError:  # the depth scan should have caught it; never a traceback
        return None, [ConfigError(source, 1, "(toml)", _TOO_DEEP)]


# A value (after '=', ',' or an opening bracket) of thousands of digits.
_LONG_NUMBER = re.compile(r"[=,\[{]\s*([+-]?(?:0[xob])?[0-9a-fA-F_]{4000,})")


def _huge_number(text: str, source: str, exc: ValueError) -> ConfigError:
    m = _LONG_NUMBER.search(text)
    line = text.count("\n", 0, m.start(1)) + 1 if m else 1
    if m or "digits" in str(exc):
        return ConfigError(source, line, "(toml)", "a number with thousands of digits; "
                                                   "a configuration never needs that")
    return ConfigError(source, line, "(toml)", f"not valid TOML: {shown(exc, 200)}")


def _duplicate_words(d: Duplicate) -> str:
    if d.header and d.conflict == d.path:
        return (f"table [{d.path}] written twice: first on line {d.first}, again on line {d.line}; "
                "keep one and move its keys there")
    if d.conflict == d.path:
        return f"set twice: first on line {d.first}, again on line {d.line}; keep one of them"
    return (f"cannot be set: {d.conflict} was already set to a value on line {d.first}; "
            "keep one of them")


def _toml_error(exc: tomllib.TOMLDecodeError, source: str) -> ConfigError:
    m = re.search(r"line (\d+)", str(exc))
    line = int(m.group(1)) if m else 1
    msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
    return ConfigError(source, line, "(toml)", f"not valid TOML: {msg}")


def decode_config(raw: bytes, source: str) -> tuple[str, ConfigError | None]:
    """The file's text (UTF-8, with or without a byte-order mark), or where it is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", ConfigError(source, 1, "(file)", "the file is UTF-16 (Notepad's 'Unicode'); "
                                                    "save the file as UTF-8")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start:exc.start].decode("utf-8-sig")) + 1  # valid up to the bad byte
        return "", ConfigError(source, line, "(file)", f"byte 0x{bad:02x} at column {column} is not UTF-8 "
                                                       "(an older editor's encoding?); save the file as UTF-8")
