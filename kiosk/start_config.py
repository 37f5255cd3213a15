"""Which configuration the kiosk starts on: the one asked for, or this terminal's last valid one.

A configuration that does not validate, or one that validated but that the
kiosk could not start with, is never the end of the kiosk: it runs on the
last configuration that was valid on this terminal (a copy kept in the data
directory), or shows the calm "being serviced" window when there is none,
and the admin view lists what was wrong. The copy is written only once a
kiosk came up with the configuration (its first frame), so a file that broke
the start never becomes "the last valid one".

A site file with [fleet] config_url starts on the newest good configuration
fetched from that address instead (kiosk.core.fleet.config_store.choose).
A bootstrap file (kiosk/core/config/bootstrap.py: only [fleet]) with nothing
fetched yet, a first boot, starts on the last valid copy if there is one,
else on the calm "being set up" window, which polls at once
(ResolvedConfig.first_boot).

Pure Python with the standard library (no Qt): `kiosk.app.build` and the
command line (Qt's on-screen keyboard is chosen before Qt starts) use it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.config.bootstrap import Bootstrap
from kiosk.core.config.site import (Config, ConfigError, ConfigInvalid, load_config, load_site_file,
                                    read_site_bytes)
from kiosk.core.config.text import shown
from kiosk.core.fleet.settings import FleetSettings
from kiosk.demo import demo_config_path
from kiosk.paths import Paths, write_atomically

if TYPE_CHECKING:
    from kiosk.core.fleet.config_store import FleetStore

log = logging.getLogger("kiosk.app")


@dataclass
class ResolvedConfig:
    """The configuration in use, and what was wrong with the one asked for."""

    config: Config | None
    errors: list[ConfigError] = field(default_factory=list)
    fallback: bool = False
    # The file `config` was loaded from when it is the one asked for: saved as
    # the last valid copy once a kiosk is built with it (keep_last_good).
    loaded_from: Path | None = None
    # The folder relative paths in `config` are read against, when not loaded_from's
    # own (a fetched configuration's are the site file's).
    base_dir: Path | None = None
    loaded_bytes: bytes | None = field(default=None, repr=False)   # loaded_from's bytes as checked
    # [fleet]: the configuration fetched from a URL (kiosk.core.fleet.config_store).
    fleet: FleetSettings = field(default_factory=FleetSettings)   # what the poller uses
    fleet_serial: int | None = None     # serial of the fetched file in use (None: the site file)
    fleet_store: FleetStore | None = None
    # A bootstrap file and no good fetched configuration yet: the "being set up" window polls.
    first_boot: bool = False
    # On a first boot: the bootstrap file (who this terminal is) and the data directory, so the
    # "being set up" window writes the health files too (kiosk.services.deployment.first_boot_health).
    bootstrap: Bootstrap | None = None
    paths: Paths | None = None


def fleet_store(paths: Paths) -> FleetStore:
    """Where the fetched configuration, its signature and state live in the data directory."""
    # start-up time: the store and its signature checks are imported only on a terminal with [fleet].
    from kiosk.core.fleet.config_store import FleetStore

    return FleetStore(paths.data_dir / "fleet")


def load_last_good(paths: Paths, report: bool = True) -> Config | None:
    """The last valid configuration of this terminal, read against its original folder; None if unusable.

    The sync's files are not looked at again (load_config(files=False)): a
    USB stick taken out must not leave the terminal without a configuration.
    """
    copy = paths.last_good_config
    if not copy.exists():
        return None
    origin = copy.with_name(copy.name + ".origin")
    try:
        base: Path | None = Path(origin.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        base = None
        if report:
            log.warning("the folder of the last valid configuration is not known; relative "
                        "paths in it are read from %s", copy.parent)
    try:
        previous = load_config(copy, base_dir=base, files=False)
    except ConfigInvalid as again:
        if report:
            log.error("the saved last valid configuration is unusable too: %s",
                      "; ".join(str(e) for e in again.errors))
        return None
    if report:
        log.warning("using the last valid configuration of this terminal (%s, made in %s)",
                    copy, base or copy.parent)
    return previous


@dataclass(frozen=True)
class SiteRead:
    """A site file read and validated once: either what it holds or every error.

    The command line reads it before Qt starts and resolves it (kiosk/cli.py
    `_config_before_qt`: the on-screen keyboard and Chromium's language come
    from the result, which build() is handed), so the file is parsed once.
    """

    path: Path
    loaded: Config | Bootstrap | None
    errors: list[ConfigError] = field(default_factory=list)
    # The bytes that were checked: kept as the last valid copy (not the file as it is on disk after
    # the first frame, which an edit in progress may have changed).
    raw: bytes | None = field(default=None, repr=False)


def config_source(config: Config | SiteRead | ResolvedConfig | str | Path | None) -> str:
    """The file a configuration given to build() came from, for an error's `file` (never the
    configuration itself: its text holds the PIN hashes). "" for the demo's."""
    if isinstance(config, Config):
        return config.source
    if isinstance(config, SiteRead):
        return str(config.path)
    if isinstance(config, ResolvedConfig):
        return str(config.loaded_from or (config.config.source if config.config is not None else ""))
    return str(config or "")


def read_site_file(path: str | Path) -> SiteRead:
    """load_site_file without raising: the file's contents, or its errors (never an exception)."""
    path = Path(path)
    try:
        raw = read_site_bytes(path)
        return SiteRead(path, load_site_file(path, raw=raw), raw=raw)
    except ConfigInvalid as exc:
        return SiteRead(path, None, exc.errors)
    except Exception as exc:  # load_config raises only ConfigInvalid; the net in case it ever does not
        return SiteRead(path, None, [ConfigError(str(path), 1, "(file)",
                                                 f"could not be read ({type(exc).__name__}: {shown(exc)})")])


def resolve_config(config: Config | SiteRead | ResolvedConfig | str | Path | None, paths: Paths,
                   failed: BaseException | None = None) -> ResolvedConfig:
    """Load the configuration; fall back to the last valid one on this terminal.

    The copy of the last valid file lives in the data directory, but its
    relative paths (a site's guide folders, icon files) belong to the folder
    of the original: that folder is kept beside the copy
    (`last-good-config.toml.origin`) and the copy is read against it.
    `failed`: a first start with the configuration asked for raised this;
    use the last valid one and say why. A `SiteRead` is a file already read;
    a `ResolvedConfig` is returned as it is (the command line's, resolved before Qt).
    """
    if isinstance(config, ResolvedConfig):
        if failed is None:
            return config   # resolved before Qt started (kiosk/cli.py _config_before_qt)
        path = Path(config_source(config))
    elif isinstance(config, SiteRead):
        path = config.path
    else:
        path = Path(config) if isinstance(config, (str, Path)) else demo_config_path()
    if failed is not None:
        error = start_failed_error(config_source(config) or str(path), failed)
        log.error("configuration error: %s", error)
        previous = load_last_good(paths)
        return ResolvedConfig(previous, [error], fallback=previous is not None)
    if isinstance(config, Config):
        return ResolvedConfig(config)
    read = config if isinstance(config, SiteRead) else read_site_file(path)
    loaded, errors = read.loaded, read.errors
    if loaded is not None:
        for warning in loaded.warnings:
            log.warning("configuration: %s", warning)
        if isinstance(loaded, Bootstrap):
            return _bootstrapped(loaded, path, paths)
        log.info("this terminal is '%s' (id from %s); label '%s', help-queue letter %s", loaded.terminal_id,
                 loaded.terminal.id_source, loaded.terminal.label, loaded.terminal.queue_letter)
        if loaded.fleet.enabled:
            return _fetched_or(loaded, path, paths)
        return ResolvedConfig(loaded, loaded_from=path, loaded_bytes=read.raw)
    for error in errors:
        log.error("configuration error: %s", error)
    previous = load_last_good(paths)
    if previous is not None:
        return ResolvedConfig(previous, errors, fallback=True)
    return ResolvedConfig(None, errors)


def _fetched_or(site: Config, path: Path, paths: Paths) -> ResolvedConfig:
    """The newest good configuration fetched from [fleet] config_url, else the site file itself."""
    from kiosk.core.fleet.config_store import choose   # start-up time: see fleet_store()

    store = fleet_store(paths)
    try:
        chosen = choose(store, site.fleet, path.parent)
    except OSError as exc:   # the data directory's fault: the site file serves
        log.error("the fetched configuration cannot be read or recorded: %s; using %s", exc, path)
        return ResolvedConfig(site, loaded_from=path, fleet=site.fleet, fleet_store=store)
    errors = [ConfigError(str(store.file("pending")), 1, "(start)", chosen.given_up)] if chosen.given_up else []
    if chosen.config is None:
        return ResolvedConfig(site, errors, loaded_from=path, fleet=site.fleet, fleet_store=store)
    log.info("using the configuration fetched from %s (serial %s)", site.fleet.shown_url, chosen.serial)
    # The fetched file may carry its own [fleet] (a new key during a rotation); else the site file's holds.
    fleet = chosen.config.fleet if chosen.config.fleet.enabled else site.fleet
    return ResolvedConfig(chosen.config, errors, loaded_from=chosen.path, base_dir=path.parent, fleet=fleet,
                          fleet_serial=chosen.serial, fleet_store=store)


def _bootstrapped(boot: Bootstrap, path: Path, paths: Paths) -> ResolvedConfig:
    """A bootstrap file: the fetched configuration, else the last valid copy, else the first boot."""
    log.info("this terminal is '%s' (id from %s); %s", boot.terminal_id, boot.terminal.id_source, boot.summary())
    from kiosk.core.fleet.config_store import Chosen, choose   # start-up time: see fleet_store()

    store = fleet_store(paths)
    try:
        chosen = choose(store, boot.fleet, path.parent)
    except OSError as exc:   # the data directory's fault: as if nothing were fetched
        log.error("the fetched configuration cannot be read or recorded: %s", exc)
        chosen = Chosen(None, None)
    errors = [ConfigError(str(store.file("pending")), 1, "(start)", chosen.given_up)] if chosen.given_up else []
    if chosen.config is not None:
        own = chosen.config.terminal
        log.info("using the configuration fetched from %s (serial %s); label '%s', help-queue letter %s",
                 boot.fleet.shown_url, chosen.serial, own.label, own.queue_letter)
        fleet = chosen.config.fleet if chosen.config.fleet.enabled else boot.fleet
        fleet = replace(fleet, site_id=boot.site_id)   # the bootstrap's site.id still holds for new files
        return ResolvedConfig(chosen.config, errors, loaded_from=chosen.path, base_dir=path.parent, fleet=fleet,
                              fleet_serial=chosen.serial, fleet_store=store)
    previous = load_last_good(paths)
    if previous is not None:   # good.toml damaged: its copy serves while the poller fetches again
        return ResolvedConfig(previous, errors, fallback=True, base_dir=path.parent, fleet=boot.fleet,
                              fleet_store=store)
    log.warning("no configuration fetched from %s yet: showing the 'being set up' window and asking now",
                boot.fleet.shown_url)
    return ResolvedConfig(None, errors, base_dir=path.parent, fleet=boot.fleet, fleet_store=store, first_boot=True,
                          bootstrap=boot, paths=paths)


def split_errors(resolved: ResolvedConfig) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the site file's errors, the fetched configuration's): a fetched file given up at a start is
    the fetched configuration's fault, and the admin view lists it apart from the site file's."""
    store = resolved.fleet_store
    fetched = tuple(str(e) for e in resolved.errors if store is not None and Path(e.file).parent == store.folder)
    return tuple(str(e) for e in resolved.errors if str(e) not in fetched), fetched


def fleet_lines(poller, fetched: tuple[str, ...]) -> tuple[str, ...]:
    """The admin view's lines about the fetched configuration: the poller's (a refusal, a wait), and
    this start's own that the poller does not say already."""
    lines = poller.lines() if poller is not None else ()
    return lines + tuple(e for e in fetched if not any(e.split(": ", 2)[-1] in line for line in lines))


def start_failed_error(source: str, exc: BaseException) -> ConfigError:
    """The admin view's line for a configuration the kiosk could not start with."""
    return ConfigError(source, 1, "(start)", f"the kiosk could not start with this configuration "
                                             f"({type(exc).__name__}: {shown(exc, 120)}); it runs on the "
                                             "last valid one (the log has the details)")


def keep_last_good(resolved: ResolvedConfig, paths: Paths) -> None:
    """Save the file a kiosk came up with as this terminal's last valid configuration.

    Disk work (a read and a compare; a write with fsync only when the file
    changed): kiosk.app runs it as the first step after the first frame, not
    before it. A fetched configuration tried on this start is confirmed here
    too: the kiosk came up with it.
    """
    path = resolved.loaded_from
    if path is None or resolved.fallback:
        return
    if resolved.fleet_store is not None and resolved.fleet_serial is not None:
        try:
            if resolved.fleet_store.confirm():
                path = resolved.fleet_store.file("good")   # pending.toml was just renamed to good.toml
        except OSError as exc:
            log.error("could not record that the fetched configuration came up: %s", exc)
    copy = paths.last_good_config
    origin = copy.with_name(copy.name + ".origin")
    base = resolved.base_dir or path.absolute().parent
    checked = resolved.loaded_bytes if path == resolved.loaded_from else None   # a fetched file: its store's
    try:
        for target, data in ((origin, str(base.absolute()).encode("utf-8")),
                             (copy, checked if checked is not None else path.read_bytes())):
            if _holds(target, data, 0o600):
                continue   # the usual start: the same file as last time; no fsync before the first frame
            write_atomically(target, data, 0o600)   # no temp file left on a full disk
    except OSError as exc:
        log.warning("could not keep a copy of the valid configuration: %s", exc)


def _holds(target: Path, data: bytes, mode: int) -> bool:
    """Whether `target` already holds exactly `data` with `mode` (a file that cannot be read does not)."""
    try:
        st = target.stat()
        return st.st_mode & 0o777 == mode and st.st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False
