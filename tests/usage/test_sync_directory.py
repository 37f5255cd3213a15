"""The directory target: atomic NDJSON files; a full disk or a removed folder loses nothing."""

import json
import subprocess

import pytest

from kiosk.core.usage.delivery_rules import Verdict
from kiosk.services.sync_targets import DirectoryTarget
from kiosk.services.sync_worker import SyncEngine
from kiosk.storage.db import open_database
from tests.usage.sync_helpers import counts, fill, make_records


def engine_for(db_path, folder, batch=200):
    return SyncEngine(lambda: open_database(db_path), DirectoryTarget(str(folder), "s", "t1", batch_size=batch))


def read_all(folder) -> list[str]:
    uuids = []
    for f in sorted(folder.glob("*.ndjson")):
        uuids += [json.loads(line)["uuid"] for line in f.read_text().splitlines()]
    return uuids


def test_removed_folder_then_back(tmp_path):
    db_path = tmp_path / "kiosk.db"
    records = make_records(450)
    fill(db_path, records)
    share = tmp_path / "usb"
    engine = engine_for(db_path, share)
    result = engine.run_once()
    assert result.failed and f"sync folder {share} is missing; events are kept" in result.message
    assert not share.exists()          # never created by the kiosk
    share.mkdir()
    result = engine.run_once()
    assert not result.failed and result.sent == 450 and result.batches == 3
    assert sorted(read_all(share)) == sorted(r["uuid"] for r in records)
    assert not list(share.glob(".*.tmp"))
    assert counts(db_path)["pending"] == 0


def test_full_disk_loses_nothing(tmp_path):
    share = tmp_path / "small"
    share.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(share)], check=True,
                       capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot mount a small tmpfs here: {exc}")
    try:
        db_path = tmp_path / "kiosk.db"
        records = make_records(1500)      # ~350 kB of NDJSON: the disk fills up on the way
        fill(db_path, records)
        engine = engine_for(db_path, share, batch=100)
        result = engine.run_once()
        assert result.failed and "the disk is full; events are kept" in result.message
        assert 0 < result.sent < 1500 and result.pending == 1500 - result.sent
        assert not list(share.glob(".*.tmp"))           # no half file left behind
        written = read_all(share)
        assert len(written) == result.sent
    finally:
        subprocess.run(["umount", str(share)], check=True)
    # Room again (the real folder under the mount point): the rest goes, nothing lost.
    result = engine_for(db_path, share, batch=100).run_once()
    assert not result.failed and result.pending == 0
    assert sorted(written + read_all(share)) == sorted(r["uuid"] for r in records)


def test_same_batch_twice_is_one_file(tmp_path):
    recs = make_records(3)
    target = DirectoryTarget(str(tmp_path), "s", "t1")
    assert target.send(recs).verdict is target.send(recs).verdict is Verdict.CONFIRMED
    assert len(list(tmp_path.glob("*.ndjson"))) == 1
