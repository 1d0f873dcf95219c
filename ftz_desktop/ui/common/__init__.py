"""Pieces every feature of the window uses: workers, settings, fonts, formatting, tables, colours."""
