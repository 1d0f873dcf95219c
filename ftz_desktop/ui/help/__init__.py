"""The Help menu's windows: the About box, Keyboard Shortcuts and Search Syntax (offline)."""
