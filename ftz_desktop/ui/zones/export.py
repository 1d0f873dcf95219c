"""Exports of the Zones tab: the chart as PNG or SVG with its title, measure, unit and periods
above it and the list of its sources (document titles and dates) below; the records as CSV with
their status and their document's title, date and path."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from ftz_desktop.records import METRIC_FIELDS, Metric
from ftz_desktop.services.series import Figures
from ftz_desktop.ui.zones import texts

CSV_EXTRA = (
    "measure",
    "in_chart",
    "reason",
    "amount",
    "period_text",
    "document_title",
    "document_date",
    "document_path",
    "excluded",
)


def write_csv(
    path: str | Path, rows: Sequence[Metric], status: dict[int, tuple[str, str]], figures: Figures | None
) -> int:
    """The records with the chart's verdict on each and their document; returns the rows written."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:  # the BOM: Excel reads UTF-8 Chinese
        w = csv.DictWriter(f, fieldnames=[*METRIC_FIELDS, *CSV_EXTRA])
        w.writeheader()
        for m in rows:
            reason, detail = status.get(m.id or -1, ("", ""))
            doc = figures.doc(m) if figures is not None else None
            w.writerow(
                {
                    **m.to_json(),
                    "measure": figures.measure_of(m) if figures is not None else m.metric,
                    "in_chart": int(reason == "charted"),
                    "reason": "" if reason == "charted" else texts.reason_text(reason, detail) if reason else "",
                    "amount": texts.amount_text(m),
                    "period_text": texts.metric_period_text(m),
                    "document_title": doc.title if doc else "",
                    "document_date": (doc.date or "") if doc else "",
                    "document_path": doc.path if doc else "",
                    "excluded": int(m.excluded),
                }
            )
    return len(rows)


def write_image(
    path: str | Path,
    chart: QWidget,
    title: str,
    lines: Sequence[str],
    sources: Sequence[str],
    *,
    width: int = 1400,
    background: QColor | None = None,
    foreground: QColor | None = None,
) -> None:
    """The chart with ``title`` and ``lines`` (measure, unit, periods) above it and ``sources``
    (numbered) below, as PNG, or SVG when ``path`` ends in .svg."""
    path = str(path)
    margin = 28
    scale = (width - 2 * margin) / max(1, chart.width())
    chart_h = int(chart.height() * scale)
    body = QFont(chart.font())
    body.setPointSizeF(max(9.0, body.pointSizeF()))
    head = QFont(body)
    head.setPointSizeF(body.pointSizeF() * 1.45)
    head.setBold(True)
    small = QFont(body)
    small.setPointSizeF(body.pointSizeF() * 0.9)
    inner = width - 2 * margin
    flags = int(Qt.TextFlag.TextWordWrap)

    def height_of(font: QFont, text: str) -> int:
        return QFontMetrics(font).boundingRect(QRect(0, 0, inner, 10_000), flags, text).height()

    numbered = [f"[{i}] {s}" for i, s in enumerate(sources, 1)]
    sources_title = QCoreApplication.translate("ZonesText", "Sources")
    total = (
        margin
        + height_of(head, title)
        + 8
        + sum(height_of(body, line) + 4 for line in lines)
        + 12
        + chart_h
        + 16
        + (height_of(body, sources_title) + 4 + sum(height_of(small, s) + 3 for s in numbered) if numbered else 0)
        + margin
    )
    bg = background or chart.palette().color(chart.backgroundRole())
    fg = foreground or chart.palette().color(chart.foregroundRole())

    def paint(painter: QPainter) -> None:
        painter.fillRect(QRect(0, 0, width, total), bg)
        painter.setPen(fg)
        y = margin

        def text(font: QFont, s: str, gap: int) -> None:
            nonlocal y
            painter.setFont(font)
            h = height_of(font, s)
            painter.drawText(QRect(margin, y, inner, h), flags, s)
            y += h + gap

        text(head, title, 8)
        for line in lines:
            text(body, line, 4)
        y += 8
        painter.save()
        painter.translate(margin, y)
        painter.scale(scale, scale)
        if isinstance(chart, QGraphicsView):  # vectors in an SVG, not a screenshot
            chart.render(painter, QRectF(0, 0, chart.width(), chart.height()), chart.viewport().rect())
        else:
            chart.render(painter, QPoint(0, 0))
        painter.restore()
        y += chart_h + 16
        if numbered:
            text(body, sources_title, 4)
            for s in numbered:
                text(small, s, 3)

    if path.lower().endswith(".svg"):
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(path)
        gen.setSize(QSize(width, total))
        gen.setViewBox(QRectF(0, 0, width, total))
        gen.setTitle(title)
        gen.setDescription("\n".join([*lines, *numbered]))
        painter = QPainter(gen)
        paint(painter)
        painter.end()
        return
    image = QImage(width, total, QImage.Format.Format_ARGB32)
    image.fill(bg)
    image.setText("Title", title)  # also in the file's metadata (PNG text chunks)
    image.setText("Description", "\n".join(lines))
    image.setText("Source", "\n".join(numbered))
    image.setText("Software", "FTZ Desktop")
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint(painter)
    painter.end()
    if not image.save(path):
        raise OSError(f"could not write {path}")
