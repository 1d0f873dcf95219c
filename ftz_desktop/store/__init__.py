"""The SQLite library: schema, migrations and queries through sqlite-utils; no Qt."""
