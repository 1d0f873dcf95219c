"""Docks that keep a sensible minimum width and collapse to a narrow strip (their tab bar, when
they share a side), so the reader gets the room when the user wants it.

``DockGroup`` manages the docks of one side of a main window: it gives each a title bar with a
collapse button, collapses them together (content hidden, the title drawn vertically, the side as
narrow as its tab bar) and expands them again — from the title bar's button, a click on their tab,
or ``expand()``. A click on the tab that is already shown collapses the side, as in editors that
have side bars.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QMainWindow,
    QSizePolicy,
    QStyle,
    QStyleOptionDockWidget,
    QTabBar,
    QToolButton,
    QWidget,
)

MAX_SIZE = 16_777_215  # QWIDGETSIZE_MAX


class DockTitleBar(QWidget):
    """A dock's title: its name, then collapse (or expand) and close; vertical when collapsed."""

    def __init__(self, dock: QDockWidget, group: DockGroup) -> None:
        super().__init__(dock)
        self.dock = dock
        self.group = group
        self.collapse_button = QToolButton(self, autoRaise=True)
        self.collapse_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.collapse_button.clicked.connect(self._toggle)
        self.close_button = QToolButton(self, autoRaise=True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(dock.close)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(6, 1, 2, 1)
        self._layout.setSpacing(0)
        self._layout.addStretch(1)
        self._layout.addWidget(self.collapse_button)
        self._layout.addWidget(self.close_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        dock.windowTitleChanged.connect(lambda _t: self.update())
        self.update_state()

    def vertical(self) -> bool:
        return bool(self.dock.features() & QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar)

    def update_state(self) -> None:
        collapsed = self.group.is_collapsed()
        left = self.group.area == Qt.DockWidgetArea.LeftDockWidgetArea
        # the arrow points where the side goes: towards the window's edge to collapse
        arrow = (
            (Qt.ArrowType.RightArrow if left else Qt.ArrowType.LeftArrow)
            if collapsed
            else (Qt.ArrowType.LeftArrow if left else Qt.ArrowType.RightArrow)
        )
        self.collapse_button.setArrowType(arrow)
        self.collapse_button.setToolTip(self.tr("Expand") if collapsed else self.tr("Collapse to the side"))
        self.close_button.setVisible(not collapsed)
        if self.vertical():
            self._layout.setDirection(QBoxLayout.Direction.BottomToTop)
            self._layout.setContentsMargins(1, 2, 1, 6)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        else:
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._layout.setContentsMargins(6, 1, 2, 1)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.updateGeometry()
        self.update()

    def _toggle(self) -> None:
        if self.group.is_collapsed():
            self.group.expand(self.dock)
        else:
            self.group.collapse()

    def _button_extent(self) -> int:
        return max(self.collapse_button.sizeHint().width(), self.collapse_button.sizeHint().height())

    def sizeHint(self) -> QSize:
        extent = max(self._button_extent(), self.fontMetrics().height() + 6)
        text = self.fontMetrics().horizontalAdvance(self.dock.windowTitle()) + 2 * extent + 16
        return QSize(extent + 4, text) if self.vertical() else QSize(text, extent + 2)

    def minimumSizeHint(self) -> QSize:
        extent = self._button_extent() + 4
        return QSize(extent, extent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOptionDockWidget()
        option.initFrom(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        font = painter.font()
        font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        title = self.dock.windowTitle()
        if self.vertical():
            painter.translate(0, self.height())
            painter.rotate(-90)
            room = QRect(8, 0, self.height() - self._button_extent() - 14, self.width())
        else:
            room = QRect(8, 0, self.width() - 2 * self._button_extent() - 12, self.height())
        elided = self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, max(0, room.width()))
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.end()


class DockGroup(QObject):
    """The docks of one side of ``window``: minimum widths, collapsing and expanding together.

    Signals:
        collapsed_changed(bool collapsed)
    """

    collapsed_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        area: Qt.DockWidgetArea,
        docks: list[QDockWidget],
        *,
        min_width: int,
        name: str,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.area = area
        self.docks = list(docks)
        self.min_width = min_width
        self.name = name
        self.expanded_width = min_width
        self._collapsed = False
        self._hooked: set[int] = set()
        self._bars: dict[QDockWidget, DockTitleBar] = {}
        for dock in self.docks:
            bar = DockTitleBar(dock, self)
            self._bars[dock] = bar
            dock.setTitleBarWidget(bar)
            dock.setMinimumWidth(min_width)
            # View → (dock) brings a collapsed side back
            dock.toggleViewAction().triggered.connect(lambda checked, d=dock: self._shown_from_menu(d, checked))
        window.tabifiedDockWidgetActivated.connect(lambda _d: self._hook_tab_bars_later())
        self._hook_tab_bars_later()

    # --- state -------------------------------------------------------------------------------
    def is_collapsed(self) -> bool:
        return self._collapsed

    def visible_docks(self) -> list[QDockWidget]:
        return [d for d in self.docks if not d.isHidden()]

    def width(self) -> int:
        """The side's width now (of its widest visible dock)."""
        return max((d.width() for d in self.visible_docks()), default=0)

    def remember_width(self) -> None:
        """Take the side's width now as its expanded width (the user may have dragged it)."""
        width = self.width()
        if not self._collapsed and width >= self.min_width:
            self.expanded_width = width

    def collapse(self) -> None:
        """Hide the docks' content: the side shrinks to their titles (and tab bar)."""
        if self._collapsed:
            return
        self.remember_width()
        self._collapsed = True
        for dock in self.docks:
            body = dock.widget()
            if body is not None:
                body.hide()
            dock.setFeatures(dock.features() | QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar)
            bar = self._bars[dock]
            bar.update_state()
            dock.setMinimumWidth(0)
            dock.setMaximumWidth(bar.minimumSizeHint().width() + 2)
        self.collapsed_changed.emit(True)
        self._hook_tab_bars_later()

    def expand(self, dock: QDockWidget | None = None) -> None:
        """Show the docks' content again at their former width (``dock``: raise that one)."""
        if dock is not None:
            dock.show()
            dock.raise_()
        if not self._collapsed:
            return
        self._collapsed = False
        for d in self.docks:
            d.setFeatures(d.features() & ~QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar)
            d.setMaximumWidth(MAX_SIZE)
            d.setMinimumWidth(self.min_width)
            body = d.widget()
            if body is not None:
                body.show()
            self._bars[d].update_state()
        visible = self.visible_docks()
        if visible:
            self.window.resizeDocks(visible, [self.expanded_width] * len(visible), Qt.Orientation.Horizontal)
        self.collapsed_changed.emit(False)
        self._hook_tab_bars_later()

    def _shown_from_menu(self, dock: QDockWidget, checked: bool) -> None:
        if checked:
            self.expand(dock)

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed:
            self.collapse()
        else:
            self.expand()

    def toggle(self) -> None:
        self.set_collapsed(not self._collapsed)

    def set_width(self, width: int) -> None:
        """The side's width when expanded (now, if it is)."""
        self.expanded_width = max(self.min_width, width)
        visible = self.visible_docks()
        if not self._collapsed and visible:
            self.window.resizeDocks(visible, [self.expanded_width] * len(visible), Qt.Orientation.Horizontal)

    # --- the tab bars of tabified docks ----------------------------------------------------------
    def _hook_tab_bars_later(self) -> None:
        QTimer.singleShot(0, self, self._hook_tab_bars)

    def _hook_tab_bars(self) -> None:
        """Clicks on the docks' tabs expand the side (or collapse it: a click on the tab shown)."""
        titles = {d.windowTitle() for d in self.docks}
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is not self.window or id(bar) in self._hooked:
                continue
            if not any(bar.tabText(i) in titles for i in range(bar.count())):
                continue
            key = id(bar)
            self._hooked.add(key)
            bar.tabBarClicked.connect(lambda index, b=bar: self._tab_clicked(b, index))
            bar.destroyed.connect(lambda _o=None, k=key: self._hooked.discard(k))

    def _tab_clicked(self, bar: QTabBar, index: int) -> None:
        if self._collapsed:
            QTimer.singleShot(0, self, self.expand)
        elif index == bar.currentIndex():
            QTimer.singleShot(0, self, self.collapse)
