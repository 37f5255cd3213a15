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
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core.config.bootstrap import Bootstrap

EXIT_OK, EXIT_INVALID = 0, 2


class NoConfiguration(Exception):
    """A bootstrap file and no usable fetched configuration; str() is the one line to print."""


def command_config(config_path: str | Path, data_dir: str | Path | None):
    """The Config a command reads with --config: the site file, or the one fetched for a bootstrap file.

    Raises ConfigInvalid (the file's own errors) or NoConfiguration. A note on
    stderr says which fetched file is read, so stdout stays the command's own (--json).
    """
    from kiosk.core.config.site import ConfigInvalid, load_config, load_site_file
    from kiosk.core.fleet.config_store import GOOD, PENDING, FleetStore
    from kiosk.core.fleet.signature import SignatureError, verify
    from kiosk.paths import default_data_dir

    loaded = load_site_file(config_path)
    if not isinstance(loaded, Bootstrap):
        return loaded
    folder = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    store = FleetStore(folder / "fleet")
    what = (f"{config_path} is a bootstrap file (only [fleet]): the configuration comes from "
            f"{loaded.fleet.shown_url}")
    try:
        state = store.state()
        stored = [w for w in (GOOD, PENDING) if store.file(w).exists()]
        if not stored:
            raise NoConfiguration(
                f"{what}, and nothing is fetched yet in {store.folder}: start the kiosk on this terminal so "
                "that it fetches it, or give the kiosk's --data-dir, or --config the published site file")
        which = stored[0]
        keys = (state.applied_keys if which == GOOD else state.pending_keys) or loaded.fleet.public_keys
        verify(store.file(which).read_bytes(), store.signature(which).read_bytes(), keys,
               source=str(store.signature(which)))
        config = load_config(store.file(which), base_dir=Path(config_path).parent)
    except (SignatureError, ConfigInvalid) as exc:
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
    from kiosk.core.config.site import ConfigInvalid, load_config
    from kiosk.core.fleet.config_store import GOOD, PENDING, FleetStore
    from kiosk.core.fleet.signature import SignatureError, verify
    from kiosk.paths import default_data_dir

    data_dir = Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()
    store = FleetStore(data_dir / "fleet")
    state = store.state()
    keys = {GOOD: state.applied_keys or boot.fleet.public_keys, PENDING: state.pending_keys or boot.fleet.public_keys}
    base = Path(args.path).parent
    found, status = 0, EXIT_OK
    for which in (GOOD, PENDING):
        path = store.file(which)
        if not path.exists():
            continue
        found += 1
        try:
            verify(path.read_bytes(), store.signature(which).read_bytes(), keys[which],
                   source=str(store.signature(which)))
            config = load_config(path, base_dir=base)
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
