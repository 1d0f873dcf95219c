"""Zone metrics: figures (1072户, 214.48亿元, 175项, 四家, 3个亿) read from a canonical text with
their label, category, period and period kind, qualifiers, kind (level, rate, share) and the zone
or area they are about (a pilot FTZ, one of its areas, the Hainan free trade port, or all pilot
FTZs together: ``all_ftz``).

``extract(text, entities, doc_date)`` returns frozen ``Metric`` records with offsets into
``text``. It runs named passes over ``Token`` (a number with its unit): ``tokens`` finds them,
``is_figure`` drops what is no quantity (dates, ordinals, durations, 万吨级, fines), then
``kind_of``, ``qualifiers_of``, ``attribute`` (the zone mentions ``core.entities`` found, only
within the figure's own story: clause, sentence, paragraph, a report's section, story, the
story's only zone),
``label_of`` and ``period_of``. When unsure, a figure gets no zone rather than a wrong one.
Pure Python, no Qt, no SQL; runs in import workers.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ftz_desktop import package_data
from ftz_desktop.core import gazetteer as gz
from ftz_desktop.core import labels, periods
from ftz_desktop.core.numbers import (
    BASE_UNITS,
    MULTIPLIERS,
    normalize,
    parse_number,
    to_halfwidth,
)
from ftz_desktop.core.stories import Story, heading_level, is_bulletin, paragraphs, stories
from ftz_desktop.records import Entity, Metric

__all__ = [
    "CATEGORIES",
    "EXTRACTOR_VERSION",
    "Token",
    "attribute",
    "categories",
    "categorize",
    "extract",
    "is_figure",
    "kind_of",
    "label_of",
    "period_key",
    "period_of",
    "qualifiers_of",
    "tokens",
]

#: Bump when the rules change: libraries then re-extract their metrics.
EXTRACTOR_VERSION = 5

CATEGORIES: tuple[str, ...] = (
    "enterprises",
    "foreign-invested enterprises",
    "trade",
    "investment",
    "institutional innovation",
    "pilot tasks",
    "area",
    "finance",
    "logistics",
    "other",
)

period_key = periods.period_key


def _data_path() -> Path:
    return package_data.data_path("metric_categories.json")


@lru_cache(maxsize=1)
def categories() -> dict[str, tuple[str, ...]]:
    """category → label keywords (from ``data/metric_categories.json``)."""
    raw = json.loads(_data_path().read_text(encoding="utf-8"))
    return {c: tuple(words) for c, words in raw["categories"].items()}


@lru_cache(maxsize=1)
def _keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    owner: dict[str, str] = {}
    for cat, words in categories().items():
        for w in words:
            owner.setdefault(w, cat)
    alt = "|".join(re.escape(w) for w in sorted(owner, key=len, reverse=True))
    return re.compile(alt), owner


# People named after a keyword are what is counted (任务官兵, 企业员工): the keyword only qualifies them.
_PEOPLE_HEAD_RE = re.compile("官兵|人员|员工|队员|职工|干部|人才|学生|游客|旅客|乘客|群众|代表|专家|工人|志愿者")


def categorize(label: str) -> str:
    """The category of a label: that of the longest keyword it contains (else 'other'); a keyword
    that only qualifies people (任务官兵) does not count."""
    kw_re, owner = _keywords()
    best = ""
    for m in kw_re.finditer(label):
        if _PEOPLE_HEAD_RE.match(label, m.end()):
            continue
        if len(m.group()) > len(best):
            best = m.group()
    return owner[best] if best else "other"


# --- the tokens: numbers with their units ----------------------------------------------------------


class Token(NamedTuple):
    """A number with its unit as the text writes it (offsets into the text)."""

    start: int
    end: int
    value: float
    unit: str  # as written, multiplier included: 亿元, 万家, %, 个百分点, 成, 倍; 个亿 → 亿
    value_high: float | None = None
    more: bool = False  # 余/多 after the number: at least


_CN = "零〇一二两三四五六七八九十百千万亿"
_AR = r"[0-9](?:[0-9]|,(?=[0-9]{3}))*(?:\.[0-9]+)?"
_NUM = rf"(?:{_AR}|[{_CN}]+(?:点[零〇一二三四五六七八九]+)?)"
_BASE_ALT = "|".join(re.escape(u) for u in sorted({*BASE_UNITS, "箱次"}, key=len, reverse=True))
_MULT_ALT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_TOKEN_RE = re.compile(
    rf"(?<![0-9.{_CN}第几])(?!(?<=数)[十百千万])(?P<num>{_NUM})"
    rf"(?:\s*(?:-|—|–|~|至|到)\s*(?P<num2>{_NUM}))?"
    rf"\s?(?P<m1>{_MULT_ALT})?(?P<more>余|多)?(?P<m2>{_MULT_ALT})?\s?(?:(?P<ge>个)(?=亿|万|百分点))?(?P<m3>(?:{_MULT_ALT})(?!分点))?"
    rf"(?P<unit>{_BASE_ALT}|百分点)?"
)
_FRACTION_RE = re.compile(f"(?P<den>[一二三四五六七八九十百千万]+)分之(?P<num>[{_CN}]+)")
# A counter that is part of a bigger unit word, not a unit: 个人, 家庭, 条件, 次要.
_UNIT_WORD_AFTER = {
    "人": "才民员工口们均次身",
    "家": "庭园乡门长属具电",
    "条": "件例款约理",
    "次": "要序",
    "项": "目",
    "名": "称单义额片牌",
    "位": "置于数",
    "张": "力开",
    "所": "在有以谓得属",
    "元": "素旦首件宵",
    "类": "似型",
    "种": "类植子业",
    "台": "湾风阶",
    "份": "额",
    "度": "过假",
    "头": "部等条号",
    "只": "是要有能",
    "套": "餐",
    "单": "位一独",
    "个": "人性体",
    "架": "构",
    "班": "子级组长",
    "座": "谈",
}
# A count that is the structure of a plan or a slogan, not a quantity: 10个方面, 三个片区, 四个意识.
_STRUCTURE_AFTER = re.compile(
    "方面|领域|维度|部分|板块|环节|阶段|层面|维|大类|类型|个字|句话|步|片区|意识|自信|维护|代表|全面|一体|轮驱动"
)


def tokens(t: str) -> list[Token]:
    """Every number with a unit in the half-width text ``t``, in order."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(t):
        unit = m.group("unit")
        mult = (m.group("m1") or "") + (m.group("m2") or "") + (m.group("m3") or "")
        if unit is None:
            if mult in ("亿", "万亿") or (m.group("ge") and mult):
                unit = ""  # 3个亿, 200亿: a multiplier of something unsaid
            else:
                continue
        if unit == "百分点":
            if not m.group("ge"):
                continue
            unit = "个百分点"
        value = parse_number(m.group("num"))
        if value is None:
            continue
        high = parse_number(m.group("num2")) if m.group("num2") else None
        if mult and mult not in MULTIPLIERS:
            continue
        out.append(Token(m.start(), m.end(), value, mult + unit, high, bool(m.group("more"))))
    for m in _FRACTION_RE.finditer(t):
        den, num = parse_number(m.group("den")), parse_number(m.group("num"))
        if den and num is not None and num < den:
            out.append(Token(m.start(), m.end(), round(100 * num / den, 2), "%"))  # 六分之一: 16.67%
    out.sort()
    return out


def is_figure(tok: Token, t: str) -> bool:
    """A quantity, not a word, an ordinal, a duration, an attribute or a fine."""
    num_text = t[tok.start : tok.end]
    unit = tok.unit
    base = unit.lstrip("十百千万亿")
    after = t[tok.end : tok.end + 2]
    if not unit:
        return True
    if "分之" in num_text:
        return True
    cn = num_text[0] in _CN
    if cn:
        digits = num_text[: len(num_text) - len(unit)] if num_text.endswith(unit) else num_text
        if digits in ("一", "两") and base not in ("成",) and not (digits == "两" and base in ("批", "批次")):
            return False  # 一项新举措, 两个平台: words more than figures
        if num_text[0] in "万亿千" or (
            num_text[0] == "百"
            and "百分点" not in unit
            and not num_text.startswith("百家")
            and not (
                t[tok.start - 1 : tok.start] in ("近", "超", "逾", "上", "约") and num_text in ("百个", "百家", "百项")
            )
        ):
            return False  # 万亿元 (a word), 百余家
        if num_text[0] == "十" and len(num_text) > 1 and num_text[1] in "分足大":
            return False  # 十分, 十足
    if unit == "成" and not cn:
        return False
    if after[:1] == "级" or t[tok.end : tok.end + 1] == "后" and base == "个":
        return False  # 30万吨级航道: a class of channel
    if base in ("公里", "千米") and re.search(
        "时速|速度|车速|全长|长约|长度|线路长|线长|里程|半径|延伸|距离|辐射|相距|航程",
        t[max(0, tok.start - 8) : tok.start],
    ):
        return False  # 时速120公里, 全长664公里: a speed or a length, not a zone's figure
    if base in _UNIT_WORD_AFTER and after[:1] and after[:1] in _UNIT_WORD_AFTER[base]:
        return False  # 个人, 家庭, 条件
    if base == "个" and after[:1] in ("月", "工", "小", "季", "星", "周", "世", "多", "年"):
        return False  # 6个月, 2个工作日, 五个年头: durations
    if base == "次" and (
        num_text in ("二次", "两次") and after[:1] not in "，,。；;、" or re.match("列车|班列|航班|动车|高铁|列", after)
    ):
        return False  # 二次入仓: a second time; 81666次班列: a train's number
    if base == "次" and re.match("来到|赴|到|考察|视察|访问|出访|前往|莅临", t[tok.end : tok.end + 4]):
        return False  # 三次来到…: visits
    if num_text[0] in "零〇" and tok.value == 0:
        return False  # 零件, 零售: words
    if base in ("个", "项", "大", "部分", "位") and _STRUCTURE_AFTER.match(t, tok.end):
        return False  # 10个方面, 五大领域: the structure of a plan
    if (
        cn
        and t[tok.start - 1 : tok.start] in ("“", '"')
        and re.match('[\u4e00-\u9fff]{0,4}[”"]', t[tok.end : tok.end + 5])
    ):
        return False  # “四个机关”: a slogan's number
    if cn and base in ("个", "大") and re.match('[“"][\u4e00-\u9fff]{1,2}[”"]', t[tok.end : tok.end + 4]):
        return False  # 四个“机关”, 两个“确立”: a slogan (十个“二线口岸” counts)
    if "." in num_text and unit in (
        "个",
        "家",
        "项",
        "条",
        "名",
        "件",
        "户",
        "批",
        "次",
    ):
        return False  # 5.7个(百分点): no count has decimals (万 figures have units with 万)
    if tok.start > 0 and t[tok.start - 1] in "第（(" and cn:
        return False
    before = t[max(0, tok.start - 1) : tok.start]
    return not (
        before in ("第", "前", "近")
        and base in ("个", "季")
        and t[max(0, tok.start - 2) : tok.start] != "目前"
        and not (before == "近" and num_text.startswith("百"))  # 近百个项目
    )


# --- the document: its zone mentions, stories and paragraphs -------------------------------------


_SENT_END = "。！？!?\n"
_LEAD = 300  # a text is about its zone only if it names it this early (title, lead)
_CLAUSE_END = "，,；;：:。！？!?\n"
_PENALTY_RE = re.compile("罚款|罚金|没收|处以")
_GENERIC_FTZ_RE = re.compile("自由贸易试验区|自贸试验区")
# Subjects that are not the zone: the country, a port, a park, an expo, a company, a city.
_OTHER_SUBJECT_RE = re.compile(
    "(?<![占于比较的向在了到超])(?:全国|我国|中国|全球|世界|全省|全市)(?!自贸|自由贸易|[0-9一二两三四五六七八九十]+个自|首|第一|前列|最|领先|范围|推广|复制)|"
    "(?<![空自贸])(?:港|港区)(?!澳|口岸)|码头|机场|(?<!自贸港)(?:保税区|综保区|综合保税区|产业园|园区)|新区|示范区|"
    "博览会|消博会|进博会|广交会|服贸会|交易会|班列|公司|集团|(?<!辖区)(?<!辖内)(?<!区内)银行|企业家|项目组|"
    # events, vessels and facilities, people, other countries' agreements
    "运动会|亚沙会|亚运会|赛事|比赛|场馆|运动员|大会|论坛|峰会|发射场|航站楼|电站|风电场|核电|光伏|"
    "该项目|这个项目|这一项目|项目投产|项目建成|"
    '[”"](?:轮|号|舰|艇)|号[”"]|这家|该企业|该公司|干部|党员|朋友圈|自贸协定|自由贸易协定'
)
# Words of an event after a count (4000个品牌踊跃参展): the figure is the event's.
_EVENT_AFTER_RE = re.compile("参展|参会|参赛|报名|观展|出席|发射")
# A label that counts other kinds of places: the figure is theirs, not the zone's.
_FACILITY_LABEL_RE = re.compile(
    "(?:综合保税区|综保区|保税区|港口|码头|机场|产业园|园区|示范区|开发区|新区|自贸协定|自由贸易协定|协定)$"
)
# Where a figure comes from is no subject: 据深圳海关统计, 记者从海口海关获悉; nor who leads or
# guides the zone's work: 在某市委、市政府的领导下.
_SOURCE_RE = re.compile(
    "据[^，,。；]{1,24}?(?:统计|消息|数据|测算|介绍|显示|监测|发布)|记者[^，,。；]{0,4}从[^，,。；]{1,24}?(?:获悉|了解到)"
    "|[^，,。；]{1,20}?(?:数据显示|统计显示|最新数据)"
    "|在[^，,。；]{1,24}?(?:的)?(?:领导|指导|支持|带领|关心)下"
)
# A clause opening with the means of the work (以某产业园为载体, 依托某港): what follows is no subject.
_MEANS_RE = re.compile("(?:以|依托|借助|凭借|利用)(?!来|后|前|上|下|及|外)")


@dataclass
class _Doc:
    """What the passes read: the text (and its half-width form), the zone mentions, the stories
    and paragraphs, the document's date and the gazetteer."""

    text: str
    t: str
    zones: list[Entity]
    others: list[Entity]  # places and organisations: subjects that are not zones
    doc_date: str | None
    g: gz.Gazetteer
    stories: list[Story] = field(default_factory=list)
    story_starts: list[int] = field(default_factory=list)
    paras: list[tuple[int, int]] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    zone_starts: list[int] = field(default_factory=list)
    other_starts: list[int] = field(default_factory=list)
    bulletin: bool = False
    main: str | None = None  # the document's zone when it is about one zone
    enumeration: tuple[list[str], int, int] | None = None  # things of an enumeration, next index, end
    enumeration_word: str = ""
    # things of 金额、人数分别为… (or of A和B分别占…): labels, next index, end, kind
    listed: tuple[list[str], int, int, str] | None = None
    seps: dict[str, _Seps] = field(default_factory=dict)
    _jieba: Any = None
    _area_shorts: frozenset[str] | None = None
    found: list[Metric] = field(default_factory=list)  # the figures read so far, in order
    share_rest: list[str] = field(default_factory=list)  # the other things a share is of (…和外商投资)
    share_more: list[str] = field(default_factory=list)  # their labels, for records of their own
    time_cache: dict[tuple[int, int, str | None], list[periods.TimeMention]] = field(default_factory=dict)
    _topics: list[Entity | None] | None = None  # the section topic of each paragraph

    def __post_init__(self) -> None:
        self.zones = _with_alias_mentions(self.text, self.zones, self.g)
        self.zones = _with_generic_mentions(self.text, self.zones)
        self.zones = _with_port_mentions(self.text, self.zones, self.doc_date, self.g)
        self.stories = stories(self.text)
        self.story_starts = [s.start for s in self.stories]
        self.paras = paragraphs(self.text) or [(0, len(self.text))]
        self.para_starts = [p[0] for p in self.paras]
        self.zone_starts = [z.start for z in self.zones]
        self.other_starts = [o.start for o in self.others]
        self.bulletin = is_bulletin(self.text, self.stories)
        self.main = None if self.bulletin else _main_zone(self.zones)

    @property
    def area_shorts(self) -> frozenset[str]:
        """The short names of the areas the text names (厦门 of 厦门片区): as places they are the area."""
        if self._area_shorts is None:
            self._area_shorts = frozenset(
                short for z in self.zones if z.kind == "area" for a in self.g.resolve_area(z.name) for short in a.short
            )
        return self._area_shorts

    def topic(self, pos: int) -> Entity | None:
        """The zone or area the section holding ``pos`` is about (see _section_topics)."""
        if self._topics is None:
            self._topics = _section_topics(self)
        return self._topics[max(0, bisect_right(self.para_starts, pos) - 1)]

    @property
    def jieba(self) -> Any:
        if self._jieba is None:
            self._jieba = self.g.segmenter()
        return self._jieba

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._seps(_SENT_END).bounds(pos, 300)

    def clause(self, pos: int, limit: int = 120) -> tuple[int, int]:
        return self._seps(_CLAUSE_END).bounds(pos, limit)

    def _seps(self, ends: str) -> _Seps:
        got = self.seps.get(ends)
        if got is None:
            got = self.seps[ends] = _Seps(self.t, ends)
        return got

    def mentions(self, s: int, e: int, opened: str | None) -> list[periods.TimeMention]:
        """The time mentions of ``t[s:e]`` (cached: a sentence's figures share them)."""
        key = (s, e, opened)
        got = self.time_cache.get(key)
        if got is None:
            got = self.time_cache[key] = periods.mentions(self.t, s, e, self.doc_date, opened)
        return got

    def story(self, pos: int) -> Story:
        return self.stories[max(0, bisect_right(self.story_starts, pos) - 1)]

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self.paras[max(0, bisect_right(self.para_starts, pos) - 1)]

    def zones_in(self, s: int, e: int) -> list[Entity]:
        return self.zones[bisect_left(self.zone_starts, s) : bisect_left(self.zone_starts, e)]

    def others_in(self, s: int, e: int) -> list[Entity]:
        return self.others[bisect_left(self.other_starts, s) : bisect_left(self.other_starts, e)]


class _Seps:
    """The positions of a set of separator characters in a text, for fast bounds lookups."""

    def __init__(self, text: str, ends: str) -> None:
        self.pos = [m.start() for m in re.finditer("[" + re.escape(ends) + "]", text)]
        self.n = len(text)

    def bounds(self, pos: int, limit: int) -> tuple[int, int]:
        """After the last separator before ``pos`` (at most ``limit`` back) up to the first one at
        or after it (at most ``limit`` on)."""
        i = bisect_left(self.pos, pos)
        lo = max(0, pos - limit)
        start = self.pos[i - 1] + 1 if i > 0 and self.pos[i - 1] >= lo else lo
        hi = min(self.n, pos + limit)
        if i < len(self.pos) and self.pos[i] < hi:
            return start, self.pos[i]
        return start, (hi if hi < self.n else self.n)


def _with_generic_mentions(text: str, zones: list[Entity]) -> list[Entity]:
    """A bare 自贸试验区 in a paragraph that names no zone speaks of all the pilot zones
    (自贸试验区以不到全国千分之四的国土面积…): it counts as a mention of all_ftz."""
    if _GENERIC_FTZ_RE.search(text) is None:
        return zones
    starts = [z.start for z in zones]
    out = list(zones)
    for ps, pe in paragraphs(text):
        lo, hi = bisect_left(starts, ps), bisect_left(starts, pe)
        inside = zones[lo:hi]
        if any(z.zone != gz.ALL_FTZ_ID for z in inside):
            continue
        for m in _GENERIC_FTZ_RE.finditer(text, ps, pe):
            if any(z.start <= m.start() < z.end for z in inside):
                continue
            out.append(
                Entity(
                    "zone",
                    gz.ALL_FTZ_NAME,
                    m.start(),
                    m.end(),
                    gz.ALL_FTZ_ID,
                    m.group(),
                )
            )
    out.sort(key=lambda e: (e.start, -e.end))
    return out


# The other name an area goes by as a district (哈尔滨新区暨自贸试验区哈尔滨片区): its place name,
# a few words, a district word, then 暨.
_DISTRICT_RE = re.compile("(?:新区|开发区|高新区|经开区|保税区|综合保税区|合作区|示范区|港区|园区)$")
_AS_ALSO = "暨"


def _with_alias_mentions(text: str, zones: list[Entity], g: gz.Gazetteer) -> list[Entity]:
    """A district written as one with an area (某某新区暨自贸试验区某某片区) is the area in this
    text: its later mentions (某某新区引进人才2万人, a heading 某某新区以创新…) count as the area's."""
    if _AS_ALSO not in text:
        return zones
    aliases: dict[str, Entity] = {}
    for z in zones:
        if z.kind != "area":
            continue
        k = text.rfind(_AS_ALSO, max(0, z.start - 20), z.start + 1)
        if k == -1 or re.search("[，,。；;：:\n、]", text[k : z.start]):
            continue
        for short in (sh for a in g.resolve_area(z.name) for sh in a.short):
            i = text.rfind(short, max(0, k - 14), k)
            name = text[i:k] if i != -1 else ""
            if name and _DISTRICT_RE.search(name) and re.fullmatch("[\u4e00-\u9fff]+", name):
                aliases.setdefault(name, z)
    if not aliases:
        return zones
    out = list(zones)
    for name, z in aliases.items():
        for m in re.finditer(re.escape(name), text):
            if not any(o.start < m.end() and m.start() < o.end for o in zones):
                out.append(Entity(z.kind, z.name, m.start(), m.end(), z.zone, m.group()))
    out.sort(key=lambda e: (e.start, -e.end))
    return out


_HAINAN_RE = re.compile("海南省|海南岛|海南|全岛")
# A story about the free trade port speaks of it or of its policies.
_PORT_WORDS_RE = re.compile("自由贸易港|自贸港|封关|离岛免税|零关税|全岛|自贸")
_HAINAN_BODY_RE = re.compile("(?:省)?(?:委|政府|人民政府|人大|政协|大学|师范|医学院|日报|航空|海关|银行|机场|卫视)")
#: The free trade port's master plan: from then on the whole island is the port.
PORT_PLAN = "2020-06-01"


def _with_port_mentions(text: str, zones: list[Entity], doc_date: str | None, g: gz.Gazetteer) -> list[Entity]:
    """After the port's master plan (2020), Hainan itself in a story that names no other zone is
    the free trade port: 海南, 海南省, 全岛 count as its mentions (not 海南大学, not where the text
    speaks of the 2018 pilot FTZ)."""
    if not doc_date or doc_date < PORT_PLAN or "海南" not in text:
        return zones
    port = next((z for z in g.zones if z.kind == "ftp"), None)
    if port is None:
        return zones
    starts = [z.start for z in zones]
    out = list(zones)
    for story in stories(text):
        inside = zones[bisect_left(starts, story.start) : bisect_left(starts, story.end)]
        if any(z.zone != port.id for z in inside) or "海南" not in text[story.start : story.end]:
            continue
        if not inside and _PORT_WORDS_RE.search(text, story.start, story.end) is None:
            continue  # a story about Hainan that does not speak of the port (a race, a congress)
        for m in _HAINAN_RE.finditer(text, story.start, story.end):
            if any(z.start <= m.start() < z.end for z in inside):
                continue
            if m.group() != "全岛" and _HAINAN_BODY_RE.match(text, m.end() - (1 if m.group() == "海南省" else 0)):
                continue
            out.append(Entity("zone", port.name, m.start(), m.end(), port.id, m.group()))
    out.sort(key=lambda e: (e.start, -e.end))
    return out


def _main_zone(zones: Sequence[Entity]) -> str | None:
    counts = Counter(e.zone for e in zones if e.zone and e.zone != gz.ALL_FTZ_ID)
    if not counts:
        return None
    ((top, n),) = counts.most_common(1)
    # only a document about one zone: a compilation of several zones' news has no main zone
    return top if n >= 2 and n * 10 >= 9 * sum(counts.values()) else None


def _story_zone(doc: _Doc, story: Story) -> str | None:
    """The one zone a story names (its areas included), if it names exactly one."""
    ids = {z.zone for z in doc.zones_in(story.start, story.end) if z.zone and z.zone != gz.ALL_FTZ_ID}
    return ids.pop() if len(ids) == 1 else None


# --- sections of a long report ----------------------------------------------------------------------

# X（以下简称“Y”）, X（简称Y）, X（下称Y）: the paragraph introduces X as what it speaks of.
_INTRO_RE = re.compile("\\s*[（(](?:以下简称|简称|以下称|下称)")


class _Section:
    """A heading and the paragraphs under it (or the paragraphs from one introducing a zone): its
    own topic (None: none of its own, inherit its parent's; _TOPICS_COMPETE: none at all), its
    parent, and whether the zones its own paragraphs name compete with its topic."""

    def __init__(self, level: float, own: Entity | None, parent: _Section | None) -> None:
        self.level, self.own, self.parent = level, own, parent
        self.mentions: list[Entity] = []

    def topic(self) -> Entity | None:
        got = self.own if self.own is not None else (self.parent.topic() if self.parent else None)
        if got is None or got is _TOPICS_COMPETE:
            return None
        return got if all(_same_subject(got, m) for m in self.mentions) else None


_TOPICS_COMPETE = Entity("zone", "", 0, 0)


def _same_subject(topic: Entity, m: Entity) -> bool:
    """A mention agrees with a section's topic: the same zone or area, or the zone of its area."""
    if m.zone == gz.ALL_FTZ_ID or m.zone is None:
        return True  # 自贸试验区 in general
    return m.zone == topic.zone and (m.kind == "zone" or m.name == topic.name)


def _one_subject(doc: _Doc, s: int, e: int) -> Entity | None:
    """The one zone or area ``t[s:e]`` names (an area with its zone: the area); _TOPICS_COMPETE
    when it names two, or another subject besides (a city, a company, a park, 全省); else None."""
    named = [z for z in doc.zones_in(s, e) if z.zone and z.zone != gz.ALL_FTZ_ID]

    def outside(pos: int) -> bool:
        return not any(z.start <= pos < z.end for z in named)

    others = any(_not_the_zone(doc, o) and outside(o.start) for o in doc.others_in(s, e))
    if others or any(outside(m.start()) for m in _OTHER_SUBJECT_RE.finditer(doc.t, s, e)):
        return _TOPICS_COMPETE
    if not named:
        return None
    areas = {z.name for z in named if z.kind == "area"}
    if len({z.zone for z in named}) > 1 or len(areas) > 1:
        return _TOPICS_COMPETE
    return next((z for z in named if z.kind == "area"), named[0])


def _introduced(doc: _Doc, s: int, e: int) -> Entity | None:
    """The zone or area the first sentence of a paragraph introduces as its subject
    (中国（某）自由贸易试验区某片区（以下简称“某片区”）…), if any."""
    first_end = doc.sentence(s)[1]
    named = [z for z in doc.zones_in(s, min(e, first_end)) if z.zone and z.zone != gz.ALL_FTZ_ID]
    for i, z in enumerate(named):
        m = _INTRO_RE.match(doc.t, z.end)
        if m is None:
            continue
        close = doc.t.find("）", m.end(), m.end() + 30)
        nxt = next((o for o in named[i + 1 :] if o.start > close), None) if close != -1 else None
        if nxt is not None and nxt.start == close + 1 and nxt.kind == "area" and nxt.zone == z.zone:
            return nxt  # 中国（广西）自由贸易试验区（简称广西自贸试验区）崇左片区: the area
        return z
    return None


def _section_topics(doc: _Doc) -> list[Entity | None]:
    """The topic of each paragraph of a report made of sections: a heading (一、, （一）, 1. …)
    that names one zone or area makes it the topic of the paragraphs under it, down to the next
    heading of its level or above; a paragraph introducing one (以下简称) makes it the topic from
    there on. A heading naming none keeps its parent's topic (1. 聚焦贸易升级); one naming
    another subject (a city, a company) or two zones has none; a section whose paragraphs name
    a zone or area other than its topic has none (no zone rather than a wrong one), and so have
    the paragraphs after one that opens with another subject. A bulletin's stories are read by
    their own rules: none."""
    if doc.bulletin or not doc.zones or _is_law(doc):
        return [None] * len(doc.paras)
    root = _Section(-1, None, None)
    stack = [root]
    owner: list[_Section] = []
    for k, (ps, pe) in enumerate(doc.paras):
        following = doc.text[doc.paras[k + 1][0] : doc.paras[k + 1][1]] if k + 1 < len(doc.paras) else None
        level = heading_level(doc.text[ps:pe], following)
        if level is not None:
            while len(stack) > 1 and stack[-1].level >= level:
                stack.pop()
            stack.append(_Section(level, _one_subject(doc, ps, doc.sentence(ps)[1]), stack[-1]))
        else:
            intro = _introduced(doc, ps, pe)
            current = stack[-1].topic()
            if intro is not None and not (current is not None and _same_subject(current, intro)):
                if stack[-1].level % 1:
                    stack.pop()  # a second introduction ends the first one's section
                stack.append(_Section(stack[-1].level + 0.5, intro, stack[-1]))
        stack[-1].mentions.extend(doc.zones_in(ps, pe))
        owner.append(stack[-1])
    topics = [sec.topic() for sec in owner]
    # A paragraph opening with another subject (某市今年…, 某公司…) turns to it: the paragraphs
    # after it have no topic until one names the section's zone again.
    focus, out = True, []
    for k, (ps, pe) in enumerate(doc.paras):
        topic = topics[k]
        if k == 0 or owner[k] is not owner[k - 1]:
            focus = True
        named = [z for z in doc.zones_in(ps, pe) if z.zone and z.zone != gz.ALL_FTZ_ID]
        if topic is not None and any(_same_subject(topic, z) for z in named):
            focus = True
        elif topic is not None and not named and _blocked_head(doc, ps, doc.sentence(ps)[1]):
            focus = False
        out.append(topic if focus else None)
    return out


_ARTICLE_RE = re.compile("第[一二三四五六七八九十百零〇0-9]+条")


def _is_law(doc: _Doc) -> bool:
    """A law or regulation (its paragraphs open with 第一条, 第二条…): its numbers are rules (注册资本
    不少于100万元), and its chapters no sections of results."""
    return sum(1 for ps, _pe in doc.paras if _ARTICLE_RE.match(doc.t, ps)) >= 3


# A whole a share is of, or the country: a figure beside it is not the section's.
_WHOLE_RE = re.compile("全省|全市|全区|全县|全国|我国|全球|世界")


def _section_figure(doc: _Doc, tok: Token, ss: int, ce: int) -> Attribution:
    """A figure whose paragraph names no subject before it takes its section's topic."""
    topic = doc.topic(tok.start)
    ps = doc.paragraph(tok.start)[0]
    if topic is None or _WHOLE_RE.search(doc.t, ss, ce) or _blocked_head(doc, ps, ss):
        return _NONE
    if any(_not_the_zone(doc, o) for o in doc.others_in(ss, ce)):
        return _NONE  # 凭祥市…提供担保贷款: a city or a company in the sentence
    return _as_attribution(topic, "section")


# --- the passes ----------------------------------------------------------------------------------------


_RATE_CUE_RE = re.compile(
    "增长|增速|增幅|下降|提高|提升|降低|减少|增加(?!值)|高于|低于|年均|回落|上升|上涨|下跌|扩大|缩小|翻|压缩|缩短|缩减"
)
# A change up to a level (比例由21%提高至74%): the figure is the level reached, not a rate.
_REACHED_RE = re.compile("(?:增长|提高|提升|上升|扩大|下降|降低|减少|增加|回落|缩小)(?:至|到)(?:约|近|超过|超)?$")
_SHARE_CUE_RE = re.compile("占|比重|占比|份额|覆盖|比例|率")
# The figures of a list before the one read (分别增长17.9%、11.9%、): its cue stands before them all.
_LISTED_RATES_RE = re.compile(r"(?:[0-9.]+\s*(?:%|个百分点|倍)\s*[、和及与]\s*)+$")


def kind_of(tok: Token, doc: _Doc, cs: int) -> str:
    """level, rate (growth, 个百分点, 倍) or share (占…, a percentage of a whole)."""
    unit = tok.unit
    if unit in ("%", "成", "个百分点", "倍"):
        before = _LISTED_RATES_RE.sub("", doc.t[cs : tok.start])  # 分别增长17.9%、11.9%、|6.9%
        if unit in ("个百分点", "倍") or (_RATE_CUE_RE.search(before[-12:]) and not _REACHED_RE.search(before)):
            return "rate"
        return "share"
    return "level"


def qualifiers_of(tok: Token, doc: _Doc, cs: int) -> list[str]:
    """cumulative, at_most, at_least, approx, range, part."""
    t = doc.t
    before = t[cs : tok.start]
    tail = t[tok.end : tok.end + 4]
    near = before[-4:]
    quals: list[str] = []
    if "累计" in before or "共计" in before:
        quals.append("cumulative")
    if re.search("不超过|不足|以内|不到", near) or tail.startswith("以内"):
        quals.append("at_most")
    elif tok.more or re.search("突破|超过|超|逾|高于|不少于|以上", near) or tail.startswith(("以上", "多")):
        quals.append("at_least")
    if re.search("(?:近|(?<![签预节制契公条协])约|大约|将近)(?:为|有|合)?$", near) or tail.startswith("左右"):
        quals.append("approx")
    if tok.value_high is not None:
        quals.append("range")
    ss = doc.sentence(tok.start)[0]
    if before.lstrip().startswith("其中") or t[ss:cs].lstrip().startswith("其中"):
        quals.append("part")  # 其中外资企业300家; 其中，新增企业6.79万户，外资企业693户
    return quals


class Attribution(NamedTuple):
    zone_id: str | None
    area: str | None
    how: str  # clause, sentence, paragraph, section, story, document; '' without a zone


_NONE = Attribution(None, None, "")


def _as_attribution(e: Entity, how: str) -> Attribution:
    return Attribution(e.zone, e.name if e.kind == "area" else None, how)


def _blocked(doc: _Doc, s: int, e: int, starts_before: int | None = None) -> bool:
    """Another subject stands between ``s`` and ``e`` (starting before ``starts_before``): a city,
    a company, a port, the country (not where the text says where a figure comes from:
    据深圳海关统计)."""
    if s >= e or starts_before is not None and starts_before <= s:
        return False
    limit = e if starts_before is None else starts_before
    lo, hi = doc.clause(s, 60)[0], doc.clause(max(s, e - 1), 60)[1]
    sources = [m.span() for m in _SOURCE_RE.finditer(doc.t, min(lo, s), max(hi, e))]

    def outside(a: int, b: int) -> bool:
        return not any(x <= a and b <= y for x, y in sources)

    zones = doc.zones_in(max(0, s - 40), e)
    for m in _OTHER_SUBJECT_RE.finditer(doc.t, s, e):
        if m.group() in ("全省", "全市") and _WHOLE_OF_RE.search(doc.t, max(0, m.start() - 5), m.start()):
            continue  # 贡献了江苏全省十分之一…: the whole of a share, not a subject
        if (
            m.start() < limit
            and outside(*m.span())
            and not any(
                z.start <= m.start() < z.end + 4 and not re.search("[，,。；;！？\n]", doc.t[z.end : m.start()])
                for z in zones
            )
        ):
            return True  # (自贸港重点园区: the port's parks)
    return any(
        _not_the_zone(doc, o) and outside(o.start, o.end) and _subject_position(doc.t, o.start)
        for o in doc.others_in(s, limit)
    )


# Authorities acting on a zone (海口海关已支持106家企业, 商务部发布47项成果): not a subject of their own.
_AUTHORITY_RE = re.compile("(?:海关|管委会|管理委员会|管理局|部|厅|局|委|委员会|办公室|政府|署)$")


def _not_the_zone(doc: _Doc, o: Entity) -> bool:
    """A place or organisation that may be a subject of its own: not an area's own place name
    (厦门 of 厦门片区), not an authority acting on the zone, not the banks or firms of the area's
    jurisdiction (厦门辖区银行)."""
    if o.kind == "place":
        return o.name not in doc.area_shorts
    if o.kind != "org" or _AUTHORITY_RE.search(o.name):
        return False
    where = _JURISDICTION_RE.search(o.name)
    return where is None or o.name[: where.start()] not in ("", *doc.area_shorts)


# 某某辖区银行, 辖内企业: all those of a jurisdiction, not one subject.
_JURISDICTION_RE = re.compile("辖区内?|辖内")


def _subject_position(t: str, pos: int) -> bool:
    """A place or body stands where a subject stands: a clause's start, or after 在/据/由/经 (in
    海口, from the customs); not as an object (面向东盟)."""
    return pos == 0 or t[pos - 1] in "，,。；;：:\n、（(“" or t[pos - 1] in "在据由经"


def _blocked_head(doc: _Doc, s: int, e: int) -> bool:
    """Another subject opens one of the clauses between ``s`` and ``e`` (洋浦港…，): the clauses
    after it speak of it."""
    pos = s
    while pos < e:
        k = min(
            (i for i in (doc.t.find(c, pos, e) for c in "，,；;") if i != -1),
            default=-1,
        )
        head_end = k if k != -1 else e
        head = _TIME_WORDS_RE.sub(lambda m: " " * len(m.group()), doc.t[pos:head_end])
        start = pos + len(head) - len(head.lstrip(" ，,"))
        end = min(start + 6, head_end)
        verb = next((w for w in _segment(doc, start, end) if w.tag == "v" and w.text not in ("在", "据")), None)
        # 加快推进中国—东盟…: what follows a verb is its object (该项目|计划…: a subject before it)
        if not _MEANS_RE.match(doc.t, start) and _blocked(doc, start, end, verb.start if verb is not None else end):
            return True
        if k == -1:
            break
        pos = k + 1
    return False


# Verbs whose object a zone is (保障海南自贸港用电需求, 展示海南自由贸易港的建设成果, 位于…自贸试验区…
# 范围内): the clause speaks of something else.
_OBJECT_OF_RE = re.compile(
    "(?:是|为|建设|保障|展示|位于|承担|分享|赋能|服务|助力|促进|成为|对接|融入|走进|来到|前往|参观|考察|调研|"
    "宣传|推介|介绍|了解|关注|聚焦|到|升级为|设立为|增设为)(?:了|着|过)?(?:高标准|高水平|好|的)?$"
)


def _topic(doc: _Doc, z: Entity) -> bool:
    """A zone may be what its clause speaks of: not the object of a verb (保障海南自贸港用电需求,
    展示海南自由贸易港的建设成果, 位于北京自贸试验区科技创新片区范围内)."""
    c0 = doc.clause(z.start, 80)[0]
    prefix = doc.t[c0 : z.start]
    for o in doc.zones_in(c0, z.start):
        prefix = prefix.replace(doc.t[o.start : o.end], "")
    return _OBJECT_OF_RE.search(re.sub('[\\s“”"]', "", prefix)) is None and not doc.t.startswith("范围内", z.end)


def _heads(doc: _Doc, z: Entity) -> bool:
    """A zone after a figure takes it only where it heads its clause (…，海南自贸港政策体系…) or
    is where the counted things went (签约落地临港新片区)."""
    c0 = doc.clause(z.start, 80)[0]
    prefix = doc.t[c0 : z.start]
    for o in reversed(doc.zones_in(c0, z.start)):
        if o.end == c0 + len(prefix):
            prefix = prefix[: o.start - c0]  # 入驻上海自贸区|临港新片区: the zone the area belongs to
    prefix = re.sub('[\\s“”"]', "", _TIME_WORDS_RE.sub("", prefix))
    return (
        prefix in ("", "在")
        or re.search("(?:落地|入驻|落户|签约|进驻|集聚|入境|新增|纳入|列入|增加)(?:在|于|到|至|进)?$", prefix)
        is not None
    )


def _short(doc: _Doc, story: Story) -> bool:
    """A story of a few paragraphs (a bulletin's item), not a long feature."""
    return sum(1 for s, _e in doc.paras if story.start <= s < story.end) <= 3


def attribute(tok: Token, doc: _Doc, kind: str, sentence: tuple[int, int], clause: tuple[int, int]) -> Attribution:
    """The zone or area a figure is about, within its own story: the nearest mention in its
    clause, then its sentence, its paragraph, its story; the story's only zone; else none.
    Another subject (a city, a port, a company, the country) between the mention and the figure
    takes it from the zone."""
    t = doc.t
    ss, _se = sentence
    cs, _ce = clause
    ns = tok.start
    story = doc.story(ns)
    ps, _pe = doc.paragraph(ns)
    lo_story = story.start
    share_from = t.rfind("占", cs, ns) if kind == "share" else -1
    cands = [z for z in doc.zones_in(max(ss, lo_story), ns + 1) if not (share_from != -1 and z.start > share_from)]
    if _EVENT_AFTER_RE.search(t, tok.end, _ce):
        return _NONE  # 4000个品牌踊跃参展, 3000人参加: an event's figure
    if cands:
        z = cands[-1]
        if (
            len(cands) >= 2
            and cands[-2].zone == gz.ALL_FTZ_ID
            and z.zone != gz.ALL_FTZ_ID
            and t[cands[-2].end : z.start] in ("和", "及", "、", "以及")
        ):
            if _blocked(doc, max(z.end, cs), ns):
                return _NONE
            return _as_attribution(cands[-2], "sentence" if cands[-2].start < cs else "clause")
            # 建设了21个自贸试验区和海南自由贸易港，向全国复制推广…: all of them together
        if any(o.start == z.start and o.zone != z.zone for o in cands):
            return _NONE  # 京津冀自贸试验区: three zones together
        if t[z.start - 1 : z.start] == "、" and re.match("(?:建设|工作|改革|试点|发展)?等", t[z.end : ns]):
            return _NONE  # 综合改革、自贸试验区建设等111项任务: the zone is an item of what is counted
        if t[z.end : z.end + 1] == "、" and re.match("[^，,。；;]{0,6}等", t[tok.end : _ce]):
            return _NONE  # 临港新片区、崇明生态岛、五个新城等区域: the zone and the figure are items of a list
        own_later = [o for o in doc.zones_in(tok.end, _ce) if o.zone != z.zone]
        if own_later and not _heads(doc, own_later[0]) and own_later[0].start > tok.end + 1:
            return _NONE  # …；三次来到深圳前海: the figure's clause is about another zone it visits
        if z.start < cs and not _topic(doc, z):
            return _NONE  # 位于…自贸试验区…范围内，共规划5个功能分区: the zone is no subject
        if _FIRM_SUBJECT_RE.search(t, doc.clause(z.start)[0], z.start):
            return _NONE  # 这家企业产值从刚入驻海南时的10亿元…: the clause's subject is not the zone
        if not _blocked(doc, max(z.end, cs), ns) and not _blocked_head(doc, z.end, cs):
            return _as_attribution(z, "clause" if z.start >= cs else "sentence")
        return _NONE
    if _blocked(doc, cs, ns) or _blocked_head(doc, ss, cs):
        return _NONE
    later = doc.zones_in(tok.end, sentence[1])
    if later and len(later) > 1 and later[1].kind == "area" and later[1].start == later[0].end:
        later = later[1:]  # 上海临港新片区: the area
    if (
        later
        and not _blocked(doc, ss, ns)
        and not _blocked(doc, tok.end, later[0].start)
        and (
            later[0].start <= tok.end + 1
            or _heads(doc, later[0])
            and (later[0].start < clause[1] or t.startswith(("随着", "伴随", "通过"), clause[0]))
        )
    ):
        # 12家重点基金签约落地临港新片区; 13个自贸港重点园区; 随着10个“二线口岸”启用，海南自贸港…
        # (a zone heading a later clause does not take the figure of a clause with its own subject:
        # 喀什地区…累计形成81个案例，喀什自贸区新增企业…)
        return _as_attribution(later[0], "clause" if later[0].start < clause[1] else "sentence")
    if later and later[0].start < clause[1]:
        return _NONE  # 三次来到深圳前海: the clause names a zone, not as what the figure is about
    before = [z for z in doc.zones_in(max(ps, lo_story), ss) if z.zone != gz.ALL_FTZ_ID]
    if before:
        return _as_attribution(before[-1], "paragraph")
    if not doc.zones_in(ps, ss):
        section = _section_figure(doc, tok, ss, _ce)
        if section.zone_id is not None:
            return section  # a report's later paragraph about its section's zone
    earlier = doc.zones_in(lo_story, ps)
    if earlier and story.headline != (0, 0) and earlier[-1].start < story.headline[1] and _short(doc, story):
        return _as_attribution(earlier[-1], "story")  # a short story whose headline names the zone
    zid = _story_zone(doc, story)
    if (
        zid is not None
        and not doc.bulletin
        and _short(doc, story)
        and zid == doc.main
        and any(z.zone == zid and z.start < story.start + _LEAD for z in doc.zones_in(story.start, story.end))
    ):
        return Attribution(zid, None, "document")  # a short text about one zone, named in its lead
    return _NONE


# Words around a label that are no part of it.
_TIME_WORDS_RE = re.compile(
    r"(?:19|20)[0-9]{2}\s*年(?:[0-9一二三四五六七八九十]{1,2}\s*[-—–~至到]\s*)?(?:[0-9一二三四五六七八九十]{1,2}\s*月)?(?:[0-9]{1,2}\s*日)?(?:底|末)?"
    r"|[0-9一二三四五六七八九十]{1,2}\s*[-—–~至到]\s*[0-9一二三四五六七八九十]{1,2}\s*月|[0-9]{1,2}\s*月(?:[0-9]{1,2}\s*日)?(?:底|末)?"
    r"|今年|去年|上年|全年|上半年|下半年|前三季度|[一二三四]季度|当天|今天|首日|年内|以来|目前|截至|如今|近年来|近年|年底|年末"
    r"|(?:近|过去)?[0-9一二两三四五六七八九十]+(?:多)?年(?:来|间|时间|里)?|时间里|(?<![\u4e00-\u9fff])时间"
)
# Comparisons with a baseline in a rate's words: 较2019年, 比封关前, 较去年同期.
_BASELINE_RE = re.compile(
    r"(?<![同环])(?:较|比(?![例重率])|与|相比)(?:之)?(?:[^，,。增长提高下降降低减少]{0,12}?)(?=增长|增加|提高|提升|下降|降低|减少|上升|上涨|下跌|扩大|缩小|翻|压缩)"
)
_LEAD_FILLERS_RE = re.compile(
    r"^(?:向全国|在全国|其中|时间|全年|共计|累计|共|已经|已|实现|完成|形成|达到|达|为|有|获批|并|和|及|与|还|在|的|将|于|均|内|"
    r"分别|同时|此外|另外|以及|目前|已有|现有|拥有|共有|这里|此|该|都|也|就|又|更|再|通过|让|使|从|自|对|向|把|"
    r"像这样|这样|作为|随着|经过|包括|据|约|近|超过|超|逾|试验区内|片区内|园区内|区内|，|、|\s|“|”|\"|（|）|\(|\))+"
)
_TRAIL_FILLERS_RE = re.compile(
    r"(?:实现|达到|达|为|共计|累计|共|完成|超过|突破|超|逾|近|约|已经|已|有|的|是|至|到|分别|合计|高达|由|从|"
    r"将近|接近|不到|不足|不少于|增至|增加到|增加至|提升至|提高到|提高至|上升至|扩大到|扩大至|减少到|缩减为|缩短到|仅剩|"
    r"大约|多达|总计|总数|了|就|将|也|还|已|均|都|个|\s|“|”|\"|，|、)+$"
)
# Verbs that start a figure's predicate: before them stands the subject, after the number the
# measured noun (形成45项制度创新成果).
_VERBS = (
    "新增|新设|新引进|引进|引入|吸引|形成|推出|出台|发布|印发|落地|实施|复制推广|推广|开通|开行|开展|签约|签署|"
    "设立|建成|建设|打造|培育|认定|获批|批复|吸纳|带动|服务|完成|实现|达到|达|拥有|有|聚集|集聚|入驻|落户|"
    "累计|共|共计|启用|上线|释放|发放|办理|节省|节约|减免|推动|支持|举办|汇聚|覆盖|动员|组织|推进|"
    "提出|涉及|包括|聚焦|部署|明确|制定|出炉|公布|新一批|一批|首批"
)
_VERB_RE = re.compile(f"(?:{_VERBS})$")
_AFTER_NOUN_RE = re.compile('[\u4e00-\u9fff“”"]+')
_AFTER_STOP_RE = re.compile(
    "在|被|已|实现|完成|入选|获|落地|复制推广|推广|提供|进行|开展|参与|参加|为|是|将|于|等|和|与|及|并|的|达|"
    "共|累计|同比|增长|占|成为|列入|纳入|正在|已经|相继|陆续|先后|顺利|正式|全部|均|都|也|签约|入驻|落户|"
    "通过|启用|基本|之|向|从|由|涵盖|覆盖|包括|让|使|得到|受益|享受|相当|增至|增加|扩大|减少|提高|升至|投入|可|能|会|进入|"
    "支持|用于|助力|推动|带动|实实|紧锣|有序|全面|不断|持续|稳步"
)
_RATE_WORDS_RE = re.compile(
    "(?:同比|环比|年均|较上年|比上年|较去年同期|较去年|比去年|分别)?(?:增长率|增长|增速|增幅|下降|提高|提升|降低|减少|增加|上升|上涨|下跌|回落|扩大|缩小|压缩|缩短|缩减)"
    "|(?:高于|低于)[\u4e00-\u9fff]{0,10}"
)
_MONEY_RE = re.compile(
    "资金|基金|投资|金额|收入|产值|销售|外资|贷款|融资|规模|税|营收|消费|进出口|贸易额|货值|总值|资产|GDP|生产总值|额"
)
_DEFAULT_LABELS = {"平方公里": "面积", "公顷": "面积", "平方米": "面积", "亩": "面积"}
# Counters: the noun after them is the thing counted (45项|制度创新成果).
_COUNTERS = frozenset(
    [
        "个",
        "项",
        "家",
        "条",
        "批",
        "张",
        "所",
        "种",
        "次",
        "名",
        "位",
        "件",
        "艘",
        "架次",
        "户",
        "列",
        "笔",
        "款",
        "类",
        "座",
        "套",
        "台",
        "辆",
        "只",
        "单",
        "票",
        "份",
        "宗",
        "例",
        "批次",
        "家次",
        "人",
        "列次",
    ]
)
# An enumeration's collective noun: 旅游业、…和热带特色高效农业|四大主导产业.
_COLLECTIVE_RE = re.compile("[一二两三四五六七八九十]+大[\u4e00-\u9fffA-Za-z]+$")
_LEAD_VERB_RE = re.compile(
    "^(?:发布|推出|出台|印发|形成|拥有|开通|推进|实施|落地|建成|打造|培育|认定|获批|发放|办理|举办|汇聚|动员|组织)"
)
_SHARE_END_RE = re.compile("(?:占比|比重|比例|份额|覆盖率|[\u4e00-\u9fff]率)$")
_ZONES_WORD_RE = re.compile("(?:自由贸易试验区|自贸试验区)")
_GENERIC_LABELS = frozenset(["比例", "比重", "占比", "规模", "数量", "总额", "金额", "总量", "增速"])
_FROM_RE = re.compile("(?:(?<![自理经来缘])由|从(?!事|而))(?:[^，,。由从]{0,12}?的)?$")


def _strip(label: str) -> str:
    for _ in range(3):
        label = _TRAIL_FILLERS_RE.sub("", label)
        kept = label[:1] == "在" and "的" in label  # 在海南投资的国家和地区
        label = label if kept else _LEAD_FILLERS_RE.sub("", label)
    return label


_DOUBLED_RE = re.compile("([\u4e00-\u9fff]{2,4})\\1")


def _clean(label: str) -> str:
    label = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9（）]", "", label)
    if label.count("（") != label.count("）"):
        label = label.replace("（", "").replace("）", "")
    label = re.sub("^(?:自贸)?(?:试验区|片区|园区|区)内", "", label)  # 片区内企业 → 企业
    label = label.replace("实现", "")
    label = _DOUBLED_RE.sub(r"\1", label)  # “离岛免税”免税购物金额 → 离岛免税购物金额
    m = _COLLECTIVE_RE.search(label)
    if m is not None and "、" not in label and m.start() > 0:
        label = label[m.start() :]  # …和热带特色高效农业四大主导产业 → 四大主导产业
    return label


def _segment(doc: _Doc, s: int, e: int) -> list[labels.Word]:
    return labels.segment(doc.t, s, e, doc.jieba)


def _noun_after(doc: _Doc, ue: int, ce: int) -> str:
    """The noun phrase right after a figure's unit, from whole words: 45项|制度创新成果,
    15家|人工智能产业重点项目|签约入驻; a relative clause before 的 belongs to it (77条|全面对接国际
    高标准经贸规则的重大创新举措)."""
    t = doc.t
    if ue >= ce or t[ue] in "的在以和与及、是左，,。（(":
        return ""
    k = t.find("的", ue, min(ce, ue + 16))
    if (
        k > ue + 1
        and re.search(r"[0-9，,。；;：:、]", t[ue:k]) is None
        and labels.relative_clause(_segment(doc, ue, k))
    ):
        head = labels.np_after(_segment(doc, k + 1, min(ce, k + 17)))
        if head:
            return re.sub('[“”"]', "", t[ue:k]) + head
    noun = labels.np_after(_segment(doc, ue, min(ce, ue + 24)))
    if noun.endswith("投资") and len(noun) > 4 and "吸引" in t[max(0, ue - 16) : ue]:
        noun = noun[:-2]  # 吸引了180个国家和地区|投资: they invest; the count is of the investors
    measure = _MEASURE_TAIL_RE.search(noun)
    if measure is not None and t.startswith(noun, ue) and _NEXT_FIGURE_RE.match(t, ue + len(noun)):
        return noun[: measure.start()]  # 167个项目|总投资达597亿元: the measure is the next figure's
    return noun


# A measure that ends a counted noun and introduces the next figure (项目总投资达597亿元).
_MEASURE_TAIL_RE = re.compile("(?<=..)(?:总投资|投资额|总金额|金额|总额|产值|营业收入|营收|总规模|规模|货值)$")
_NEXT_FIGURE_RE = re.compile(f"\\s*(?:达到|达|为|超过|超|逾|约|近|共|合计|累计)?\\s*[0-9{_CN}]")


def _rate_parts(doc: _Doc, start: int, end: int) -> tuple[str, str]:
    """(the thing that grew, the rate word) before a rate: 货物贸易、服务贸易|分别增长, the
    baseline (较2019年, 比封关前) left out."""
    raw = doc.t[start:end]
    rates = list(_RATE_WORDS_RE.finditer(raw))
    if not rates:
        return _before(doc, start, end), ""
    rate = rates[-1]
    stop = rate.start()
    for b in _BASELINE_RE.finditer(raw, 0, rate.start() + 4):
        if b.end() >= rate.start() or raw[b.end() : rate.start()] in ("同比", "分别"):
            stop = min(stop, b.start())
    items = labels.enumeration_before(_segment(doc, start, start + stop))
    word = re.sub("^(?:较上年|比上年|较去年同期|较去年|比去年)", "同比", re.sub("^分别", "", rate.group()))
    return "、".join(items), word


def _share_of_after(doc: _Doc, tok: Token, ce: int) -> str:
    """The thing a share is of when it follows (千分之四的|国土面积, 18%以上的|外商投资和进出口总额:
    its first item)."""
    m = re.match("(?:以上|左右|多)?的", doc.t[tok.end : tok.end + 4])
    if m is None:
        return ""
    start = tok.end + m.end()
    items = labels.np_after(_segment(doc, start, min(ce, start + 20)))
    pos = start + len(items)
    while items and doc.t.startswith(items, start) and pos < ce and doc.t[pos] in "和、及与":
        more = labels.np_after(_segment(doc, pos + 1, min(ce, pos + 13)))
        if not more or not doc.t.startswith(more, pos + 1):
            break
        items, pos = items + doc.t[pos] + more, pos + 1 + len(more)  # …进出口总额和外商投资
    parts = re.split("[和、及与]", items) if items else [""]
    doc.share_rest = [p for p in parts[1:] if 2 <= len(p) <= 10] if all(2 <= len(p) <= 10 for p in parts) else []
    return parts[0]


def _respectively(doc: _Doc, tok: Token, cs: int) -> str:
    """The n-th figure of the clause before, for the n-th figure after 分别 (累计新增企业13.8万户、
    新增注册资本2.84万亿元，分别是挂牌前的8.8倍、12.78倍)."""
    ps, _pe = doc.clause(cs - 1) if cs > 0 else (cs, cs)
    before = [m for m in doc.found if ps <= m.num_start < cs and m.kind == "level"]
    n = sum(1 for m in doc.found if cs <= m.num_start < tok.start)
    return re.sub("^累计", "", before[n].metric) if n < len(before) else ""


def _share_piece(doc: _Doc, start: int, end: int) -> str:
    """The words before a share as thing + 占 + whole (民营企业|占|全省外贸), from whole words;
    贡献了全国… is a share of the whole after it."""
    raw = doc.t[start:end]
    k = next((m.start() for m in reversed(list(re.finditer("占(?!比)", raw)))), -1)
    if k != -1:
        return _before(doc, start, start + k) + "占" + _before(doc, start + k + 1, end)
    k = raw.rfind("贡献")
    if k != -1:
        return "占" + _before(doc, start + k + 2, end)
    return _before(doc, start, end)


def _before(doc: _Doc, start: int, end: int) -> str:
    """The noun phrase that names a figure before it (its subject, or the object of the verb
    before it), from whole words."""
    if start >= end:
        return ""
    return labels.np_before(_segment(doc, start, end))


def _previous_clause(doc: _Doc, cs: int, ss: int) -> str:
    """The noun of the clause before (像这样高水平开放的改革试点任务，已经推进了129项)."""
    if cs <= ss:
        return ""
    ps, _ = doc.clause(cs - 1)
    ps = max(ps, ss)
    for z in doc.zones_in(ps, cs):
        ps = max(ps, z.end)
    text = doc.t[ps : cs - 1]
    if re.search("[0-9]", text) or any(tok_ for tok_ in _TOKEN_RE.finditer(text) if tok_.group("unit")):
        return ""  # the clause before has a figure of its own
    piece = _before(doc, ps, cs - 1)
    if "的" in piece:
        piece = piece[piece.rfind("的") + 1 :]
    return piece if _VERB_RE.search(piece) is None else ""


def _label_start(doc: _Doc, cs: int, pos: int, prev: Metric | None) -> int:
    """Where a label may start: after the clause's last zone mention (unless the zone is part of
    the noun phrase: 免签入境海南的国家, or the whole of a share: 占黑龙江自贸试验区的) and after
    the previous figure of the clause."""
    start = cs
    share_at = doc.t.rfind("占", cs, pos)
    for z in doc.zones_in(cs, pos):
        if share_at != -1 and z.start > share_at:
            continue
        inside = (
            "的" in doc.t[z.end : pos]
            and not doc.t[z.end : pos].endswith("的")
            and doc.t[z.start - 1 : z.start] in ("在", "境", "到", "赴", "来", "入")
        )
        if not inside:
            start = max(start, z.end)  # not 在海南投资的国家和地区: the zone is in the noun's modifier
    if prev is not None and cs <= prev.num_end <= pos:
        start = max(start, prev.num_end)
    return start


def _enumerated(doc: _Doc, tok: Token, thing: str, word: str) -> str:
    """Figures of an enumeration (货物贸易、服务贸易年均增长23.4%和17.7%): the n-th figure is the
    n-th thing's."""
    pending = doc.enumeration
    if (
        pending is not None
        and pending[2] <= tok.start
        and re.fullmatch(r"[、和及与，,\s]*", doc.t[pending[2] : tok.start])
    ):
        parts, i, _ = pending
        if i < len(parts):
            doc.enumeration = (parts, i + 1, tok.end)
            return parts[i] + pending_word(doc)
    doc.enumeration = None
    parts = [p for p in re.split("[、和及与]", thing) if p]
    if len(parts) >= 2 and all(2 <= len(p) <= 10 for p in parts):
        doc.enumeration = (parts, 1, tok.end)
        doc.enumeration_word = word
        return parts[0] + word
    return thing + word


_LISTED_RE = re.compile("分别(?:为|是|达到|达|有|约|超过|超|突破)*$")
_LIST_SEP_RE = re.compile(r"[、和及与，,\s]*")


def _listed_level(doc: _Doc, tok: Token, kind: str, start: int) -> str:
    """The n-th thing of a list for the n-th figure after 分别 (购物金额、人数、件数分别为216亿元、
    311.1万人次、1765.3万件); a short item shares the first item's modifier (人数 → 离岛免税购物人数)."""
    t = doc.t
    pending = doc.listed
    doc.listed = None
    if (
        pending is not None
        and pending[3] == kind
        and pending[2] <= tok.start
        and _LIST_SEP_RE.fullmatch(t, pending[2], tok.start)
    ):
        items, i, _, _ = pending
        if i < len(items):
            doc.listed = (items, i + 1, tok.end, kind)
            return items[i]
        return ""
    if kind != "level":
        return ""
    m = _LISTED_RE.search(t, start, tok.start)
    if m is None or m.end() != tok.start:
        return ""
    items = [_clean(x) for x in labels.enumeration_before(_segment(doc, start, m.start()))]
    if len(items) < 2 or not all(2 <= len(x) <= 16 for x in items):
        return ""
    items = _shared_modifier(doc, items)
    doc.listed = (items, 1, tok.end, kind)
    return items[0][-24:]


def _listed_shares(doc: _Doc, tok: Token, label: str, start: int, cs: int) -> str:
    """Shares of a list (A和B分别占全省的17.5%和20.6%, A和B占全省比重分别达到29%和28.8%): the
    n-th share is the n-th thing's; ``label`` is the first one's as read."""
    t = doc.t
    at = t.find("占", start, tok.start)
    if "占" not in label or at == -1 or "分别" not in t[cs : tok.start]:
        return label
    items = [_clean(x) for x in labels.enumeration_before(_segment(doc, start, at))]
    if len(items) < 2:  # the words as written when the segmenter splits a name (专精|特新)
        written = re.sub("分别$", "", _TIME_WORDS_RE.sub("", t[start:at]).strip("，, "))
        items = [_clean(x) for x in re.split("[和、及与]", written)] if "，" not in written else []
    if len(items) < 2 or not all(2 <= len(x) <= 16 for x in items):
        return label
    whole = label[label.index("占") :]
    shares = [(x + whole)[-24:] for x in items]
    doc.listed = (shares, 1, tok.end, "share")
    return shares[0]


def _shared_modifier(doc: _Doc, items: list[str]) -> list[str]:
    """Items of a list written once with their modifier (离岛免税购物金额、人数、购物件数): a
    two-character item, or one that starts with the modifier's last word, takes the modifier."""
    words = [w.text for w in labels.segment(items[0], 0, len(items[0]), doc.jieba)]
    if len(words) < 2:
        return items
    modifier, last = "".join(words[:-1]), words[-2]
    out = [items[0]]
    for x in items[1:]:
        if len(x) <= 2 and not modifier.endswith(x):
            x = modifier + x
        elif len(last) >= 2 and x.startswith(last) and not x.startswith(modifier):
            x = modifier[: -len(last)] + x
        out.append(x[-24:])
    return out


_HOW_ONLY_RE = re.compile("日均|同比|环比|年均|去年同期|上年同期|同期")
_RESPECTIVE_WORD_RE = re.compile("(同比|环比|日均|年均)?分别(?:[^，,。；]{0,3}?)$")


def _respective_rate(doc: _Doc, tok: Token, clause: tuple[int, int], raw: str) -> str:
    """The n-th rate after 分别 with nothing named before it is the n-th figure's of the clauses
    before in its sentence (购物金额…亿元，购物人数…万人次，比去年同期分别增长10.4%、7.4%)."""
    t = doc.t
    cs, ce = clause
    at = t.find("分别", cs, tok.start)
    if at == -1:
        return ""
    ss = _sentence_start(doc, tok.start)
    levels = [m for m in doc.found if ss <= m.num_start < cs and m.kind == "level" and m.start == ss]
    rates = [m for m in _TOKEN_RE.finditer(t, at, ce) if m.group("unit") in ("%", "百分点", "倍")]
    n = sum(1 for m in rates if m.start() < tok.start)
    if len(rates) < 2 or len(levels) < len(rates) or n >= len(rates):
        return ""
    thing = re.sub("^累计", "", levels[len(levels) - len(rates) + n].metric)
    said = _RATE_WORDS_RE.search(t, at + 2, tok.start)
    word = re.sub("^分别", "", said.group()) if said else "增长"
    how = _RESPECTIVE_WORD_RE.search(t, cs, at + 2)
    if how is not None and how.group(1):
        word = how.group(1) + word
    elif re.search("去年同期|上年同期|同比", t[cs:at]) and not word.startswith("同比"):
        word = "同比" + word
    return _clean(thing + word)[-24:]


def pending_word(doc: _Doc) -> str:
    return doc.enumeration_word


def label_of(tok: Token, doc: _Doc, kind: str, clause: tuple[int, int], prev: Metric | None) -> str:
    """What the figure measures, as a short noun phrase: 新设外资企业, 制度创新成果; for a rate
    the thing that grew and the rate word (进出口同比增长); for a share what it is a share of
    (进出口总额占全国比重). A counter's noun after the figure wins (形成45项|制度创新成果); a
    figure of a from-to pair takes the subject before 由/从; a generic word (比例) takes the
    previous figure's label before it. Empty only when nothing names the figure."""
    t = doc.t
    cs, ce = clause
    ss = _sentence_start(doc, tok.start)
    same = prev is not None and prev.start == ss
    start = _label_start(doc, cs, tok.start, prev)
    raw = t[start : tok.start]
    untimed = _TIME_WORDS_RE.sub("", raw)
    base = tok.unit.lstrip("十百千万亿")
    after = _noun_after(doc, tok.end, ce)
    gap = 1 if t[tok.end : tok.end + 1] in ("、", "共") else 0
    if not after and (gap or base == "批"):
        nxt = next(_TOKEN_RE.finditer(t, tok.end + gap, ce), None)
        if nxt is not None and nxt.start() == tok.end + gap and nxt.group("unit"):
            after = _noun_after(doc, nxt.end(), ce)  # 21批、173项制度集成创新案例; 22批181项…
    listed = _listed_level(doc, tok, kind, start)
    if listed:
        return listed
    if (
        prev is not None
        and same
        and prev.num_end <= tok.start
        and not _strip(untimed).strip("、和与及")
        and prev.kind == kind
        and prev.unit != tok.unit
        and after == ""
        and t[prev.num_end : tok.start] in ("", "、")
    ):
        # 16批140项: the second counter of one noun
        return re.sub("批次$", "", prev.metric)
    if kind == "rate":
        thing, word = _rate_parts(doc, start, tok.start)
        if base == "倍" and not word:
            ratio = re.search("是(?:[^，,。；]{0,12}的)?$", raw) or (
                re.fullmatch("[、和]", raw) and re.search("是[^，,。；]{0,12}的", t[cs : tok.start])
            )
            verb = re.search("(扩容|扩大|提升|提高|增长|增加|翻)了?(?:约|近|超过|超)?$", raw)
            word = "倍数" if ratio else (verb.group(1) if verb else "增长")
            if ratio:  # 单日平均业务量是今年平均水平的3.8倍
                thing = _before(doc, start, start + raw.rfind("是")) if "是" in raw else ""
                if not thing and "分别" in t[cs : tok.start]:
                    thing = _respectively(doc, tok, cs)  # 新增企业…、注册资本…，分别是挂牌前的8.8倍、12.78倍
            elif verb:
                thing = _before(doc, start, start + verb.start())
        if same and (not thing or _HOW_ONLY_RE.fullmatch(thing)):
            respective = _respective_rate(doc, tok, clause, raw)
            if respective:
                return respective
        if not thing and prev is not None and (same or prev.end >= ss - 1):
            if doc.enumeration is not None:
                return _clean(_enumerated(doc, tok, "", word))[-24:]
            thing = _RATE_WORDS_RE.sub("", prev.metric) if prev.kind == "rate" else prev.metric
            if prev.kind == "rate" and not word:
                said = list(_RATE_WORDS_RE.finditer(prev.metric))
                word = said[-1].group() if said else ""  # 压缩了6.1%和10%: the second shares the word
            # what grew, as the rate names it: 累计进出口货值2.7万亿元，年均增幅超10% → 进出口年均增幅;
            # 四大主导产业增加值占地区生产总值比重…，提高14.2个百分点 → 四大主导产业增加值占比提高
            thing = re.sub("^累计", "", thing)
            thing = re.sub("(?<=..)(?:货值|总值|总额)$", "", thing)
            thing = re.sub("占.+比重$", "占比", thing)
        thing = re.sub("(?<=.)数量$", "", thing)  # 企业数量增长 → 企业增长
        if word.startswith(("高于", "低于")) and thing and not thing.endswith(("增速", "增长", "增幅")):
            thing += "增速"
        if not word and base == "倍":
            word = "增长"
        return _clean(_enumerated(doc, tok, thing, word))[-24:]
    doc.enumeration = None
    if kind == "share":
        if (
            prev is not None
            and same
            and prev.unit == tok.unit
            and re.fullmatch(f"[，,、]?{_REACHED_RE.pattern}", t[prev.num_end : tok.start])
        ):
            return prev.metric  # 比例由21%提高至74%
        thing_after = _share_of_after(doc, tok, ce)
        if thing_after:
            # 以不到千分之四的国土面积, 贡献了占全国约五分之一的进出口总额和外商投资: the whole is the
            # scope before the figure (全国, 全省), else the country the sentence names
            scope = re.search("(全国|全省|全市|全岛|[\u4e00-\u9fff]{2}全省)(?:[^，,。；]{0,3})$", raw)
            whole = scope.group(1) if scope else ("全国" if "全国" in t[ss : doc.sentence(tok.start)[1]] else "")
            if re.search("[了的献]", whole[:2]):
                whole = whole[whole.index("全") :]  # 贡献了全省: the scope, not the verb
            if whole:
                doc.share_more = [_clean(f"{x}占{whole}比重") for x in doc.share_rest]
                return _clean(f"{thing_after}占{whole}比重")
        piece = _share_piece(doc, start, tok.start)
        if not piece and after:
            piece = after
        piece = re.sub("^(?:贡献了|贡献)", "占", piece)
        if "占" not in piece and re.search("贡献了?", raw):
            piece = "占" + piece
        if "占" in piece and not _SHARE_END_RE.search(piece):
            thing, whole = piece.split("占", 1)
            whole = re.sub("^(?:约|近|超过|超)", "", whole) + (after if t[tok.end : tok.end + 1] not in "，。," else "")
            whole = re.sub("(?:的比重|比重|比例|份额)$", "", _strip(whole))
            whole = re.sub("(?<=进出口)额$|(?<=外贸)规模$", "", whole)
            thing = _strip(re.sub("(?:约|大约)$", "", thing))
            if not thing and t[cs : cs + 1] == "占":
                thing = _previous_clause(doc, cs, ss)
            label = _clean(f"{thing}占{whole}比重")
        else:
            label = _clean(piece)
            if label.startswith("占") and prev is not None and same:
                label = _clean(prev.metric) + label
            elif label.startswith("占") and t[cs : cs + 1] == "占":
                label = _clean(_previous_clause(doc, cs, ss)) + label
            if label in _GENERIC_LABELS and prev is not None and same:
                label = _clean(prev.metric) + label
        return _listed_shares(doc, tok, label, start, cs)[-24:]
    piece = _before(doc, start, tok.start)
    from_to = _FROM_RE.search(raw)
    if from_to is not None:
        head = _before(doc, start, start + from_to.start())
        if head:
            return _clean(head)[-24:]  # 外贸规模从2015年的712亿元…
        subject = _subject_before(doc, cs, ss)
        if subject:
            return subject  # 负面清单七次瘦身，从2013年的190项…
        if prev is not None and same:
            return prev.metric
    if (
        prev is not None
        and same
        and prev.unit == tok.unit
        and re.search(
            "(?:增至|增加到|增加至|跃升至|升至|提高到|提高至|扩大到|扩大至|减少到|减少至|缩减为|缩减到|下降到|降至|到|至)(?:约|近|超过|超)?(?:[^，,。]{0,6}的)?$",
            untimed,
        )
        and (
            _strip(piece) in ("", "跃升", "升", "增", "减少", "扩大", "提高")
            or re.search("(?:减少|增加|扩大|提高|下降|增长|跃升|上升|缩减|降)(?:到|至)", untimed)
        )
    ):
        return prev.metric  # …的712亿元跃升至2024年的5367亿元
    part = _part_of(doc, tok, raw, after, prev, same)
    if part:
        return part
    if base not in _COUNTERS and t[tok.end : tok.end + 1] == "的":
        owned = labels.np_after(_segment(doc, tok.end + 1, min(ce, tok.end + 17)))
        if len(owned) >= 2:
            return _clean(owned)[-24:]  # 270万元的|进出口货物|顺利放行
    if base == "次":
        done = after or labels.vp_after(_segment(doc, tok.end, min(ce, tok.end + 8)))
        if done:
            return _clean(piece + done + "次数")[-24:]  # 负面清单七次瘦身 → 负面清单瘦身次数
    if base in _COUNTERS and after and len(after) >= 2:
        if _ZONES_WORD_RE.fullmatch(after):
            return "自贸试验区数量"
        modifier = _modifier(doc, start, tok.start)
        return (_clean(modifier + after) + ("批次" if base == "批" else ""))[-24:]
    if base in _COUNTERS and _ZONES_WORD_RE.search(piece[-8:] if piece else "") is not None:
        return "自贸试验区数量"
    if piece and _VERB_RE.fullmatch(piece) is None and len(piece) >= 2:
        label = _clean(piece)
    elif after and len(after) >= 2:
        label = _clean(after)
    elif base == "个" and _GENERIC_FTZ_RE.search(t, ss, tok.start):
        label = "自贸试验区数量"  # 自贸试验区…目前已经设立了21个
    else:
        label = _previous_clause(doc, cs, ss)
        if not label and prev is not None and (same or prev.end >= ss - 1) and prev.kind == "level":
            label = prev.metric
    if base == "批" and label and not label.endswith("批次"):
        label += "批次"
    if label in _GENERIC_LABELS and prev is not None and same:
        label = _clean(prev.metric) + label
    if base == "个" and (
        _ZONES_WORD_RE.match(label)
        or label in ("数量", "总数")
        and any(z.zone == gz.ALL_FTZ_ID and z.end == start for z in doc.zones_in(cs, tok.start))
    ):
        label = "自贸试验区数量"  # 我国自贸试验区|数量扩大至22个
    if not label:
        label = _DEFAULT_LABELS.get(tok.unit.lstrip("万"), "")
    return label[-24:]


_PART_VERB_RE = re.compile(
    "(?:已|已经)?(?:被[\u4e00-\u9fff]{2,6}?(?=在全国|向全国|复制|推广))?"
    "((?:在全国|向全国|在全国范围)?(?:复制推广|推广|落地|实施|入驻|落户|建成|完成|签约|开工))"
)


def _part_of(doc: _Doc, tok: Token, raw: str, after: str, prev: Metric | None, same: bool) -> str:
    """其中8项在全国推广 / 其中90余项已落地: a part of the figure before, named by what it did."""
    if prev is None or not same or not re.search("其中$", raw.strip("，, ")):
        return ""
    m = _PART_VERB_RE.match(doc.t, tok.end)
    whole = _LEAD_VERB_RE.sub("", prev.metric) or prev.metric  # 发布制度创新案例 → 制度创新案例
    if m is None:
        return whole
    verb = m.group(1)
    return verb + ("的" if verb.startswith(("在", "向")) else "") + whole


def _subject_before(doc: _Doc, cs: int, ss: int) -> str:
    """The subject of the clause before (负面清单七次瘦身，从…): its words before its number."""
    if cs <= ss:
        return ""
    ps, _ = doc.clause(cs - 1)
    ps = max(ps, ss)
    for z in doc.zones_in(ps, cs):
        ps = max(ps, z.end)
    head = re.split(
        r"[0-9]|[一二两三四五六七八九十]+[次项个家条]",
        _TIME_WORDS_RE.sub("", doc.t[ps : cs - 1]),
    )[0]
    return _clean(_strip(head))


def _modifier(doc: _Doc, start: int, end: int) -> str:
    """The words right before a counted figure that belong to its noun (第一批封关运作31个项目 →
    封关运作): whole words ending in a noun, not a verb, not the last item of a list, not the
    structure of a plan (六部分50条措施)."""
    ws = _segment(doc, start, end)
    if not ws or not labels.is_modifier(ws[-1]):
        return ""
    word, first = labels.np_before_at(ws)
    if len(word) < 2 or not doc.t.endswith(word, start, end):
        return ""
    before = ws[first - 1] if first > 0 else None
    if before is not None and (
        before.text in ("、", "和", "与", "及", "等")
        or before.tag in ("m", "q")
        and not re.fullmatch("首批|第.批|[一两]批|新一批", before.text)
    ):
        return ""  # 三张清单的一项|自用生产设备, 六部分50条措施 (but 首批封关运作25个项目)
    return word


def _sentence_start(doc: _Doc, pos: int) -> int:
    return doc.sentence(pos)[0]


_STOCK_CUE_RE = re.compile("目前|现有|已有|共有|拥有|至此|如今|眼下|当前|总数|已达")
_CUMULATIVE_CUE_RE = re.compile("累计|共计|总计")
_ANNUAL_RE = re.compile("年均")
# A recent event, not a total to date: 近日，商务部发布47项…
_RECENT_RE = re.compile("近日|日前|前不久|近期|日内|此前")
# What happens to things counted when they are added (9家外资企业|获批…): not a stock.
_ADDED_RE = re.compile("获批|入驻|落户|签约|开工|启用|投产|开业")
# A running total: a count with these and no time is a total to date (cumulative).
_DONE_RE = re.compile(
    "已有|已经有|先后|陆续|相继|已(?:经)?(?:累计|培育|形成|推出|出台|发布|开展)|培育形成|向全国复制推广|在全国复制推广"
)
# A multiple of the time before (是挂牌前的8.8倍) or growth since it (较2015年设立之初增长): no period.
_RATIO_RE = re.compile("(?:是|较|比|相比)[^，,。；]{0,12}?(?:之初|之前|前|时)[^，,。；]{0,3}$")


@dataclass
class _Cues:
    """What a figure's own words say about its time: 累计, 年均, a stock word, something done."""

    cumulative: bool
    annual: bool
    stock_only: bool  # a count of what exists (口岸, 清单, 数量), not of what was added
    done: bool  # a count of what was added or done over time (出台政策, 形成案例)
    ratio: bool  # a multiple of, or growth since, a baseline


def _cues(tok: Token, doc: _Doc, kind: str, sentence: tuple[int, int], clause: tuple[int, int], label: str) -> _Cues:
    ss, _se = sentence
    cs, ce = clause
    t = doc.t
    before = t[ss : tok.start]
    since_prev = ss
    for m_ in _TOKEN_RE.finditer(t, ss, tok.start):
        if m_.group("unit") and m_.end() <= tok.start:
            since_prev = m_.end()
    own = t[min(since_prev, cs) : tok.start]  # the figure's own words since the one before
    in_clause = _CUMULATIVE_CUE_RE.search(t, cs, tok.start) is not None
    cumulative = _CUMULATIVE_CUE_RE.search(own) is not None or (
        _CUMULATIVE_CUE_RE.search(before) is not None and re.search("由|从", own) is None
    )
    level_count = kind == "level" and tok.unit.lstrip("万") in _COUNTERS
    flow = (
        _FLOW_RE.search(label) is not None
        or _ADDED_RE.search(t, tok.end, ce) is not None
        or _FLOW_RE.search(t, max(cs, tok.start - 4), tok.start) is not None  # 每月新增120多家外资企业
    )
    stock_only = (
        kind == "level"
        and not in_clause
        and not flow
        and (
            re.search("(?:数量|总数|(?<![人件])数)$", label) is not None
            or level_count
            and _STOCK_NOUN_RE.search(label) is not None
            or re.search("总数|数量", own) is not None
        )
    )
    done = level_count and not stock_only and _DONE_RE.search(t, cs, ce) is not None
    # 分别是挂牌前的8.8倍、12.78倍: the second multiple has the first's baseline
    lead = re.sub("(?:[0-9.]+倍[、和及])+$", "", t[cs : tok.start])
    ratio = kind == "rate" and _RATIO_RE.search(lead) is not None
    return _Cues(cumulative, kind == "rate" and _ANNUAL_RE.search(before[-12:]) is not None, stock_only, done, ratio)


def _opened(doc: _Doc, zone_id: str | None, area: str | None) -> str | None:
    """When the zone or area a figure is about was unveiled (挂牌以来 starts there)."""
    if not zone_id or zone_id == gz.ALL_FTZ_ID:
        return None
    try:
        zone = doc.g.zone(zone_id)
    except KeyError:
        return None
    for a in zone.areas:
        if a.name == area and a.opened:
            return a.opened
    return zone.opened or zone.plan_published


def period_of(
    tok: Token,
    doc: _Doc,
    kind: str,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    zone_id: str | None,
    label: str = "",
    area: str | None = None,
) -> tuple[str | None, str, bool]:
    """(period, period kind, target) of a figure, following the evaluation sets' conventions.

    The time is the nearest one before the figure in its sentence (baselines, times of events —
    在…举行的, …后 — and of a clause about the future skipped), else one after it in its clause,
    else the time its paragraph opens with. A plan's year (到2027年) is the period and a target. A
    span since a start (自2015年4月挂牌以来, 封关以来, 五年来, 2018年至2023年) makes totals and what
    was added cumulative, START..END with END as written or the document's date at START's
    precision (average annual growth over it: a range); a count of what exists keeps its stock.
    截至… is a stock at that point (with 累计, cumulative up to it); 今年已累计 is this year so far.
    With no time: 累计 or a count of what was done over time is cumulative, a count of what exists
    a stock, each with no period; a multiple of a baseline (是挂牌前的8.8倍) has none."""
    ss, _se = sentence
    cs, ce = clause
    t = doc.t
    c = _cues(tok, doc, kind, sentence, clause, label)
    if c.ratio:
        return None, "", False
    opened = _opened(doc, zone_id, area)
    found = [
        m
        for m in doc.mentions(ss, _se, opened)
        if m.end <= tok.start
        and m.role != "baseline"
        and not _future_clause(t, m, cs)
        and not _event_time(t, m, tok.start)
        and not _another_figure_s(t, m, tok.start)
    ]
    nearest = found[-1] if found else None
    if nearest is None:
        later = next(
            (
                m
                for m in doc.mentions(ss, _se, None)
                if m.start >= tok.end and m.end <= ce and m.role in ("period", "asof")
            ),
            None,
        )
        nearest = later or _paragraph_time(doc, ss)
        if (
            nearest is not None
            and (nearest.role == "since" or nearest.kind == "range" and later is None)
            and (c.stock_only or kind == "share" or re.search("年(?:产值|营收|收入|吞吐|产量|销售|发电|通行)", label))
        ):
            nearest = None  # a level, a share or a yearly measure (年产值) is no total of the span
        if (
            nearest is not None
            and nearest.role == "period"
            and (c.cumulative or c.done or c.stock_only)
            and later is None
        ):
            nearest = None  # 今年1—11月，…。(later) 已累计…: the opening time dates the flows after it
    if nearest is not None and _RECENT_RE.search(t, ss, tok.start) and nearest.role == "asof":
        nearest = None
    if nearest is None:
        return None, _untimed_kind(tok, doc, kind, c, sentence), False
    sinces = [m for m in found if m.role == "since"]
    since = sinces[-1] if sinces else (nearest if nearest.role == "since" else None)
    if _AT_THE_START_RE.search(t, max(cs, tok.start - 16), tok.start) and since is not None and since.value:
        return since.value[:4], "year", False  # 由设立之初的0.7万亿元(增长至…): the level at the start
    if nearest.role == "holiday":
        return None, "", False  # 元旦假期: a few days the text does not date, not the year
    if nearest.role == "target":
        return nearest.value, "year", True
    asof = next((m for m in reversed(found) if m.role == "asof"), None)
    years = [m for m in found if m.role == "period" and m.kind == "year"]
    if c.annual:
        every = [m for m in doc.mentions(ss, _se, None) if m.end <= tok.start]
        years = [m for m in every if m.role == "period" and m.kind == "year"]
    if c.annual and len(years) >= 2:
        return f"{years[0].value}..{years[-1].value}", "range", False  # 由2015年的…升至2022年的…，年均增长
    if since is not None and nearest.role in ("since", "asof"):
        if c.stock_only or kind == "share" and nearest.role == "asof":
            return (asof.value if asof is not None else None), "stock", False
        return _span(since, asof, doc.doc_date), ("range" if c.annual else "cumulative"), False
    if nearest.role == "asof":
        if kind == "rate" and nearest.value is None:
            return None, "", False  # 目前…，较2019年增长1.22倍: a rate is no stock
        if c.cumulative:
            return (f"..{nearest.value}" if nearest.value else None), "cumulative", False
        if nearest.value is None and c.done:
            return None, "cumulative", False  # 目前，已培育形成181项案例: a total to date
        return nearest.value, "stock", False
    value = nearest.value
    doc_year = doc.doc_date[:4] if doc.doc_date and re.fullmatch("[0-9]{4}", doc.doc_date[:4]) else None
    if c.stock_only and nearest.kind != "day" and not _MONTHS_RE.fullmatch(value or ""):
        if nearest.kind in ("year", "month"):
            return value, "stock", False  # 2023年，自贸试验区扩容至22个: what there was then
        return None, "stock", False
    if c.cumulative and nearest.kind == "year" and value == doc_year and doc.doc_date and len(doc.doc_date) >= 7:
        return f"{doc_year}-01..{doc.doc_date[:7]}", "range", False  # 今年已累计: this year so far
    return value, nearest.kind, False


_IN_EFFECT_RE = re.compile("落地生效|落地见效")
# A span of months (1—11月, 前三季度, 今年以来): what is counted over it was added, not there.
_MONTHS_RE = re.compile("[0-9]{4}-[0-9]{2}\\.\\.[0-9]{4}-[0-9]{2}")
_AT_THE_START_RE = re.compile("(?:由|从)(?:设立|挂牌|成立|揭牌|建设|运行)之初的?(?:约|近)?$")


def _future(period: str | None, doc_date: str | None) -> bool:
    """A period that starts after the document's year: a plan's target, not a result."""
    return bool(period and doc_date and period[:4].isdigit() and doc_date[:4].isdigit() and period[:4] > doc_date[:4])


def _untimed_kind(tok: Token, doc: _Doc, kind: str, c: _Cues, sentence: tuple[int, int]) -> str:
    """The kind of a figure its text gives no time for: none for shares, rates, counts of times
    and the first value of a change (从105项精简至33项)."""
    if kind != "level" or tok.unit == "次" or _FROM_RE.search(doc.t, max(sentence[0], tok.start - 16), tok.start):
        return ""
    if _RECENT_RE.search(doc.t, sentence[0], tok.start) or re.search("将|即将", doc.t[sentence[0] : tok.start]):
        return ""  # 近日发布47项: one event; what will be
    if c.stock_only:
        return "stock"
    if c.cumulative or c.done:
        return "cumulative"
    if _IN_EFFECT_RE.search(doc.t, tok.end, sentence[1]) and tok.unit.lstrip("万") in _COUNTERS:
        return "cumulative"  # 180多项政策文件落地生效 (with no time): what has taken effect to date
    if c.stock_only or _STOCK_CUE_RE.search(doc.t, sentence[0], tok.start):
        return "stock"
    return ""


def _future_clause(t: str, m: periods.TimeMention, figure_clause: int) -> bool:
    """A day or month in an earlier clause about the future (12月18日，海南将正式启动…) does not
    date the figures of the clauses after it (a year may: 今年，湖南将…实施20项改革)."""
    return (
        m.start < figure_clause
        and m.kind not in ("year",)
        and re.search("将|即将|计划|拟", t[m.start : figure_clause]) is not None
    )


def _event_time(t: str, m: periods.TimeMention, pos: int) -> bool:
    """A time that dates an event named before the figure, not the figure: 在10月19日举行的集体采访上,
    12月18日自贸港启动封关运作后."""
    if m.role not in ("period",) or m.kind not in ("day", "month"):
        return False
    k = min((i for i in (t.find(c, m.end, pos) for c in "，,；;") if i != -1), default=pos)
    clause = t[m.end : k]
    return k < pos and (clause.endswith(("后", "之后", "以后")) or re.search("举行|召开|举办", clause) is not None)


def _another_figure_s(t: str, m: periods.TimeMention, pos: int) -> bool:
    """由2013年的190项减少到现在的27项: 2013 is the first figure's time, not the second's."""
    return (
        t[max(0, m.start - 1) : m.start] in ("由", "从")
        and re.match(r"\s*的\s*[0-9一二两三四五六七八九十]", t[m.end : pos]) is not None
        and not re.match(r"\s*的\s*[0-9.]+\s*$", t[m.end : pos])
    )


def _span(since: periods.TimeMention, asof: periods.TimeMention | None, doc_date: str | None) -> str | None:
    """START..END: START as written, END as written (a span's end, an as-of point) or the
    document's date at START's precision; ..END when the start is unknown."""
    end = since.until or (asof.value if asof is not None and asof.value else None)
    if end is None and doc_date:
        end = doc_date[: len(since.value)] if since.value else doc_date[:4]
    if since.value is None:
        return f"..{end}" if end and (since.until or asof is not None and asof.value) else None
    return f"{since.value}..{end}" if end else f"{since.value}.."


_FLOW_RE = re.compile(
    "新设|新增|新登记|引进|签约|开通|推出|形成|发布|落地|出台|实施|复制推广|参加|首批|新一批|进口|出口|减免|节省|入驻|落户|"
    "开工|启用|获批|投产|开业"
)


def _is_count_of_things(tok: Token, label: str) -> bool:
    """A count of what exists (口岸, 清单, 国家), not of what was added in a period (新设企业)."""
    return tok.unit.lstrip("万") in _COUNTERS and _FLOW_RE.search(label) is None


# Things a count of which is a stock (what there is), not a flow (what was added).
_STOCK_NOUN_RE = re.compile(
    "口岸|清单|企业|国家|地区|园区|机构|平台|航线|基地|高校|片区|自贸试验区|税目|条目|经营主体|市场主体|项目"
)


_REPORTED_TODAY_RE = re.compile("记者(?:今天|今日)[^。；]{0,30}?(?:了解到|获悉|获得)")


def _paragraph_time(doc: _Doc, ss: int) -> periods.TimeMention | None:
    """The time an earlier sentence of the paragraph opens with (今年1—11月，…; 封关以来，…): it
    scopes the sentences after it."""
    ps, _pe = doc.paragraph(ss)
    pos = ss
    while pos > ps:
        s0, _ = doc.sentence(pos - 1)
        head = _opening_time(doc, s0, pos)
        if head is not None and head.kind == "day" and _REPORTED_TODAY_RE.search(doc.t, s0, pos):
            return None  # 记者今天（10月29日）从…了解到: the day of the report, not of what follows
        if head is not None:
            return head
        pos = s0
    if ps > 0:  # a one-sentence paragraph before (“十四五”期间，制度型开放格局不断完善。) heads this one
        qs, qe = doc.paragraph(ps - 1)
        if qe - qs <= 40 and len(re.findall("[。！？]", doc.t[qs:qe])) <= 1:
            return _opening_time(doc, qs, qe)
    return None


def _opening_time(doc: _Doc, s0: int, end: int) -> periods.TimeMention | None:
    head = doc.mentions(s0, min(s0 + 12, end), None)
    return next((m for m in head if m.role in ("period", "since") and m.start - s0 <= 2), None)


# --- extraction ------------------------------------------------------------------------------------


def _repeated_headline(doc: _Doc, tok: Token, toks: Sequence[Token]) -> bool:
    """A figure of a headline (or of the title line) that the story's body gives again."""
    story = doc.story(tok.start)
    hs, he = story.headline
    first = doc.paras[0]
    if not (hs <= tok.start < he) and not (
        first[0] <= tok.start < first[1] and not re.search("[。！？]", doc.t[first[0] : first[1]])
    ):
        return False
    value, unit = normalize(tok.value, tok.unit)
    body_start = he if hs <= tok.start < he else first[1]
    before = doc.t[max(0, tok.start - 2) : tok.start]
    low, high = (1.0, 1.0)
    if re.search("超|逾|突破|超过", before) or tok.more:
        low, high = 1.0, 1.3  # 超2万亿元 for 2.2万亿元
    elif re.search("近|约", before):
        low, high = 0.8, 1.0
    for o in toks:
        if not (body_start <= o.start < (story.end if hs <= tok.start < he else len(doc.t))):
            continue
        ov, ou = normalize(o.value, o.unit)
        if ou == unit and value and ov is not None and low * value <= ov <= high * value:
            return True
    return False


_NAMES_ZONES_RE = re.compile("(?:自由贸易试验区|自贸试验区|自贸区)")
_NATION_AND_ZONES_RE = re.compile("全国(?:版)?(?:和|与|及)(?:自贸试验区|自由贸易试验区)[^。；]{0,30}分别")
_FIRM_SUBJECT_RE = re.compile("这家|该企业|该公司|[\u4e00-\u9fff]{2}(?:公司|集团)(?!在内)")
_POLICY_RATE_RE = re.compile("[\u4e00-\u9fff]{0,8}政策")
_CAPACITY_RE = re.compile("(?:可|能|能够)(?:同时)?(?:搭载|容纳|停靠|承载|接待|满足|供)[\u4e00-\u9fff]{0,6}$")
_WHOLE_OF_RE = re.compile("(?:了|占|的|于|到)[\u4e00-\u9fff]{2,3}$")
_AGREEMENT_RE = re.compile("自贸协定|自由贸易协定")
_ON_THE_BASIS_RE = re.compile("(?:的)?基础上")
_PEOPLE_OF_RE = re.compile("多?(?:中国人民|人民|人口|中国人|国人|民众|消费者)")


def _unit_of(tok: Token, doc: _Doc, clause: tuple[int, int]) -> str:
    """亿 without 元 for money is 亿元 (200亿 of a fund); else the unit as written."""
    if tok.unit in ("亿", "万亿") and _MONEY_RE.search(doc.t, clause[0], clause[1]):
        return tok.unit + "元"
    return tok.unit


def extract(
    text: str,
    entities: Sequence[Entity] = (),
    doc_date: str | None = None,
    gazetteer: gz.Gazetteer | None = None,
) -> list[Metric]:
    """Every figure in ``text`` with its zone/area (from the zone and area ``entities``), in order;
    none for a text that names no zone or area."""
    zones = sorted((e for e in entities if e.kind in ("zone", "area")), key=lambda e: e.start)
    if not text or not (zones or _GENERIC_FTZ_RE.search(text) or "海南" in text):
        return []  # a text that names no zone or area has no figures for the zone charts (and most texts are such)
    t = to_halfwidth(text)
    toks = [tok for tok in tokens(t) if is_figure(tok, t)]
    if not toks:
        return []
    g = gazetteer or gz.default()
    others = sorted((e for e in entities if e.kind in ("place", "org")), key=lambda e: e.start)
    doc = _Doc(text, t, zones, others, doc_date, g)
    books = [m.span() for m in re.finditer("《[^《》\n]{1,120}》", t)] if "《" in t else []
    out: list[Metric] = []
    for n_tok, tok in enumerate(toks):
        if any(s <= tok.start < e for s, e in books):
            continue  # numbers inside the title of a document
        sentence = doc.sentence(tok.start)
        clause = doc.clause(tok.start)
        if _PENALTY_RE.search(t, clause[0], clause[1]):
            continue  # 处一万元以上五万元以下的罚款: a rule's fine, not a zone's figure
        if _repeated_headline(doc, tok, toks):
            continue  # a headline repeats its story's figure
        if _inside_a_name(doc, tok, toks, n_tok, clause):
            continue  # “零关税”三张清单进口货值292.2亿元: the count is part of the measure's name
        if _NAMES_ZONES_RE.match(t, tok.end) and tok.unit == "个":
            continue  # 21个自贸试验区进出口…: the count names the zones; 数量达到22个 states it
        if _ON_THE_BASIS_RE.search(t, tok.end, clause[1]) and "在" in t[clause[0] : tok.start]:
            continue  # 在已出台23项措施的基础上: what the text builds on, told again, not a figure
        if tok.unit == "%" and _POLICY_RATE_RE.match(t, tok.end):
            continue  # 15%企业所得税政策, 加工增值达到30%内销免关税政策: a policy's rate, not a result
        if _CAPACITY_RE.search(t, max(clause[0], tok.start - 10), tok.start):
            continue  # 单次可搭载获救人员200人: what a vessel or facility can hold
        if _PEOPLE_OF_RE.match(t, tok.end) and tok.unit in ("亿", "万", "万亿"):
            continue  # 14亿中国人民, 14亿多人口的大市场: the country's people
        kind = kind_of(tok, doc, clause[0])
        quals = qualifiers_of(tok, doc, clause[0])
        where = attribute(tok, doc, kind, sentence, clause)
        prev = out[-1] if out and out[-1].start == sentence[0] else None
        label = label_of(tok, doc, kind, clause, prev)
        if not label:
            label = "数量" if kind == "level" else ("增长" if kind == "rate" else "比重")
            where = _NONE  # a figure nobody can name is no chart point
        elif _FACILITY_LABEL_RE.search(label) and not re.search("自贸(?!协定)|片区", label):
            where = _NONE  # 40个综合保税区, 10个示范园区: a count of other places, not the zone's figure
        elif (
            where.zone_id == gz.ALL_FTZ_ID
            and _NATION_AND_ZONES_RE.search(t, sentence[0], tok.start)
            and re.match(f"[和、]\\s*[0-9.{_CN}]+", t[tok.end : tok.end + 12])
        ):
            where = _NONE  # 全国和自贸试验区负面清单分别缩减至31条和27条: the first is the country's
        elif _AGREEMENT_RE.search(t, clause[0], clause[1]):
            where = _NONE  # 同28个国家和地区签署了21个自贸协定: the country's trade agreements
        period, period_kind, target = period_of(tok, doc, kind, sentence, clause, where.zone_id, label, where.area)
        whole = prev if prev is not None else _whole_before(doc, out, sentence[0])
        if "part" in quals and whole is not None and whole.kind == kind and period_kind in ("", "stock") and not period:
            period, period_kind = whole.period, whole.period_kind  # 其中外资企业3000家: a part of the figure before
        if target or _future(period, doc_date):
            quals.append("target")  # 2027年…达到: what a plan aims at
        unit = _unit_of(tok, doc, clause)
        nv, nu = normalize(tok.value, unit)
        category = categorize(label)
        if category == "other" and unit.lstrip("万") in ("平方公里", "公顷"):
            category = "area"
        ss, se = sentence
        out.append(
            Metric(
                zone=g.display_name(where.zone_id) if where.zone_id else None,
                zone_id=where.zone_id,
                area=where.area,
                metric=label,
                category=category,
                value_text=text[tok.start : tok.end],
                value=tok.value,
                unit=unit,
                normalized_value=nv,
                normalized_unit=nu,
                period=period,
                qualifier=",".join(quals),
                kind=kind,
                start=ss,
                end=se,
                num_start=tok.start,
                num_end=tok.end,
                quote=text[ss:se].strip(),
                value_high=tok.value_high,
                attribution=where.how,
                period_kind=period_kind,
            )
        )
        doc.found.append(out[-1])
        if doc.share_more:
            # 占全国约五分之一的进出口总额和外商投资: one share of each
            out.extend(replace(out[-1], metric=lb, category=categorize(lb)) for lb in doc.share_more)
            doc.share_more = []
        if kind == "rate" and doc.enumeration is not None:
            out.extend(_shared_rate(doc, out[-1], toks[n_tok + 1] if n_tok + 1 < len(toks) else None))
    return out


def _whole_before(doc: _Doc, out: Sequence[Metric], ss: int) -> Metric | None:
    """The last figure of the sentence before ``ss`` in the same paragraph (the whole of a part
    that opens the next sentence: …8.25万户。其中，…)."""
    if not out or ss <= 0:
        return None
    prev_start = doc.sentence(ss - 1)[0]
    last = out[-1]
    return last if last.start == prev_start and doc.paragraph(ss)[0] <= prev_start else None


def _inside_a_name(doc: _Doc, tok: Token, toks: Sequence[Token], i: int, clause: tuple[int, int]) -> bool:
    """A small count in Chinese numerals whose noun runs on into another figure's measure with no
    verb between (三张清单进口货值292.2亿元): a name, not a figure."""
    t = doc.t
    if t[tok.start] not in _CN or tok.value > 10 or i + 1 >= len(toks) or toks[i + 1].start >= clause[1]:
        return False
    between = t[tok.end : toks[i + 1].start]
    if len(between) > 10 or re.search("[，,、；;。和及与]", between):
        return False
    return (
        all(w.tag != "v" or w.text in ("进口", "出口", "进出口") for w in _segment(doc, tok.end, toks[i + 1].start))
        and len(between) >= 4
    )


def _shared_rate(doc: _Doc, m: Metric, nxt: Token | None) -> list[Metric]:
    """One rate for every thing of an enumeration (货物贸易、服务贸易年均增长超30%): a record for
    each thing it has not yet given, when no figure of their own follows."""
    parts, i, end = doc.enumeration or ([], 0, 0)
    if nxt is not None and re.fullmatch(r"[、和及与，,\s]*", doc.t[end : nxt.start]):
        return []  # 分别增长23.4%和17.7%: each thing has its figure
    doc.enumeration = None
    return [replace(m, metric=_clean(p + doc.enumeration_word)[-24:]) for p in parts[i:]]
