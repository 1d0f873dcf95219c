"""Numbers as Chinese texts write them: Arabic (separators, spaces, full-width), Chinese numerals
(两万, 十五, 零点五), mixed forms (1.2万, 3个亿), ranges; units and their normalisation
(亿元 → 元, 万户 → 户, 3个亿 → 3亿).

Pure Python, no Qt, no SQL. ``parse_number`` never raises: it returns None for what it cannot read.
"""

from __future__ import annotations

import re

__all__ = [
    "BASE_UNITS",
    "CN_NUMERAL_CHARS",
    "FULLWIDTH",
    "MULTIPLIERS",
    "UNITS",
    "normalize",
    "parse_number",
    "parse_range",
    "split_unit",
    "to_halfwidth",
]

#: Full-width digits and signs → ASCII, one character for one (offsets stay valid).
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－～", "0123456789.,%-~")

_DIGITS = {
    "零": 0,
    "〇": 0,
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
}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)

_ARABIC_RE = re.compile(r"^\s*([0-9][0-9,， ]*(?:\.[0-9]+)?)\s*([万亿]*)\s*$")
_RANGE_SEP_RE = re.compile(r"\s*(?:-|—|–|~|～|至|到)\s*")

#: Multipliers written before a unit (万户, 十万吨, 亿元): character(s) → factor.
MULTIPLIERS: dict[str, float] = {
    "十": 10.0,
    "百": 100.0,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "十亿": 1e9,
    "百亿": 1e10,
    "千亿": 1e11,
    "万亿": 1e12,
}


def _word_list(s: str) -> tuple[str, ...]:
    return tuple(s.split())


# Base units, as the text writes them after a number, with their factor and normalised unit.
# Counters of things (家, 艘, 名…), money, sizes, shares. Durations (天, 个月, 年) are no units here:
# a figure lasting 3年 is a deadline, not a quantity.
_COUNT_UNITS = _word_list(
    "户 家 家次 人 人次 名 位 项 个 件 条 列 列次 班 笔 批 批次 款 艘 艘次 架 架次 辆 台 套 座 所 张 单 票 份 宗 次 种 类 例 只 头 箱 箱次 标箱 TEU 标准箱 个品类 吨 公斤 千克 平方公里 公顷 平方米 亩 公里 千米 千瓦 千瓦时 度 元 美元 欧元 港元 日元 元人民币 倍"
)
BASE_UNITS: dict[str, tuple[float, str]] = {u: (1.0, u) for u in _COUNT_UNITS}
BASE_UNITS.update(
    {
        "%": (1.0, "%"),
        "成": (10.0, "%"),
        "个百分点": (1.0, "个百分点"),
        "元人民币": (1.0, "元"),
        "标准箱": (1.0, "标箱"),
        "千克": (1.0, "公斤"),
        "千米": (1.0, "公里"),
    }
)
# A multiplier alone after a number (3个亿, 2万) is a unit of its own: 亿 of something unsaid.
_BARE_MULTIPLIERS = ("万亿", "亿", "万")

#: unit as written → (factor, normalised unit), for the common units (kept for callers that
#: look units up directly; ``normalize`` reads any multiplier + base unit).
UNITS: dict[str, tuple[float, str]] = {
    **{
        u: BASE_UNITS[u]
        for u in (
            "元",
            "美元",
            "户",
            "家",
            "人",
            "项",
            "个",
            "件",
            "条",
            "列",
            "笔",
            "批",
        )
    },
    **{u: BASE_UNITS[u] for u in ("款", "吨", "标箱", "TEU", "平方公里", "公顷", "%", "成", "个百分点")},
    "万亿元": (1e12, "元"),
    "亿元": (1e8, "元"),
    "万元": (1e4, "元"),
    "亿美元": (1e8, "美元"),
    "万美元": (1e4, "美元"),
    "万户": (1e4, "户"),
    "万家": (1e4, "家"),
    "万人": (1e4, "人"),
    "万项": (1e4, "项"),
    "万个": (1e4, "个"),
    "万件": (1e4, "件"),
    "万吨": (1e4, "吨"),
    "万标箱": (1e4, "标箱"),
    "万TEU": (1e4, "TEU"),
}


def to_halfwidth(s: str) -> str:
    """Full-width digits and signs as ASCII, same length."""
    return s.translate(FULLWIDTH)


def _chinese_integer(s: str) -> float | None:
    """两万 → 20000, 一百二十九 → 129, 十五 → 15, 三 → 3; None if not a Chinese numeral."""
    if not s or any(c not in CN_NUMERAL_CHARS for c in s):
        return None
    total = 0.0  # finished 亿/万 groups
    group = 0.0  # the group being read (below 万)
    digit: float | None = None
    for c in s:
        if c in _DIGITS:
            if digit is not None and digit != 0:
                return None  # 两三 (an estimate), 二〇二三 (a year): not one number
            digit = _DIGITS[c]
        elif c in _SMALL:
            group += (1 if digit is None else digit) * _SMALL[c]
            digit = None
        else:  # 万 / 亿
            group += digit or 0
            if group == 0 and total == 0:
                group = 1
            big = _BIG[c]
            total = (total + group) * big if big == 1e8 else total + group * big
            group, digit = 0.0, None
    return total + group + (digit or 0)


def _chinese(s: str) -> float | None:
    """A Chinese numeral, with a decimal part after 点 (零点五 → 0.5, 三点五万 → 35000)."""
    if "点" not in s:
        return _chinese_integer(s)
    whole, _, rest = s.partition("点")
    scale = 1.0
    while rest and rest[-1] in _BIG:
        scale *= _BIG[rest[-1]]
        rest = rest[:-1]
    if not rest or any(c not in _DIGITS for c in rest):
        return None
    left = _chinese_integer(whole) if whole else None
    if left is None:
        return None
    fraction = float("0." + "".join(str(_DIGITS[c]) for c in rest))
    return (left + fraction) * scale


def parse_number(s: str) -> float | None:
    """The value of one number as written (no unit): 1,072 / 74 / 1.2万 / 两万 / ２１４.４８ / 三 / 零点五."""
    try:
        s = to_halfwidth(s).strip()
        if not s:
            return None
        m = _ARABIC_RE.match(s)
        if m:
            digits = re.sub(r"[,， ]", "", m.group(1))
            if not digits or digits.count(".") > 1:
                return None
            value = float(digits)
            for c in m.group(2):
                value *= _BIG[c]
            return value
        return _chinese(s)
    except (ValueError, OverflowError):
        return None


def parse_range(s: str) -> tuple[float, float] | None:
    """'30-60' / '三至五' → (low, high); None when ``s`` is not a range of two numbers."""
    parts = _RANGE_SEP_RE.split(to_halfwidth(s).strip())
    if len(parts) != 2:
        return None
    lo, hi = parse_number(parts[0]), parse_number(parts[1])
    if lo is None or hi is None:
        return None
    return lo, hi


def split_unit(unit: str) -> tuple[float, str]:
    """A unit as written → (factor, normalised base unit): 亿元 → (1e8, 元), 万户 → (1e4, 户),
    个亿 / 亿 → (1e8, ''), 成 → (10, %); an unknown unit → (1, itself)."""
    if unit in UNITS:
        return UNITS[unit]
    if unit in BASE_UNITS:
        return BASE_UNITS[unit]
    bare = unit.removeprefix("个")
    if bare in _BARE_MULTIPLIERS:
        return MULTIPLIERS[bare], ""
    for n in (2, 1):
        head, base = unit[:n], unit[n:]
        if head in MULTIPLIERS and base in BASE_UNITS:
            factor, norm = BASE_UNITS[base]
            return MULTIPLIERS[head] * factor, norm
    return 1.0, unit


def normalize(value: float | None, unit: str) -> tuple[float | None, str]:
    """(value, unit) in the base unit: (214.48, 亿元) → (21448000000.0, 元); unknown units as they are."""
    factor, base = split_unit(unit)
    if value is None:
        return None, base
    return round(value * factor, 6), base
