"""Annotating in the window: commands and undo, the panel, the Annotations tab, tags, export/import."""
