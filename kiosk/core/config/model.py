"""The typed site configuration: `Config` and its `Tile`s, as the code reads them.

Made only by `kiosk.core.config.site_checks.check_site` from a file whose
every key has been checked (`kiosk.core.config.site.parse_config`); imported
by most of the kiosk under its old name, `kiosk.core.config.site.Config`.
Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.core.browser.url_policy import DEFAULT_BLOCKED, host_of
from kiosk.core.config import refs as R
from kiosk.core.config.sections import DeploymentSettings, Shift, SyncSettings
from kiosk.core.config.terminal import TerminalSettings
from kiosk.core.config.text import ConfigError
from kiosk.core.fleet.settings import FleetSettings
from kiosk.core.help.config import HelpSettings

if TYPE_CHECKING:   # start-up time: the broker's module only for a site that has one
    from kiosk.core.help.broker_settings import BrokerSettings


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
