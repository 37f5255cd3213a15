"""Property: no configuration file makes `kiosk check-config` fail with a traceback.

Hypothesis writes configuration files (tests/helpers/config_strategies.py:
long strings, deep tables, odd types, control characters, unknown keys,
every key of the schema with values of the wrong type, broken text, paths to
real files of every kind) and runs `kiosk check-config` on each, in this
process through the command line's own entry point (kiosk.cli.main) so that
hundreds fit in the time. Each must end with exit 0 and "PATH: OK", or exit 2
with nothing but `PATH:LINE: key.path: message` lines, none of them the
checker's own fault; an exception escaping is a failure.

The run is fixed (derandomize) so CI sees the same files every time; it
counts the files tried and the failures and prints both.
"""

from __future__ import annotations

import contextlib
import io
import re
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from kiosk import cli
from kiosk.core.config.shape import CHECKER_FAULT
from tests.helpers.config_strategies import Generated, configurations, prepare_files, with_issue_cases


EXAMPLES = 1500
LINE = re.compile(r"^(?P<file>.+?):(?P<line>[1-9]\d*): (?P<key>\S.*?): (?P<message>.+)$")


def check_config(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["check-config", str(path)])
    return code, out.getvalue(), err.getvalue()


def problem_with(path: Path, code: int, out: str, err: str) -> str | None:
    """What is wrong with check-config's answer, or None when it is one of the two allowed ones."""
    if code == 0:
        # After OK, a file with [terminals.<id>] tables lists the terminals it checked (issue 20).
        ok = out == f"{path}: OK\n" or out.startswith(f"{path}: OK\nchecked for ")
        return None if ok and err == "" else f"exit 0 with {err[:300]!r}"
    if code != 2:
        return f"exit {code}"
    lines = err.splitlines()
    if not lines:
        return "exit 2 without an error"
    for line in lines:
        m = LINE.match(line)
        if m is None or m["file"] != str(path):
            return f"not PATH:LINE: key: message: {line[:300]!r}"
        if CHECKER_FAULT in line:
            return f"an exception escaped a check: {line[:300]!r}"
    return None


def test_check_config_never_fails_with_a_traceback(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    prepare_files(folder)
    site = folder / "site.toml"
    tried: list[int] = []
    exits = {0: 0, 2: 0}
    tracebacks: list[str] = []   # an exception escaped check-config
    failures: list[str] = []     # tracebacks, and answers that are not the two allowed ones

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(configurations())
    @with_issue_cases
    def run(generated: Generated) -> None:
        tried.append(1)
        site.write_bytes(generated.data)
        try:
            code, out, err = check_config(site)
        except BaseException as exc:  # the very thing this test is about: count it, show it
            tracebacks.append(f"{generated.made}\n{''.join(traceback.format_exception(exc))[-1500:]}")
            failures.append(tracebacks[-1])
            return
        problem = problem_with(site, code, out, err)
        if problem is not None:
            failures.append(f"{generated.made}\n{problem}")
        else:
            exits[code] += 1

    run()
    print(f"\ncheck-config: {len(tried)} generated configurations tried, exit 0: {exits[0]}, "
          f"exit 2: {exits[2]}, tracebacks: {len(tracebacks)}, "
          f"other answers that are not PATH:LINE: key: message: {len(failures) - len(tracebacks)}")
    assert len(tried) >= EXAMPLES
    assert failures == [], "\n\n".join(failures[:5])
    # The generator reaches both answers: valid files too, not only broken ones.
    assert exits[0] > 0 and exits[2] > exits[0]
