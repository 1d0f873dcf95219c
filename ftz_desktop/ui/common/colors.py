"""Colours: the highlight colours (names, tints, shades, swatches) and the interface's other colours
taken from the palette (muted text, error text, separators, a soft selection), so a dark system
theme reads as well as a light one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

#: Background of a highlight (light enough for dark text), then of the selected one, then the
#: swatch / underline shade.
TINTS = {"yellow": "#ffe98c", "green": "#c8eec0", "blue": "#cce0ff", "pink": "#ffd1e0", "purple": "#e4d6fb"}
STRONG_TINTS = {"yellow": "#ffd84a", "green": "#9fdc92", "blue": "#9fc4fb", "pink": "#ffa9c5", "purple": "#c9b1f5"}
SHADES = {"yellow": "#d9a400", "green": "#3f9a3a", "blue": "#3b78d8", "pink": "#d8457a", "purple": "#7d55c7"}
DEFAULT_COLOR = "yellow"


def color_label(color: str) -> str:
    """The colour's name for people ('Yellow', 黄色)."""
    labels = {
        "yellow": QCoreApplication.translate("AnnotationColors", "Yellow"),
        "green": QCoreApplication.translate("AnnotationColors", "Green"),
        "blue": QCoreApplication.translate("AnnotationColors", "Blue"),
        "pink": QCoreApplication.translate("AnnotationColors", "Pink"),
        "purple": QCoreApplication.translate("AnnotationColors", "Purple"),
    }
    return labels.get(color, color)


def tint(color: str, strong: bool = False) -> QColor:
    table = STRONG_TINTS if strong else TINTS
    return QColor(table.get(color, table[DEFAULT_COLOR]))


def shade(color: str) -> QColor:
    return QColor(SHADES.get(color, SHADES[DEFAULT_COLOR]))


_icons: dict[tuple[str, int], QIcon] = {}


def swatch_icon(color: str, size: int = 14) -> QIcon:
    """A round swatch of a highlight colour (cached)."""
    key = (color, size)
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(shade(color))
        painter.setBrush(tint(color, strong=True))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        icon = _icons[key] = QIcon(pixmap)
    return icon


# --- colours from the palette --------------------------------------------------------------------

Role = QPalette.ColorRole


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def muted(palette: QPalette, strength: float = 0.42) -> QColor:
    """Secondary text (counts, paths, hints): the text colour towards the background."""
    return blend(palette.color(Role.WindowText), palette.color(Role.Window), strength)


def faint(palette: QPalette) -> QColor:
    """Hints and empty states: fainter than ``muted``, still readable."""
    return muted(palette, 0.55)


def error(palette: QPalette) -> QColor:
    """Error text: a red that reads on this background."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def warning(palette: QPalette) -> QColor:
    """Warning text (a query read differently from what was likely meant): amber that reads here."""
    return QColor("#ffcc66") if is_dark(palette) else QColor("#8a5300")


def separator(palette: QPalette) -> QColor:
    """Lines between list items."""
    return blend(palette.color(Role.Base), palette.color(Role.Text), 0.12)


def soft_selection(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a selection that leaves highlighted words readable: the highlight
    colour faded into the base."""
    return blend(palette.color(Role.Base), palette.color(Role.Highlight), 0.3), palette.color(Role.Text)


def accent_text(palette: QPalette) -> QColor:
    """Titles on cards (a blue-grey in a light theme)."""
    return QColor("#a9bcd6") if is_dark(palette) else QColor("#44546a")


class _Follower(QObject):
    """Re-applies a widget's palette colours when the application palette changes (theme switch)."""

    def __init__(self, widget: QWidget, kind: str) -> None:
        super().__init__(widget)
        self.kind = kind
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        base = QApplication.palette(widget)
        color = {"muted": muted, "faint": faint, "error": error, "warning": warning}[self.kind](base)
        palette = widget.palette()
        if all(palette.color(role) == color for role in (Role.WindowText, Role.Text)):
            return  # also ends the PaletteChange our own setPalette sends
        for role in (Role.WindowText, Role.Text):
            palette.setColor(role, color)
        widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a window gets ApplicationPaletteChange, the widgets in it PaletteChange from their parent
        changes = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in changes and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def set_text_color(widget: QWidget, kind: str = "muted") -> None:
    """Give a label ``muted``, ``faint``, ``warning`` or ``error`` text, from the palette (and after a change)."""
    follower = widget.findChild(_Follower)
    if isinstance(follower, _Follower):
        follower.kind = kind
        follower.apply(widget)
    else:
        _Follower(widget, kind)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (screenshots and tests of dark-theme readability)."""
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, Role.Window, window)
        p.setColor(group, Role.WindowText, text)
        p.setColor(group, Role.Base, base)
        p.setColor(group, Role.AlternateBase, QColor("#262626"))
        p.setColor(group, Role.ToolTipBase, QColor("#3a3a3a"))
        p.setColor(group, Role.ToolTipText, text)
        p.setColor(group, Role.PlaceholderText, QColor("#8c8c8c"))
        p.setColor(group, Role.Text, text)
        p.setColor(group, Role.Button, QColor("#353535"))
        p.setColor(group, Role.ButtonText, text)
        p.setColor(group, Role.BrightText, QColor("#ff6b6b"))
        p.setColor(group, Role.Link, QColor("#7fb2ff"))
        p.setColor(group, Role.Highlight, QColor("#3d6fb6"))
        p.setColor(group, Role.HighlightedText, QColor("#ffffff"))
        p.setColor(group, Role.Light, QColor("#4a4a4a"))
        p.setColor(group, Role.Midlight, QColor("#404040"))
        p.setColor(group, Role.Mid, QColor("#303030"))
        p.setColor(group, Role.Dark, QColor("#1a1a1a"))
        p.setColor(group, Role.Shadow, QColor("#0d0d0d"))
    disabled = QColor("#7a7a7a")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, Role.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, Role.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, Role.Button, QColor("#353535"))
    return p
