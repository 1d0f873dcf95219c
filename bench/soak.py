"""Soak test: two processes use one library at once for a while — one through the command line,
one through the services — importing, searching, annotating and re-importing, then the library's
integrity is checked.

    uv run python bench/soak.py [--minutes 10] [--files 300] [--work DIR]

The folder is ``--files`` documents of the large corpus (copied to the work directory). Each
process changes its own half of the files (a paragraph added, one removed) before it re-imports
the whole folder, searches, annotates a passage it just read, edits a note. Every command that
fails is counted, "database is locked" apart. At the end: PRAGMA integrity_check, FTS5's
integrity-check of both indexes, every annotation a process made still there (anchored or
orphaned, never lost), every file imported with its current content, and exact totals for a few
strings (FTS5's count against the texts).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ["的", "中国", "发展 改革", "条例 OR 办法", "经济 -上海", "自贸试验区", "title:中国", "date:2022"]
ADDED = "本段为压力测试加入的文字，第{n}次修改，用于检查重新导入时注释的位置。"


def _change(path: Path, rng: random.Random, n: int) -> None:
    """Add a paragraph of our own at a random place and drop another one (never the title line)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) > 4 and rng.random() < 0.5:
        del lines[rng.randrange(2, len(lines))]
    lines.insert(rng.randrange(1, len(lines) + 1), ADDED.format(n=n))
    path.write_text("\n".join(lines), encoding="utf-8")


class Stats:
    def __init__(self) -> None:
        self.ops: dict[str, list[float]] = {}
        self.failures: list[str] = []
        self.locked = 0
        self.annotations: list[int] = []

    def done(self, op: str, seconds: float) -> None:
        self.ops.setdefault(op, []).append(seconds)

    def failed(self, op: str, message: str) -> None:
        self.failures.append(f"{op}: {message[:300]}")
        if "locked" in message or "busy" in message:
            self.locked += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "ops": {k: [len(v), statistics.median(v), max(v)] for k, v in self.ops.items()},
            "failures": self.failures,
            "locked": self.locked,
            "annotations": self.annotations,
        }


def role_cli(library: Path, folder: Path, mine: list[Path], deadline: float, out: Path, seed: int) -> None:
    rng = random.Random(seed)
    stats = Stats()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base = [sys.executable, "-m", "ftz_desktop", "--library", str(library)]
    n = 0

    def run(op: str, *args: str) -> str | None:
        t = time.perf_counter()
        done = subprocess.run([*base, *args], capture_output=True, text=True, env=env, cwd=ROOT)
        if done.returncode != 0:
            stats.failed(op, done.stderr.strip() or f"exit {done.returncode}")
            return None
        stats.done(op, time.perf_counter() - t)
        return done.stdout

    while time.time() < deadline:
        n += 1
        _change(rng.choice(mine), rng, n)
        run("cli import", "import", str(folder), "--json", "--quiet")
        run("cli search", "search", "--json", rng.choice(QUERIES))
        docs = run("cli docs", "docs", "--json")
        if docs:
            doc = rng.choice(json.loads(docs))
            shown = run("cli show", "show", str(doc["doc_id"]), "--json")
            text = json.loads(shown)["text"] if shown else ""
            if len(text) > 40:
                i = rng.randrange(0, len(text) - 20)
                quote = text[i : i + rng.randint(6, 20)].split("\n")[0]
                if quote.strip():
                    made = run(
                        "cli annotate", "annotate", str(doc["doc_id"]), "--quote", quote, "--note", f"cli {n}", "--json"
                    )
                    if made:
                        stats.annotations.append(json.loads(made)["id"])
        run("cli annotations", "annotations", "--json")
    out.write_text(json.dumps(stats.to_json(), ensure_ascii=False))


def role_services(library: Path, folder: Path, mine: list[Path], deadline: float, out: Path, seed: int) -> None:
    from ftz_desktop.services.library import Library

    rng = random.Random(seed)
    stats = Stats()
    lib = Library(library)
    n = 0

    def step(op: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            value = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is a figure of the soak
            stats.failed(op, f"{type(exc).__name__}: {exc}")
            return None
        stats.done(op, time.perf_counter() - t)
        return value

    while time.time() < deadline:
        n += 1
        _change(rng.choice(mine), rng, n)
        step("services import", lib.import_all, [folder])
        step("services search", lib.search, rng.choice(QUERIES), limit=20)
        docs = step("services documents", lib.documents) or []
        if docs:
            doc = lib.document(rng.choice(docs).doc_id)
            if len(doc.text) > 40:
                i = rng.randrange(0, len(doc.text) - 20)
                j = i + rng.randint(6, 20)
                if doc.text[i:j].strip() and "\n" not in doc.text[i:j]:
                    a = step("services annotate", lib.annotations.create, doc.doc_id, i, j, note=f"svc {n}")
                    if a is not None:
                        stats.annotations.append(a.id)
                        step("services edit note", lib.annotations.update, a.id, note=f"svc {n} edited")
    lib.close()
    out.write_text(json.dumps(stats.to_json(), ensure_ascii=False))


def check(library: Path, folder: Path, made: list[int]) -> dict[str, Any]:
    """The integrity figures of the library after the soak."""
    from ftz_desktop.core.fold import fold
    from ftz_desktop.services.library import Library

    conn = sqlite3.connect(library)
    result: dict[str, Any] = {"integrity_check": conn.execute("PRAGMA integrity_check").fetchone()[0]}
    for table in ("search", "impact"):
        try:
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            result[f"{table}_integrity"] = "ok"
        except sqlite3.DatabaseError as exc:
            result[f"{table}_integrity"] = str(exc)
    ids = {r[0] for r in conn.execute("SELECT id FROM annotations")}
    result["annotations_made"] = len(made)
    result["annotations_missing"] = len(set(made) - ids)
    result["orphaned"] = conn.execute("SELECT count(*) FROM annotations WHERE status = 'orphaned'").fetchone()[0]
    conn.close()
    with Library(library) as lib:
        report = lib.import_all([folder])  # nothing left to do: every change was imported
        result["final_reimport"] = {"added": report.added, "updated": report.updated, "failed": len(report.failed)}
        db = lib._db()
        texts = [fold(zlib.decompress(t).decode()) for (t,) in db.execute("SELECT text FROM texts")]
        titles = [fold(t) for (t,) in db.execute("SELECT title FROM documents ORDER BY id")]
        wrong = []
        for term in ("的", "中国", "压力测试", "改革开放"):
            expected = sum(1 for text, title in zip(texts, titles, strict=True) if term in text or term in title)
            got = lib.search(term, limit=20).total
            if got != expected:
                wrong.append(f"{term}: {got} != {expected}")
        result["totals_wrong"] = wrong
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--work", type=Path, help="working directory (default: a temporary one, removed)")
    ap.add_argument("--role", choices=("cli", "services"), help=argparse.SUPPRESS)
    ap.add_argument("--deadline", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="ftz-soak-"))
    library, folder = work / "soak.sqlite", work / "docs"
    files = sorted(folder.rglob("*.txt")) if folder.exists() else []
    if args.role:
        mine = files[0::2] if args.role == "cli" else files[1::2]
        runner = role_cli if args.role == "cli" else role_services
        runner(library, folder, mine, args.deadline, args.out, seed=1 if args.role == "cli" else 2)
        return 0
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sources = sorted(args.source.rglob("*.txt"))
    for src in random.Random(0).sample(sources, min(args.files, len(sources))):
        shutil.copy(src, folder / src.name)
    for p in work.glob("soak.sqlite*"):
        p.unlink()
    from ftz_desktop.services.library import Library

    t = time.perf_counter()
    with Library(library) as lib:
        lib.import_all([folder])
    print(f"first import of {args.files} files: {time.perf_counter() - t:.1f} s")
    deadline = time.time() + args.minutes * 60
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--role",
                role,
                "--work",
                str(work),
                "--deadline",
                str(deadline),
                "--out",
                str(work / f"{role}.json"),
            ],
            cwd=ROOT,
        )
        for role in ("cli", "services")
    ]
    codes = [p.wait() for p in procs]
    stats = {role: json.loads((work / f"{role}.json").read_text()) for role in ("cli", "services")}
    print(f"{args.minutes:g} minutes, two processes (exit {codes}), load {os.getloadavg()[0]:.1f}")
    for role, s in stats.items():
        for op, (count, median, worst) in sorted(s["ops"].items()):
            print(f"  {op:<22} {count:>5} × median {median:6.3f} s  max {worst:6.3f} s")
        print(f"  {role}: {len(s['failures'])} failed, {s['locked']} with 'database is locked'")
        for f in s["failures"][:10]:
            print(f"    {f}")
    made = stats["cli"]["annotations"] + stats["services"]["annotations"]
    result = check(library, folder, made)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    ok = (
        result["integrity_check"] == "ok"
        and result["search_integrity"] == result["impact_integrity"] == "ok"
        and result["annotations_missing"] == 0
        and not result["totals_wrong"]
        and all(s["locked"] == 0 and not s["failures"] for s in stats.values())
    )
    print("soak: " + ("passed" if ok else "FAILED"))
    if not args.work:
        shutil.rmtree(work)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
