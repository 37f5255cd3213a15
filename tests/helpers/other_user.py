"""A real second local account for tests of what another user of the machine can do.

`other_user()` makes the account with useradd (as root; skipped otherwise)
and removes it again if it made it. `run_as(user, code)` runs a short Python
program (standard library only: the system's python3, which every account
may run) as that account and returns what it printed.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator

import pytest

NAME = "digipiste-other"


@contextlib.contextmanager
def other_user() -> Iterator[pwd.struct_passwd]:
    if os.geteuid() != 0:
        pytest.skip("needs root: the test makes a second local account with useradd")
    if shutil.which("useradd") is None:
        pytest.skip("needs useradd to make a second local account")
    made = False
    try:
        entry = pwd.getpwnam(NAME)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME],
                       check=True, capture_output=True)
        made = True
        entry = pwd.getpwnam(NAME)
    assert entry.pw_uid != os.geteuid()
    try:
        yield entry
    finally:
        if made:
            subprocess.run(["userdel", NAME], check=False, capture_output=True)


def run_as(user: pwd.struct_passwd, code: str, timeout: float = 20) -> str:
    """Run `code` with the system's python3 as `user` (uid and gid, no extra groups); its output."""
    python = shutil.which("python3", path="/usr/bin:/bin") or "/usr/bin/python3"
    done = subprocess.run([python, "-I", "-c", code], user=user.pw_uid, group=user.pw_gid, extra_groups=[],
                          cwd="/", env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done.stdout
