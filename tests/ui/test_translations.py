"""Chinese throughout: every string of the sources has a Chinese translation (the .ts regenerated
from the sources says so), the .qm is compiled from the .ts, and the window shows no English that
did not go through tr() — checked with a pseudo-translation that wraps every translated string in
〔〕, so any Latin word left outside them was never translated."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from ftz_desktop.core import messages
from ftz_desktop.ui.search import query_text

ROOT = Path(__file__).resolve().parents[2]


def load_translations_script():
    spec = importlib.util.spec_from_file_location("ftz_translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_a_chinese_translation_and_the_qm_is_compiled():
    script = load_translations_script()
    found = script.problems()
    assert found == [], "\n".join(found)


def test_the_check_fails_for_a_string_without_translation(tmp_path, monkeypatch):
    script = load_translations_script()
    package = tmp_path / "ftz_desktop"
    (package / "resources" / "i18n").mkdir(parents=True)
    (package / "view.py").write_text(
        "from PySide6.QtWidgets import QLabel\n\n\nclass Probe(QLabel):\n"
        "    def setup(self):\n        self.setText(self.tr('A sentence nobody translated'))\n",
        encoding="utf-8",
    )
    ts = package / "resources" / "i18n" / "ftz_desktop_zh_CN.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="zh_CN"/>\n')
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "PACKAGE", package)
    monkeypatch.setattr(script, "I18N", package / "resources" / "i18n")
    script.lupdate(ts)
    script.compile_all()
    found = script.problems()
    assert any("A sentence nobody translated" in line for line in found)


def test_every_core_message_is_in_the_catalog_the_translators_see():
    import ftz_desktop.core.expansion
    import ftz_desktop.core.query
    import ftz_desktop.services.annotations  # noqa: F401 - they register their messages

    assert set(messages.TEMPLATES) <= set(query_text.CATALOG)


# --- nothing shown that skipped tr() -------------------------------------------------------------


class Pseudo(QTranslator):
    """Wraps every translated string in 〔〕."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"〔{source}〕" if source else source

    def isEmpty(self) -> bool:
        return False


#: what may stay Latin outside 〔〕: data (paths, file names), keys, units, format and standard names
ALLOWED = re.compile(
    r"(?:[A-Za-z]:)?[\w.\-~]*[/\\][^\s，、]*"  # paths
    r"|[\w\-]+\.(?:sqlite|txt|md|html?|pdf|docx|json|csv|png|log)\b"
    r"|\b(?:Ctrl|Shift|Alt|Meta|Esc|Tab|Del|Delete|Backspace|Return|Enter|PgUp|PgDown|Home|End|Ins|Space)\b"
    r"|\bF\d{1,2}\b|\b[A-Z]\b"
    r"|\b(?:KB|MB|GB|MB/s|TXT|MD|HTML|PDF|DOCX|W3C|JSON|CSV|PNG|SVG|Qt|Python|PySide6|SQLite|URL)\b",
)


def untranslated(text: str) -> str | None:
    """The Latin words of ``text`` that are neither inside 〔〕 nor allowed data (None: none)."""
    depth, outside = 0, []
    for ch in text:
        if ch == "〔":
            depth += 1
        elif ch == "〕":
            depth = max(0, depth - 1)
        elif depth == 0:
            outside.append(ch)
    rest = ALLOWED.sub(" ", "".join(outside))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    return " ".join(words) if words else None


def test_the_walk_finds_english_that_skipped_translation():
    assert untranslated("〔Open〕 /tmp/pytest-1/docs/hainan.txt · Ctrl+Shift+K · 1.2 MB · TXT") is None
    assert untranslated("〔{count} documents〕 · also: 自由贸易港") == "also"
    assert untranslated("Hit 1 of 4") == "Hit of"


def model_texts(model: QAbstractItemModel | None, rows: int = 30) -> Iterator[str]:
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # Qt's list models keep it private: one column
        columns = 1
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            yield str(index.data() or "")


def shown_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    """(where, text) for what the window shows: labels, buttons, fields, tabs, docks, menus, lists."""
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisibleTo(window) and not isinstance(w, QMenu):
            continue
        name = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        elif isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name, w.tabText(i)
        elif isinstance(w, QDockWidget):
            yield name, w.windowTitle()
        elif isinstance(w, QAbstractItemView):
            for text in model_texts(w.model()):
                yield name, text
            hint = getattr(w, "hint", "")
            if isinstance(hint, str):
                yield name, hint
        if w.toolTip():
            yield name + ".toolTip", w.toolTip()
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()  # fills the recent menus
        yield "QMenu", menu.title()
        for action in menu.actions():
            yield "QAction", action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield "QAction.toolTip", action.toolTip()


@pytest.fixture
def pseudo_translated(qapp):
    translator = Pseudo(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_window_shows_nothing_that_skipped_translation(pseudo_translated, make_window, doc_folder, qtbot):
    window = make_window()
    leftovers: dict[str, str] = {}
    seen: set[str] = set()

    def collect(step: str) -> None:
        for where, text in shown_texts(window):
            seen.add(text)
            words = untranslated(text)
            if words:
                leftovers.setdefault(f"{step}: {where}: {text[:80]!r}", words)

    collect("empty library")
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        window.import_paths([doc_folder])
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() > 0, timeout=10_000)
    collect("library")
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query('试验区 "片区')  # with a warning and an interpretation
    for row in range(2):
        with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
            window.open_document(panel.model.hit(row).doc_id, panel.query())
    window.right_side.expand(window.entities_dock)
    for scope in ("document", "results", "library"):
        window.entities_dock.set_scope(scope)
        qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)
        collect(f"entities {scope}")
    window.reader_tabs.current_reader().details_button.click()
    window.reader_tabs.current_reader().show_find_bar()
    collect("search and readers")
    window.annotating.show_tab_action.trigger()
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10_000)
    collect("annotations tab")
    window.show_zones()
    qtbot.waitUntil(lambda: window.zones_page.view is not None and not window.runner.busy(), timeout=10_000)
    collect("zones")
    with qtbot.waitSignal(panel.search_failed, timeout=10_000):
        panel.set_query("date:2023-13")
    collect("query error")
    window.right_side.collapse()
    window.left_side.collapse()
    collect("collapsed docks")
    assert QCoreApplication.translate("Query", "empty query") == "〔empty query〕"
    assert len(seen) > 150  # the walk saw the window
    assert leftovers == {}, "\n".join(f"{k} → {v}" for k, v in leftovers.items())
