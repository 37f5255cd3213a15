"""The checks of [sync] (the usage log's delivery, issue 11) across its keys, and the files it names.

Called by `kiosk.core.config.site_checks` once every key has its shape. The
token file, CA file and folder are made absolute in the `sync` table it is
given (relative to the configuration's folder). Pure Python; on the disk it
only looks (kiosk/core/config/files.py).
"""

from __future__ import annotations

from kiosk.core.config import files as F
from kiosk.core.config import refs as R
from kiosk.core.config import schema as S
from kiosk.core.config.shape import Validator
from kiosk.core.config.text import shown


def check_sync(v: Validator, sync: dict) -> None:
    """The usage-log sync keys, checked across each other."""
    target = sync.get("target")
    if isinstance(target, str) and target not in S.SYNC_TARGETS:
        hint = " (the HTTP target is called 'jsonl')" if target == "http" else ""
        v.error("sync.target", f"unknown target '{shown(target)}'{hint} (one of: {', '.join(S.SYNC_TARGETS)})")
    url = sync.get("url")
    if isinstance(url, str) and url:
        R.check_sync_url(v, "sync.url", url)
    _check_sync_files(v, sync)
    if target in ("matomo", "jsonl") and not url:
        v.error("sync.url", f"needed when sync.target is '{target}'", v.lines.line("sync.target"))
    if target == "matomo" and isinstance(sync.get("site_id"), int) and sync["site_id"] < 1:
        v.error("sync.site_id", "needed when sync.target is 'matomo' (the site id Matomo shows, 1 or more)",
                v.lines.line("sync.target"))
    if target == "directory" and not sync.get("directory"):
        v.error("sync.directory", "needed when sync.target is 'directory'", v.lines.line("sync.target"))


def _check_sync_files(v: Validator, sync: dict) -> None:
    """The files and folder [sync] names, made absolute (relative to the configuration's folder).

    Each is checked whatever the target (a file named is meant to be used):
    the token file private to its owner, the CA file certificates TLS can
    load, the folder existing (the kiosk never creates it). A value the
    checks refuse stays as written: the Config is not made anyway.
    """
    checks = {"token_file": lambda key, text: F.check_file(v, key, text, secret=True),
              "ca_file": lambda key, text: F.check_ca_file(v, key, text),
              "directory": lambda key, text: F.check_folder(
                  v, key, text, hint="the kiosk never creates it: create it, or mount the share or stick")}
    for name, check in checks.items():
        text = sync.get(name)
        if not isinstance(text, str) or not text:
            continue
        key = f"sync.{name}"
        with v.guard(key):
            if not v.files:
                path, problem = F.resolve(text, v.base)
                if path is None:
                    v.error(key, problem or "not a usable path")
                else:
                    sync[name] = str(path)
                continue
            found = check(key, text)
            if found is not None:
                sync[name] = found
