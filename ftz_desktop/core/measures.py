"""Measures and amounts of zone figures: which figures measure the same thing, in which unit family,
and how a Chinese reader writes their amounts (万亿元 / 亿元 / 万元 / 万户 / 家). Pure Python, no Qt.

A *measure* is what a figure counts, under one name whatever the wording: 新设企业 for 新设企业,
新设立企业, 新增注册企业, 新登记企业… (新设经营主体 for 市场主体, 经营主体: they count sole traders too); 外贸进出口总额 for 进出口总额, 外贸进出口额, 货物贸易进出口
总值… (``measure_label``). A label with words before the measure that change what is counted
(在全国复制推广的制度创新成果, 新设外资企业) stays a measure of its own. A *unit family* groups
units that can stand on one axis (户 and 家 are counts; 亿元 and 万元 are yuan; 亿美元 is not).
"""

from __future__ import annotations

import math
import re

__all__ = [
    "FAMILIES",
    "axis_unit",
    "format_amount",
    "format_number",
    "in_family_unit",
    "measure_label",
    "unit_family",
]

# --- measures ----------------------------------------------------------------------------------

# Words before a measure that do not change what it counts (who or when is said elsewhere).
_NEUTRAL = (
    "全年|当年|年内|今年|去年|上半年|下半年|前三季度|一季度|同期|累计|共|合计|总共|全省|全市|全区|全岛|全国|"
    "片区|自贸片区|自贸试验区|自贸区|自由贸易试验区|试验区|自贸港|自由贸易港|本区|区内|其中|实现|完成|达到|达|"
    "新增|新|形成|新形成|累计形成|落地|推出|发布|的"
)
_NEUTRAL_RE = re.compile(f"^(?:{_NEUTRAL})+")
# A zone's name before the measure (中国（上海）自由贸易试验区, or a cut one: 贸试验区) is no part of it.
_ZONE_PREFIX_RE = re.compile("^.{0,14}?(?:试验区|片区|自贸区|自贸港|贸易港)")

# canonical measure → the endings that name it (the whole label once neutral words are gone)
_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("新设外资企业", "(?:新设立?|新增|新注册|新登记|新引进)(?:外资|外商投资)企业(?:数量?)?"),
    ("新设企业", "(?:新设立?|新增注册|新注册|新登记|新增登记|新增|新落户|新引进|注册)(?:的)?企业(?:数量?)?"),
    # market entities count sole traders (个体工商户) too: not the same as enterprises
    (
        "新设经营主体",
        "(?:新设立?|新增注册|新注册|新登记|新增登记|新增)(?:的)?(?:市场主体|经营主体|商事主体)(?:数量?)?",
    ),
    (
        "外贸进出口总额",
        "(?:外贸|货物贸易|货物|对外贸易)?进出口(?:贸易)?(?:总额|额|总值|值|货值|规模|贸易额)?|外贸(?:规模|总额|总值|额)",
    ),
    ("出口额", "(?:外贸|货物贸易|货物)?出口(?:贸易)?(?:总额|额|总值|值|货值)"),
    ("进口额", "(?:外贸|货物贸易|货物)?进口(?:贸易)?(?:总额|额|总值|值|货值)"),
    ("实际使用外资", "(?:实际使用|实际利用|实到|实际到位)(?:外资|外商直接投资)(?:金额|额)?"),
    ("合同外资", "合同(?:利用)?外资(?:金额|额)?"),
    ("制度创新成果", "(?:制度创新|改革创新|创新)(?:成果|案例)"),
    ("试点任务", "(?:改革)?试点任务"),
    ("固定资产投资", "固定资产投资(?:额)?"),
    ("税收", "税收(?:收入)?"),
    ("离岛免税销售额", "离岛免税(?:购物)?(?:销售额|销售|购物金额|金额)"),
)
_SYNONYM_RES = tuple((name, re.compile(f"(?:{pattern})$")) for name, pattern in _SYNONYMS)
_COUNT_SUFFIX_RE = re.compile("(?:数量|数目|个数|总数)$")
_GENERIC = frozenset(("规模", "总额", "金额", "总量", "比重", "占比", "比例", "增速", "增长"))


def measure_label(label: str) -> str:
    """The measure a figure's label names: a canonical name for the common measures (新设企业,
    外贸进出口总额, 实际使用外资, 制度创新成果…), else the label without the neutral words before
    it (全年, 累计, 自贸试验区…) and a trailing 数量. Never empty for a non-empty label."""
    text = label.strip()
    for name, pattern in _SYNONYM_RES:
        m = pattern.search(text)
        if m is not None and _is_neutral(text[: m.start()]):
            return name
    core = _COUNT_SUFFIX_RE.sub("", _NEUTRAL_RE.sub("", _ZONE_PREFIX_RE.sub("", text)))
    if not core or core in _GENERIC:  # 自贸试验区数量: the zone word is what is counted
        core = text
    return core or text


def _is_neutral(prefix: str) -> bool:
    prefix = _ZONE_PREFIX_RE.sub("", prefix)
    return not prefix or _NEUTRAL_RE.fullmatch(prefix) is not None


# --- unit families ------------------------------------------------------------------------------

#: family → (its unit on axes, how amounts scale: "money" 万/亿/万亿, "count" 万/亿, "plain")
FAMILIES: dict[str, tuple[str, str]] = {
    "cny": ("元", "money"),
    "usd": ("美元", "money"),
    "eur": ("欧元", "money"),
    "hkd": ("港元", "money"),
    "jpy": ("日元", "money"),
    "count": ("", "count"),  # the written counter: 户, 家, 项, 个…
    "people": ("人", "count"),
    "visits": ("人次", "count"),
    "weight": ("吨", "count"),
    "teu": ("标箱", "count"),
    "area": ("平方公里", "plain"),
    "length": ("公里", "plain"),
    "energy": ("千瓦时", "count"),
    "percent": ("%", "plain"),
    "points": ("个百分点", "plain"),
    "times": ("倍", "plain"),
}

# normalised unit → (family, factor to the family's unit)
_UNIT_FAMILY: dict[str, tuple[str, float]] = {
    "元": ("cny", 1.0),
    "美元": ("usd", 1.0),
    "欧元": ("eur", 1.0),
    "港元": ("hkd", 1.0),
    "日元": ("jpy", 1.0),
    "人": ("people", 1.0),
    "名": ("people", 1.0),
    "人次": ("visits", 1.0),
    "吨": ("weight", 1.0),
    "公斤": ("weight", 1e-3),
    "标箱": ("teu", 1.0),
    "TEU": ("teu", 1.0),
    "平方公里": ("area", 1.0),
    "公顷": ("area", 0.01),
    "亩": ("area", 1 / 1500),
    "平方米": ("area", 1e-6),
    "公里": ("length", 1.0),
    "千瓦时": ("energy", 1.0),
    "度": ("energy", 1.0),
    "%": ("percent", 1.0),
    "个百分点": ("points", 1.0),
    "倍": ("times", 1.0),
}


def unit_family(kind: str, normalized_unit: str) -> str:
    """The family of a figure's unit, with its kind where the kind changes what the number means:
    a share (占…%) is ``share``, a rate of change is ``rate:percent`` / ``rate:points`` /
    ``rate:times``; levels are ``cny``, ``usd``, ``count`` (户, 家, 项, 个…), ``people``, ``area``…"""
    family = _UNIT_FAMILY.get(normalized_unit, ("count", 1.0))[0] if normalized_unit else "count"
    if kind == "share":
        return "share"
    if kind == "rate":
        return f"rate:{family}"
    return family


def in_family_unit(value: float, normalized_unit: str) -> float:
    """``value`` (in ``normalized_unit``) in its family's unit (公顷 → 平方公里, 公斤 → 吨)."""
    return value * _UNIT_FAMILY.get(normalized_unit, ("", 1.0))[1]


def _base(family: str) -> tuple[str, str]:
    if family == "share":
        return ("%", "plain")
    if family.startswith("rate:"):
        return FAMILIES.get(family[5:], ("%", "plain"))
    return FAMILIES.get(family, ("", "count"))


# --- amounts as a Chinese reader writes them ------------------------------------------------------

_MONEY_STEPS = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_COUNT_STEPS = ((1e8, "亿"), (1e4, "万"))


def axis_unit(largest: float, family: str, counter: str = "") -> tuple[float, str]:
    """(divisor, unit) for amounts up to ``largest`` in ``family``: 1e8 and 亿元 for 214.48亿元,
    1e4 and 万户 for 21.08万户, 1 and 家 for 58家. ``counter`` is the written unit of a ``count``."""
    unit, scaling = _base(family)
    unit = unit or counter
    steps = _MONEY_STEPS if scaling == "money" else _COUNT_STEPS if scaling == "count" else ()
    big = abs(largest) if math.isfinite(largest) else 0.0
    for divisor, prefix in steps:
        if big >= divisor:
            return divisor, prefix + unit
    return 1.0, unit


def format_number(value: float, decimals: int = 2) -> str:
    """A number without scientific notation or separators, at most ``decimals`` decimals, trailing
    zeros dropped: 214.48, 21.08, 1072, 0.5."""
    if not math.isfinite(value):
        return "—"
    text = f"{value:.{max(0, decimals)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_amount(value: float, family: str, counter: str = "") -> str:
    """An amount in its family's unit as a Chinese reader writes it: 4.23万亿元, 214.48亿元, 10.81亿元,
    5000万元, 21.08万户, 58家, 90.2%, 4.8个百分点."""
    divisor, unit = axis_unit(value, family, counter)
    scaled = value / divisor
    decimals = 2 if abs(scaled) < 1000 else 1 if abs(scaled) < 10000 else 0
    return format_number(scaled, decimals) + unit
