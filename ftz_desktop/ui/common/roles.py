"""Item data roles shared by the models of several features (a document's id and path)."""

from PySide6.QtCore import Qt

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 4
