"""The kiosk at start never dies of its configuration (issue 18).

Before, a 300-character `site.time_zone` killed the kiosk at start
(zoneinfo's OSError went through `_config_before_qt`, which
caught only ConfigInvalid), and any exception while the kiosk was made from a
configuration that validated escaped build(). Now each of them ends in a
kiosk serving residents on the last valid configuration, with the error in
the admin view.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from tests.configs import ADMIN_PIN, local_config_text
from tests.gui.test_admin import find, open_pad, type_pin

LONG_ZONE = "A" * 300
ZONE_ERROR = f"site.time_zone: too long: 300 characters, at most 64 (it begins '{'A' * 30}')"


def site_text(*, site_id: str = "test", zone: str = "Europe/Helsinki", sync: str = "") -> str:
    text = local_config_text({"a": "http://127.0.0.1:9/"}).replace(
        'id = "test"', f'id = "{site_id}"', 1).replace(
        'default_language = "fi"\n', f'default_language = "fi"\ntime_zone = "{zone}"\n', 1)
    return text + (f"\n[sync]\n{sync}" if sync else "")


def admin_errors(kiosk, qtbot) -> tuple[str, str]:
    """What the admin view says about the configuration: its status line and its list of errors."""
    kiosk.window.language.set("en")
    open_pad(kiosk, qtbot)
    type_pin(kiosk.window, ADMIN_PIN)
    view = find(kiosk.window, "admin-view")
    qtbot.waitUntil(view.isVisible)
    return (find(view, "admin-config-status", QLabel).text(),
            find(view, "admin-config-errors", QPlainTextEdit).toPlainText())


def serving(kiosk) -> bool:
    return kiosk.status.serving and find(kiosk.window, "home").isVisible()


def test_a_300_character_time_zone_starts_on_the_last_valid_configuration(make_kiosk, tmp_path, data_dir,
                                                                          qtbot):
    site = tmp_path / "site.toml"
    site.write_text(site_text(site_id="good"))
    make_kiosk(site).shutdown()
    site.write_text(site_text(site_id="bad", zone=LONG_ZONE))
    kiosk = make_kiosk(site)
    assert serving(kiosk) and kiosk.config_fallback
    assert kiosk.config.site_id == "good"
    assert [str(e) for e in kiosk.config_errors] == [f"{site}:8: {ZONE_ERROR}"]
    status, errors = admin_errors(kiosk, qtbot)
    assert "last valid configuration" in status
    assert ZONE_ERROR in errors


def test_a_configuration_the_kiosk_cannot_start_with_falls_back_too(make_kiosk, tmp_path, data_dir, qtbot,
                                                                     monkeypatch):
    # A fault injected where the window is made from the configuration (a
    # stand-in for a bug that no check foresaw): the configuration validated,
    # but the kiosk could not start with it.
    import kiosk.app as app_module

    class BreakingWindow(app_module.MainWindow):
        def __init__(self, cfg, *args, **kwargs):
            super().__init__(cfg, *args, **kwargs)   # half made: a window and its services exist
            if cfg.site_id == "breaks":
                raise OSError(36, "File name too long (simulated)")

    monkeypatch.setattr(app_module, "MainWindow", BreakingWindow)
    site = tmp_path / "site.toml"
    site.write_text(site_text(site_id="good"))
    make_kiosk(site).shutdown()
    good_copy = (data_dir / "last-good-config.toml").read_bytes()
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    site.write_text(site_text(site_id="breaks"))
    kiosk = make_kiosk(site)
    assert serving(kiosk) and kiosk.config_fallback and kiosk.config.site_id == "good"
    assert [str(e) for e in kiosk.config_errors] == [
        f"{site}:1: (start): the kiosk could not start with this configuration (OSError: [Errno 36] File "
        "name too long (simulated)); it runs on the last valid one (the log has the details)"]
    # What the failed attempt made is gone: one kiosk window on screen, and the
    # file that broke the start did not become "the last valid one".
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    assert shown == [kiosk.window]
    QApplication.processEvents()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, BreakingWindow)] == [kiosk.window]
    assert (data_dir / "last-good-config.toml").read_bytes() == good_copy
    assert "could not start with this configuration" in admin_errors(kiosk, qtbot)[1]


def test_a_sync_folder_missing_at_start_keeps_the_kiosk_serving(make_kiosk, tmp_path, data_dir):
    # The USB stick of the directory target is not in at start: the file now
    # fails (the folder does not exist), and the saved copy of the same file
    # still serves (its files are not judged again).
    usb = tmp_path / "usb"
    usb.mkdir()
    site = tmp_path / "site.toml"
    site.write_text(site_text(sync=f'target = "directory"\ndirectory = "{usb}"\n'))
    make_kiosk(site).shutdown()
    usb.rmdir()
    kiosk = make_kiosk(site)
    assert serving(kiosk) and kiosk.config_fallback
    assert kiosk.config.sync.directory == str(usb)
    assert [e.key for e in kiosk.config_errors] == ["sync.directory"]


ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def smoke(config: Path, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", "--config", str(config), "--data-dir", str(data_dir),
                           "--smoke"], capture_output=True, text=True, timeout=120, env=ENV)


def test_the_kiosk_process_with_a_300_character_time_zone_starts_on_the_last_valid_one(tmp_path):
    # The real program, as systemd starts it: before, exit 1 with zoneinfo's
    # "File name too long" traceback, before the first frame.
    data = tmp_path / "data"
    site = tmp_path / "site.toml"
    site.write_text(site_text())
    first = smoke(site, data)
    assert first.returncode == 0, first.stderr[-2000:]
    assert json.loads(first.stdout.strip().splitlines()[-1])["config_errors"] == 0
    site.write_text(site_text(zone=LONG_ZONE))
    second = smoke(site, data)
    assert "Traceback" not in second.stderr
    assert second.returncode == 0, second.stderr[-2000:]
    report = json.loads(second.stdout.strip().splitlines()[-1])
    assert report["smoke"] == "ok" and report["config_errors"] == 1
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert ZONE_ERROR in log and "using the last valid configuration of this terminal" in log


def test_lang_takes_only_the_nine_languages_and_says_so_before_anything_starts(tmp_path):
    # Before, `--lang 'f i'` stopped in Chromium's flags before Qt (a black screen under systemd) and
    # `--lang xx` started in the English source texts.
    from kiosk.core.languages import UI_LANGUAGES

    for bad in ("f i", "xx"):
        done = subprocess.run([sys.executable, "-m", "kiosk", "--lang", bad, "--data-dir", str(tmp_path / "data"),
                               "--smoke"], capture_output=True, text=True, timeout=120, env=ENV)
        assert (done.returncode, done.stdout) == (2, ""), done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        choices = ", ".join(repr(code) for code in UI_LANGUAGES)
        assert done.stderr.splitlines()[-1] == (f"kiosk: error: argument --lang: invalid choice: '{bad}' "
                                                f"(choose from {choices})")
    done = subprocess.run([sys.executable, "-m", "kiosk", "--lang", "sv", "--data-dir", str(tmp_path / "data"),
                           "--smoke"], capture_output=True, text=True, timeout=120, env=ENV)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["smoke"] == "ok"


def test_the_serviced_window_when_there_is_no_last_valid_one(make_kiosk, tmp_path):
    site = tmp_path / "site.toml"
    site.write_text(site_text(zone=LONG_ZONE))
    kiosk = make_kiosk(site)
    assert kiosk.window.objectName() == "serviced" and kiosk.window.isVisible()
    assert [str(e) for e in kiosk.config_errors] == [f"{site}:8: {ZONE_ERROR}"]


def test_the_serviced_window_tells_monitoring_why(make_kiosk, tmp_path, data_dir, qtbot, monkeypatch):
    """No valid configuration and none to fall back to: status.json and digipiste.prom say "invalid" and the
    first error (alert DigipisteConfigInvalid), so IT sees why, not only a terminal that went quiet."""
    from kiosk.core.config.terminal import ENV

    machine = tmp_path / "terminal.toml"
    machine.write_text('id = "kirjasto-4"\nlabel = "Ikkunan vieressä"\n', encoding="utf-8")
    monkeypatch.setenv(ENV, str(machine))
    site = tmp_path / "site.toml"
    site.write_text(site_text(zone=LONG_ZONE))
    kiosk = make_kiosk(site)
    assert kiosk.window.objectName() == "serviced"
    status = data_dir / "status.json"
    qtbot.waitUntil(status.exists, timeout=5000)
    doc = json.loads(status.read_text(encoding="utf-8"))
    assert (doc["config"], doc["config_error"]) == ("invalid", f"{site}:8: {ZONE_ERROR}")
    assert (doc["terminal_id"], doc["terminal_label"]) == ("kirjasto-4", "Ikkunan vieressä")
    assert doc["heartbeat"] > 0
    metrics = (data_dir / "digipiste.prom").read_text(encoding="utf-8")
    assert 'digipiste_config_invalid{site="",terminal="kirjasto-4"} 1' in metrics
    assert 'digipiste_config_valid{site="",terminal="kirjasto-4"} 0' in metrics


def test_the_serviced_window_with_a_broken_identity_file_reports_the_host_name_and_both_errors(
        make_kiosk, tmp_path, data_dir, qtbot, monkeypatch):
    """Before, status.json said terminal_id "" and the identity file's own error was lost: monitoring
    saw a nameless terminal and IT fixed the site file only to meet the next fault."""
    import socket

    from kiosk.core.config.terminal import ENV, id_from_host_name

    machine = tmp_path / "terminal.toml"
    machine.write_text('id = "Kirjasto 4"\n', encoding="utf-8")
    monkeypatch.setenv(ENV, str(machine))
    site = tmp_path / "site.toml"
    site.write_text("[site\n")   # not TOML: the site file's check stops before the identity file
    kiosk = make_kiosk(site)
    assert kiosk.window.objectName() == "serviced"
    status = data_dir / "status.json"
    qtbot.waitUntil(status.exists, timeout=5000)
    doc = json.loads(status.read_text(encoding="utf-8"))
    host_id = id_from_host_name(socket.gethostname())
    assert (doc["config"], doc["terminal_id"], doc["terminal_label"]) == ("invalid", host_id, "")
    assert "\n" not in doc["config_error"] and doc["config_error"].startswith(f"{site}:1: ")
    assert doc["config_error"].endswith(
        f"; this terminal's identity file too: {machine}:1: id: 'Kirjasto 4' is not a "
        "terminal id: use lower-case letters, digits and '-' (at most 63)"), doc["config_error"]
    metrics = (data_dir / "digipiste.prom").read_text(encoding="utf-8")
    assert f'digipiste_config_invalid{{site="",terminal="{host_id}"}} 1' in metrics


def test_when_the_last_valid_one_cannot_start_either_the_serviced_window_shows(make_kiosk, tmp_path, data_dir,
                                                                                monkeypatch):
    import kiosk.app as app_module

    site = tmp_path / "site.toml"
    site.write_text(site_text())
    make_kiosk(site).shutdown()

    class AlwaysBreaking(app_module.MainWindow):
        def __init__(self, cfg, *args, **kwargs):
            super().__init__(cfg, *args, **kwargs)
            raise RuntimeError("simulated fault in every start")

    monkeypatch.setattr(app_module, "MainWindow", AlwaysBreaking)
    kiosk = make_kiosk(site)
    assert kiosk.window.objectName() == "serviced" and kiosk.window.isVisible()
    assert [e.key for e in kiosk.config_errors] == ["(start)"]
    QApplication.processEvents()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, AlwaysBreaking)] == []


def test_the_last_valid_copy_is_the_file_as_it_was_checked_not_as_an_edit_left_it(make_kiosk, tmp_path, data_dir):
    """The command line reads the site file before Qt starts; the copy is written after the first frame.
    An edit saved in between must not become the terminal's "last valid configuration"."""
    from kiosk.start_config import read_site_file

    site = tmp_path / "site.toml"
    site.write_text(site_text(), encoding="utf-8")
    checked = site.read_bytes()
    read = read_site_file(site)
    site.write_text("broken [ edit in progress", encoding="utf-8")
    kiosk = make_kiosk(read)
    assert serving(kiosk)
    assert (data_dir / "last-good-config.toml").read_bytes() == checked


def test_a_start_that_fails_twice_names_the_file_not_the_configuration(make_kiosk, tmp_path, data_dir, monkeypatch):
    """The error of a start that failed on the file and on its last valid copy names the file; the
    configuration's own text (with its PIN hashes) never becomes part of an error."""
    import kiosk.app as app_module
    from kiosk.start_config import read_site_file

    site = tmp_path / "site.toml"
    site.write_text(site_text(), encoding="utf-8")
    make_kiosk(site).shutdown()   # a last valid copy, which fails too below

    class AlwaysBreaking(app_module.MainWindow):
        def __init__(self, cfg, *args, **kwargs):
            super().__init__(cfg, *args, **kwargs)
            raise RuntimeError("simulated fault in every start")

    monkeypatch.setattr(app_module, "MainWindow", AlwaysBreaking)
    kiosk = make_kiosk(read_site_file(site))   # as the command line hands it over
    assert kiosk.window.objectName() == "serviced"
    assert [(e.file, e.key) for e in kiosk.config_errors] == [(str(site), "(start)")]
    assert not any("pin_hash" in str(e) or "scrypt" in str(e) for e in kiosk.config_errors)
