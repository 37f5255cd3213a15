"""`kiosk update`: releases from the signed channel, staged by percentage, health-gated, rolled back by themselves.

Run as root by digipiste-update.timer (packaging/linux), and with `--gate` by
the kiosk unit before every start while a release is on trial. One run:

1. a release on trial is judged (kiosk.core.fleet.gate): marked good once the
   kiosk drew home on it, rolled back after too many starts or too long;
   while it waits nothing new is fetched;
2. otherwise the channel (`[fleet] release_url`, ETag) and its .minisig are
   fetched, the signature checked against `[fleet] public_keys`, the serial
   (never older than the last accepted) and the expiry; the terminal takes the
   release when its rollout bucket is under the percentage;
3. the archive is downloaded and checked against the SHA-256 the channel
   names, unpacked, and installed with its own install.sh --no-restart: the
   `current` link points at it, the running kiosk is left alone;
4. the kiosk is restarted onto it at once when no resident is in session
   (status.json `session_active` false, or no kiosk running); otherwise the
   next timer run, the nightly restart or any other restart starts it.

Exit 0 (nothing to do, installed, waiting, or a rollback done), 1 when the
channel or the download failed (the next run tries again), 2 when the
channel was refused (bad signature, older serial, expired, invalid file).
Every outcome is one line on stdout (the journal) and in update.json.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.fleet.gate import Action, Trial, judge, started
from kiosk.core.fleet.releases import (Layout, boot_id, load_trial, read_json, report, save_trial,
                                       write_json)

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2
# status.json is rewritten every 30 s while the kiosk runs: older than this, no kiosk is running.
STATUS_FRESH_S = 120
UNIT = "digipiste-kiosk.service"


def add_update_command(sub) -> None:
    p = sub.add_parser("update", help="take a release from the signed channel (root; run by a systemd timer)")
    p.add_argument("--gate", action="store_true",
                   help="only judge a release on trial (the kiosk unit runs this before each start)")
    p.add_argument("--config", dest="config", help="site configuration (default /etc/digipiste/kiosk.toml)")
    p.add_argument("--root", default="/", help="a throwaway root instead of / (tests; no systemctl then)")
    p.set_defaults(func=cmd_update)


def say(text: str, *, err: bool = False) -> None:
    print(f"digipiste update: {text}", file=sys.stderr if err else sys.stdout, flush=True)


def cmd_update(args: argparse.Namespace) -> int:
    layout = Layout(Path(args.root))
    try:
        _own_folder(layout.state_dir)
        with open(layout.state_dir / "lock", "w") as lock:
            _lock(lock)
            if args.gate:
                return _gate_at_start(layout)
            return _run(layout, Path(args.config) if args.config else layout.config)
    except OSError as exc:
        say(f"failed: {exc}", err=True)
        return EXIT_FAILED


def _own_folder(folder: Path) -> None:
    """The updater's folder (trial.json, state.json, update.json, the lock): made 0755 if missing.
    install.sh and systemd's StateDirectory= make it root's; the kiosk user only reads it."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o755)
    if os.geteuid() == 0 and folder.stat().st_uid != 0:
        raise OSError(f"{folder} is not owned by root; the updater does not use it")
    os.chmod(folder, 0o755)


def _lock(lock) -> None:
    """One updater at a time (the timer's run and the kiosk unit's gate)."""
    deadline = time.monotonic() + 120
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise OSError("another `kiosk update` holds the lock for two minutes") from None
            time.sleep(0.5)


# -- the health gate --------------------------------------------------------------

def _gate_at_start(layout: Layout) -> int:
    trial = load_trial(layout)
    if trial is None:
        return EXIT_OK
    if layout.link("current") == trial.release:
        trial = started(trial, time.time(), boot_id())
        save_trial(layout, trial)
    _judge(layout, trial, restart=False)
    return EXIT_OK


def _judge(layout: Layout, trial: Trial, *, restart: bool) -> Trial | None:
    """Apply the gate's verdict; the trial still running, or None when it ended."""
    from kiosk.core.fleet.ready import read_ready_marker
    from kiosk.core.fleet.releases import NotAFile

    try:
        ready = read_ready_marker(layout.data_dir)
    except NotAFile as exc:
        say(f"no ready marker: {exc}", err=True)
        ready = None
    verdict = judge(trial, current=layout.link("current"), ready_release=ready,
                    now=time.time(), boot_id=boot_id())
    if verdict.action is Action.WAIT:
        say(verdict.reason)
        return trial
    if verdict.action is Action.ROLL_BACK and not (layout.prefix / "releases" / trial.previous).is_dir():
        # Nothing to go back to (the release before was removed by hand): say so, keep what runs.
        save_trial(layout, None)
        report(layout, f"cannot roll back, no release before it: {verdict.reason}", version=trial.version,
               rolled_back=False)
        say(f"cannot roll back, releases/{trial.previous or '?'} is gone: {verdict.reason}", err=True)
        return None
    save_trial(layout, None)
    if verdict.action is Action.GOOD:
        layout.prune()
        report(layout, f"good: {verdict.reason}", version=trial.version, rolled_back=False)
        say(f"marked good: {verdict.reason}")
    elif verdict.action is Action.DROP:
        # Someone switched by hand (install.sh --rollback, or another release installed): this
        # archive is not taken again by itself either.
        _remember_refused(layout, trial.sha256 or trial.release, f"{trial.version} was replaced by hand")
        report(layout, f"trial ended: {verdict.reason}", version=trial.version)
        say(f"trial ended: {verdict.reason}")
    else:
        layout.switch("current", trial.previous)
        layout.switch("previous", trial.release)
        _remember_refused(layout, trial.sha256 or trial.release, verdict.reason)
        report(layout, f"rolled back: {verdict.reason}", version=trial.version, rolled_back=True)
        say(f"rolled back to {trial.previous}: {verdict.reason}", err=True)
        if restart:
            _restart_kiosk(layout)
    return None


# -- fetch, verify, install -----------------------------------------------------

def _site(config: Path):
    """The site configuration on the terminal (/etc/digipiste/kiosk.toml), which must be valid. Not a
    configuration fetched from `config_url`: the channel and its keys are anchored on the machine."""
    from kiosk.core.config.site import load_config

    return load_config(config)


def _run(layout: Layout, config: Path) -> int:
    from kiosk.core.config.site import ConfigInvalid

    trial = load_trial(layout)
    if trial is not None:
        trial = _judge(layout, trial, restart=True)
        if trial is not None:
            if trial.starts == 0:        # the kiosk still runs the release before it
                _restart_when_idle(layout)
            return EXIT_OK
    try:
        site = _site(config)
    except (ConfigInvalid, OSError) as exc:
        say(f"the configuration {config} cannot be read, so no release is taken: {exc}", err=True)
        return EXIT_FAILED
    if not site.fleet.release_url:
        say("no release channel configured ([fleet] release_url); nothing to do")
        return EXIT_OK
    return _take_from_channel(layout, site.fleet, site.terminal_id)


def _take_from_channel(layout: Layout, fleet, terminal_id: str) -> int:
    from kiosk.core.fleet import signature
    from kiosk.core.fleet.channel import ChannelError, parse_channel, serial_problem, takes_release
    from kiosk.core.fleet.download import FetchError, fetch_small
    from kiosk.core.fleet.settings import shown_url, signature_url

    url, keys, ca_file = fleet.release_url, list(fleet.public_keys), fleet.ca_file
    state = read_json(layout.state_file)
    try:
        fetched = fetch_small(url, state.get("etag", ""), ca_file=ca_file)
        if fetched.body is None:
            say("the channel has not changed (304)")
            return EXIT_OK
        sig = fetch_small(signature_url(url), ca_file=ca_file).body or b""
    except FetchError as exc:
        say(f"channel not fetched, trying again at the next run: {exc}", err=True)
        return EXIT_FAILED
    try:
        verified = signature.verify(fetched.body, sig, keys, source=shown_url(url) + ".minisig")
        signature.check_fresh(verified, now=datetime.now(UTC), applied_serial=None)
        problem = serial_problem(verified.serial, state.get("serial"))
        if problem is not None:
            raise signature.NotNewer(problem)
        channel = parse_channel(fetched.body.decode("utf-8", "replace"), source=shown_url(url))
    except (signature.SignatureError, ChannelError) as exc:
        report(layout, f"channel refused: {exc}")
        say(f"channel refused, the terminal stays on its release: {exc}", err=True)
        return EXIT_REFUSED
    state["serial"] = verified.serial
    write_json(layout.state_file, state, 0o600)

    current = layout.link("current")
    if current.startswith(f"{channel.version}-"):
        outcome = f"up to date: {channel.version} (channel serial {verified.serial})"
    elif channel.sha256 in state.get("refused", {}):
        outcome = (f"not taken: {channel.version} was rolled back on this terminal before "
                   f"({state['refused'][channel.sha256]})")
    elif not takes_release(channel, terminal_id):
        outcome = f"waiting: this terminal is outside the {channel.rollout_percent}% rollout of {channel.version}"
    else:
        try:
            outcome = _install(layout, channel, verified.serial, current, ca_file)
        except FetchError as exc:
            report(layout, f"download failed: {exc}", version=channel.version)
            say(f"download failed, trying again at the next run: {exc}", err=True)
            return EXIT_FAILED
    if not outcome.startswith("installed"):
        report(layout, outcome, version=channel.version)
    say(outcome)
    state["etag"] = fetched.etag          # only a finished decision: a failed download is tried again
    write_json(layout.state_file, state, 0o600)
    return EXIT_OK


def _install(layout: Layout, channel, serial: int, before: str, ca_file: str = "") -> str:
    from kiosk.core.fleet.download import download

    work = layout.state_dir / "download"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(mode=0o700)
    try:
        archive = download(channel.archive_url, work / (channel.archive_name or "release.tar.zst"), channel.sha256,
                           ca_file=ca_file)
        unpack = work / "unpack"
        unpack.mkdir()
        tar = subprocess.run(["tar", "--zstd", "-xf", str(archive), "-C", str(unpack)],
                             capture_output=True, text=True, timeout=900)
        scripts = sorted(unpack.glob("*/packaging/linux/install.sh"))
        if tar.returncode != 0 or not scripts:
            return _refuse(layout, channel, f"the archive of {channel.version} does not unpack to a release "
                                            f"({tar.stderr.strip()[-300:] or 'no packaging/linux/install.sh'})")
        top = scripts[0].parents[2]
        env = dict(os.environ)
        if layout.root != Path("/"):
            env["DESTDIR"] = str(layout.root)
        proc = subprocess.run([str(scripts[0]), "--bundle", str(top / "dist" / "digipiste"), "--no-apt",
                               "--no-restart"], capture_output=True, text=True, env=env, timeout=1800)
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            sys.stderr.write(proc.stderr)
            return _refuse(layout, channel, f"install.sh of {channel.version} failed: "
                                            f"{(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    new = layout.link("current")
    if new == before:
        return f"up to date: {new} is already current"
    trial = Trial(release=new, previous=before, version=channel.version, sha256=channel.sha256,
                  switched_at=time.time(), boot_id=boot_id())
    save_trial(layout, trial)
    report(layout, f"trial: {channel.version} installed (channel serial {serial}), waiting for it to draw home",
           version=channel.version)
    _restart_when_idle(layout)
    return f"installed {new}; on trial until the kiosk draws home on it"


def _remember_refused(layout: Layout, sha256: str, reason: str) -> None:
    """An archive this terminal will not take again (rolled back, failed to install, replaced by hand)."""
    state = read_json(layout.state_file)
    state.setdefault("refused", {})[sha256] = reason
    write_json(layout.state_file, state, 0o600)


def _refuse(layout: Layout, channel, reason: str) -> str:
    _remember_refused(layout, channel.sha256, reason)
    return f"not installed: {reason}"


# -- restarting the kiosk -------------------------------------------------------

def resident_in_session(layout: Layout, now: float | None = None) -> str:
    """Why the kiosk may not be restarted now ("" when it may): its status.json says a session runs.
    A status file older than STATUS_FRESH_S means no kiosk is running; one without the field
    (a release before this updater) counts as busy: that kiosk starts the new release at its next
    restart (nightly, or after a crash)."""
    import json

    from kiosk.core.fleet.releases import NotAFile, kiosk_file_mtime, read_kiosk_file

    path = layout.data_dir / "status.json"
    try:
        age = (time.time() if now is None else now) - kiosk_file_mtime(path)
        if age > STATUS_FRESH_S:
            return ""
        status = json.loads(read_kiosk_file(path))
    except NotAFile as exc:
        # Planted by someone as the kiosk user: root reads nothing through it; as if no kiosk ran.
        say(f"status.json not read: {exc}", err=True)
        return ""
    except (OSError, UnicodeDecodeError, ValueError):
        return ""
    if not isinstance(status, dict):
        return ""
    if "session_active" not in status:
        return "the running kiosk does not say whether a resident is in session"
    return "a resident is in session" if status["session_active"] else ""


def _restart_when_idle(layout: Layout) -> None:
    busy = resident_in_session(layout)
    if busy:
        say(f"the kiosk starts the new release at its next restart: {busy}")
    else:
        _restart_kiosk(layout)


def _restart_kiosk(layout: Layout) -> None:
    if layout.root != Path("/") or not Path("/run/systemd/system").is_dir():
        say("restarting the kiosk (skipped: not a running system)")
        return
    say("restarting the kiosk")
    subprocess.run(["systemctl", "stop", "digipiste-recovery.service"], capture_output=True, timeout=60)
    subprocess.run(["systemctl", "reset-failed", UNIT], capture_output=True, timeout=60)
    subprocess.run(["systemctl", "--no-block", "restart", UNIT], capture_output=True, timeout=60)
