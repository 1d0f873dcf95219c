"""The hostile set of issue 18, built in a temporary folder and run through the command line, one
case at a time: each case's exit status, wall time, peak memory (the largest process it ran,
parse workers included) and what it said.

    uv run python bench/hostile.py [--timeout 180] [--only NAME ...]

Cases: deep YAML front matter, a YAML alias bomb, a zip bomb whose header lies, a large text
file, quadratic Markdown, another program's database, a read-only library, two imports of one
folder at once (with annotation writes meanwhile), hostile W3C values and /dev/zero as an
annotation file. Every import case has a good file beside the bad one.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

GOOD = "海南自由贸易港\n\n海南自由贸易港今年新设企业三千家，同比增长两成。\n"
ALIAS_BOMB = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefg", "bcdefgh", strict=True))
    + f"title: [{','.join(['*h'] * 9)}]\n---\n正文一段。\n"
)


def cli(library: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "ftz_desktop", "--library", str(library), *args]


def folder_with(root: Path, name: str, data: bytes) -> Path:
    folder = root / name.replace(".", "_")
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


def lying_docx(unpacked: int) -> bytes:
    """A .docx whose document part unpacks to ``unpacked`` bytes; its headers say 1,000."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w") as f:
            chunk = bytes(1 << 20)
            for _ in range(unpacked >> 20):
                f.write(chunk)
    data = bytearray(out.getvalue())
    name = b"word/document.xml"
    for sig, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = data.find(sig)
        while at != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                struct.pack_into("<I", data, at + size_at, 1000)
            at = data.find(sig, at + 4)
    return bytes(data)


def hostile_w3c(doc_path: str) -> dict:
    from ftz_desktop.core import w3c

    quote = {"type": "TextQuoteSelector", "exact": "新设企业"}

    def item(ident: str, selector: object, **target: object) -> dict:
        return {
            "type": "Annotation",
            "id": ident,
            "target": {"source": w3c.file_uri(doc_path), "selector": selector, **target},
        }

    return {
        "type": "AnnotationPage",
        "items": [
            item("urn:x:1", [quote, {"type": "TextPositionSelector", "start": 2**63, "end": 2**63 + 4}]),
            item("urn:x:2", quote, **{"ftz:docId": 2**70}),
            item("urn:x:3", {**quote, "exact": "企" * 300_000}),
            item("urn:x:4", quote),  # a good one
        ],
    }


# --- running one case ---------------------------------------------------------------------------


def measured(cmd: list[str], timeout: float) -> dict:
    """Run ``cmd`` in a process of its own that reports the wall time and the peak memory of
    everything it ran (RUSAGE_CHILDREN: the largest descendant that was waited for)."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.monotonic()\n"
        "try:\n"
        f"    p = subprocess.run({cmd!r}, capture_output=True, text=True, timeout={timeout})\n"
        "    code, out, err = p.returncode, p.stdout, p.stderr\n"
        "except subprocess.TimeoutExpired as e:\n"
        "    code, out, err = 'timeout', '', ''\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'code': code, 'seconds': time.monotonic() - t, 'peak_mb': peak,"
        " 'out': out[-3000:], 'err': err[-1000:]}))\n"
    )
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, start_new_session=True)
    try:
        return json.loads(p.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"code": "?", "seconds": 0.0, "peak_mb": 0.0, "out": p.stdout, "err": p.stderr[-500:]}


def summary(result: dict) -> str:
    """What the command said, in one line: the import's counts and reasons, or its error."""
    out, err = result["out"], result["err"].strip().splitlines()
    if result["code"] == "timeout":
        return "did not finish"
    try:
        report = json.loads(out)
        reasons = "; ".join(f"{Path(f['path']).name}: {f['reason'][:70]}" for f in report["failed"])
        return f"added {report['added']}, failed {len(report['failed'])}" + (f" ({reasons})" if reasons else "")
    except (json.JSONDecodeError, KeyError, TypeError):
        pass
    if err:
        return err[-1][:150]
    lines = [x for x in out.splitlines() if x.strip()]
    return " / ".join(lines[:2])[:150]


def make_read_only(path: Path) -> Callable[[], None]:
    """Make the library file read-only (for root, who writes whatever the modes say, with
    ``chattr +i``); returns what undoes it."""
    os.chmod(path, 0o444)
    immutable = os.geteuid() == 0 and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0

    def undo() -> None:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=False)

    return undo


# --- the cases ----------------------------------------------------------------------------------


def build(root: Path) -> dict[str, Callable[[float], dict]]:
    cases: dict[str, Callable[[float], dict]] = {}

    def import_case(name: str, folder: Path) -> None:
        lib = root / f"{name}.sqlite"
        cases[name] = lambda t: measured(cli(lib, "import", str(folder), "--json", "--quiet"), t)

    deep = "---\ntitle: " + "[" * 30000 + "]" * 30000 + "\n---\n正文。\n"
    import_case("deep YAML", folder_with(root, "deep.md", deep.encode()))
    import_case("alias bomb", folder_with(root, "bomb.md", ALIAS_BOMB.encode()))
    import_case("zip bomb (lying header)", folder_with(root, "bomb.docx", lying_docx(1 << 30)))
    import_case("large file (60 MB line)", folder_with(root, "line.txt", "片区建设稳步推进".encode() * 2_500_000))
    import_case("quadratic Markdown", folder_with(root, "brackets.md", b"[" * 160_000))

    foreign = root / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()

    def foreign_case(t: float) -> dict:
        result = measured(cli(foreign, "docs"), t)
        result["err"] += "\n" if result["err"].endswith("\n") else ""
        result["note"] = "file unchanged" if foreign.read_bytes() == before else "FILE CHANGED"
        return result

    cases["foreign database"] = foreign_case

    shared = root / "shared"
    shared.mkdir()
    ro_lib = shared / "lib.sqlite"
    good = root / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    subprocess.run(cli(ro_lib, "import", str(good), "--quiet"), check=True, capture_output=True)

    def read_only_case(t: float) -> dict:
        undo = make_read_only(ro_lib)
        try:
            search = measured(cli(ro_lib, "search", "新设企业"), t)
            annotate = measured(cli(ro_lib, "annotate", "1", "--quote", "新设企业"), t)
        finally:
            undo()
        search["note"] = f"{summary(search)} | annotate: exit {annotate['code']}, {summary(annotate)[:70]}"
        return search

    cases["read-only library: search"] = read_only_case

    many = root / "many"
    many.mkdir()
    for i in range(300):
        (many / f"{i:04d}.txt").write_text(
            f"第{i}号简报\n\n片区新设企业{i}家，跨境贸易额{i * 3}亿元。\n", encoding="utf-8"
        )
    conc_lib = root / "concurrent.sqlite"
    subprocess.run(cli(conc_lib, "import", str(good), "--quiet"), check=True, capture_output=True)

    def concurrent_case(t: float) -> dict:
        started = time.monotonic()
        procs = [
            subprocess.Popen(
                cli(conc_lib, "import", str(many), "--json", "--quiet"),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        waits = []
        from ftz_desktop.services.library import Library

        peak, alive = 0.0, {p.pid: p for p in procs}

        def reap(block: bool) -> None:  # wait4: each import's own peak with its workers' (not the earlier cases')
            nonlocal peak
            for pid, p in list(alive.items()):
                done, status, usage = os.wait4(pid, 0 if block else os.WNOHANG)
                if done:
                    p.returncode = os.waitstatus_to_exitcode(status)
                    peak = max(peak, usage.ru_maxrss / 1024)
                    del alive[pid]

        with Library(conc_lib) as lib:
            while alive and time.monotonic() - started < t:
                reap(block=False)
                s = time.monotonic()
                lib.annotations.create_from_quote(1, "新设企业", note="导入期间")
                waits.append(time.monotonic() - s)
                time.sleep(0.1)
        outs = []
        for p in procs:
            assert p.stdout is not None and p.stderr is not None
            outs.append((p.stdout.read(), p.stderr.read()))
        reap(block=True)
        seconds = time.monotonic() - started
        said = []
        for p, (out, err) in zip(procs, outs, strict=True):
            try:
                r = json.loads(out)
                said.append(
                    f"exit {p.returncode}: added {r['added']}, updated {r['updated']}, failed {len(r['failed'])}"
                )
            except (json.JSONDecodeError, KeyError):
                said.append(f"exit {p.returncode}: {(err.strip().splitlines() or [''])[-1][:80]}")
        return {
            "code": ",".join(str(p.returncode) for p in procs),
            "seconds": seconds,
            "peak_mb": peak,
            "out": "",
            "err": "",
            "note": " | ".join(said)
            + f" | annotation writes meanwhile: {len(waits)}, longest {max(waits, default=0):.2f} s",
        }

    cases["two imports at once"] = concurrent_case

    w3c_file = root / "hostile.json"
    w3c_lib = root / "w3c.sqlite"
    subprocess.run(cli(w3c_lib, "import", str(good), "--quiet"), check=True, capture_output=True)
    w3c_file.write_text(json.dumps(hostile_w3c(str(good))), encoding="utf-8")
    cases["hostile W3C values"] = lambda t: measured(cli(w3c_lib, "import-annotations", str(w3c_file)), t)
    cases["import-annotations /dev/zero"] = lambda t: measured(cli(w3c_lib, "import-annotations", "/dev/zero"), t)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds a case may run (default 180)")
    parser.add_argument("--only", nargs="*", default=None, help="run only the cases whose names start so")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs, timeout {args.timeout:.0f} s")
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)
        cases = build(root)
        total_seconds, peak = 0.0, 0.0
        print(f"{'case':<32}{'exit':>7}{'seconds':>9}{'peak MB':>9}  outcome")
        for name, run in cases.items():
            if args.only and not any(name.startswith(o) for o in args.only):
                continue
            r = run(args.timeout)
            total_seconds += r["seconds"]
            peak = max(peak, r["peak_mb"])
            outcome = r.get("note") or summary(r)
            if r.get("note") and name == "foreign database":
                outcome = f"{summary(r)} [{r['note']}]"
            print(f"{name:<32}{r['code']!s:>7}{r['seconds']:>9.1f}{r['peak_mb']:>9.0f}  {outcome}", flush=True)
        print(f"{'whole set':<32}{'':>7}{total_seconds:>9.1f}{peak:>9.0f}")


if __name__ == "__main__":
    main()
