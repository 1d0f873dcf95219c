"""User directories: platformdirs without an author folder, and the one-time move of an existing
library (with its write-ahead log), backups and settings from the directory older versions used."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import platformdirs
import pytest
from platformdirs.windows import Windows

from ftz_desktop import paths


def test_windows_data_path_has_no_author_folder(monkeypatch):
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", "C:/Users/li/AppData/Local")
    monkeypatch.delenv(paths.DATA_ENV)
    monkeypatch.delenv(paths.CONFIG_ENV)
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    assert paths.data_dir().parts[-2:] == ("Local", "ftz-desktop")
    assert paths.log_dir().parts[-3:] == ("Local", "ftz-desktop", "Logs")
    # the old path (author = app name) moves to the new one; data and config are one directory there
    [(old, new)] = paths.legacy_moves()
    assert old == new / "ftz-desktop" and new == paths.data_dir()


def test_no_move_where_the_author_makes_no_difference_or_a_directory_is_overridden(monkeypatch):
    assert paths.legacy_moves() == []  # FTZ_DESKTOP_*_DIR are set for every test
    monkeypatch.delenv(paths.DATA_ENV)
    monkeypatch.delenv(paths.CONFIG_ENV)
    if sys.platform != "win32":  # platformdirs uses the author on Windows only
        assert paths.legacy_moves() == []


def test_log_dir_follows_an_overridden_data_dir(monkeypatch, tmp_path):
    assert paths.log_dir() == Path(tmp_path / "data" / "logs")
    monkeypatch.setenv(paths.LOG_ENV, str(tmp_path / "l"))
    assert paths.log_dir() == tmp_path / "l"


class FakeWindows:
    """platformdirs on Windows, rooted in a temporary folder: the author adds a folder."""

    root: Path

    def __init__(self, appname: str, appauthor: object) -> None:
        base = self.root / appname
        self.user_data_dir = self.user_config_dir = str(base / appauthor if appauthor else base)


def _library_with_uncheckpointed_rows(folder: Path, scratch: Path) -> None:
    """library.sqlite whose last rows are only in its -wal file, as a killed app leaves it."""
    live = scratch / "live"
    live.mkdir()
    conn = sqlite3.connect(live / "library.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("自贸试验区笔记一",), ("笔记二",)])
    conn.commit()
    folder.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):  # copied while open: the rows are in the WAL only
        shutil.copy(live / f"library.sqlite{suffix}", folder / f"library.sqlite{suffix}")
    conn.close()


def _rows(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM notes ORDER BY rowid")]
    finally:
        conn.close()


@pytest.fixture
def windows_dirs(tmp_path, monkeypatch) -> tuple[Path, Path]:
    FakeWindows.root = tmp_path / "Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", FakeWindows)
    monkeypatch.delenv(paths.DATA_ENV)
    monkeypatch.delenv(paths.CONFIG_ENV)
    new = tmp_path / "Local" / "ftz-desktop"
    return new / "ftz-desktop", new


def test_library_wal_backups_and_settings_move_once(windows_dirs, tmp_path):
    from ftz_desktop.ui.common.settings import Settings

    old, new = windows_dirs
    _library_with_uncheckpointed_rows(old, tmp_path)
    alone = tmp_path / "alone.sqlite"  # the test can fail: without its WAL the rows are not there
    shutil.copy(old / "library.sqlite", alone)
    assert _rows(alone) == []
    (old / "backups").mkdir()
    (old / "backups" / "annotations-library-20240101.json").write_text('{"items": []}', encoding="utf-8")
    (old / "gazetteer.json").write_text("{}", encoding="utf-8")
    settings = Settings(old / "ftz-desktop.ini")
    settings.set_last_library(old / "library.sqlite")
    settings.set_open_tabs(old / "library.sqlite", [3, 5], 1)
    settings.sync()
    del settings

    [report] = paths.move_legacy_data()

    assert not old.exists() and report.kept == []
    assert sorted(report.moved) == sorted(
        ["backups", "ftz-desktop.ini", "gazetteer.json", "library.sqlite", "library.sqlite-shm", "library.sqlite-wal"]
    )
    assert paths.default_library_path() == new / "library.sqlite"
    assert _rows(new / "library.sqlite") == ["自贸试验区笔记一", "笔记二"]
    assert (new / "backups" / "annotations-library-20240101.json").read_text(encoding="utf-8") == '{"items": []}'
    moved = Settings(new / "ftz-desktop.ini")
    assert moved.last_library() == new / "library.sqlite"
    assert moved.open_tabs(new / "library.sqlite") == ([3, 5], 1)
    assert paths.move_legacy_data() == []  # once


def test_nothing_is_overwritten_and_a_database_never_moves_without_its_wal(windows_dirs, tmp_path):
    old, new = windows_dirs
    _library_with_uncheckpointed_rows(old, tmp_path)
    (old / "sample-library.sqlite").write_bytes(b"old sample")
    new.mkdir(parents=True, exist_ok=True)
    (new / "library.sqlite-wal").write_bytes(b"")  # a stale WAL of the new place: the database stays

    [report] = paths.move_legacy_data()

    assert sorted(report.kept) == ["library.sqlite", "library.sqlite-shm", "library.sqlite-wal"]
    assert report.moved == ["sample-library.sqlite"]
    assert _rows(old / "library.sqlite") == ["自贸试验区笔记一", "笔记二"]
    assert (new / "sample-library.sqlite").read_bytes() == b"old sample"
    assert (new / "library.sqlite-wal").read_bytes() == b""
