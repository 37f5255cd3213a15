"""The release archive digipiste-VERSION.tar.zst: the bundle and the install scripts, byte for byte reproducible.

    python packaging/build.py --archive         (build, check, then pack; `./dev bundle --archive`)
    python packaging/archive.py [OUT_DIR]       (pack the dist/digipiste already built)

It holds digipiste-VERSION/ with dist/digipiste/ (the checked bundle), packaging/
(install.sh and the units; install.sh finds the bundle at ../../dist/digipiste)
and the two documents IT staff need, docs/deploy.md and docs/configuration.md.
Reproducible: names sorted, every mtime the last commit's time (or
SOURCE_DATE_EPOCH), owner and group 0 with no names, modes 0755/0644 by the
execute bit, PAX headers without access or change times; zstd at a fixed
level. The same input gives the same bytes, so SHA256SUMS beside the archive
can be compared with the one a colleague built.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# -19 with a 128 MB window (the decoder's default limit: `tar --zstd -xf` needs no flags).
# Measured with `./dev bench bundle`: about 15 % smaller than -9, a few minutes on two cores.
ZSTD_ARGS = ["-19", "--long=27", "-T0", "-q"]
DOCS = ("docs/deploy.md", "docs/configuration.md")


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from kiosk import __version__

    return __version__


def source_date(root: Path = ROOT) -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time, else 0."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    out = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"], capture_output=True, text=True)
    return int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else 0


def _members(root: Path, bundle: Path) -> list[tuple[str, Path]]:
    """(name inside the archive, path on disk) of every file, folder and link, sorted by name."""
    pairs = [("dist/digipiste", bundle)]
    pairs += [(f"dist/digipiste/{p.relative_to(bundle)}", p) for p in bundle.rglob("*")]
    pairs += [("packaging", root / "packaging")]
    pairs += [(f"packaging/{p.relative_to(root / 'packaging')}", p) for p in (root / "packaging").rglob("*")
              if "__pycache__" not in p.parts]
    pairs += [("dist", bundle.parent), ("docs", root / "docs")] + [(d, root / d) for d in DOCS]
    return sorted(pairs)


def _tar_info(name: str, path: Path, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mtime = mtime
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    st = path.lstat()
    if path.is_symlink():
        info.type, info.linkname, info.mode = tarfile.SYMTYPE, os.readlink(path), 0o777
    elif path.is_dir():
        info.type, info.mode = tarfile.DIRTYPE, 0o755
    else:
        info.size = st.st_size
        info.mode = 0o755 if st.st_mode & 0o111 else 0o644
    return info


def make_archive(out_dir: Path, *, root: Path = ROOT, bundle: Path | None = None, name: str | None = None,
                 mtime: int | None = None, zstd_args: list[str] = ZSTD_ARGS) -> Path:
    """Write OUT_DIR/digipiste-VERSION.tar.zst and OUT_DIR/SHA256SUMS; return the archive's path."""
    bundle = bundle or root / "dist" / "digipiste"
    if not (bundle / "kiosk").is_file():
        raise SystemExit(f"archive: no bundle at {bundle} (build it with ./dev bundle)")
    top = name or f"digipiste-{version()}"
    mtime = source_date(root) if mtime is None else mtime
    out_dir.mkdir(parents=True, exist_ok=True)
    archive = out_dir / f"{top}.tar.zst"
    partial = archive.with_name(archive.name + ".part")
    with open(partial, "wb") as out:
        zstd = subprocess.Popen(["zstd", *zstd_args, "-c"], stdin=subprocess.PIPE, stdout=out)
        # addfile with our own headers: no owner names, times or modes of this machine.
        with tarfile.open(fileobj=zstd.stdin, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            tar.addfile(_tar_info(top, root, mtime))
            for inner, path in _members(root, bundle):
                info = _tar_info(f"{top}/{inner}", path, mtime)
                if info.isreg():
                    with open(path, "rb") as fh:
                        tar.addfile(info, fh)
                else:
                    tar.addfile(info)
        zstd.stdin.close()
        if zstd.wait() != 0:
            raise SystemExit("archive: zstd failed")
    partial.replace(archive)
    digest = hashlib.sha256()
    with open(archive, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    sums = out_dir / "SHA256SUMS"
    sums.write_text(f"{digest.hexdigest()}  {archive.name}\n", encoding="utf-8")
    return archive


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "dist"
    archive = make_archive(out_dir)
    print(f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB); checksum in {out_dir / 'SHA256SUMS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
