"""Tag names: normalising what the user typed, and nesting by '/' ('政策/金融' is under '政策')."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["MAX_TAG_CHARS", "is_under", "normalize_tag", "normalize_tags", "renamed", "tag_key"]

MAX_TAG_CHARS = 200
_SPACES = re.compile(r"\s+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def tag_key(name: str) -> str:
    """What makes two tag names the same tag: ASCII case ignored (as SQLite's NOCASE does)."""
    return name.translate(_ASCII_LOWER)


def normalize_tag(name: str) -> str:
    """The stored form of a tag: NFKC (full-width ＲＣＥＰ → RCEP, ／ → /), single spaces,
    no blank parts around '/'. Returns '' for a name with nothing in it."""
    name = unicodedata.normalize("NFKC", name)
    parts = [_SPACES.sub(" ", p).strip() for p in name.split("/")]
    return "/".join(p for p in parts if p)[:MAX_TAG_CHARS]


def normalize_tags(names: Iterable[str]) -> tuple[str, ...]:
    """Normalised, without blanks or repeats (ASCII case ignored), in the order given."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        t = normalize_tag(n)
        if t and tag_key(t) not in seen:
            seen.add(tag_key(t))
            out.append(t)
    return tuple(out)


def is_under(name: str, ancestor: str) -> bool:
    """True for ``ancestor`` itself and every tag nested below it (ASCII case ignored)."""
    n, a = tag_key(name), tag_key(ancestor)
    return n == a or n.startswith(a + "/")


def renamed(name: str, old: str, new: str) -> str:
    """``name`` after renaming ``old`` (and everything under it) to ``new``."""
    if tag_key(name) == tag_key(old):
        return new
    return new + name[len(old) :]
