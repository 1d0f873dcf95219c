"""The Zones dock: holds the Zones view (ui/zones_tab.py), built the first time it is shown, so
pyqtgraph is not imported at startup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from ftz_desktop.ui.zones_tab import ZonesView


class ZonesDock(QDockWidget):
    """A dock holding the Zones view, built the first time it is shown (pyqtgraph loads then)."""

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zones"))
        self.setObjectName("zonesDock")
        self.runner = runner
        self.view: ZonesView | None = None
        self._library: Any = None
        self.visibilityChanged.connect(self._shown)

    def _shown(self, visible: bool) -> None:
        if visible:
            self.ensure_view()

    def ensure_view(self) -> ZonesView:
        if self.view is None:
            from ftz_desktop.ui.zones_tab import ZonesView  # pyqtgraph loads now, not at startup

            self.view = ZonesView(self.runner, self)
            self.setWidget(self.view)
            parent = self.parent()
            if parent is not None and hasattr(parent, "open_metric"):
                self.view.document_requested.connect(parent.open_metric)
            self.view.set_library(self._library)
        return self.view

    def refresh(self) -> None:
        """Query again (after an import or re-extraction), if the view was ever shown."""
        if self.view is not None:
            self.view.set_library(self._library)

    def set_library(self, library: Any) -> None:
        self._library = library
        if self.view is not None:
            self.view.set_library(library)
