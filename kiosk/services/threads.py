"""Every hand-off between worker threads and the interface thread (after Picard's picard/util/thread.py).

Widgets, most QObjects and everything a resident sees belong to the interface
thread; a worker (the storage worker, a background job, the usage sync, the
connection guard, an MQTT client) must never touch them. It hands its answer
over instead:

- `to_main(func, *args)` calls `func(*args)` on the interface thread, later.
  It works from any thread: one Qt made, the asyncio loop of the connection
  guard, or a plain `threading.Thread` of a library such as paho-mqtt. Calls
  made from one thread arrive in the order they were made. A call that raises
  is logged and the next one runs as usual: a feature's callback must not
  throw the resident out of their errand.
- `Answers(owner, name)` is one worker's way back: `answers.to_main(...)` is
  dropped on arrival once `stop()` was called or once the owner QObject is
  deleted, so nothing answers into a service that has shut down.
- `run_task(job, done, failed, name=..., answers=...)` runs `job()` on a thread
  of its own and hands `done(result)` or `failed(error)` to the interface
  thread; `Background` is the same for an owner that runs many such jobs.

The calls travel as a queued signal to one receiver that lives on the
application's thread (Qt queues a signal emitted on another thread; a plain
Python thread counts as one, Qt adopts it). No QThread, no event loop on the
workers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

log = logging.getLogger("kiosk.threads")

_lock = threading.Lock()
_receiver: _Receiver | None = None


class _Receiver(QObject):
    """Lives on the interface thread and runs what the workers hand over."""

    # (func, args, kwargs): emitted on any thread, always delivered queued on this one.
    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, item: tuple[Callable[..., Any], tuple, dict]) -> None:
        func, args, kwargs = item
        try:
            func(*args, **kwargs)
        except Exception:   # logged; the next hand-off runs as usual
            log.exception("%s failed on the interface thread", _describe(func))


def _the_receiver() -> _Receiver | None:
    """The one receiver, made at the first hand-off and moved to the application's thread."""
    global _receiver
    with _lock:
        if _receiver is None:
            app = QCoreApplication.instance()
            if app is None:
                return None
            receiver = _Receiver()
            if receiver.thread() is not app.thread():
                # Made on a worker: only the thread an object lives on may push it to another.
                receiver.moveToThread(app.thread())
            _receiver = receiver
        return _receiver


def to_main(func: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """Call `func(*args, **kwargs)` on the interface thread, later; safe from any thread.

    Without an application (never made, or already gone at exit) the call is
    dropped: there is no interface left to tell.
    """
    receiver = _the_receiver()
    if receiver is None:
        log.debug("no application: %s dropped", _describe(func))
        return
    try:
        receiver.call.emit((func, args, kwargs))
    except RuntimeError:   # the receiver was deleted with the application at exit
        log.debug("application gone: %s dropped", _describe(func))


class Answers:
    """One worker's way back to the interface thread; nothing arrives after `stop()` or its owner."""

    def __init__(self, owner: QObject | None, name: str) -> None:
        self._owner = owner
        self.name = name
        self._stopped = False

    def to_main(self, func: Callable[..., Any], *args: Any) -> bool:
        """Hand `func(*args)` to the interface thread; False when nobody listens any more.

        A worker may end its loop on False. The check that counts is made again
        on arrival, on the interface thread: an answer already on its way when
        `stop()` is called is dropped there.
        """
        if not self.listening:
            return False
        to_main(self._deliver, func, args)
        return True

    def stop(self) -> None:
        """From now on answers are dropped (call on the interface thread)."""
        self._stopped = True

    @property
    def listening(self) -> bool:
        return not self._stopped and (self._owner is None or _alive(self._owner))

    def _deliver(self, func: Callable[..., Any], args: tuple) -> None:
        if not self.listening:
            return
        try:
            func(*args)
        except Exception:   # a feature's callback must not throw the resident out of their errand
            log.exception("%s: %s failed on the interface thread", self.name, _describe(func))


def run_task(job: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None] | None = None, *,
             name: str, answers: Answers | None = None) -> threading.Thread:
    """Call `job()` on a thread of its own; `done(result)` or `failed(error)` on the interface thread.

    Without `failed` a failing job is logged (on its own thread) and nobody is
    called. Each job gets its own thread: one that hangs on a slow USB stick
    holds only itself. With `answers`, they are dropped after `answers.stop()`.
    """
    answers = answers or Answers(None, name)

    def target() -> None:
        try:
            value = job()
        except Exception as exc:
            if failed is None:
                log.error("%s: background job failed", name, exc_info=exc)
                return
            answers.to_main(failed, exc)
        else:
            answers.to_main(done, value)

    thread = threading.Thread(target=target, name=f"kiosk-{name}", daemon=True)
    thread.start()
    return thread


class Background(QObject):
    """Runs short blocking jobs (a folder on a USB stick, a PIN hash, a log file) off the interface thread.

    The storage worker owns the database; this is for everything else that may
    wait on a disk or burn CPU for a noticeable time. Answers come back on the
    interface thread and are dropped once this object is deleted (its owner
    went); callers that care about stale answers keep their own ticket.
    """

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._answers = Answers(self, name)

    def run(self, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[Exception], None] | None = None) -> threading.Thread:
        """Call `job()` on another thread; `done(result)` or `failed(error)` here, later."""
        return run_task(job, done, failed, name=self._name, answers=self._answers)


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def _describe(func: Callable[..., Any]) -> str:
    return getattr(func, "__qualname__", None) or repr(func)
