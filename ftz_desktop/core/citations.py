"""Citations of documents and passages: GB/T 7714-2015 (顺序编码制 entries and 著者-出版年制), and
exports as RIS and CSL JSON for reference managers (Zotero, EndNote, NoteExpress). Pure functions
of a document's metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ftz_desktop.records import Document

#: the citation styles ``cite`` knows
STYLES = ("gbt7714", "author-date")
#: the export formats ``export`` knows
FORMATS = ("ris", "csl-json")

# what kind of document it is, with its GB/T 7714 type code, RIS type and CSL type
KINDS: dict[str, tuple[str, str, str]] = {
    "news": ("N", "NEWS", "article-newspaper"),
    "law": ("Z", "STAT", "legislation"),
    "standard": ("S", "STAND", "standard"),
    "report": ("R", "RPRT", "report"),
    "web": ("EB", "ELEC", "webpage"),
    "other": ("Z", "GEN", "document"),
}

_STANDARD_RE = re.compile(r"(?:^|[\s《])(?:GB|GB/T|GB/Z|DB\d{2}(?:/T)?|[A-Z]{2}/T)\s*\d+(?:\.\d+)?(?:-\d{4})?")
_LAW_RE = re.compile(
    r"(?:(?<![方做看想说用手打写])法|条例|规定|办法|细则|规则|章程|决定|(?:暂行|试行)?(?:条例|规定|办法))(?:\s*[（(][^（）()]{1,20}[)）])?$"
)
_REPORT_RE = re.compile(
    r"(?:报告|简报|动态|通讯|年报|白皮书|蓝皮书|研究|调研|汇编|快报|专报|信息)(?:\s*第\s*\S+\s*期)?$"
)
_NEWS_SOURCE_RE = re.compile(
    r"新华社|新华网|人民日报|人民网|央视|新闻联播|中新社|中国新闻网|光明网|中国网|澎湃|财新|第一财经|经济观察|"
    r"21世纪经济报道|报社?$|新闻|客户端|电视台|广播|时报|晚报|日报|周刊|头条|观察者",
)
_NEWS_PATH_RE = re.compile(r"(?:^|[/\\])(?:xwlb|news|新闻)[/\\]", re.I)


@dataclass(frozen=True)
class Reference:
    """What a citation is made of: a document's metadata."""

    doc_id: int
    title: str
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    source: str | None  # issuer / publisher / newspaper
    url: str | None
    format: str
    path: str
    accessed: str | None = None  # YYYY-MM-DD: when the copy in the library was taken (imported)

    @property
    def kind(self) -> str:
        return kind_of(self.title, self.source, self.url, self.format, self.path)

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None


def reference_of(doc: Document) -> Reference:
    """The reference of a loaded document (accessed: the day it was imported)."""
    return Reference(
        doc_id=doc.doc_id,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        url=doc.url,
        format=doc.format,
        path=doc.path,
        accessed=doc.imported[:10] or None,
    )


def kind_of(title: str, source: str | None, url: str | None, fmt: str = "", path: str = "") -> str:
    """news, law, standard, report, web or other — from the title, the source and where it came from."""
    t = title.strip()
    if _STANDARD_RE.search(t):
        return "standard"
    if _LAW_RE.search(t) and not t.endswith(("的决定的报告", "的规定的通知")):
        return "law"
    if (source and _NEWS_SOURCE_RE.search(source)) or _NEWS_PATH_RE.search(path):
        return "news"
    if _REPORT_RE.search(t):
        return "report"
    if url or fmt == "html":
        return "web"
    return "other"


def _end(s: str) -> str:
    """``s`` ending in one full stop (none added after ?, ! or a closing bracket of a title)."""
    s = s.strip()
    return s if s.endswith((".", "?", "!", "。", "？", "！")) else s + "."


def _type_code(ref: Reference) -> tuple[str, bool]:
    """The GB/T 7714 type code, and whether the entry cites the online copy (…/OL with a URL)."""
    kind = ref.kind
    code = KINDS[kind][0]
    if not ref.url:
        return ("Z" if code == "EB" else code), False
    if kind in ("law", "other"):
        return "EB/OL", True  # a law or policy read on a government site: an electronic resource
    return f"{code}/OL", True


def gbt7714(ref: Reference, *, number: int | None = None) -> str:
    """One entry of a reference list in GB/T 7714-2015's numbered system (顺序编码制), e.g.

    ``国务院. 中国(海南)自由贸易试验区总体方案[EB/OL]. (2018-10-16)[2024-05-10]. https://….``
    ``某某自贸区建设取得新进展[N]. 人民日报, 2023-05-06.``
    ``某市人民代表大会常务委员会. 某市自由贸易试验区条例[Z]. 2020-06-01.``

    ``number`` puts ``[N] `` before it. The access date is the date the document was imported."""
    parts: list[str] = []
    if ref.source and ref.kind != "news":
        parts.append(_end(ref.source))
    entry = " ".join(parts + _title_and_rest(ref, with_year=True))
    return f"[{number}] {entry}" if number is not None else entry


def _title_and_rest(ref: Reference, *, with_year: bool) -> list[str]:
    """The parts of an entry from its title on: title[code], where and when, the URL.
    ``with_year``: a date that is only a year is given (the author-date style has it already)."""
    code, online = _type_code(ref)
    parts = [f"{ref.title.strip()}[{code}]."]
    if ref.kind == "news":
        tail = ", ".join(x for x in (ref.source, ref.date) if x)
        if online and ref.accessed:
            tail += f"[{ref.accessed}]"
        if tail:
            parts.append(tail + ".")
    elif online:
        dates = (f"({ref.date})" if ref.date else "") + (f"[{ref.accessed}]" if ref.accessed else "")
        if dates:
            parts.append(dates + ".")
    elif ref.date and (with_year or len(ref.date) > 4):
        parts.append(_end(ref.date))
    if online and ref.url:
        parts.append(ref.url)
    return parts


def author_of(ref: Reference) -> str:
    """Who a reference is by, for the author-date style: the source, or 佚名 (GB/T 7714 8.1.3)."""
    return (ref.source or "").strip() or "佚名"


def author_date(ref: Reference) -> str:
    """A reference list entry in GB/T 7714-2015's author-date system (著者-出版年制):
    ``国务院. 2018. 中国(海南)自由贸易试验区总体方案[EB/OL]. (2018-10-16)[2024-05-10]. https://….``"""
    parts = [_end(author_of(ref)), _end(ref.year or "n.d.")]
    return " ".join(parts + _title_and_rest(ref, with_year=False))


def in_text(ref: Reference) -> str:
    """The author-date in-text citation: ``（国务院，2018）``."""
    return f"（{author_of(ref)}，{ref.year or 'n.d.'}）"


def cite(ref: Reference, style: str = "gbt7714", passage: str = "") -> str:
    """A citation to paste: the reference list entry in ``style``; with a ``passage``, the passage
    first (quoted; in the author-date style followed by its in-text citation), then the entry."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r} (known: {', '.join(STYLES)})")
    entry = gbt7714(ref) if style == "gbt7714" else author_date(ref)
    passage = " ".join(passage.split())
    if not passage:
        return entry
    quoted = f"“{passage}”"
    if style == "author-date":
        quoted += in_text(ref)
    return f"{quoted}\n{entry}"


# --- exports ------------------------------------------------------------------------------------


def _date_parts(date: str | None) -> list[int] | None:
    if not date:
        return None
    try:
        return [int(p) for p in date.split("-")[:3]]
    except ValueError:
        return None


def to_csl(ref: Reference) -> dict[str, Any]:
    """One CSL JSON item (the input format of citeproc, Zotero, Pandoc)."""
    kind = ref.kind
    item: dict[str, Any] = {
        "id": f"ftz-{ref.doc_id}",
        "type": KINDS[kind][2],
        "title": ref.title,
        "language": "zh-CN",
    }
    if ref.source:
        if kind == "news":
            item["container-title"] = ref.source
        else:
            item["author"] = [{"literal": ref.source}]
            if kind == "law":
                item["authority"] = ref.source
            elif kind in ("web", "report", "other"):
                item["publisher"] = ref.source
    parts = _date_parts(ref.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if ref.url:
        item["URL"] = ref.url
        accessed = _date_parts(ref.accessed)
        if accessed:
            item["accessed"] = {"date-parts": [accessed]}
    item["note"] = f"FTZ Desktop document {ref.doc_id}: {ref.path}"
    return item


def csl_json(refs: Iterable[Reference]) -> str:
    """A CSL JSON file: an array of items."""
    return json.dumps([to_csl(r) for r in refs], ensure_ascii=False, indent=2) + "\n"


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}"


def _ris_date(date: str) -> str:
    parts = date.split("-")
    return "/".join([*parts, *([""] * (3 - len(parts)))]) + "/"


def to_ris(ref: Reference) -> list[str]:
    """The lines of one RIS record (TY first, ER last)."""
    kind = ref.kind
    lines = [_ris_line("TY", KINDS[kind][1]), _ris_line("TI", ref.title)]
    if ref.source:
        if kind == "news":
            lines.append(_ris_line("T2", ref.source))
        else:
            lines.append(_ris_line("AU", ref.source))
            lines.append(_ris_line("PB", ref.source))
    if ref.date:
        lines.append(_ris_line("PY", ref.date[:4]))
        lines.append(_ris_line("DA", _ris_date(ref.date)))
    if ref.url:
        lines.append(_ris_line("UR", ref.url))
        if ref.accessed:
            lines.append(_ris_line("Y2", _ris_date(ref.accessed)))
    lines.append(_ris_line("LA", "zh-CN"))
    lines.append(_ris_line("ID", f"ftz-{ref.doc_id}"))
    lines.append(_ris_line("N1", f"FTZ Desktop document {ref.doc_id}: {ref.path}"))
    lines.append("ER  - ")
    return lines


def ris(refs: Iterable[Reference]) -> str:
    """An RIS file (records separated by a blank line; CRLF, as the format's readers expect)."""
    records = ["\r\n".join(to_ris(r)) for r in refs]
    return "\r\n\r\n".join(records) + ("\r\n" if records else "")


def export(refs: Sequence[Reference], fmt: str) -> str:
    """``refs`` as ``fmt`` (ris or csl-json)."""
    if fmt == "ris":
        return ris(refs)
    if fmt == "csl-json":
        return csl_json(refs)
    raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")


__all__ = [
    "FORMATS",
    "KINDS",
    "STYLES",
    "Reference",
    "author_date",
    "cite",
    "csl_json",
    "export",
    "gbt7714",
    "in_text",
    "kind_of",
    "reference_of",
    "ris",
    "to_csl",
    "to_ris",
]
