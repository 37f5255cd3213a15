"""Refusing a page's password question (HTTP 401, proxy 407) without answering it.

The kiosk never has, asks for or stores credentials. QtWebEngine lets the
answer be refused only one way: after `authenticationRequired` /
`proxyAuthenticationRequired` the authenticator must be a *null*
QAuthenticator ("If the authenticator is null, the request is cancelled";
qwebenginepage.cpp, QWebEnginePagePrivate::authenticationRequired checks
`networkAuth.isNull()`). Anything else, including leaving it untouched, is
sent as user name and password: Qt has already called `setRealm()` on it, so
it is never null, and Chromium then sends an empty user name and password,
gets 401 again and asks again, up to ERR_TOO_MANY_RETRIES (~30 requests).
"""

from __future__ import annotations

import ctypes
import logging

import shiboken6
from PySide6.QtNetwork import QAuthenticator

log = logging.getLogger("kiosk.web")


def refuse(authenticator: QAuthenticator) -> bool:
    """Make `authenticator` null so that QtWebEngine cancels the request; True when it is."""
    # WORKAROUND for PySide6 not binding QAuthenticator::operator= (C++ code does
    # `*authenticator = QAuthenticator();`, PyQt has sip.assign). QAuthenticator
    # holds exactly one member, `QAuthenticatorPrivate *d` (qauthenticator.h, Qt 5
    # and 6), and isNull() is `!d`. Swapping that pointer with a fresh null
    # authenticator's makes the page's one null; the old private data goes to the
    # fresh Python-owned object and is freed with it, so nothing leaks.
    # The result is checked with isNull(), and the GUI test counts requests.
    if authenticator.isNull():
        return True
    empty = QAuthenticator()
    theirs = ctypes.c_void_p.from_address(shiboken6.getCppPointer(authenticator)[0])
    ours = ctypes.c_void_p.from_address(shiboken6.getCppPointer(empty)[0])
    theirs.value, ours.value = ours.value, theirs.value
    if not authenticator.isNull():  # pragma: no cover - a Qt whose layout changed
        log.error("could not refuse a password question: QAuthenticator layout changed")
        return False
    return True
