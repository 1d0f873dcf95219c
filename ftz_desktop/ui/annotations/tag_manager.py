"""The tag manager: every tag, nested by '/' (政策/金融 under 政策), with how many passages and
documents carry it; rename, merge and delete, each confirmed with what it affects and undoable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.tags import normalize_tag, tag_key
from ftz_desktop.records import TagCount
from ftz_desktop.ui.annotations.commands import AnnotationController, TagCommand
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.workers import TaskRunner

NAME_ROLE = Qt.ItemDataRole.UserRole + 60

AskText = Callable[[str, str, str], "str | None"]
Confirm = Callable[[str, str], bool]


def build_tag_model(model: QStandardItemModel, tags: Sequence[TagCount]) -> None:
    """Fill ``model`` with a tree of tags; a parent that is not a tag itself is shown greyed."""
    model.removeRows(0, model.rowCount())
    items: dict[str, QStandardItem] = {}
    for t in sorted(tags, key=lambda t: tag_key(t.name)):
        parts = t.name.split("/")
        parent = model.invisibleRootItem()
        for depth in range(1, len(parts) + 1):
            path = "/".join(parts[:depth])
            key = tag_key(path)
            item = items.get(key)
            if item is None:
                item = QStandardItem(parts[depth - 1])
                item.setData(path, NAME_ROLE)
                item.setToolTip(path)
                item.setEditable(False)
                anns, docs = QStandardItem(""), QStandardItem("")
                for cell in (anns, docs):
                    cell.setEditable(False)
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    cell.setData(path, NAME_ROLE)
                if depth < len(parts):
                    item.setForeground(QBrush(colors.faint(QApplication.palette())))  # only a parent of tags
                parent.appendRow([item, anns, docs])
                items[key] = item
            parent = item
        leaf = items[tag_key(t.name)]
        leaf.setData(None, Qt.ItemDataRole.ForegroundRole)
        row_parent = leaf.parent() or model.invisibleRootItem()
        row_parent.child(leaf.row(), 1).setText(str(t.annotations))
        row_parent.child(leaf.row(), 2).setText(str(t.documents))


class TagManager(QDialog):
    """Rename, merge and delete tags (with those nested below them).

    ``ask_text(title, label, text)`` and ``confirm(title, text)`` ask the user; tests pass others.

    Signals:
        show_annotations_requested(str tag): list the annotations with this tag.
        loaded(int count): the list was refreshed (number of tags).
    """

    show_annotations_requested = Signal(str)
    loaded = Signal(int)

    def __init__(
        self,
        controller: AnnotationController,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        ask_text: AskText | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.controller = controller
        self.runner = runner
        self.ask_text: AskText = ask_text or self._ask_text
        self.confirm: Confirm = confirm or self._confirm
        self._tags: list[TagCount] = []
        self._request = 0

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Passages"), self.tr("Documents")])
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.doubleClicked.connect(lambda _i: self.show_annotations())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.hint = QLabel(
            self.tr("Nest tags with / (政策/金融 is under 政策). Every change can be undone (Ctrl+Z)."), self
        )
        self.hint.setWordWrap(True)
        colors.set_text_color(self.hint)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.show_button = QPushButton(self.tr("Show Annotations"), self)
        self.show_button.clicked.connect(self.show_annotations)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(controller.undo_stack.undo)
        controller.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(controller.undo_stack.canUndo())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)

        buttons = QHBoxLayout()
        for b in (self.rename_button, self.merge_button, self.delete_button, self.show_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.resize(520, 560)
        controller.changed.connect(lambda change: self.refresh() if change.tags and self.isVisible() else None)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, activated=controller.undo_stack.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self, activated=controller.undo_stack.redo)
        self._update_buttons()

    # --- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the tags again (in a worker)."""
        library = self.controller.library
        self._request += 1
        request = self._request
        if library is None:
            self._show([])
            return
        self.runner.run(library.annotations.tags, callback=lambda res, err: self._loaded(request, res, err))

    def _loaded(self, request: int, tags: list[TagCount] | None, error: BaseException | None) -> None:
        if request == self._request:
            self._show(tags or [])

    def _show(self, tags: list[TagCount]) -> None:
        selected = set(self.selected_tags())
        self._tags = list(tags)
        build_tag_model(self.model, tags)
        self.tree.expandAll()
        for name in selected:
            self.select_tag(name, clear=False)
        self._update_buttons()
        self.loaded.emit(len(tags))

    def tag_names(self) -> list[str]:
        return [t.name for t in self._tags]

    def selected_tags(self) -> list[str]:
        names = []
        for index in self.tree.selectionModel().selectedRows(0):
            name = index.data(NAME_ROLE)
            if name and name not in names:
                names.append(name)
        return names

    def select_tag(self, name: str, *, clear: bool = True) -> bool:
        """Select a tag in the tree (tests, keyboard users)."""
        found = self.model.match(
            self.model.index(0, 0), NAME_ROLE, name, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        if not found:
            return False
        selection = self.tree.selectionModel()
        flags = selection.SelectionFlag
        selection.select(found[0], (flags.ClearAndSelect if clear else flags.Select) | flags.Rows)
        if clear:  # through the selection model: the view's own would look at the keyboard modifiers
            selection.setCurrentIndex(found[0], flags.NoUpdate)
        return True

    def _update_buttons(self) -> None:
        n = len(self.selected_tags())
        self.rename_button.setEnabled(n == 1)
        self.merge_button.setEnabled(n >= 1)
        self.delete_button.setEnabled(n == 1)
        self.show_button.setEnabled(n == 1)

    # --- actions -----------------------------------------------------------------------------
    def rename_selected(self) -> None:
        names = self.selected_tags()
        if len(names) != 1:
            return
        old = names[0]
        new = self.ask_text(self.tr("Rename Tag"), self.tr("New name for “{tag}”:").format(tag=old), old)
        new = normalize_tag(new or "")
        if not new or new == old:
            return
        taken = [t.name for t in self._tags if tag_key(t.name) == tag_key(new)]
        if taken and tag_key(new) != tag_key(old):
            if self.confirm(
                self.tr("Merge Tags"),
                self.tr("There is already a tag “{tag}”. Merge “{old}” into it?").format(tag=taken[0], old=old),
            ):
                self._push("merge", [old], taken[0])
            return
        self._after_usage(
            [old],
            lambda usage: (
                self.confirm(
                    self.tr("Rename Tag"),
                    self.tr(
                        "Rename “{old}” to “{new}”? This changes {anns} passages and {docs} documents"
                        " (tags nested below it are renamed too)."
                    ).format(old=old, new=new, anns=usage[0], docs=usage[1]),
                )
                and self._push("rename", [old], new)
            ),
        )

    def merge_selected(self) -> None:
        names = self.selected_tags()
        if not names:
            return
        label = self.tr("Merge {tags} into the tag:").format(tags="、".join(f"“{n}”" for n in names))
        into = normalize_tag(self.ask_text(self.tr("Merge Tags"), label, names[0]) or "")
        if not into:
            return
        sources = [n for n in names if tag_key(n) != tag_key(into)]
        if not sources:
            return
        self._after_usage(
            sources,
            lambda usage: (
                self.confirm(
                    self.tr("Merge Tags"),
                    self.tr("Put what is tagged {tags} under “{into}”? (passages: {anns}, documents: {docs})").format(
                        anns=usage[0], docs=usage[1], tags="、".join(f"“{n}”" for n in sources), into=into
                    ),
                )
                and self._push("merge", sources, into)
            ),
        )

    def delete_selected(self) -> None:
        names = self.selected_tags()
        if len(names) != 1:
            return
        name = names[0]
        self._after_usage(
            [name],
            lambda usage: (
                self.confirm(
                    self.tr("Delete Tag"),
                    self.tr(
                        "Remove “{tag}” (and the tags nested below it) from {anns} passages and {docs} documents?"
                        " The passages and documents stay. You can undo this."
                    ).format(tag=name, anns=usage[0], docs=usage[1]),
                )
                and self._push("delete", [name])
            ),
        )

    def show_annotations(self) -> None:
        names = self.selected_tags()
        if len(names) == 1:
            self.show_annotations_requested.emit(names[0])

    def _after_usage(self, names: list[str], then: Callable[[tuple[int, int]], Any]) -> None:
        """Count (in a worker) what carries ``names`` and below, then call ``then((anns, docs))``."""
        library = self.controller.library
        if library is None:
            return

        def usage(service: Any) -> tuple[int, int]:
            counts = [service.tag_usage(n) for n in names]
            return sum(c.annotations for c in counts), sum(c.documents for c in counts)

        self.runner.run(usage, library.annotations, then=then)

    def _push(self, kind: str, sources: list[str], target: str = "") -> bool:
        return self.controller.push(TagCommand(self.controller, kind, sources, target))

    # --- default questions -------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def current_index(self) -> QModelIndex:
        return self.tree.currentIndex()
