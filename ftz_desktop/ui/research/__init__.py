"""The research workflow in the window: saved searches, collections and their export."""
