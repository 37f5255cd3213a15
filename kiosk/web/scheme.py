"""The internal `kiosk:` scheme: calm pages served by the kiosk itself.

The scheme must be registered before the QApplication exists
(`register_scheme`); the handler is installed on every session profile. Pages
are built here from the translated strings, never from the request beyond the
host name, which is escaped.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from kiosk.core.browser.url_policy import normalise_host

SCHEME = b"kiosk"


def register_scheme() -> None:
    """Declare kiosk: to Chromium. Call once, before QApplication."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalScheme
                    | QWebEngineUrlScheme.Flag.LocalAccessAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


def blocked_page(host: str) -> str:
    """The calm page shown in place of something the site does not allow."""
    import html  # here, not at start-up (html.entities is a large table)

    title = QCoreApplication.translate("KioskPages", "This page cannot be opened on this computer")
    body = QCoreApplication.translate("KioskPages", "This computer only opens the services on its home screen. "
                                                    "You can go back to the previous page or to the home screen.")
    host_line = QCoreApplication.translate("KioskPages", "Address: %1").replace("%1", html.escape(host)) if host else ""
    # Colours of the normal theme (kiosk/ui/shell/theme.py), 16:1 and 10:1 contrast.
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;background:#f7f7f2;color:#1a1a1a;font-size:24px;
margin:2em;line-height:1.5}}h1{{font-size:32px}}p.host{{color:#3d3d3d}}</style></head>
<body><h1>{html.escape(title)}</h1><p>{html.escape(body)}</p><p class="host">{host_line}</p></body></html>"""


class KioskSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves kiosk://blocked/?host=... (and nothing else)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt override)
        url = job.requestUrl()
        if url.host() != "blocked":
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        raw = parse_qs(url.query()).get("host", [""])[0]
        host = normalise_host(raw) or ""
        buf = QBuffer(job)
        buf.setData(QByteArray(blocked_page(host).encode("utf-8")))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(b"text/html", buf)
