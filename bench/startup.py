"""Measure a cold start: process start → main window shown → library listed (usable) → first
results of a query typed as the window shows, and the longest event-loop stall on the way.

    uv run python bench/startup.py [--runs 5] [--library PATH] [--query 海南] [--bytecode cached]

Each run is a fresh interpreter with fresh config/data dirs; it launches ``ftz_desktop.ui.app.run``
with FTZ_DESKTOP_STARTUP_PROBE set (``usable`` with a library), which prints the times and quits
once the window's start-up work (its warm-up) is done too; the stalls are measured until then.
Without a display the offscreen platform is used. Targets: shown < 1.5 s; first results ≤ 1.5 s
after launch and no stall over 50 ms (issue 17).

Bytecode: ``--bytecode env`` (the default) runs the interpreter as the environment says; where
PYTHONDONTWRITEBYTECODE is set and nothing was compiled ahead (as on the team's machine), every
module is compiled from source at every launch: ~0.4 s more CPU before the window shows, and the
imports a worker makes after it hold the interpreter's lock for a whole module's compile.
``--bytecode cached`` measures what an installed application does (pip and the bundles compile
the bytecode at install time): the runs read it from a cache directory that one unmeasured launch
fills first.
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


def once(library: str, query: str = "", pycache: str = "") -> dict[str, float]:
    """Seconds from process start to each probe line (shown, usable, results) and the stalls;
    with ``pycache``, the bytecode is read from (and written to) that directory."""
    with tempfile.TemporaryDirectory(prefix="ftz-startup-") as tmp:
        env = dict(os.environ, PYTHONFAULTHANDLER="1")  # a crash prints every thread's stack
        if pycache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = pycache
        env.update(
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
        if out.returncode != 0:  # a crash after the window showed: said, with how it ended
            tail = "\n".join(line for line in out.stderr.splitlines() if "does not support" not in line)[-4000:]
            print(f"  the run ended with exit status {out.returncode}:\n{tail}", flush=True)
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--library", default="", help="library to open (default: a new empty one)")
    parser.add_argument("--query", default="", help="typed as the window shows (with --library)")
    parser.add_argument(
        "--bytecode",
        choices=("env", "cached"),
        default="env",
        help="env: as the environment says; cached: read from a cache filled by a first, unmeasured launch",
    )
    args = parser.parse_args()
    pycache = ""
    if args.bytecode == "cached":
        pycache = str(Path(tempfile.gettempdir()) / "ftz-startup-pycache")
        once(args.library, args.query, pycache)
    runs = []
    for _ in range(args.runs):
        runs.append(once(args.library, args.query, pycache))
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
    if pycache:
        bytecode = f"read from {pycache}"
    elif os.environ.get("PYTHONDONTWRITEBYTECODE"):
        bytecode = "PYTHONDONTWRITEBYTECODE set: compiled at every launch where nothing was compiled ahead"
    else:
        bytecode = "as the environment says (written next to the sources)"
    print(f"platform {platform} · load {os.getloadavg()[0]:.1f} · bytecode {bytecode}")


if __name__ == "__main__":
    main()
