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

from dataclasses import replace
from pathlib import Path

from kiosk.core.config import schema as S
from kiosk.core.config import terminal as T
from kiosk.core.config import upgrade as U
from kiosk.core.config.bootstrap import Bootstrap, check_bootstrap, is_bootstrap
from kiosk.core.config.model import Config, Tile
from kiosk.core.config.shape import CHECKER_FAULT, Validator, fault_words
from kiosk.core.config.site_checks import check_site
from kiosk.core.config.terminal import MachineIdentity
from kiosk.core.config.text import ConfigError, decode_config, read_toml, shown

# Config and Tile live in model.py; most of the kiosk imports them from here.
__all__ = ["Config", "ConfigError", "ConfigInvalid", "MAX_FILE_BYTES", "MAX_TILES", "Tile", "load_config",
           "load_site_file", "parse_config"]

MAX_TILES = S.MAX_TILES
MAX_FILE_BYTES = 16 * 1024 * 1024   # a configuration is a few kilobytes


class ConfigInvalid(Exception):
    """Raised by load_config; carries every error found."""

    def __init__(self, errors: list[ConfigError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


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
        config = check_site(v, doc, source)
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


def load_config(path: str | Path, base_dir: str | Path | None = None, *, files: bool = True,
                raw: bytes | None = None) -> Config:
    """Read and validate a whole configuration file (see load_site_file); raise ConfigInvalid."""
    config = load_site_file(path, base_dir, files=files, bootstrap=False, raw=raw)
    assert isinstance(config, Config)
    return config


def read_site_bytes(path: Path) -> bytes:
    """The bytes of a configuration file (at most MAX_FILE_BYTES); ConfigInvalid saying why not."""
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
    return raw


def load_site_file(path: str | Path, base_dir: str | Path | None = None, *, files: bool = True,
                   bootstrap: bool = True, raw: bytes | None = None) -> Config | Bootstrap:
    """Read and validate a configuration file; raise ConfigInvalid with every error, and nothing else.

    `base_dir` is the folder relative paths in the file are relative to (by
    default the file's own folder; the saved last valid copy passes its
    original's folder). `files`: see parse_config. `raw`: the file's bytes,
    already read (read_site_bytes), so that what is kept is what was checked.
    """
    path = Path(path)
    source = str(path)
    raw = read_site_bytes(path) if raw is None else raw
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
