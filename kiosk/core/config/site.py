"""Loading and validating a site's configuration file.

`parse_config` turns TOML text into a typed `Config`, or into the full list of
what is wrong with it: every error at once, each with the file, the line and
the key (`PATH:LINE: key.path: message`), with a "did you mean" for typos. It
never raises for bad input and never touches Qt; on the disk it only reads
(the file, and looks at the files and folders it names: kiosk/core/config/files.py).

No input makes a traceback: every string is held to its bound in the schema
and refused with control characters before anything reads its meaning, and
each section is checked under `Validator.guard`, which turns an exception
that escapes a check into an error on that key (and lets the other sections
be checked), so one run lists every error.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.config import files as F
from kiosk.core.config import refs as R
from kiosk.core.config import sections as C
from kiosk.core.config import upgrade as U
from kiosk.core.config import schema as S
from kiosk.core.config import terminal as T
from kiosk.core.config.bootstrap import Bootstrap, check_bootstrap, is_bootstrap
from kiosk.core.config.sections import DeploymentSettings, Shift, SyncSettings
from kiosk.core.config.shape import CHECKER_FAULT, Validator, fault_words
from kiosk.core.config.terminal import MachineIdentity, TerminalSettings
from kiosk.core.config.text import ConfigError, decode_config, read_toml, shown
from kiosk.core.fleet.settings import FleetSettings, check_fleet
from kiosk.core.help.config import HelpSettings, help_settings
from kiosk.core.session.pin import hash_cost_problem, is_pin_hash, looks_like_plain_pin
from kiosk.core.browser.url_policy import DEFAULT_BLOCKED, host_of

if TYPE_CHECKING:
    from kiosk.core.help.broker_settings import BrokerSettings

MAX_TILES = S.MAX_TILES
MAX_FILE_BYTES = 16 * 1024 * 1024   # a configuration is a few kilobytes


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
    sync: SyncSettings = field(default_factory=SyncSettings)
    deployment: DeploymentSettings = field(default_factory=DeploymentSettings)
    source: str = ""
    help: HelpSettings = field(default_factory=HelpSettings)   # help queue (kiosk/core/help/config.py)
    local_hosts: tuple[str, ...] = ()   # browser.local_hosts: named hosts that may have local addresses
    # helpers.broker: the point's shared queue (kiosk/core/help/broker_settings.py); None = own queue.
    broker: BrokerSettings | None = None
    # What IT should know of a valid file: keys read under a new name (kiosk/core/config/upgrade.py).
    warnings: tuple[ConfigError, ...] = ()
    fleet: FleetSettings = field(default_factory=FleetSettings)   # [fleet]: configuration from a URL
    # This terminal's own settings ([terminals.<id>] merged with the defaults; terminal.id is
    # terminal_id) and every terminal the file names (kiosk/core/config/terminal.py).
    terminal: TerminalSettings = field(default_factory=lambda: TerminalSettings("", ""))
    terminals: tuple[TerminalSettings, ...] = ()

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


def parse_config(text: str, source: str = "<config>", base_dir: str | Path | None = None, *,
                 files: bool = True, machine: MachineIdentity | None = None, bootstrap: bool = False
                 ) -> tuple[Config | Bootstrap | None, list[ConfigError]]:
    """Parse and validate; return (config, []) or (None, every error). Never raises.

    Relative paths in the file (icons, guide folders, sync files) are
    relative to `base_dir`, by default the folder of `source`; the Config
    holds them absolute. `files=False` leaves the sync's token file, CA file
    and folder unlooked at: the saved copy of the last valid configuration is
    read that way, so that a USB stick taken out or a token file's mode
    changed never leaves a terminal without any configuration (the sync
    reports such a fault itself when it runs). `machine`: what this computer
    is (kiosk/core/config/terminal.py); by default read from its identity
    file or host name, whose errors are errors of the configuration.
    `bootstrap`: a terminal's own site file, which may be a bootstrap
    (kiosk/core/config/bootstrap.py: fleet.config_url, no tiles); it is
    returned as a `Bootstrap`. A fetched file never is one.
    """
    base = Path(base_dir) if base_dir is not None else Path(source).parent
    try:
        data, lines, errors = read_toml(text, source)
        if data is None:
            return None, errors
        upgraded = U.upgrade(data, lines, source)
        if upgraded.newer:
            return None, upgraded.errors   # its keys may mean what this kiosk cannot know: only this error
        v = Validator(lines, source, base, files)
        v.errors.extend(errors)
        v.errors.extend(upgraded.errors)
        if machine is None:
            machine, machine_errors = T.read_machine_identity()
            v.errors.extend(machine_errors)
        if bootstrap and is_bootstrap(upgraded.data):
            found = check_bootstrap(v, upgraded.data, source, machine)
            if found is not None and upgraded.warnings and not v.errors:
                found = replace(found, warnings=tuple(upgraded.warnings))
            if v.errors or found is None:
                v.errors.sort(key=lambda e: e.line)
                return None, v.errors or [ConfigError(source, 1, "(file)", f"{CHECKER_FAULT}; please report it")]
            return found, []
        doc = v.check_table(upgraded.data, S.SCHEMA, "")
        config = _semantic(v, doc, source)
        warnings = list(upgraded.warnings)
        if config is not None and machine is not None:
            config, warning = _with_terminal(v, config, doc, machine)
            warnings += [warning] if warning is not None else []
        if config is not None and warnings:
            config = replace(config, warnings=tuple(warnings))
    except Exception as exc:  # the last net: every kind, on purpose (see Validator.guard)
        return None, [ConfigError(source, 1, "(file)", fault_words(exc))]
    if v.errors or config is None:
        v.errors.sort(key=lambda e: e.line)
        return None, v.errors or [ConfigError(source, 1, "(file)", f"{CHECKER_FAULT}; please report it")]
    return config, []


def _semantic(v: Validator, doc: dict, source: str) -> Config | None:
    """Checks across keys, once every key has its shape; each section under its own guard."""
    site = doc.get("site") or {}
    languages: list[str] = []
    site_name: dict[str, str] = {}
    with v.guard("site"):
        languages, site_name = C.site_names(v, site)
    session = doc.get("session") or {}
    with v.guard("session"):
        C.check_session(v, session)

    ident_hosts: list[str] = []
    extra: list[str] = []
    blocked: list[str] = []
    video: list[str] = []
    tiles: list[Tile] = []
    with v.guard("identification.hosts"):
        ident_hosts = R.host_list(v, "identification.hosts", (doc.get("identification") or {}).get("hosts"))
    with v.guard("browser"):
        browser = doc.get("browser") or {}
        extra = R.host_list(v, "browser.extra_hosts", browser.get("extra_hosts"))
        blocked = R.host_list(v, "browser.blocked_hosts", browser.get("blocked_hosts"))
        video = R.host_list(v, "browser.video_hosts", browser.get("video_hosts"))
    with v.guard("tiles"):
        tiles, policy = _tiles(v, doc.get("tiles"), languages, [*ident_hosts, *extra], blocked)
        R.check_not_blocked(v, "identification.hosts", ident_hosts, policy)
        R.check_not_blocked(v, "browser.extra_hosts", extra, policy)
    local: list[str] = []
    with v.guard("browser.local_hosts"):
        local = R.local_host_list(v, "browser.local_hosts", (doc.get("browser") or {}).get("local_hosts"), policy)
    guide_dirs: list[str] = []
    with v.guard("guides.extra_dirs"):
        guide_dirs = R.check_folders(v, "guides.extra_dirs",
                                     list((doc.get("guides") or {}).get("extra_dirs") or ()), v.base)

    admin = doc.get("admin") or {}
    with v.guard("admin.pin_hash"):
        _check_pin_hash(v, "admin.pin_hash", admin.get("pin_hash"))
    helpers = doc.get("helpers") or {}
    shifts: list[Shift] = []
    help_cfg = HelpSettings()
    with v.guard("helpers"):
        if helpers.get("pin_hash") is not None:
            _check_pin_hash(v, "helpers.pin_hash", helpers.get("pin_hash"))
        shifts = C.weekly_shifts(v, helpers.get("shifts") or [])
        help_cfg = help_settings(v, helpers, languages, shift_times=C.shift_times, check_pin_hash=_check_pin_hash,
                                 check_url=_check_web_address, check_lang_table=C.check_lang_table)
    broker = None
    with v.guard("helpers.broker"):
        table = helpers.get("broker") or {}
        # start-up time: the shared queue's checks are imported only when [helpers.broker] names
        # something; with no text in it (absent, or the schema's empty defaults) it would say None too.
        if not isinstance(table, dict) or any(isinstance(value, str) and value for value in table.values()):
            from kiosk.core.help.broker_settings import broker_settings

            broker = broker_settings(v, table)

    sync = dict(doc.get("sync") or {})
    with v.guard("sync"):
        _check_sync(v, sync)
    fleet = FleetSettings()
    with v.guard("fleet"):
        fleet = check_fleet(v, doc.get("fleet") or {})
    # Before giving up on errors elsewhere: one run lists every error.
    deployment = DeploymentSettings()
    with v.guard("deployment"):
        deployment = C.deployment(v, doc.get("deployment") or {})

    terminals: dict[str, TerminalSettings] = {}
    with v.guard("terminals"):
        terminals = T.check_terminals(v, doc.get("terminals") or {})

    if v.errors:
        return None
    browser = doc["browser"]
    return Config(
        site_id=site["id"], site_name=site_name, terminal_id=site["terminal_id"],   # see _with_terminal
        languages=tuple(languages), default_language=site["default_language"], time_zone=site["time_zone"],
        idle_timeout_s=session["idle_timeout_s"], warning_s=session["warning_s"],
        signed_out_s=session["signed_out_s"], sound_cue=session["sound_cue"], tiles=tuple(tiles),
        identification_hosts=tuple(ident_hosts), extra_hosts=tuple(extra),
        blocked_hosts=tuple(blocked), video_hosts=tuple(video),
        allow_uploads=browser["allow_uploads"], admin_pin_hash=admin["pin_hash"],
        helper_pin_hash=helpers.get("pin_hash"), shifts=tuple(shifts),
        guide_dirs=tuple(guide_dirs),
        sync=SyncSettings.of(sync), source=source, help=help_cfg, deployment=deployment, local_hosts=tuple(local),
        broker=broker,
        fleet=fleet,
        terminals=tuple(terminals[t] for t in sorted(terminals)),
    )


def _with_terminal(v: Validator, config: Config, doc: dict, machine: MachineIdentity
                   ) -> tuple[Config | None, ConfigError | None]:
    """`config` for this terminal: its id by the precedence of kiosk/core/config/terminal.py, its
    [terminals.<id>] part; and a warning when the machine's id overrides site.terminal_id."""
    terminals = {t.id: t for t in config.terminals}
    tid, where, overridden = T.choose_id(config.terminal_id, machine, config.source)
    own = T.this_terminal(terminals, tid, where, machine.label)
    warning = ConfigError(config.source, v.lines.line("site.terminal_id"), "site.terminal_id",
                          overridden) if overridden else None
    return replace(config, terminal_id=tid, terminal=own), warning


# -- [sync] (usage log, issue 11) --------------------------------------------------------

def _check_sync(v: Validator, sync: dict) -> None:
    """The usage-log sync keys, checked across each other."""
    target = sync.get("target")
    if isinstance(target, str) and target not in S.SYNC_TARGETS:
        hint = " (the HTTP target is called 'jsonl')" if target == "http" else ""
        v.error("sync.target", f"unknown target '{shown(target)}'{hint} (one of: {', '.join(S.SYNC_TARGETS)})")
    url = sync.get("url")
    if isinstance(url, str) and url:
        R.check_sync_url(v, "sync.url", url)
    _check_sync_files(v, sync)
    if target in ("matomo", "jsonl") and not url:
        v.error("sync.url", f"needed when sync.target is '{target}'", v.lines.line("sync.target"))
    if target == "matomo" and isinstance(sync.get("site_id"), int) and sync["site_id"] < 1:
        v.error("sync.site_id", "needed when sync.target is 'matomo' (the site id Matomo shows, 1 or more)",
                v.lines.line("sync.target"))
    if target == "directory" and not sync.get("directory"):
        v.error("sync.directory", "needed when sync.target is 'directory'", v.lines.line("sync.target"))


def _check_sync_files(v: Validator, sync: dict) -> None:
    """The files and folder [sync] names, made absolute (relative to the configuration's folder).

    Each is checked whatever the target (a file named is meant to be used):
    the token file private to its owner, the CA file certificates TLS can
    load, the folder existing (the kiosk never creates it). A value the
    checks refuse stays as written: the Config is not made anyway.
    """
    checks = {"token_file": lambda key, text: F.check_file(v, key, text, secret=True),
              "ca_file": lambda key, text: F.check_ca_file(v, key, text),
              "directory": lambda key, text: F.check_folder(
                  v, key, text, hint="the kiosk never creates it: create it, or mount the share or stick")}
    for name, check in checks.items():
        text = sync.get(name)
        if not isinstance(text, str) or not text:
            continue
        key = f"sync.{name}"
        with v.guard(key):
            if not v.files:
                path, problem = F.resolve(text, v.base)
                if path is None:
                    v.error(key, problem or "not a usable path")
                else:
                    sync[name] = str(path)
                continue
            found = check(key, text)
            if found is not None:
                sync[name] = found


def _tiles(v: Validator, tiles: list[dict] | None, languages: list[str],
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
            if not C.ID.fullmatch(tid):
                v.error(f"{path}.id", "use lower-case letters, digits and '-'")
            elif tid in seen:
                v.error(f"{path}.id", f"duplicate tile id '{tid}' (also tiles[{seen[tid]}])")
            else:
                seen[tid] = i
        label = tile.get("label")
        if isinstance(label, dict):
            C.check_lang_table(v, f"{path}.label", label, languages)
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


def _check_web_address(v: Validator, path: str, url: str) -> bool:
    """A web address shown to residents (a QR code): well formed, https."""
    problem = R.url_shape_problem(url)
    if problem is not None:
        v.error(path, problem)
        return False
    return True


def _check_pin_hash(v: Validator, path: str, value: Any) -> None:
    if not isinstance(value, str):
        return
    if looks_like_plain_pin(value):
        v.error(path, "this looks like a PIN in plain text; run `kiosk hash-pin` and paste its output")
    elif not is_pin_hash(value):
        v.error(path, "not a PIN hash made by `kiosk hash-pin` (expected 'scrypt$n=...$salt$hash')")
    elif (problem := hash_cost_problem(value)) is not None:
        v.error(path, problem)


def load_config(path: str | Path, base_dir: str | Path | None = None, *, files: bool = True) -> Config:
    """Read and validate a whole configuration file (see load_site_file); raise ConfigInvalid."""
    config = load_site_file(path, base_dir, files=files, bootstrap=False)
    assert isinstance(config, Config)
    return config


def load_site_file(path: str | Path, base_dir: str | Path | None = None, *, files: bool = True,
                   bootstrap: bool = True) -> Config | Bootstrap:
    """Read and validate a configuration file; raise ConfigInvalid with every error, and nothing else.

    `base_dir` is the folder relative paths in the file are relative to (by
    default the file's own folder; the saved last valid copy passes its
    original's folder). `files`: see parse_config.
    """
    path = Path(path)
    source = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ConfigInvalid([ConfigError(source, 1, "(file)", "file not found")]) from None
    except OSError as exc:
        raise ConfigInvalid([ConfigError(source, 1, "(file)", f"cannot read: {exc.strerror or exc}")]) from None
    except ValueError as exc:  # a NUL in the name
        raise ConfigInvalid([ConfigError(shown(source), 1, "(file)", f"cannot read: {shown(exc)}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigInvalid([ConfigError(source, 1, "(file)", f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; "
                                                              "a configuration is a few kilobytes")])
    try:
        text, error = decode_config(raw, source)
    except Exception as exc:  # the last net, as in parse_config
        raise ConfigInvalid([ConfigError(source, 1, "(file)", fault_words(exc))]) from None
    if error is not None:
        raise ConfigInvalid([error])
    config, errors = parse_config(text, source, base_dir if base_dir is not None else path.parent, files=files,
                                  bootstrap=bootstrap)
    if errors:
        raise ConfigInvalid(errors)
    assert config is not None
    return config
