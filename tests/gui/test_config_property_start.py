"""Property: no configuration file stops the kiosk from starting (the start half of issue 18's test).

The same generated files as tests/unit/test_config_property.py go through the
kiosk's own start path, in this process: the command line's choice of the
on-screen keyboard (before Qt starts; it once died of zoneinfo's OSError),
then `kiosk.app.build(config=..., data_dir=..., windowed=True)`, then the parts
built just after the first frame. Each must end in a kiosk serving residents:
on the generated file when `load_config` accepts it, else on the terminal's
last valid configuration with exactly the file's errors for the admin view.
No exception may escape, and none may be logged with a traceback (a part that
failed to start). The real program, as a process, is tested for the time zone
case in tests/gui/test_config_start.py.
"""

from __future__ import annotations

import logging
import os
import time
import traceback

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.config.site import ConfigInvalid, load_config
from tests.helpers.config_strategies import Generated, configurations, prepare_files, with_issue_cases
from tests.helpers.fakes import no_printer, no_speech_engine
from tests.unit.test_config import BASE


EXAMPLES = 120


class Tracebacks(logging.Handler):
    """Log records that carry an exception: a part of the kiosk that failed."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.records.append(record)


def _expected(path) -> tuple[bool, list[str]]:
    """(valid, errors) as load_config sees the file: the oracle for what the kiosk must show."""
    try:
        load_config(path)
    except ConfigInvalid as exc:
        return False, [str(e) for e in exc.errors]
    return True, []


def _wait(condition, timeout_s: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    return condition()


def test_the_kiosk_starts_on_any_configuration(qapp, tmp_path_factory):
    from kiosk.app import build
    from kiosk.cli import _config_before_qt
    from kiosk.paths import Paths

    folder = tmp_path_factory.mktemp("site")
    prepare_files(folder)
    site = folder / "site.toml"
    data = tmp_path_factory.mktemp("data")
    copy, origin = data / "last-good-config.toml", data / "last-good-config.toml.origin"
    logged = Tracebacks()
    logging.getLogger("kiosk").addHandler(logged)
    tried: list[int] = []
    counts = {"applied": 0, "fallback": 0}
    tracebacks: list[str] = []
    failures: list[str] = []

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(configurations(), configurations(), configurations(fitting=True)))
    @with_issue_cases
    def run(generated: Generated) -> None:
        tried.append(1)
        # The terminal's last valid configuration, as a kiosk that ran on BASE left it.
        copy.write_text(BASE, encoding="utf-8")
        origin.write_text(str(folder), encoding="utf-8")
        site.write_bytes(generated.data)
        logged.records.clear()
        environ = dict(os.environ)
        try:
            valid, errors = _expected(site)
            resolved, _language = _config_before_qt(str(site), Paths.create(data))   # as kiosk.cli.run does
            kiosk = build(config=resolved, data_dir=data, windowed=True, speaker_factory=no_speech_engine,
                          printer_lookup=no_printer)
            started = _wait(lambda: getattr(kiosk.window, "start_finished", False))
        except BaseException as exc:  # the very thing this test is about: count it, show it
            tracebacks.append(f"{generated.made}\n{''.join(traceback.format_exception(exc))[-1500:]}")
            failures.append(tracebacks[-1])
            return
        finally:
            os.environ.clear()
            os.environ.update(environ)
        try:
            for record in logged.records:
                tracebacks.append(f"{generated.made}\nlogged: {record.getMessage()}\n"
                                  f"{''.join(traceback.format_exception(*record.exc_info))[-1500:]}")
                failures.append(tracebacks[-1])
            home = kiosk.window.findChild(QWidget, "home")
            if logged.records:
                pass   # counted above
            elif not (started and kiosk.status.serving and home is not None and home.isVisible()):
                failures.append(f"{generated.made}\nnot serving residents (started={started})")
            elif valid and (kiosk.config_fallback or kiosk.config_errors):
                failures.append(f"{generated.made}\nvalid, yet {[str(e) for e in kiosk.config_errors]}")
            elif not valid and not (kiosk.config_fallback and [str(e) for e in kiosk.config_errors] == errors):
                failures.append(f"{generated.made}\ninvalid: {errors[:3]}, the kiosk shows "
                                f"{[str(e) for e in kiosk.config_errors][:3]} (fallback={kiosk.config_fallback})")
            else:
                counts["applied" if valid else "fallback"] += 1
        finally:
            kiosk.shutdown()
            QApplication.processEvents()

    try:
        run()
    finally:
        logging.getLogger("kiosk").removeHandler(logged)
    print(f"\nkiosk start: {len(tried)} generated configurations tried, started on them: {counts['applied']}, "
          f"on the last valid one: {counts['fallback']}, tracebacks: {len(tracebacks)}, "
          f"other failures: {len(failures) - len(tracebacks)}")
    assert len(tried) >= EXAMPLES
    assert failures == [], "\n\n".join(failures[:5])
    # The generator reaches both: files the kiosk runs on, and files it falls back from.
    assert counts["applied"] >= EXAMPLES // 10 and counts["fallback"] >= EXAMPLES // 10
