"""One resident's browser: a fresh off-the-record profile and a private temp folder.

Qt cannot clear localStorage, IndexedDB, Cache Storage or service workers of a
living profile, so a session's profile is destroyed whole at the end: its
pages first, then the profile, then the folder where downloads and prints went.
The next session gets a new one. An off-the-record profile keeps all of it in
memory only, so nothing reaches the disk in the first place.
"""

from __future__ import annotations

import logging
import shutil
import uuid

import shiboken6
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile, QWebEngineSettings

from kiosk.core.browser.url_policy import Policy, host_of
from kiosk.web.connection_guard import process_guard
from kiosk.web.interceptor import PolicyInterceptor
from kiosk.web.scheme import SCHEME, KioskSchemeHandler
from kiosk.web.webrtc_off import webrtc_script

log = logging.getLogger("kiosk.web")

_S = QWebEngineSettings.WebAttribute
# What a locked-down page may and may not do.
_SETTINGS = {
    _S.JavascriptEnabled: True,
    _S.JavascriptCanOpenWindows: True,   # opens in the same view, see KioskPage.createWindow
    _S.JavascriptCanAccessClipboard: False,
    _S.JavascriptCanPaste: False,
    _S.LocalContentCanAccessFileUrls: False,
    _S.LocalContentCanAccessRemoteUrls: False,
    _S.LocalStorageEnabled: True,
    _S.PluginsEnabled: True,             # the built-in PDF viewer is a plugin
    _S.PdfViewerEnabled: True,
    _S.FullScreenSupportEnabled: False,
    _S.ScreenCaptureEnabled: False,
    _S.AllowRunningInsecureContent: False,
    _S.AllowGeolocationOnInsecureOrigins: False,
    _S.AllowWindowActivationFromJavaScript: False,
    _S.NavigateOnDropEnabled: False,
    _S.XSSAuditingEnabled: True,
    _S.ErrorPageEnabled: True,
    _S.FocusOnNavigationEnabled: True,
    _S.PrintElementBackgrounds: True,
    # WebRTC gathers no private-interface candidates. The Chromium switch
    # --force-webrtc-ip-handling-policy (stricter) overrides this; it stays
    # as the fallback should the switch ever be lost.
    _S.WebRTCPublicInterfacesOnly: True,
}


class SessionProfile(QObject):
    """The browser state of one session; `destroy()` removes all of it."""

    refused = Signal(str, str, str)   # host, reason, origin (from the interceptor and the frames)
    download_refused = Signal(str)    # host the file came from ("" if none); never the address

    def __init__(self, policy: Policy, session_root: Path, *, lang: str,
                 video_policy: Policy | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Every connection of this profile goes through the guard: it serves
        # from here on, if the kiosk's start has not made it serve already.
        process_guard().serve()
        self.id = uuid.uuid4().hex
        self.temp_dir = session_root / self.id
        try:
            self.temp_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            # A full or read-only disk must not stop a resident's errand: the
            # profile is in memory anyway, and downloads are refused.
            log.warning("no session folder (%s); the session goes on without one", exc.strerror or exc)
        # No storage name: an off-the-record profile, memory only.
        self.profile = QWebEngineProfile(self)
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self.profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime)
        self.profile.setSpellCheckEnabled(False)
        self.profile.setHttpAcceptLanguage(f"{lang},en;q=0.5")
        self.profile.setDownloadPath(str(self.temp_dir))
        settings = self.profile.settings()
        for attr, on in _SETTINGS.items():
            settings.setAttribute(attr, on)
        self.interceptor = PolicyInterceptor(policy, self)
        self.interceptor.refused.connect(self.refused)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.scheme_handler = KioskSchemeHandler(self)
        self.profile.installUrlSchemeHandler(SCHEME, self.scheme_handler)
        # WebRTC exists only on the site's video hosts (see kiosk.web.webrtc_off).
        self.profile.scripts().insert(webrtc_script(video_policy))
        self.profile.downloadRequested.connect(self._on_download)
        self._pages: list[QObject] = []
        self._destroying = False
        self._waiting = 0

    def adopt_page(self, page: QObject) -> None:
        """Register a page made on this profile so destroy() deletes it first.

        A frame's refused navigation (a redirect of an iframe, say) shows no
        blocked page but is counted with the interceptor's refusals.
        """
        self._pages.append(page)
        frame_refused = getattr(page, "frame_refused", None)
        if frame_refused is not None:
            frame_refused.connect(self.refused)

    def _on_download(self, download: QWebEngineDownloadRequest) -> None:
        # PDFs normally never arrive here: the built-in viewer shows them.
        # Everything else would leave a file on a shared computer, so it is
        # refused before a byte is written. The file name and the address can
        # be personal (a name, a one-time token): only the host is reported.
        host = host_of(download.url().toString()) or ""
        log.info("download refused: host=%s mime type=%s", host or "-", download.mimeType() or "-")
        download.cancel()
        self.download_refused.emit(host)

    def destroy(self) -> None:
        """Delete the pages, then (once they are gone) the profile and the temp folder.

        Deleting the profile while a page of it lives makes QtWebEngine warn
        "Release of profile requested but WebEnginePage still not deleted" and
        can crash, so the profile waits for each page's `destroyed`.
        """
        if self._destroying:
            return
        self._destroying = True
        pages = [p for p in self._pages if shiboken6.isValid(p)]
        self._pages = []
        self._waiting = len(pages)
        shutil.rmtree(self.temp_dir, ignore_errors=True)
        if not pages:
            self._finish()
            return
        for page in pages:
            page.destroyed.connect(self._page_gone)
            page.deleteLater()

    def _page_gone(self, _obj=None) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self._finish()

    def _finish(self) -> None:
        self.profile.setUrlRequestInterceptor(None)
        self.profile.deleteLater()
        self.deleteLater()
