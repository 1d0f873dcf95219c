"""Shared test set-up: Qt runs offscreen (set before any Qt import), every test gets its own
config and data directories, and folders of documents and libraries made from them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WriteFolder = Callable[..., Path]


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Settings, backups and the default library go to the test's own directories."""
    config, data = tmp_path / "config", tmp_path / "data"
    monkeypatch.setenv("FTZ_DESKTOP_CONFIG_DIR", str(config))
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(data))
    return config, data


@pytest.fixture
def data_dir(private_dirs: tuple[Path, Path]) -> Path:
    """The user data directory of this test (backups go to its ``backups/``)."""
    return private_dirs[1]


@pytest.fixture
def write_folder(tmp_path: Path) -> WriteFolder:
    """``write_folder(files, name="docs")``: a folder holding ``files`` (name → text) as UTF-8."""

    def write(files: Mapping[str, str], name: str = "docs") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for file_name, text in files.items():
            (folder / file_name).write_text(text, encoding="utf-8")
        return folder

    return write


@pytest.fixture
def make_library(tmp_path: Path) -> Iterator[Callable[..., object]]:
    """``make_library(*folders, name="lib.sqlite")``: a Library with ``folders`` imported; closed
    at teardown."""
    from ftz_desktop.services.library import Library

    made: list[Library] = []

    def make(*folders: Path, name: str = "lib.sqlite") -> Library:
        library = Library(tmp_path / name)
        made.append(library)
        if folders:
            library.import_all(list(folders))
        return library

    yield make
    for library in made:
        library.close()


def take_schema_back_to_4(conn: Any) -> None:
    """Take a library's schema back to 4 (before period kinds, metric choices, the impact index,
    near-duplicates, raw paths, saved searches and collections, document URLs), for tests that make an old library by lowering ``user_version``
    (which they then set to 4)."""
    for sql in (
        "DROP TABLE IF EXISTS metric_choices",
        "DROP INDEX IF EXISTS metrics_zone",
        "DROP TABLE IF EXISTS impact_vocab",
        "DROP TABLE IF EXISTS impact",
        "DROP TABLE IF EXISTS dup_keys",
        "DROP TABLE IF EXISTS dup_sketches",
        "DROP INDEX IF EXISTS documents_dup_of",
        "DROP TABLE IF EXISTS collection_documents",
        "DROP TABLE IF EXISTS collections",
        "DROP TABLE IF EXISTS saved_searches",
        "DROP INDEX IF EXISTS documents_facets",
    ):
        conn.execute(sql)
    for table, column in (
        ("metrics", "period_kind"),
        ("documents", "dup_of"),
        ("documents", "raw_path"),
        ("documents", "url"),
    ):
        if column in [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
