"""Zone metrics: figures (1072户, 214.48亿元, 175项) read from a canonical text with their label,
category, period, qualifiers, kind (level, rate, share) and the zone or area they are about.

``extract(text, entities, doc_date)`` returns frozen ``Metric`` records with offsets into
``text``. Cheap by design: one precompiled regex finds a number followed by a unit; only those
places are looked at further (their clause, sentence and paragraph). Attribution uses the zone and
area mentions that ``core.entities`` found: the clause, else the sentence, else the paragraph,
else the document's main zone — and none where the text speaks of many zones (全国, 各片区).
Pure Python, no Qt, no SQL; runs in import workers.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ftz_desktop import package_data
from ftz_desktop.core import gazetteer as gz
from ftz_desktop.core.numbers import CN_NUMERAL_CHARS, UNITS, normalize, parse_number, to_halfwidth
from ftz_desktop.records import Entity, Metric

__all__ = ["EXTRACTOR_VERSION", "CATEGORIES", "categories", "extract", "categorize", "period_key"]

#: Bump when the rules change: libraries then re-extract their metrics.
EXTRACTOR_VERSION = 1

CATEGORIES: tuple[str, ...] = (
    "enterprises", "foreign-invested enterprises", "trade", "investment", "institutional innovation",
    "pilot tasks", "area", "finance", "logistics", "other",
)


def _data_path() -> Path:
    return package_data.data_path("metric_categories.json")


@lru_cache(maxsize=1)
def categories() -> dict[str, tuple[str, ...]]:
    """category → label keywords (from ``data/metric_categories.json``)."""
    raw = json.loads(_data_path().read_text(encoding="utf-8"))
    return {c: tuple(words) for c, words in raw["categories"].items()}


@lru_cache(maxsize=1)
def _keywords() -> tuple[re.Pattern, dict[str, str]]:
    owner: dict[str, str] = {}
    for cat, words in categories().items():
        for w in words:
            owner.setdefault(w, cat)
    alt = "|".join(re.escape(w) for w in sorted(owner, key=len, reverse=True))
    return re.compile(alt), owner


def categorize(label: str) -> str:
    """The category of a label: that of the longest keyword it contains (else 'other')."""
    kw_re, owner = _keywords()
    best = ""
    for m in kw_re.finditer(label):
        if len(m.group()) > len(best):
            best = m.group()
    return owner[best] if best else "other"


# --- patterns -------------------------------------------------------------------------------------

_CN = f"[{CN_NUMERAL_CHARS}]"
_AR = r"[0-9](?:[0-9]|,(?=[0-9]{3}))*(?:\.[0-9]+)?"
_NUM = rf"(?:{_AR}(?:[万亿]{{1,2}})??|{_CN}+)"
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_EXTRA_UNITS = ("万辆", "辆", "万台", "台", "万袋", "袋", "万人次", "人次", "个品类", "种")
_UNIT_RE_ALT = "|".join(re.escape(u) for u in sorted(set(UNITS) | set(_EXTRA_UNITS), key=len, reverse=True))
# a number (or range), an optional 余/多, its unit — searched on the half-width text
_FIGURE_RE = re.compile(
    rf"(?<![0-9.{CN_NUMERAL_CHARS}第])(?P<num>{_NUM})"
    rf"(?:\s*(?:-|—|–|~|至|到)\s*(?P<num2>{_NUM}))?"
    rf"\s?(?P<more>余|多)?\s?(?P<unit>{_UNIT_RE_ALT})"
)
_UNITS_ALL = dict(UNITS)
for _u in _EXTRA_UNITS:
    _UNITS_ALL.setdefault(_u, (1e4, _u[1:]) if _u.startswith("万") else (1.0, _u))

_SENT_END = "。！？!?\n"
_LEAD = 300  # a document is about its main zone only if it names it this early (title, lead)
_MAX_PARAGRAPHS = 12  # longer texts (news round-ups, long reports) get no document-wide zone
_PENALTY_RE = re.compile("罚款|罚金|没收")
_CLAUSE_END = "，,；;：:。！？!?\n"
_COUNTERS = frozenset("项个家户件条款批列笔种台辆")

_RATE_CUE_RE = re.compile("增长|增速|增幅|下降|提高|提升|降低|减少|增加|高于|低于|年均")
_SHARE_CUE_RE = re.compile("占|比重|占比|份额")
_GENERIC_RE = re.compile(r"全国|我国|各片区|各自贸|[0-9一二两三四五六七八九十]+[个家]自贸|自贸试验区联盟")

_GENERIC_SENT_RE = re.compile(r"我国|各片区|各自贸|[0-9一二两三四五六七八九十]+[个家]自贸")
_OTHERS_RE = re.compile(r"全国[0-9一二三四五六七八九十百千]|全国其他|[0-9]+个(?:国家级|同类)")
_ALL_AREAS_RE = re.compile(r"各片区|[0-9一二两三四五六七八九十]+个片区(?!之一)")
_LEAD_FILLERS = re.compile(
    r"^(?:截至目前|目前|其中|全年|今年以来|今年|去年|上半年|下半年|同期|年内|以来|共计|累计|共|已|"
    r"实现|完成|形成|达到|达|为|有|获批|已经|并|和|及|与|还|在|的|，|、|\s)+"
)
_TRAIL_FILLERS = re.compile(
    r"(?:实现|达到|达|为|共计|累计|共|完成|形成|新增|超过|突破|超|逾|近|约|已经|已|有|的|是|至|到|分别|合计|高达|由|从|\s)+$"
)
_UNIT_REMNANT_RE = re.compile(
    r"^[户家项个件条款批列笔种台辆元万亿%成]+(?:增至|增加到|增加至|增长到|增长至|增|提高到|提高至|提高|提升至|提升|跃升至|跃升|减少到|减少至|缩减到|缩减至|下降到|至|到|和|、)?"
)
_TIME_RE = re.compile(r"[0-9]{4}\s*年(?:\s*[0-9]{1,2}\s*月)?(?:\s*[0-9]{1,2}\s*日)?|[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?")

_PERIOD_RE = re.compile(
    r"(?P<y>[0-9]{4})\s*年\s*(?:(?P<m1>[0-9]{1,2})\s*[-—–~至到]\s*(?P<m2>[0-9]{1,2})\s*月"
    r"|(?P<h>上半年|下半年)|(?P<q>[一二三四1-4])\s*季度|(?P<m>[0-9]{1,2})\s*月(?:份)?(?:末|底)?"
    r"|(?P<end>底|末|年底)|(?P<since>以来))?"
    r"|(?P<rel>今年|去年|上年)\s*(?:(?P<rm1>[0-9]{1,2})\s*[-—–~至到]\s*(?P<rm2>[0-9]{1,2})\s*月|(?P<rh>上半年|下半年)|(?P<rm>[0-9]{1,2})\s*月)?"
    r"|(?P<h0>上半年)|(?P<bm>[0-9]{1,2})\s*月份"
)


def _period(m: re.Match, doc_year: int | None) -> str | None:
    if m.group("y"):
        y = int(m.group("y"))
        if not 1950 <= y <= 2100:
            return None
    elif m.group("rel"):
        if doc_year is None:
            return None
        y = doc_year - (1 if m.group("rel") in ("去年", "上年") else 0)
    elif m.group("bm"):
        mm = int(m.group("bm"))
        return f"{doc_year}-{mm:02d}" if doc_year and 1 <= mm <= 12 else None
    else:  # bare 上半年
        return f"{doc_year}-H1" if doc_year else None
    m1, m2 = m.group("m1") or m.group("rm1"), m.group("m2") or m.group("rm2")
    if m1 and m2:
        return f"{y}-{int(m1):02d}..{int(m2):02d}"
    h = m.group("h") or m.group("rh")
    if h:
        return f"{y}-{'H1' if h == '上半年' else 'H2'}"
    if m.group("q"):
        q = "一二三四".find(m.group("q")) + 1 or int(m.group("q"))
        return f"{y}-Q{q}"
    mm = m.group("m") or m.group("rm")
    if mm and 1 <= int(mm) <= 12:
        return f"{y}-{int(mm):02d}"
    if m.group("since"):
        return f"{y}.."
    return str(y)


def period_key(period: str | None) -> tuple[int, int]:
    """A sort key for periods: the year, then how far into it the period reaches
    (2024-H1 < 2024-10 < 2024; 2019.. counts as the start of 2019)."""
    if not period or not period[:4].isdigit():
        return (0, 0)
    year, rest = int(period[:4]), period[4:]
    if not rest:
        return (year, 12)
    if rest == "..":
        return (year, 0)
    rest = rest.lstrip("-")
    if rest.startswith("H"):
        return (year, 6 if rest == "H1" else 12)
    if rest.startswith("Q") and rest[1:].isdigit():
        return (year, 3 * int(rest[1:]))
    last = rest.split("..")[-1]
    return (year, int(last)) if last.isdigit() else (year, 0)


# --- extraction ------------------------------------------------------------------------------------


def _bounds(text: str, pos: int, ends: str, lo_limit: int = 300) -> tuple[int, int]:
    lo = max(0, pos - lo_limit)
    start = lo
    for sep in ends:
        k = text.rfind(sep, lo, pos)
        if k + 1 > start:
            start = k + 1
    end = len(text)
    hi = min(len(text), pos + lo_limit)
    for sep in ends:
        k = text.find(sep, pos, hi)
        if k != -1 and k < end:
            end = k
    if end == len(text) and hi < len(text):
        end = hi
    return start, end


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _label_before(t: str, cs: int, ns: int, zone_ends: Sequence[int]) -> str:
    s = cs
    for e in zone_ends:  # after the last zone/area mention in the clause
        if cs <= e <= ns:
            s = max(s, e)
    piece = t[s:ns]
    piece = _TIME_RE.sub("", piece)
    # the last run that is not interrupted by a number or bracket
    piece = re.split(r"[0-9（）()“”\"《》、]", piece)[-1]
    piece = _UNIT_REMNANT_RE.sub("", piece)  # 由800家增至930家: "家增" is no label
    for _ in range(3):
        piece = _TRAIL_FILLERS.sub("", piece)
        piece = _LEAD_FILLERS.sub("", piece)
    return piece[-14:]


def _label_after(t: str, ue: int, ce: int) -> str:
    piece = t[ue:min(ce, ue + 14)]
    if not piece or not _han(piece[0]) or piece[0] in "的在以和与及、是左":
        return ""
    m = re.match(r"[\u4e00-\u9fff]+", piece)
    word = m.group() if m else ""
    # stop at verbs that start the predicate
    word = re.split("在|被|已|实现|完成|入选|获|落地|复制|推广|提供|进行|开展|参与", word)[0]
    return word


def _main_zone(zones: Sequence[Entity]) -> str | None:
    if not zones:
        return None
    counts = Counter(e.zone for e in zones if e.zone)
    if not counts:
        return None
    (top, n), = counts.most_common(1)
    # only a document about one zone: a compilation of several zones' news has no main zone
    return top if n >= 2 and n * 10 >= 9 * sum(counts.values()) else None


def extract(
    text: str,
    entities: Sequence[Entity] = (),
    doc_date: str | None = None,
    gazetteer: gz.Gazetteer | None = None,
) -> list[Metric]:
    """Every figure in ``text`` with its zone/area (from the zone and area ``entities``), in order;
    none for a text that names no zone or area."""
    zones = sorted((e for e in entities if e.kind in ("zone", "area")), key=lambda e: e.start)
    if not text or not zones:
        return []  # a text that names no zone or area has no figures for the zone charts (and most texts are such)
    t = to_halfwidth(text)
    matches = list(_FIGURE_RE.finditer(t))
    if not matches:
        return []
    g = gazetteer or gz.default()
    starts = [e.start for e in zones]
    main = _main_zone(zones)
    if main is not None and (
        not any(e.zone == main and e.start < _LEAD for e in zones) or text.count("\n") > _MAX_PARAGRAPHS
    ):
        main = None  # a round-up of many stories is not about the zone one of them names
    doc_year: int | None = None
    if doc_date and doc_date[:4].isdigit():
        doc_year = int(doc_date[:4])
    out: list[Metric] = []
    for m in matches:
        num, unit = m.group("num"), m.group("unit")
        cn = num[0] in CN_NUMERAL_CHARS
        if cn and len(num) == 1 and unit != "成":
            continue  # 一个, 三项: words more than figures
        if unit == "成" and not cn:
            continue
        if cn and num[0] in "万亿百千":
            continue  # 万亿元 (a word), 百余家
        if unit == "个" and t[m.end():m.end() + 1] in "月工小":
            continue  # 6个月, 2个工作日: durations
        if "." in num and unit in _COUNTERS and not m.group("num2"):
            continue  # 5.7个(百分点): no count has decimals
        value = parse_number(num)
        if value is None:
            continue
        value_high = parse_number(m.group("num2")) if m.group("num2") else None
        ns, ne = m.start(), m.end()
        ss, se = _bounds(t, ns, _SENT_END)
        cs, ce = _bounds(t, ns, _CLAUSE_END, 120)
        if _PENALTY_RE.search(t, cs, ce):
            continue  # 处一万元以上五万元以下的罚款: a rule's fine, not a zone's figure
        before = t[cs:ns]
        tail = t[ne:ne + 4]
        # kind
        kind = "level"
        if unit in ("%", "成", "个百分点"):
            cue_zone = before[-12:]
            if unit == "个百分点" or _RATE_CUE_RE.search(cue_zone):
                kind = "rate"
            elif _SHARE_CUE_RE.search(before):
                kind = "share"
        # qualifiers
        quals: list[str] = []
        if "累计" in before or "共计" in before:
            quals.append("cumulative")
        near = before[-4:]
        if re.search("不超过|不足|以内", near) or tail.startswith("以内"):
            quals.append("at_most")
        elif m.group("more") or re.search("突破|超过|超|逾|高于", near) or tail.startswith(("以上", "多")):
            quals.append("at_least")
        if re.search("近|约|大约", near) or tail.startswith("左右"):
            quals.append("approx")
        if value_high is not None:
            quals.append("range")
        # zone and area
        i = bisect_left(starts, ns)
        share_from = before.rfind("占") + cs if kind == "share" and "占" in before else None
        cand: Entity | None = None
        how = ""
        j = i - 1
        while j >= 0 and zones[j].start >= ss:
            e = zones[j]
            if share_from is not None and share_from <= e.start < ns:
                j -= 1
                continue  # 占黑龙江自贸试验区的38.7%: the whole, not the subject
            cand, how = e, ("clause" if e.start >= cs else "sentence")
            break
        # the figure of many zones (全国自贸试验区…, 各片区…): 全国 in its clause, the rest in its sentence
        generic = bool(_GENERIC_RE.search(t, cs, ns) or _GENERIC_SENT_RE.search(t, ss, ns))
        if cand is None and not generic:
            # the paragraph's subject: the last mention before the sentence, in its paragraph
            ps = t.rfind("\n", 0, ss) + 1
            while j >= 0 and zones[j].start >= ps:
                cand, how = zones[j], "paragraph"
                break
        zone_id = area = None
        if cand is not None and _OTHERS_RE.search(t, max(cand.end, ss), ne + 4):
            cand, how = None, ""  # 绥芬河片区…在全国230个经开区中: the figure is of the others
        if cand is not None:
            zone_id = cand.zone
            area = cand.name if cand.kind == "area" else None
            if area and _ALL_AREAS_RE.search(t, cand.end, ns):
                area = None  # 喀什、霍尔果斯三个片区…各片区的经营主体: the zone's
        elif main is not None and not generic:
            zone_id, how = main, "document"
        zone_name = None
        if zone_id:
            try:
                zone_name = g.zone(zone_id).short_name
            except KeyError:
                zone_name = zone_id
        # label and category
        zone_ends = [e.end for e in zones[max(0, i - 6):i]]
        after = _label_after(t, ne, ce) if unit in _COUNTERS or unit.endswith(tuple(_COUNTERS)) else ""
        label_b = _label_before(t, cs, ns, zone_ends)
        cat_a = categorize(after) if after else "other"
        cat_b = categorize(label_b) if label_b else "other"
        if after and cat_a != "other":
            label, category = after, cat_a
        elif label_b and cat_b != "other":
            label, category = label_b, cat_b
        elif after:
            label, category = after, "other"
        else:
            label, category = label_b, "other"
        label = re.sub(r"[^\u4e00-\u9fff]", "", label)
        if kind == "share":
            label = label.lstrip("占")
        if len(label) <= 1 and out and out[-1].start == ss and out[-1].unit == unit:
            label, category = out[-1].metric, out[-1].category  # 38项…，106项…: the same label
        if not label and unit in ("平方公里", "公顷"):
            label = "面积"
        if before.lstrip().startswith("其中"):
            quals.append("part")
        if category == "other" and unit in ("平方公里", "公顷"):
            category = "area"
        # period: the nearest before the number in the sentence, else the first after it
        period = None
        for pm in _PERIOD_RE.finditer(t, ss, ns):
            p = _period(pm, doc_year)
            if p:
                period = p
        if period is None:  # 实现214.48亿元（2023年）: only in the figure's own clause
            pm = _PERIOD_RE.search(t, ne, ce)
            if pm:
                period = _period(pm, doc_year)
        if period is None and doc_year and re.search("截至目前|目前|截至今年", t[ss:ns]):
            period = doc_date[:7] if doc_date and len(doc_date) >= 7 else str(doc_year)
        nv, nu = normalize(value, unit) if unit in UNITS else (
            round(value * _UNITS_ALL[unit][0], 6), _UNITS_ALL[unit][1])
        out.append(Metric(
            zone=zone_name, zone_id=zone_id, area=area, metric=label, category=category,
            value_text=text[ns:ne], value=value, unit=unit, normalized_value=nv, normalized_unit=nu,
            period=period, qualifier=",".join(quals), kind=kind, start=ss, end=se,
            num_start=ns, num_end=ne, quote=text[ss:se].strip(), value_high=value_high,
            attribution=how if zone_id else "",
        ))
    return out
