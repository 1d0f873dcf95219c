"""The document list, the welcome page and importing in the window."""
