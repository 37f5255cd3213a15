"""Bundle size against what the kiosk's processes really use: `./dev bench bundle`.

Runs the frozen kiosk (dist/digipiste/kiosk, from `./dev bundle`) on a local
configuration whose one tile is a page of a local HTTP server: home screen,
then that page opened through the test probe (as a tile press). While the page
is shown it reads /proc/PID/maps of the kiosk and of every QtWebEngineProcess
below it; the whole run goes under `strace -f -e trace=open,openat`, because
Chromium and Qt read some files with read() and never map them (icudtl.dat,
the .pak resources and locales, Qt translations, base_library.zip).

Prints: the bundle's size and file count; the used set (mapped or opened,
unique files of the bundle) and the ratio bundle/used; the tar.zst sizes
(zstd -19 --long and -9) with their ratios against the naive build of the
issue (630 MB / 3 355 files) and against the used set; and the largest files
of the bundle that nothing used. `DIGIPISTE_BENCH_BUNDLE` names another bundle
folder; `DIGIPISTE_BENCH_UNUSED` how many unused files to list (default 40).
The kiosk runs on its own Xvfb (xcb; DIGIPISTE_TEST_DISPLAYS limits the display numbers).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.configs import local_config_text
from tests.deploy.cage_session import end_group
from tests.display.xserver import start_xvfb
from tests.webserver import WebServer

REPO = Path(__file__).resolve().parents[2]
NAIVE_BYTES, NAIVE_FILES = 630e6, 3355   # the first working build
PAGE = "<html><body><h1>Palvelu</h1><p>Tervetuloa.</p><input id=q autofocus></body></html>"


def bundle_files(bundle: Path) -> dict[str, int]:
    """Every regular file of the bundle (its real path) and its size."""
    out = {}
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            out[str(p.resolve())] = p.stat().st_size
    return out


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


def wait_for(predicate, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.2)
    raise RuntimeError(f"timed out waiting for {what}")


def used_by_a_run(bundle: Path) -> set[str]:
    """Real paths of the bundle's files that the kiosk mapped or opened: home screen plus one page."""
    tmp = Path(tempfile.mkdtemp(prefix="digipiste-bench-bundle-"))
    try:
        with WebServer("127.0.0.1") as web:
            web.add("/", PAGE)
            config = tmp / "site.toml"
            config.write_text(local_config_text({"kela": web.url("/")}), encoding="utf-8")
            # On a real X server (xcb): the tile is pressed through it, as a resident would.
            xserver = start_xvfb()
            env = dict(os.environ, DIGIPISTE_TEST_PROBE="1", QT_QPA_PLATFORM="xcb", DISPLAY=xserver.display)
            trace = tmp / "trace"
            proc = subprocess.Popen(
                ["strace", "-f", "-qq", "-e", "trace=open,openat", "-e", "signal=none", "-o", str(trace),
                 str(bundle / "kiosk"), "--config", str(config), "--data-dir", str(tmp / "data")],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                start_new_session=True)
            log = tmp / "data" / "logs" / "kiosk.log"
            try:
                wait_for(lambda: log.exists() and "first frame painted" in log.read_text(errors="replace"),
                         120, "the home screen")
                proc.stdin.write(b"where tile-kela\n")
                proc.stdin.flush()
                reply = {}
                end = time.monotonic() + 30
                while "x" not in reply and time.monotonic() < end:
                    if select.select([proc.stdout], [], [], 0.5)[0]:
                        line = proc.stdout.readline().decode(errors="replace").strip()
                        reply = json.loads(line) if line.startswith("{") else reply
                xserver.click(reply["x"], reply["y"])
                wait_for(lambda: ("GET", "/") in web.requests, 60, "the page to be requested")
                time.sleep(5)   # the renderer lays the page out and paints it
                pids = descendants(proc.pid)
                used = mapped_paths(pids)
            finally:
                end_group(proc)
                xserver.stop()
            used |= opened_paths(trace)
        root = str(bundle.resolve()) + "/"
        return {os.path.realpath(p) for p in used if os.path.realpath(p).startswith(root)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def tar_zst(bundle: Path, level: list[str]) -> tuple[int, float]:
    """Size of the bundle as tar | zstd (names sorted, as the release archive is made), and the seconds it took."""
    start = time.monotonic()
    tar = subprocess.Popen(["tar", "--sort=name", "-C", str(bundle.parent), "-cf", "-", bundle.name],
                           stdout=subprocess.PIPE)
    out = subprocess.run(["zstd", "-q", "-T0", *level, "-c"], stdin=tar.stdout, capture_output=True, check=True)
    tar.wait()
    return len(out.stdout), time.monotonic() - start


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def main() -> None:
    bundle = Path(os.environ.get("DIGIPISTE_BENCH_BUNDLE", REPO / "dist" / "digipiste"))
    if not (bundle / "kiosk").exists():
        print(f"no bundle at {bundle}: build it with ./dev bundle first")
        return
    if shutil.which("strace") is None:
        print("strace is needed (apt-get install strace)")
        return
    files = bundle_files(bundle)
    total, count = sum(files.values()), len(files)
    used = used_by_a_run(bundle)
    used_bytes = sum(files.get(p, 0) for p in used)
    print(f"bundle {bundle}: {mb(total)} in {count} files")
    print(f"used by home + one page (mapped or opened, all processes): {mb(used_bytes)} in {len(used)} files")
    print(f"ratio bundle/used: {total / used_bytes:.3f}x (aim <= 1.1x); "
          f"bundle/naive: {total / NAIVE_BYTES:.3f}x size, {count / NAIVE_FILES:.3f}x files")
    unused = sorted(((size, p) for p, size in files.items() if p not in used), reverse=True)
    unused_total = sum(s for s, _ in unused)
    print(f"not used in this run: {mb(unused_total)} in {len(unused)} files; the largest:")
    root = str(bundle.resolve()) + "/"
    for size, path in unused[: int(os.environ.get("DIGIPISTE_BENCH_UNUSED", "40"))]:
        print(f"  {size / 1e6:8.2f} MB  {path.removeprefix(root)}", flush=True)
    # -9 first: -19 takes minutes on a busy two-core machine.
    for label, level in (("zstd -9", ["-9"]), ("zstd -19 --long=27, the release's", ["-19", "--long=27"])):
        size, seconds = tar_zst(bundle, level)
        print(f"tar.zst ({label}): {mb(size)} in {seconds:.0f} s; ratio to naive unpacked "
              f"{size / NAIVE_BYTES:.3f}x, to used {size / used_bytes:.3f}x, to this bundle unpacked "
              f"{size / total:.3f}x", flush=True)


if __name__ == "__main__":
    main()
