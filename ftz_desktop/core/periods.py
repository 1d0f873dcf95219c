"""Time expressions of Chinese news and reports, read into the periods figures apply to.

``mentions(text, start, end, doc_date)`` finds every time expression in ``text[start:end]``
(2023年, 今年1—11月, 前三季度, 6月13日, 今年1月1日至12月14日, 封关首日, 封关运作首周,
自2015年4月挂牌以来, 挂牌以来, 成立一年以来, 封关以来, 自封关至今年2月底, 2018年至2023年, 五年来,
截至2023年底, 到2025年…) and says what it is: the period itself, the start of a span (since:
its start at the precision written, its end when written), the point of a stock (as of), a
plan's target, or a baseline (比2018年增长: not the period). Periods are written as in the
evaluation sets: 2023, 2023-H1, 2023-Q1, 2023-05, 2023-06-13, 2023-01..2023-07 (months),
2025-01-01..2025-12-14 (days), 2015..2020 (years), 2015-04..2025-05, 2025-12-18..2026-01-02.
A year that names a batch or an edition (2023年第一批, 2022版) or a deadline (2025年底前) is no
period. Relative words resolve against the document's date. Pure Python.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import NamedTuple

from ftz_desktop import package_data, records

__all__ = ["PERIOD_KINDS", "TimeMention", "holiday", "holidays", "mentions", "period_key"]

#: What a figure's period is: a year, half, quarter, month or day; a range of months or days (or
#: years, for average annual growth); a cumulative total since a start; a stock at a point.
PERIOD_KINDS = records.PERIOD_KINDS


class TimeMention(NamedTuple):
    """A time expression at ``start``…``end``.

    ``role``: ``period`` (the time the figure covers), ``since`` (a span's start: ``value`` is the
    start at the precision written — 2015, 2015-04, 2025-12-18 — or None when unknown; the span's
    end in ``until`` when the text writes it), ``asof`` (a stock's point, ``value`` None for
    目前/现有), ``target`` (到2025年), ``baseline`` (比2018年), ``holiday`` (元旦假期: a few days
    the text does not date, ``value`` None).
    """

    start: int
    end: int
    role: str
    value: str | None
    kind: str
    until: str | None = None
    explicit: bool = True  # a span whose start the text writes (自2019年…), not one counted back


_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_N = "[0-9]{1,2}|十[一二]?|[一二两三四五六七八九]"


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        return 10 + (_CN_DIGITS[s[1]] if len(s) > 1 else 0)
    return _CN_DIGITS.get(s, 0)


_SEP = r"\s*[—–\-~～至到]\s*"
_YEAR = r"(?P<y>(?:19|20)[0-9]{2})\s*年"
_REL = r"(?P<rel>今年|去年|上年|前年|明年)"
_TIME_RE = re.compile(
    # (the lookahead keeps the pattern, which may match nothing, from trying every character)
    r"(?=[0-9一二两三四五六七八九十今去上下前明当昨封第底末年首新])"
    rf"(?:{_YEAR}|{_REL})?\s*(?:"
    # spans of days: 1月1日至12月14日, 5月1日—5月5日, 5月1日至5日
    rf"(?P<dm1>{_N})\s*月\s*(?P<dd1>[0-9]{{1,2}})\s*日{_SEP}(?:(?P<dm2>{_N})\s*月\s*)?(?P<dd2>[0-9]{{1,2}})\s*日"
    # a day: 2020年6月13日, 6月13日
    rf"|(?P<m_d>{_N})\s*月\s*(?P<d>[0-9]{{1,2}})\s*日"
    # spans of months: 1—7月, 1至11月, 前7个月, 前两个月, 前三季度
    rf"|(?P<m1>{_N}){_SEP}(?P<m2>{_N})\s*月|前(?P<mn>{_N})\s*个月|前(?P<qn>[一二两三])\s*(?:个)?季度"
    # a half, a quarter, a month
    rf"|(?P<h>上半年|下半年)|第?(?P<q>[一二三四1-4])\s*季度|(?P<m>{_N})\s*月(?:份)?(?P<mend>底|末|初)?"
    # days said in words
    r"|(?P<today>今天|今日|当天|当日)(?!的)|(?P<yesterday>昨天|昨日)|(?P<closing>封关首日|封关当天|封关运作首日)"
    r"|(?P<week>封关(?:运作)?首周)|(?P<newyear>新年)?(?P<week1>第一周|首周)|(?P<firstday>(?<=实施|运行|开通|启用|开放|开业|上线|生效)首日)"
    # a year (its end)
    r"|(?P<yend>底|末|年底|年末)?)"
)
_SINCE_RE = re.compile(
    # 自2015年4月挂牌以来, 2019年8月30日揭牌以来, 自2020年12月以来
    rf"(?:(?:自|从)\s*)?{_YEAR}\s*(?:(?P<sm>{_N})\s*月(?:\s*(?P<sd>[0-9]{{1,2}})\s*日)?)?[^，。；,;至到]{{0,24}}?以来"
    # 挂牌以来, 成立一年以来, 揭牌不到半年, 封关以来, 封关运作以来, 总体方案发布以来, 政策实施以来
    rf"|(?P<what>封关运作|封关|挂牌|揭牌|设立|成立|建设|运行|实施|启动|获批|开通|方案发布|方案印发)\s*"
    rf"(?:(?P<dur>(?:不到|近|仅)?(?:(?P<dn>{_N}|半)\s*(?:个)?多?\s*(?P<du>年|月)))(?:多)?(?:以来|来|时间|间)?|以来)"
    r"|(?<![0-9])(?P<n>[一二两三四五六七八九十]|[0-9]{1,2})\s*年(?:来|间|多来|时间里|时间)|(?P<near>近|过去)(?P<nn>[一二两三四五六七八九十]|[0-9]{1,2})\s*年"
    r"|[“\"]?十四五[”\"]?(?:以来|期间|时期)|(?P<thisyear>今年以来)"
)
# A span of years written with one 年: 2015—2020年, 2015至2020年 (2015年至2020年 is merged below).
_YEAR_SPAN_RE = re.compile(
    r"(?<![0-9])(?P<y1>(?:19|20)[0-9]{2})\s*年?\s*(?:至|到|—|–|-|~|～)\s*(?P<y2>(?:19|20)[0-9]{2})\s*年"
    rf"(?!\s*(?:{_N})\s*月)"
)
# A holiday (元旦假期, 今年春节假期, “五一”假期, 国庆黄金周, 春节期间): its official days that year
# (data/holidays.json); 假期前四天 / 春节假期前6天: its first days.
_HOLIDAY_RE = re.compile(
    # (the lookahead keeps the pattern from trying every character)
    r"(?=[12今去上前明“\"元春五劳清端中国假])"
    rf"(?:(?:{_YEAR}|{_REL})?\s*[“\"]?(?P<name>元旦|春节|五一|劳动节|清明节?|端午节?|中秋国庆|国庆中秋|中秋节?|国庆节?)[”\"]?\s*"
    r"(?P<off>假期|黄金周|小长假|长假|期间)|(?<![\u4e00-\u9fff])(?P<bare>假期)(?=前|首日|第))"
    rf"(?:前(?P<first>{_N})\s*天|(?P<firstday>首日)|第(?P<nth>{_N})\s*天)?"
)
_HOLIDAY_NAME_RE = re.compile(
    '(?P<name>元旦|春节|五一|劳动节|清明节?|端午节?|中秋国庆|国庆中秋|中秋节?|国庆节?)[”"]?\\s*(?:假期|黄金周|小长假|长假|期间)'
)
# A span's start followed by its written end: 自封关至今年2月底, 2018年至2023年 (merged below).
_SPAN_SEP_RE = re.compile(r"\s*(?:至|到|—|–|-|~|～)\s*")
_CLOSING_START_RE = re.compile(r"(?:自|从)?\s*封关(?:运作)?(?=\s*(?:至|到))")
# An opening written as an event: 于2015年4月挂牌成立 (the start of what is counted since).
_OPENED_RE = re.compile(
    rf"{_YEAR}\s*(?:(?P<om>{_N})\s*月)?(?:\s*[0-9]{{1,2}}\s*日)?(?:正式)?(?:挂牌|揭牌|设立|成立|获批)(?!以来)"
)
_ASOF_RE = re.compile(
    r"截至目前|截至当前|"  # (before the dated form, which would take 截至 alone)
    rf"截至\s*(?:{_YEAR}|{_REL}|(?=[0-9一二三四五六七八九十]))?\s*(?:(?P<am>{_N})\s*月(?:\s*(?P<ad>[0-9]{{1,2}})\s*日)?)?(?P<aend>底|末|年底|年末)?"
    r"|目前|现有|如今|至此|当前|眼下"
)
# A year that names a batch, an edition or a deadline, not a period: 2023年第一批, 2022版, 2025年底前.
_NOT_A_PERIOD_AFTER = re.compile(
    r"\s*(?:第[一二三四五六七八九十0-9]+批|首批|版|底前|前(?!三季度|[一二两三四五六七八九十0-9]))"
)
# A plan's target year: 到2025年 opening a clause, 力争到…, 未来三年, “十五五”末 (not 升至2022年).
_TARGET_RE = re.compile(
    rf"(?:(?:(?<=[，,。；;：:\n])|^)(?:到|至)|力争到|力争|预计到|计划到|将于){_YEAR}"
    r"|(?P<future>未来)(?P<fn>[一二两三四五]|[0-9])年|[“\"]?十五五[”\"]?末",
    re.MULTILINE,
)
_BASELINE_BEFORE = (
    "比",
    "较",
    "较之",
    "相比",
    "对比",
    "与",
    "同",
    "高于",
    "低于",
    "是",
)
_BASELINE_AFTER = re.compile(r"\s*(?:相比|同期|的[0-9.一二三四五六七八九十两]+倍|水平|时的|年的)")

#: 封关首日: Hainan's island-wide customs operations began this day.
CLOSING_DAY = "2025-12-18"


def _date(doc_date: str | None) -> dt.date | None:
    if not doc_date or len(doc_date) < 10:
        return None
    try:
        return dt.date.fromisoformat(doc_date[:10])
    except ValueError:
        return None


def _year(m: re.Match[str], doc_year: int | None) -> int | None:
    y = m.group("y")
    if y:
        return int(y)
    rel = m.group("rel")
    if rel and doc_year is not None:
        return doc_year + {"今年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}[rel]
    return doc_year


def _read_time(m: re.Match[str], doc_date: str | None) -> tuple[str | None, str]:
    """(period, kind) of one match of ``_TIME_RE``."""
    day = _date(doc_date)
    doc_year = day.year if day else None
    g = m.group
    if g("today"):
        return (day.isoformat(), "day") if day else (None, "")
    if g("yesterday"):
        return ((day - dt.timedelta(days=1)).isoformat(), "day") if day else (None, "")
    if g("closing"):
        return CLOSING_DAY, "day"
    if g("week"):
        first = dt.date.fromisoformat(CLOSING_DAY)
        return f"{CLOSING_DAY}..{(first + dt.timedelta(days=6)).isoformat()}", "range"
    if g("week1"):  # 2026年第一周, 新年首周: the year's first seven days
        y = _year(m, doc_year) if (g("y") or g("rel") or g("newyear")) else None
        return (f"{y}-01-01..{y}-01-07", "range") if y else (None, "")
    if g("firstday"):
        return None, ""  # 实施首日: the day named before it (read by ``mentions``)
    y = _year(m, doc_year)
    if y is None or not (
        g("y")
        or g("rel")
        or g("dd1")
        or g("d")
        or g("m1")
        or g("mn")
        or g("qn")
        or g("h")
        or g("q")
        or g("m")
        or g("week")
    ):
        return None, ""
    if g("dd1"):
        m1 = _num(g("dm1"))
        m2 = _num(g("dm2")) if g("dm2") else m1
        return (
            f"{y}-{m1:02d}-{int(g('dd1')):02d}..{y}-{m2:02d}-{int(g('dd2')):02d}",
            "range",
        )
    if g("d"):
        return f"{y}-{_num(g('m_d')):02d}-{int(g('d')):02d}", "day"
    if g("m1"):
        return f"{y}-{_num(g('m1')):02d}..{y}-{_num(g('m2')):02d}", "range"
    if g("mn"):
        return f"{y}-01..{y}-{_num(g('mn')):02d}", "range"
    if g("qn"):
        return f"{y}-01..{y}-{3 * _num(g('qn')):02d}", "range"
    if g("h"):
        return f"{y}-{'H1' if g('h') == '上半年' else 'H2'}", "half"
    if g("q"):
        q = g("q")
        return f"{y}-Q{_num(q) if not q.isdigit() else int(q)}", "quarter"
    if g("m"):
        month = _num(g("m"))
        return (f"{y}-{month:02d}", "month") if 1 <= month <= 12 else (None, "")
    return str(y), "year"


_HOLIDAY_NAMES = {"五一": "劳动节", "清明节": "清明", "端午节": "端午", "中秋节": "中秋", "国庆节": "国庆"}


@lru_cache(maxsize=1)
def holidays() -> dict[int, dict[str, tuple[dt.date, dt.date]]]:
    """year → holiday → (first day, last day), from ``data/holidays.json``."""
    raw = json.loads(package_data.data_path("holidays.json").read_text(encoding="utf-8"))
    out: dict[int, dict[str, tuple[dt.date, dt.date]]] = {}
    for year, days in raw["holidays"].items():
        out[int(year)] = {}
        for name, span in days.items():
            a, b = span.split("..")
            out[int(year)][name] = (dt.date.fromisoformat(a), dt.date.fromisoformat(b))
    return out


def holiday(name: str, year: int | None, day: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days of a holiday (春节, 五一, 中秋国庆…): of ``year`` when the text writes it, else the
    one nearest the document's ``day`` (元旦假期 written on 2 January: this year's; 春节 written in
    December: the coming one)."""
    name = _HOLIDAY_NAMES.get(name, name)
    names = ("中秋", "国庆") if name in ("中秋国庆", "国庆中秋") else (name,)
    table = holidays()

    def of(y: int) -> tuple[dt.date, dt.date] | None:
        spans = [table.get(y, {}).get(n) for n in names]
        if any(sp is None for sp in spans):
            return None
        return min(sp[0] for sp in spans if sp), max(sp[1] for sp in spans if sp)

    if year is not None:
        return of(year)
    if day is None:
        return None
    found = [sp for y in (day.year - 1, day.year, day.year + 1) if (sp := of(y)) is not None]

    def distance(sp: tuple[dt.date, dt.date]) -> int:
        return 0 if sp[0] <= day <= sp[1] else min(abs((sp[0] - day).days), abs((day - sp[1]).days))

    return min(found, key=distance) if found else None


def _read_holiday(text: str, m: re.Match[str], day: dt.date | None) -> tuple[str | None, str]:
    """(period, kind) of a holiday: its official days (前四天, 首日, 第三天: those days of it); a
    bare 假期前四天 is of the holiday the text named last."""
    name = m.group("name")
    year: int | None = None
    if name is None:  # 假期前四天: the holiday named before
        last = max(
            _HOLIDAY_NAME_RE.finditer(text, max(0, m.start() - 2000), m.start()),
            key=lambda h: h.start(),
            default=None,
        )
        if last is None:
            return None, ""
        name = last.group("name")
    else:
        year = int(m.group("y")) if m.group("y") else None
        rel = m.group("rel")
        if rel and day is not None:
            year = day.year + {"今年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}[rel]
    span = holiday(name, year, day)
    if span is None:
        return None, ""
    first, last_day = span
    if m.group("first"):
        last_day = min(last_day, first + dt.timedelta(days=_num(m.group("first")) - 1))
    elif m.group("firstday"):
        last_day = first
    elif m.group("nth"):
        first = last_day = min(last_day, first + dt.timedelta(days=_num(m.group("nth")) - 1))
    if first == last_day:
        return first.isoformat(), "day"
    return f"{first.isoformat()}..{last_day.isoformat()}", "range"


def _day_before(text: str, pos: int, doc_date: str | None) -> tuple[str, str] | None:
    """The day a text named shortly before ``pos`` (11月1日起实施…实施首日, 12月18日…当天)."""
    day = None
    for m in _TIME_RE.finditer(text, max(0, pos - 200), pos):
        if m.group("d") or m.group("closing"):
            day = m
    if day is None or re.search("[。！？\n]", text[day.end() : pos]) and pos - day.end() > 80:
        return None
    value, kind = _read_time(day, doc_date)
    return (value, kind) if value else None


def _is_baseline(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 3) : s]
    return before.endswith(_BASELINE_BEFORE) or _BASELINE_AFTER.match(text, e) is not None


def _start(y: str, m: str | None, d: str | None) -> str:
    """A span's start at the precision written: 2015, 2015-04, 2015-04-21."""
    if m and d:
        return f"{y}-{_num(m):02d}-{int(d):02d}"
    return f"{y}-{_num(m):02d}" if m else y


def mentions(text: str, start: int, end: int, doc_date: str | None, opened: str | None = None) -> list[TimeMention]:
    """Every time expression in ``text[start:end]``, in order. ``opened``: the unveiling date of the
    zone the text is about (挂牌以来 starts there)."""
    day = _date(doc_date)
    doc_year = day.year if day else None
    out: list[TimeMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(m: TimeMention) -> None:
        out.append(m)
        taken.append((m.start, m.end))

    for m in _OPENED_RE.finditer(text, start, end):
        add(TimeMention(m.start(), m.end(), "since", _start(m.group("y"), m.group("om"), None), "cumulative"))
    for m in _CLOSING_START_RE.finditer(text, start, end):
        if free(*m.span()):
            add(TimeMention(m.start(), m.end(), "since", CLOSING_DAY, "cumulative"))
    for m in _HOLIDAY_RE.finditer(text, start, end):
        days, days_kind = _read_holiday(text, m, day)
        role = "holiday" if days is None else "baseline" if _is_baseline(text, m.start(), m.end()) else "period"
        add(TimeMention(m.start(), m.end(), role, days, days_kind))
    for m in _YEAR_SPAN_RE.finditer(text, start, end):
        if free(*m.span()) and m.group("y1") < m.group("y2"):
            add(TimeMention(m.start(), m.end(), "since", m.group("y1"), "cumulative", m.group("y2"), True))
    for m in _SINCE_RE.finditer(text, start, end):
        if not free(*m.span()):
            continue
        value: str | None = None
        until: str | None = None
        explicit = True
        if m.group("y"):
            value = _start(m.group("y"), m.group("sm"), m.group("sd"))
        elif m.group("what"):
            what = m.group("what")
            if what.startswith("封关"):
                value = CLOSING_DAY
            elif (
                what not in ("挂牌", "揭牌", "成立", "设立", "获批")
                and m.group("du") == "年"
                and m.group("dn") not in (None, "半")
                and doc_year
            ):
                value, explicit = str(doc_year - _num(m.group("dn"))), False  # 扩区建设五年来
            elif what in ("挂牌", "揭牌", "成立", "设立", "获批", "方案发布", "方案印发"):
                value = opened[:4] if opened else None  # 挂牌以来, 揭牌不到半年: the zone's unveiling
            # 政策实施以来, 运行以来: a start the text does not date
        elif m.group("n"):
            value = str(doc_year - _num(m.group("n"))) if doc_year else None
            explicit = False
        elif m.group("near"):
            value = str(doc_year - _num(m.group("nn"))) if doc_year else None
            explicit = False
        elif m.group("thisyear"):
            if day is not None:
                add(TimeMention(m.start(), m.end(), "period", f"{day.year}-01..{day.isoformat()[:7]}", "range"))
            continue
        else:  # 十四五
            value, until = "2021", "2025"
        add(TimeMention(m.start(), m.end(), "since", value, "cumulative", until, explicit))
    for m in _ASOF_RE.finditer(text, start, end):
        if not free(*m.span()) or m.end() == m.start():
            continue
        value = None
        if m.group().startswith("截至") and len(m.group()) > 2 and m.group() not in ("截至目前", "截至当前"):
            y = _year(m, doc_year)
            if y is not None:
                if m.group("ad"):
                    value = f"{y}-{_num(m.group('am')):02d}-{int(m.group('ad')):02d}"
                elif m.group("am"):
                    value = f"{y}-{_num(m.group('am')):02d}"
                elif m.group("y") or m.group("rel"):
                    value = str(y)
        add(TimeMention(m.start(), m.end(), "asof", value, "stock"))
    for m in _TARGET_RE.finditer(text, start, end):
        if not free(*m.span()):
            continue
        if m.group("future"):
            value = str(doc_year + _num(m.group("fn"))) if doc_year else None
        elif m.group("y"):
            value = m.group("y")
        else:
            value = "2030"
        add(TimeMention(m.start(), m.end(), "target", value, "year"))
    for m in _TIME_RE.finditer(text, start, end):
        if not m.group().strip() or not free(*m.span()):
            continue
        if text[m.end() : m.end() + 1] in ("个", "天") or text[max(0, m.start() - 1) : m.start()] == "第":
            continue  # 6个月, 第3季度: a duration, an ordinal
        if m.group("y") and _NOT_A_PERIOD_AFTER.match(text, m.end()):
            continue  # 2023年第一批, 2022版, 2025年底前
        value, kind = _read_time(m, doc_date)
        if m.group("firstday") or m.group("today") in ("当天", "当日"):
            value, kind = _day_before(text, m.start(), doc_date) or (value, kind)
        if value is None:
            continue
        role = "baseline" if _is_baseline(text, m.start(), m.end()) else "period"
        out.append(TimeMention(m.start(), m.end(), role, value, kind))
    out.sort()
    return _spans(text, out)


def _spans(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """A start followed by its written end (自封关至今年2月底, 2018年至2023年, 自2020年12月至2024年
    2月底) is one span: a ``since`` whose ``until`` is the end."""
    out: list[TimeMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role in ("since", "period")
            and m.role in ("period", "asof")
            and m.value is not None
            and ".." not in m.value
            and (prev.role == "since" or (prev.kind == "year" and m.kind == "year"))
            and prev.value is not None
            and ".." not in prev.value
            and _SPAN_SEP_RE.fullmatch(text, prev.end, m.start) is not None
        ):
            out[-1] = TimeMention(prev.start, m.end, "since", prev.value, "cumulative", m.value, True)
            continue
        out.append(m)
    return out


_FOUR_DIGITS = re.compile("[0-9]{4}")


def period_key(period: str | None) -> tuple[int, int]:
    """A sort key for periods: the year, then how far into it the period reaches
    (2024-H1 < 2024-10 < 2024; a span counts at its end: 2015..2020 is 2020)."""
    if not period:
        return (0, 0)
    if ".." in period:
        period = period.split("..")[-1] or period.split("..")[0]
    if not _FOUR_DIGITS.fullmatch(period[:4]):
        return (0, 0)
    year, rest = int(period[:4]), period[4:].lstrip("-")
    if not rest:
        return (year, 12)
    if rest.startswith("H"):
        return (year, 6 if rest == "H1" else 12)
    if rest.startswith("Q") and rest[1:].isascii() and rest[1:].isdigit():
        return (year, 3 * int(rest[1:]))
    month = rest.split("-")[0]
    return (year, int(month)) if month.isascii() and month.isdigit() else (year, 0)
