"""Every string a resident sees is translated in Finnish, Swedish and English."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LANGS = ("fi", "sv", "en")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_translated(repo: Path, lang: str):
    ts = repo / "assets" / "translations" / f"digipiste_{lang}.ts"
    missing = []
    for key, message in messages(ts).items():
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(key)
            continue
        forms = [n.text for n in tr.iter("numerusform")] if message.get("numerus") == "yes" else [tr.text]
        if not forms or not all(f and f.strip() for f in forms):
            missing.append(key)
    assert missing == []


def test_sources_are_up_to_date(repo: Path, tmp_path: Path):
    """lupdate on the code finds no string that the .ts files lack."""
    from kiosk.i18n_build import source_files

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-locations", "none", *map(str, source_files()), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    wanted = set(messages(fresh))
    assert len(wanted) > 30
    for lang in LANGS:
        have = set(messages(repo / "assets" / "translations" / f"digipiste_{lang}.ts"))
        assert sorted(wanted - have) == [], f"run ./dev kiosk-i18n (lupdate) and translate for {lang}"
