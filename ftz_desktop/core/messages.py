"""Words the core shows to people (query errors, warnings, how a query was read): English templates
with named fields, registered here so the interface can translate them (ui/search/query_text.py).

A function that builds such text takes ``tr``, which maps a template to its translation; the
command line leaves it as it is.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]

#: every template registered with ``msg``, in the order the modules define them
TEMPLATES: list[str] = []


def identity(template: str) -> str:
    return template


def msg(template: str) -> str:
    """Register ``template`` (a str.format string with named fields) and return it."""
    if template not in TEMPLATES:
        TEMPLATES.append(template)
    return template
