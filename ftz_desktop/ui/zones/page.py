"""The Zones page, a tab beside the reader tabs: holds the Zones view (ui/zones_tab.py), built
the first time the page is shown, so pyqtgraph is not imported at startup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.zones.view import ZonesView


def preload() -> None:
    """Worker: import the Zones view and pyqtgraph ahead of the first show (no widget is made)."""
    import ftz_desktop.ui.zones.view  # noqa: F401 - loaded for later


class ZonesPage(QWidget):
    """The Zones tab's page; the view inside is built on first show (pyqtgraph loads then)."""

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zonesPage")
        self.runner = runner
        self.view: ZonesView | None = None
        self._library: Library | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: Any) -> None:
        self.ensure_view()
        super().showEvent(event)

    def ensure_view(self) -> ZonesView:
        if self.view is None:
            from ftz_desktop.ui.zones.view import ZonesView  # pyqtgraph loads now, not at startup

            self.view = ZonesView(self.runner, self)
            self._layout.addWidget(self.view)
            window = self.window()
            if hasattr(window, "open_metric"):
                self.view.document_requested.connect(window.open_metric)
            self.view.set_library(self._library)
        return self.view

    def refresh(self) -> None:
        """Query again (after an import or re-extraction), if the view was ever shown."""
        if self.view is not None:
            self.view.set_library(self._library)

    def set_library(self, library: Library | None) -> None:
        self._library = library
        if self.view is not None:
            self.view.set_library(library)
