"""Every request the browser makes passes here; the decision is the pure policy's.

The interceptor sees sub-resources too (images, scripts, XHR, iframes,
websockets), which acceptNavigationRequest never does. It only calls
`Policy.decide` and reports what it refused, host only, with where it came
from (`kiosk.core.browser.refusals.Origin`: only a page's own parts are kept on disk).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from kiosk.core.browser.refusals import Origin
from kiosk.core.browser.url_policy import Policy

log = logging.getLogger("kiosk.web")

_RT = QWebEngineUrlRequestInfo.ResourceType
_NAVIGATIONS = {_RT.ResourceTypeMainFrame, _RT.ResourceTypeSubFrame, _RT.ResourceTypeNavigationPreloadMainFrame,
                _RT.ResourceTypeNavigationPreloadSubFrame}


class PolicyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks what the policy refuses; a refused frame shows our blocked page.

    Qt 6 calls `interceptRequest` on the interface thread (a profile's
    interceptor; the IO-thread one of Qt 5 is gone), so `refused` needs no
    hand-off between threads.
    """

    refused = Signal(str, str, str)  # host ("" when none), reason, origin (kiosk.core.browser.refusals.Origin)

    def __init__(self, policy: Policy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._policy = policy

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt override)
        url = info.requestUrl().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        navigation = info.resourceType() in _NAVIGATIONS
        decision = self._policy.decide(url, is_navigation=navigation)
        if decision.allowed:
            return
        host = decision.host or ""
        if navigation and info.resourceType() != _RT.ResourceTypeMainFrame:
            # A frame inside an allowed page: show the calm page in its place.
            info.redirect(QUrl(f"kiosk://blocked/?host={host}"))
        else:
            info.block(True)
        main_frame = info.resourceType() in (_RT.ResourceTypeMainFrame, _RT.ResourceTypeNavigationPreloadMainFrame)
        origin = Origin.PART if not navigation else Origin.NAVIGATION if main_frame else Origin.FRAME
        self.refused.emit(host, str(decision.reason), str(origin))
