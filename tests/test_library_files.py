"""Library files handled with care: what is not a library is refused untouched (one line, exit 1),
an empty file becomes a library only through New Library, an unwritable place gives one line,
and a library that cannot be written opens read-only (reads work, edits say why they cannot)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from ftz_desktop.cli import main
from ftz_desktop.errors import NotALibrary
from ftz_desktop.services.library import Library
from ftz_desktop.store import db as store_db


def _fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and what lies beside it (a refused file gains no -wal/-shm either)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def _one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    for w in words:
        assert w in err, err
    return err


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('someone')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", [["docs"], ["search", "片区"], ["import", "."], ["show", "1"]])
def test_a_foreign_database_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "other.db"
    _foreign(path)
    before = _fingerprint(path)
    assert main(["--library", str(path), *command]) == 1
    _one_line_error(capsys, "another program", "left untouched")
    assert _fingerprint(path) == before
    with pytest.raises(NotALibrary) as refused:
        Library(path)
    assert refused.value.foreign
    assert _fingerprint(path) == before


def test_a_foreign_database_is_used_when_the_user_says_so(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _foreign(path)
    with Library(path, adopt=True) as lib:
        assert lib.count() == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM people").fetchall() == [("someone",)]  # theirs kept
    conn.close()
    with Library(path) as lib:  # a library now
        assert lib.count() == 0


def test_an_empty_file_becomes_a_library_only_through_new_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert main(["--library", str(path), "docs"]) == 1
    _one_line_error(capsys, "empty file", "New Library")
    assert path.stat().st_size == 0 and _fingerprint(path)[1] == ["empty.sqlite"]
    with Library(path, create=True) as lib:
        assert lib.count() == 0
    assert main(["--library", str(path), "docs"]) == 0


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库。\n", encoding="utf-8")
    before = _fingerprint(path)
    assert main(["--library", str(path), "docs"]) == 1
    _one_line_error(capsys, "not an SQLite database")
    assert _fingerprint(path) == before


def test_a_newer_library_is_refused_before_its_journal_mode_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "future.sqlite"
    with Library(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # as a copy made by another tool may be
    conn.execute(f"PRAGMA user_version = {store_db.SCHEMA_VERSION + 5}")
    conn.close()
    before = _fingerprint(path)
    assert main(["--library", str(path), "docs"]) == 1
    _one_line_error(capsys, "newer")
    assert _fingerprint(path) == before  # the header still says DELETE, not WAL


def test_a_library_that_cannot_be_created_gives_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["--library", str(blocker / "sub" / "lib.sqlite"), "docs"]) == 1
    _one_line_error(capsys, "cannot create the library")


@pytest.fixture
def read_only_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "lib.sqlite"
    doc = tmp_path / "doc.txt"
    doc.write_text("临港新片区\n\n临港新片区今年新设企业一千二百家。\n", encoding="utf-8")
    with Library(path) as lib:
        lib.import_all([doc])
        lib.annotations.create_from_quote(1, "新设企业", note="旧批注")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(path, os.W_OK):  # root writes whatever the modes say: be as a user would be
        monkeypatch.setattr(store_db, "writable", lambda _p: False)
    yield path
    folder.chmod(stat.S_IRWXU)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_library_can_be_searched_read_and_exported(
    read_only_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _fingerprint(read_only_library)
    lib = ["--library", str(read_only_library)]
    assert main([*lib, "search", "新设企业"]) == 0
    assert "1 documents" in capsys.readouterr().out
    assert main([*lib, "docs"]) == 0
    assert main([*lib, "show", "1"]) == 0
    assert main([*lib, "annotations", "--w3c"]) == 0
    assert "旧批注" in capsys.readouterr().out
    assert main([*lib, "annotate", "1", "--quote", "临港"]) == 2
    _one_line_error(capsys, "read-only")
    assert main([*lib, "import", str(read_only_library.parent.parent / "doc.txt")]) == 2
    _one_line_error(capsys, "read-only")
    assert _fingerprint(read_only_library)[0] == before[0]
    with Library(read_only_library) as opened:
        assert opened.read_only
