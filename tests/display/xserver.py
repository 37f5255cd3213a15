"""A private Xvfb for one test module, and input sent through it with xdotool (XTest).

The display number is chosen at run time: DIGIPISTE_TEST_DISPLAYS="90-99"
limits the numbers tried (for machines shared by several test runs);
without it Xvfb picks a free one itself (-displayfd), which is what CI uses.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

SCREEN = (1280, 800)
APT_HINT = "apt-get install -y xvfb xdotool x11-utils (./dev test does it as root)"


class XServer:
    def __init__(self, display: str, process: subprocess.Popen) -> None:
        self.display = display
        self.process = process

    @property
    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display}

    def xdotool(self, *args: str) -> str:
        env = dict(os.environ, DISPLAY=self.display)
        done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=20)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")

    def keys(self, *combos: str) -> None:
        self.xdotool("key", "--delay", "60", *combos)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def _numbers() -> list[int] | None:
    spec = os.environ.get("DIGIPISTE_TEST_DISPLAYS", "").strip()
    if not spec:
        return None
    first, _, last = spec.partition("-")
    return list(range(int(first), int(last or first) + 1))


def _ready(display: str, process: subprocess.Popen, timeout: float = 15) -> bool:
    env = dict(os.environ, DISPLAY=display)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        probe = subprocess.run(["xdpyinfo"], env=env, capture_output=True, timeout=10)
        if probe.returncode == 0:
            return True
        time.sleep(0.1)
    return False


def start_xvfb(size: tuple[int, int] = SCREEN) -> XServer:
    """Start Xvfb (1280x800 unless `size` says otherwise) on a free display; raise with the apt command if it cannot."""
    args = ["-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp", "-noreset"]
    try:
        numbers = _numbers()
        if numbers is None:
            read, write = os.pipe()
            process = subprocess.Popen(["Xvfb", "-displayfd", str(write), *args], pass_fds=(write,),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(write)
            with os.fdopen(read) as fh:
                number = fh.readline().strip()
            if number and _ready(f":{number}", process):
                return XServer(f":{number}", process)
            process.kill()
            raise RuntimeError("Xvfb did not start")
        for n in numbers:
            if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
                continue
            process = subprocess.Popen(["Xvfb", f":{n}", *args],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if _ready(f":{n}", process):
                return XServer(f":{n}", process)
            process.kill()
            process.wait(5)
        raise RuntimeError(f"no free X display among {numbers[0]}-{numbers[-1]}")
    except FileNotFoundError as exc:
        raise RuntimeError(f"{exc.filename} is not installed: {APT_HINT}") from exc
