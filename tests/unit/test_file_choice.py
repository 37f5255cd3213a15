"""What the kiosk's file chooser may show and hand to a page (kiosk.core.browser.file_choice), on a real disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.core.browser.file_choice import REMOVABLE, SESSION, AcceptFilter, FileArea, discover_removable


@pytest.fixture
def disk(tmp_path: Path) -> dict[str, Path]:
    """A stick, a data folder with this and an earlier session, and something secret outside."""
    stick = tmp_path / "media" / "STICK"
    (stick / "Photos" / "2024").mkdir(parents=True)
    (stick / "letter.pdf").write_text("letter")
    (stick / "Photos" / "2024" / "cat.jpg").write_text("cat")
    (stick / ".Trash-1000").mkdir()
    data = tmp_path / "data"
    session = data / "sessions" / "this-one"
    session.mkdir(parents=True)
    (session / "decision.pdf").write_text("decision")
    earlier = data / "sessions" / "earlier-resident"
    earlier.mkdir()
    (earlier / "their.pdf").write_text("theirs")
    (data / "kiosk.db").write_text("db")
    secret = tmp_path / "etc"
    secret.mkdir()
    (secret / "passwd").write_text("root:x")
    return {"stick": stick, "data": data, "session": session, "earlier": earlier, "secret": secret}


def names(entries) -> list[str]:
    return [e.name for e in entries]


def area(disk, **kw) -> FileArea:
    return FileArea([disk["stick"]], disk["session"], [disk["data"]], **kw)


def test_places_are_the_stick_and_this_session_only(disk):
    a = area(disk)
    assert [(p.kind, p.root, p.label) for p in a.places] == [
        (REMOVABLE, disk["stick"].resolve(), "STICK"), (SESSION, disk["session"].resolve(), "")]


def test_an_empty_session_folder_is_not_offered(disk):
    (disk["session"] / "decision.pdf").unlink()
    assert [p.kind for p in area(disk).places] == [REMOVABLE]


def test_listing_has_folders_first_then_files_and_no_hidden_names(disk):
    entries, more = area(disk).listing(disk["stick"])
    assert names(entries) == ["Photos", "letter.pdf"] and more == 0
    assert entries[1].size == len("letter") and not entries[1].is_dir


def test_links_out_of_the_stick_are_not_listed_nor_choosable(disk):
    stick = disk["stick"]
    os.symlink(disk["secret"], stick / "etc-link")
    os.symlink(disk["secret"] / "passwd", stick / "passwd-link")
    os.symlink(disk["data"], stick / "data-link")
    os.symlink(disk["earlier"], stick / "earlier-link")
    a = area(disk)
    assert names(a.listing(stick)[0]) == ["Photos", "letter.pdf"]
    assert a.listing(stick / "etc-link") == ([], 0)
    assert a.choosable([stick / "passwd-link", stick / "data-link" / "kiosk.db"]) == []


def test_a_link_inside_the_stick_is_followed_to_its_real_path(disk):
    stick = disk["stick"]
    os.symlink(stick / "Photos" / "2024" / "cat.jpg", stick / "cat-link.jpg")
    a = area(disk)
    entries, _ = a.listing(stick)
    link = next(e for e in entries if e.name == "cat-link.jpg")
    assert link.path == (stick / "Photos" / "2024" / "cat.jpg").resolve()
    assert a.choosable([stick / "cat-link.jpg"]) == [str(link.path)]


def test_kiosk_folders_inside_a_place_are_hidden(disk, tmp_path):
    # A data folder that lives on the stick itself (an odd install) is still the kiosk's.
    stick = disk["stick"]
    own = stick / "digipiste"
    (own / "logs").mkdir(parents=True)
    a = FileArea([stick], disk["session"], [disk["data"], own])
    assert "digipiste" not in names(a.listing(stick)[0])
    assert a.listing(own / "logs") == ([], 0)


def test_a_removable_root_that_is_really_a_kiosk_folder_is_not_offered(disk, tmp_path):
    fake = tmp_path / "media" / "FAKE"
    os.symlink(disk["data"], fake)
    a = FileArea([fake, disk["stick"]], disk["session"], [disk["data"]])
    assert [p.label for p in a.places if p.kind == REMOVABLE] == ["STICK"]


def test_this_session_is_offered_but_not_an_earlier_one(disk):
    a = area(disk)
    assert names(a.listing(disk["session"])[0]) == ["decision.pdf"]
    assert a.listing(disk["earlier"]) == ([], 0)
    assert a.listing(disk["data"]) == ([], 0)
    assert a.choosable([disk["earlier"] / "their.pdf", disk["data"] / "kiosk.db"]) == []
    assert a.choosable([disk["session"] / "decision.pdf"]) == [str((disk["session"] / "decision.pdf").resolve())]


def test_parent_never_goes_above_the_place(disk):
    a = area(disk)
    deep = disk["stick"] / "Photos" / "2024"
    assert a.parent(deep) == (disk["stick"] / "Photos").resolve()
    assert a.parent(disk["stick"] / "Photos") == disk["stick"].resolve()
    assert a.parent(disk["stick"]) is None
    assert a.parent(disk["session"]) is None
    assert a.parent(Path("/")) is None


def test_choosable_checks_again_when_the_stick_changed(disk):
    stick = disk["stick"]
    a = area(disk)
    assert a.listing(stick)[0]
    # Between listing and choosing, the file becomes a link to a secret.
    (stick / "letter.pdf").unlink()
    os.symlink(disk["secret"] / "passwd", stick / "letter.pdf")
    assert a.choosable([stick / "letter.pdf"]) == []
    assert a.choosable([stick / "Photos"]) == []  # a folder is never handed to a page


def test_special_files_are_left_out(disk):
    os.mkfifo(disk["stick"] / "pipe")
    assert "pipe" not in names(area(disk).listing(disk["stick"])[0])


def test_newest_files_first_and_a_bounded_list(disk):
    stick = disk["stick"]
    for n in range(5):
        p = stick / f"scan-{n}.pdf"
        p.write_text("x")
        os.utime(p, (1_700_000_000 + n, 1_700_000_000 + n))
    entries, more = area(disk).listing(stick, limit=4)
    assert names(entries) == ["Photos", "letter.pdf", "scan-4.pdf", "scan-3.pdf"] and more == 3


@pytest.mark.parametrize("accept, name, ok", [
    ([], "anything.xyz", True),
    ([".pdf"], "Hakemus.PDF", True),
    ([".pdf"], "photo.jpg", False),
    (["image/*"], "photo.jpg", True),
    (["image/*"], "photo.png", True),
    (["image/*"], "letter.pdf", False),
    (["application/pdf"], "letter.pdf", True),
    (["application/pdf", ".docx"], "cv.docx", True),
    (["image/*"], "no-extension", False),
])
def test_accept_filter_follows_the_page(accept, name, ok):
    assert AcceptFilter.from_page(accept).matches(name) is ok


def test_accept_filter_hides_files_but_never_folders(disk):
    entries, _ = area(disk).listing(disk["stick"], AcceptFilter.from_page(["image/*"]))
    assert names(entries) == ["Photos"]


def test_discover_removable_takes_mount_points_one_or_two_levels_deep(tmp_path):
    media, run_media = tmp_path / "media", tmp_path / "run-media"
    (media / "usb0").mkdir(parents=True)            # /media/usb0 (mounted)
    (media / "empty").mkdir()                        # /media/empty (no stick in it)
    (media / "kiosk" / "CAMERA").mkdir(parents=True)  # /media/<user>/<label>
    (run_media / "kiosk" / "STICK").mkdir(parents=True)
    mounts = {media / "usb0", media / "kiosk" / "CAMERA", run_media / "kiosk" / "STICK"}
    found = discover_removable((media, run_media), is_mount=lambda p: p in mounts, system_paths=())
    assert found == [media / "kiosk" / "CAMERA", media / "usb0", run_media / "kiosk" / "STICK"]


def test_discover_removable_skips_the_system_disk_and_missing_bases(tmp_path):
    media = tmp_path / "media"
    (media / "bind").mkdir(parents=True)
    # The "mount" is on the same device as the system path: not removable media.
    assert discover_removable((media, tmp_path / "none"), is_mount=lambda p: True,
                              system_paths=(tmp_path,)) == []
