"""Measure a cold start: process start → main window shown → library listed (usable) → first
results of a query typed as the window shows, and the longest event-loop stall on the way.

    uv run python bench/startup.py [--runs 5] [--library PATH] [--query 海南]

Each run is a fresh interpreter with fresh config/data dirs; it launches ``ftz_desktop.ui.app.run``
with FTZ_DESKTOP_STARTUP_PROBE set (``usable`` with a library), which prints the times and quits.
Without a display the offscreen platform is used. Targets: shown < 1.5 s; first results ≤ 1.5 s
after launch and no stall over 50 ms (issue 17).
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


def once(library: str, query: str = "") -> dict[str, float]:
    """Seconds from process start to each probe line (shown, usable, results) and the stalls."""
    with tempfile.TemporaryDirectory(prefix="ftz-startup-") as tmp:
        env = dict(
            os.environ,
            FTZ_DESKTOP_STARTUP_PROBE="usable" if library else "1",
            FTZ_DESKTOP_PROBE_QUERY=query,
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
        found: dict[str, float] = {}
        for line in out.stdout.splitlines():
            kind, _, rest = line.partition(" ")
            if kind in ("ftz-desktop-shown", "ftz-desktop-usable", "ftz-desktop-results"):
                when, _, cpu = rest.partition(" ")
                found[kind.rsplit("-", 1)[1]] = float(when) - start
                if cpu:
                    found[kind.rsplit("-", 1)[1] + "_cpu"] = float(cpu)
            elif kind == "ftz-desktop-stall":
                wall, cpu, *own = rest.split()
                found["stall_ms"], found["cpu_ms"] = float(wall), float(cpu)
                if own:
                    found["own_ms"] = float(own[0])
        if "shown" not in found:
            raise SystemExit(f"no probe line; exit {out.returncode}\n{out.stderr}")
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--library", default="", help="library to open (default: a new empty one)")
    parser.add_argument("--query", default="", help="typed as the window shows (with --library)")
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        runs.append(once(args.library, args.query))
        print(
            "  " + " · ".join(f"{k} {v:.0f}" if k.endswith("_ms") else f"{k} {v:.3f}" for k, v in runs[-1].items()),
            flush=True,
        )
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    for key, label in (
        ("shown", "process start → window shown (s)"),
        ("usable", "process start → library listed (s)"),
        ("results", "process start → first results (s)"),
        ("results_cpu", "process CPU until the first results (s)"),
        ("stall_ms", "longest event-loop stall after the window showed (ms)"),
        ("cpu_ms", "longest UI-thread CPU between two ticks (ms)"),
        ("own_ms", "longest stall less the UI thread's waits for a core: other programs' load (ms)"),
    ):
        figures = [r[key] for r in runs if key in r]
        if figures:
            print(
                f"{label}: median {statistics.median(figures):.3f} · max {max(figures):.3f} "
                f"({', '.join(f'{f:.3f}' for f in figures)})"
            )
    print(f"platform {platform} · load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
