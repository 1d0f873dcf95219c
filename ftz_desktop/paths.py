"""Where data lives: the default library, config and log directories (platformdirs), with overrides
for tests, and the one-time move of the user's files from the directories of older versions.

Nothing is created at import time; callers create directories when they write.
FTZ_DESKTOP_DATA_DIR, FTZ_DESKTOP_CONFIG_DIR and FTZ_DESKTOP_LOG_DIR override the defaults (with
only the data directory overridden, logs go to its ``logs`` folder).
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import platformdirs
from platformdirs.api import PlatformDirsABC

APP_NAME = "ftz-desktop"
#: No author folder: on Windows the data is in %LOCALAPPDATA%\ftz-desktop (platformdirs ignores the
#: author elsewhere). Versions up to 0.1.0 passed the app name as the author as well.
APP_AUTHOR: Literal[False] = False
LEGACY_AUTHOR = APP_NAME
LIBRARY_FILENAME = "library.sqlite"
DATA_ENV, CONFIG_ENV, LOG_ENV = "FTZ_DESKTOP_DATA_DIR", "FTZ_DESKTOP_CONFIG_DIR", "FTZ_DESKTOP_LOG_DIR"
#: Files that belong to an SQLite database beside it and must move with it, never alone.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


def _dirs(author: str | Literal[False] = APP_AUTHOR) -> PlatformDirsABC:
    return platformdirs.PlatformDirs(APP_NAME, author)


def data_dir() -> Path:
    """The user data directory (the default library and the backups live here)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return Path(_dirs().user_data_dir)


def config_dir() -> Path:
    """The user config directory (window settings, user gazetteer)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(_dirs().user_config_dir)


def log_dir() -> Path:
    """The log directory (``ftz-desktop.log`` and its rotations, ``faults.log``)."""
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    if os.environ.get(DATA_ENV):
        return data_dir() / "logs"
    return Path(_dirs().user_log_dir)


def default_library_path() -> Path:
    """The library used when no --library is given."""
    return data_dir() / LIBRARY_FILENAME


# --- the directories of older versions ---------------------------------------------------------


def legacy_moves() -> list[tuple[Path, Path]]:
    """(old, new) directory pairs whose content moves: where the old author argument made a
    different path (on Windows only) and no environment variable overrides it."""
    old, new = platformdirs.PlatformDirs(APP_NAME, LEGACY_AUTHOR), platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    pairs: list[tuple[Path, Path]] = []
    for env, attr in ((DATA_ENV, "user_data_dir"), (CONFIG_ENV, "user_config_dir")):
        pair = (Path(getattr(old, attr)), Path(getattr(new, attr)))
        if not os.environ.get(env) and pair[0] != pair[1] and pair not in pairs:
            pairs.append(pair)
    return pairs


@dataclass
class MoveReport:
    """What ``move_directory`` did: names moved, names left behind because the new place has them."""

    moved: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def _groups(names: list[str]) -> list[list[str]]:
    """Names grouped so that an SQLite file and its -wal/-shm/-journal are one group."""
    present = set(names)
    groups: dict[str, list[str]] = {}
    for name in sorted(names):
        base = next((name[: -len(s)] for s in SQLITE_COMPANIONS if name.endswith(s)), name)
        groups.setdefault(base if base in present else name, []).append(name)
    return list(groups.values())


def move_directory(old: Path, new: Path) -> MoveReport:
    """Move everything in ``old`` into ``new`` (created if needed), then remove ``old`` if empty.

    Nothing is overwritten: an entry whose name the new directory already has stays where it is
    (logged), and an SQLite database moves together with its -wal/-shm files or not at all, so
    committed transactions still in the write-ahead log come along. Call it before anything opens
    the databases.
    """
    report = MoveReport()
    if not old.is_dir() or old.resolve() == new.resolve():
        return report
    target = new.resolve()
    # never move the new directory (or a folder holding it) into itself
    names = [p.name for p in old.iterdir() if p.resolve() != target and p.resolve() not in target.parents]
    new.mkdir(parents=True, exist_ok=True)
    for group in _groups(names):
        if any((new / n).exists() for n in group):
            report.kept.extend(group)
            continue
        for name in group:
            shutil.move(str(old / name), str(new / name))
            report.moved.append(name)
    if report.kept:
        log.warning("left in %s (the new directory %s has them already): %s", old, new, ", ".join(report.kept))
    try:
        old.rmdir()
    except OSError:  # not empty: what was kept
        pass
    return report


def move_legacy_data() -> list[MoveReport]:
    """The one-time move from the directories of older versions (a no-op once done, or elsewhere
    than on Windows)."""
    reports = []
    for old, new in legacy_moves():
        if old.is_dir():
            report = move_directory(old, new)
            log.info("moved %s from %s to %s", ", ".join(report.moved) or "nothing", old, new)
            reports.append(report)
    return reports


def relocated(path: Path) -> Path:
    """``path`` as it is after the move of the old directories: a remembered path (the last
    library, open tabs) inside an old directory that no longer exists points into the new one."""
    if path.exists():
        return path
    for old, new in legacy_moves():
        try:
            rest = path.relative_to(old)
        except ValueError:
            continue
        if (new / rest).exists():
            return new / rest
    return path
