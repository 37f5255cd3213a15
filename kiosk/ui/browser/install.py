"""The browser's part of the start: a resident's browser profile, made when a session starts.

`install_browser(BrowserParts(...))` returns the `BrowserSession`: the session
service starts it (and the browser screen asks again after a failure), and the
wipe at the end of a session destroys pages, profile and session files (both
connected in kiosk.wiring.register_resets, where the wipe's order is kept).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.browser.url_policy import Policy

if TYPE_CHECKING:   # QtWebEngine's classes are imported when the first session starts
    from kiosk.ui.shell.main_window import MainWindow
    from kiosk.web.session_profile import SessionProfile

log = logging.getLogger("kiosk.session")


@dataclass(frozen=True)
class BrowserParts:
    """What the browser needs: where it shows, what it may reach, where its files go."""

    window: MainWindow                 # its browser screen is built on first use
    policy: Policy                     # the same policy check-config judges tiles by
    video_policy: Policy | None        # hosts allowed the camera and microphone
    allow_uploads: bool
    session_root: Path                 # sessions/<id>/: the profile, downloads, prints
    language_code: Callable[[], str]   # the resident's language when the profile is made
    owner: QObject                     # the profile must outlive the pages: the application holds it


class BrowserSession:
    """The browser profile of the session running now (None between sessions)."""

    def __init__(self, window: MainWindow, make_profile: Callable[[], SessionProfile], policy: Policy,
                 video_policy: Policy | None, allow_uploads: bool) -> None:
        self._window = window   # its browser screen is built on first use
        self._make_profile = make_profile
        self._policy = policy
        self._video_policy = video_policy
        self._allow_uploads = allow_uploads
        self.profile: SessionProfile | None = None
        self._failing = False

    def begin(self) -> None:
        """Make the session's profile and view; on failure the browser screen says so calmly.

        Called when a session starts and again whenever the browser screen
        wants a view it does not have (a tile tap, "Try again"), so that a
        profile that failed once is tried again instead of throwing the
        resident back to the home screen.
        """
        if self.profile is not None:
            return
        profile = None
        try:
            profile = self._make_profile()
            self._window.browser.attach(profile, self._policy, video_policy=self._video_policy,
                                        allow_uploads=self._allow_uploads)
        except Exception:
            # Logged once with the traceback for IT (not at every tap); the
            # resident sees the service-error panel instead.
            if self._failing:
                log.warning("the session's browser still cannot start")
            else:
                log.exception("the session's browser could not start; services stay closed until it does")
            self._failing = True
            if self._window.screens_built:
                self._window.browser.discard()
            if profile is not None:
                profile.destroy()
            return
        if self._failing:
            log.info("the session's browser started again")
        self._failing = False
        self.profile = profile

    def wipe(self) -> None:
        """Pages first, then the profile and its folder (downloads, prints)."""
        if self._window.screens_built:
            self._window.browser.discard()
        profile, self.profile = self.profile, None
        if profile is not None:
            profile.destroy()


def install_browser(parts: BrowserParts) -> BrowserSession:
    """The session's browser: made when a session starts or the browser screen asks, wiped at its end."""
    def make_profile() -> SessionProfile:
        from kiosk.web.session_profile import SessionProfile
        # Parented to the application: the profile must outlive the Python
        # reference BrowserSession drops at session end, until its pages are gone.
        return SessionProfile(parts.policy, parts.session_root, lang=parts.language_code(),
                              video_policy=parts.video_policy, parent=parts.owner)

    # Started and wiped by the session (kiosk.wiring.register_resets: the wipe's order is kept in one place).
    return BrowserSession(parts.window, make_profile, parts.policy, parts.video_policy, parts.allow_uploads)
