"""Loading and validating a site's configuration file.

`parse_config` turns TOML text into a typed `Config`, or into the full list of
what is wrong with it: every error at once, each with the file, the line and
the key (`PATH:LINE: key.path: message`), with a "did you mean" for typos. It
never raises for bad input and never touches Qt or the disk beyond reading.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core import schema as S
from kiosk.core.languages import NATIVE_NAMES, PLANNED_LANGUAGES, UI_LANGUAGES
from kiosk.core.pin import is_pin_hash, looks_like_plain_pin
from kiosk.core.tomlpos import KeyLines
from kiosk.core.url_policy import DEFAULT_BLOCKED, DEFAULT_LOCAL_HTTP_HOSTS, host_of, parse_host_rule

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
MAX_TILES = 12


@dataclass(frozen=True)
class ConfigError:
    """One problem in a configuration file."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


class ConfigInvalid(Exception):
    """Raised by load_config; carries every error found."""

    def __init__(self, errors: list[ConfigError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Tile:
    id: str
    label: dict[str, str]
    url: str
    icon: str
    hosts: tuple[str, ...]


@dataclass(frozen=True)
class Shift:
    day: str
    start_min: int
    end_min: int
    who: str


@dataclass(frozen=True)
class Config:
    """A validated site configuration; see docs/configuration.md."""

    site_id: str
    site_name: dict[str, str]
    terminal_id: str
    languages: tuple[str, ...]
    default_language: str
    time_zone: str
    idle_timeout_s: int
    warning_s: int
    signed_out_s: int
    sound_cue: bool
    tiles: tuple[Tile, ...]
    identification_hosts: tuple[str, ...]
    extra_hosts: tuple[str, ...]
    blocked_hosts: tuple[str, ...]
    video_hosts: tuple[str, ...]
    allow_uploads: bool
    admin_pin_hash: str
    helper_pin_hash: str | None
    shifts: tuple[Shift, ...]
    guide_dirs: tuple[str, ...]
    sync: dict[str, Any] = field(default_factory=dict)
    deployment: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def site_name_in(self, lang: str) -> str:
        """The site's name in `lang`, falling back to the default language."""
        return self.site_name.get(lang) or self.site_name.get(self.default_language) or self.site_id

    def allowed_host_rules(self) -> tuple[str, ...]:
        """Tile hosts + identification hosts + extra hosts, as rule strings."""
        rules: list[str] = []
        for tile in self.tiles:
            host = host_of(tile.url)
            if host:
                rules.append(host)
            rules.extend(tile.hosts)
        rules.extend(self.identification_hosts)
        rules.extend(self.extra_hosts)
        return tuple(dict.fromkeys(rules))

    def all_blocked_hosts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*DEFAULT_BLOCKED, *self.blocked_hosts)))


class _Validator:
    """Walks the parsed document once, collecting errors with their lines."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.lines = KeyLines(text)
        self.errors: list[ConfigError] = []

    def error(self, key: str, message: str, line: int | None = None) -> None:
        self.errors.append(ConfigError(self.source, line or self.lines.line(key), key, message))

    # -- generic shape checks -------------------------------------------------

    def check_table(self, data: dict, spec: dict[str, S.Key], prefix: str) -> dict:
        """Check keys and types of one table; return {name: value or default}."""
        out: dict[str, Any] = {}
        for name, value in data.items():
            path = f"{prefix}.{name}" if prefix else name
            if name not in spec:
                self.unknown_key(name, path, spec)
                continue
            checked = self.check_value(value, spec[name], path)
            if checked is not _BAD:
                out[name] = checked
        for name, key in spec.items():
            path = f"{prefix}.{name}" if prefix else name
            if name in data:
                continue
            if key.required:
                where = f"[{prefix}]" if prefix else "the file"
                self.error(path, f"missing required key (add it to {where})", self.lines.line(prefix))
            elif key.kind == S.TABLE:
                out[name] = self.check_table({}, key.children, path)
            else:
                out[name] = key.default
        return out

    def unknown_key(self, name: str, path: str, spec: dict[str, S.Key]) -> None:
        if name in ("pin", "admin_pin", "helper_pin", "password"):
            self.error(path, "a PIN must never be written in plain text; run `kiosk hash-pin` "
                             "and put its output in pin_hash")
            return
        near = difflib.get_close_matches(name, list(spec), n=1, cutoff=0.6)
        hint = f" (did you mean '{near[0]}'?)" if near else ""
        self.error(path, f"unknown key{hint}")

    def check_value(self, value: Any, key: S.Key, path: str) -> Any:
        kind = key.kind
        if kind == S.STR:
            if not isinstance(value, str):
                return self.wrong_type(path, kind, value)
            return value
        if kind == S.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                return self.wrong_type(path, kind, value)
            return value
        if kind == S.BOOL:
            if not isinstance(value, bool):
                return self.wrong_type(path, kind, value)
            return value
        if kind == S.STR_LIST:
            if not isinstance(value, list):
                return self.wrong_type(path, kind, value)
            good = []
            for i, item in enumerate(value):
                if isinstance(item, str):
                    good.append(item)
                else:
                    self.error(f"{path}[{i}]", f"expected a string, got {_type_name(item)}",
                               self.lines.line(path))
            return good
        if kind in (S.LANG_TABLE, S.STR_OR_LANG_TABLE):
            if kind == S.STR_OR_LANG_TABLE and isinstance(value, str):
                return value
            if not isinstance(value, dict):
                return self.wrong_type(path, kind, value)
            good = {}
            for lang, text in value.items():
                if not isinstance(text, str):
                    self.error(f"{path}.{lang}", f"expected a string, got {_type_name(text)}")
                elif not text.strip():
                    self.error(f"{path}.{lang}", "text is empty")
                else:
                    good[lang] = text
            return good
        if kind == S.TABLE:
            if not isinstance(value, dict):
                return self.wrong_type(path, kind, value)
            return self.check_table(value, key.children, path)
        if kind == S.TABLE_ARRAY:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                return self.wrong_type(path, kind, value)
            return [self.check_table(v, key.children, f"{path}[{i}]") for i, v in enumerate(value)]
        raise AssertionError(kind)

    def wrong_type(self, path: str, kind: str, value: Any):
        self.error(path, f"expected {_article(kind)} {kind}, got {_type_name(value)}")
        return _BAD


_BAD = object()


def _type_name(value: Any) -> str:
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
    return type(value).__name__


def _article(kind: str) -> str:
    return "an" if kind[0] in "aeiou" else "a"


def _parse_time(text: str) -> int | None:
    m = _TIME.match(text)
    if not m:
        return None
    h, mins = int(m.group(1)), int(m.group(2))
    if h > 23 or mins > 59:
        return None
    return h * 60 + mins


def parse_config(text: str, source: str = "<config>") -> tuple[Config | None, list[ConfigError]]:
    """Parse and validate; return (config, []) or (None, every error)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else 1
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
        return None, [ConfigError(source, line, "(toml)", f"not valid TOML: {msg}")]
    v = _Validator(text, source)
    doc = v.check_table(data, S.SCHEMA, "")
    config = _semantic(v, doc, source)
    if v.errors:
        v.errors.sort(key=lambda e: e.line)
        return None, v.errors
    return config, []


def _semantic(v: _Validator, doc: dict, source: str) -> Config | None:
    """Checks across keys, once every key has its shape."""
    site = doc.get("site") or {}
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
            v.error(f"site.languages[{i}]", f"unknown language code '{lang}' "
                                            f"(available: {', '.join(UI_LANGUAGES)})")
    if "languages" in site and not site["languages"]:
        v.error("site.languages", "at least one language is needed")
    default = site.get("default_language")
    if isinstance(default, str) and languages and default not in languages:
        if default in NATIVE_NAMES or default in UI_LANGUAGES:
            v.error("site.default_language", f"'{default}' is not one of site.languages")
        else:
            v.error("site.default_language", f"unknown language code '{default}'")
    for key in ("id", "terminal_id"):
        value = site.get(key)
        if isinstance(value, str) and not _ID.match(value):
            v.error(f"site.{key}", "use lower-case letters, digits and '-' (at most 63)")
    tz = site.get("time_zone")
    if isinstance(tz, str):
        try:
            zoneinfo.ZoneInfo(tz)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            v.error("site.time_zone", f"unknown time zone '{tz}' (for example Europe/Helsinki)")
    name = site.get("name")
    if isinstance(name, dict):
        _check_lang_table(v, "site.name", name, languages)
        site_name = name
    elif isinstance(name, str):
        site_name = {lang: name for lang in languages}
    else:
        site_name = {}

    session = doc.get("session") or {}
    idle = session.get("idle_timeout_s")
    warning = session.get("warning_s")
    signed_out = session.get("signed_out_s")
    if isinstance(idle, int) and not 30 <= idle <= 3600:
        v.error("session.idle_timeout_s", f"must be between 30 and 3600 seconds, got {idle}")
        idle = None  # compared with nothing else below
    if isinstance(warning, int):
        if warning < 20:
            v.error("session.warning_s", f"must be at least 20 seconds so a person has time to "
                                         f"continue, got {warning}")
        elif isinstance(idle, int) and warning >= idle:
            v.error("session.warning_s", f"must be shorter than session.idle_timeout_s ({idle})")
    if isinstance(signed_out, int) and not 2 <= signed_out <= 30:
        v.error("session.signed_out_s", f"must be between 2 and 30 seconds, got {signed_out}")

    tiles = _tiles(v, doc.get("tiles"), languages)
    ident_hosts = _host_list(v, "identification.hosts", (doc.get("identification") or {}).get("hosts"))
    browser = doc.get("browser") or {}
    extra = _host_list(v, "browser.extra_hosts", browser.get("extra_hosts"))
    blocked = _host_list(v, "browser.blocked_hosts", browser.get("blocked_hosts"))
    video = _host_list(v, "browser.video_hosts", browser.get("video_hosts"))

    admin = doc.get("admin") or {}
    _check_pin_hash(v, "admin.pin_hash", admin.get("pin_hash"))
    helpers = doc.get("helpers") or {}
    if helpers.get("pin_hash") is not None:
        _check_pin_hash(v, "helpers.pin_hash", helpers.get("pin_hash"))
    shifts = _shifts(v, helpers.get("shifts") or [])

    sync = doc.get("sync") or {}
    target = sync.get("target")
    if isinstance(target, str) and target not in S.SYNC_TARGETS:
        v.error("sync.target", f"unknown target '{target}' (one of: {', '.join(S.SYNC_TARGETS)})")
    url = sync.get("url")
    if isinstance(url, str) and url:
        _check_url(v, "sync.url", url)
    if target in ("matomo", "http") and not url:
        v.error("sync.url", f"needed when sync.target is '{target}'", v.lines.line("sync.target"))
    if target == "directory" and not sync.get("directory"):
        v.error("sync.directory", "needed when sync.target is 'directory'", v.lines.line("sync.target"))

    if v.errors:
        return None
    return Config(
        site_id=site["id"], site_name=site_name, terminal_id=site["terminal_id"],
        languages=tuple(languages), default_language=default, time_zone=site["time_zone"],
        idle_timeout_s=session["idle_timeout_s"], warning_s=warning, signed_out_s=signed_out,
        sound_cue=session["sound_cue"], tiles=tuple(tiles),
        identification_hosts=tuple(ident_hosts), extra_hosts=tuple(extra),
        blocked_hosts=tuple(blocked), video_hosts=tuple(video),
        allow_uploads=browser["allow_uploads"], admin_pin_hash=admin["pin_hash"],
        helper_pin_hash=helpers.get("pin_hash"), shifts=tuple(shifts),
        guide_dirs=tuple((doc.get("guides") or {}).get("extra_dirs") or ()),
        sync=dict(sync), source=source, deployment=_deployment(v, doc.get("deployment") or {}),
    )


def _check_lang_table(v: _Validator, path: str, table: dict, languages: list[str]) -> None:
    for lang in languages:
        if lang not in table:
            v.error(path, f"missing text for language '{lang}'")
    for lang in table:
        if lang not in UI_LANGUAGES and lang not in PLANNED_LANGUAGES:
            v.error(f"{path}.{lang}", f"unknown language code '{lang}'")


def _check_url(v: _Validator, path: str, url: str) -> bool:
    """A start or sync address: https (http only for local hosts), a well-formed host.

    The host comes from the same parser the browser policy uses (host_of), so
    the configuration and the browser can never disagree about it.
    """
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)", url)
    if not m or not m.group(2):
        v.error(path, f"not a web address: '{url}'")
        return False
    scheme = m.group(1).lower()
    if scheme not in ("http", "https"):
        v.error(path, f"must use https://, not {scheme}://")
        return False
    if "@" in m.group(2):
        v.error(path, "a web address must not contain a user name ('@')")
        return False
    host = host_of(url)
    if host is None:
        v.error(path, f"malformed host in '{url}'")
        return False
    if scheme == "http" and host not in DEFAULT_LOCAL_HTTP_HOSTS:
        v.error(path, "must use https:// (http is only allowed for 127.0.0.1 and localhost)")
        return False
    return True


def _host_list(v: _Validator, path: str, hosts: list[str] | None) -> list[str]:
    good = []
    for i, host in enumerate(hosts or []):
        try:
            parse_host_rule(host)
        except ValueError as exc:
            v.error(f"{path}[{i}]", f"malformed host '{host}': {exc}", v.lines.line(path))
        else:
            good.append(host)
    return good


def _tiles(v: _Validator, tiles: list[dict] | None, languages: list[str]) -> list[Tile]:
    if tiles is None:
        return []
    if not tiles:
        v.error("tiles", "at least one tile is needed")
    if len(tiles) > MAX_TILES:
        v.error("tiles", f"at most {MAX_TILES} tiles fit on the home screen, got {len(tiles)}")
    seen: dict[str, int] = {}
    out = []
    for i, tile in enumerate(tiles):
        path = f"tiles[{i}]"
        tid = tile.get("id")
        if isinstance(tid, str):
            if not _ID.match(tid):
                v.error(f"{path}.id", "use lower-case letters, digits and '-'")
            elif tid in seen:
                v.error(f"{path}.id", f"duplicate tile id '{tid}' (also tiles[{seen[tid]}])")
            else:
                seen[tid] = i
        label = tile.get("label")
        if isinstance(label, dict):
            _check_lang_table(v, f"{path}.label", label, languages)
        url = tile.get("url")
        if isinstance(url, str):
            _check_url(v, f"{path}.url", url)
        hosts = _host_list(v, f"{path}.hosts", tile.get("hosts"))
        if all(k in tile for k in ("id", "label", "url")):
            out.append(Tile(tid, label, url, tile.get("icon", "generic"), tuple(hosts)))
    return out


def _check_pin_hash(v: _Validator, path: str, value: Any) -> None:
    if not isinstance(value, str):
        return
    if looks_like_plain_pin(value):
        v.error(path, "this looks like a PIN in plain text; run `kiosk hash-pin` and paste its output")
    elif not is_pin_hash(value):
        v.error(path, "not a PIN hash made by `kiosk hash-pin` (expected 'scrypt$n=...$salt$hash')")


def _shifts(v: _Validator, shifts: list[dict]) -> list[Shift]:
    out = []
    for i, shift in enumerate(shifts):
        path = f"helpers.shifts[{i}]"
        day = shift.get("day")
        if isinstance(day, str) and day not in S.DAYS:
            near = difflib.get_close_matches(day.lower(), S.DAYS, n=1, cutoff=0.5)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            v.error(f"{path}.day", f"unknown day '{day}'{hint}; use one of {', '.join(S.DAYS)}")
            day = None
        times = {}
        for key in ("start", "end"):
            text = shift.get(key)
            if isinstance(text, str):
                minutes = _parse_time(text)
                if minutes is None:
                    v.error(f"{path}.{key}", f"not a time of day: '{text}' (use HH:MM, 00:00-23:59)")
                else:
                    times[key] = minutes
        if len(times) == 2 and times["end"] <= times["start"]:
            v.error(f"{path}.end", f"ends at {shift['end']}, not after it starts at {shift['start']}")
        elif len(times) == 2 and day:
            out.append(Shift(day, times["start"], times["end"], shift.get("who", "")))
    return out


def _deployment(v: _Validator, table: dict) -> dict[str, Any]:
    """The [deployment] switches, with defaults; a bad restart time is an error."""
    out = {"hide_pointer": bool(table.get("hide_pointer", False)),
           "virtual_keyboard": bool(table.get("virtual_keyboard", False)),
           "nightly_restart": None}
    text = table.get("nightly_restart", "")
    if isinstance(text, str) and text:
        minutes = _parse_time(text)
        if minutes is None:
            v.error("deployment.nightly_restart", f"not a time of day: '{text}' (use HH:MM, 00:00-23:59)")
        out["nightly_restart"] = minutes
    return out


def load_config(path: str | Path) -> Config:
    """Read and validate a configuration file; raise ConfigInvalid with every error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigInvalid([ConfigError(str(path), 1, "(file)", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigInvalid([ConfigError(str(path), 1, "(file)", f"cannot read: {exc}")]) from None
    config, errors = parse_config(text, str(path))
    if errors:
        raise ConfigInvalid(errors)
    assert config is not None
    return config
