"""The configuration a terminal fetched, for the command line: checked again, or read by a command.

`kiosk check-config --fetched BOOTSTRAP` checks it. The stored files (kiosk.core.fleet.config_store: good.toml, pending.toml in
the data directory's `fleet` folder) with their signatures by the keys they
were fetched with and the same validator a start uses, read against the
bootstrap file's folder. Exit 0 when every stored file is good, 2 otherwise
(also when none is stored yet: a first boot).

`command_config()` is what `kiosk stats`, `kiosk sync --once` and `kiosk
guides check` read with `--config FILE`: the file itself, or, when FILE is a
bootstrap (only [fleet]), the configuration this terminal fetched (good.toml,
else pending.toml; its signature and the validator checked again). With
nothing fetched yet they say so in one line (NoConfiguration), never a traceback.

IT runs these as root (deploy.md: `sync --once` before `uninstall.sh --purge`),
while the fetched files sit in the kiosk user's own folder. So a stored file is
trusted only if it is signed by a key of the root-owned bootstrap file's
`fleet.public_keys`: state.json (the kiosk user's) may narrow the keys to the
ones the file was fetched with, never add one; and as root every file there is
read through read_kiosk_file (no symlink followed, no FIFO waited on) and
parsed from the bytes whose signature was checked. The kiosk's own start
(kiosk.core.fleet.config_store.choose) still trusts a rotated key a fetched
file's [fleet] named; these commands need it in the bootstrap file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.core.config.bootstrap import Bootstrap

EXIT_OK, EXIT_INVALID = 0, 2


class NoConfiguration(Exception):
    """A bootstrap file and no usable fetched configuration; str() is the one line to print."""


def trusted_keys(bootstrap_keys, state_keys) -> tuple[str, ...]:
    """The keys a stored file is checked with here: the bootstrap file's, or the ones state.json
    names when every one of them is the bootstrap file's too (a planted key never is). `state_keys`
    comes through FleetState.from_json: None or a list of text (a damaged field is left out there)."""
    from kiosk.core.fleet.signature import SignatureError, parse_public_key

    boot = tuple(bootstrap_keys)
    try:
        named = {parse_public_key(k) for k in state_keys or ()}
        if named and named <= {parse_public_key(k) for k in boot}:
            return tuple(state_keys)
    except SignatureError:
        pass   # a key that is not one: the bootstrap file's keys alone
    return boot


def _reader():
    """How files of the kiosk's data folder are read: as root never through a symlink nor from a FIFO."""
    from kiosk.core.fleet.releases import read_kiosk_file
    from kiosk.core.config.site import MAX_FILE_BYTES

    if os.geteuid() != 0:
        return lambda path: path.read_bytes()
    return lambda path: read_kiosk_file(path, MAX_FILE_BYTES + 1)


def _state(store, read):
    from kiosk.core.fleet.config_store import FleetState

    try:
        return FleetState.from_json(read(store.folder / "state.json"))
    except (OSError, ValueError, TypeError):
        return FleetState()   # none, unreadable or planted: the bootstrap file's keys serve


def _stored_config(store, which: str, keys, read, base_dir: Path):
    """The stored file `which`, its signature checked against `keys`, parsed from the very bytes checked.
    Raises OSError (NotAFile: a symlink as root), SignatureError or ConfigInvalid."""
    from kiosk.core.config.site import MAX_FILE_BYTES, ConfigError, ConfigInvalid, load_config
    from kiosk.core.fleet.signature import UnknownKey, verify

    path = store.file(which)
    data = read(path)
    try:
        verify(data, read(store.signature(which)), keys, source=str(store.signature(which)))
    except UnknownKey as exc:
        raise UnknownKey(f"{exc}; these commands trust only the bootstrap file's fleet.public_keys (after a "
                         "key rotation add the new key there)") from None
    if len(data) > MAX_FILE_BYTES:
        raise ConfigInvalid([ConfigError(str(path), 1, "(file)", "too large for a configuration")])
    return load_config(path, base_dir, raw=data)


def command_config(config_path: str | Path, data_dir: str | Path | None):
    """The Config a command reads with --config: the site file, or the one fetched for a bootstrap file.

    Raises ConfigInvalid (the file's own errors) or NoConfiguration. A note on
    stderr says which fetched file is read, so stdout stays the command's own (--json).
    """
    from kiosk.core.config.site import ConfigInvalid, load_site_file
    from kiosk.core.fleet.config_store import GOOD, PENDING, FleetStore
    from kiosk.core.fleet.releases import NotAFile
    from kiosk.core.fleet.signature import SignatureError
    from kiosk.paths import default_data_dir

    loaded = load_site_file(config_path)
    if not isinstance(loaded, Bootstrap):
        return loaded
    folder = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    store = FleetStore(folder / "fleet")
    read = _reader()
    what = (f"{config_path} is a bootstrap file (only [fleet]): the configuration comes from "
            f"{loaded.fleet.shown_url}")
    try:
        state = _state(store, read)
        stored = [w for w in (GOOD, PENDING) if os.path.lexists(store.file(w))]
        if not stored:
            raise NoConfiguration(
                f"{what}, and nothing is fetched yet in {store.folder}: start the kiosk on this terminal so "
                "that it fetches it, or give the kiosk's --data-dir, or --config the published site file")
        which = stored[0]
        keys = trusted_keys(loaded.fleet.public_keys, state.applied_keys if which == GOOD else state.pending_keys)
        config = _stored_config(store, which, keys, read, Path(config_path).parent)
    except (SignatureError, ConfigInvalid, NotAFile) as exc:
        why = "; ".join(str(e) for e in exc.errors) if isinstance(exc, ConfigInvalid) else str(exc)
        raise NoConfiguration(f"{what}; the fetched {store.file(which)} is not usable: {why} "
                              "(`kiosk check-config --fetched` says more)") from None
    except OSError as exc:
        raise NoConfiguration(f"{what}; the fetched configuration in {store.folder} cannot be read "
                              f"({exc.strerror or exc}): run this as the kiosk's user or as root") from None
    serial = state.applied_serial if which == GOOD else state.pending_serial
    print(f"{config_path} is a bootstrap file: reading the configuration fetched from {loaded.fleet.shown_url} "
          f"(serial {serial}, {store.file(which)})", file=sys.stderr)
    return config


def check_fetched(boot: Bootstrap, args: argparse.Namespace) -> int:
    from kiosk.core.config.site import ConfigInvalid
    from kiosk.core.fleet.config_store import GOOD, PENDING, FleetStore
    from kiosk.core.fleet.signature import SignatureError
    from kiosk.paths import default_data_dir

    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    store = FleetStore(data_dir / "fleet")
    read = _reader()
    state = _state(store, read)
    keys = {GOOD: trusted_keys(boot.fleet.public_keys, state.applied_keys),
            PENDING: trusted_keys(boot.fleet.public_keys, state.pending_keys)}
    base = Path(args.path).parent
    found, status = 0, EXIT_OK
    for which in (GOOD, PENDING):
        path = store.file(which)
        if not os.path.lexists(path):
            continue
        found += 1
        try:
            config = _stored_config(store, which, keys[which], read, base)
        except (OSError, SignatureError) as exc:
            print(f"{path}:1: (signature): {exc}", file=sys.stderr)
            status = EXIT_INVALID
            continue
        except ConfigInvalid as exc:
            for error in exc.errors:
                print(error, file=sys.stderr)
            status = EXIT_INVALID
            continue
        serial = state.applied_serial if which == GOOD else state.pending_serial
        print(f"{path}: OK (serial {serial}; this computer is terminal '{config.terminal.id}', "
              f"label '{config.terminal.label}')")
    if not found:
        print(f"{store.folder}: no configuration fetched yet (a first boot: the kiosk shows 'being set up' "
              "and asks the server)", file=sys.stderr)
        return EXIT_INVALID
    if state.refused:
        print(f"the last fetched file was refused: {state.refused}", file=sys.stderr)
    return status
