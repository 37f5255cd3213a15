"""SCREEN AUDIT: every screen a resident or a helper sees, read back from the pixels of the X screen.

A real kiosk (`python -m kiosk` on Xvfb, xcb) per screen shape is walked
through every screen by real taps (tests/display/screen_audit.py): home, the
guides list (every page of it), a guide, the help request and its status, the
helper PIN and the helper view, the service-error page, the blocked page, a
guide beside a service, the service's guides list, "where do you want to read
the guide?", the idle warning, "are you done?", the session feedback question
and the signed-out screen. Each screenshot is read with
tesseract (tests/helpers/screen_reading.py); the probe only says where each
button is and what it should say. The checks:

- every button's label is drawn (a blank, cut or clipped label fails), and no
  button is partly off the screen where nothing scrolls to it;
- every title and sentence shown whole is read back whole (not squeezed);
- the letters of each text role are as high or higher at each text-size step;
- every home-screen tile draws its icon at every text size;
- the guides list opens at its top (where its focused first guide is).

The plan (PLAN: 22 combinations x 16 screens, about 6 minutes here) keeps it to a few minutes
on two cores: every language at all three sizes in one shape, Finnish at the
largest size in all three, Swedish and English at the largest size in two,
Russian, Estonian and Somali at the largest size in landscape (read with
tesseract's rus/est data plus English for the services' Latin names; the site
offers all nine languages, these chosen through the language picker),
and the two pseudo-languages (tests/helpers/pseudo_languages.py): the
mirrored one (right to left, words read backwards) at every size in
landscape and the largest in portrait, the stretched one at the largest in
both. Arabic and Persian are not read here: tesseract 4 misreads too many of
their labels drawn white on dark, so right to left is audited through the
mirrored pseudo-language, and Arabic and Persian shaping is read back by
tests/gui/test_right_to_left.py and tests/display/test_language_picker_display.py.
In the mirrored language the home screen must be mirrored in its
pixels: End session's red at the left end of the bar, the first tile at the right.
Failures name the screen, language, text size, shape, objectName, the label
expected and the text read, and the screenshot (all of them, with
summary.json, findings.txt and report.txt, are in the audit's folder in the
temporary directory, named in every failure).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.ui.shell.i18n import PSEUDO_MIRRORED, PSEUDO_STRETCHED, TEST_TRANSLATIONS_ENV, is_rtl
from tests.display import audit_findings as af
from tests.display.audit_shots import Combo, ShotResult
from tests.display.screen_audit import SCREENS, Walk, save_summary
from tests.helpers import screen_reading as sr
from tests.helpers.pseudo_languages import pseudo_translations

pytestmark = pytest.mark.screen_audit

# shape -> (language, text-size step) pairs walked through every screen.
PLAN: dict[tuple[int, int], list[tuple[str, int]]] = {
    (1280, 800): [("fi", 0), ("fi", 1), ("fi", 2), ("sv", 2), ("en", 2), ("ru", 2), ("et", 2), ("so", 2),
                  (PSEUDO_MIRRORED, 0), (PSEUDO_MIRRORED, 1), (PSEUDO_MIRRORED, 2), (PSEUDO_STRETCHED, 2)],
    (1920, 1080): [("en", 0), ("en", 1), ("en", 2), ("fi", 2)],
    (1080, 1920): [("sv", 0), ("sv", 1), ("sv", 2), ("fi", 2), (PSEUDO_MIRRORED, 2), (PSEUDO_STRETCHED, 2)],
}


# The site offers all nine languages (fi, sv, en on home; the others through the language picker).
OFFERED = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")
FOLDER_PREFIX = "digipiste-screen-audit-"


@dataclass
class Audit:
    results: list[ShotResult]
    unreached: list[tuple[Combo, str, str]]
    notes: list[tuple[Combo, str, str]]
    folder: Path
    head: str


def audit_folder(keep: int = 3) -> Path:
    """A new folder for this run's screenshots; the oldest runs' folders beyond `keep` go.

    Not pytest's tmp_path: on a machine where many test runs follow each other,
    pytest removes it while a person is still opening the screenshots named in
    a failure.
    """
    base = Path(tempfile.gettempdir())
    old = sorted(base.glob(f"{FOLDER_PREFIX}*"), key=lambda p: p.stat().st_mtime)
    for stale in old[:max(0, len(old) - keep + 1)]:
        if time.time() - stale.stat().st_mtime > 3600:    # never a run that is still going
            shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))


def write_reports(folder: Path, results: list[ShotResult], notes: list, head: str) -> None:
    """summary.json (all that was read), findings.txt (every problem), report.txt (the numbers)."""
    save_summary(folder / "summary.json", results)
    everything = [*af.label_findings(results)[0], *af.unseen_findings(results),
                  *af.label_findings(results, "texts")[0], *af.cut_findings(results),
                  *af.letter_findings(results)[0], *af.icon_findings(results)[0]]
    (folder / "findings.txt").write_text("".join(f"{f.line}\n" for f in everything)
                                         + "".join(f"{screen}, {combo}: {why}\n" for combo, screen, why in notes),
                                         encoding="utf-8")
    _, heights = af.letter_findings(results)
    (folder / "report.txt").write_text(head + "\nletter heights (median, px):\n" + "\n".join(heights) + "\n",
                                       encoding="utf-8")


@pytest.fixture(scope="module")
def audit() -> Audit:
    missing = sr.missing_tools()
    if missing:
        pytest.fail(f"the screen audit needs {', '.join(missing)}: {sr.APT_HINT}")
    folder = audit_folder()
    # The kiosks read the pseudo-languages' .qm files from here (kiosk/ui/shell/i18n.py).
    os.environ[TEST_TRANSLATIONS_ENV] = str(pseudo_translations())
    started = time.monotonic()
    unreached, notes, futures, timings = [], [], [], []
    # Two workers read the screenshots while the walk goes on (CI has two cores).
    with ThreadPoolExecutor(max_workers=2) as pool:
        for shape, pairs in PLAN.items():
            began = time.monotonic()
            walk = Walk(shape, folder, pool, languages=OFFERED)
            try:
                walk.run([Combo(shape, lang, step) for lang, step in pairs])
            finally:
                walk.close()
            timings.append(f"{shape[0]}x{shape[1]} walk {time.monotonic() - began:.0f} s")
            unreached += walk.unreached
            notes += walk.notes
            futures += walk.futures
        began = time.monotonic()
        results = [f.result() for f in futures]
        timings.append(f"reading left after the walks {time.monotonic() - began:.0f} s")
    head = (af.summary(results, PLAN, SCREENS, time.monotonic() - started) + f"\n  {', '.join(timings)}"
            + f"\nscreenshots, findings.txt, summary.json and report.txt in {folder}")
    write_reports(folder, results, notes, head)
    return Audit(results, unreached, notes, folder, head)


def test_the_audit_reached_every_screen_in_every_combination(audit):
    shot = {(r.combo, af.base_screen(r.screen)) for r in audit.results}
    wanted = {(Combo(shape, lang, step), screen) for shape, pairs in PLAN.items() for lang, step in pairs
              for screen in SCREENS}
    lines = [f"- {screen}, {combo}: {why}" for combo, screen, why in audit.unreached]
    lines += [f"- {screen}, {combo}: no screenshot" for combo, screen in sorted(wanted - shot, key=str)
              if not any(c == combo and s == screen for c, s, _ in audit.unreached)]
    assert not lines, f"{audit.head}\nscreens the audit could not reach:\n" + "\n".join(lines)


def test_every_button_label_is_drawn(audit):
    findings, checked = af.label_findings(audit.results)
    findings += af.unseen_findings(audit.results)
    assert checked > 0
    assert not findings, af.format_findings(f"of {checked} button labels not read back from the screen", findings,
                                            audit.head)


def test_every_text_is_drawn_whole(audit):
    """Titles and sentences shown whole (not in a scrolled list) are read back whole: none cut or squeezed."""
    findings, checked = af.label_findings(audit.results, "texts")
    assert checked > 0
    assert not findings, af.format_findings(f"of {checked} texts not read back whole from the screen", findings,
                                            audit.head)


def test_no_button_is_cut_off(audit):
    findings = af.cut_findings(audit.results)
    assert not findings, af.format_findings("buttons partly off the screen", findings, audit.head)


def test_letters_grow_or_stay_with_each_text_size_step(audit):
    findings, heights = af.letter_findings(audit.results)
    assert heights, "no letters were measured"
    assert not findings, (af.format_findings("text roles whose letters get smaller at a larger text size",
                                             findings, audit.head)
                          + "\nletter heights measured (median, px):\n" + "\n".join(heights))


def test_no_tile_icon_vanishes(audit):
    findings, checked = af.icon_findings(audit.results)
    assert checked > 0
    assert not findings, af.format_findings(f"of {checked} tiles without their icon", findings, audit.head)


def test_the_guides_list_opens_at_its_top(audit):
    """Each session's first "Guides", and "Guides for this service", show the top of the list and its focus."""
    lines = [f"- {area}, {combo}: {why}" for combo, area, why in audit.notes]
    assert not lines, f"{audit.head}\n" + "\n".join(lines)


def _end_session_red_x(shot: np.ndarray, bar_bottom: int) -> float | None:
    bar = shot[:bar_bottom].astype(int)
    red = (bar[..., 0] > 120) & (bar[..., 1] < 60) & (bar[..., 2] < 60)
    return float(np.nonzero(red)[1].mean()) if red.sum() > 500 else None


def test_a_right_to_left_language_mirrors_the_home_screen(audit):
    """From the screenshot's pixels: End session's red face at the start of the bar, the first tile there too."""
    lines = []
    homes = [r for r in audit.results if r.screen == "home"]
    assert any(is_rtl(r.combo.lang) for r in homes), "no right-to-left language in the plan"
    for r in homes:
        shot = cv2.imread(str(r.path))[:, :, ::-1]
        width = shot.shape[1]
        bar = max((e["rect"][1] + e["rect"][3] for e in r.labels if e["name"].startswith("nav-")), default=0)
        red = _end_session_red_x(shot, bar)
        tiles = sorted(r.icons, key=lambda t: t["rect"][1] * 10_000 + t["rect"][0])
        first = next((t for t in r.icons if t["name"] == "tile-omakanta"), None)
        rtl = is_rtl(r.combo.lang)
        if red is None:
            lines.append(f"- home, {r.combo}: no End-session button drawn in the bar ({r.path})")
        elif (red < width / 2) != rtl:
            lines.append(f"- home, {r.combo}: End session drawn at x={red:.0f} of {width} ({r.path})")
        if first is not None and len(tiles) > 1:
            row = [t for t in tiles if t["rect"][1] == first["rect"][1]]
            at_start = max(row, key=lambda t: t["rect"][0]) if rtl else min(row, key=lambda t: t["rect"][0])
            if at_start is not first and first["ink"] > 0:
                lines.append(f"- home, {r.combo}: the first tile is not at the {'right' if rtl else 'left'} "
                             f"({r.path})")
    assert not lines, f"{audit.head}\nhome screens not laid out in their language's direction:\n" + "\n".join(lines)
