"""Window layout, session and preferences kept in an ini file under ``paths.config_dir()``.

Lists are stored as JSON strings: QSettings' ini format turns a one-item list into a plain string.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ftz_desktop import paths

SETTINGS_FILENAME = "ftz-desktop.ini"
MAX_RECENT_SEARCHES = 20
MAX_RECENT_LIBRARIES = 10
MAX_POSITIONS = 5000  # reading positions remembered per library (the least recently read go first)


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILENAME


def _key(library: Path) -> str:
    """A settings key for a library's own values (its path, made safe for an ini key)."""
    return hashlib.sha1(str(library).encode("utf-8")).hexdigest()[:16]


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

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def side_panels(self) -> dict[str, dict[str, int]]:
        """Per side of the window ('left', 'right'): {'collapsed': 0/1, 'width': expanded width}."""
        data = self._json("window/sides", {})
        if not isinstance(data, dict):
            return {}
        out: dict[str, dict[str, int]] = {}
        for side, entry in data.items():
            if isinstance(entry, dict):
                out[str(side)] = {k: int(v) for k, v in entry.items() if isinstance(v, int)}
        return out

    def set_side_panels(self, sides: dict[str, dict[str, int]]) -> None:
        self._set_json("window/sides", sides)

    # --- session -----------------------------------------------------------------------------
    def last_library(self) -> Path | None:
        value = self.qsettings.value("session/library")
        return paths.relocated(Path(value)) if isinstance(value, str) and value else None

    def set_last_library(self, path: Path) -> None:
        self.qsettings.setValue("session/library", str(path))

    def recent_libraries(self) -> list[Path]:
        """Libraries opened before, most recent first (the sample library is never one of them)."""
        items = self._json("session/recent_libraries", [])
        if not isinstance(items, list):
            return []
        return [paths.relocated(Path(p)) for p in items if isinstance(p, str) and p]

    def add_recent_library(self, path: Path) -> list[Path]:
        items = [str(path)] + [str(p) for p in self.recent_libraries() if p != path]
        self._set_json("session/recent_libraries", items[:MAX_RECENT_LIBRARIES])
        return self.recent_libraries()

    def clear_recent_libraries(self) -> None:
        self._set_json("session/recent_libraries", [])

    def open_pages(self, library: Path) -> list[str]:
        """The names of the pages (Annotations, Zones) left open beside the reader tabs."""
        entry = self._tabs_entry(library)
        pages = entry.get("pages", []) if entry else []
        return [p for p in pages if isinstance(p, str)] if isinstance(pages, list) else []

    def current_page(self, library: Path) -> str:
        """The page that was current when no reader tab was ('' for a reader or the document list)."""
        entry = self._tabs_entry(library)
        page = entry.get("current_page", "") if entry else ""
        return page if isinstance(page, str) else ""

    def _tabs_entry(self, library: Path) -> dict[str, Any] | None:
        data = self._json("session/tabs", {})
        if not isinstance(data, dict):
            return None
        entry = data.get(str(library))
        if entry is None:  # remembered under the library's path before the data directory moved
            entry = next((v for k, v in data.items() if paths.relocated(Path(k)) == library), None)
        return entry if isinstance(entry, dict) else None

    def open_tabs(self, library: Path) -> tuple[list[int], int]:
        """Doc ids of the reader tabs left open in ``library`` and the index of the current one
        among them (-1: none of them was current)."""
        entry = self._tabs_entry(library)
        if entry is None:
            return [], -1
        ids = [i for i in entry.get("ids", []) if isinstance(i, int)]
        current = entry.get("current", -1)
        return ids, current if isinstance(current, int) else -1

    def set_open_tabs(
        self, library: Path, doc_ids: list[int], current: int, pages: list[str] | None = None, current_page: str = ""
    ) -> None:
        data = self._json("session/tabs", {})
        if not isinstance(data, dict):
            data = {}
        data[str(library)] = {
            "ids": list(doc_ids),
            "current": current,
            "pages": list(pages or []),
            "current_page": current_page,
        }
        self._set_json("session/tabs", data)

    # --- reading positions -------------------------------------------------------------------
    def reading_positions(self, library: Path) -> dict[int, int]:
        """Where the user was reading each document of ``library`` (doc id → canonical offset)."""
        data = self._json("reading/" + _key(library), {})
        if not isinstance(data, dict):
            return {}
        out = {}
        for doc_id, offset in data.items():
            if isinstance(offset, int) and str(doc_id).isdigit():
                out[int(doc_id)] = offset
        return out

    def set_reading_positions(self, library: Path, positions: dict[int, int]) -> None:
        """Keep ``positions`` (in the order they were last read: the oldest are dropped past the limit)."""
        items = list(positions.items())[-MAX_POSITIONS:]
        self._set_json("reading/" + _key(library), {str(k): v for k, v in items})

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
