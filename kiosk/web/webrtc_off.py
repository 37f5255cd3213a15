"""WebRTC only on the site's video-appointment hosts.

Every other page gets no RTCPeerConnection at all: a script, injected into
every frame before the page's own scripts run, removes the WebRTC interfaces
unless the frame's host matches the video policy's rules (the same HostRules
`Policy` matches, exact or ``*.`` below a host). This is the first of three
layers, and the one a page could try to dodge (a fresh realm); the others
hold whatever a page does:

- ``--force-webrtc-ip-handling-policy=disable_non_proxied_udp`` (see
  `kiosk.core.browser.chromium_flags`): WebRTC sends no UDP of its own and gathers
  no host or server-reflexive candidates, so no local address is exposed;
- the connection guard: WebRTC's only way out is a TCP relay through the
  proxy, which opens a tunnel only to hosts the site's policy allows.

Camera and microphone are granted to video hosts only (`KioskPage`).
"""

from __future__ import annotations

import json

from PySide6.QtWebEngineCore import QWebEngineScript

from kiosk.core.browser.url_policy import Policy

__all__ = ["webrtc_script"]

# Interfaces a page reaches WebRTC through (constructors and their helpers).
_INTERFACES = (
    "RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel", "RTCSessionDescription",
    "RTCIceCandidate", "RTCRtpSender", "RTCRtpReceiver", "RTCRtpTransceiver", "RTCDtlsTransport",
    "RTCIceTransport", "RTCSctpTransport", "RTCCertificate", "RTCDTMFSender", "RTCTrackEvent",
    "RTCDataChannelEvent", "RTCPeerConnectionIceEvent", "RTCPeerConnectionIceErrorEvent",
    "RTCStatsReport", "RTCError", "RTCErrorEvent", "RTCEncodedAudioFrame", "RTCEncodedVideoFrame",
)

_SOURCE = """(function () {
  const exact = %(exact)s, below = %(below)s;
  // The origin, not location: about:srcdoc and about:blank frames inherit
  // their parent's origin; an opaque one ("null") is no video host.
  let host = '';
  try { host = new URL(self.origin).hostname.toLowerCase().replace(/\\.$/, ''); } catch (e) {}
  if (exact.includes(host) || below.some(h => host.endsWith('.' + h))) return;
  for (const name of %(names)s) {
    try { delete globalThis[name]; } catch (e) {}
  }
})();"""


def webrtc_script(video_policy: Policy | None) -> QWebEngineScript:
    """The profile script that removes WebRTC from every frame not on a video host."""
    rules = video_policy.allowed if video_policy is not None else ()
    blocked = video_policy.blocked if video_policy is not None else ()
    # A blocked host never counts as a video host, even under an allowed "*.".
    exact = [r.host for r in rules if not r.subdomains and not any(b.matches(r.host) for b in blocked)]
    below = [r.host for r in rules if r.subdomains]
    script = QWebEngineScript()
    script.setName("kiosk-webrtc-off")
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(True)
    script.setSourceCode(_SOURCE % {"exact": json.dumps(exact), "below": json.dumps(below),
                                    "names": json.dumps(list(_INTERFACES))})
    return script
