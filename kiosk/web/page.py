"""The locked-down web page and view a resident uses.

`KioskPage` asks the pure URL policy before every navigation, opens new
windows in the same view, never accepts a certificate error, refuses full
screen and file choosers (unless the site allows uploads), and grants the
camera and microphone only to the site's video-appointment hosts.
`ServiceView` is the widget (objectName `browser`) without a context menu.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineFullScreenRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from kiosk.core.url_policy import Policy, host_of

log = logging.getLogger("kiosk.web")

_AV = {
    QWebEnginePermission.PermissionType.MediaAudioCapture,
    QWebEnginePermission.PermissionType.MediaVideoCapture,
    QWebEnginePermission.PermissionType.MediaAudioVideoCapture,
}


class KioskPage(QWebEnginePage):
    """A page that obeys the site's policy.

    Signals carry the host only, never a full address: addresses of
    identification pages hold one-time tokens.
    """

    blocked = Signal(str, str)          # host (may be ""), reason
    frame_refused = Signal(str, str)    # host, reason: a frame's navigation or redirect, only counted
    certificate_refused = Signal(str)   # host
    permission_decided = Signal(str, str, bool)  # host, permission name, granted

    def __init__(self, profile: QWebEngineProfile, policy: Policy, *, video_policy: Policy | None,
                 allow_uploads: bool, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self._policy = policy
        self._video_policy = video_policy
        self._allow_uploads = allow_uploads
        self._dialogs = None
        self.certificateError.connect(self._on_certificate_error)
        self.fullScreenRequested.connect(self._on_full_screen)
        self.permissionRequested.connect(self._on_permission)
        self.newWindowRequested.connect(self._on_new_window)

    # -- navigation -----------------------------------------------------------

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        decision = self._policy.decide(text, is_navigation=True)
        if decision.allowed:
            return True
        log.info("navigation refused: host=%s reason=%s main_frame=%s",
                 decision.host or "-", decision.reason, is_main_frame)
        if is_main_frame:
            self.blocked.emit(decision.host or "", str(decision.reason))
        else:
            self.frame_refused.emit(decision.host or "", str(decision.reason))
        return False

    def createWindow(self, window_type) -> QWebEnginePage:  # noqa: N802
        # target=_blank and window.open() load in this same view; the kiosk has
        # no second window a resident could lose track of.
        return self

    def _on_new_window(self, request) -> None:
        request.openIn(self)

    # -- things a page may ask for --------------------------------------------

    def _on_certificate_error(self, error: QWebEngineCertificateError) -> None:
        host = host_of(error.url().toString()) or ""
        log.warning("certificate error refused: host=%s type=%s", host or "-", error.type().name)
        error.rejectCertificate()
        if error.isMainFrame():
            self.certificate_refused.emit(host)

    def _on_full_screen(self, request: QWebEngineFullScreenRequest) -> None:
        request.reject()

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        host = host_of(permission.origin().toString()) or ""
        kind = permission.permissionType()
        granted = False
        if kind in _AV and self._video_policy is not None:
            granted = self._video_policy.decide(permission.origin().toString()).allowed
        if granted:
            permission.grant()
        else:
            permission.deny()
        log.info("permission %s for host=%s: %s", kind.name, host or "-", "granted" if granted else "denied")
        self.permission_decided.emit(host, kind.name, granted)

    def chooseFiles(self, mode, old_files, accepted_mime_types):  # noqa: N802
        if not self._allow_uploads:
            log.info("file chooser refused (uploads not enabled for this site)")
            return []
        return super().chooseFiles(mode, old_files, accepted_mime_types)

    # -- JavaScript dialogs: in the shell, never a native window --------------

    def set_dialogs(self, dialogs) -> None:
        """Who shows alert()/confirm(): an object with alert(text) and confirm(text) -> bool."""
        self._dialogs = dialogs

    def javaScriptAlert(self, origin: QUrl, text: str) -> None:  # noqa: N802
        if self._dialogs is not None:
            self._dialogs.alert(text)

    def javaScriptConfirm(self, origin: QUrl, text: str) -> bool:  # noqa: N802
        return self._dialogs.confirm(text) if self._dialogs is not None else False

    def javaScriptPrompt(self, origin: QUrl, text: str, default: str):  # noqa: N802
        # Typing into a page's prompt is never needed by the services; refuse.
        return False, ""

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        # Console output can quote page content (names, health data): never log it.
        return


class ServiceView(QWebEngineView):
    """The browser widget: no context menu, no drops of local files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browser")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.setAccessibleName(self.tr("Service"))
