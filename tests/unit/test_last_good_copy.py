"""The last valid configuration's copy: written when the file changed, left alone when it did not.

A start on the same file as last time (every ordinary morning) must not rewrite
the copy: the write fsyncs twice before the first frame (kiosk.start_config).
"""

from __future__ import annotations

from kiosk.paths import Paths
from kiosk.start_config import ResolvedConfig, keep_last_good


def _kept(site, paths: Paths) -> None:
    keep_last_good(ResolvedConfig(None, loaded_from=site), paths)


def test_the_same_file_is_not_written_again_and_a_changed_one_is(tmp_path):
    paths = Paths.create(tmp_path / "data")
    site = tmp_path / "site" / "site.toml"
    site.parent.mkdir()
    site.write_text('[site]\nid = "one"\n', encoding="utf-8")
    copy = paths.last_good_config
    origin = copy.with_name(copy.name + ".origin")

    _kept(site, paths)
    assert copy.read_bytes() == site.read_bytes()
    first = (copy.stat().st_ino, origin.stat().st_ino)

    _kept(site, paths)   # the same file: the copy and its origin are the very same files
    assert (copy.stat().st_ino, origin.stat().st_ino) == first

    site.write_text('[site]\nid = "two"\n', encoding="utf-8")
    _kept(site, paths)   # changed: replaced (a new file renamed over the old one)
    assert copy.read_bytes() == site.read_bytes()
    assert copy.stat().st_ino != first[0]
    assert origin.read_text(encoding="utf-8") == str(site.parent.absolute())
    assert copy.stat().st_mode & 0o777 == 0o600


def test_a_damaged_copy_is_mended(tmp_path):
    paths = Paths.create(tmp_path / "data")
    site = tmp_path / "site.toml"
    site.write_text('[site]\nid = "one"\n', encoding="utf-8")
    _kept(site, paths)
    paths.last_good_config.write_text('[site]\nid = "on', encoding="utf-8")   # cut short
    _kept(site, paths)
    assert paths.last_good_config.read_bytes() == site.read_bytes()


def test_a_copy_others_can_read_is_made_private_again(tmp_path):
    paths = Paths.create(tmp_path / "data")
    site = tmp_path / "site.toml"
    site.write_text('[site]\nid = "one"\n', encoding="utf-8")
    _kept(site, paths)
    paths.last_good_config.chmod(0o644)   # e.g. left so by hand: the copy holds the PIN hashes
    _kept(site, paths)
    assert paths.last_good_config.stat().st_mode & 0o777 == 0o600
