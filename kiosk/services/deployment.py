"""The deployment's part of the start: health files and the nightly restart (docs/deploy.md).

`install_deployment(DeploymentParts(...))` is a step of its own, run just
after the first frame; the kiosk serves residents without it if it fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.core.config.site import Config
from kiosk.services.session import SessionService
from kiosk.services.storage_worker import StorageWorker


@dataclass(frozen=True)
class DeploymentParts:
    """What the health files report and what the nightly restart asks before it restarts."""

    config: Config
    config_fallback: bool
    status_file: Path
    metrics_file: Path
    session: SessionService
    storage: StorageWorker | None
    # ("ok" | "unavailable" | "volatile" | "none", reason), from the worker's state if given
    storage_state: Callable[[tuple[str, str] | None], tuple[str, str]]
    usage: object | None                 # kiosk.services.usage_log.UsageLog, if it started
    busy: Callable[[float], str]         # why the kiosk is needed now ("" when nobody needs it)
    restart_app: Callable[[], None] | None
    wall_clock: Callable[..., datetime]
    owner: QObject                       # the health files and the nightly timer live as long as it


def install_deployment(parts: DeploymentParts) -> tuple[object, object | None]:
    """Start the health files (and the nightly restart, if configured); returns both."""
    import kiosk as kiosk_package
    from kiosk.core.health import Health
    from kiosk.services.health_files import HealthFiles
    from kiosk.services.nightly import QUIET_S, NightlyRestart
    from kiosk.services.usage_log import watch_health

    cfg = parts.config

    def storage_fields(state: tuple[str, str] | None = None) -> dict[str, str]:
        return dict(zip(("storage", "storage_reason"), parts.storage_state(state)))

    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ")
    health = HealthFiles(parts.status_file, parts.metrics_file, Health(
        version=kiosk_package.__version__, site_id=cfg.site_id, terminal_id=cfg.terminal_id,
        config="fallback" if parts.config_fallback else "valid", started_at=started,
        terminal_label=cfg.terminal.label, release=kiosk_package.__version__,   # issue 20
        **storage_fields(), **_release_fields(parts)), parent=parts.owner)
    health.write_soon()
    if parts.storage is not None:
        parts.storage.state_changed.connect(
            lambda state, reason: health.update(**storage_fields((state, reason))))
    watch_health(parts.usage, health)   # pending, set aside, resent, re-dated usage events

    def session_ended(_reason: str) -> None:
        now = datetime.now(UTC)
        today = now.strftime("%Y-%m-%d")
        count = health.health.sessions_today if health.health.last_session_end.startswith(today) else 0
        health.update(last_session_end=now.strftime("%Y-%m-%dT%H:%MZ"), sessions_today=count + 1)
    parts.session.ended.connect(session_ended)
    _watch_release(parts, health)
    deployment = cfg.deployment
    nightly = None
    if deployment.nightly_restart is not None:
        nightly = NightlyRestart(deployment.nightly_restart, cfg.time_zone,
                                 busy=lambda: parts.busy(max(QUIET_S, cfg.idle_timeout_s)),
                                 quit_app=parts.restart_app or QCoreApplication.quit, clock=parts.wall_clock,
                                 parent=parts.owner)
    return health, nightly


UPDATE_REPORT_MS = 60_000


def _release_fields(parts: DeploymentParts) -> dict:
    """The release this kiosk runs, whether a resident is in session (`kiosk update` waits for
    the end of one before it restarts the kiosk onto a new release), and the updater's last
    result from its small update.json, which root keeps in its own folder next to the data
    folder (/var/lib/digipiste-update, kiosk.core.fleet.releases.update_dir)."""
    from kiosk.core.fleet.ready import running_release
    from kiosk.core.fleet.releases import read_report

    return dict(release_folder=running_release(), session_active=parts.session.active,
                **read_report(parts.status_file.parent))


def _watch_release(parts: DeploymentParts, health) -> None:
    """Session start and end at once; the updater's result read again once a minute."""
    from kiosk.core.fleet.releases import read_report

    data_dir = parts.status_file.parent
    parts.session.started.connect(lambda *_: health.update(session_active=True))
    parts.session.ended.connect(lambda *_: health.update(session_active=False))
    timer = QTimer(parts.owner)
    timer.timeout.connect(lambda: health.update(**read_report(data_dir)))
    timer.start(UPDATE_REPORT_MS)


def first_boot_health(resolved, owner: QObject):
    """The health files of a terminal being set up (a bootstrap file, nothing fetched yet).

    Without them monitoring would see the terminal as down. What is known is
    written: who the terminal is (the machine's identity), the release, the
    heartbeat, `config` "waiting_for_first_configuration" (`digipiste_config_waiting 1`)
    and `config_source` "bootstrap"; the poller adds why the last fetch failed
    or was refused (kiosk.services.fleet_config). None without a data directory.
    `resolved` is kiosk.start_config.ResolvedConfig with first_boot set.
    """
    from kiosk.core.health import WAITING

    boot, paths = resolved.bootstrap, resolved.paths
    if boot is None or paths is None:
        return None
    return _health_without_a_configuration(paths, owner, site_id=boot.site_id, terminal_id=boot.terminal_id,
                                           config=WAITING, config_source="bootstrap",
                                           terminal_label=boot.terminal.label)


def serviced_health(paths, errors: list, owner: QObject):
    """The health files of a terminal showing "being serviced": no valid configuration, none to fall back to.

    Without them monitoring sees only a terminal that stopped reporting; with them it sees
    `config` "invalid" (`digipiste_config_valid 0`, alert DigipisteConfigInvalid) and the first
    thing wrong. Who the terminal is comes from the machine (its identity file or host name),
    since no site file says it. `paths` is kiosk.storage.paths.Paths; `errors` ConfigErrors.
    """
    import socket

    from kiosk.core.config.terminal import id_from_host_name, read_machine_identity

    machine, problems = read_machine_identity()
    first = str(errors[0]) if errors else "no valid configuration"
    more = f" (and {len(errors) - 1} more: kiosk check-config lists them)" if len(errors) > 1 else ""
    # A broken identity file too: the host name's id (as without the file) and its error told, not lost.
    told = {str(e) for e in errors}   # a site file read far enough lists it already
    also = f"; this terminal's identity file too: {str(problems[0])[:300]}" \
        if problems and str(problems[0]) not in told else ""
    return _health_without_a_configuration(
        paths, owner, terminal_id=machine.id if machine else id_from_host_name(socket.gethostname()),
        config="invalid", config_source="file", terminal_label=machine.label if machine else "",
        config_error=" ".join((first[:300] + more + also).split()))   # one line: status.json, the journal


def _health_without_a_configuration(paths, owner: QObject, **fields):
    """Health files written by a window that is not the kiosk's (set up, serviced): what is known, and a heartbeat."""
    import kiosk as kiosk_package
    from kiosk.core.fleet.ready import running_release
    from kiosk.core.fleet.releases import read_report
    from kiosk.core.health import Health
    from kiosk.services.health_files import HealthFiles

    health = HealthFiles(paths.status_file, paths.metrics_file, Health(
        version=kiosk_package.__version__, started_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%MZ"),
        release=kiosk_package.__version__, storage="volatile" if paths.volatile_reason else "ok",
        storage_reason=paths.volatile_words,
        release_folder=running_release(), **read_report(paths.data_dir), **fields), parent=owner)
    health.write_soon()
    timer = QTimer(owner)   # the updater's result, read again once a minute as on a serving kiosk
    timer.timeout.connect(lambda: health.update(**read_report(paths.data_dir)))
    timer.start(UPDATE_REPORT_MS)
    return health
