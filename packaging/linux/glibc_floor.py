"""The oldest glibc a Linux bundle runs on: the highest GLIBC_x.y symbol version any of its ELF
files needs (read with ``objdump -T`` from binutils).

    python packaging/linux/glibc_floor.py dist/ftz-desktop [--max 2.28] [--top 5]

Exits 1 when the floor is above ``--max``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)")


def _is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needs(path: Path) -> tuple[int, int] | None:
    """The highest glibc version ``path`` asks for (None: it asks for none)."""
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, check=False).stdout
    found = [(int(a), int(b)) for a, b in VERSION.findall(out)]
    return max(found) if found else None


def floor(bundle: Path) -> list[tuple[tuple[int, int], Path]]:
    """(version, file) for every ELF file of the bundle, highest first."""
    if shutil.which("objdump") is None:
        raise SystemExit("objdump (binutils) is needed")
    rows = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            version = needs(path)
            if version is not None:
                rows.append((version, path))
    return sorted(rows, key=lambda r: r[0], reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--max", default="", help="fail above this version, e.g. 2.28")
    parser.add_argument("--top", type=int, default=5, help="list the files that need the most")
    args = parser.parse_args()
    rows = floor(args.bundle)
    if not rows:
        raise SystemExit(f"no ELF files in {args.bundle}")
    top = rows[0][0]
    print(f"needs glibc >= {top[0]}.{top[1]}")
    for (major, minor), path in rows[: args.top]:
        print(f"  {major}.{minor}  {path.relative_to(args.bundle)}")
    if args.max:
        limit = tuple(int(x) for x in args.max.split("."))
        if top > limit:
            raise SystemExit(f"above the allowed {args.max}")


if __name__ == "__main__":
    main()
