"""Colours come from the palette: secondary text, errors and selections read on a dark theme too,
and follow a change of theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ftz_desktop.ui.common import colors

Role = QPalette.ColorRole


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_helpers_read_on_light_and_dark(qapp):
    for palette in (qapp.style().standardPalette(), colors.dark_palette()):
        window, base = palette.color(Role.Window), palette.color(Role.Base)
        assert contrast(colors.muted(palette), window) >= 3.5
        assert contrast(colors.faint(palette), window) >= 2.5
        assert contrast(colors.error(palette), window) >= 4.5
        background, text = colors.soft_selection(palette)
        assert contrast(text, background) >= 4.5
        assert 1.05 < contrast(colors.separator(palette), base) < 2.0  # visible, not loud


def test_window_labels_follow_the_theme(make_window, qapp):
    window = make_window()
    light = qapp.palette()
    label = window.library_label
    light_color = label.palette().color(Role.WindowText)
    try:
        qapp.setPalette(colors.dark_palette())
        qapp.processEvents()
        dark = colors.dark_palette().color(Role.Window)
        assert label.palette().color(Role.WindowText) != light_color
        assert contrast(label.palette().color(Role.WindowText), dark) >= 3.5
        assert contrast(window.search_panel.status_label.palette().color(Role.WindowText), dark) >= 3.5
    finally:
        qapp.setPalette(light)
        qapp.processEvents()
    assert label.palette().color(Role.WindowText) == light_color
