"""`kiosk check-config --fetched BOOTSTRAP`: the configuration this terminal fetched, checked again.

The stored files (kiosk.core.fleet.config_store: good.toml, pending.toml in
the data directory's `fleet` folder) with their signatures by the keys they
were fetched with and the same validator a start uses, read against the
bootstrap file's folder. Exit 0 when every stored file is good, 2 otherwise
(also when none is stored yet: a first boot).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.core.config.bootstrap import Bootstrap

EXIT_OK, EXIT_INVALID = 0, 2


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
