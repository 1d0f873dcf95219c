"""Numbers as users read them: sizes, document and hit counts (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def human_size(size: int) -> str:
    """1234567 → '1.2 MB' (binary units, one decimal)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def format_total(n: int) -> str:
    """'1,234 documents' (translated: '共 1,234 篇')."""
    if n == 1:
        return QCoreApplication.translate("SearchPanel", "1 document")
    return QCoreApplication.translate("SearchPanel", "{count} documents").format(count=f"{n:,}")


def format_copies(n: int) -> str:
    """'3 copies' (a document and its near-duplicates; translated: '3 份副本')."""
    return QCoreApplication.translate("SearchPanel", "{count} copies").format(count=f"{n:,}")


def counted(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``{count}`` filled in ('1 annotation', '3 annotations'):
    callers pass both through tr(), Chinese needs no plural."""
    return one if n == 1 else many.format(count=f"{n:,}")


def format_hits(n: int) -> str:
    """'1 hit' / '12 hits' (translated: '12 处')."""
    if n == 1:
        return QCoreApplication.translate("SearchPanel", "1 hit")
    return QCoreApplication.translate("SearchPanel", "{count} hits").format(count=f"{n:,}")
