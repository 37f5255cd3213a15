"""Logging: named loggers per area, a rotating file in the data directory, stderr.

Qt's own messages are routed into Python logging under `kiosk.qt`. Nothing
logged may hold a PIN, a name, an identity number or a full web address: the
code logs hosts and reasons only.

A log file that cannot be written (a full or read-only disk) costs one line on
stderr (the journal), never a traceback per record: the file handler goes
quiet, the stderr copy carries on, and the file is used again, with one line
saying so, as soon as a write works.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_QT_LEVELS = {0: logging.DEBUG, 1: logging.WARNING, 2: logging.ERROR, 3: logging.CRITICAL, 4: logging.INFO}


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that says once, not per record, when it cannot be written."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.failing = False
        self._just_failed = False

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.failing and not self._just_failed:
            self.failing = False
            self._say(f"the log file {self.baseFilename} is written again")
        self._just_failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging override)
        exc = sys.exc_info()[1]
        self._just_failed = True
        if self.stream is not None:
            # A half-written buffer would fail every flush from now on: drop it and reopen later.
            try:
                self.stream.close()
            except OSError:
                pass
            self.stream = None   # type: ignore[assignment]
        if not self.failing:
            self.failing = True
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            self._say(f"cannot write the log file {self.baseFilename} ({reason}); "
                      "logging to stderr only until it works again")

    @staticmethod
    def _say(line: str) -> None:
        try:
            sys.stderr.write(f"kiosk.log: {line}\n")
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):
            pass


def setup_logging(log_file: Path | None, *, level: int = logging.INFO, stderr: bool = True) -> None:
    """Configure the `kiosk` logger tree (idempotent)."""
    root = logging.getLogger("kiosk")
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = []
    problem = None
    if log_file is not None:
        try:
            handlers.append(QuietFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"))
        except OSError as exc:   # the log then goes to stderr (the journal) only
            problem = f"cannot write the log file {log_file}: {exc.strerror or exc}"
            stderr = True
    if stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if problem:
        root.error(problem)


def route_qt_messages() -> None:
    """Send qDebug/qWarning/... into logging; chains to any earlier handler."""
    from PySide6.QtCore import qInstallMessageHandler

    qt_log = logging.getLogger("kiosk.qt")
    previous = None

    def handler(mode, context, message):  # noqa: ANN001 (Qt callback)
        level = _QT_LEVELS.get(int(mode.value) if hasattr(mode, "value") else int(mode), logging.INFO)
        qt_log.log(level, "%s%s", f"[{context.category}] " if context.category not in (None, "default") else "",
                   message)
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)


def tail(log_file: Path, lines: int = 40) -> list[str]:
    """The last lines of the log, for the admin view."""
    try:
        with log_file.open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 64_000))
            data = fh.read().decode("utf-8", "replace")
    except OSError:
        return []
    return data.splitlines()[-lines:]
