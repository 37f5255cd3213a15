"""A service that does not answer, fails, crashes or asks for a password: the kiosk's own calm page.

Real QtWebEngine against real local servers: a closed port, a name that does
not resolve, a TLS server with a self-signed certificate, a server that never
answers, HTTP 5xx, HTTP 401, and a renderer process killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import socket
import ssl
import json
import subprocess
import sys
import threading
from pathlib import Path
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.configs import local_config
from tests.helpers.screen import page_sentinel
from tests.webserver import WebServer

# What Chromium's own error page says; none of it may reach the resident.
CHROMIUM_WORDS = ("ERR_", "proxy", "firewall", "DNS", "neterror", "This site can", "unable to handle",
                  "HTTP ERROR", "net::")


def find(w, name):
    return w.findChild(QWidget, name)


def shown_text(w) -> str:
    return " ".join(label.text() for label in w.findChildren(QLabel) if label.isVisibleTo(w))


def page_html(qtbot, view) -> str:
    got = []
    view.page().toHtml(got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def open_tile(qtbot, w, tile="svc"):
    qtbot.mouseClick(find(w, f"tile-{tile}"), Qt.MouseButton.LeftButton)
    return find(w, "browser")


def wait_error(qtbot, w, timeout=20000):
    panel = find(w, "service-error")
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=timeout)
    return panel


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(d / "key.pem"),
                    "-out", str(d / "cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    return d / "cert.pem", d / "key.pem"


@pytest.fixture
def tls_url(certificate):
    """A real HTTPS server on 127.0.0.1 whose certificate nobody vouches for."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<title>tls</title>secret")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, certificate))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def silent_url():
    """A server that accepts the connection and never answers."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    yield f"http://127.0.0.1:{s.getsockname()[1]}/"
    s.close()


CASES = {
    # kind: (Finnish title, Swedish title); the service's own failures name it (the tile "svc").
    "refused": ("svc fi ei vastaa", "svc sv svarar inte"),
    "dns": ("Palvelua svc fi ei löytynyt", "svc sv hittades inte"),
    "tls": ("Tätä sivua ei voi avata turvallisesti", "Den här sidan kan inte öppnas säkert"),
    "server": ("Palvelussa svc fi on vika", "svc sv har ett fel"),
    "timeout": ("svc fi vastaa liian hitaasti", "svc sv svarar för långsamt"),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_each_failure_shows_the_kiosks_own_page(kind, make_kiosk, qtbot, web, tls_url, silent_url, monkeypatch):
    monkeypatch.setattr("kiosk.web.page.LOAD_TIMEOUT_S", 2)
    url = {
        "refused": f"http://127.0.0.1:{closed_port()}/",
        "dns": "https://digipiste-test.invalid/",
        "tls": tls_url,
        # An empty body is where Chromium would draw its own "HTTP ERROR 503" page.
        "server": web.add("/", "", status=503),
        "timeout": silent_url,
    }[kind]
    kiosk = make_kiosk(local_config({"svc": url}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    panel = wait_error(qtbot, w)
    fi_title, sv_title = CASES[kind]
    assert fi_title in shown_text(panel)
    assert not view.isVisible()
    assert find(w, "service-error-retry").isVisible() and find(w, "service-error-home").isVisible()
    # In plain words: no error codes, no address, nothing of Chromium's page.
    text = shown_text(w)
    assert not any(word in text for word in CHROMIUM_WORDS), text
    assert "127.0.0.1" not in text and "invalid" not in text
    html = page_html(qtbot, view)
    assert not any(word in html for word in CHROMIUM_WORDS), html[:300]
    w.language.set("sv")
    assert sv_title in shown_text(panel) and fi_title not in shown_text(panel)
    assert "Försök igen" in find(w, "service-error-retry").text()


def test_try_again_opens_the_page_once_the_server_answers(make_kiosk, qtbot):
    port = closed_port()
    kiosk = make_kiosk(local_config({"svc": f"http://127.0.0.1:{port}/"}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    wait_error(qtbot, w)
    with WebServer("127.0.0.1", port) as server:
        server.add("/", "<title>Back up</title><p>hello</p>")
        qtbot.mouseClick(find(w, "service-error-retry"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.isVisible() and view.title() == "Back up", timeout=15000)
        assert not find(w, "service-error").isVisible()
        assert [p for p in server.paths_seen() if p != "/favicon.ico"] == ["/"]


def test_a_server_error_then_try_again_and_home(make_kiosk, qtbot, web):
    web.add("/", "", status=500)
    kiosk = make_kiosk(local_config({"svc": web.url("/")}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    wait_error(qtbot, w)
    qtbot.mouseClick(find(w, "service-error-retry"), Qt.MouseButton.LeftButton)
    # Still failing: the panel stays and says so again, Try again is usable again.
    qtbot.waitUntil(lambda: web.paths_seen().count("/") == 2, timeout=15000)
    qtbot.waitUntil(lambda: find(w, "service-error-retry").isEnabled(), timeout=15000)
    assert find(w, "service-error").isVisible() and "Palvelussa svc fi on vika" in shown_text(w)
    qtbot.mouseClick(find(w, "service-error-home"), Qt.MouseButton.LeftButton)
    assert find(w, "home").isVisible() and not find(w, "service-error").isVisible()
    web.add("/", "<title>Fixed</title>")
    open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.isVisible() and view.title() == "Fixed", timeout=15000)


def test_a_failing_frame_or_picture_does_not_replace_the_page(make_kiosk, qtbot, web):
    dead = f"http://127.0.0.1:{closed_port()}"
    web.add("/broken", "", status=500)
    url = web.add("/", f"<title>Whole</title><iframe src='{dead}/'></iframe><iframe src='/broken'></iframe>"
                       f"<img src='{dead}/x.png'>")
    kiosk = make_kiosk(local_config({"svc": url}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "Whole", timeout=15000)
    qtbot.waitUntil(lambda: "/broken" in web.paths_seen(), timeout=15000)
    # The page's frames and picture have failed by the time a later frame of its own arrives.
    page_sentinel(qtbot, view, web)
    assert view.isVisible() and not find(w, "service-error").isVisible()


def test_killed_renderer_shows_page_and_the_kiosk_goes_on(make_kiosk, qtbot, web):
    one = web.add("/", "<title>One</title><p>one</p>")
    two = web.add("/two", "<title>Two</title><p>two</p>")
    kiosk = make_kiosk(local_config({"svc": one, "other": two}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "One" and view.page().renderProcessPid() > 0, timeout=15000)
    os.kill(view.page().renderProcessPid(), signal.SIGKILL)
    wait_error(qtbot, w)
    assert "Sivu lakkasi toimimasta" in shown_text(w)
    qtbot.mouseClick(find(w, "service-error-retry"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isVisible() and view.title() == "One", timeout=15000)
    assert web.paths_seen().count("/") == 2
    # Killed again; this time the resident goes home and opens another service.
    qtbot.waitUntil(lambda: view.page().renderProcessPid() > 0, timeout=15000)
    os.kill(view.page().renderProcessPid(), signal.SIGKILL)
    wait_error(qtbot, w)
    qtbot.mouseClick(find(w, "service-error-home"), Qt.MouseButton.LeftButton)
    assert find(w, "home").isVisible()
    open_tile(qtbot, w, "other")
    qtbot.waitUntil(lambda: view.isVisible() and view.title() == "Two", timeout=15000)
    assert page_html(qtbot, view).count("two") >= 1


def test_password_question_is_refused_once_with_a_way_back(make_kiosk, qtbot, web):
    web.add("/", "<title>Locked</title><p>the server's own 401 page</p>", status=401,
            headers={"WWW-Authenticate": 'Basic realm="staff"'})
    kiosk = make_kiosk(local_config({"svc": web.url("/")}))
    w = kiosk.window
    open_tile(qtbot, w)
    panel = wait_error(qtbot, w)
    assert "Tämä sivu pyytää salasanaa, jota tämä tietokone ei voi antaa" in shown_text(panel)
    # A request of the same page after the question: an answer to it (an empty user
    # name, a retry loop) would have sent the second GET / before this arrives.
    page_sentinel(qtbot, find(w, "browser"), web)
    # Asked once, never answered with an empty user name (that would be a second GET /).
    assert web.paths_seen().count("/") == 1
    assert not find(w, "service-error-retry").isVisible()
    assert find(w, "service-error-back").isVisible() and find(w, "service-error-home").isVisible()
    w.language.set("sv")
    assert "Den här sidan ber om ett lösenord som den här datorn inte kan ge" in shown_text(panel)
    # Nothing to go back to inside the service: Back leads home.
    qtbot.mouseClick(find(w, "service-error-back"), Qt.MouseButton.LeftButton)
    assert find(w, "home").isVisible()


def test_password_question_after_a_page_goes_back_to_that_page(make_kiosk, qtbot, web):
    start = web.add("/", "<title>Start</title><p>start</p>")
    web.add("/staff", "no", status=401, headers={"WWW-Authenticate": 'Basic realm="staff"'})
    kiosk = make_kiosk(local_config({"svc": start}))
    w = kiosk.window
    view = open_tile(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "Start", timeout=15000)
    # As a tap on a link would (a script's click without a user gesture makes
    # Chromium skip the entry on Back, its history-manipulation intervention).
    view.load(web.url("/staff"))
    wait_error(qtbot, w)
    assert web.paths_seen().count("/staff") == 1
    qtbot.mouseClick(find(w, "service-error-back"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isVisible() and view.title() == "Start", timeout=15000)


def test_refusing_makes_the_authenticator_null_without_touching_others():
    """The pointer swap behind the refusal (kiosk/web/auth_refusal.py) on this Qt's QAuthenticator."""
    from PySide6.QtNetwork import QAuthenticator

    from kiosk.web.auth_refusal import refuse

    asked = QAuthenticator()
    asked.setRealm("staff")  # as QtWebEngine hands it over: never null
    other = QAuthenticator()
    other.setUser("x")
    assert not asked.isNull()
    assert refuse(asked) is True
    assert asked.isNull() and asked.user() == "" and asked.realm() == ""
    assert other.user() == "x" and not other.isNull()
    assert refuse(asked) is True  # already null: nothing to do


def run_without_network(lang: str) -> subprocess.CompletedProcess | None:
    """The probe in a new network namespace (no interface up): as root `unshare -n`,
    otherwise a user namespace (`unshare -rn`). None when the machine allows neither."""
    probe = [sys.executable, "-m", "tests.gui.offline_probe", lang]
    root = Path(__file__).resolve().parents[2]
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        try:
            done = subprocess.run([*prefix, *probe], capture_output=True, text=True, timeout=90, cwd=root,
                                  env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
        except FileNotFoundError:
            return None
        if "unshare failed" not in done.stderr:
            return done  # the probe ran: its result is the test's, crash included
    return None


@pytest.mark.parametrize(("lang", "title"), [("fi", "Tämä tietokone ei ole yhteydessä internetiin"),
                                             ("sv", "Den här datorn är inte ansluten till internet")])
def test_no_network_at_all(lang, title):
    done = run_without_network(lang)
    if done is None:
        pytest.skip("this machine allows no network namespace (unshare -n / -rn)")
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["shown"], done.stderr[-2000:]
    assert title in result["text"]
    assert not any(word in result["html"] + result["text"] for word in CHROMIUM_WORDS)
