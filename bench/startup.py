"""Measure a cold start: process start → main window shown (and → library listed), over several runs.

    uv run python bench/startup.py [--runs 5] [--library PATH]

Each run is a fresh interpreter with fresh config/data dirs; it launches ``ftz_desktop.ui.app.run``
with FTZ_DESKTOP_STARTUP_PROBE set, which prints the time the window was shown and quits.
Without a display the offscreen platform is used. Target: shown < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CODE = (
    "import sys; from pathlib import Path; from ftz_desktop.ui.app import run; "
    "sys.exit(run(Path(sys.argv[1]) if sys.argv[1] else None, sys.argv[:1]))"
)
REPO = Path(__file__).resolve().parents[1]


def once(library: str) -> float:
    with tempfile.TemporaryDirectory(prefix="ftz-startup-") as tmp:
        env = dict(
            os.environ,
            FTZ_DESKTOP_STARTUP_PROBE="1",
            FTZ_DESKTOP_CONFIG_DIR=str(Path(tmp) / "config"),
            FTZ_DESKTOP_DATA_DIR=str(Path(tmp) / "data"),
        )
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CODE, library or str(Path(tmp) / "lib.sqlite")],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        for line in out.stdout.splitlines():
            if line.startswith("ftz-desktop-shown "):
                return float(line.split()[1]) - start
        raise SystemExit(f"no probe line; exit {out.returncode}\n{out.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--library", default="", help="library to open (default: a new empty one)")
    args = parser.parse_args()
    figures = [once(args.library) for _ in range(args.runs)]
    print("process start → window shown (s): " + ", ".join(f"{f:.3f}" for f in figures))
    print(
        f"first {figures[0]:.3f} s · median {statistics.median(figures):.3f} s · max {max(figures):.3f} s "
        f"(target < 1.5 s) · platform {os.environ.get('QT_QPA_PLATFORM') or ('xcb' if os.environ.get('DISPLAY') else 'offscreen')}"
    )


if __name__ == "__main__":
    main()
