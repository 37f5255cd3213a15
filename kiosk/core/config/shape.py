"""The shape of a configuration: keys, types, bounds; and the validator that collects errors.

`Validator.check_table` walks the parsed TOML once against the schema
(kiosk/core/config/schema.py): unknown keys (with "did you mean"), missing required
keys, the type of every value, and the bounds every string and list is held
to (length, number of items, no control characters, an integer's range)
before any check reads its meaning. Errors are collected with their line (`PATH:LINE: key.path:
message`), never raised. `Validator.guard` is the net under the checks of
meaning (kiosk/core/config/site_checks.py and the section modules): an exception that
escapes one becomes an error on its key. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from kiosk.core.config import schema as S
from kiosk.core.config.text import ConfigError, key_part, shown, shown_key
from kiosk.core.config.tomlpos import KeyLines

# Characters no configuration value can mean (C0 and C1 controls and DEL);
# tab and line breaks are allowed, as in a multi-line text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Words of an error that is a fault in the checker itself, never in the file
# (tests look for them: the property test fails on any).
CHECKER_FAULT = "could not be checked: a fault in the kiosk's own checker"


class Validator:
    """Walks the parsed document once, collecting errors with their lines."""

    def __init__(self, lines: KeyLines, source: str, base: Path, files: bool = True) -> None:
        self.source = source
        self.lines = lines
        self.base = base  # folder that relative paths are relative to
        self.files = files  # look at the sync's files and folder (see parse_config)
        self.errors: list[ConfigError] = []

    def error(self, key: str, message: str, line: int | None = None) -> None:
        self.errors.append(ConfigError(self.source, line or self.lines.line(key), shown_key(key), message))

    @contextmanager
    def guard(self, key: str) -> Iterator[None]:
        """Run a section's checks; an exception from them becomes an error on `key`, and checking goes on.

        The checks themselves turn what their input can make the standard
        library raise into precise errors; this is the net under them, so
        that a case nobody foresaw is still one line naming the key, never a
        traceback, and never hides the errors of the other sections.
        """
        try:
            yield
        except Exception as exc:  # the net: every kind, on purpose
            self.error(key, fault_words(exc))

    # -- generic shape checks -------------------------------------------------

    def check_table(self, data: dict, spec: dict[str, S.Key], prefix: str) -> dict:
        """Check keys and types of one table; return {name: value or default}."""
        out: dict[str, Any] = {}
        for name, value in data.items():
            if name not in spec:
                # Any text can be a key ("", " ", "a.b", controls): named as TOML quotes it.
                raw = f"{prefix}.{name}" if prefix else name
                self.unknown_key(name, f"{prefix}.{key_part(name)}" if prefix else key_part(name), spec,
                                 self.lines.line(raw))
                continue
            path = f"{prefix}.{name}" if prefix else name
            checked = self.check_value(value, spec[name], path)
            if checked is not BAD:
                out[name] = checked
        for name, key in spec.items():
            path = f"{prefix}.{name}" if prefix else name
            if name in data:
                continue
            if key.required:
                where = f"[{prefix}]" if prefix else "the file"
                self.error(path, f"missing required key (add it to {where})", self.lines.line(prefix))
            elif key.kind == S.TABLE:
                out[name] = {} if key.per_id else self.check_table({}, key.children, path)
            else:
                out[name] = key.default
        return out

    def unknown_key(self, name: str, path: str, spec: dict[str, S.Key], line: int) -> None:
        if name in ("pin", "admin_pin", "helper_pin", "password"):
            self.error(path, "a PIN must never be written in plain text; run `kiosk hash-pin` "
                             "and put its output in pin_hash", line)
            return
        if name == "format":
            # TOML puts a key written after a [table] header into that table.
            self.error(path, "unknown key (`format` goes at the top of the file, before any [table])", line)
            return
        import difflib  # only when needed: its import is start-up time
        near = difflib.get_close_matches(name, list(spec), n=1, cutoff=0.6) if len(name) <= 100 else []
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        self.error(path, f"unknown key{hint}", line)

    def check_value(self, value: Any, key: S.Key, path: str) -> Any:
        kind = key.kind
        if kind == S.STR:
            if not isinstance(value, str):
                return self.wrong_type(path, kind, value)
            return value if self.text_ok(path, value, key) else BAD
        if kind == S.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                return self.wrong_type(path, kind, value)
            # The range the schema declares (the one place it is written).
            problem = key.bound_problem(value, shown(value))
            if problem is not None:
                self.error(path, problem)
                return BAD
            return value
        if kind == S.BOOL:
            if not isinstance(value, bool):
                return self.wrong_type(path, kind, value)
            return value
        if kind == S.STR_LIST:
            if not isinstance(value, list):
                return self.wrong_type(path, kind, value)
            if not self.count_ok(path, value, key):
                return BAD
            good = []
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    self.error(f"{path}[{i}]", f"expected a string, got {type_name(item)}")
                elif self.text_ok(f"{path}[{i}]", item, key):
                    good.append(item)
            return good
        if kind in (S.LANG_TABLE, S.STR_OR_LANG_TABLE):
            if kind == S.STR_OR_LANG_TABLE and isinstance(value, str):
                return value if self.text_ok(path, value, key) else BAD
            if not isinstance(value, dict):
                return self.wrong_type(path, kind, value)
            if not self.count_ok(path, value, key):
                return BAD
            good = {}
            for lang, text in value.items():
                if not isinstance(text, str):
                    self.error(f"{path}.{key_part(lang)}", f"expected a string, got {type_name(text)}")
                elif not text.strip():
                    self.error(f"{path}.{key_part(lang)}", "text is empty")
                elif self.text_ok(f"{path}.{key_part(lang)}", text, key):
                    good[lang] = text
            return good
        if kind == S.TABLE:
            if not isinstance(value, dict):
                return self.wrong_type(path, kind, value)
            if key.per_id:
                return self.check_per_id(value, key, path)
            return self.check_table(value, key.children, path)
        if kind == S.TABLE_ARRAY:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                return self.wrong_type(path, kind, value)
            if not self.count_ok(path, value, key):
                return BAD
            return [self.check_table(v, key.children, f"{path}[{i}]") for i, v in enumerate(value)]
        raise AssertionError(kind)

    def check_per_id(self, value: dict, key: S.Key, path: str) -> Any:
        """A table of tables named by the file ([terminals.<id>]): each checked against `key.children`."""
        if not self.count_ok(path, value, key):
            return BAD
        out = {}
        for name, inner in value.items():
            where = f"{path}.{key_part(name)}"
            if not isinstance(inner, dict):
                self.wrong_type(where, S.TABLE, inner)
            elif len(name) > 63:
                self.error(where, f"too long for a terminal id: {len(name)} characters, at most 63")
            else:
                out[name] = self.check_table(inner, key.children, where)
        return out

    def text_ok(self, path: str, text: str, key: S.Key) -> bool:
        """Within the key's length bound and free of control characters; else an error."""
        if len(text) > key.max_len:
            self.error(path, f"too long: {len(text)} characters, at most {key.max_len} "
                             f"(it begins '{shown(text[:30])}')")
            return False
        bad = _CONTROL.search(text)
        if bad is not None:
            self.error(path, f"contains a control character (U+{ord(bad.group()):04X}) at character "
                             f"{bad.start() + 1} of '{shown(text)}'; remove it")
            return False
        return True

    def count_ok(self, path: str, items: list | dict, key: S.Key) -> bool:
        if len(items) > key.max_items:
            self.error(path, f"too many entries: {len(items)}, at most {key.max_items}")
            return False
        return True

    def wrong_type(self, path: str, kind: str, value: Any):
        self.error(path, f"expected {_article(kind)} {kind}, got {type_name(value)}")
        return BAD


BAD = object()   # what check_value gives for a value it refused


def type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, time):
        return "a time of day"
    return type(value).__name__


def fault_words(exc: BaseException) -> str:
    """An exception that escaped a check, as the message of an error (with where, for a bug report)."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{CHECKER_FAULT} ({type(exc).__name__}{where}: {shown(exc, 120)}); please report it"


def _article(kind: str) -> str:
    return "an" if kind[0] in "aeiou" else "a"
