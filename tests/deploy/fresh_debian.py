"""A fresh Debian 12 machine for the deployment walk: debootstrap, chroot, systemd-nspawn --boot.

tests/deploy/test_fresh_debian.py follows docs/deploy.md with these parts:
a minimal bookworm root made by debootstrap (kept as a tarball, so the next
run starts from it in seconds), the release archive as IT staff get it,
commands run in a chroot (as on an image being prepared) and then inside the
root booted by systemd-nspawn, where systemd itself starts the units.

Needs root, debootstrap and systemd-nspawn (`apt-get install debootstrap
systemd-container`). The mirror is the one this machine's apt uses, or
DIGIPISTE_DEBIAN_MIRROR.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

CACHE = Path(os.environ.get("DIGIPISTE_FRESH_DEBIAN_CACHE", "/var/cache/digipiste-fresh-debian"))

# Test only: systemd-nspawn has no tty1 and no DRM device, so the units run
# cage on the headless wlroots backend and take no terminal. Everything else
# in them (user, PAM session, Type=notify, watchdog, restart, start limit,
# OnFailure, hardening) is as shipped.
HEADLESS_DROP_IN = """\
# Test only (systemd-nspawn: no tty1, no DRM): headless wlroots backend.
[Service]
StandardInput=null
TTYReset=no
TTYVHangup=no
TTYVTDisallocate=no
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
"""


def debian_mirror() -> str:
    """The Debian mirror of this machine's apt sources (deb822 or one-line), or the variable's."""
    if os.environ.get("DIGIPISTE_DEBIAN_MIRROR"):
        return os.environ["DIGIPISTE_DEBIAN_MIRROR"]
    files = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for path in files:
        text = path.read_text(errors="replace") if path.is_file() else ""
        for url in re.findall(r"(?:URIs:\s*|^deb\s+(?:\[[^\]]*\]\s+)?)(\S+)", text, re.M):
            if url.rstrip("/").endswith("/debian"):
                return url
    raise RuntimeError("no Debian mirror in /etc/apt/sources.list*: set DIGIPISTE_DEBIAN_MIRROR")


UBUNTU = ("noble",)


def clean_root_tarball(suite: str = "bookworm") -> tuple[Path, float]:
    """A minimal root of `suite` as a tarball (made once); and the seconds it took now.

    Debian suites come from this machine's Debian mirror. Ubuntu (noble) needs
    DIGIPISTE_UBUNTU_MIRROR; Debian 12's debootstrap has no noble script (the
    generic Ubuntu one serves) and no Ubuntu keyring, so that bootstrap is not
    signature-checked (the root's own apt checks everything after it).
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    tarball = CACHE / f"{suite}.tar.zst"
    if tarball.exists():
        return tarball, 0.0
    started = time.monotonic()
    work = CACHE / f"{suite}.building"
    shutil.rmtree(work, ignore_errors=True)
    if suite in UBUNTU:
        base = os.environ["DIGIPISTE_UBUNTU_MIRROR"].rstrip("/")
        script = Path("/usr/share/debootstrap/scripts") / suite
        extra = ["--no-check-gpg"]
        args = [suite, str(work), base] + ([] if script.exists() else [str(script.parent / "gutsy")])
        # cage is in universe; Ubuntu's own installer enables it.
        sources = "".join(f"deb {base} {s} main universe\n" for s in (suite, f"{suite}-updates", f"{suite}-security"))
    else:
        base = debian_mirror().rstrip("/")
        extra = []
        args = [suite, str(work), base]
        security = base[: -len("/debian")] + "/debian-security"
        sources = f"deb {base} {suite} main\ndeb {base} {suite}-updates main\ndeb {security} {suite}-security main\n"
    # The default variant (required + important priorities) is what Debian's
    # installer gives with every task unticked: no desktop, no "standard
    # system utilities", so no dbus, no zstd, no sudo, no locales.
    subprocess.run(["debootstrap", "--arch=amd64", *extra, *args], check=True, capture_output=True, timeout=1800)
    (work / "etc/apt/sources.list").write_text(sources)
    subprocess.run(["tar", "--zstd", "-cf", str(tarball) + ".tmp", "-C", str(work), "."], check=True)
    os.replace(str(tarball) + ".tmp", tarball)
    shutil.rmtree(work, ignore_errors=True)
    return tarball, time.monotonic() - started


def unpack(tarball: Path, root: Path) -> None:
    root.mkdir(parents=True)
    subprocess.run(["tar", "--zstd", "-xpf", str(tarball), "-C", str(root)], check=True)


def release_archive(bundle: Path, repo: Path, into: Path, version: str) -> Path:
    """The release archive as docs/deploy.md describes it: digipiste-VERSION/{dist,packaging,docs}."""
    top = f"digipiste-{version}"
    path = into / f"{top}.tar.zst"
    staging = into.parent / f".{top}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / top / "dist").mkdir(parents=True)
    shutil.copytree(bundle, staging / top / "dist" / "digipiste", symlinks=True)
    shutil.copytree(repo / "packaging" / "linux", staging / top / "packaging" / "linux")
    (staging / top / "docs").mkdir()
    shutil.copy(repo / "docs" / "deploy.md", staging / top / "docs" / "deploy.md")
    subprocess.run(["tar", "--zstd", "-cf", str(path), "-C", str(staging), top], check=True)
    shutil.rmtree(staging)
    return path


class Chroot:
    """Commands in the root with /proc, /sys and /dev bound, as for an image being prepared."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.mounted: list[Path] = []

    def __enter__(self) -> "Chroot":
        for name, args in (("proc", ["-t", "proc", "proc"]), ("sys", ["--rbind", "/sys"]),
                           ("dev", ["--rbind", "/dev"])):
            target = self.root / name
            subprocess.run(["mount", *args, str(target)], check=True)
            subprocess.run(["mount", "--make-rslave", str(target)], check=True)
            self.mounted.append(target)
        shutil.copy("/etc/resolv.conf", self.root / "etc" / "resolv.conf")
        return self

    def run(self, script: str, timeout: float = 1200) -> subprocess.CompletedProcess:
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "TERM": "dumb"}
        return subprocess.run(["chroot", str(self.root), "/bin/sh", "-c", script], env=env,
                              capture_output=True, text=True, timeout=timeout)

    def __exit__(self, *exc) -> None:
        for target in reversed(self.mounted):
            subprocess.run(["umount", "-R", "-l", str(target)], check=False)


class Booted:
    """The root booted by systemd-nspawn (host network shared), commands entered with nsenter."""

    def __init__(self, root: Path, log: Path) -> None:
        self.root = root
        self.log = log
        self.proc: subprocess.Popen | None = None
        self.pid1 = 0

    def __enter__(self) -> "Booted":
        # No systemd on the host (PID 1 is something else in containers and
        # CI machines): --keep-unit and --register=no keep nspawn off the bus.
        with self.log.open("w") as log:
            self.proc = subprocess.Popen(
                ["systemd-nspawn", "-D", str(self.root), "--boot", "--register=no", "--keep-unit",
                 "--console=passive", f"--machine=digipiste-{os.getpid()}"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        end = time.monotonic() + 60
        while time.monotonic() < end and not self.pid1:
            children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
            ids = children.read_text().split() if children.exists() else []
            self.pid1 = int(ids[0]) if ids else 0
            time.sleep(0.2)
        assert self.pid1, f"systemd-nspawn did not start:\n{self.log.read_text()}"
        while time.monotonic() < end:
            state = self.run("systemctl is-system-running").stdout.strip()
            if state in ("running", "degraded"):
                return self
            time.sleep(0.5)
        raise AssertionError(f"the booted root did not settle: {state}\n{self.log.read_text()[-3000:]}")

    def command(self, *argv: str) -> list[str]:
        return ["nsenter", "-t", str(self.pid1), "-a", *argv]

    def run(self, script: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run(self.command("/bin/sh", "-c", script), capture_output=True, text=True,
                              timeout=timeout)

    def unit(self, name: str) -> dict[str, str]:
        out = self.run(f"systemctl show -p ActiveState -p SubState -p StatusText -p NRestarts -p Result {name}")
        return dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)

    def wait_unit(self, name: str, state: str, timeout: float = 60, status: str | None = None) -> dict[str, str]:
        end = time.monotonic() + timeout
        while True:
            now = self.unit(name)
            if now.get("ActiveState") == state and (status is None or now.get("StatusText") == status):
                return now
            if time.monotonic() > end:
                journal = self.run(f"journalctl -u {name} --no-pager | grep -v 'Basic output test' | tail -30")
                raise AssertionError(f"{name} is {now}, not {state}\n{journal.stdout}")
            time.sleep(0.5)

    def __exit__(self, *exc) -> None:
        if self.proc is None:
            return
        self.run("systemctl poweroff --no-block", timeout=30)
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(30)


def add_headless_drop_ins(root: Path) -> None:
    for unit in ("digipiste-kiosk.service", "digipiste-recovery.service"):
        folder = root / "etc" / "systemd" / "system" / f"{unit}.d"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "zz-test-headless.conf").write_text(HEADLESS_DROP_IN)


def digipiste_leftovers(root: Path) -> list[str]:
    """Every path in the root that still names digipiste (outside the release IT staff unpacked)."""
    found = []
    for path in root.rglob("*digipiste*"):
        rel = "/" + str(path.relative_to(root))
        if not rel.startswith(("/root/", "/proc/", "/sys/", "/dev/")):
            found.append(rel)
    return sorted(found)

