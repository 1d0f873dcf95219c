"""Document metadata found in text and in metadata fields: publication date, title and source
(issuer / publisher), with validation of dates and clean-up of website title suffixes."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ftz_desktop.core.text import (
    DATE_LEAD_RE,
    LABEL_RE,
    MARKER_RE,
    is_date_line,
)

MIN_YEAR = 1949
MAX_YEAR = 2100

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")
_CN_DIGIT_VALUE = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "O": 0,
    "Ｏ": 0,
    "o": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# a date starting exactly here (candidates are found by _YEAR_CAND_RE, which is much faster to
# scan with than this alternation)
_DATE_RE = re.compile(
    r"(?P<y1>\d{4})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号](?!\d)"
    r"|(?P<y2>\d{4})\s*(?P<sep>[-/.])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2})(?!\d)"
    r"|(?P<y3>[〇○零OＯ一二三四五六七八九]{4})\s*年\s*(?P<m3>[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?P<d3>[一二三四五六七八九十]{1,3})\s*[日号]"
    r"|(?P<y4>\d{4})\s*年\s*(?P<m4>\d{1,2})\s*月(?!\s*\d)"
)
_YEAR_CAND_RE = re.compile("[0-9〇○零OＯ一二三四五六七八九]{4}")
_FULLWIDTH_RE = re.compile("[０-９]")


def _dates_in(line: str) -> Iterator[re.Match[str]]:
    """Every date in the line (not preceded by another digit)."""
    for c in _YEAR_CAND_RE.finditer(line):
        p = c.start()
        if p and line[p - 1].isdigit():
            continue
        m = _DATE_RE.match(line, p)
        if m is not None:
            yield m


_DATE_LABEL_RE = re.compile(
    r"(?:日\s*期|时\s*间|发布|发文|成文|印发|更新|发表|出版|刊发|published|pubdate|date|posted)"
    r"[^\d\n]{0,6}$",
    re.I,
)
_CLAUSE_RE = re.compile("[，,。；;]")


def _cn_number(s: str) -> int | None:
    """一 -> 1, 十 -> 10, 十五 -> 15, 二十 -> 20, 三十一 -> 31."""
    if "十" in s:
        left, _, right = s.partition("十")
        if "十" in right or len(left) > 1 or len(right) > 1:
            return None
        tens = _CN_DIGIT_VALUE.get(left, -1) if left else 1
        ones = _CN_DIGIT_VALUE.get(right, -1) if right else 0
        if tens < 1 or ones < 0:
            return None
        return tens * 10 + ones
    if len(s) != 1:
        return None
    return _CN_DIGIT_VALUE.get(s)


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """'YYYY-MM-DD' / 'YYYY-MM' / 'YYYY' if the parts make a valid date in 1949..2100, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _match_to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y1"]:
        return iso_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    if g["y2"]:
        return iso_date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    if g["y3"]:
        year = 0
        for ch in g["y3"]:
            year = year * 10 + _CN_DIGIT_VALUE[ch]
        month = _cn_number(g["m3"])
        day = _cn_number(g["d3"])
        if month is None or day is None:
            return None
        return iso_date(year, month, day)
    if g["y4"]:
        return iso_date(int(g["y4"]), int(g["m4"]))
    return None  # pragma: no cover


_PROMULGATED_RE = re.compile("通过|公布|发布|施行|修正|修订|印发|批准")


def _header_like(line: str, m: re.Match[str]) -> bool:
    """A date in a dateline / byline / promulgation line rather than inside a sentence."""
    if _CLAUSE_RE.search(line) is None:
        return True
    if m.start() == 1 and line[0] in "（(" and _PROMULGATED_RE.search(line):
        return True  # "（2001年2月6日某会议通过，根据…修正）"
    rest = (line[: m.start()] + line[m.end() :]).strip(" \t　()（）[]【】")
    return len(rest) <= 8


def find_date(text: str) -> str | None:
    """The document's date from its first ~15 lines / 600 characters, as ISO 'YYYY-MM-DD'.

    Understands 2024年10月15日, 2024 年 10 月 15 日, 2024-06-27, 2024/6/27, 2024.06.27,
    二〇二四年十月十五日 and full-width digits. A labelled date (日期:, 发布时间：…) wins; else the
    first date on a dateline-like line (a date alone, "2023-05-06 《某某新闻》", a promulgation
    line "（2001年2月6日…会议通过，…）"); dates inside body sentences are not taken for the document's date. Only when no full
    date is found is a year-month line ('2024年10月' -> '2024-10') used. Dates are validated
    (month 1-12, day valid for the month, year 1949..2100).
    """
    try:
        head = text[:600]
        if _FULLWIDTH_RE.search(head):
            head = head.translate(_FULLWIDTH_DIGITS)
        full: str | None = None
        partial: str | None = None
        count = 0
        for raw in head.split("\n"):
            line = raw.strip()
            if not line:
                continue
            count += 1
            if count > 15:
                break
            for m in _dates_in(line):
                iso = _match_to_iso(m)
                if iso is None:
                    continue
                if _DATE_LABEL_RE.search(line[: m.start()]) and len(iso) == 10:
                    return iso
                if not _header_like(line, m):
                    continue
                if len(iso) == 10:
                    full = full or iso
                else:
                    partial = partial or iso
        return full or partial
    except Exception:  # noqa: BLE001 - never fail an import on a date
        return None


_ISO_RE = re.compile(r"\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?")
_PDF_DATE_RE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def parse_date(value: object) -> str | None:
    """A date from a metadata value (front matter, HTML meta, PDF/DOCX properties): date or
    datetime objects, '2022-02-20 17:27:39 +0800', '2024-06-27T10:00:00Z', '2024/6/27', '2024年6月27日',
    'D:20240627…' (PDF), '2024-06', '2024'. Returns ISO 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY')."""
    try:
        if isinstance(value, _dt.datetime | _dt.date):
            return iso_date(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            return iso_date(value)
        if not isinstance(value, str):
            return None
        s = value.strip().translate(_FULLWIDTH_DIGITS)
        if not s:
            return None
        m = _PDF_DATE_RE.match(s)
        if m:
            y, mo, d = m.groups()
            return iso_date(int(y), int(mo) if mo else None, int(d) if d and mo else None)
        m = next(_dates_in(s[:80]), None)
        if m:
            iso = _match_to_iso(m)
            if iso:
                return iso
        m = _ISO_RE.match(s)
        if m and (m.end() == len(s) or not s[m.end()].isdigit()):
            y, mo, d = m.groups()
            return iso_date(int(y), int(mo) if mo else None, int(d) if d and mo else None)
    except Exception:  # noqa: BLE001
        return None
    return None


# ---------------------------------------------------------------------------------------------
# title
# ---------------------------------------------------------------------------------------------

_ISSUE_RE = re.compile(
    r"(?:\d{4}\s*年\s*)?(?:总\s*)?第\s*[\d一二三四五六七八九十百零〇]+\s*期"
    r"(?:\s*[（(]\s*总\s*第\s*\d+\s*期\s*[)）])?$"
)
_SKIP_TITLE_RE = re.compile(
    r"(?:编者按|按语|导语|摘要|目录|内部资料|注意保存|扫一扫|分享到|打印本页|关闭窗口|返回顶部|当前位置|首页\s*[>›»])"
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+$", re.I)
_SITE_SEP_RE = re.compile(r"(?:\s+[-–—|_·]\s+|\s*[|｜_]\s*)(?P<site>[^-–—|｜_]{1,30})$")
_SITE_WORD_RE = re.compile(
    r"(?:网|网站|门户|官网|政府|人大|政协|日报|晚报|时报|商报|报社|新闻|频道|客户端|在线|平台|中心|"
    r"\.com|\.cn|\.net|\.org|\.gov|委员会|办公室|办公厅|部|局|厅|署|站)$",
    re.I,
)
_JUNK_TITLE_RE = re.compile(
    r"^(?:untitled|无标题|新建\s*microsoft\s*word\s*文档|文档\s*\d*|document\s*\d*|microsoft\s*word.*|"
    r"slide\s*\d*|幻灯片\s*\d*|title|标题|pdf|temp|tmp|\W*|\d+)$|\.(?:docx?|wps|pdf|txt|rtf|html?)$",
    re.I,
)


def strip_site_suffix(title: str, *, any_site: bool = False) -> str:
    """Drop a trailing website name: "标题 - 某市人大网", "标题_某某政府网", "标题｜某某客户端".

    Without ``any_site`` (titles found in the text) the suffix must look like a site or an
    organisation; with it (an HTML <title>) any short last segment is dropped."""
    t = title.strip()
    for _ in range(3):
        m = _SITE_SEP_RE.search(t)
        if m is None:
            break
        head = t[: m.start()].strip()
        site = m.group("site").strip()
        if len(head) < 4 or not site:
            break
        if not any_site and not _SITE_WORD_RE.search(site):
            break
        t = head
        if not any_site:
            break
    return t


def clean_title(title: str | None) -> str | None:
    """Whitespace collapsed; None for empty or junk titles ("untitled", "文档1.docx",
    "Microsoft Word - …")."""
    if title is None:
        return None
    t = " ".join(str(title).split())
    if t.lower().startswith("microsoft word - "):
        t = t[len("microsoft word - ") :].strip()
        t = re.sub(r"\.(?:docx?|wps|rtf)$", "", t, flags=re.I)
    if not t or _JUNK_TITLE_RE.search(t):
        return None
    return t


def _dateline(p: str) -> bool:
    """A date line that is not a headline starting with a date ("2025年1月1日起…" is a headline)."""
    if not is_date_line(p):
        return False
    m = DATE_LEAD_RE.match(p)
    rest = p[m.end() :] if m else ""
    return not rest or rest[0].isspace() or rest[0] in "《（(【[<" or len(rest) <= 4


def _skip_for_title(p: str) -> bool:
    return (
        _dateline(p)
        or (len(p) <= 60 and LABEL_RE.match(p) is not None and "，" not in p and "。" not in p)
        or _ISSUE_RE.match(p) is not None
        or _SKIP_TITLE_RE.match(p) is not None
        or _URL_RE.match(p) is not None
        or not any(ch.isalnum() for ch in p)
    )


def _is_body(p: str) -> bool:
    if len(p) > 120:
        return True
    return "。" in p or p.endswith(("；", ";", "，", ","))


def find_title(paragraphs: Sequence[str]) -> str | None:
    """The first heading-like paragraph near the top: not a date line, label (主办：…), 编者按,
    bare issue number (第 12 期), URL; stops at the first body paragraph or numbered section.
    A following "——subtitle" is appended, a following issue number is appended after a space
    ("片区动态 第 12 期"), and a website suffix (" - 站点名", "_站点名", "｜站点名") is removed."""
    n = min(len(paragraphs), 12)
    for i in range(n):
        p = paragraphs[i].strip()
        if not p or _skip_for_title(p):
            continue
        if _is_body(p):
            return None
        if p.startswith("#"):
            p = p.lstrip("#").strip()
            if not p:
                continue
        elif MARKER_RE.match(p):
            return None
        title: str | None = strip_site_suffix(p)
        assert title is not None
        if i + 1 < len(paragraphs):
            nxt = paragraphs[i + 1].strip()
            if nxt.startswith(("——", "—", "--")) and len(nxt) <= 40 and not title.endswith(("——", "—")):
                title += nxt
            elif _ISSUE_RE.match(nxt):
                title = f"{title} {nxt}"
        title = clean_title(title)
        if title:
            return title
    return None


# ---------------------------------------------------------------------------------------------
# source
# ---------------------------------------------------------------------------------------------

_SOURCE_RES = (
    re.compile(r"(?:文章|信息|稿件|新闻|内容)?来\s*源\s*[:：]\s*(?P<v>.+)"),
    re.compile(r"(?:主办单位|主\s*办|发布机构|发布单位|发文机关|发文单位|编印单位|编\s*印)\s*[:：]\s*(?P<v>.+)"),
)
_NEXT_LABEL = (
    r"(?:作者|编辑|责任编辑|责编|时间|日期|发布时间|发布日期|发文日期|更新时间|浏览次数|浏览|点击数|点击|字号|阅读"
    r"|(?:文章|信息|稿件)?来源|记者)"
)
_VALUE_CUT_RE = re.compile(
    rf"\s{{2,}}|\s+(?={_NEXT_LABEL}\s*[:：]?)|(?={_NEXT_LABEL}\s*[:：])"  # "南沙区发改局发布日期：…" runs on
    r"|[|｜【\[]|\s+(?=\d{4}[-/.年])"
)
_PROGRAM_RE = re.compile(r"《(?P<v>[^《》]{1,20})》$")
_PROMULGATION_RE = re.compile(
    r"(?P<org>[^\s，。、]{2,40}?)(?:令?第[\d一二三四五六七八九十百千零〇]+(?:次|号)|(?:发布|公布|通过|批准|印发|颁布)$)"
)
_ORG_END_RE = re.compile(
    r"(?:委员会|常委会|人大|政府|国务院|法院|检察院|部|局|厅|署|办|办公室|办公厅|中心|总局|银行|海关|委|院|会)$"
)
_SESSION_RE = re.compile(r"第[\d一二三四五六七八九十百零〇]+届")


def _clean_source(v: str) -> str | None:
    v = _VALUE_CUT_RE.split(v, maxsplit=1)[0]
    v = v.strip(" \t　()（）[]【】《》“”\"'，。,.：:；;、")
    if not v or len(v) > 40 or not any(ch.isalnum() for ch in v):
        return None
    return v


def _labelled_source(p: str) -> str | None:
    if "源" not in p and "办" not in p and "机" not in p and "单位" not in p and "编印" not in p:
        return None
    for rx in _SOURCE_RES:
        m = rx.search(p)
        if m:
            v = _clean_source(m.group("v"))
            if v:
                return v
    return None


_BYLINE_LABEL_RE = re.compile(
    r"(?P<source>(?:文章|信息|稿件|新闻|内容)?来\s*源)|(?P<date>发布日期|发布时间|发文日期|成文日期|更新时间|发表时间|日\s*期|时\s*间)"
    r"|(?P<author>作\s*者|记\s*者|撰\s*稿)|(?P<other>责任编辑|编\s*辑|责编|浏览次数|浏览|点击数|点击|阅读|字\s*号|访问量)"
)
_BYLINE_RE = re.compile(rf"(?:{_BYLINE_LABEL_RE.pattern})\s*[:：]")
_VALUE_STOP_RE = re.compile(r"[|｜【\[]|\s{2,}|\u3000")


@dataclass(frozen=True)
class Byline:
    """What a line such as "来源：某区发改局 发布日期：2017-10-13 作者：某某" says."""

    source: str | None = None
    date: str | None = None
    author: str | None = None


def split_byline(line: str) -> Byline:
    """Source, date and author of a byline, also when the parts run together
    ("来源：南沙区发改局发布日期：2017-10-13") or the date has no label ("2023-05-06 来源：某网")."""
    marks = list(_BYLINE_RE.finditer(line[:300]))
    if not marks:
        return Byline()
    found: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        value = _VALUE_STOP_RE.split(line[m.end() : end], maxsplit=1)[0]
        value = value.strip(" \t　()（）[]【】《》“”\"'，。,.：:；;、")
        kind = m.lastgroup or "other"
        if value and kind not in found:
            found[kind] = value
    date = parse_date(found["date"]) if "date" in found else None
    if date is None:
        first = next(_dates_in(line), None)
        date = _match_to_iso(first) if first is not None else None
    source = found.get("source")
    if source is not None and (len(source) > 40 or not any(ch.isalnum() for ch in source)):
        source = None
    author = found.get("author")
    if author is not None and len(author) > 30:
        author = None
    return Byline(source, date, author)


def find_byline(paragraphs: Sequence[str], limit: int = 15) -> tuple[int, Byline] | None:
    """The first short paragraph among the first ``limit`` that names a source or an author with
    a label (its index and parts)."""
    for i, p in enumerate(paragraphs[:limit]):
        if len(p) > 120 or "。" in p:
            continue
        b = split_byline(p)
        if b.source or b.author:
            return i, b
    return None


def find_source(paragraphs: Sequence[str]) -> str | None:
    """Issuer / publisher: 来源:xxx, 来源：xxx, （文章来源：xxx）, 主办：xxx, 发布机构：xxx near the
    top (or 来源 near the end), a dateline naming a programme ("2023-05-06 《某某新闻》" ->
    某某新闻), or the body of a law's promulgation line ("2012年4月18日 某市第十四届人民代表大会
    常务委员会第二次会议通过" -> 某市人民代表大会常务委员会)."""
    try:
        head = [p.strip() for p in paragraphs[:15]]
        for p in head:
            if len(p) <= 120:
                v = _labelled_source(p)
                if v:
                    return v
        for p in head[:6]:
            m = DATE_LEAD_RE.match(p)
            if m is None or not _dateline(p):
                continue
            rest = p[m.end() :].strip()
            pm = _PROGRAM_RE.search(rest)
            if pm and len(rest) <= 30:
                return pm.group("v").strip()
            lm = _PROMULGATION_RE.match(rest)
            if lm:
                org = _SESSION_RE.sub("", lm.group("org")).strip()
                if org == "中华人民共和国国务院":
                    org = "国务院"
                if 2 <= len(org) <= 40 and _ORG_END_RE.search(org):
                    return org
            break
        for p in paragraphs[-6:]:
            p = p.strip()
            if len(p) <= 120:
                v = _labelled_source(p)
                if v:
                    return v
    except Exception:  # noqa: BLE001 - never fail an import on metadata
        return None
    return None


# ---------------------------------------------------------------------------------------------
# url
# ---------------------------------------------------------------------------------------------

_URL_VALUE_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”（）()，。；、]+", re.I)
_URL_LABEL_RE = re.compile(
    r"(?:原文链接|原文地址|原文网址|本文链接|本文地址|文章链接|链接地址|来源网址|来源链接|网址|链接|网页地址|"
    r"source\s*url|original\s*url|permalink|url|link)\s*[:：]?\s*[<\[（(]?\s*$",
    re.I,
)
_NOT_A_PAGE_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|svg|ico|css|js|mp4|mp3)(?:[?#]|$)", re.I)


def clean_url(value: object) -> str | None:
    """A web address from a metadata value or a line: 'https://…' (or 'www.…', given 'http://'),
    trailing punctuation removed; None for anything else (a relative link, an image, an e-mail)."""
    if not isinstance(value, str):
        return None
    m = _URL_VALUE_RE.search(value.strip())
    if m is None or m.start() > 0 and value.strip()[: m.start()].strip(" <[（(") != "":
        return None
    url = m.group(0).rstrip(".,;:!?》】>]")
    if url.lower().startswith("www."):
        url = "http://" + url
    host = url.split("//", 1)[1].split("/", 1)[0]
    if "." not in host or _NOT_A_PAGE_RE.search(url):
        return None
    return url


def find_url(paragraphs: Sequence[str]) -> str | None:
    """The web address a saved page names for itself: a labelled line near the top or the end
    (原文链接：…, 网址：…, 本文链接：…, URL: …), or a bare address as one of the first three
    paragraphs. Addresses inside body sentences and of images are not taken."""
    try:
        n = len(paragraphs)
        candidates = list(range(min(n, 15))) + list(range(max(15, n - 8), n))
        for i in candidates:
            p = paragraphs[i].strip()
            if len(p) > 300 or ("http" not in p and "www." not in p):
                continue
            m = _URL_VALUE_RE.search(p)
            if m is None:
                continue
            if _URL_LABEL_RE.search(p[: m.start()]):
                url = clean_url(p[m.start() :])
                if url:
                    return url
            elif i < 3 and m.start() == 0:
                url = clean_url(p)
                if url and len(p) - m.end() <= 2:
                    return url
    except Exception:  # noqa: BLE001 - never fail an import on metadata
        return None
    return None


__all__ = [
    "Byline",
    "clean_title",
    "clean_url",
    "find_byline",
    "find_date",
    "find_source",
    "find_title",
    "find_url",
    "iso_date",
    "parse_date",
    "split_byline",
    "strip_site_suffix",
]
