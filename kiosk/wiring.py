"""The two orders that span features, for the composition root (kiosk.app).

`register_resets` is the wipe at the end of a session, step by step in one
place; `connect_reports` turns each feature's own signals into events on the
hub. Features only emit their own signals; nothing outside this module and
kiosk.app knows the hub's subscribers. Also here: the first-frame hook and the
start-up cleanup of session folders a killed kiosk left behind.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from kiosk.services.events import EventHub
from kiosk.services.idle import IdleWatcher
from kiosk.services.printing import PrintService
from kiosk.services.session import SessionService
from kiosk.ui.shell.appearance import Appearance
from kiosk.ui.shell.i18n import Language
from kiosk.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from kiosk.ui.browser.install import BrowserSession

log = logging.getLogger("kiosk.session")


def clear_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(clipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(clipboard.Mode.Selection)


def remove_stale_sessions(session_root: Path) -> threading.Thread | None:
    """At start: remove `sessions/<id>/` left by a kiosk that was killed mid-session.

    The folders are listed now (the next session's folder, made later under a
    new id, is never among them) and removed on a thread of their own: a killed
    kiosk's browser profile can be hundreds of files, and removing them must not
    delay the first frame. A kiosk stopped before the removal ends leaves the
    rest for the next start.
    """
    try:
        entries = list(session_root.iterdir())
    except OSError:
        return None
    if not entries:
        return None

    def remove() -> int:
        for entry in entries:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
        log.warning("removed %d session folder(s) left by an earlier run", len(entries))
        return len(entries)

    thread = threading.Thread(target=remove, name="kiosk-stale-sessions", daemon=True)
    thread.start()
    return thread


def register_resets(session: SessionService, window: MainWindow, browser: BrowserSession,
                    idle: IdleWatcher, language: Language, appearance: Appearance, default_language: str) -> None:
    """The wipe at the end of a session, in this order; each step runs even if another fails."""
    session.started.connect(browser.begin)
    window.when_built(lambda: window.browser.browser_wanted.connect(browser.begin))
    session.started.connect(idle.start)
    idle.expired.connect(lambda: session.end("timeout"))
    session.add_reset("idle watcher", idle.stop)
    session.add_reset("browser view and profile, session files", browser.wipe)
    session.add_reset("clipboard", clear_clipboard)
    session.add_reset("guide position", lambda: window.screens_built and window.guides.end_session())
    # The signed-out screen keeps the resident's words; the language goes back under it.
    session.add_reset("signed-out screen's words", window.signed_out.keep_language)
    session.add_reset("language", lambda: language.set(default_language))
    session.add_reset("appearance", appearance.reset)


def connect_reports(hub: EventHub, session: SessionService, window: MainWindow, printing: PrintService,
                    language: Language, appearance: Appearance) -> None:
    """Turn the features' own signals into events on the hub."""
    session.started.connect(lambda: hub.report("session.started"))
    window.feedback.answered.connect(lambda answer: hub.report("session.feedback", answer=answer))
    # `ended` comes after the wipe, when length_s() is 0 again: measure just before.
    length = [0.0]

    def measure() -> None:
        length[0] = round(session.length_s(), 1)

    def ended(reason: str) -> None:
        hub.report("session.ended", reason=reason, length_s=length[0])
        length[0] = 0.0
    session.add_reset("length for the event hub", measure)
    session.ended.connect(ended)
    window.tile_opened.connect(lambda tile: hub.report("tile.opened", tile=tile))
    window.when_built(lambda: _connect_screen_reports(hub, window, printing))
    # Only what a resident chose: the wipe's return to the defaults is no choice.
    language.changed.connect(lambda code: None if session.resetting else hub.report("language.changed", lang=code))
    contrast = [appearance.high_contrast, appearance.text_step]

    def appearance_changed() -> None:
        if session.resetting:
            contrast[:] = [appearance.high_contrast, appearance.text_step]
            return
        if appearance.high_contrast != contrast[0]:
            hub.report("appearance.changed", mode="contrast", on=appearance.high_contrast)
        if appearance.text_step != contrast[1]:
            hub.report("appearance.changed", mode="text_size", on=appearance.text_step > 0)
        contrast[:] = [appearance.high_contrast, appearance.text_step]
    appearance.changed.connect(appearance_changed)


def _connect_screen_reports(hub: EventHub, window: MainWindow, printing: PrintService) -> None:
    """The browser's and the guides' reports, once those screens exist."""
    window.browser.refused.connect(
        lambda host, reason, origin: hub.report("host.refused", host=host, reason=reason, origin=origin))
    viewer = window.guides.viewer
    last_step: dict[str, tuple[str, int]] = {}
    steps: dict[str, int] = {}

    def opened(guide: str, count: int) -> None:
        steps[guide] = count
        last_step.pop("now", None)
        hub.report("guide.opened", guide=guide, steps=count)

    def step(guide: str, index: int) -> None:
        if last_step.get("now") == (guide, index):
            return    # the same step drawn again (language, text size)
        last_step["now"] = (guide, index)
        if index >= steps.get(guide, index + 1):
            hub.report("guide.completed", guide=guide)
        else:
            hub.report("guide.step", guide=guide, step=index + 1)

    def closed(guide: str, index: int) -> None:
        last_step.pop("now", None)
        hub.report("guide.closed", guide=guide, step=index + 1)

    viewer.opened.connect(opened)
    viewer.step_shown.connect(step)
    viewer.closed.connect(closed)
    viewer.answered.connect(lambda guide, answer: hub.report("guide.feedback", guide=guide, answer=answer))

    def print_kind() -> str:
        return "guide" if printing.requester is viewer else "page"
    printing.started.connect(lambda: hub.report("print.started", kind=print_kind()))
    printing.finished.connect(lambda ok, _key: hub.report("print.finished", kind=print_kind(), ok=ok))


def kiosk_busy(kiosk, quiet_s: float) -> str:
    """Why the kiosk is needed right now ("" when nobody needs it): the nightly restart asks.

    A resident's session (a resident waiting for help has one), an admin or
    helper view (or its PIN pad) open, or input in the last `quiet_s`
    seconds. Requests left waiting for the next shift do not hold it: they
    are stored and come back after the restart.
    """
    if kiosk.session is not None and kiosk.session.active:
        return "a resident's session"
    if kiosk.admin is not None and kiosk.admin.showing:
        return "the admin view is open"
    if kiosk.help is not None and kiosk.help.showing:
        return "the helper view is open"
    if kiosk.idle is not None and kiosk.idle.idle_seconds() < quiet_s:
        return "recent input"
    return ""
