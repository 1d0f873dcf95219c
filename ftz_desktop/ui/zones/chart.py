"""The Zones tab's charts (pyqtgraph): one series compared across zones as horizontal bars, and
series over time as lines on a real date axis (one plot per unit family, x axes linked).

Axes write amounts in Chinese units chosen by magnitude (亿元, 万户; never 1e+12) and dates as
2024年 / 2024年6月. ``item_at`` finds the bar or point under a scene position, for the hover card
and for clicks; the charts never query anything (the view hands them computed series).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from ftz_desktop.core.measures import axis_unit, format_amount, format_number
from ftz_desktop.services.series import Line, Point, time_position
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.zones import texts

EPOCH = dt.date(1970, 1, 1)
MIN_ROWS = 5  # the compare chart keeps room for five bars
#: Line colours (a qualitative palette that reads on light and dark backgrounds).
LINE_COLORS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7")


def day_number(d: dt.date) -> float:
    return float((d - EPOCH).days)


def from_day_number(x: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(round(x)))


class AmountAxis(pg.AxisItem):
    """An axis of amounts in one unit family: ticks divided by the unit's size (亿 = 1e8), written
    plainly; the unit (亿元, 万户, %) is the axis label."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.divisor = 1.0
        self.unit = ""

    def set_unit(self, largest: float, family: str, counter: str) -> str:
        self.divisor, self.unit = axis_unit(largest, family, counter)
        self.setLabel(self.unit)
        return self.unit

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = spacing / self.divisor if self.divisor else spacing
        decimals = max(0, -math.floor(math.log10(step))) if step > 0 else 0
        return [format_number(v / self.divisor, decimals) for v in values]


class NameAxis(pg.AxisItem):
    """The names of the bars (zones or areas), one tick per bar."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.names: list[str] = []

    def set_names(self, names: list[str], rows: int) -> None:
        """``names`` from the top of ``rows`` rows down."""
        self.names = names
        self.setTicks([[(float(rows - 1 - i), n) for i, n in enumerate(names)]])


class TimeAxis(pg.AxisItem):
    """A real date axis (x = days since 1970): ticks on years, or on months when the span is short,
    written 2024年 / 2024年6月 (2024 / Jun 2024 in English)."""

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        """Two levels: the boundaries of years (or months), unlabelled, where the grid lines are;
        and their middles, labelled — a year's value stands under its year, a level at the end
        of 2024 on the line after it."""
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        lo, hi = from_day_number(minVal), from_day_number(maxVal)
        years = hi.year - lo.year + 1
        bounds: list[float] = []
        middles: list[float] = []
        if years >= 3:
            step = max(1, math.ceil(years / max(2, int(size / 70))))
            for y in range(lo.year, hi.year + 2):
                bounds.append(day_number(dt.date(y, 1, 1)))
                if (y - lo.year) % step == 0:
                    middles.append(day_number(dt.date(y, 7, 2)))
            spacing = 365.0
        else:
            months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
            step = next(s for s in (1, 2, 3, 6, 12) if months / s <= max(2, size / 80))
            y, m = lo.year, lo.month
            while (y, m) <= (hi.year, hi.month):
                bounds.append(day_number(dt.date(y, m, 1)))
                if (m - 1) % step == 0:
                    middles.append(day_number(dt.date(y, m, 15)))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            spacing = 30.0
        inside = [t for t in bounds if minVal <= t <= maxVal]
        labelled = [t for t in middles if minVal <= t <= maxVal]
        return [(spacing, inside), (spacing / 2, labelled)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            d = from_day_number(v)
            if d.day == 1:  # a boundary: the grid line only
                out.append("")
            elif d.month == 7 and d.day == 2:
                out.append(texts.point_text(str(d.year)))
            else:
                out.append(texts.point_text(f"{d.year}-{d.month:02d}"))
        return out


def _counter(p: Point, family: str, default: str) -> str:
    """The counter a count is written with (17万家 stays 家 on an axis of 万户)."""
    return p.record.normalized_unit if family == "count" and p.record.normalized_unit else default


@dataclass(frozen=True)
class Hit:
    """What is under the mouse: a point of the chart with the line it belongs to (over time)."""

    point: Point
    line: Line | None = None


def _configure(plot: pg.PlotItem, palette: QPalette) -> None:
    """No menus or mouse zoom; axes in the theme's text colour."""
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    text = palette.color(QPalette.ColorRole.Text)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colors.muted(palette, 0.5)))
        axis.setTextPen(pg.mkPen(text))


class CompareChart(pg.PlotWidget):
    """Horizontal bars, largest on top: each place's value for one period, its amount and period
    written at the end of its bar, ⚠ where documents disagree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.amount_axis = AmountAxis("bottom")
        self.name_axis = NameAxis("left")
        super().__init__(parent, axisItems={"bottom": self.amount_axis, "left": self.name_axis})
        self.setBackground(self.palette().color(QPalette.ColorRole.Base))
        _configure(self.getPlotItem(), self.palette())
        self.showGrid(x=True, alpha=0.18)
        self.points: list[Point] = []
        self.rows = 0
        self.unit = ""

    def draw(self, points: Sequence[Point], family: str, counter: str) -> None:
        self.clear()
        self.points = list(points)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.Text)
        if not self.points:
            self.name_axis.set_names([], 0)
            self.amount_axis.setLabel("")
            return
        n = len(self.points)
        values = [p.value for p in self.points]
        largest = max(values + [0.0])
        self.unit = self.amount_axis.set_unit(largest, family, counter)
        base = QColor("#4e79a7")
        rows = self.rows = max(n, MIN_ROWS)  # a lone bar is not a wall of colour
        ys = [float(rows - 1 - i) for i in range(n)]
        plain = [i for i, p in enumerate(self.points) if not p.conflict]
        disputed = [i for i, p in enumerate(self.points) if p.conflict]
        for idx, brush, pen in (
            (plain, pg.mkBrush(base), pg.mkPen(base.darker(130))),
            (
                disputed,
                pg.mkBrush(base.lighter(140)),
                pg.mkPen(colors.error(palette), width=2, style=Qt.PenStyle.DashLine),
            ),
        ):
            if idx:
                self.addItem(
                    pg.BarGraphItem(
                        x0=[0.0] * len(idx),
                        y=[ys[i] for i in idx],
                        height=0.62,
                        width=[values[i] for i in idx],
                        brush=brush,
                        pen=pen,
                    )
                )
        font = QFont(self.font())
        for i, p in enumerate(self.points):
            label = format_amount(p.value, family, _counter(p, family, counter))
            if p.conflict:
                label += "  ⚠ " + QCoreApplication.translate("ZonesText", "{n} values").format(
                    n=len(p.alternatives) + 1
                )
            item = pg.TextItem(label, color=text_color, anchor=(0, 0.5))
            item.setFont(font)
            item.setPos(values[i], ys[i])
            self.addItem(item)
        self.name_axis.set_names([p.place.name for p in self.points], rows)
        self.setYRange(-0.6, rows - 0.4, padding=0)
        self.setXRange(0, (largest or 1) * 1.32, padding=0)

    def item_at(self, scene_pos: QPointF) -> Hit | None:
        """The bar whose row is under ``scene_pos`` (anywhere along the row)."""
        if not self.points or not self.getPlotItem().vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.getPlotItem().vb.mapSceneToView(scene_pos)
        row = self.rows - 1 - round(p.y())
        if 0 <= row < len(self.points) and abs(p.y() - round(p.y())) <= 0.45:
            return Hit(self.points[row])
        return None


class TimeChart(pg.GraphicsLayoutWidget):
    """Lines over a real date axis: one plot per unit family (stacked, x axes linked), one line
    with markers per place and series; cumulative totals dashed, levels at a date dotted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots: list[tuple[pg.PlotItem, list[Line], float]] = []  # plot, its lines, pixels per unit
        palette = self.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        self.legend = pg.LegendItem(colCount=2, labelTextColor=palette.color(QPalette.ColorRole.Text))
        self.ci.addItem(self.legend, row=0, col=0)  # above the plots: it never hides a line
        self._pool: list[tuple[pg.PlotItem, AmountAxis]] = []  # plots are made once, then reused

    def _plot(self, row: int) -> tuple[pg.PlotItem, AmountAxis]:
        while len(self._pool) <= row:
            amount = AmountAxis("left")
            plot = pg.PlotItem(axisItems={"bottom": TimeAxis("bottom"), "left": amount})
            _configure(plot, self.palette())
            plot.showGrid(x=True, y=True, alpha=0.18)
            if self._pool:
                plot.setXLink(self._pool[0][0])
            self._pool.append((plot, amount))
        return self._pool[row]

    def draw(self, lines: Sequence[Line], label_of: Any) -> None:
        """``label_of(line)`` names a line in the legend."""
        for plot, _lines, _ in self.plots:
            plot.clear()
            self.ci.removeItem(plot)
        self.plots = []
        legend = self.legend
        legend.clear()
        families: dict[tuple[str, str], list[Line]] = {}  # one plot per unit (counts: per counter)
        for line in lines:
            counter = line.counter if line.series.family == "count" else ""
            families.setdefault((line.series.family, counter), []).append(line)
        all_x = [
            day_number(d)
            for line in lines
            for p in line.points
            if (d := time_position(p.period, line.series.period_kind))
        ]
        color_index = 0
        for row, ((family, _counter), members) in enumerate(families.items()):
            plot, amount = self._plot(row)
            self.ci.addItem(plot, row=row + 1, col=0)
            largest = max((p.value for line in members for p in line.points), default=0.0)
            counter = next((line.counter for line in members if line.counter), "")
            amount.set_unit(largest, family, counter)
            for line in members:
                color = QColor(LINE_COLORS[color_index % len(LINE_COLORS)])
                color_index += 1
                style = {
                    "cumulative": Qt.PenStyle.DashLine,
                    "stock": Qt.PenStyle.DotLine,
                }.get(line.series.period_kind, Qt.PenStyle.SolidLine)
                kind = line.series.period_kind
                placed = [(time_position(p.period, kind), p) for p in line.points]
                xs = [day_number(d) for d, _p in placed if d is not None]
                ys = [p.value for d, p in placed if d is not None]
                brushes = [pg.mkBrush("#ffffff" if p.conflict else color) for d, p in placed if d is not None]
                item = plot.plot(
                    xs,
                    ys,
                    pen=pg.mkPen(color, width=2, style=style),
                    symbol="o",
                    symbolSize=9,
                    symbolBrush=brushes,
                    symbolPen=pg.mkPen(color, width=2),
                )
                legend.addItem(item, label_of(line))
            if all_x:
                lo, hi = min(all_x), max(all_x)
                pad = max(60.0, (hi - lo) * 0.06)
                plot.setXRange(lo - pad, hi + pad, padding=0)
            plot.setYRange(0, (largest or 1) * 1.15, padding=0)
            self.plots.append((plot, members, 1.0))

    def item_at(self, scene_pos: QPointF, radius: float = 12.0) -> Hit | None:
        """The point nearest ``scene_pos`` within ``radius`` pixels."""
        best: tuple[float, Hit] | None = None
        for plot, members, _ in self.plots:
            vb = plot.vb
            if not vb.sceneBoundingRect().contains(scene_pos):
                continue
            for line in members:
                for p in line.points:
                    d = time_position(p.period, line.series.period_kind)
                    if d is None:
                        continue
                    at = vb.mapViewToScene(QPointF(day_number(d), p.value))
                    dist = math.hypot(at.x() - scene_pos.x(), at.y() - scene_pos.y())
                    if dist <= radius and (best is None or dist < best[0]):
                        best = (dist, Hit(p, line))
        return best[1] if best else None
