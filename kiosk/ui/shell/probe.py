"""Test-only probe: tells a test that drives the kiosk through a real display server where things are.

Off unless the environment has DIGIPISTE_TEST_PROBE=1 (the tests in
tests/display set it; nothing in production does). It then reads one command
a line on stdin and answers one JSON line on stdout:

    where NAME   {"where": NAME, "x": X, "y": Y, "rect": [L, T, W, H], "shown": [L, T, W, H], "visible": true}
                 (centre and rectangle on the screen; "shown": the part of it that its
                 parents and the widgets over it leave to be seen, e.g. not scrolled away;
                 "scroll": [L, T, W, H] of the scroll area's view it is in, if any, where
                 a wheel turn scrolls it into view as a person would)
    state        {"state": {"screen": ..., "overlays": [...], "swallowed": N, "windows": N}}
    label NAME   {"label": NAME, "text": ..., "enabled": bool, "visible": bool} (a control's own
                 label, e.g. Read aloud saying it is not available)
    keyboard     {"keyboard": {"visible": bool, "locale": "fi_FI", "rect": [L, T, W, H]}}
                 (Qt's on-screen keyboard, deployment.virtual_keyboard)
    said NAME    {"said": NAME, "name": ..., "description": ..., "enabled": true}
                 (what a screen reader is told about a control: its accessible
                 name and description; never the text of a field)
    open TILE    opens a tile as its button would ({"opened": TILE}); only for the
                 fresh-Debian walk (tests/deploy/test_fresh_debian.py), whose cage
                 runs headless inside systemd-nspawn with no input device at all
    settle       {"settled": true} once pending layouts and paints are done and the X
                 server has processed them (the screen audit screenshots after it)
    front        {"front": {"layer": NAME, "size": [W, H], "items": [...]}}: the visible
                 buttons and texts of the front layer, where they are and what they are
                 meant to say (kiosk/ui/shell/probe_view.py); the audit reads the pixels
    idle-warning SECONDS | off
                 shows (or hides) the idle warning as the idle watcher's signal does, with
                 a countdown that stands still, for the screen audit: the real watcher
                 needs at least 30 s without input ({"idle-warning": SECONDS | "off"})
    freeze PATH  answers {"freeze": PATH}, then blocks the interface thread (as a hang would)
                 until the file PATH exists, then answers {"thawed": PATH}: the heartbeat test
                 (tests/display/test_heartbeat_display.py) sees the health files go on while
                 the heartbeat stops
    health-intervals WRITE_MS BEAT_MS
                 the health files written every WRITE_MS and the heartbeat stamped every
                 BEAT_MS from now on ({"health-intervals": [WRITE_MS, BEAT_MS]}): the
                 heartbeat test waits seconds instead of the kiosk's 30 s and 10 s

    lang CODE    switches to a test-only pseudo-language (`qps-ploc`, `qps-plocm`, whose
                 .qm files DIGIPISTE_TEST_TRANSLATIONS names) as a language button
                 would: a site cannot offer them, so they have no button ({"lang": CODE})

`state` also says the language and the text-size step (0, 1, 2) in use.

Each command is one small handler of `Probe` (`_COMMANDS` names them). Apart
from `open`, `idle-warning`, `health-intervals`, `freeze` and `lang`, it only
reads: the test clicks and types through the X server itself (XTest; under
cage, nested in Xvfb, the same input reaches the kiosk as Wayland input), so
every input passes the window's filters like a resident's would.
It reports object names, positions, counters and the labels drawn on screen (which can show
a first name a resident typed, as the screen itself does), never the content of a field. It is
off unless a test turns it on.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

ENV = "DIGIPISTE_TEST_PROBE"
_OVERLAYS = ("idle-warning", "end-confirm", "session-feedback", "signed-out", "admin-pin", "admin-view")


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


class Probe(QObject):
    def __init__(self, kiosk: Any) -> None:
        super().__init__(kiosk.window)
        self._kiosk = kiosk
        self._buffer = b""
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            self._notifier.setEnabled(False)
            return
        self._buffer += chunk
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            command = line.decode("utf-8", "replace").strip()
            try:
                self.answer(command)
            except Exception as exc:   # a test's question must never take the kiosk down
                print(json.dumps({"error": f"{command.partition(' ')[0]}: {exc!r}"}), flush=True)

    def _find(self, name: str) -> QWidget | None:
        window = self._kiosk.window
        found = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
        if window.objectName() == name:
            found.insert(0, window)
        return found[0] if found else None

    def answer(self, command: str) -> None:
        verb, _, arg = command.partition(" ")
        handler = _COMMANDS.get(verb)
        reply = handler(self, arg) if handler is not None else {"error": f"unknown command {verb!r}"}
        print(json.dumps(reply), flush=True)

    # -- one handler a command (the module docstring lists them); each returns the answer -------

    def _where(self, arg: str) -> dict[str, Any]:
        widget = self._find(arg)
        if widget is None:
            return {"where": arg, "visible": False}
        centre = widget.mapToGlobal(widget.rect().center())
        corner = widget.mapToGlobal(widget.rect().topLeft())
        seen = widget.visibleRegion().boundingRect().translated(corner)
        reply: dict[str, Any] = {"where": arg, "x": centre.x(), "y": centre.y(), "visible": True,
                                 "rect": [corner.x(), corner.y(), widget.width(), widget.height()],
                                 "shown": [seen.x(), seen.y(), seen.width(), seen.height()]}
        view = _scroll_view(widget)
        if view is not None:
            top_left = view.mapToGlobal(view.rect().topLeft())
            reply["scroll"] = [top_left.x(), top_left.y(), view.width(), view.height()]
        return reply

    def _state(self, _arg: str) -> dict[str, Any]:
        window = self._kiosk.window
        current = getattr(window, "current_screen", lambda: None)()
        language = getattr(window, "language", None)
        appearance = getattr(window, "appearance", None)
        return {"state": {
            "screen": current.objectName() if current is not None else "",
            "overlays": [n for n in _OVERLAYS if self._find(n) is not None],
            "swallowed": getattr(self._kiosk.key_guard, "swallowed", 0),
            "windows": getattr(self._kiosk.filters, "windows", 0),
            "language": language.code if language is not None else "",
            "text_step": appearance.text_step if appearance is not None else 0,
        }}

    def _said(self, arg: str) -> dict[str, Any]:
        widget = self._find(arg)
        return {"said": arg, "visible": False} if widget is None else {
            "said": arg, "visible": True, "name": widget.accessibleName(),
            "description": widget.accessibleDescription(), "enabled": widget.isEnabled()}

    def _label(self, arg: str) -> dict[str, Any]:
        widget = self._find(arg)
        text = getattr(widget, "text", None) if widget is not None else None
        return {"label": arg, "visible": widget is not None,
                "text": text() if callable(text) else "",
                "enabled": widget is not None and widget.isEnabled()}

    def _keyboard(self, _arg: str) -> dict[str, Any]:
        # Qt's on-screen keyboard: shown or not, where, which layout (never what was typed).
        from PySide6.QtGui import QGuiApplication

        im = QGuiApplication.inputMethod()
        rect = im.keyboardRectangle().toRect()
        return {"keyboard": {"visible": im.isVisible(), "locale": im.locale().name(),
                             "rect": [rect.x(), rect.y(), rect.width(), rect.height()]}}

    def _open(self, arg: str) -> dict[str, Any]:
        open_tile = getattr(self._kiosk.window, "open_tile", None)   # none on "being serviced"
        if open_tile is None:
            return {"error": "no tiles on this screen"}
        open_tile(arg)
        return {"opened": arg}

    def _settle(self, _arg: str) -> dict[str, Any]:
        from kiosk.ui.shell import probe_view
        probe_view.settle(self._kiosk.window)
        return {"settled": True}

    def _front(self, _arg: str) -> dict[str, Any]:
        from kiosk.ui.shell import probe_view
        return {"front": probe_view.front(self._kiosk.window)}

    def _idle_warning(self, arg: str) -> dict[str, Any]:
        warning = getattr(self._kiosk.window, "idle_warning", None)
        if warning is None:
            return {"error": "no idle warning on this screen"}
        if arg == "off":
            warning.hide()
            return {"idle-warning": "off"}
        warning.show_seconds(int(arg))
        return {"idle-warning": int(arg)}

    def _health_intervals(self, arg: str) -> dict[str, Any]:
        health = getattr(self._kiosk, "health", None)
        write_ms, _, beat_ms = arg.partition(" ")
        if health is None:
            return {"error": "the health files are not written (yet)"}
        health.set_intervals(int(write_ms), int(beat_ms))
        return {"health-intervals": [int(write_ms), int(beat_ms)]}

    def _freeze(self, arg: str) -> dict[str, Any]:
        print(json.dumps({"freeze": arg}), flush=True)
        import time
        while not os.path.exists(arg):   # no event of this thread is handled meanwhile: that is the point
            time.sleep(0.01)
        return {"thawed": arg}

    def _lang(self, arg: str) -> dict[str, Any]:
        # Only the test-only pseudo-languages: a site's own are chosen with its buttons.
        language = getattr(self._kiosk.window, "language", None)
        if language is None or not arg.startswith("qps-"):
            return {"error": "only a pseudo-language (qps-...) is chosen through the probe"}
        language.set(arg)
        return {"lang": language.code}


# The commands of the module docstring, each to its handler.
_COMMANDS: dict[str, Callable[[Probe, str], dict[str, Any]]] = {
    "where": Probe._where, "state": Probe._state, "said": Probe._said, "label": Probe._label,
    "keyboard": Probe._keyboard, "open": Probe._open, "settle": Probe._settle, "front": Probe._front,
    "idle-warning": Probe._idle_warning, "health-intervals": Probe._health_intervals,
    "freeze": Probe._freeze, "lang": Probe._lang,
}


def _scroll_view(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area `widget` is in (where a wheel turn scrolls it), or None."""
    parent = widget.parentWidget()
    while parent is not None:
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent:
            return parent
        parent = owner
    return None


def attach(kiosk: Any) -> Probe | None:
    """Start the probe if the environment asks for it (tests only)."""
    return Probe(kiosk) if enabled() else None
