"""Annotations in and out of the GUI: export to Markdown, CSV or W3C JSON, import W3C JSON, back up.

The jobs run on worker threads (exports on the task pool; imports and backups on the annotation
writer, after the edits queued before them); the file dialogs stay on the GUI thread."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ftz_desktop.errors import UserError
from ftz_desktop.records import Annotation, AnnotationImportReport
from ftz_desktop.ui.annotations.commands import Change

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.annotations.commands import AnnotationController
    from ftz_desktop.ui.annotations.tab import AnnotationsTab
    from ftz_desktop.ui.common.formatting import counted
from ftz_desktop.ui.common.workers import TaskRunner


class _Window(Protocol):
    @property
    def window(self) -> QMainWindow: ...

    @property
    def runner(self) -> TaskRunner: ...


class TransferOwner(Protocol):
    """What the transfer needs of the annotation workbench that owns it."""

    library: Library | None
    tab: AnnotationsTab
    controller: AnnotationController

    @property
    def host(self) -> _Window: ...

    def hint(self, text: str) -> None: ...


translate = QCoreApplication.translate
FORMATS = {"md": "markdown", "csv": "csv", "json": "w3c", "jsonld": "w3c"}
EXTENSIONS = {"markdown": ".md", "csv": ".csv", "w3c": ".json"}


def export_filters() -> list[tuple[str, str]]:
    """(file-dialog filter, format) pairs, Markdown first."""
    return [
        (translate("AnnotationIO", "Markdown (*.md)"), "markdown"),
        (translate("AnnotationIO", "CSV for spreadsheets (*.csv)"), "csv"),
        (translate("AnnotationIO", "W3C Web Annotation JSON (*.json)"), "w3c"),
    ]


def resolve_export_path(path: str, chosen_filter: str) -> tuple[Path, str]:
    """The file and format to write: the extension decides, else the filter (whose extension is added)."""
    target = Path(path)
    fmt = FORMATS.get(target.suffix.lower().lstrip("."))
    if fmt is None:
        fmt = next((f for label, f in export_filters() if label == chosen_filter), "markdown")
        target = target.with_name(target.name + EXTENSIONS[fmt])
    return target, fmt


def export_task(library: Library, items: list[Annotation], path: Path, fmt: str, scope: bool | int | str) -> int:
    """Worker: write ``items`` to ``path`` as ``fmt``; CSV gets a byte-order mark (Excel reads it
    as UTF-8). ``scope`` says which document tags a W3C export carries (see ``export_w3c``)."""
    service = library.annotations
    if fmt == "csv":
        path.write_text(service.export_csv(items), encoding="utf-8-sig", newline="")
    elif fmt == "w3c":
        data = service.export_w3c(items, document_tags=scope)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        path.write_text(service.export_markdown(items), encoding="utf-8")
    return len(items)


def import_job(path: str) -> Any:
    """A writer job: import a W3C JSON file; the change says everything may have moved."""

    def job(service: Any) -> Change:
        try:
            report = service.import_w3c_file(path)
        except UserError as exc:  # not JSON, not W3C: said in the status bar, nothing changed
            return Change(message=str(exc), result=exc)
        return Change(everything=True, tags=True, message=import_summary(report), result=report)

    return job


def backup_job(service: Any) -> Change:
    """A writer job: write every annotation and document tag to the backups folder."""
    try:
        path = service.backup()
    except UserError as exc:
        return Change(message=str(exc), result=exc)
    return Change(message=translate("AnnotationIO", "Annotations backed up to {path}").format(path=path), result=path)


def import_summary(report: AnnotationImportReport) -> str:
    text = translate(
        "AnnotationIO",
        "Imported {added} annotations ({orphaned} not found in the current text), {duplicates} already here, "
        "{tags} document tags added",
    ).format(added=report.added, orphaned=report.orphaned, duplicates=report.duplicates, tags=report.document_tags)
    if report.skipped:
        text += translate("AnnotationIO", "; {count} not imported").format(count=len(report.skipped))
    return text


def skipped_details(report: AnnotationImportReport, limit: int = 20) -> str:
    lines = [f"{s.path}: {s.reason}" for s in report.skipped[:limit]]
    if len(report.skipped) > limit:
        lines.append(translate("AnnotationIO", "… and {count} more").format(count=len(report.skipped) - limit))
    return "\n".join(lines)


class AnnotationTransfer(QObject):
    """The File menu's Export Annotations…, Import Annotations… and Back Up Annotations Now.

    Exports write what the Annotations tab lists (every annotation unless it is filtered).

    Signals:
        exported(str path): an export was written.
    """

    exported = Signal(str)

    def __init__(self, work: TransferOwner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work

    def choose_export(self) -> None:
        if self.work.library is None:
            return
        items = self.work.tab.model.annotations()
        if not items:
            self.work.hint(self.tr("There are no annotations to export."))
            return
        filters = ";;".join(label for label, _ in export_filters())
        title = counted(len(items), self.tr("Export 1 Annotation"), self.tr("Export {count} Annotations"))
        start = str(Path.home() / "annotations.md")
        path, chosen = QFileDialog.getSaveFileName(self.work.host.window, title, start, filters)
        if path:
            target, fmt = resolve_export_path(path, chosen)
            self.export_to(target, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the annotations the Annotations tab lists (all, unless filtered) to ``path``."""
        if self.work.library is None:
            return
        tab = self.work.tab
        items = tab.model.annotations()
        f = tab.filters()
        # the document tags that go with a W3C export: of the document or tag filtered on, else all
        scope: bool | int | str = f.doc_id if f.doc_id is not None else f.tag if f.tag else not tab.is_filtered()
        self.work.host.runner.run(
            export_task,
            self.work.library,
            items,
            Path(path),
            fmt,
            scope,
            callback=lambda count, err: self._exported(Path(path), count, err),
        )

    def _exported(self, path: Path, count: int | None, error: BaseException | None) -> None:
        if error is not None:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.work.hint(self.tr("Cannot write {path}: {error}").format(path=path, error=reason))
            return
        template = (
            self.tr("Exported 1 annotation to {path}")
            if count == 1
            else self.tr("Exported {count} annotations to {path}")
        )
        self.work.host.window.statusBar().showMessage(template.format(count=f"{count:,}", path=path), 10_000)
        self.exported.emit(str(path))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.work.host.window,
            self.tr("Import Annotations"),
            str(Path.home()),
            self.tr("W3C Web Annotation JSON (*.json *.jsonld);;All files (*)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        """Import a W3C JSON file (queued after the edits; not undoable, duplicates are skipped)."""
        if not self.work.controller.run(import_job(str(path))):
            self.work.hint(self.tr("No library is open."))
            return False
        self.work.hint(self.tr("Importing annotations…"))
        return True

    def backup(self) -> bool:
        if not self.work.controller.run(backup_job):
            self.work.hint(self.tr("No library is open."))
            return False
        return True
