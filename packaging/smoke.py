"""Smoke test of a built bundle (Linux folder, Windows folder, macOS .app), every step with a time
limit so that a hang fails instead of waiting:

    python packaging/smoke.py dist/ftz-desktop            # Linux, Windows
    python packaging/smoke.py "dist/FTZ Desktop.app"      # macOS

1. ``--version`` prints the version;
2. the window shows (start-up probe) — the start time;
3. ``import`` of 300 generated files finishes, with the parse pool's worker processes in use (the
   log says so: a frozen worker that re-ran the program instead of its job would hang here);
4. ``search`` finds them (a plain term and a zone filter, which reads the packaged gazetteer);
5. the windowed program imports the same folder given as FILE... (its own pool), opens the files
   and saves ``--screenshot``;
6. ``--crash-test`` shows the crash dialog (saved as an image) and logs the traceback.

Prints one line per step with its time, then the figures; exits 1 on the first failure. Runs on
the offscreen Qt platform, with private user directories in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ZONES = [
    "上海",
    "广东",
    "天津",
    "福建",
    "辽宁",
    "浙江",
    "河南",
    "湖北",
    "重庆",
    "四川",
    "陕西",
    "海南",
    "黑龙江",
    "新疆",
]


@dataclass
class Programs:
    """The executables of a bundle: the one for the command line and the windowed one."""

    bundle: Path
    cli: Path
    gui: Path

    @classmethod
    def find(cls, bundle: Path) -> Programs:
        if bundle.suffix == ".app":
            exe = bundle / "Contents" / "MacOS" / "ftz-desktop"
            return cls(bundle, exe, exe)
        if sys.platform == "win32":
            return cls(bundle, bundle / "ftz-desktop-cli.exe", bundle / "ftz-desktop.exe")
        return cls(bundle, bundle / "ftz-desktop", bundle / "ftz-desktop")


@dataclass
class Report:
    figures: dict[str, float | str] = field(default_factory=dict)

    def step(self, name: str, seconds: float, detail: str = "") -> None:
        self.figures[name] = round(seconds, 2)
        print(f"ok  {name:<28} {seconds:6.1f} s  {detail}", flush=True)


def write_documents(folder: Path, count: int) -> Path:
    """``count`` short documents about the zones (sentences written for this test, a third of
    them Markdown with front matter)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        zone = ZONES[i % len(ZONES)]
        year, month = 2015 + i % 10, 1 + i % 12
        body = [
            f"{zone}自贸试验区在第{i}号测试简报中报告，{year}年{month}月新设企业{i * 3 + 7}家。",
            f"简报说，{zone}的制度创新成果累计{i % 17 + 1}项，其中{i % 5 + 1}项在全国推广。",
            f"这份测试简报还提到跨境贸易便利化、投资自由化和金融开放的{i % 9 + 2}个案例。",
        ] * 6
        if i % 3 == 0:
            text = f"---\ntitle: {zone}自贸试验区测试简报{i}\ndate: {year}-{month:02d}-01\n---\n\n" + "\n\n".join(body)
            (folder / f"brief-{i:03d}.md").write_text(text, encoding="utf-8")
        else:
            text = f"{zone}自贸试验区测试简报{i}\n\n" + "\n\n".join(body)
            (folder / f"brief-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def run(
    args: list[str], env: dict[str, str], timeout: float, cwd: Path
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    try:
        out = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"FAIL: {' '.join(args)} did not finish within {timeout:.0f} s (a hang?)") from exc
    seconds = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(args)} exited {out.returncode}\n{out.stdout}\n{out.stderr}")
    return out, seconds


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def smoke(bundle: Path, *, files: int = 300, scale: float = 1.0, keep: Path | None = None) -> Report:
    """Run every step against ``bundle``; raises SystemExit on the first failure."""
    from ftz_desktop import __version__

    bundle = bundle.resolve()
    programs = Programs.find(bundle)
    report = Report()
    report.figures["size_mb"] = round(folder_size(bundle) / 1e6, 1)
    tmp = keep or Path(tempfile.mkdtemp(prefix="ftz-smoke-"))
    tmp.mkdir(parents=True, exist_ok=True)
    logs = tmp / "data" / "logs" / "ftz-desktop.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "FTZ_DESKTOP_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FTZ_DESKTOP_CONFIG_DIR=str(tmp / "config"),
        FTZ_DESKTOP_DATA_DIR=str(tmp / "data"),
    )

    out, seconds = run([str(programs.cli), "--version"], env, 60 * scale, tmp)
    if out.stdout.strip() != f"ftz-desktop {__version__}":
        raise SystemExit(f"FAIL: --version printed {out.stdout!r}")
    report.step("version", seconds, out.stdout.strip())

    # its own settings: a window closed at once leaves a layout the later screenshot would inherit
    probe_env = dict(env, FTZ_DESKTOP_STARTUP_PROBE="1", FTZ_DESKTOP_CONFIG_DIR=str(tmp / "probe-config"))
    started = time.time()
    out, _ = run([str(programs.cli), "--library", str(tmp / "empty.sqlite")], probe_env, 120 * scale, tmp)
    shown = re.search(r"ftz-desktop-shown ([\d.]+)", out.stdout)
    if not shown:
        raise SystemExit(f"FAIL: the window did not show\n{out.stdout}\n{out.stderr}")
    report.step("window shown (cold)", float(shown.group(1)) - started)

    folder = write_documents(tmp / "docs", files)
    library = tmp / "cli.sqlite"
    out, seconds = run(
        [str(programs.cli), "--library", str(library), "import", str(folder), "--json"], env, 600 * scale, tmp
    )
    result = json.loads(out.stdout)
    if result["added"] != files or result["failed"]:
        raise SystemExit(f"FAIL: import added {result['added']} of {files}, failed {result['failed']}")
    log = logs.read_text(encoding="utf-8") if logs.exists() else ""
    if not re.search(rf"{files} jobs in [1-9] worker processes", log):
        raise SystemExit(f"FAIL: the import did not use the parse pool; log:\n{log[-2000:]}")
    report.step(f"import {files} files (pool)", seconds, f"{result['added']} added")

    out, seconds = run([str(programs.cli), "--library", str(library), "search", "制度创新"], env, 60 * scale, tmp)
    if not out.stdout.startswith(f"{files} documents"):
        raise SystemExit(f"FAIL: search 制度创新 → {out.stdout[:200]}")
    report.step("search", seconds, out.stdout.splitlines()[0])
    out, seconds = run([str(programs.cli), "--library", str(library), "search", "zone:黑龙江"], env, 300 * scale, tmp)
    expected = sum(1 for i in range(files) if ZONES[i % len(ZONES)] == "黑龙江")
    if not out.stdout.startswith(f"{expected} documents"):
        raise SystemExit(f"FAIL: search zone:黑龙江 → {out.stdout[:200]} (expected {expected})")
    report.step("search zone:黑龙江", seconds, out.stdout.splitlines()[0])

    shot = tmp / "bundle.png"
    args = [str(programs.gui), "--library", str(tmp / "gui.sqlite"), str(folder), str(folder / "brief-000.md")]
    args += ["--size", "1400x900", "--screenshot", str(shot)]
    before = log_count(logs, f"{files} jobs in")
    out, seconds = run(args, env, 600 * scale, tmp)
    if not shot.exists() or shot.stat().st_size < 20_000:
        raise SystemExit(f"FAIL: no screenshot from the windowed program\n{out.stderr}")
    if log_count(logs, f"{files} jobs in") <= before:
        raise SystemExit("FAIL: the window's import did not use the parse pool")
    report.step(f"window: import {files} + shot", seconds, str(shot))

    crash = tmp / "crash.png"
    out, seconds = run(
        [str(programs.gui), "--library", str(tmp / "gui.sqlite"), "--crash-test", "--screenshot", str(crash)],
        env,
        120 * scale,
        tmp,
    )
    if not crash.exists() or "RuntimeError: crash test" not in logs.read_text(encoding="utf-8"):
        raise SystemExit("FAIL: the crash dialog did not show or the error was not logged")
    report.step("crash dialog", seconds, str(crash))
    report.figures["work_dir"] = str(tmp)
    return report


def log_count(path: Path, needle: str) -> int:
    try:
        return path.read_text(encoding="utf-8").count(needle)
    except OSError:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="dist/ftz-desktop or 'dist/FTZ Desktop.app'")
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--timeout-scale", type=float, default=1.0, help="multiply every time limit (slow runners)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (screenshots, logs)")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    report = smoke(args.bundle, files=args.files, scale=args.timeout_scale, keep=args.keep)
    print(json.dumps(report.figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
