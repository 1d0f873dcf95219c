"""Look-alike ideographs folded to the unified ones: Kangxi Radicals and CJK Radicals Supplement
characters that PDF text layers produce for common characters (⼝ for 口, ⺠ for 民). One code
point in, one code point out, so offsets in the folded text are offsets in the original.

CJK Compatibility Ideographs need nothing here: NFC (``core.text.normalize``) already maps them.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LOOKALIKES", "fold_lookalikes", "has_lookalikes"]

# CJK Radicals Supplement (U+2E80–U+2EF3) → the unified ideograph each stands for (Unicode's
# EquivalentUnifiedIdeograph data for the forms that occur in running text; component-only forms
# without a unified equivalent are left out).
_SUPPLEMENT = {
    "\u2e81": "厂",
    "\u2e84": "乙",
    "\u2e85": "亻",
    "\u2e86": "冂",
    "\u2e89": "刂",
    "\u2e8a": "卜",
    "\u2e8c": "小",
    "\u2e8d": "小",
    "\u2e8e": "兀",
    "\u2e90": "尢",
    "\u2e92": "巳",
    "\u2e93": "幺",
    "\u2e94": "彑",
    "\u2e96": "忄",
    "\u2e97": "心",
    "\u2e98": "扌",
    "\u2e99": "攵",
    "\u2e9b": "旡",
    "\u2e9c": "日",
    "\u2e9d": "月",
    "\u2e9e": "歺",
    "\u2e9f": "母",
    "\u2ea0": "民",
    "\u2ea1": "氵",
    "\u2ea2": "氺",
    "\u2ea3": "灬",
    "\u2ea4": "爫",
    "\u2ea6": "丬",
    "\u2ea7": "牛",
    "\u2ea8": "犭",
    "\u2ea9": "王",
    "\u2eab": "罒",
    "\u2eac": "示",
    "\u2ead": "礻",
    "\u2eaf": "糹",
    "\u2eb0": "纟",
    "\u2eb2": "罒",
    "\u2eb3": "网",
    "\u2eb6": "羊",
    "\u2eb9": "耂",
    "\u2eba": "肀",
    "\u2ebb": "聿",
    "\u2ebc": "肉",
    "\u2ebd": "臼",
    "\u2ebe": "艹",
    "\u2ebf": "艹",
    "\u2ec0": "艹",
    "\u2ec1": "虎",
    "\u2ec2": "衤",
    "\u2ec3": "覀",
    "\u2ec4": "西",
    "\u2ec5": "见",
    "\u2ec6": "角",
    "\u2ec8": "讠",
    "\u2ec9": "贝",
    "\u2ecb": "车",
    "\u2ecc": "辶",
    "\u2ecd": "辶",
    "\u2ed0": "钅",
    "\u2ed1": "長",
    "\u2ed2": "镸",
    "\u2ed3": "长",
    "\u2ed4": "门",
    "\u2ed6": "阝",
    "\u2ed7": "雨",
    "\u2ed8": "青",
    "\u2ed9": "韦",
    "\u2eda": "页",
    "\u2edb": "风",
    "\u2edc": "飞",
    "\u2edd": "食",
    "\u2edf": "飠",
    "\u2ee0": "饣",
    "\u2ee2": "马",
    "\u2ee3": "骨",
    "\u2ee4": "鬼",
    "\u2ee5": "鱼",
    "\u2ee6": "鸟",
    "\u2ee7": "卤",
    "\u2ee8": "麦",
    "\u2ee9": "黄",
    "\u2eea": "黾",
    "\u2eeb": "斉",
    "\u2eec": "齐",
    "\u2eed": "歯",
    "\u2eee": "齿",
    "\u2eef": "竜",
    "\u2ef0": "龙",
    "\u2ef1": "龜",
    "\u2ef2": "亀",
    "\u2ef3": "龟",
}


def _table() -> dict[str, str]:
    table = dict(_SUPPLEMENT)
    # Kangxi Radicals (U+2F00–U+2FD5): their compatibility decomposition is the unified ideograph
    for o in range(0x2F00, 0x2FD6):
        target = unicodedata.normalize("NFKC", chr(o))
        if len(target) == 1 and target != chr(o):
            table[chr(o)] = target
    return table


#: every look-alike character and the unified ideograph it is folded to
LOOKALIKES: dict[str, str] = _table()
_TRANSLATE = str.maketrans(LOOKALIKES)
_LOOKALIKE_RE = re.compile("[\u2e80-\u2fdf]")


def has_lookalikes(s: str) -> bool:
    """True when ``s`` has a character of the two radical blocks (a fast check before folding)."""
    return _LOOKALIKE_RE.search(s) is not None


def fold_lookalikes(s: str) -> str:
    """``s`` with every radical look-alike replaced by its unified ideograph (length kept)."""
    if _LOOKALIKE_RE.search(s) is None:
        return s
    return s.translate(_TRANSLATE)
