"""Reading documents: the reader tabs, the reader view, its highlights and the floating bar."""
