"""The outline of a long document: 第X编/章/节/条 in laws and regulations, 一、/（一）/1. headings in
reports; hits per heading, the heading at an offset, and which articles differ between two
versions of a law."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ftz_desktop.core.fold import fold
from ftz_desktop.core.numbers import parse_number
from ftz_desktop.records import Span

_CN_NUM = "零〇○一二两三四五六七八九十百千"


def cn_number(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, '12' → 12 (core/numbers.py); None otherwise."""
    value = parse_number(s.strip().replace("○", "〇"))
    return int(value) if value is not None and value == int(value) and value >= 0 else None


# kinds of heading, outermost first, with the level each has in its scheme
LAW_KINDS = ("part", "chapter", "section", "article")
REPORT_KINDS = ("h1", "h2", "h3")

_LAW_RE = re.compile(rf"^第\s*([{_CN_NUM}\d]{{1,7}})\s*(编|章|节|条)(?=[\s\u3000]|$|[【〔（(])")
_LAW_UNIT = {"编": "part", "章": "chapter", "节": "section", "条": "article"}
_H1_RE = re.compile(rf"^([{_CN_NUM}]{{1,4}})\s*[、，.．]")
_H2_RE = re.compile(rf"^[（(]\s*([{_CN_NUM}]{{1,4}})\s*[)）]")
_H3_RE = re.compile(r"^(\d{1,2})\s*(?:[.．、](?!\d)|[)）])")
_SENTENCE_END_RE = re.compile(r"[。；;！？!?：:]")

MAX_HEADING_CHARS = 40  # a heading's own text (chapters, report headings)
ARTICLE_PREVIEW_CHARS = 14


@dataclass(frozen=True)
class Heading:
    """One entry of an outline.

    ``start``/``end``: the span of its part of the text (to the next heading of the same or a
    higher level); ``depth`` 0 for the outermost level the document has; ``label`` as written
    (第三章, 一、, （二）, 3.), ``title`` the heading's words (an article's first words)."""

    kind: str  # part, chapter, section, article; h1, h2, h3
    number: int
    label: str
    title: str
    start: int
    end: int
    depth: int

    @property
    def text(self) -> str:
        """What the outline shows: label and title."""
        if not self.title:
            return self.label
        joiner = "" if self.label.endswith(("、", ".", "．", "）", ")", "，")) else " "
        return f"{self.label}{joiner}{self.title}"


@dataclass
class _Found:
    kind: str
    number: int
    label: str
    title: str
    start: int


def _heading_title(rest: str) -> str | None:
    """The words of a heading line after its label (None: a body paragraph, not a heading)."""
    rest = rest.strip(" \u3000\t")
    m = _SENTENCE_END_RE.search(rest)
    head = rest if m is None else rest[: m.start()]
    if not head or len(head) > MAX_HEADING_CHARS:
        return None
    return head


def _law_candidates(text: str, paragraphs: Sequence[Span]) -> list[_Found]:
    found: list[_Found] = []
    for s, e in paragraphs:
        p = text[s:e]
        lead = len(p) - len(p.lstrip(" \u3000\t"))
        m = _LAW_RE.match(p, lead) if lead else _LAW_RE.match(p)
        if m is None:
            continue
        number = cn_number(m.group(1))
        if number is None or number == 0:
            continue
        kind = _LAW_UNIT[m.group(2)]
        rest = p[m.end() :].strip(" \u3000\t")
        if kind == "article":
            title = rest[:ARTICLE_PREVIEW_CHARS] + ("…" if len(rest) > ARTICLE_PREVIEW_CHARS else "")
        else:
            if "。" in rest or len(rest) > MAX_HEADING_CHARS:
                continue  # "第二章规定的…。": a sentence, not a heading
            title = rest
        found.append(_Found(kind, number, p[lead : m.end()].replace(" ", "").replace("\u3000", ""), title, s + lead))
    return found


def _keep_in_sequence(found: list[_Found], kinds: Sequence[str], *, through: Sequence[str] = ()) -> list[_Found]:
    """Drop headings out of sequence: each kind counts up by one, and may start again from 1
    under a new parent (一、 → （一）（二） → 二、 → （一）…); the kinds in ``through`` never start
    again (a law numbers its articles through the whole text; one or two lost in extraction are
    allowed for)."""
    kept: list[_Found] = []
    last: dict[str, int] = {}
    fresh = set(kinds)  # kinds that may start from 1 here
    for f in found:
        prev = last.get(f.kind, 0)
        ok = f.number == prev + 1 or (f.kind in fresh and f.number == 1)
        if not ok and f.kind in through and prev < f.number <= prev + 3:
            ok = True
        if not ok:
            continue
        kept.append(f)
        last[f.kind] = f.number
        fresh.discard(f.kind)
        for inner in kinds[kinds.index(f.kind) + 1 :]:
            if inner not in through:
                fresh.add(inner)
    return kept


def _report_candidates(text: str, paragraphs: Sequence[Span]) -> list[_Found]:
    found: list[_Found] = []
    for s, e in paragraphs:
        p = text[s:e]
        for kind, rx in (("h1", _H1_RE), ("h2", _H2_RE), ("h3", _H3_RE)):
            m = rx.match(p)
            if m is None:
                continue
            number = cn_number(m.group(1))
            if number is None or number == 0:
                break
            title = _heading_title(p[m.end() :])
            if title is None:
                break
            found.append(_Found(kind, number, m.group(0).strip(), title, s))
            break
    return found


def outline(text: str, paragraphs: Sequence[Span] | None = None) -> list[Heading]:
    """The headings of ``text`` in order: a law's 编/章/节/条 when it has at least three articles
    or two chapters, else a report's 一、/（一）/1. headings (numbered in sequence under their
    parent; at least two). Empty when the document has no such structure."""
    if paragraphs is None or not paragraphs:
        paragraphs = _split(text)
    law = _keep_in_sequence(_law_candidates(text, paragraphs), LAW_KINDS, through=("article",))
    articles = sum(1 for f in law if f.kind == "article")
    chapters = sum(1 for f in law if f.kind == "chapter")
    if articles >= 3 or chapters >= 2:
        return _finish(law, LAW_KINDS, len(text))
    report = _keep_in_sequence(_report_candidates(text, paragraphs), REPORT_KINDS)
    if len(report) >= 2:
        return _finish(report, REPORT_KINDS, len(text))
    return []


def _split(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _finish(found: list[_Found], kinds: Sequence[str], length: int) -> list[Heading]:
    present = [k for k in kinds if any(f.kind == k for f in found)]
    depth = {k: i for i, k in enumerate(present)}
    rank = {k: i for i, k in enumerate(kinds)}
    out: list[Heading] = []
    for i, f in enumerate(found):
        end = length
        for g in found[i + 1 :]:
            if rank[g.kind] <= rank[f.kind]:
                end = g.start
                break
        out.append(Heading(f.kind, f.number, f.label, f.title, f.start, end, depth[f.kind]))
    return out


def heading_at(headings: Sequence[Heading], offset: int) -> int:
    """The index of the innermost heading whose part contains ``offset`` (-1: before the first)."""
    starts = [h.start for h in headings]
    i = bisect.bisect_right(starts, offset) - 1
    while i >= 0 and not headings[i].start <= offset < max(headings[i].end, headings[i].start + 1):
        i -= 1
    return i


def hits_per_heading(headings: Sequence[Heading], hits: Sequence[Span]) -> list[int]:
    """How many of ``hits`` fall in each heading's part (a chapter counts those of its articles)."""
    starts = sorted(s for s, _ in hits)
    return [bisect.bisect_left(starts, h.end) - bisect.bisect_left(starts, h.start) for h in headings]


def articles(text: str, headings: Sequence[Heading]) -> dict[int, str]:
    """Article number → its text (第N条 to the next heading), for comparing versions of a law."""
    out: dict[int, str] = {}
    starts = [h.start for h in headings]
    for i, h in enumerate(headings):
        if h.kind != "article" or h.number in out:
            continue
        end = h.end
        if i + 1 < len(headings):
            end = min(end, starts[i + 1])
        out[h.number] = text[h.start : end]
    return out


_SPACE_RE = re.compile(r"\s+")


def differing_articles(
    text_a: str, outline_a: Sequence[Heading], text_b: str, outline_b: Sequence[Heading]
) -> set[int]:
    """The article numbers whose text differs between two versions, or that only one version has
    (whitespace, letter case and full / half width ignored: （一） = (一))."""
    a, b = articles(text_a, outline_a), articles(text_b, outline_b)

    def norm(s: str) -> str:
        return fold(_SPACE_RE.sub("", s))

    return {n for n in a.keys() | b.keys() if norm(a.get(n, "")) != norm(b.get(n, ""))}


__all__ = [
    "Heading",
    "articles",
    "cn_number",
    "differing_articles",
    "heading_at",
    "hits_per_heading",
    "outline",
]
