"""The bundle bench's walk: the frozen kiosk through what a deployed site uses, by real taps.

`walk(bundle)` runs the bundle's kiosk under `strace -f` on its own Xvfb (xcb,
1280x800) with the demo's tiles on a local HTTP server, all nine languages
offered, read aloud on and the on-screen keyboard on (`deployment.virtual_keyboard`,
a switch of touch-only terminals). Through the test probe and XTest clicks (the
screen audit's `Walk`, tests/display/screen_audit.py) it goes:

    home -> a service -> its guide beside it -> print the page -> the guides list
    and a guide with pictures -> print the guide -> read aloud -> Arabic (home and
    the guides list) -> Russian -> the help screen and its name field (the
    keyboard) -> the helper view -> the admin view; then a second kiosk, of a
    site whose default language is Arabic: home and a service

After each step it reads /proc/PID/maps and the open descriptors of the kiosk
and of every process below it (QtWebEngineProcess, the speech host), and every
path strace saw opened so far: a step's share is what it added to the used set.
A step that cannot be reached is reported as such and the walk goes on.

Printing goes the real way (CUPS, this terminal's default printer): on a
machine without a CUPS server the job stops at "no default printer", after Qt
loaded its CUPS plugin. Read aloud needs speech-dispatcher (the kiosk starts its own).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.configs import ADMIN_PIN, HELPER_PIN
from tests.deploy.cage_session import end_group
from tests.display.screen_audit import Walk

LANGUAGES = ("fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so")
# The service's page: a field at its top, as a login form has (the keyboard appears for it).
PAGE = ('<!doctype html><title>omakanta</title><h1>omakanta</h1>'
        '<input id=q style="width:60%;font-size:30px" placeholder="Nimi"><p>Kirjaudu sisään.</p>')
EXTRA_CONFIG = "\n[deployment]\nvirtual_keyboard = true\nread_aloud = true\n"
GUIDE_WITH_PICTURES = "guide-bank-codes"    # kiosk/guides/bank-codes: an SVG picture on its steps


@dataclass
class Step:
    name: str
    added: set[str] = field(default_factory=set)
    error: str = ""


def descendants(pid: int) -> list[int]:
    """pid and every process below it (strace -> kiosk -> QtWebEngineProcess zygotes -> renderers)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def mapped_paths(pids: list[int]) -> set[str]:
    """Files mapped (libraries, .pak files Chromium maps) or held open now by any of `pids`."""
    paths = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/maps") as fh:
                for line in fh:
                    parts = line.split(maxsplit=5)
                    if len(parts) == 6 and parts[5].startswith("/"):
                        paths.add(parts[5].strip().removesuffix(" (deleted)"))
        except OSError:
            continue
        try:   # files held open now (a .pak read through a descriptor)
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    paths.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
                except OSError:
                    pass
        except OSError:
            pass
    return paths


OPENED = re.compile(r'open(?:at)?\((?:[^,]+, )?"([^"]+)",.*\) = (\d+)')


def opened_paths(trace: Path) -> set[str]:
    """Paths a successful open()/openat() returned a descriptor for, in any process of the trace."""
    paths = set()
    for f in trace.parent.glob(trace.name + "*"):
        for line in f.read_text(errors="replace").splitlines():
            m = OPENED.search(line)
            if m:
                paths.add(m.group(1))
    return paths


class BundleWalk(Walk):
    """The screen audit's walk on the frozen kiosk under strace; `used()` is what it touched so far."""

    def __init__(self, bundle: Path, tmp: Path, default_language: str = "fi") -> None:
        tmp.mkdir(parents=True, exist_ok=True)
        self.trace = tmp / "trace"
        self.root = str(bundle.resolve()) + "/"
        # setsid: strace, the kiosk and Chromium's processes are one group, ended together.
        # --seccomp-bpf: only the traced calls stop a process; without it speech-dispatcher
        # (started by the kiosk) did not answer within the kiosk's 5 s and read aloud never spoke.
        program = ["setsid", "strace", "-f", "--seccomp-bpf", "-qq", "-e", "trace=open,openat", "-e", "signal=none",
                   "-o", str(self.trace), str(bundle / "kiosk")]
        # Read aloud needs a sound device: ALSA's file plugin into /dev/null, through the HOME the
        # kiosk and its speech-dispatcher see (as tests/deploy/test_bundle_access.py does).
        home = tmp / "home"
        home.mkdir(exist_ok=True)
        (home / ".asoundrc").write_text('pcm.!default { type file; slave.pcm "null"; file "/dev/null"; '
                                        'format "raw" }\n')
        before = os.environ.get("HOME")
        os.environ["HOME"] = str(home)
        try:
            super().__init__((1280, 800), tmp, None, LANGUAGES, program,
                             lambda text: text.replace('default_language = "fi"',
                                                       f'default_language = "{default_language}"') + EXTRA_CONFIG)
        finally:
            if before is None:
                os.environ.pop("HOME", None)
            else:
                os.environ["HOME"] = before
        self.web.add("/omakanta", PAGE)

    def used(self) -> set[str]:
        paths = mapped_paths(descendants(self.kiosk.proc.pid)) | opened_paths(self.trace)
        return {r for r in (os.path.realpath(p) for p in paths) if r.startswith(self.root)}

    def close(self) -> None:
        try:
            end_group(self.kiosk.proc)
        except ProcessLookupError:   # closed at once: setsid had not made the group yet
            pass
        super().close()

    def end_session(self) -> None:
        """As a resident leaves: end the session (the next one starts afresh), skip the question."""
        self.kiosk.ask("idle-warning off")
        if self.visible("nav-end-session"):
            self.tap("nav-end-session")
            self.tap("end-yes")
            self.tap("feedback-skip")
        self.go_home()

    def go_home(self) -> None:
        """Home with nothing over it, from wherever the last step left the kiosk."""
        self._recover()
        self.home()

    def language(self, code: str) -> None:
        """A new resident who reads `code`: the language from the picker, then the guides list."""
        self.end_session()
        self.tap("lang-more")
        self.wait_for(f"language-{code}")
        self.tap(f"language-{code}")
        self._until(f"language {code}", lambda: self.state()["language"] == code)
        self.tap("nav-guides")        # the guides list: the language's script in many sizes
        self.wait_for("guides")
        self.kiosk.ask("settle", timeout=60)

    def guide_with_pictures(self) -> None:
        """From all guides, while the service is open: read it full screen, then its next step."""
        self.tap("nav-guides")
        self.wait_for("guides")
        self.tap(GUIDE_WITH_PICTURES)
        self._until("the guide or where to read it", lambda: self.visible("guide-next")
                    or self.visible("guide-open-full"))
        if self.visible("guide-open-full"):
            self.tap("guide-open-full")
        self.tap("guide-next")
        self.kiosk.ask("settle", timeout=60)

    def admin(self) -> None:
        self.go_home()
        self.x.xdotool("mousemove", "--sync", "6", "6", "click", "--repeat", "5", "--delay", "150", "1")
        self.wait_for("admin-pin")
        for digit in ADMIN_PIN:
            self.tap(f"pin-{digit}")
        self.tap("pin-ok")
        self.wait_for("admin-view", timeout=30)
        self.kiosk.ask("settle", timeout=60)

    def steps_of_a_site(self) -> list[tuple[str, Callable[[], None]]]:
        k = self.kiosk

        def logged(text: str, timeout: float = 30) -> Callable[[], None]:
            return lambda: k.wait_log(text, timeout)

        def helper() -> None:
            self.go_home()
            self.tap("helper-entry")
            self.wait_for("helper-login")
            self.x.type(HELPER_PIN)
            self.x.keys("Return")
            self.wait_for("helper-view")
            self.tap("helper-close")

        return [
            ("home screen", lambda: k.wait_state(lambda s: s["screen"] == "home", timeout=90)),
            ("a service page (tile)", lambda: (self.tap("tile-omakanta"), self.wait_for("browser-print"),
                                               self.wait_for("browser"), time.sleep(3))),
            ("the guide beside the service", lambda: (self.tap("browser-show-guide"), self._beside_ready())),
            ("printing the page (CUPS)", lambda: (self.tap("browser-print"), logged("print request")())),
            ("a guide with pictures", self.guide_with_pictures),
            ("read aloud", lambda: (self.wait_for("read-aloud", 90), self.tap("read-aloud"),
                                    k.wait_log("read aloud", 60), time.sleep(3))),
            ("Arabic", lambda: self.language("ar")),
            ("Russian", lambda: self.language("ru")),
            ("the help screen and its name field (keyboard)",
             lambda: (self.go_home(), self.tap("nav-help"), self.tap("help-topic-omakanta"),
                      self._until("the on-screen keyboard", lambda: k.ask("keyboard")["keyboard"]["visible"], 30),
                      self.tap("help-skip"), self.tap("help-cancel"))),
            ("the helper view", helper),
            ("the admin view", self.admin),
        ]


def walk(bundle: Path, tmp: Path) -> tuple[list[Step], set[str]]:
    """Each step's additions to the used set, and the whole used set (real paths inside the bundle).

    Then a second kiosk, of a site whose default language is Arabic: does Chromium take its locale
    (ar.pak) from site.default_language? (It does not: from the command line's --lang, fi unless
    given; packaging/prune.py keeps the locales accordingly.)"""
    steps: list[Step] = []
    seen: set[str] = set()
    seen |= _walk(BundleWalk(bundle, tmp / "fi"), lambda w: w.steps_of_a_site(), steps, seen)
    starts_in_arabic = [("a site starting in Arabic (site.default_language = ar): home and a service",
                         lambda w: (w.kiosk.wait_state(lambda s: s["screen"] == "home", timeout=90),
                                    w.tap("tile-omakanta"), w.wait_for("browser-print"), time.sleep(3)))]
    seen |= _walk(BundleWalk(bundle, tmp / "ar", "ar"),
                  lambda w: [(name, lambda a=a: a(w)) for name, a in starts_in_arabic], steps, seen)
    return steps, seen


def _walk(w: BundleWalk, steps_of: Callable[[BundleWalk], list[tuple[str, Callable[[], None]]]],
          steps: list[Step], seen: set[str]) -> set[str]:
    seen = set(seen)
    try:
        for name, action in steps_of(w):
            step = Step(name)
            try:
                action()
            except AssertionError as exc:
                step.error = str(exc).splitlines()[0][:160]
                w._recover()
            time.sleep(1)   # the last opens of the step reach strace's file
            now = w.used()
            step.added = now - seen
            seen |= now
            steps.append(step)
            print(f"  step {name}: +{len(step.added)} files{' (' + step.error + ')' if step.error else ''}",
                  flush=True)
    finally:
        w.close()
        problems = [line for line in w.kiosk.log().splitlines()
                    if "WARNING" in line or "ERROR" in line or "read aloud" in line]
        if problems:
            print("  the kiosk's log, warnings and read aloud:\n    " + "\n    ".join(problems[-15:]), flush=True)
    return seen | {r for r in (os.path.realpath(p) for p in opened_paths(w.trace)) if r.startswith(w.root)}
