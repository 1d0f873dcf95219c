"""Numbers as Chinese texts write them: Arabic (separators, spaces, full-width), Chinese numerals,
mixed forms (1.2万, 两万, 三成), ranges; units and their normalisation (亿元 → 元, 万户 → 户).

Pure Python, no Qt, no SQL. ``parse_number`` never raises: it returns None for what it cannot read.
"""

from __future__ import annotations

import re

__all__ = ["FULLWIDTH", "parse_number", "parse_range", "normalize", "to_halfwidth", "UNITS"]

#: Full-width digits and signs → ASCII, one character for one (offsets stay valid).
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－～", "0123456789.,%-~")

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_BIG)

_ARABIC_RE = re.compile(r"^\s*([0-9][0-9,， ]*(?:\.[0-9]+)?)\s*([万亿]*)\s*$")
_RANGE_SEP_RE = re.compile(r"\s*(?:-|—|–|~|～|至|到)\s*")

#: unit as written → (factor, normalized unit)
UNITS: dict[str, tuple[float, str]] = {
    "万亿元": (1e12, "元"), "亿元": (1e8, "元"), "万元": (1e4, "元"), "元": (1.0, "元"),
    "亿美元": (1e8, "美元"), "万美元": (1e4, "美元"), "美元": (1.0, "美元"),
    "万户": (1e4, "户"), "户": (1.0, "户"),
    "万家": (1e4, "家"), "家": (1.0, "家"),
    "万人": (1e4, "人"), "人": (1.0, "人"),
    "万项": (1e4, "项"), "项": (1.0, "项"),
    "万个": (1e4, "个"), "个": (1.0, "个"),
    "万件": (1e4, "件"), "件": (1.0, "件"),
    "条": (1.0, "条"), "列": (1.0, "列"), "笔": (1.0, "笔"), "批": (1.0, "批"), "款": (1.0, "款"),
    "万吨": (1e4, "吨"), "吨": (1.0, "吨"),
    "万标箱": (1e4, "标箱"), "标箱": (1.0, "标箱"), "万TEU": (1e4, "TEU"), "TEU": (1.0, "TEU"),
    "平方公里": (1.0, "平方公里"), "公顷": (1.0, "公顷"),
    "%": (1.0, "%"), "成": (10.0, "%"), "个百分点": (1.0, "个百分点"),
}


def to_halfwidth(s: str) -> str:
    """Full-width digits and signs as ASCII, same length."""
    return s.translate(FULLWIDTH)


def _chinese(s: str) -> float | None:
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
            if big == 1e8:
                total = (total + group) * big
            else:
                total = total + group * big
            group, digit = 0.0, None
    return total + group + (digit or 0)


def parse_number(s: str) -> float | None:
    """The value of one number as written (no unit): 1,072 / 74 / 1.2万 / 两万 / ２１４.４８ / 三."""
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
        # mixed: Arabic then Chinese multipliers handled above; else pure Chinese
        return _chinese(s)
    except (ValueError, OverflowError):
        return None


def parse_range(s: str) -> tuple[float, float] | None:
    """'30-60' / '三至五' → (low, high); None when ``s`` is not a range of two numbers."""
    try:
        parts = _RANGE_SEP_RE.split(to_halfwidth(s).strip())
    except Exception:  # noqa: BLE001 - never raises
        return None
    if len(parts) != 2:
        return None
    lo, hi = parse_number(parts[0]), parse_number(parts[1])
    if lo is None or hi is None:
        return None
    return lo, hi


def normalize(value: float | None, unit: str) -> tuple[float | None, str]:
    """(value, unit) in the base unit: (214.48, 亿元) → (21448000000.0, 元); unknown units as they are."""
    factor, base = UNITS.get(unit, (1.0, unit))
    if value is None:
        return None, base
    return round(value * factor, 6), base
