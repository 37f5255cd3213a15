"""The service-error page names the service that did not answer, in the resident's language.

Real QtWebEngine against real local servers (a closed port for the service,
a closed port on an identification host): "OmaKanta ei vastaa" when OmaKanta's
own address fails, the general words when an identification host fails,
because the resident must not be told OmaKanta is down when the bank is.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.config.site import parse_config
from tests.configs import local_config_text

LABEL = 'label = { fi = "OmaKanta", sv = "MittKanta", en = "MyKanta" }'


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def omakanta_config(url: str, identification: str = ""):
    text = local_config_text({"omakanta": url}).replace(
        'label = { fi = "omakanta fi", sv = "omakanta sv", en = "omakanta en" }', LABEL)
    if identification:
        text = text.replace("[identification]\nhosts = []", f'[identification]\nhosts = ["{identification}"]')
    config, errors = parse_config(text, "names.toml")
    assert not errors, [str(e) for e in errors]
    return config


def title(w) -> str:
    label = w.findChild(QLabel, "service-error-title")
    assert label is not None and label.isVisible()
    return label.text()


def open_omakanta(qtbot, w):
    qtbot.mouseClick(w.findChild(QWidget, "tile-omakanta"), Qt.MouseButton.LeftButton)
    return w.findChild(QWidget, "browser")


def test_the_service_that_does_not_answer_is_named_in_each_language(make_kiosk, qtbot):
    kiosk = make_kiosk(omakanta_config(f"http://127.0.0.1:{closed_port()}/"))
    w = kiosk.window
    open_omakanta(qtbot, w)
    panel = w.findChild(QWidget, "service-error")
    qtbot.waitUntil(panel.isVisible, timeout=20000)
    assert title(w) == "OmaKanta ei vastaa"
    assert panel.accessibleName() == "OmaKanta ei vastaa"       # a screen reader says it too
    w.language.set("sv")
    assert title(w) == "MittKanta svarar inte"
    w.language.set("en")
    assert title(w) == "MyKanta is not answering"


def test_an_identification_host_that_does_not_answer_is_not_called_the_service(make_kiosk, qtbot, web):
    start = web.add("/", "<title>OmaKanta</title><p>Kirjaudu</p>")
    kiosk = make_kiosk(omakanta_config(start, identification="localhost"))
    w = kiosk.window
    view = open_omakanta(qtbot, w)
    qtbot.waitUntil(lambda: view.title() == "OmaKanta", timeout=15000)
    # The resident goes on to identification, whose server is down.
    view.load(f"http://localhost:{closed_port()}/")
    panel = w.findChild(QWidget, "service-error")
    qtbot.waitUntil(panel.isVisible, timeout=20000)
    assert title(w) == "Palvelu ei vastaa"
    w.language.set("en")
    assert title(w) == "The service is not answering"
