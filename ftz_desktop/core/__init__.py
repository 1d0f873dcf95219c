"""Pure-Python text, import, segmentation and query code: no Qt, no SQL."""
