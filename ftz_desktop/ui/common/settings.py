"""Window layout, session and preferences kept in an ini file under ``paths.config_dir()``.

Lists are stored as JSON strings: QSettings' ini format turns a one-item list into a plain string.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ftz_desktop import paths

SETTINGS_FILENAME = "ftz-desktop.ini"
MAX_RECENT_SEARCHES = 20


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILENAME


class Settings:
    """Typed access to the application's QSettings (an ini file)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.qsettings.sync()

    # --- raw helpers -------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _json(self, key: str, default: Any) -> Any:
        raw = self.qsettings.value(key)
        if not isinstance(raw, str):
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def _set_json(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, json.dumps(value, ensure_ascii=False))

    # --- window layout -----------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)
        self.qsettings.setValue("window/splitter", splitter)

    # --- session -----------------------------------------------------------------------------
    def last_library(self) -> Path | None:
        value = self.qsettings.value("session/library")
        return paths.relocated(Path(value)) if isinstance(value, str) and value else None

    def set_last_library(self, path: Path) -> None:
        self.qsettings.setValue("session/library", str(path))

    def open_tabs(self, library: Path) -> tuple[list[int], int]:
        """Doc ids of the reader tabs left open in ``library`` and the index of the current one."""
        data = self._json("session/tabs", {})
        if not isinstance(data, dict):
            return [], -1
        entry = data.get(str(library))
        if entry is None:  # remembered under the library's path before the data directory moved
            entry = next((v for k, v in data.items() if paths.relocated(Path(k)) == library), None)
        if not isinstance(entry, dict):
            return [], -1
        ids = [i for i in entry.get("ids", []) if isinstance(i, int)]
        current = entry.get("current", -1)
        return ids, current if isinstance(current, int) else -1

    def set_open_tabs(self, library: Path, doc_ids: list[int], current: int) -> None:
        data = self._json("session/tabs", {})
        if not isinstance(data, dict):
            data = {}
        data[str(library)] = {"ids": list(doc_ids), "current": current}
        self._set_json("session/tabs", data)

    # --- searches and preferences ------------------------------------------------------------
    def recent_searches(self) -> list[str]:
        items = self._json("search/recent", [])
        return [s for s in items if isinstance(s, str)] if isinstance(items, list) else []

    def add_recent_search(self, query: str) -> list[str]:
        query = query.strip()
        if not query:
            return self.recent_searches()
        items = [query] + [s for s in self.recent_searches() if s != query]
        items = items[:MAX_RECENT_SEARCHES]
        self._set_json("search/recent", items)
        return items

    def reader_zoom(self) -> int:
        value = self.qsettings.value("reader/zoom", 0)
        try:
            return max(-6, min(12, int(str(value))))
        except (TypeError, ValueError):
            return 0

    def set_reader_zoom(self, steps: int) -> None:
        self.qsettings.setValue("reader/zoom", steps)
