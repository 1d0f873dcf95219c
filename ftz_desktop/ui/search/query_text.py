"""The core's words in the interface's language: query errors, warnings and how a query was read
(their English templates are registered in core/messages.py and listed here for the translators)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ftz_desktop.errors import UserError

CONTEXT = "Query"

# every template of ``core.messages.TEMPLATES`` (a test keeps the two lists equal), so that
# pyside6-lupdate finds them
CATALOG = (
    QT_TRANSLATE_NOOP("Query", "The query is too long (over {limit} characters)."),
    QT_TRANSLATE_NOOP("Query", "A query needs at least one term to look for, not only exclusions."),
    QT_TRANSLATE_NOOP("Query", "Cannot combine OR with an exclusion: put the -word or NOT word outside the OR."),
    QT_TRANSLATE_NOOP("Query", "Not a date: '{value}'. Use date:2023, date:2023-05 or date:2023-01..2024-06."),
    QT_TRANSLATE_NOOP("Query", "The date range '{value}' ends before it starts."),
    QT_TRANSLATE_NOOP("Query", "The quote is not closed: searched for exactly “{text}”."),
    QT_TRANSLATE_NOOP("Query", "Empty quotes were ignored."),
    QT_TRANSLATE_NOOP("Query", "“{field}:” has nothing after it: searched for the text “{word}”."),
    QT_TRANSLATE_NOOP("Query", "“{field}:” has nothing after it and was ignored."),
    QT_TRANSLATE_NOOP("Query", "A “-” on its own was ignored (write -word to leave a word out)."),
    QT_TRANSLATE_NOOP("Query", "“OR” needs a word on each side: it was ignored."),
    QT_TRANSLATE_NOOP("Query", "“NOT” needs a word after it: it was ignored."),
    QT_TRANSLATE_NOOP(
        "Query",
        "“{field}:” is not a filter: searched for the text “{word}”. Filters: title: date: zone: area: org: person: policy: tag: source: format: in:",
    ),
    QT_TRANSLATE_NOOP("Query", "“{word}” is searched for as a word; write {upper} in capitals for the operator."),
    QT_TRANSLATE_NOOP("Query", "empty query"),
    QT_TRANSLATE_NOOP("Query", "title contains {term}"),
    QT_TRANSLATE_NOOP("Query", "exactly {text}"),
    QT_TRANSLATE_NOOP("Query", "{field} {value}"),
    QT_TRANSLATE_NOOP("Query", "date {day}"),
    QT_TRANSLATE_NOOP("Query", "date {start}..{end}"),
    QT_TRANSLATE_NOOP("Query", "date from {start}"),
    QT_TRANSLATE_NOOP("Query", "date until {end}"),
    QT_TRANSLATE_NOOP("Query", "not {item}"),
    QT_TRANSLATE_NOOP("Query", "any of ({items})"),
    QT_TRANSLATE_NOOP("Query", "all of: {items}"),
    QT_TRANSLATE_NOOP("Query", "No free trade zone is called '{value}'. Try {examples}."),
    QT_TRANSLATE_NOOP("Query", "No free trade zone area is called '{value}'. Try {examples}."),
    QT_TRANSLATE_NOOP("Query", "The filter '{field}:' is not available yet."),
    QT_TRANSLATE_NOOP("Query", "{text} ; also: {forms}"),
    QT_TRANSLATE_NOOP("Query", "title: {text}"),
    QT_TRANSLATE_NOOP("Query", '"{text}" (exact)'),
    QT_TRANSLATE_NOOP("Query", "{label} (unknown)"),
    QT_TRANSLATE_NOOP("Query", "{zone} + {count} areas"),
    QT_TRANSLATE_NOOP("Query", "{label} = {names}"),
    QT_TRANSLATE_NOOP("Query", '{label} (exactly "{value}")'),
    QT_TRANSLATE_NOOP("Query", '{label} (name contains "{value}")'),
    QT_TRANSLATE_NOOP("Query", "The filter '{field}:' cannot be used on notes."),
)


def translate(template: str) -> str:
    """A core template in the interface's language (thread-safe: searches call it in workers)."""
    return QCoreApplication.translate(CONTEXT, template)


def error_text(error: BaseException) -> str:
    """What to show for a query that failed: a user error in the interface's language."""
    if isinstance(error, UserError):
        return error.translated(translate)
    return str(error)
