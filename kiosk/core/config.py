"""Loading and validating a site's configuration file.

`parse_config` turns TOML text into a typed `Config`, or into the full list of
what is wrong with it: every error at once, each with the file, the line and
the key (`PATH:LINE: key.path: message`), with a "did you mean" for typos. It
never raises for bad input and never touches Qt or the disk beyond reading.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core import config_refs as R
from kiosk.core import schema as S
from kiosk.core.help_config import HelpSettings, help_settings
from kiosk.core.languages import NATIVE_NAMES, PLANNED_LANGUAGES, UI_LANGUAGES
from kiosk.core.pin import hash_cost_problem, is_pin_hash, looks_like_plain_pin
from kiosk.core.config_text import ConfigError, decode_config, read_toml
from kiosk.core.tomlpos import KeyLines
from kiosk.core.url_policy import DEFAULT_BLOCKED, host_of

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
MAX_TILES = 12


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
    help: HelpSettings = field(default_factory=HelpSettings)   # help queue (kiosk/core/help_config.py)
    local_hosts: tuple[str, ...] = ()   # browser.local_hosts: named hosts that may have local addresses

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

    def browser_policy(self) -> R.Policy:
        """The browser's address policy for this site: the one `check-config` judged the tiles by."""
        return R.browser_policy(self.allowed_host_rules(), self.all_blocked_hosts(), self.local_hosts)


class _Validator:
    """Walks the parsed document once, collecting errors with their lines."""

    def __init__(self, lines: KeyLines, source: str, base: Path) -> None:
        self.source = source
        self.lines = lines
        self.base = base  # folder that relative paths are relative to
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
        import difflib  # only when needed: its import is start-up time
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
                    self.error(f"{path}[{i}]", f"expected a string, got {_type_name(item)}")
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


def parse_config(text: str, source: str = "<config>",
                 base_dir: str | Path | None = None) -> tuple[Config | None, list[ConfigError]]:
    """Parse and validate; return (config, []) or (None, every error).

    Relative paths in the file (icons, guide folders, sync files) are
    relative to `base_dir`, by default the folder of `source`; the Config
    holds them absolute.
    """
    base = Path(base_dir) if base_dir is not None else Path(source).parent
    data, lines, errors = read_toml(text, source)
    if data is None:
        return None, errors
    v = _Validator(lines, source, base)
    v.errors.extend(errors)
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

    ident_hosts = R.host_list(v, "identification.hosts", (doc.get("identification") or {}).get("hosts"))
    browser = doc.get("browser") or {}
    extra = R.host_list(v, "browser.extra_hosts", browser.get("extra_hosts"))
    blocked = R.host_list(v, "browser.blocked_hosts", browser.get("blocked_hosts"))
    video = R.host_list(v, "browser.video_hosts", browser.get("video_hosts"))
    tiles, policy = _tiles(v, doc.get("tiles"), languages, [*ident_hosts, *extra], blocked)
    R.check_not_blocked(v, "identification.hosts", ident_hosts, policy)
    R.check_not_blocked(v, "browser.extra_hosts", extra, policy)
    local = R.local_host_list(v, "browser.local_hosts", browser.get("local_hosts"), policy)
    guide_dirs = R.check_folders(v, "guides.extra_dirs", list((doc.get("guides") or {}).get("extra_dirs") or ()),
                                 v.base)

    admin = doc.get("admin") or {}
    _check_pin_hash(v, "admin.pin_hash", admin.get("pin_hash"))
    helpers = doc.get("helpers") or {}
    if helpers.get("pin_hash") is not None:
        _check_pin_hash(v, "helpers.pin_hash", helpers.get("pin_hash"))
    shifts = _shifts(v, helpers.get("shifts") or [])
    help_cfg = help_settings(v, helpers, languages, shift_times=_shift_times, check_pin_hash=_check_pin_hash,
                             check_url=_check_web_address, check_lang_table=_check_lang_table)

    sync = dict(doc.get("sync") or {})
    _check_sync(v, sync)

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
        guide_dirs=tuple(guide_dirs),
        sync=sync, source=source, help=help_cfg, local_hosts=tuple(local),
        deployment=_deployment(v, doc.get("deployment") or {}),
    )


# -- [sync] (usage log, issue 11) --------------------------------------------------------

def _check_sync(v: _Validator, sync: dict) -> None:
    """The usage-log sync keys, checked across each other."""
    target = sync.get("target")
    if isinstance(target, str) and target not in S.SYNC_TARGETS:
        hint = " (the HTTP target is called 'jsonl')" if target == "http" else ""
        v.error("sync.target", f"unknown target '{target}'{hint} (one of: {', '.join(S.SYNC_TARGETS)})")
    url = sync.get("url")
    if isinstance(url, str) and url:
        R.check_sync_url(v, "sync.url", url)
    for key in ("token_file", "ca_file", "directory"):
        # Relative to the configuration's folder, like every path in it.
        if isinstance(sync.get(key), str) and sync[key]:
            sync[key] = str(R.resolve_path(sync[key], v.base))
    if target in ("matomo", "jsonl") and not url:
        v.error("sync.url", f"needed when sync.target is '{target}'", v.lines.line("sync.target"))
    if target == "matomo" and isinstance(sync.get("site_id"), int) and sync["site_id"] < 1:
        v.error("sync.site_id", "needed when sync.target is 'matomo' (the site id Matomo shows, 1 or more)",
                v.lines.line("sync.target"))
    if target == "directory" and not sync.get("directory"):
        v.error("sync.directory", "needed when sync.target is 'directory'", v.lines.line("sync.target"))
    interval = sync.get("interval_s")
    if isinstance(interval, int) and not 10 <= interval <= 86400:
        v.error("sync.interval_s", f"must be between 10 and 86400 seconds, got {interval}")
    batch = sync.get("batch_size")
    if isinstance(batch, int) and not 1 <= batch <= 5000:
        v.error("sync.batch_size", f"must be between 1 and 5000, got {batch}")


def _check_lang_table(v: _Validator, path: str, table: dict, languages: list[str]) -> None:
    for lang in languages:
        if lang not in table:
            v.error(path, f"missing text for language '{lang}'")
    for lang in table:
        if lang not in UI_LANGUAGES and lang not in PLANNED_LANGUAGES:
            v.error(f"{path}.{lang}", f"unknown language code '{lang}'")


def _tiles(v: _Validator, tiles: list[dict] | None, languages: list[str],
           other_hosts: list[str], blocked: list[str]) -> tuple[list[Tile], R.Policy]:
    """The tiles, and the browser policy they and `other_hosts` make with `blocked`."""
    if tiles is None:  # missing: already reported as a missing required key
        tiles = []
    elif not tiles:
        v.error("tiles", "at least one tile is needed")
    if len(tiles) > MAX_TILES:
        v.error("tiles", f"at most {MAX_TILES} tiles fit on the home screen, got {len(tiles)}")
    seen: dict[str, int] = {}
    tile_hosts: list[list[str]] = []
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
        tile_hosts.append(R.host_list(v, f"{path}.hosts", tile.get("hosts")))
    # The policy the kiosk's browser will have (kiosk/app.py builds it from
    # the same rules), so a tile is judged exactly as the browser will judge it.
    allowed = [h for t in tiles if isinstance(t.get("url"), str) and (h := host_of(t["url"]))]
    policy = R.browser_policy([*allowed, *(h for hs in tile_hosts for h in hs), *other_hosts], blocked)
    out = []
    for i, tile in enumerate(tiles):
        path = f"tiles[{i}]"
        url = tile.get("url")
        if isinstance(url, str):
            R.check_tile_url(v, f"{path}.url", url, policy)
        R.check_not_blocked(v, f"{path}.hosts", tile_hosts[i], policy)
        icon = R.check_icon(v, f"{path}.icon", tile.get("icon", "generic"), v.base)
        if all(k in tile for k in ("id", "label", "url")):
            out.append(Tile(tile["id"], tile["label"], url, icon, tuple(tile_hosts[i])))
    return out, policy


def _check_web_address(v: _Validator, path: str, url: str) -> bool:
    """A web address shown to residents (a QR code): well formed, https."""
    problem = R.url_shape_problem(url)
    if problem is not None:
        v.error(path, problem)
        return False
    return True


def _check_pin_hash(v: _Validator, path: str, value: Any) -> None:
    if not isinstance(value, str):
        return
    if looks_like_plain_pin(value):
        v.error(path, "this looks like a PIN in plain text; run `kiosk hash-pin` and paste its output")
    elif not is_pin_hash(value):
        v.error(path, "not a PIN hash made by `kiosk hash-pin` (expected 'scrypt$n=...$salt$hash')")
    elif (problem := hash_cost_problem(value)) is not None:
        v.error(path, problem)


def _shifts(v: _Validator, shifts: list[dict]) -> list[Shift]:
    out = []
    for i, shift in enumerate(shifts):
        path = f"helpers.shifts[{i}]"
        day = shift.get("day")
        if isinstance(day, str) and day not in S.DAYS:
            import difflib  # only when needed: its import is start-up time
            near = difflib.get_close_matches(day.lower(), S.DAYS, n=1, cutoff=0.5)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            v.error(f"{path}.day", f"unknown day '{day}'{hint}; use one of {', '.join(S.DAYS)}")
            day = None
        times = _shift_times(v, path, shift)
        if times is not None and day:
            out.append(Shift(day, times[0], times[1], shift.get("who", "")))
    return out


def _shift_times(v: _Validator, path: str, entry: dict) -> tuple[int, int] | None:
    """(start, end) in minutes of a shift's HH:MM times, end after start; else None and errors."""
    times = {}
    for key in ("start", "end"):
        text = entry.get(key)
        if isinstance(text, str):
            minutes = _parse_time(text)
            if minutes is None:
                v.error(f"{path}.{key}", f"not a time of day: '{text}' (use HH:MM, 00:00-23:59)")
            else:
                times[key] = minutes
    if len(times) < 2:
        return None
    if times["end"] <= times["start"]:
        v.error(f"{path}.end", f"ends at {entry['end']}, not after it starts at {entry['start']}")
        return None
    return times["start"], times["end"]


def _deployment(v: _Validator, table: dict) -> dict[str, Any]:
    """The [deployment] switches, with defaults; a bad restart time is an error."""
    out = {"hide_pointer": bool(table.get("hide_pointer", False)),
           "virtual_keyboard": bool(table.get("virtual_keyboard", False)),
           "read_aloud": bool(table.get("read_aloud", True)),
           "nightly_restart": None}
    text = table.get("nightly_restart", "")
    if isinstance(text, str) and text:
        minutes = _parse_time(text)
        if minutes is None:
            v.error("deployment.nightly_restart", f"not a time of day: '{text}' (use HH:MM, 00:00-23:59)")
        out["nightly_restart"] = minutes
    return out


def load_config(path: str | Path, base_dir: str | Path | None = None) -> Config:
    """Read and validate a configuration file; raise ConfigInvalid with every error.

    `base_dir` is the folder relative paths in the file are relative to (by
    default the file's own folder; the saved last valid copy passes its
    original's folder).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigInvalid([ConfigError(str(path), 1, "(file)", "file not found")]) from None
    except OSError as exc:
        raise ConfigInvalid([ConfigError(str(path), 1, "(file)", f"cannot read: {exc.strerror or exc}")]) from None
    text, error = decode_config(raw, str(path))
    if error is not None:
        raise ConfigInvalid([error])
    config, errors = parse_config(text, str(path), base_dir if base_dir is not None else path.parent)
    if errors:
        raise ConfigInvalid(errors)
    assert config is not None
    return config
