"""Command-line start-up: wall time of ``search``, ``docs`` and ``show`` end to end, per command.

    uv run python bench/cli_startup.py --library PATH [--runs 7] [--query 自贸区]

Each command runs once to warm up (and to write the bytecode caches, as a user's first run does:
PYTHONDONTWRITEBYTECODE is taken out of the environment), then ``--runs`` times as a fresh
process (``python -m ftz_desktop``); the median and the maximum are printed with the load
average. ``python -c pass`` is timed too: the interpreter's own start. Target: ≤ 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--query", default="自贸区")
    ap.add_argument("--doc", default="1", help="the document id for show")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cli = [sys.executable, "-m", "ftz_desktop", "--library", str(args.library)]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        f"search {args.query}": [*cli, "search", args.query],
        f"search --json {args.query}": [*cli, "search", "--json", args.query],
        f"show {args.doc}": [*cli, "show", args.doc],
        "docs": [*cli, "docs"],
    }
    print(f"library {args.library}, {args.runs} runs each, load {os.getloadavg()[0]:.1f}")
    for name, argv in commands.items():
        timed(argv, env)  # warm-up
        times = [timed(argv, env) for _ in range(args.runs)]
        print(f"{name:<28} median {statistics.median(times):.3f} s   max {max(times):.3f} s")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
