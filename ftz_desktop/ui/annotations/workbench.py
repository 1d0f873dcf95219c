"""Annotating in the main window: ties the readers, the annotation panel, the Annotations tab, the
tag manager, search and the library view to one undo stack (``AnnotationController``).

It adds to the window what annotating needs (the panel dock on the right, an Annotations tab beside
the library table, the Annotate menu, Undo/Redo in Edit, export/import/backup in File), turns what
the user asks for into commands, and re-reads what a finished write changed (reads run on the
window's task pool; the newest answer for a document wins)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMainWindow, QMenu, QMessageBox, QWidget

from ftz_desktop.records import ANNOTATION_COLORS, Annotation, AnnotationImportReport
from ftz_desktop.ui.annotations import transfer
from ftz_desktop.ui.annotations.commands import (
    AnnotationController,
    Change,
    CreateAnnotation,
    DeleteAnnotations,
    DocumentTagsCommand,
    EditAnnotations,
    ReattachAnnotation,
)
from ftz_desktop.ui.annotations.panel import AnnotationsPanel
from ftz_desktop.ui.annotations.tab import AnnotationsTab
from ftz_desktop.ui.annotations.tag_input import NoteDialog, TagsDialog, place_near
from ftz_desktop.ui.annotations.tag_manager import TagManager
from ftz_desktop.ui.annotations.transfer import AnnotationTransfer
from ftz_desktop.ui.common import shortcuts
from ftz_desktop.ui.common.colors import DEFAULT_COLOR, color_label, swatch_icon
from ftz_desktop.ui.common.formatting import counted
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.library.view import LibraryView
from ftz_desktop.ui.reader.selection_bar import COLOR_SHORTCUTS, NOTE_SHORTCUT, TAGS_SHORTCUT
from ftz_desktop.ui.reader.tabs import ReaderTabs
from ftz_desktop.ui.reader.view import ReaderView
from ftz_desktop.ui.search.panel import SearchPanel

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

DELETE_SHORTCUT = "Delete"
REATTACH_SHORTCUT = "Ctrl+Shift+R"
DOC_TAGS_SHORTCUT = "Ctrl+Shift+D"
SHOW_TAB_SHORTCUT = "Ctrl+Shift+A"


def _ancestors(widget: QWidget) -> list[QWidget]:
    out = []
    w = widget.parentWidget()
    while w is not None:
        out.append(w)
        w = w.parentWidget()
    return out


def document_annotations_task(library: Library, doc_id: int) -> tuple[list[Annotation], tuple[str, ...]]:
    """Worker: a document's annotations (reading order) and its own tags."""
    service = library.annotations
    return service.for_document(doc_id), service.document_tags(doc_id)


@dataclass
class Target:
    """What an annotate action applies to: the reader's selection, or existing annotations."""

    reader: ReaderView | None = None
    span: tuple[int, int] | None = None
    annotations: list[Annotation] = field(default_factory=list)
    area: str = "reader"  # reader, panel or tab (where the focus was)


@dataclass(frozen=True)
class WorkbenchHost:
    """What annotating works with in the main window, handed in (the workbench reaches for nothing
    else): the window (parent of docks, dialogs and window-wide shortcuts), the task runner, the
    reader tabs, the search panel, the document list, how to show the Annotations tab (a page
    beside the readers) and the panel (a dock, maybe collapsed), and the status bar's message line."""

    window: QMainWindow
    runner: TaskRunner
    reader_tabs: ReaderTabs
    search_panel: SearchPanel
    library_view: LibraryView
    show_page: Callable[[QWidget], None]
    show_dock: Callable[[QDockWidget], None]
    status: Callable[[str, int], None]


class AnnotationWorkbench(QObject):
    """Everything annotating adds to the main window: the panel (a dock), the Annotations tab, the
    tag manager, the Annotate menu (``menu``), Undo/Redo (``undo_action``, ``redo_action``) and
    export/import/backup (``file_actions``); the main window places them.

    Signals:
        annotations_loaded(int doc_id): a reader tab received its annotations.
    """

    annotations_loaded = Signal(int)

    def __init__(self, host: WorkbenchHost) -> None:
        super().__init__(host.window)
        self.host = host
        window = host.window
        self.library: Library | None = None
        self.controller = AnnotationController(self)
        self.last_color = DEFAULT_COLOR
        self.tag_names: list[str] = []
        self.dialog: QWidget | None = None  # the note or tag dialog open now (tests look at it)
        self._requests: dict[int, int] = {}
        self._pending_select: dict[int, int] = {}

        self.panel = AnnotationsPanel(window)
        self.tab = AnnotationsTab(host.runner, window)
        self.tag_manager = TagManager(self.controller, host.runner, window)
        self.transfer = AnnotationTransfer(self, self)

        self._build_actions()
        self._wire()

    # --- construction ------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: str | Sequence[str] | None = None) -> QAction:
        action = QAction(text, self.host.window)
        if shortcut:
            keys = [shortcut] if isinstance(shortcut, str) else list(shortcut)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.host.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.host.window
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(w)
        self.undo_action.setShortcuts(shortcuts.keys(shortcuts.UNDO))
        self.redo_action = stack.createRedoAction(w)
        self.redo_action.setShortcuts(shortcuts.keys((shortcuts.Std.Redo, "Ctrl+Shift+Z", "Ctrl+Y")))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # text fields keep their own undo
            w.addAction(action)

        self.highlight_actions = {
            color: self._action(
                self.tr("Highlight in {colour}").format(colour=color_label(color)),
                lambda c=color: self.highlight(c),
                COLOR_SHORTCUTS[color],
            )
            for color in ANNOTATION_COLORS
        }
        for color, action in self.highlight_actions.items():
            action.setIcon(swatch_icon(color))
        self.note_action = self._action(self.tr("Add &Note…"), self.add_note, NOTE_SHORTCUT)
        self.tags_action = self._action(self.tr("Add &Tags…"), self.add_tags, TAGS_SHORTCUT)
        self.delete_action = self._action(self.tr("&Delete Annotation"), self.delete_annotations, DELETE_SHORTCUT)
        self.reattach_action = self._action(self.tr("&Re-attach to Selection"), self.reattach, REATTACH_SHORTCUT)
        self.doc_tags_action = self._action(self.tr("Tag &Document…"), self.tag_current_document, DOC_TAGS_SHORTCUT)
        self.tag_manager_action = self._action(self.tr("&Manage Tags…"), self.show_tag_manager)
        self.show_tab_action = self._action(self.tr("Show &All Annotations"), self.show_tab, SHOW_TAB_SHORTCUT)
        self.export_action = self._action(self.tr("&Export Annotations…"), self.transfer.choose_export)
        self.import_action = self._action(self.tr("I&mport Annotations…"), self.transfer.choose_import)
        self.backup_action = self._action(self.tr("&Back Up Annotations Now"), self.transfer.backup)

        self.file_actions = [self.export_action, self.import_action, self.backup_action]

        self.menu = QMenu(self.tr("&Annotate"), w)
        for action in self.highlight_actions.values():
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.note_action, self.tags_action, self.delete_action, self.reattach_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.doc_tags_action)
        self.menu.addSeparator()
        self.menu.addAction(self.tag_manager_action)
        self.menu.addAction(self.show_tab_action)

    def _wire(self) -> None:
        w = self.host
        c = self.controller
        c.changed.connect(self._changed)
        c.failed.connect(self._failed)
        w.reader_tabs.reader_created.connect(self._adopt)
        w.reader_tabs.document_loaded.connect(self.load_document)
        w.reader_tabs.currentChanged.connect(lambda _i: self._show_current_in_panel())
        w.search_panel.note_open_requested.connect(self.open_annotation)
        w.library_view.tag_documents_requested.connect(self.tag_documents)
        p = self.panel
        p.annotation_selected.connect(self._panel_selected)
        p.edit_requested.connect(self._edit_field)
        p.recolor_requested.connect(lambda ids, color: self._push(EditAnnotations(c, ids, color=color)))
        p.delete_requested.connect(lambda ids: self._push(DeleteAnnotations(c, ids)))
        p.reattach_requested.connect(lambda ann_id: self.reattach(ann_id))
        t = self.tab
        t.open_requested.connect(self.open_annotation)
        t.delete_requested.connect(lambda ids: self._push(DeleteAnnotations(c, ids)))
        t.recolor_requested.connect(lambda ids, color: self._push(EditAnnotations(c, ids, color=color)))
        t.note_requested.connect(lambda ann_id: self._note_dialog_for(self._tab_annotations([ann_id])))
        t.tags_requested.connect(lambda ids: self._tags_dialog_for(self._tab_annotations(ids)))
        t.tags_button.clicked.connect(self.show_tag_manager)
        t.export_button.clicked.connect(self.transfer.choose_export)
        self.tag_manager.show_annotations_requested.connect(self._show_tag_in_tab)

    # --- library -----------------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        """A library was opened (None while one is being opened)."""
        self.library = library
        self.controller.set_library(library)
        self._requests.clear()
        self._pending_select.clear()
        self.panel.show_annotations(None, "", [])
        self.tab.set_library(library)
        self._load_tag_names()

    def busy(self) -> bool:
        return self.controller.busy()

    def shutdown(self) -> None:
        """Let the queued writes finish (closing the window)."""
        self.controller.wait()

    def refresh_all(self) -> None:
        """Read everything shown again (after an import, which may re-anchor annotations)."""
        self._changed(Change(everything=True, tags=True))

    # --- reading what changed ----------------------------------------------------------------
    def _adopt(self, reader: ReaderView) -> None:
        reader.menu_hook = self._fill_reader_menu
        reader.annotate_requested.connect(lambda what, value, r=reader: self._bar_action(r, what, value))
        reader.annotation_clicked.connect(lambda ann_id, r=reader: self._reader_clicked(r, ann_id))
        reader.document_tags_requested.connect(lambda r=reader: self.tag_document(r.doc_id))
        reader.selection_changed.connect(lambda has, r=reader: self._reader_selection(r, has))

    def load_document(self, doc_id: int) -> None:
        """Read a document's annotations and tags (in a worker) and show them in its reader."""
        library = self.library
        if library is None or self.host.reader_tabs.reader_for(doc_id) is None:
            return
        request = self._requests[doc_id] = self._requests.get(doc_id, 0) + 1
        self.host.runner.run(
            document_annotations_task,
            library,
            doc_id,
            callback=lambda res, err: self._document_read(library, doc_id, request, res, err),
        )

    def _document_read(
        self, library: Library, doc_id: int, request: int, result: Any, error: BaseException | None
    ) -> None:
        if library is not self.library or request != self._requests.get(doc_id):
            return
        reader = self.host.reader_tabs.reader_for(doc_id)
        if reader is None or error is not None or result is None:
            return
        items, tags = result
        reader.set_annotations(items)
        reader.set_document_tags(tags)
        select = self._pending_select.pop(doc_id, None)
        if select is not None and reader.annotation(select) is not None:
            reader.set_current_annotation(select)
        if reader is self.host.reader_tabs.current_reader():
            self._show_current_in_panel()
        self.annotations_loaded.emit(doc_id)

    def _changed(self, change: Change) -> None:
        if change.select is not None and len(change.doc_ids) == 1:
            self._pending_select[next(iter(change.doc_ids))] = change.select
        for reader in self.host.reader_tabs.readers():
            if change.touches(reader.doc_id) or reader.doc_id in change.document_tags:
                self.load_document(reader.doc_id)
        if change.doc_ids or change.everything:
            self.tab.refresh()
        if change.tags:
            self._load_tag_names()
        search = self.host.search_panel
        if search.query():
            if (change.tags or change.document_tags) and "tag:" in search.query().casefold():
                search.search_now()
            elif change.doc_ids or change.everything:
                search.refresh_notes()
        if change.message:
            self.host.status(change.message, 10_000)
        if isinstance(change.result, AnnotationImportReport) and change.result.skipped:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Import Annotations"), change.message, parent=self.host.window
            )
            box.setDetailedText(transfer.skipped_details(change.result))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _failed(self, message: str) -> None:
        text = self.tr("The annotation could not be saved: {error}").format(error=message)
        self.host.status(text, 15_000)
        self.refresh_all()

    def _load_tag_names(self) -> None:
        library = self.library
        if library is None:
            return
        self.host.runner.run(
            library.annotations.tag_names,
            then=lambda names: self._set_tag_names(library, names),
        )

    def _set_tag_names(self, library: Library, names: list[str]) -> None:
        if library is self.library:
            self.tag_names = list(names)
            self.panel.delegate.tag_names = self.tag_names

    # --- the panel follows the current reader ------------------------------------------------
    def _show_current_in_panel(self) -> None:
        reader = self.host.reader_tabs.current_reader()
        if reader is None or reader.document is None:
            self.panel.show_annotations(None, "", [])
            return
        self.panel.show_annotations(reader.doc_id, reader.document.title, reader.annotations())
        current = reader.current_annotation()
        self.panel.select(current.id if current else None)
        self.panel.set_can_reattach(reader.selected_span() is not None)

    def _panel_selected(self, ann_id: int) -> None:
        reader = self.host.reader_tabs.current_reader()
        if reader is not None and reader.doc_id == self.panel.doc_id:
            reader.set_current_annotation(ann_id if ann_id >= 0 else None, scroll=True)

    def _reader_clicked(self, reader: ReaderView, ann_id: int) -> None:
        if reader is self.host.reader_tabs.current_reader():
            self.panel.select(ann_id if ann_id >= 0 else None)

    def _reader_selection(self, reader: ReaderView, has: bool) -> None:
        if reader is self.host.reader_tabs.current_reader():
            self.panel.set_can_reattach(has)

    def open_annotation(self, a: Annotation) -> None:
        """Open the reader at an annotation's passage and make it current (in the panel too)."""
        tabs = self.host.reader_tabs
        existing = tabs.reader_for(a.doc_id)
        query = existing.query if existing is not None else self.host.search_panel.query()
        reader = tabs.open_document(a.doc_id, query)
        self.host.show_dock(self.panel)
        reader.reveal_annotation(a.id)
        if reader.annotation(a.id) is not None:
            self.panel.select(a.id)
        else:
            self._pending_select[a.doc_id] = a.id

    def open_annotation_id(self, ann_id: int) -> None:
        """``open_annotation`` for an id (the annotation is read in a worker first)."""
        library = self.library
        if library is None:
            return
        self.host.runner.run(
            library.annotations.get,
            ann_id,
            callback=lambda a, err: (
                self.open_annotation(a) if err is None and library is self.library else self.hint(str(err))
            ),
        )

    # --- what to act on ----------------------------------------------------------------------
    def target(self, reader: ReaderView | None = None) -> Target:
        """The selection in the reader, else the annotations chosen where the focus is."""
        focus = QApplication.focusWidget()
        if reader is None:
            if focus is not None and (focus is self.tab or self.tab.isAncestorOf(focus)):
                return Target(annotations=self.tab.selected(), area="tab")
            if focus is not None and self.panel.isAncestorOf(focus):
                return Target(
                    reader=self.host.reader_tabs.current_reader(),
                    annotations=self._panel_annotations(),
                    area="panel",
                )
            reader = self.host.reader_tabs.current_reader()
        if reader is None:
            return Target(annotations=self._panel_annotations(), area="panel")
        span = reader.selected_span()
        if span is not None:
            return Target(reader=reader, span=span)
        current = reader.current_annotation()
        return Target(reader=reader, annotations=[current] if current else [])

    def _panel_annotations(self) -> list[Annotation]:
        ids = set(self.panel.selected_ids())
        return [a for a in self.panel.model.annotations() if a.id in ids]

    def _tab_annotations(self, ids: Sequence[int]) -> list[Annotation]:
        wanted = set(ids)
        return [a for a in self.tab.model.annotations() if a.id in wanted]

    def hint(self, text: str) -> None:
        """A passing message in the status bar."""
        self.host.status(text, 6000)

    def _push(self, command: Any) -> bool:
        if not self.controller.push(command):
            self.hint(self.tr("No library is open."))
            return False
        return True

    # --- annotate ----------------------------------------------------------------------------
    def highlight(self, color: str, reader: ReaderView | None = None) -> None:
        """Highlight the selection in ``color``, or give the chosen annotations that colour."""
        t = self.target(reader)
        self.last_color = color
        if t.span is not None and t.reader is not None:
            self._push(CreateAnnotation(self.controller, t.reader.doc_id, *t.span, color=color))
            t.reader.clear_selection()
        elif t.annotations:
            self._push(EditAnnotations(self.controller, [a.id for a in t.annotations], color=color))
        else:
            self.hint(self.tr("Select text in the reader first."))

    def add_note(self, reader: ReaderView | None = None) -> None:
        """Annotate the selection with a note, or edit the chosen annotation's note."""
        t = self.target(reader)
        if t.span is not None and t.reader is not None:
            doc_id, (start, end) = t.reader.doc_id, t.span
            quote = t.reader.document.text[start:end] if t.reader.document else ""
            dialog = NoteDialog(quote, "", self.host.window)
            dialog.accepted.connect(lambda: self._create(t.reader, doc_id, start, end, note=dialog.note()))
            self._open_dialog(dialog, t.reader)
        elif t.area == "panel" and len(t.annotations) == 1:
            self.panel.edit_current("note")
        elif t.annotations:
            self._note_dialog_for(t.annotations[:1], t.reader)
        else:
            self.hint(self.tr("Select text in the reader first."))

    def add_tags(self, reader: ReaderView | None = None) -> None:
        """Annotate the selection with tags, or edit the chosen annotations' tags."""
        t = self.target(reader)
        if t.span is not None and t.reader is not None:
            doc_id, (start, end) = t.reader.doc_id, t.span
            quote = t.reader.document.text[start:end] if t.reader.document else ""
            dialog = TagsDialog(self.tr("Tag Passage"), quote, (), self.tag_names, self.host.window)
            dialog.accepted.connect(lambda: self._create(t.reader, doc_id, start, end, tags=dialog.tags()))
            self._open_dialog(dialog, t.reader)
        elif t.area == "panel" and len(t.annotations) == 1:
            self.panel.edit_current("tags")
        elif t.annotations:
            self._tags_dialog_for(t.annotations, t.reader)
        else:
            self.hint(self.tr("Select text in the reader first."))

    def delete_annotations(self, reader: ReaderView | None = None) -> None:
        """Delete the chosen annotations (the Delete key acts only in a reader, the panel or the tab)."""
        focus = QApplication.focusWidget()
        if reader is None and not (
            focus is not None
            and (
                any(isinstance(w, ReaderView) for w in [focus, *_ancestors(focus)])
                or self.panel.isAncestorOf(focus)
                or self.tab.isAncestorOf(focus)
            )
        ):
            self.hint(self.tr("Choose an annotation in the reader, the annotation panel or the Annotations tab."))
            return
        t = self.target(reader)
        if t.span is None and t.annotations:
            self._push(DeleteAnnotations(self.controller, [a.id for a in t.annotations]))
            if t.reader is not None:
                t.reader.selection_bar.hide()

    def reattach(self, ann_id: int | None = None) -> None:
        """Attach the panel's current annotation (an orphan, usually) to the reader's selection."""
        reader = self.host.reader_tabs.current_reader()
        a = (
            self.panel.current()
            if ann_id is None
            else next((x for x in self.panel.model.annotations() if x.id == ann_id), None)
        )
        span = reader.selected_span() if reader is not None else None
        if a is None or reader is None or reader.doc_id != a.doc_id:
            self.hint(self.tr("Choose an annotation of this document in the annotation panel first."))
            return
        if span is None:
            self.hint(self.tr("Select the passage in the reader to re-attach the annotation to."))
            return
        self._push(ReattachAnnotation(self.controller, a.id, *span))
        reader.clear_selection()

    def _create(self, reader: ReaderView, doc_id: int, start: int, end: int, **fields: Any) -> None:
        if not any(fields.values()):
            return
        self._push(CreateAnnotation(self.controller, doc_id, start, end, color=self.last_color, **fields))
        reader.clear_selection()

    def _edit_field(self, ann_id: int, field_name: str, value: Any) -> None:
        self._push(EditAnnotations(self.controller, [ann_id], **{field_name: value}))

    def _note_dialog_for(self, annotations: list[Annotation], reader: ReaderView | None = None) -> None:
        if not annotations:
            return
        a = annotations[0]
        dialog = NoteDialog(a.quote, a.note, self.host.window)
        dialog.accepted.connect(
            lambda: dialog.note() != a.note and self._push(EditAnnotations(self.controller, [a.id], note=dialog.note()))
        )
        self._open_dialog(dialog, reader)

    def _tags_dialog_for(self, annotations: list[Annotation], reader: ReaderView | None = None) -> None:
        if not annotations:
            return
        ids = [a.id for a in annotations]
        if len(annotations) == 1:
            a = annotations[0]
            dialog = TagsDialog(self.tr("Tags"), a.quote, a.tags, self.tag_names, self.host.window)
            dialog.accepted.connect(lambda: self._push(EditAnnotations(self.controller, ids, tags=dialog.tags())))
        else:
            subject = counted(len(ids), self.tr("Add tags to 1 annotation"), self.tr("Add tags to {count} annotations"))
            dialog = TagsDialog(self.tr("Tags"), subject, (), self.tag_names, self.host.window)
            dialog.accepted.connect(
                lambda: dialog.tags() and self._push(EditAnnotations(self.controller, ids, add_tags=dialog.tags()))
            )
        self._open_dialog(dialog, reader)

    def _open_dialog(self, dialog: QDialog, reader: ReaderView | None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        anchor: QPoint | None = QCursor.pos()
        if reader is not None and reader.selection_bar.isVisible():
            bar = reader.selection_bar
            anchor = bar.mapToGlobal(bar.rect().bottomLeft())
        dialog.adjustSize()
        place_near(dialog, anchor)
        dialog.open()

    def _bar_action(self, reader: ReaderView, what: str, value: str) -> None:
        if what == "color":
            self.highlight(value, reader)
        elif what == "note":
            self.add_note(reader)
        elif what == "tags":
            self.add_tags(reader)
        elif what == "delete":
            self.delete_annotations(reader)

    def _fill_reader_menu(self, menu: QMenu, reader: ReaderView) -> None:
        has_selection = reader.selected_span() is not None
        current = reader.current_annotation()
        tag_document = self.tr("Tag Document…") + f"\t{DOC_TAGS_SHORTCUT}"
        if not has_selection and current is None:
            menu.addAction(tag_document, lambda: self.tag_document(reader.doc_id))
            return
        label = self.tr("Highlight") if has_selection else self.tr("Colour")
        colours = menu.addMenu(label)
        for color in ANNOTATION_COLORS:
            action = colours.addAction(
                swatch_icon(color),
                f"{color_label(color)}\t{COLOR_SHORTCUTS[color]}",
                lambda c=color: self.highlight(c, reader),
            )
            assert action is not None
            action.setCheckable(not has_selection)
            action.setChecked(not has_selection and current is not None and current.color == color)
        note = self.tr("Add Note…") if has_selection or not (current and current.note) else self.tr("Edit Note…")
        menu.addAction(f"{note}\t{NOTE_SHORTCUT}", lambda: self.add_note(reader))
        tags = self.tr("Add Tags…") if has_selection else self.tr("Edit Tags…")
        menu.addAction(f"{tags}\t{TAGS_SHORTCUT}", lambda: self.add_tags(reader))
        if not has_selection:
            delete = self.tr("Delete Annotation") + f"\t{DELETE_SHORTCUT}"
            menu.addAction(delete, lambda: self.delete_annotations(reader))
        panel_current = self.panel.current()
        if has_selection and panel_current is not None and panel_current.doc_id == reader.doc_id:
            menu.addAction(self.tr("Re-attach Chosen Annotation Here") + f"\t{REATTACH_SHORTCUT}", self.reattach)
        menu.addAction(tag_document, lambda: self.tag_document(reader.doc_id))

    # --- document tags -----------------------------------------------------------------------
    def tag_current_document(self) -> None:
        reader = self.host.reader_tabs.current_reader()
        focus = QApplication.focusWidget()
        if focus is not None and self.host.library_view.isAncestorOf(focus):
            self.host.library_view.tag_selected()
        elif reader is not None:
            self.tag_document(reader.doc_id)
        else:
            self.host.library_view.tag_selected()

    def tag_document(self, doc_id: int) -> None:
        """Edit one document's own tags (read them first, in a worker)."""
        library = self.library
        if library is None:
            return
        self.host.runner.run(
            library.annotations.document_tags,
            doc_id,
            then=lambda tags: self._document_tags_dialog(library, [doc_id], tags),
        )

    def tag_documents(self, doc_ids: list[int]) -> None:
        """Add tags to several documents (one: edit its tags)."""
        if len(doc_ids) == 1:
            self.tag_document(doc_ids[0])
        elif doc_ids:
            if self.library is not None:
                self._document_tags_dialog(self.library, doc_ids, None)

    def _document_tags_dialog(self, library: Library, doc_ids: list[int], tags: Sequence[str] | None) -> None:
        if library is not self.library or library is None:
            return
        if tags is not None:
            reader = self.host.reader_tabs.reader_for(doc_ids[0])
            title = reader.document.title if reader is not None and reader.document else ""
            model = self.host.library_view.model
            row = model.row_of(doc_ids[0])
            listed = model.document_at(row) if row >= 0 else None
            title = title or (listed.title if listed is not None else "")
            dialog = TagsDialog(self.tr("Tag Document"), title, tags, self.tag_names, self.host.window)
            dialog.accepted.connect(
                lambda: self._push(DocumentTagsCommand(self.controller, doc_ids, tags=dialog.tags()))
            )
            self._open_dialog(dialog, self.host.reader_tabs.reader_for(doc_ids[0]))
        else:
            subject = counted(len(doc_ids), self.tr("Add tags to 1 document"), self.tr("Add tags to {count} documents"))
            dialog = TagsDialog(self.tr("Tag Documents"), subject, (), self.tag_names, self.host.window)
            dialog.accepted.connect(
                lambda: dialog.tags() and self._push(DocumentTagsCommand(self.controller, doc_ids, add=dialog.tags()))
            )
            self._open_dialog(dialog, None)

    # --- tag manager and the Annotations tab -------------------------------------------------
    def show_tag_manager(self) -> None:
        self.tag_manager.show()
        self.tag_manager.raise_()
        self.tag_manager.activateWindow()

    def show_tab(self) -> None:
        self.host.show_page(self.tab)
        self.tab.text_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_tag_in_tab(self, tag: str) -> None:
        self.host.show_page(self.tab)
        self.tab.set_tag_filter(tag)
