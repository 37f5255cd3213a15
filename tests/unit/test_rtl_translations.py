"""Right-to-left translations keep the source's arrows: the kiosk turns them itself.

"← Back" means back in every language; kiosk.ui.shell.i18n.directional() shows
it as "→" in a right-to-left layout. A translator who turned the arrow as well
would have it turned twice, pointing the wrong way. Runs over every Arabic and
Persian .ts file present (made by the language helpers; none before they are).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "kiosk" / "assets" / "translations"
ARROWS = "←→⟵⟶⇐⇒"
FILES = sorted(p for code in ("ar", "fa") for p in TRANSLATIONS.glob(f"*_{code}.ts"))


def arrows(text: str) -> str:
    return "".join(c for c in text if c in ARROWS)


def turned_arrows(path: Path) -> list[str]:
    wrong = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in texts:
            if text and arrows(text) != arrows(source):
                wrong.append(f"{path.name}: {source!r} -> {text!r}")
    return wrong


def test_the_check_sees_a_turned_arrow(tmp_path):
    ts = tmp_path / "shell_ar.ts"
    ts.write_text('<TS><context><name>NavBar</name><message><source>← Back</source>'
                  '<translation>→ رجوع</translation></message></context></TS>', encoding="utf-8")
    assert turned_arrows(ts) == ["shell_ar.ts: '← Back' -> '→ رجوع'"]


@pytest.mark.skipif(not FILES, reason="no Arabic or Persian translation in this checkout yet")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_arabic_and_persian_keep_the_sources_arrows(path):
    assert turned_arrows(path) == []
