"""The interface's translations: the .ts files are regenerated from the sources, the .qm files
compiled from them, and a check fails when a string shown to users has no translation.

    uv run python packaging/translations.py update    # .ts from every ftz_desktop/**/*.py (pyside6-lupdate)
    uv run python packaging/translations.py compile   # .qm from the .ts (pyside6-lrelease)
    uv run python packaging/translations.py check     # exit 1: a string without translation, a stale .ts or .qm
    uv run python packaging/translations.py todo      # list what needs translating

``update`` keeps every existing translation, adds new strings as unfinished and drops strings the
sources no longer have. The wheel build compiles the .qm itself (hatch_build.py calls ``compile_all``).
Stdlib only, so the build hook can load it by path.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ftz_desktop"
I18N = PACKAGE / "resources" / "i18n"


def tool(name: str) -> list[str]:
    """The command of a Qt tool shipped with PySide6 (lupdate, lrelease)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as error:
        raise SystemExit(f"{name}: PySide6 is needed to run it") from error
    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "bin" / name):
        if candidate.exists():
            return [str(candidate)]
    raise SystemExit(f"{name} not found in {base}")


def ts_files() -> list[Path]:
    return sorted(I18N.glob("*.ts"))


def sources() -> list[Path]:
    """Every Python file of the package (the strings shown to users are in these)."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path) -> None:
    """Update ``ts`` from the sources: new strings added (unfinished), gone ones dropped."""
    subprocess.run(
        [*tool("lupdate"), "-silent", "-no-obsolete", *map(str, sources()), "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([*tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def compile_all(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts into a .qm (beside it, or into ``out_dir``); returns the .qm paths."""
    made = []
    for ts in ts_files():
        qm = (out_dir or ts.parent) / (ts.stem + ".qm")
        qm.parent.mkdir(parents=True, exist_ok=True)
        lrelease(ts, qm)
        made.append(qm)
    return made


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None when unfinished or empty), for every message."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = ""
            if translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]  # plural forms
                text = " | ".join(forms) if forms else (translation.text or "")
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and bool(text.strip())
            )
            out[(name, source)] = text if done else None
    return out


def problems() -> list[str]:
    """What is wrong with the translations now: strings of the sources without a translation,
    a .ts that the sources have moved away from, a .qm not compiled from its .ts."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="ftz-i18n-") as tmp:
        for ts in ts_files():
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            now, committed = messages(fresh), messages(ts)
            for (context, source), translation in sorted(now.items()):
                if translation is None:
                    found.append(f"{ts.name}: no translation: [{context}] {source!r}")
            stale = set(committed) ^ set(now)
            if stale:
                found.append(f"{ts.name}: out of date with the sources ({len(stale)} strings): run update")
            qm = ts.with_suffix(".qm")
            compiled = Path(tmp) / qm.name
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{qm.name}: not compiled from {ts.name}: run compile")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check", "todo"))
    args = parser.parse_args(argv)
    if args.command == "update":
        for ts in ts_files():
            lupdate(ts)
            todo = [k for k, v in messages(ts).items() if v is None]
            print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings, {len(todo)} to translate")
        return 0
    if args.command == "compile":
        for qm in compile_all():
            print(f"{qm.relative_to(ROOT)}")
        return 0
    if args.command == "todo":
        for ts in ts_files():
            for (context, source), translation in messages(ts).items():
                if translation is None:
                    print(f"[{context}] {source!r}")
        return 0
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print("translations: every string translated, .ts and .qm up to date")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
