"""Paragraphs and stories of a canonical text: where one news story of a bulletin ends and the next
begins, so that extraction reads a figure only with the zones of its own story.

A news bulletin (国内联播快讯 and the like) is a run of stories, each a short headline line (no
sentence punctuation) followed by its body. A single story, a report or a law is one story, even
when it has section headings (第一章 总则, 一、…): those are headings, not headlines. Pure Python.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Story", "heading_level", "is_bulletin", "paragraphs", "stories"]

Span = tuple[int, int]

# Sentence punctuation: a line holding one is a body line, not a headline.
_BODY_PUNCT_RE = re.compile("[。！？；!?;]")
# Section markers: 第一章, 第三条, 一、, （一）, 1. — headings of a law or report, not headlines.
_MARKER_RE = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇0-9]+[章节条部分编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])"
)
_NOT_HEADLINE_RE = re.compile(
    r"^\s*(?:https?://|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|央视网消息|来源|编辑|记者)"
)
_BULLETIN_TITLE_RE = re.compile("快讯|简讯|速览|要闻")
# The levels of a report's section markers, outermost first: 第一编/第一章, 第一节, 一、, （一）, 1., （1）.
_LEVELS = (
    (1, re.compile(r"第[一二三四五六七八九十百零〇0-9]+[编章]|第[一二三四五六七八九十]+部分")),
    (2, re.compile(r"第[一二三四五六七八九十百零〇0-9]+节")),
    (3, re.compile(r"[一二三四五六七八九十]+[、．.]")),
    (4, re.compile(r"[（(][一二三四五六七八九十]+[)）]")),
    (5, re.compile(r"[0-9]{1,2}[.、．](?![0-9])")),
    (6, re.compile(r"[（(][0-9]{1,2}[)）]")),
)
_MAX_SECTION_HEADING = 60
_CJK_RE = re.compile("[\u4e00-\u9fff]")
_MAX_HEADLINE = 45


class Story(NamedTuple):
    """One story: its span in the text and the span of its headline line (empty if none)."""

    start: int
    end: int
    headline: Span


def paragraphs(text: str) -> list[Span]:
    """The spans of the non-empty lines of ``text``, in order."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_headline(line: str, following: str | None) -> bool:
    s = line.strip()
    if not 4 <= len(s) <= _MAX_HEADLINE or following is None:
        return False
    if _BODY_PUNCT_RE.search(s) or s[-1] in "：:，,、" or _MARKER_RE.match(s) or _NOT_HEADLINE_RE.match(s):
        return False
    body = following.strip()
    return len(body) > len(s) and _BODY_PUNCT_RE.search(body) is not None


def heading_level(line: str, following: str | None) -> int | None:
    """The level of a report's section heading (1 for 第一章, 3 for 一、, 4 for （一）, 5 for 1.; 0
    for an unmarked headline line), or None for a body line. A marked heading may run on into its
    paragraph's body (一、概况。…): its words up to the first sentence end are the heading."""
    s = line.strip()
    if len(_CJK_RE.findall(s)) < 2:
        return None  # a page number (- 3 -), a date line: no heading
    for level, marker in _LEVELS:
        if marker.match(s):
            head = _BODY_PUNCT_RE.split(s, maxsplit=1)[0]
            return level if len(head) <= _MAX_SECTION_HEADING else None
    return 0 if _is_headline(line, following) else None


def stories(text: str) -> list[Story]:
    """The stories of ``text`` in order; one story spanning the whole text when it has no
    headlines after its first line (a single story, a report, a law)."""
    paras = paragraphs(text)
    if not paras:
        return [Story(0, len(text), (0, 0))]
    lines = [text[s:e] for s, e in paras]
    heads = [i for i in range(len(paras)) if _is_headline(lines[i], lines[i + 1] if i + 1 < len(paras) else None)]
    heads = [i for i in heads if i > 0]
    if not heads:
        first = paras[0] if _is_headline(lines[0], lines[1] if len(lines) > 1 else None) else (0, 0)
        return [Story(0, len(text), first)]
    out: list[Story] = []
    starts = [0, *heads]
    for k, i in enumerate(starts):
        s = paras[i][0] if i else 0
        e = paras[starts[k + 1]][0] if k + 1 < len(starts) else len(text)
        headline = (
            paras[i] if i else (paras[0] if _is_headline(lines[0], lines[1] if len(lines) > 1 else None) else (0, 0))
        )
        out.append(Story(s, e, headline))
    return out


def is_bulletin(text: str, found: list[Story] | None = None) -> bool:
    """A run of unrelated short stories: a bulletin title (快讯…) or four stories or more."""
    parts = stories(text) if found is None else found
    first = text[: text.find("\n")] if "\n" in text else text
    return len(parts) >= 4 or (len(parts) >= 2 and _BULLETIN_TITLE_RE.search(first) is not None)
