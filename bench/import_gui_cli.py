"""GUI import against CLI import of the same folder, run in alternation (the machine's load changes).

    xvfb-run -a uv run python bench/import_gui_cli.py [CORPUS] [--runs 2]

Each run imports CORPUS (default ../shared/corpus/large) into a new library: the CLI through
``ftz-desktop import --json`` (its own ``seconds``), the GUI through ``bench/ui_import_stall.py``
(import started → import finished in the window, with the window's listing following the import).
Prints both times, files per second, their ratio (target: GUI ≤ 1.5× CLI) and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "large"


def cli_import(corpus: Path) -> tuple[float, int]:
    with tempfile.TemporaryDirectory(prefix="ftz-cli-import-") as tmp:
        env = dict(os.environ, FTZ_DESKTOP_CONFIG_DIR=f"{tmp}/config", FTZ_DESKTOP_DATA_DIR=f"{tmp}/data")
        out = subprocess.run(
            [sys.executable, "-m", "ftz_desktop", "--library", f"{tmp}/lib.sqlite", "import", str(corpus), "--json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env=env,
        )
        report = json.loads(out.stdout)
        return float(report["seconds"]), int(report["added"])


def gui_import(corpus: Path) -> tuple[float, int, str]:
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "ui_import_stall.py"), str(corpus)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    found = re.search(r"imported: added ([\d,]+) .* in ([\d.]+) s", out.stdout)
    stall = re.search(r"longest event-loop stall: ([\d.]+) ms", out.stdout)
    if found is None:
        raise SystemExit(f"no import line from the GUI run:\n{out.stdout}\n{out.stderr}")
    return float(found[2]), int(found[1].replace(",", "")), stall[1] if stall else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    cli_times, gui_times = [], []
    for run in range(1, args.runs + 1):
        load = os.getloadavg()[0]
        seconds, files = cli_import(corpus)
        cli_times.append(seconds)
        print(f"run {run} CLI: {seconds:.1f} s, {files / seconds:.0f} files/s (load {load:.1f})", flush=True)
        load = os.getloadavg()[0]
        seconds, files, stall = gui_import(corpus)
        gui_times.append(seconds)
        print(
            f"run {run} GUI: {seconds:.1f} s, {files / seconds:.0f} files/s, longest stall {stall} ms (load {load:.1f})",
            flush=True,
        )
    ratios = [g / c for g, c in zip(gui_times, cli_times, strict=True)]
    print(
        "GUI / CLI: "
        + ", ".join(f"{r:.2f}" for r in ratios)
        + f" (median {statistics.median(ratios):.2f}; target ≤ 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
