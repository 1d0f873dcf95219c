"""Logging set up at start (CLI and GUI): a rotating file in ``paths.log_dir()``, warnings also on
stderr, ``faulthandler`` into ``faults.log`` for hard crashes; the last lines for crash reports.

No Qt here: the GUI routes Qt's own messages into this log (``ui/common/crash.py``).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import time
from pathlib import Path
from typing import IO

from ftz_desktop import paths

LOG_FILENAME = "ftz-desktop.log"
FAULTS_FILENAME = "faults.log"
MAX_BYTES = 2_000_000  # per file; with the backups at most 8 MB of logs
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)

_state: dict[str, object] = {}


def log_file() -> Path:
    """The current log file (it may not exist yet: it is created at the first record)."""
    current = _state.get("file")
    return current if isinstance(current, Path) else paths.log_dir() / LOG_FILENAME


class _Stderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (redirections and tests replace it; a
    windowed Windows program has none)."""

    @property
    def stream(self) -> IO[str] | None:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


def setup(*, level: int = logging.INFO, stderr_level: int = logging.WARNING) -> Path | None:
    """Configure the root logger once: the rotating log file, warnings on stderr (when there is
    one: a windowed Windows program has none), faulthandler. Returns the log file, or None when
    the log directory cannot be written (then stderr only)."""
    if "configured" in _state:
        return log_file()
    _state["configured"] = True
    root = logging.getLogger()
    root.setLevel(level)
    console = _Stderr()
    console.setLevel(stderr_level)
    console.setFormatter(logging.Formatter("ftz-desktop: %(levelname)s: %(message)s"))
    root.addHandler(console)
    directory = paths.log_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            directory / LOG_FILENAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError as exc:
        log.warning("cannot write logs to %s: %s", directory, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _state["file"] = directory / LOG_FILENAME
    _enable_faulthandler(directory)
    logging.captureWarnings(True)
    return log_file()


def _enable_faulthandler(directory: Path) -> None:
    """Tracebacks of every thread on a segfault or abort go to ``faults.log`` (and stderr if any).

    A non-empty ``faults.log`` left by an earlier run is renamed with its time and reported."""
    faults = directory / FAULTS_FILENAME
    try:
        if faults.exists() and faults.stat().st_size > 0:
            stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(faults.stat().st_mtime))
            kept = faults.with_name(f"faults-{stamp}.log")
            faults.replace(kept)
            log.warning("an earlier run crashed hard; its report is in %s", kept)
        stream: IO[str] = open(faults, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    except OSError as exc:  # another process holds it (Windows), or the folder is read-only
        log.warning("faulthandler writes to stderr only: %s", exc)
        if sys.stderr is not None:
            faulthandler.enable()
        return
    _state["faults"] = stream
    faulthandler.enable(stream, all_threads=True)


def faults_file() -> Path:
    return paths.log_dir() / FAULTS_FILENAME


def tail(lines: int = 40, path: Path | None = None) -> list[str]:
    """The last ``lines`` lines of the log file (none if there is no log yet)."""
    path = path or log_file()
    for handler in logging.getLogger().handlers:
        handler.flush()
    try:
        with open(path, "rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(max(0, size - 200 * lines))
            data = f.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace").splitlines()
    return text[-lines:] if size <= 200 * lines else text[1:][-lines:]
