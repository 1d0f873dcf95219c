"""The look shared by the app's list tables: whole rows, no grid, fixed row height, no row numbers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_table(
    parent: QWidget,
    model: QAbstractItemModel,
    *,
    widths: Iterable[tuple[int, int]] = (),
    stretch: Iterable[int] = (),
) -> QTableView:
    """A sortable QTableView on ``model`` that selects rows (several at once) and reads like a list.

    ``widths``: (column, pixels) for columns the user may resize; ``stretch``: columns sharing
    what is left. Activation and context menus are the caller's.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for column, width in widths:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def fit_columns(table: QTableView, samples: Mapping[int, Iterable[str]], padding: int = 24) -> None:
    """Size columns by what they hold: the widest of the header and the sample texts (in the
    table's font), so widths follow the language, the font and the screen's scale."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    model = table.model()
    for column, texts in samples.items():
        title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
        widest = max((metrics.horizontalAdvance(t) for t in (*texts, str(title or ""))), default=0)
        header.resizeSection(column, widest + padding)
