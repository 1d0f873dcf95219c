"""Orchestration shared by the command line and the GUI: import, search, show."""
