"""The locked-down web page and view a resident uses.

`KioskPage` asks the pure URL policy before every navigation, opens new
windows in the same view, never accepts a certificate error, refuses full
screen, hands file choosers to the kiosk's own chooser (only when the site
allows uploads; never folders, never the File System Access API), and grants the
camera and microphone only to the site's video-appointment hosts.
A top-level load that fails, takes too long or loses its renderer is reported
as `load_failed` (the pure `classify_load` decides which situation it is) so
that the kiosk shows its own page instead of Chromium's error page; a
password question (401/407) is refused, never answered.
`ServiceView` is the widget (objectName `browser`) without a context menu.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Qt, Signal
from PySide6.QtNetwork import QAuthenticator
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineFileSystemAccessRequest,
    QWebEngineFullScreenRequest,
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from kiosk.core.browser.load_failure import LOAD_TIMEOUT_S, Failure, classify_load, classify_termination
from kiosk.core.browser.refusals import Origin
from kiosk.core.browser.url_policy import Policy, host_of
from kiosk.web.auth_refusal import refuse
from kiosk.web.connection_guard import process_guard

log = logging.getLogger("kiosk.web")

_MODE = QWebEnginePage.FileSelectionMode
_UPLOAD_MODES = (_MODE.FileSelectOpen, _MODE.FileSelectOpenMultiple)

_AV = {
    QWebEnginePermission.PermissionType.MediaAudioCapture,
    QWebEnginePermission.PermissionType.MediaVideoCapture,
    QWebEnginePermission.PermissionType.MediaAudioVideoCapture,
}

# What QWebEnginePage passes to javaScriptConfirm() for a page's beforeunload
# question (qwebenginepage.cpp, UnloadDialog), in English or through a
# translator for the "QWebEnginePage" context. Qt 6 has no separate hook.
_LEAVE_QUESTION = "Are you sure you want to leave this page? Changes that you made may not be saved."


class KioskPage(QWebEnginePage):
    """A page that obeys the site's policy.

    Signals carry the host only, never a full address: addresses of
    identification pages hold one-time tokens.
    """

    blocked = Signal(str, str)          # host (may be ""), reason
    frame_refused = Signal(str, str, str)  # host, reason, origin ("frame"): a frame's navigation, only counted
    certificate_refused = Signal(str)   # host
    permission_decided = Signal(str, str, bool)  # host, permission name, granted
    load_failed = Signal(str, str)      # Failure value, host

    def __init__(self, profile: QWebEngineProfile, policy: Policy, *, video_policy: Policy | None,
                 allow_uploads: bool, parent: QWidget | None = None) -> None:
        super().__init__(profile, parent)
        self._policy = policy
        self._video_policy = video_policy
        self._allow_uploads = allow_uploads
        self._dialogs = None
        self._file_chooser = None
        self.fileSystemAccessRequested.connect(self._on_file_system_access)
        self.certificateError.connect(self._on_certificate_error)
        self.fullScreenRequested.connect(self._on_full_screen)
        self.permissionRequested.connect(self._on_permission)
        self.newWindowRequested.connect(self._on_new_window)
        # Chromium's error page speaks English and error codes; the kiosk draws its own.
        self.settings().setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)
        self.loadingChanged.connect(self._on_loading_changed)
        self.loadProgress.connect(self._on_progress)
        self.renderProcessTerminated.connect(self._on_renderer_ended)
        self.authenticationRequired.connect(self._on_password_question)
        self.proxyAuthenticationRequired.connect(
            lambda url, authenticator, _proxy: self._on_password_question(url, authenticator))
        self._failed_url = QUrl()
        self._challenged = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(int(LOAD_TIMEOUT_S * 1000))
        self._watchdog.timeout.connect(self._on_timeout)

    # -- navigation -----------------------------------------------------------

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        decision = self._policy.decide(text, is_navigation=True)
        if decision.allowed:
            return True
        # No host in the log: it is where a resident tried to go, and the log
        # outlives the session (the admin view counts hosts in memory).
        log.info("navigation refused: reason=%s main_frame=%s", decision.reason, is_main_frame)
        if is_main_frame:
            self.blocked.emit(decision.host or "", str(decision.reason))
        else:
            self.frame_refused.emit(decision.host or "", str(decision.reason), str(Origin.FRAME))
        return False

    def createWindow(self, window_type) -> QWebEnginePage:  # noqa: N802
        # target=_blank and window.open() load in this same view; the kiosk has
        # no second window a resident could lose track of.
        return self

    def _on_new_window(self, request) -> None:
        request.openIn(self)

    # -- failures of the top-level load ----------------------------------------

    def retry(self) -> None:
        """Load again what failed (or what the renderer showed when it ended)."""
        url = self._failed_url if not self._failed_url.isEmpty() else self.url()
        self.load(url)

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        # loadingChanged is about the main frame only: a failing iframe or
        # image never replaces the page.
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self._challenged = False
            self._watchdog.start()
            return
        self._watchdog.stop()
        if status != QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            return
        host = host_of(info.url().toString()) or ""
        kind = classify_load(info.errorDomain().name, info.errorCode(), challenged=self._challenged,
                             upstream=process_guard().upstream_failure(host) if host else None)
        if kind is not None:
            self._report(kind, info.url())

    def _on_progress(self, percent: int) -> None:
        # Any progress is a sign of life; at 100 the document is there and a
        # slow picture must not turn the page into "not answering".
        if not self._watchdog.isActive():
            return
        if percent >= 100:
            self._watchdog.stop()
        else:
            self._watchdog.start()

    def _on_timeout(self) -> None:
        url = self.requestedUrl()
        self.triggerAction(QWebEnginePage.WebAction.Stop)  # ends as ERR_ABORTED: not reported again
        self._report(Failure.TIMEOUT, url)

    def _on_renderer_ended(self, status, exit_code: int) -> None:
        self._watchdog.stop()
        kind = classify_termination(status.name)
        if kind is not None:
            self._report(kind, self.url())

    def _report(self, kind: Failure, url: QUrl) -> None:
        self._failed_url = QUrl(url)
        host = host_of(url.toString()) or ""
        log.warning("service page failed: host=%s kind=%s", host or "-", kind.value)
        self.load_failed.emit(kind.value, host)

    def _on_password_question(self, url: QUrl, authenticator: QAuthenticator) -> None:
        # Refused, never answered: the load then fails with 401/407 and the
        # resident is told once (classify_load with challenged=True).
        self._challenged = True
        log.info("password question refused: host=%s", host_of(url.toString()) or "-")
        if not refuse(authenticator):
            self.triggerAction(QWebEnginePage.WebAction.Stop)
            self._report(Failure.PASSWORD, url)

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

    def set_file_chooser(self, chooser) -> None:
        """Who picks upload files: an object with choose(multiple=, accepted=) -> [paths]."""
        self._file_chooser = chooser

    def chooseFiles(self, mode, old_files, accepted_mime_types):  # noqa: N802
        # Never Qt's QFileDialog (it browses the whole disk, remembers the last
        # resident's folder, offers delete and rename): the kiosk's own chooser or nothing.
        if not self._allow_uploads:
            log.info("file chooser refused (uploads not enabled for this site)")
            return []
        if mode not in _UPLOAD_MODES or self._file_chooser is None:
            # Folder uploads and the save picker (showSaveFilePicker) are refused.
            log.info("file chooser refused: mode %s", getattr(mode, "name", mode))
            return []
        if any(old_files):
            # WORKAROUND for QtWebEngine 6.12 giving showOpenFilePicker() the
            # same chooseFiles(FileSelectOpen) as <input type=file>, and then read
            # access without any fileSystemAccessRequested: the File System
            # Access API passes its start folder (e.g. "~/Documents/") where an
            # upload field passes [""]; that tells the two apart.
            log.info("file chooser refused: File System Access API picker")
            return []
        return self._file_chooser.choose(multiple=(mode == _MODE.FileSelectOpenMultiple),
                                         accepted=list(accepted_mime_types))

    def _on_file_system_access(self, request: QWebEngineFileSystemAccessRequest) -> None:
        # Access to a file or folder handle that a page asks for (requestPermission).
        # The pickers themselves come through chooseFiles and are refused
        # there: in QtWebEngine 6.12 a path returned for showSaveFilePicker is
        # written at once, without asking here (tried), so chooseFiles is the guard.
        log.info("file system access refused: %s", request.handleType().name)
        request.reject()

    # -- JavaScript dialogs: in the shell, never a native window --------------

    def set_dialogs(self, dialogs) -> None:
        """Who shows alert()/confirm(): alert(text), confirm(text) -> bool, confirm_leave() -> bool."""
        self._dialogs = dialogs

    def javaScriptAlert(self, origin: QUrl, text: str) -> None:  # noqa: N802
        if self._dialogs is not None:
            self._dialogs.alert(text)

    def javaScriptConfirm(self, origin: QUrl, text: str) -> bool:  # noqa: N802
        if self._dialogs is None:
            return False
        if text in (_LEAVE_QUESTION, QCoreApplication.translate("QWebEnginePage", _LEAVE_QUESTION)):
            # A page's beforeunload: the question in the resident's language.
            return self._dialogs.confirm_leave()
        return self._dialogs.confirm(text)

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
