"""The entity sidebar: zones, areas, organisations, people, policies and places."""
