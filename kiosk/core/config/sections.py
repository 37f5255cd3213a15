"""The checks of meaning for [site], [session], the helpers' weekly shifts and [deployment]; typed sections.

`SyncSettings` and `DeploymentSettings` are [sync] and [deployment] as the
code reads them (attributes, not dictionary keys), their defaults the
schema's (kiosk/core/config/schema.py), never written again here.

Called by kiosk/core/config/site_checks.py once every key has its shape (kiosk/core/
config/shape.py: a value here is already of the right type, within its length
bound and free of control characters). Errors go to the validator as
`PATH:LINE: key.path: message`; nothing here raises for a value that got this
far, and zoneinfo, which opens a file named by the value, is only handed a
name of the characters IANA names use. Pure Python.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field, fields
from typing import Any

from kiosk.core.config import schema as S
from kiosk.core.config.shape import Validator
from kiosk.core.config.text import key_part, shown
from kiosk.core.languages import NATIVE_NAMES, PLANNED_LANGUAGES, SITE_TEXT_LANGUAGES, UI_LANGUAGES

ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")              # fullmatch: '$' would pass "id\n"
_TIME = re.compile(r"(\d{1,2}):(\d{2})", re.ASCII)
_TIME_ZONE = re.compile(r"[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*")


@dataclass(frozen=True)
class Shift:
    """A weekly helper shift: day (mon..sun), minutes after midnight, who is on duty."""

    day: str
    start_min: int
    end_min: int
    who: str


def _default(path: str) -> Any:
    """The schema's default for `path`, as a dataclass field's default."""
    return field(default=S.key_at(path).default)


@dataclass(frozen=True)
class SyncSettings:
    """[sync], checked: paths absolute, numbers within the schema's ranges."""

    target: str = _default("sync.target")
    url: str = _default("sync.url")
    site_id: int = _default("sync.site_id")
    token_file: str = _default("sync.token_file")
    ca_file: str = _default("sync.ca_file")
    directory: str = _default("sync.directory")
    interval_s: int = _default("sync.interval_s")
    batch_size: int = _default("sync.batch_size")

    @classmethod
    def of(cls, table: dict) -> "SyncSettings":
        """From the checked table (every key present, the defaults filled in by the shape check)."""
        return cls(**{f.name: table[f.name] for f in fields(cls) if f.name in table})


@dataclass(frozen=True)
class DeploymentSettings:
    """[deployment], checked; `nightly_restart` in minutes after midnight, None for never."""

    hide_pointer: bool = _default("deployment.hide_pointer")
    virtual_keyboard: bool = _default("deployment.virtual_keyboard")
    read_aloud: bool = _default("deployment.read_aloud")
    nightly_restart: int | None = None


def parse_time(text: str) -> int | None:
    m = _TIME.fullmatch(text)
    if not m:
        return None
    h, mins = int(m.group(1)), int(m.group(2))
    if h > 23 or mins > 59:
        return None
    return h * 60 + mins


def site_names(v: Validator, site: dict) -> tuple[list[str], dict[str, str]]:
    """[site]: the languages offered (in order) and the site's name per language."""
    languages: list[str] = []
    for i, lang in enumerate(site.get("languages") or []):
        if lang in UI_LANGUAGES:
            if lang in languages:
                v.error(f"site.languages[{i}]", f"language '{lang}' is listed twice")
            languages.append(lang)
        elif lang in PLANNED_LANGUAGES:
            v.error(f"site.languages[{i}]", f"language '{lang}' has no user-interface translation yet "
                                            f"(available: {', '.join(UI_LANGUAGES)})")
        else:
            v.error(f"site.languages[{i}]", f"unknown language code '{shown(lang)}' "
                                            f"(available: {', '.join(UI_LANGUAGES)})")
    if "languages" in site and not site["languages"]:
        v.error("site.languages", "at least one language is needed")
    default = site.get("default_language")
    if isinstance(default, str) and languages and default not in languages:
        if default in NATIVE_NAMES or default in UI_LANGUAGES:
            v.error("site.default_language", f"'{default}' is not one of site.languages")
        else:
            v.error("site.default_language", f"unknown language code '{shown(default)}'")
    for key in ("id", "terminal_id"):   # terminal_id "" (not given): kiosk/core/config/terminal.py
        value = site.get(key)
        if isinstance(value, str) and (value or key == "id") and not ID.fullmatch(value):
            v.error(f"site.{key}", "use lower-case letters, digits and '-' (at most 63)")
    tz = site.get("time_zone")
    if isinstance(tz, str):
        check_time_zone(v, "site.time_zone", tz)
    name = site.get("name")
    if isinstance(name, dict):
        check_lang_table(v, "site.name", name, languages)
        return languages, name
    if isinstance(name, str):
        if not name.strip():
            v.error("site.name", "the name is empty")
        return languages, {lang: name for lang in languages}
    return languages, {}


def check_time_zone(v: Validator, path: str, tz: str) -> None:
    """An IANA name zoneinfo knows; whatever zoneinfo raises for other text becomes this error."""
    unknown = f"unknown time zone '{shown(tz)}' (for example Europe/Helsinki)"
    if not _TIME_ZONE.fullmatch(tz):
        # Never handed to zoneinfo: it opens a file of that name (a 300-character
        # name is "File name too long", '..' or a leading '/' a ValueError).
        v.error(path, unknown)
        return
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # Not found, not a TZif file (ValueError), a folder such as "Europe"
        # (IsADirectoryError), a name the file system refuses (OSError).
        v.error(path, unknown)


def check_session(v: Validator, session: dict) -> None:
    """Across [session]'s keys (each key's own range is the schema's, checked with its shape)."""
    # A value outside its range is not in `session` any more (refused with its shape).
    idle = session.get("idle_timeout_s")
    warning = session.get("warning_s")
    if isinstance(warning, int) and isinstance(idle, int) and warning >= idle:
        v.error("session.warning_s", f"must be shorter than session.idle_timeout_s ({idle})")


def check_lang_table(v: Validator, path: str, table: dict, languages: list[str]) -> None:
    # A site writes its own texts in fi/sv/en; in the other languages they may be
    # left out and show in the default language (the first one listed is the default
    # when it is not among fi/sv/en, so that one is required too).
    required = [lang for lang in languages if lang in SITE_TEXT_LANGUAGES] or languages[:1]
    for lang in required:
        if lang not in table:
            v.error(path, f"missing text for language '{lang}'")
    for lang in table:
        if lang not in UI_LANGUAGES and lang not in PLANNED_LANGUAGES:
            v.error(f"{path}.{key_part(lang)}", f"unknown language code '{shown(lang)}'")


def weekly_shifts(v: Validator, shifts: list[dict]) -> list[Shift]:
    out = []
    for i, shift in enumerate(shifts):
        path = f"helpers.shifts[{i}]"
        day = shift.get("day")
        if isinstance(day, str) and day not in S.DAYS:
            import difflib  # only when needed: its import is start-up time
            near = difflib.get_close_matches(day.lower(), S.DAYS, n=1, cutoff=0.5)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            v.error(f"{path}.day", f"unknown day '{shown(day)}'{hint}; use one of {', '.join(S.DAYS)}")
            day = None
        times = shift_times(v, path, shift)
        if times is not None and day:
            out.append(Shift(day, times[0], times[1], shift.get("who", "")))
    return out


def shift_times(v: Validator, path: str, entry: dict) -> tuple[int, int] | None:
    """(start, end) in minutes of a shift's HH:MM times, end after start; else None and errors."""
    times = {}
    for key in ("start", "end"):
        text = entry.get(key)
        if isinstance(text, str):
            minutes = parse_time(text)
            if minutes is None:
                v.error(f"{path}.{key}", f"not a time of day: '{shown(text)}' (use HH:MM, 00:00-23:59)")
            else:
                times[key] = minutes
    if len(times) < 2:
        return None
    if times["end"] <= times["start"]:
        v.error(f"{path}.end", f"ends at {entry['end']}, not after it starts at {entry['start']}")
        return None
    return times["start"], times["end"]


def deployment(v: Validator, table: dict) -> DeploymentSettings:
    """The [deployment] switches (the shape check filled in the defaults); a bad restart time is an error."""
    minutes = None
    text = table.get("nightly_restart", "")
    if isinstance(text, str) and text:
        minutes = parse_time(text)
        if minutes is None:
            v.error("deployment.nightly_restart", f"not a time of day: '{shown(text)}' (use HH:MM, 00:00-23:59)")
    switches = {name: table[name] for name in ("hide_pointer", "virtual_keyboard", "read_aloud")
                if isinstance(table.get(name), bool)}
    return DeploymentSettings(**switches, nightly_restart=minutes)
