"""The search panel: the box, the results list and the notes a query matches."""
