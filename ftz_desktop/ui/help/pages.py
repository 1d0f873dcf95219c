"""Help pages shown in the application, offline: Keyboard Shortcuts (read from the window's own
menus, so they are the keys of this platform) and Search Syntax (a page per language in
``resources/help``)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from ftz_desktop import package_data

SEARCH_SYNTAX = "search-syntax"
LANGUAGES = ("zh_CN", "en")


def ui_language() -> str:
    """The language of the interface: the one whose translation is installed ('en' without)."""
    app = QCoreApplication.instance()
    name = str(app.property("uiLanguage") or "") if app is not None else ""
    return next((lang for lang in LANGUAGES if name.startswith(lang[:2])), "en")


def page_html(name: str, language: str | None = None) -> str:
    """A help page of ``resources/help`` in the interface language (English if it has none)."""
    language = language or ui_language()
    try:
        return package_data.read_resource("help", f"{name}.{language}.html")
    except FileNotFoundError:
        return package_data.read_resource("help", f"{name}.en.html")


#: keys of special keyboards (Open, Undo, Zoom In…) that Qt's standard keys include: not listed
_MEDIA_KEYS = {
    Qt.Key.Key_Open,
    Qt.Key.Key_Close,
    Qt.Key.Key_Undo,
    Qt.Key.Key_Redo,
    Qt.Key.Key_Find,
    Qt.Key.Key_Forward,
    Qt.Key.Key_Back,
    Qt.Key.Key_ZoomIn,
    Qt.Key.Key_ZoomOut,
    Qt.Key.Key_Help,
    Qt.Key.Key_Copy,
    Qt.Key.Key_Save,
}
MAX_KEYS = 2  # per command


def _plain(text: str) -> str:
    """A menu text without its mnemonic ('&File', '文件(&F)') and trailing dots."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _keys_text(sequences: list[QKeySequence]) -> str:
    shown = [s for s in sequences if not s.isEmpty() and s[0].key() not in _MEDIA_KEYS][:MAX_KEYS]  # type: ignore[index]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shown)


def shortcut_rows(menubar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has keys, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {_plain(action.text())}")
            elif not action.isSeparator() and _keys_text(action.shortcuts()):
                rows.append((path, _plain(action.text()), _keys_text(action.shortcuts())))

    for top in menubar.actions():
        if isinstance(top.menu(), QMenu):
            walk(top.menu(), _plain(top.text()))  # type: ignore[arg-type]
    return rows


def _other_keys() -> list[tuple[str, str]]:
    """Keys that are no menu command."""
    return [
        (
            QCoreApplication.translate("HelpPages", "Enter, double-click"),
            QCoreApplication.translate("HelpPages", "open the selected search result or document"),
        ),
        (
            QCoreApplication.translate("HelpPages", "Up, Down"),
            QCoreApplication.translate("HelpPages", "from the search box into the results and back"),
        ),
        (
            QCoreApplication.translate("HelpPages", "Middle-click on a tab"),
            QCoreApplication.translate("HelpPages", "close the reader tab"),
        ),
        (
            QCoreApplication.translate("HelpPages", "Esc"),
            QCoreApplication.translate("HelpPages", "close the find bar or the annotation bar"),
        ),
        (
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText),
            QCoreApplication.translate("HelpPages", "finish a note or the tags being edited"),
        ),
    ]


def shortcuts_html(menubar: QMenuBar) -> str:
    title = QCoreApplication.translate("HelpPages", "Keyboard Shortcuts")
    menu = QCoreApplication.translate("HelpPages", "Menu")
    command = QCoreApplication.translate("HelpPages", "Command")
    keys = QCoreApplication.translate("HelpPages", "Keys")
    other = QCoreApplication.translate("HelpPages", "Other keys")
    table = '<table cellspacing="0" cellpadding="4" border="1" width="100%">'
    out = [f"<h2>{escape(title)}</h2>", table]
    out.append(
        f'<tr><th align="left">{escape(menu)}</th><th align="left">{escape(command)}</th>'
        f'<th align="left">{escape(keys)}</th></tr>'
    )
    for where, what, sequence in shortcut_rows(menubar):
        out.append(f"<tr><td>{escape(where)}</td><td>{escape(what)}</td><td><b>{escape(sequence)}</b></td></tr>")
    out += ["</table>", f"<h3>{escape(other)}</h3>", table]
    for sequence, what in _other_keys():
        out.append(f"<tr><td><b>{escape(sequence)}</b></td><td>{escape(what)}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


class HelpPage(QDialog):
    """A help page in its own window (not modal: it stays open beside the work)."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing is ever fetched
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:
        return QSize(760, 620)


def show_page(owner: QWidget, key: str, title: str, html: str) -> HelpPage:
    """Show (or raise) the owner's page ``key``, filled anew."""
    page = owner.findChild(HelpPage, key)
    if not isinstance(page, HelpPage):
        page = HelpPage(title, html, owner)
        page.setObjectName(key)
    else:
        page.browser.setHtml(html)
    page.show()
    page.raise_()
    page.activateWindow()
    return page


def show_shortcuts(window: QWidget, menubar: QMenuBar) -> HelpPage:
    title = QCoreApplication.translate("HelpPages", "Keyboard Shortcuts")
    return show_page(window, "helpShortcuts", title, shortcuts_html(menubar))


def show_search_syntax(window: QWidget) -> HelpPage:
    title = QCoreApplication.translate("HelpPages", "Search Syntax")
    return show_page(window, "helpSearchSyntax", title, page_html(SEARCH_SYNTAX))
