"""Two imports of the same folder into the same library at once (two processes) both finish,
with no file counted as failed (a file the other wrote meanwhile is updated, never inserted
twice), and an annotation written meanwhile waits at most about a second for the lock."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from ftz_desktop.services.library import Library


def _folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(
            f"第{i}号简报\n\n自贸试验区第{i}号简报：片区新设企业{i}家，跨境贸易额{i * 3}亿元。\n", encoding="utf-8"
        )
    return folder


def _import(library: Path, folder: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ftz_desktop", "--library", str(library), "import", str(folder), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_imports_of_the_same_folder_at_once_both_succeed(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 150)
    library = tmp_path / "lib.sqlite"
    with Library(library) as lib:  # created first: both processes open an existing library
        doc = tmp_path / "first.txt"
        doc.write_text("临港新片区\n\n临港新片区今年新设企业一千二百家。\n", encoding="utf-8")
        lib.import_all([doc])
    first, second = _import(library, folder), _import(library, folder)
    waits = []
    with Library(library) as lib:
        while first.poll() is None or second.poll() is None:
            started = time.monotonic()
            lib.annotations.create_from_quote(1, "新设企业", note="导入期间的批注")
            waits.append(time.monotonic() - started)
            time.sleep(0.05)
        reports = []
        for p in (first, second):
            out, err = p.communicate(timeout=600)
            assert p.returncode == 0, err
            reports.append(json.loads(out))
        assert all(r["failed"] == [] for r in reports), reports
        assert sum(r["added"] for r in reports) + sum(r["updated"] for r in reports) >= 150
        assert lib.count() == 151
    # a bound for a loaded 2-core machine: an import holds the lock about half a second at a time
    assert max(waits) < 5.0, waits
