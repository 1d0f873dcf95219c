"""Help: the About box, Keyboard Shortcuts read from the menus, Search Syntax in both languages."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ftz_desktop import __version__, paths
from ftz_desktop.ui.help import pages
from ftz_desktop.ui.help.about import AboutDialog


def test_about_box_names_versions_and_paths(make_window, qtbot, library_path):
    window = make_window()
    dialog = AboutDialog(window.library_path, window)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert f"FTZ Desktop {__version__}" in text and "Python 3." in text and "Qt 6." in text
    assert str(library_path) in text and str(paths.data_dir()) in text
    assert str(paths.log_dir()) in text
    dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == text


def test_shortcuts_page_lists_the_menu_commands_with_their_keys(make_window, qtbot):
    window = make_window()
    rows = pages.shortcut_rows(window.menuBar())
    commands = {command: keys for _menu, command, keys in rows}
    native = QKeySequence(QKeySequence.StandardKey.FindNext).toString(QKeySequence.SequenceFormat.NativeText)
    assert native and native in commands["Next Hit"]
    assert "Ctrl+K" in commands["Search"]
    assert all("&" not in menu and "&" not in command for menu, command, _keys in rows)
    assert pages._plain("文件(&F)") == "文件" and pages._plain("Import &Folder…") == "Import Folder"
    page = pages.show_shortcuts(window, window.menuBar())
    qtbot.addWidget(page)
    assert "Next Hit" in page.browser.toPlainText() and "Keyboard Shortcuts" in page.browser.toPlainText()
    assert pages.show_shortcuts(window, window.menuBar()) is page  # one window, raised again


def test_no_two_window_commands_share_a_key(make_window):
    window = make_window()
    seen: dict[str, str] = {}
    clashes = []
    for action in window.actions():
        for seq in action.shortcuts():
            key = seq.toString()
            if key in seen and seen[key] != action.text():
                clashes.append((key, seen[key], action.text()))
            seen[key] = action.text()
    assert clashes == []


def test_search_syntax_in_chinese_and_english(qapp, make_window, qtbot):
    assert "检索语法" in pages.page_html(pages.SEARCH_SYNTAX, "zh_CN")
    english = pages.page_html(pages.SEARCH_SYNTAX, "en")
    assert "Search syntax" in english and "date:2023-01..2024-06" in english
    assert pages.page_html(pages.SEARCH_SYNTAX, "fr") == english  # no page: English
    window = make_window()
    qapp.setProperty("uiLanguage", "zh_CN")
    try:
        page = pages.show_search_syntax(window)
        qtbot.addWidget(page)
        assert "同时包含两个词" in page.browser.toPlainText()
    finally:
        qapp.setProperty("uiLanguage", "en")
