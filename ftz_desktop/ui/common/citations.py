"""Copy Citation actions shared by the reader and the search results: one per citation style
(GB/T 7714, author-date), with their translated names."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from ftz_desktop.core.citations import STYLES

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.common.workers import TaskRunner


def style_action_text(style: str) -> str:
    """The menu text of copying a citation in ``style``."""
    if style == "gbt7714":
        return QCoreApplication.translate("Citations", "Copy Citation (GB/T 7714)")
    return QCoreApplication.translate("Citations", "Copy Citation (Author-Date)")


def add_citation_actions(menu: QMenu, copy: Callable[[str], object], *, enabled: bool = True) -> None:
    """Add Copy Citation (GB/T 7714) and (Author-Date) to ``menu``; they call ``copy(style)``."""
    for style in STYLES:
        action = menu.addAction(style_action_text(style))
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False, s=style: copy(s))


def copy_document_citations(runner: TaskRunner, library: Library, doc_ids: list[int], style: str) -> None:
    """Put the citations of ``doc_ids`` (one per line) on the clipboard, read by a worker."""

    def cite() -> str:
        return "\n".join(library.citation(doc_id, style) for doc_id in doc_ids)

    runner.run(cite, then=lambda text: QGuiApplication.clipboard().setText(str(text)))
