"""The checks across keys of a whole site file, once every key has its shape; they make the `Config`.

`check_site` walks the file by topic (the site and its session, the hosts and
tiles, the people: admin and helpers, and how the terminal runs: sync, fleet,
deployment, terminals), each section under its own `Validator.guard`, so one
run lists every error and an exception nobody foresaw is one line on its
section. [sync] is `kiosk.core.config.sync_checks`'s. Pure Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.core.browser.url_policy import host_of
from kiosk.core.config import refs as R
from kiosk.core.config import schema as S
from kiosk.core.config import sections as C
from kiosk.core.config import terminal as T
from kiosk.core.config.model import Config, Tile
from kiosk.core.config.sections import DeploymentSettings, Shift, SyncSettings
from kiosk.core.config.shape import Validator
from kiosk.core.config.sync_checks import check_sync
from kiosk.core.config.terminal import TerminalSettings
from kiosk.core.fleet.settings import FleetSettings, check_fleet
from kiosk.core.help.config import HelpSettings, help_settings
from kiosk.core.session.pin import hash_cost_problem, is_pin_hash, looks_like_plain_pin

if TYPE_CHECKING:   # start-up time: imported only for a site with a broker (check_site)
    from kiosk.core.help.broker_settings import BrokerSettings

MAX_TILES = S.MAX_TILES


class _Hosts(NamedTuple):
    ident: list[str]
    extra: list[str]
    blocked: list[str]
    video: list[str]
    tiles: list[Tile]
    local: list[str]
    guide_dirs: list[str]


class _People(NamedTuple):
    shifts: list[Shift]
    help: HelpSettings
    broker: BrokerSettings | None


class _Running(NamedTuple):
    fleet: FleetSettings
    deployment: DeploymentSettings
    terminals: dict[str, TerminalSettings]


def check_site(v: Validator, doc: dict, source: str) -> Config | None:
    """The `Config` of a shaped file `doc`, or None when an error was found (all of them in `v`)."""
    site = doc.get("site") or {}
    session = doc.get("session") or {}
    languages, site_name = _site_and_session(v, site, session)
    hosts = _hosts_and_tiles(v, doc, languages)
    admin = doc.get("admin") or {}
    helpers = doc.get("helpers") or {}
    people = _people(v, admin, helpers, languages)
    sync = dict(doc.get("sync") or {})
    running = _running(v, doc, sync)
    if v.errors:
        return None
    browser = doc["browser"]
    return Config(
        site_id=site["id"], site_name=site_name, terminal_id=site["terminal_id"],   # see site._with_terminal
        languages=tuple(languages), default_language=site["default_language"], time_zone=site["time_zone"],
        idle_timeout_s=session["idle_timeout_s"], warning_s=session["warning_s"],
        signed_out_s=session["signed_out_s"], sound_cue=session["sound_cue"], tiles=tuple(hosts.tiles),
        identification_hosts=tuple(hosts.ident), extra_hosts=tuple(hosts.extra),
        blocked_hosts=tuple(hosts.blocked), video_hosts=tuple(hosts.video),
        allow_uploads=browser["allow_uploads"], admin_pin_hash=admin["pin_hash"],
        helper_pin_hash=helpers.get("pin_hash"), shifts=tuple(people.shifts),
        guide_dirs=tuple(hosts.guide_dirs),
        sync=SyncSettings.of(sync), source=source, help=people.help, deployment=running.deployment,
        local_hosts=tuple(hosts.local),
        broker=people.broker,
        fleet=running.fleet,
        terminals=tuple(running.terminals[t] for t in sorted(running.terminals)),
    )


def _site_and_session(v: Validator, site: dict, session: dict) -> tuple[list[str], dict[str, str]]:
    """[site]'s languages and names, and [session]'s timings."""
    languages: list[str] = []
    site_name: dict[str, str] = {}
    with v.guard("site"):
        languages, site_name = C.site_names(v, site)
    with v.guard("session"):
        C.check_session(v, session)
    return languages, site_name


def _hosts_and_tiles(v: Validator, doc: dict, languages: list[str]) -> _Hosts:
    """The host lists, the tiles judged by the browser policy they make, the local hosts, the guide folders."""
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
        # `policy` unbound (the tiles' checks failed) is an error on this key, as any fault here.
        local = R.local_host_list(v, "browser.local_hosts", (doc.get("browser") or {}).get("local_hosts"), policy)
    guide_dirs: list[str] = []
    with v.guard("guides.extra_dirs"):
        guide_dirs = R.check_folders(v, "guides.extra_dirs",
                                     list((doc.get("guides") or {}).get("extra_dirs") or ()), v.base)
    return _Hosts(ident_hosts, extra, blocked, video, tiles, local, guide_dirs)


def _people(v: Validator, admin: dict, helpers: dict, languages: list[str]) -> _People:
    """[admin]'s PIN, and [helpers]: PIN, weekly shifts, the help queue, the shared queue's broker."""
    with v.guard("admin.pin_hash"):
        _check_pin_hash(v, "admin.pin_hash", admin.get("pin_hash"))
    shifts: list[Shift] = []
    help_cfg = HelpSettings()
    with v.guard("helpers"):
        if helpers.get("pin_hash") is not None:
            _check_pin_hash(v, "helpers.pin_hash", helpers.get("pin_hash"))
        shifts = C.weekly_shifts(v, helpers.get("shifts") or [])
        help_cfg = help_settings(v, helpers, languages, shift_times=C.shift_times, check_pin_hash=_check_pin_hash,
                                 check_url=_check_web_address, check_lang_table=C.check_lang_table)
    broker: BrokerSettings | None = None
    with v.guard("helpers.broker"):
        table = helpers.get("broker") or {}
        # start-up time: the shared queue's checks are imported only when [helpers.broker] names
        # something; with no text in it (absent, or the schema's empty defaults) it would say None too.
        if not isinstance(table, dict) or any(isinstance(value, str) and value for value in table.values()):
            from kiosk.core.help.broker_settings import broker_settings

            broker = broker_settings(v, table)
    return _People(shifts, help_cfg, broker)


def _running(v: Validator, doc: dict, sync: dict) -> _Running:
    """How the terminal runs: [sync] (made absolute in `sync`), [fleet], [deployment], [terminals]."""
    with v.guard("sync"):
        check_sync(v, sync)
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
    return _Running(fleet, deployment, terminals)


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
