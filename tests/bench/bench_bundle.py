"""Bundle size against what the kiosk's processes really use: `./dev bench bundle`.

Runs the frozen kiosk (dist/digipiste/kiosk, from `./dev bundle`) under
`strace -f -e trace=open,openat` through the walk of tests/bench/bundle_walk.py:
what a deployed site uses (a service, its guide beside it, printing, a guide
with pictures, read aloud, Arabic and Russian, the help screen with the
on-screen keyboard, the helper and admin views), then a site that starts in
Arabic. After each step it reads /proc/PID/maps and the open descriptors of the
kiosk and every process below it (QtWebEngineProcess, the speech host), plus
every path strace saw opened: Chromium and Qt read some files with read() and
never map them (icudtl.dat, the .pak resources and locales, Qt translations,
base_library.zip).

Prints: the bundle's size and file count; what each step added to the used
set; the used set (mapped or opened, unique files of the bundle) and the
ratio bundle/used; the largest files of the bundle that nothing used; the
tar.zst sizes (zstd -9 and -19 --long) with their ratios against the naive
build of the issue (630 MB / 3 355 files) and against the used set.
`DIGIPISTE_BENCH_BUNDLE` names another bundle folder (the one before a
change: compare both in one sitting); `DIGIPISTE_BENCH_UNUSED` how many unused
files to list (default 40); `DIGIPISTE_BENCH_ZSTD=0` leaves out the archives
(-19 takes minutes). The kiosk runs on its own Xvfb (xcb;
DIGIPISTE_TEST_DISPLAYS limits the display numbers).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.bench.bundle_walk import walk

REPO = Path(__file__).resolve().parents[2]
NAIVE_BYTES, NAIVE_FILES = 630e6, 3355   # the first working build


def bundle_files(bundle: Path) -> dict[str, int]:
    """Every regular file of the bundle (its real path) and its size."""
    out = {}
    for p in bundle.rglob("*"):
        if p.is_file() and not p.is_symlink():
            out[str(p.resolve())] = p.stat().st_size
    return out


def used_by_a_walk(bundle: Path, files: dict[str, int]) -> set[str]:
    """Real paths of the bundle's files the kiosk's processes mapped or opened in the walk; prints each step's share."""
    tmp = Path(tempfile.mkdtemp(prefix="digipiste-bench-bundle-"))
    try:
        steps, used = walk(bundle, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    root = str(bundle.resolve()) + "/"
    total = 0
    print("what each step of the walk added to the used set (mapped or opened, all processes):")
    for step in steps:
        added = sorted(((files.get(p, 0), p) for p in step.added), reverse=True)
        size = sum(s for s, _ in added)
        total += size
        note = f"  NOT REACHED: {step.error}" if step.error else ""
        print(f"  {step.name}: +{mb(size)} in {len(added)} files (so far {mb(total)}){note}")
        for s, path in added[:STEP_FILES]:
            print(f"      {s / 1e6:7.2f} MB  {path.removeprefix(root)}")
        if len(added) > STEP_FILES:
            print(f"      ... and {len(added) - STEP_FILES} more ({mb(sum(s for s, _ in added[STEP_FILES:]))})")
    return used


def tar_zst(bundle: Path, level: list[str]) -> tuple[int, float]:
    """Size of the bundle as tar | zstd (names sorted, as the release archive is made), and the seconds it took."""
    start = time.monotonic()
    tar = subprocess.Popen(["tar", "--sort=name", "-C", str(bundle.parent), "-cf", "-", bundle.name],
                           stdout=subprocess.PIPE)
    out = subprocess.run(["zstd", "-q", "-T0", *level, "-c"], stdin=tar.stdout, capture_output=True, check=True)
    tar.wait()
    return len(out.stdout), time.monotonic() - start


STEP_FILES = 8   # the largest files each step added, listed


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
    print(f"bundle {bundle}: {mb(total)} in {count} files", flush=True)
    used = used_by_a_walk(bundle, files)
    used_bytes = sum(files.get(p, 0) for p in used)
    print(f"used by the walk (mapped or opened, all processes): {mb(used_bytes)} in {len(used)} files")
    print(f"ratio bundle/used: {total / used_bytes:.3f}x (aim <= 1.1x); "
          f"bundle/naive: {total / NAIVE_BYTES:.3f}x size, {count / NAIVE_FILES:.3f}x files")
    unused = sorted(((size, p) for p, size in files.items() if p not in used), reverse=True)
    unused_total = sum(s for s, _ in unused)
    print(f"not used in this run: {mb(unused_total)} in {len(unused)} files; the largest:")
    root = str(bundle.resolve()) + "/"
    for size, path in unused[: int(os.environ.get("DIGIPISTE_BENCH_UNUSED", "40"))]:
        print(f"  {size / 1e6:8.2f} MB  {path.removeprefix(root)}", flush=True)
    if os.environ.get("DIGIPISTE_BENCH_ZSTD") == "0":
        return
    # -9 first: -19 takes minutes on a busy two-core machine.
    for label, level in (("zstd -9", ["-9"]), ("zstd -19 --long=27, the release's", ["-19", "--long=27"])):
        size, seconds = tar_zst(bundle, level)
        print(f"tar.zst ({label}): {mb(size)} in {seconds:.0f} s; ratio to naive unpacked "
              f"{size / NAIVE_BYTES:.3f}x, to used {size / used_bytes:.3f}x, to this bundle unpacked "
              f"{size / total:.3f}x", flush=True)


if __name__ == "__main__":
    main()
