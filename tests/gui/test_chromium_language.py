"""Chromium's own texts inside pages (a form's "fill in this field", date pickers, the PDF viewer)
are in the site's default language: Chromium takes its locale once, at start, from --lang, which the
command line takes from the configuration the kiosk starts on (kiosk/cli.py `_config_before_qt`: the
site file, or the file fetched for it) unless given.

Each case is a process of its own (the locale is fixed for a process): the kiosk's start-up
code chooses the language and prepares Chromium, then a real QtWebEngine page asks Chromium for
the message a resident would see under an empty required field.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.configs import local_config_text

REPO = Path(__file__).resolve().parents[2]

ASK_CHROMIUM = r"""
import sys
from kiosk.cli import _config_before_qt
from kiosk.paths import Paths
from kiosk import app as app_module
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication
from PySide6.QtWebEngineWidgets import QWebEngineView

_resolved, lang = _config_before_qt(sys.argv[1] or None, Paths.create(sys.argv[2]))
qapp = QApplication(app_module.before_qapplication(lang))
view = QWebEngineView()
said = {}
def ask(ok):
    view.page().runJavaScript("document.getElementById('q').validationMessage",
                              lambda text: (said.setdefault("text", text), qapp.quit()))
view.loadFinished.connect(ask)
view.setHtml("<form><input id=q required></form>", QUrl("http://127.0.0.1/"))
QTimer.singleShot(60_000, qapp.quit)
qapp.exec()
print("LANG", lang)
print("SAID", said.get("text"))
"""


def chromium_says(site: Path | None, data: Path) -> tuple[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", ASK_CHROMIUM, str(site or ""), str(data)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if line[:4] in ("LANG", "SAID"))
    return lines["LANG"], lines["SAID"]


@pytest.mark.parametrize("default, message", [("sv", "Fyll i det här fältet."), ("fi", "Täytä tämä kenttä.")])
def test_chromium_s_own_texts_follow_the_site_s_default_language(tmp_path, default, message):
    site = tmp_path / "site.toml"
    site.write_text(local_config_text({"a": "http://127.0.0.1:9/"}).replace(
        'default_language = "fi"', f'default_language = "{default}"', 1), encoding="utf-8")
    assert chromium_says(site, tmp_path / "data") == (default, message)


def test_without_a_site_file_chromium_speaks_finnish(tmp_path):
    assert chromium_says(None, tmp_path / "data") == ("fi", "Täytä tämä kenttä.")
