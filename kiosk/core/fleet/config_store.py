"""The fetched site configuration on this terminal: judged, stored, tried at a start, confirmed or given up.

A file fetched from `fleet.config_url` goes through `judge()`: its minisign
signature by one of the trusted keys, its trusted comment's serial (above the
one in use: an old file served again is refused) and expiry, then the same
validator as a local site file, so that a refusal names the file, line and
key. A good one is stored as *pending* (`pending.toml` + `.minisig`, in the
data directory's `fleet` folder, each written atomically) and applied by a
restart between residents.

At a start (kiosk/start_config.py) `choose()` picks the newest good file:
a pending one is *tried* (the try is recorded first); once the kiosk has
drawn its first frame on it, `confirm()` makes it the *good* one. A start
that finds a try recorded but never confirmed knows the kiosk did not come
up with that file (it crashed or hung before its first frame): it gives the
file up, starts on the good one (or the site file), and says why.

`state.json` holds the ETag, the serial in use and pending, the try, and the
last refusal. Pure Python; disk work only, so callers keep it off the
interface thread where they can.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.config.site import Config, ConfigInvalid, load_config, parse_config
from kiosk.core.config.text import decode_config
from kiosk.core.fleet.settings import FleetSettings
from kiosk.core.fleet.signature import SignatureError, Verified, check_fresh, verify
from kiosk.paths import write_atomically

log = logging.getLogger("kiosk.fleet")

GOOD, PENDING = "good", "pending"


@dataclass
class FleetState:
    """What `state.json` keeps between polls and starts."""

    etag: str = ""
    applied_serial: int | None = None    # serial of good.toml (confirmed: the kiosk came up with it)
    pending_serial: int | None = None    # serial of pending.toml (fetched, not yet started on)
    trying_serial: int | None = None     # a start with pending.toml began and has not confirmed yet
    given_up_serial: int | None = None   # a file the kiosk did not come up with: never tried again
    # The keys each stored file was verified with when fetched: checked again at a start
    # (a disk fault, a hand edit), also after a rotation the site file does not know of.
    pending_keys: list[str] | None = None
    applied_keys: list[str] | None = None
    refused: str = ""                    # the last refusal, exactly as logged ("" after a good file)

    @classmethod
    def from_json(cls, raw: str | bytes) -> FleetState:
        """The state in `raw` (state.json's text); ValueError when it is not one. A field of the wrong
        kind (a hand edit, a disk fault: a key that is not text, a serial that is not a number) is
        left at its default, never passed on to the signature check or a comparison of serials."""
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("state.json does not hold a JSON object")
        return cls(**{name: data[name] for name in cls.__dataclass_fields__
                      if name in data and _of_its_kind(name, data[name])})


def _of_its_kind(name: str, value: object) -> bool:
    if name.endswith("_serial"):
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    if name.endswith("_keys"):
        return value is None or (isinstance(value, list) and all(isinstance(k, str) for k in value))
    return isinstance(value, str)   # etag, refused


@dataclass(frozen=True)
class Judged:
    """A fetched file that passed every check."""

    serial: int
    verified: Verified
    config: Config


class Refused(Exception):
    """A fetched file is refused; str() is the exact reason (signature, serial, expiry, or the validator's errors)."""


class FleetStore:
    """The `fleet` folder of the data directory."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def file(self, which: str) -> Path:
        return self.folder / f"{which}.toml"

    def signature(self, which: str) -> Path:
        return self.folder / f"{which}.toml.minisig"

    def state(self) -> FleetState:
        try:
            return FleetState.from_json((self.folder / "state.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            return FleetState()   # none yet, or unreadable: start afresh (the signature still guards)

    def save(self, state: FleetState) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.folder / "state.json", json.dumps(asdict(state), indent=1) + "\n", 0o600)

    def current_serial(self, state: FleetState | None = None) -> int | None:
        """The serial a new file must be above: the pending one if any, else the one in use."""
        state = state or self.state()
        serials = [s for s in (state.applied_serial, state.pending_serial, state.given_up_serial) if s is not None]
        return max(serials) if serials else None

    def holds(self, data: bytes) -> bool:
        """Whether `data` is the pending or good file already (a server that sends no ETag)."""
        for which in (PENDING, GOOD):
            try:
                if self.file(which).read_bytes() == data:
                    return True
            except OSError:
                continue
        return False

    def store_pending(self, data: bytes, minisig: bytes, judged: Judged, etag: str, keys: tuple[str, ...]) -> None:
        """Keep a judged file as pending (signature first: a file is only ever beside its own signature)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.signature(PENDING), minisig, 0o600)
        write_atomically(self.file(PENDING), data, 0o600)
        state = self.state()
        state.pending_serial, state.etag, state.refused = judged.serial, etag, ""
        state.pending_keys = list(keys)
        self.save(state)

    def refuse(self, reason: str) -> None:
        """Record a refusal. The refused file's ETag is not kept: a refusal may pass (the terminal's
        clock set right, a guide folder mounted), and a few kilobytes each interval cost little."""
        state = self.state()
        state.refused = reason
        self.save(state)

    def confirm(self) -> bool:
        """The kiosk drew its first frame on the pending file: it becomes the good one. True if one was."""
        state = self.state()
        if state.trying_serial is None or state.pending_serial != state.trying_serial:
            return False
        self.signature(PENDING).replace(self.signature(GOOD))
        self.file(PENDING).replace(self.file(GOOD))
        state.applied_serial, state.pending_serial, state.trying_serial = state.pending_serial, None, None
        state.applied_keys, state.pending_keys = state.pending_keys, None
        self.save(state)
        log.info("configuration serial %s came up: it is this terminal's configuration now", state.applied_serial)
        return True


def judge(data: bytes, minisig: bytes, settings: FleetSettings, *, applied_serial: int | None, now: datetime,
          base_dir: Path, source: str) -> Judged:
    """Every check of a fetched file, in order; raises Refused with the exact reason."""
    try:
        verified = verify(data, minisig, settings.public_keys, source=source + ".minisig")
        check_fresh(verified, now=now, applied_serial=applied_serial)
    except SignatureError as exc:
        raise Refused(str(exc)) from None
    text, error = decode_config(data, source)
    if error is not None:
        raise Refused(str(error))
    config, errors = parse_config(text, source, base_dir)
    if errors or config is None:
        raise Refused("; ".join(str(e) for e in errors) or f"{source}: not a valid configuration")
    if settings.site_id and config.site_id != settings.site_id:
        raise Refused(f"{source}: site.id '{config.site_id}' is not this terminal's site '{settings.site_id}' "
                      "(the site.id of its bootstrap file): is config_url the right address?")
    assert verified.serial is not None   # check_fresh refuses a file without one
    return Judged(verified.serial, verified, config)


@dataclass(frozen=True)
class Chosen:
    """The fetched file a start uses (None: the site file), and why a newer one was given up."""

    path: Path | None
    serial: int | None
    config: Config | None = None
    given_up: str = ""


def choose(store: FleetStore, settings: FleetSettings, base_dir: Path) -> Chosen:
    """Which fetched file a start uses: the pending one (recording the try), else the good one.

    A pending file whose try was recorded by an earlier start that never
    confirmed is given up: that start did not come up with it.
    """
    state = store.state()
    given_up = ""
    if state.pending_serial is not None and store.file(PENDING).exists():
        if state.trying_serial == state.pending_serial:
            given_up = (f"the kiosk did not come up with configuration serial {state.pending_serial} "
                        f"(it stopped before its first frame); it runs on the previous one")
            log.error("%s", given_up)
            for path in (store.file(PENDING), store.signature(PENDING)):
                path.unlink(missing_ok=True)
            # The serial stays refused: the same file served again is not tried again.
            state.given_up_serial = state.pending_serial
            state.pending_serial = state.trying_serial = None
            state.refused = given_up
            store.save(state)
        else:
            config = _still_good(store, PENDING, state.pending_keys or settings.public_keys, base_dir)
            if config is not None:
                state.trying_serial = state.pending_serial
                store.save(state)   # before the kiosk is built with it: a crash leaves the try behind
                return Chosen(store.file(PENDING), state.pending_serial, config)
    good_keys = state.applied_keys or settings.public_keys
    config = _still_good(store, GOOD, good_keys, base_dir) if store.file(GOOD).exists() else None
    if config is not None:
        return Chosen(store.file(GOOD), state.applied_serial, config, given_up)
    return Chosen(None, None, None, given_up)


def _still_good(store: FleetStore, which: str, keys: list[str] | tuple[str, ...], base_dir: Path) -> Config | None:
    """The stored file, if it still carries its good signature and validates (a disk fault, a hand edit)."""
    try:
        data = store.file(which).read_bytes()
        verify(data, store.signature(which).read_bytes(), keys, source=str(store.signature(which)))
        return load_config(store.file(which), base_dir=base_dir)
    except (OSError, SignatureError, ConfigInvalid) as exc:
        log.error("the stored fetched configuration %s is not used: %s", store.file(which), exc)
        return None
