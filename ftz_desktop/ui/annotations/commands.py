"""Annotation edits as undoable commands, written in order on one writer thread.

Every edit is a ``QUndoCommand`` whose ``redo``/``undo`` queue one service call (and its reverse)
on the controller's single-threaded pool, so writes never block the GUI (an import may hold the
library's write lock for half a second) and always reach the library in the order they were
made. A command keeps what its undo needs (the deleted record, the old values, a ``TagEdit``'s
``before``) in plain attributes written only by its own jobs, which run one after another.

When the controller's job finishes it emits ``changed(Change)`` on the GUI thread; the views
re-read what changed. A failed job (the annotation was deleted elsewhere, the disk is full) is
reported through ``failed(str)`` and clears the undo history, which no longer matches the library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ftz_desktop.errors import UserError
from ftz_desktop.records import Annotation, TagState
from ftz_desktop.ui.common.workers import TaskRunner

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

UNDO_LIMIT = 500
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Change:
    """What a finished write changed, so the views know what to read again."""

    doc_ids: frozenset[int] = frozenset()  # documents whose annotations changed
    everything: bool = False  # a tag rename or an import: any document may have changed
    tags: bool = False  # tag names or counts changed
    document_tags: frozenset[int] = frozenset()  # documents whose own tags changed
    select: int | None = None  # an annotation to make current (just created or edited)
    message: str = ""  # for the status bar
    result: Any = field(default=None, compare=False)  # what the job returned (import report, backup path)

    def touches(self, doc_id: int) -> bool:
        return self.everything or doc_id in self.doc_ids


class AnnotationController(QObject):
    """The undo stack of annotation edits and the ordered writer that carries them out.

    Signals:
        changed(object change): a write finished (a ``Change``), on the GUI thread.
        failed(str message): a write failed; the undo history was cleared.
        idle(): the writer has nothing left to do.
    """

    changed = Signal(object)
    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.writer = TaskRunner(self, max_threads=1)  # one thread: jobs run in the order queued
        self.writer.pool.setExpiryTimeout(-1)  # keep the thread (and its SQLite connection)
        self.writer.idle.connect(lambda: self.idle.emit())
        self.library: Library | None = None

    def set_library(self, library: Library | None) -> None:
        """Edits go to ``library`` from now on; the history of the previous one is dropped."""
        self.undo_stack.clear()
        self.library = library

    def busy(self) -> bool:
        return self.writer.busy()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every queued write is done (tests and shutdown)."""
        return self.writer.wait(msecs)

    def push(self, command: AnnotationCommand) -> bool:
        """Do ``command`` (queued) and put it on the undo stack; False when no library is open."""
        if self.library is None:
            return False
        self.undo_stack.push(command)
        return True

    def run(self, job: Callable[[Any], Change], *, undoable: bool = False) -> bool:
        """Queue ``job(service)`` after the edits already queued (imports, backups: not undoable)."""
        if self.library is None:
            return False
        self._submit(job, undoable=undoable)
        return True

    def _submit(self, job: Callable[[Any], Change], *, undoable: bool = True) -> None:
        library = self.library
        if library is None:
            return
        self.writer.run(job, library.annotations, callback=lambda res, err: self._done(library, undoable, res, err))

    def _done(self, library: Library, undoable: bool, change: Change | None, error: BaseException | None) -> None:
        if library is not self.library:
            return  # another library was opened meanwhile
        if error is not None:
            if undoable:
                self.undo_stack.clear()
            message = str(error) if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
            self.failed.emit(message)
            return
        self.changed.emit(change if isinstance(change, Change) else Change(everything=True))


class AnnotationCommand(QUndoCommand):
    """An edit whose ``apply``/``revert`` run on the writer thread, called with the service."""

    def __init__(self, controller: AnnotationController, text: str) -> None:
        super().__init__(text)
        self.controller = controller

    def redo(self) -> None:
        self.controller._submit(self.apply)

    def undo(self) -> None:
        self.controller._submit(self.revert)

    def apply(self, service: Any) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self, service: Any) -> Change:  # pragma: no cover - abstract
        raise NotImplementedError


class CreateAnnotation(AnnotationCommand):
    """Annotate ``text[start:end]``; undo deletes it, redo puts the same record back (same id)."""

    def __init__(
        self,
        controller: AnnotationController,
        doc_id: int,
        start: int,
        end: int,
        *,
        color: str,
        note: str = "",
        tags: Sequence[str] = (),
    ) -> None:
        if note:
            text = translate("AnnotationCommands", "Add Note")
        elif tags:
            text = translate("AnnotationCommands", "Add Tags")
        else:
            text = translate("AnnotationCommands", "Highlight")
        super().__init__(controller, text)
        self.doc_id, self.start, self.end = doc_id, start, end
        self.color, self.note, self.tags = color, note, tuple(tags)
        self.record: Annotation | None = None

    def apply(self, service: Any) -> Change:
        if self.record is None:
            a = service.create(self.doc_id, self.start, self.end, note=self.note, tags=self.tags, color=self.color)
        else:
            a = service.restore(self.record)
        self.record = a
        return Change(doc_ids=frozenset({a.doc_id}), tags=bool(a.tags), select=a.id)

    def revert(self, service: Any) -> Change:
        if self.record is None:
            return Change()
        self.record = service.delete(self.record.id)
        return Change(doc_ids=frozenset({self.doc_id}), tags=bool(self.record.tags))


class EditAnnotations(AnnotationCommand):
    """Change the note, colour or tags of annotations; undo gives each its old values back.

    ``tags`` replaces the whole set; ``add_tags`` adds to what each annotation has.
    """

    def __init__(
        self,
        controller: AnnotationController,
        ids: Iterable[int],
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Sequence[str] | None = None,
        add_tags: Sequence[str] = (),
    ) -> None:
        if note is not None:
            text = translate("AnnotationCommands", "Edit Note")
        elif color is not None:
            text = translate("AnnotationCommands", "Change Colour")
        else:
            text = translate("AnnotationCommands", "Edit Tags")
        super().__init__(controller, text)
        self.ids = tuple(ids)
        self.note, self.color = note, color
        self.tags = None if tags is None else tuple(tags)
        self.add_tags = tuple(add_tags)
        self.before: list[Annotation] = []

    def _fields(self, a: Annotation) -> dict:
        fields: dict = {}
        if self.note is not None:
            fields["note"] = self.note
        if self.color is not None:
            fields["color"] = self.color
        if self.tags is not None:
            fields["tags"] = self.tags
        elif self.add_tags:
            fields["tags"] = (*a.tags, *self.add_tags)
        return fields

    def apply(self, service: Any) -> Change:
        self.before = [service.get(i) for i in self.ids]
        for a in self.before:
            service.update(a.id, **self._fields(a))
        return self._change()

    def revert(self, service: Any) -> Change:
        for a in reversed(self.before):
            old: dict = {}
            if self.note is not None:
                old["note"] = a.note
            if self.color is not None:
                old["color"] = a.color
            if self.tags is not None or self.add_tags:
                old["tags"] = a.tags
            service.update(a.id, **old)
        return self._change()

    def _change(self) -> Change:
        docs = frozenset(a.doc_id for a in self.before)
        tags = self.tags is not None or bool(self.add_tags)
        select = self.ids[0] if len(self.ids) == 1 else None
        return Change(doc_ids=docs, tags=tags, select=select)


class DeleteAnnotations(AnnotationCommand):
    """Delete annotations; undo restores each exactly as it was (same id, tags and dates)."""

    def __init__(self, controller: AnnotationController, ids: Iterable[int]) -> None:
        ids = tuple(ids)
        if len(ids) == 1:
            text = translate("AnnotationCommands", "Delete Annotation")
        else:
            text = translate("AnnotationCommands", "Delete Annotations")
        super().__init__(controller, text)
        self.ids = ids
        self.records: list[Annotation] = []

    def apply(self, service: Any) -> Change:
        self.records = [service.delete(i) for i in self.ids]
        return self._change()

    def revert(self, service: Any) -> Change:
        for record in reversed(self.records):
            service.restore(record)
        change = self._change()
        return Change(doc_ids=change.doc_ids, tags=change.tags, select=self.ids[0] if len(self.ids) == 1 else None)

    def _change(self) -> Change:
        return Change(doc_ids=frozenset(r.doc_id for r in self.records), tags=any(r.tags for r in self.records))


class ReattachAnnotation(AnnotationCommand):
    """Attach an annotation (an orphan, usually) to new text; undo puts its old span and status back."""

    def __init__(self, controller: AnnotationController, ann_id: int, start: int, end: int) -> None:
        super().__init__(controller, translate("AnnotationCommands", "Re-attach Annotation"))
        self.ann_id, self.start, self.end = ann_id, start, end
        self.old: Annotation | None = None

    def apply(self, service: Any) -> Change:
        self.old = service.get(self.ann_id)
        a = service.reattach(self.ann_id, self.start, self.end)
        return Change(doc_ids=frozenset({a.doc_id}), select=a.id)

    def revert(self, service: Any) -> Change:
        if self.old is None:
            return Change()
        a = service.put_back(self.old)
        return Change(doc_ids=frozenset({a.doc_id}), select=a.id)


class TagCommand(AnnotationCommand):
    """Rename, merge or delete tags (with those nested below); undo restores every link."""

    def __init__(self, controller: AnnotationController, kind: str, sources: Sequence[str], target: str = "") -> None:
        texts = {
            "rename": translate("AnnotationCommands", "Rename Tag"),
            "merge": translate("AnnotationCommands", "Merge Tags"),
            "delete": translate("AnnotationCommands", "Delete Tag"),
        }
        super().__init__(controller, texts[kind])
        self.kind, self.sources, self.target = kind, tuple(sources), target
        self.before: tuple[TagState, ...] = ()

    def apply(self, service: Any) -> Change:
        if self.kind == "rename":
            edit = service.rename_tag(self.sources[0], self.target)
        elif self.kind == "merge":
            edit = service.merge_tags(self.sources, self.target)
        else:
            edit = service.delete_tag(self.sources[0])
        self.before = edit.before
        return Change(everything=True, tags=True, document_tags=frozenset(), result=edit)

    def revert(self, service: Any) -> Change:
        service.restore_tags(self.before)
        return Change(everything=True, tags=True)


class DocumentTagsCommand(AnnotationCommand):
    """Give documents tags: ``tags`` replaces a document's set, ``add`` adds to each one's."""

    def __init__(
        self,
        controller: AnnotationController,
        doc_ids: Iterable[int],
        *,
        tags: Sequence[str] | None = None,
        add: Sequence[str] = (),
    ) -> None:
        super().__init__(controller, translate("AnnotationCommands", "Tag Document"))
        self.doc_ids = tuple(doc_ids)
        self.tags = None if tags is None else tuple(tags)
        self.add = tuple(add)
        self.before: dict[int, tuple[str, ...]] = {}

    def apply(self, service: Any) -> Change:
        self.before = {d: service.document_tags(d) for d in self.doc_ids}
        for d in self.doc_ids:
            if self.tags is not None:
                service.set_document_tags(d, self.tags)
            else:
                service.add_document_tags(d, self.add)
        return self._change()

    def revert(self, service: Any) -> Change:
        for d, tags in self.before.items():
            service.set_document_tags(d, tags)
        return self._change()

    def _change(self) -> Change:
        return Change(tags=True, document_tags=frozenset(self.doc_ids))
