"""A bootstrap site file: only where this terminal's configuration comes from ([fleet]).

Thirty terminals fed from one URL need no full file each: the terminal's own
file may hold only `format`, `[site] id` (optional) and `[fleet]`
(config_url, public_keys, ca_file, interval_s). Such a file is a *bootstrap*:
a file with `fleet.config_url` set and no `[[tiles]]`. When it names
`site.id`, a fetched file of another site is refused. The keys a full file
needs (the site's name, languages, tiles, the admin PIN) come from the fetched
file; a bootstrap that carries other keys is refused with an error on each,
so that nobody edits a key the kiosk never reads.

Until a good fetched file is stored (a first boot) the kiosk shows its calm
"being set up" screen and polls at once (kiosk/app.py, kiosk/services/fleet_config.py).
The fetched file is read with this computer's identity
(kiosk/core/config/terminal.py), so one served file gives each terminal its
own [terminals.<id>] part. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kiosk.core.config import schema as S
from kiosk.core.config import terminal as T
from kiosk.core.config.sections import ID
from kiosk.core.config.shape import Validator
from kiosk.core.config.terminal import MachineIdentity, TerminalSettings
from kiosk.core.config.text import ConfigError, shown
from kiosk.core.fleet.settings import FleetSettings, check_fleet

# What a bootstrap file may hold: the top-level keys, and [site]'s.
TOP_KEYS = ("format", "site", "fleet")
SITE_KEYS = ("id",)
_SPEC = {
    "format": S.SCHEMA["format"],
    "site": S.Key(S.TABLE, "Who this terminal is.", children={
        "id": S.Key(S.STR, S.SCHEMA["site"].children["id"].doc, default="")}),
    "fleet": S.SCHEMA["fleet"],
}
_HOLDS = "a bootstrap file (fleet.config_url set, no [[tiles]]) holds only format, [site] id and [fleet]"


@dataclass(frozen=True)
class Bootstrap:
    """A valid bootstrap file: where to fetch the configuration, and which terminal this is."""

    fleet: FleetSettings
    source: str
    site_id: str = ""
    terminal: TerminalSettings = field(default_factory=lambda: TerminalSettings("", ""))
    warnings: tuple[ConfigError, ...] = ()

    @property
    def terminal_id(self) -> str:
        return self.terminal.id

    def summary(self) -> str:
        """check-config's line: where the configuration comes from."""
        return f"bootstrap: the configuration comes from {self.fleet.shown_url}"


def is_bootstrap(data: dict) -> bool:
    """A file with fleet.config_url set and no [[tiles]]: the rest comes from the fetched file."""
    fleet = data.get("fleet")
    return isinstance(fleet, dict) and bool(fleet.get("config_url")) and "tiles" not in data


def check_bootstrap(v: Validator, data: dict, source: str, machine: MachineIdentity | None) -> Bootstrap | None:
    """Every key of a bootstrap file checked; None when `v` has errors."""
    kept = dict(data)
    for name in data:
        if name not in TOP_KEYS and name in S.SCHEMA:
            v.error(name, f"not read here: {_HOLDS}; this belongs in the fetched file", v.lines.line(name))
            kept.pop(name)
    site = kept.get("site")
    if isinstance(site, dict):
        for name in site:
            if name not in SITE_KEYS and name in S.SCHEMA["site"].children:
                v.error(f"site.{name}", f"not read here: {_HOLDS}; this belongs in the fetched file",
                        v.lines.line(f"site.{name}"))
        kept["site"] = {k: val for k, val in site.items() if k not in S.SCHEMA["site"].children
                        or k in SITE_KEYS}
    doc = v.check_table(kept, _SPEC, "")
    site_id = (doc.get("site") or {}).get("id", "")
    if site_id and not ID.fullmatch(site_id):
        v.error("site.id", f"'{shown(site_id)}' is not an id: use lower-case letters, digits and '-'")
    fleet = FleetSettings()
    with v.guard("fleet"):
        fleet = replace(check_fleet(v, doc.get("fleet") or {}), site_id=site_id)
    if v.errors:
        return None
    terminal = TerminalSettings("", "")
    if machine is not None:
        tid, where, _ = T.choose_id("", machine, source)
        terminal = T.this_terminal({}, tid, where, machine.label)
    return Bootstrap(fleet, source, site_id, terminal)
