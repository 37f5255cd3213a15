"""Screenshots for docs/screenshots/: home, a guide step, the help status, the language picker.

    .venv/bin/python scripts/screenshots.py --lang ar --lang ru --size largest \\
        --shape 1280x800 --shape 1080x1920 --out docs/screenshots

For each shape one real kiosk (`python -m kiosk` on its own Xvfb, xcb, the
test probe on) runs on the demo site's tiles served from 127.0.0.1 (the
screen audit's set-up: tests/display/screen_audit.py); for each language it
chooses the language and text size with the home screen's own buttons (a
pseudo-language, `qps-ploc` or `qps-plocm`, through the probe), then goes by
real clicks to each screen and saves the X screen's pixels as
`<screen>-<lang>-<size>-<W>x<H>.png`. A screen the kiosk does not have (the
language picker's "Other languages", `lang-more`, before it exists) is
skipped with a line saying so. Needs Xvfb and xdotool (./dev test installs
them as root). Look at every file before it goes into the docs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"normal": 0, "large": 1, "largest": 2}
# The site offers all nine (as the demo does): fi, sv, en on home, the rest on the language picker.
OFFERED = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")


def _shape(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def take(walk, lang: str, step: int, out: Path) -> list[str]:
    """Every screen of one language in one kiosk; the lines to print."""
    import cv2

    from tests.display.audit_shots import SIZE_NAMES
    from tests.display.screen_grab import ScreenGrabber

    grabber = ScreenGrabber(walk.x.display)
    said = []
    shape = f"{walk.shape[0]}x{walk.shape[1]}"

    def shoot(screen: str) -> None:
        walk.kiosk.ask("settle", timeout=30)
        path = out / f"{screen}-{lang}-{SIZE_NAMES[step]}-{shape}.png"
        cv2.imwrite(str(path), grabber.grab()[:, :, ::-1])
        said.append(f"wrote {path}")

    def guide_step() -> None:
        walk.tap("nav-guides")
        walk._until("the guides", lambda: walk.visible("guides") or walk.visible("guide-close"))
        if not walk.visible("guides"):   # the guide of the language before is still open: "All guides"
            walk.tap("guide-close")
            walk.wait_for("guides")
        walk.tap(walk.guide_button())
        walk.wait_for("guide-next")
        walk.tap("guide-next")           # step 2: the first step that asks for a button on the page

    def help_status() -> None:
        walk.tap("nav-help")
        walk.wait_for("help-topic-omakanta")
        walk.tap("help-topic-omakanta")
        walk.tap("help-skip")
        walk.wait_for("help-status")

    try:
        walk.home()
        walk.choose(lang, step)
        shoot("home")
        for screen, go in (("guide", guide_step), ("help-status", help_status)):
            try:
                go()
                shoot(screen)
            except AssertionError as exc:
                said.append(f"skipped {screen} in {lang}: {exc}")
            walk.tap("nav-home")
        if walk.visible("lang-more"):
            walk.tap("lang-more")
            walk.kiosk.ask("settle", timeout=30)
            shoot("language-picker")
        else:
            said.append(f"skipped language-picker in {lang}: no 'lang-more' button on this kiosk")
        if walk.visible("nav-home"):
            walk.tap("nav-home")
        if walk.visible("help-status"):  # the next language starts without a request open
            walk.tap("help-status")
            walk.tap("help-cancel")
    finally:
        grabber.close()
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", action="append", required=True, help="language code (repeat for more)")
    parser.add_argument("--size", choices=list(SIZES), default="largest", help="text size (default largest)")
    parser.add_argument("--shape", action="append", type=_shape, help="WxH (repeat; default 1280x800 and 1080x1920)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")     # this process; the kiosk gets xcb
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"        # as root, for these screenshots only
    from kiosk.ui.shell.i18n import TEST_TRANSLATIONS_ENV
    from tests.display.screen_audit import Walk
    from tests.helpers.pseudo_languages import pseudo_translations

    if any(code.startswith("qps-") for code in args.lang):
        os.environ[TEST_TRANSLATIONS_ENV] = str(pseudo_translations())
    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    with ThreadPoolExecutor(max_workers=1) as pool:
        for shape in args.shape or [(1280, 800), (1080, 1920)]:
            tmp = tempfile.TemporaryDirectory(prefix="digipiste-screenshots-")   # the kiosk's data, then gone
            walk = Walk(shape, Path(tmp.name), pool, languages=OFFERED)
            try:
                walk.kiosk.wait_state(lambda s: s["screen"] == "home", timeout=60)
                for lang in args.lang:
                    try:
                        print("\n".join(take(walk, lang, SIZES[args.size], args.out)), flush=True)
                    except AssertionError as exc:
                        failed = True
                        print(f"{lang} {shape[0]}x{shape[1]}: could not take the screenshots: {exc}", flush=True)
            finally:
                walk.close()
                tmp.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
