"""The site file given with --config is read once before the first frame (start-up time, issue 17).

The command line reads it before Qt starts (the on-screen keyboard is chosen
from it) and hands what it read to build(): kiosk/start_config.py's SiteRead.
Real files in a temporary folder; no Qt.
"""

from __future__ import annotations

from kiosk.paths import Paths
from kiosk.start_config import SiteRead, read_site_file, resolve_config
from tests.configs import local_config_text


def test_the_kiosk_starts_on_the_file_as_it_was_read_not_on_a_second_reading(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text(local_config_text({"kela": "https://127.0.0.1:1/"}), encoding="utf-8")
    read = read_site_file(site)
    # Edited between the two moments: the keyboard and the window come from one and the same reading.
    site.write_text("this is [not toml", encoding="utf-8")
    resolved = resolve_config(read, Paths.create(tmp_path / "data"))
    assert resolved.config is read.loaded
    assert resolved.errors == [] and not resolved.fallback
    assert resolved.loaded_from == site   # still kept as the last valid copy once a kiosk is built with it


def test_a_broken_file_read_once_gives_the_same_errors_as_its_path(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text(local_config_text({"kela": "https://127.0.0.1:1/"}).replace('id = "test"', 'id = "Bad Id"'),
                    encoding="utf-8")
    by_path = resolve_config(site, Paths.create(tmp_path / "a"))
    by_read = resolve_config(read_site_file(site), Paths.create(tmp_path / "b"))
    assert by_path.config is None and by_read.config is None
    assert [str(e) for e in by_read.errors] == [str(e) for e in by_path.errors] != []


def test_reading_a_missing_file_says_so_and_raises_nothing(tmp_path):
    read = read_site_file(tmp_path / "nowhere.toml")
    assert isinstance(read, SiteRead) and read.loaded is None
    assert [(e.key, e.message) for e in read.errors] == [("(file)", "file not found")]
