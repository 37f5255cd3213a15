"""Why the shared help queue's broker cannot be reached, in the viewer's language.

`BrokerTexts.failure(kind)` gives one sentence for each kind of failure
(kiosk.services.broker_tls.Failure values, "" for not connected yet). The
helper view (kiosk.ui.help) and the admin view (kiosk.ui.admin) both show it,
so it lives in the shell; the log keeps broker_tls's English line with the
file names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class BrokerTexts(QObject):
    """One translated sentence per kind of broker failure (broker_tls.Failure values)."""

    def failure(self, kind: str) -> str:
        texts = {
            "files": self.tr("The certificate files named in the configuration cannot be used."),
            "untrusted": self.tr("The broker is not trusted: its certificate is not signed by the site CA "
                                 "in ca_file."),
            "name": self.tr("The broker's certificate is not made for the address in the configuration."),
            "broker-expired": self.tr("The broker's own certificate has expired."),
            "expired": self.tr("The broker refused this terminal's certificate: it has expired."),
            "revoked": self.tr("The broker refused this terminal's certificate: it has been revoked."),
            "unknown-ca": self.tr("The broker refused this terminal's certificate: it is not signed by "
                                  "the site CA."),
            "no-cert": self.tr("The broker refused the connection: it needs this terminal's certificate."),
            "closed": self.tr("The broker closed the connection during TLS set-up: check this terminal's "
                              "certificate."),
            "not-authorised": self.tr("The broker refused this terminal's login."),
            "unreachable": self.tr("The broker cannot be reached."),
        }
        if kind in texts:
            return texts[kind]
        return self.tr("Connecting to the broker failed.") if kind else self.tr("Not connected yet.")
