"""The measured noun phrase of a figure, built from whole words (never cut inside one).

A clause is segmented with the gazetteer's segmenter (rjieba: zone and area names stay whole)
and every word gets its dictionary part of speech (cached per word; a few domain words are
corrected). ``np_before`` reads the subject before the verb that introduces a number (离岛免税购物
金额|达到600亿元), ``np_after`` the noun phrase counted right after a counter (15家|人工智能产业重点
项目|签约入驻), ``vp_after`` what a generic counted noun does (举措|落地生效). Time and place
adverbials, prepositions, pronouns, adverbs, numbers, leading and trailing verbs stay out.
Pure Python, no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ftz_desktop.core import gazetteer as gz

__all__ = [
    "Word",
    "is_modifier",
    "np_after",
    "np_before_at",
    "enumeration_before",
    "np_before",
    "segment",
    "relative_clause",
    "vp_after",
    "word_tag",
]


class Word(NamedTuple):
    """A word of the text at ``start``…``end`` with its dictionary part of speech."""

    text: str
    start: int
    end: int
    tag: str


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Dictionary tags that are wrong for our texts (落地 is the verb, 收入 the noun).
_TAG_FIXES = {
    "落地": "v",
    "生效": "v",
    "瘦身": "v",
    "出岛": "v",
    "收入": "n",
    "预算": "n",
    "清单": "n",
    "协定": "n",
    "率": "n",
    "实质性": "d",  # 实质性开展: how something is done  # 预约率, 查验率: the rate of what the word before names  # 自贸协定: an agreement, not “to agree”
    "口岸": "n",
    "承诺": "vn",
    "规模": "n",
    "总值": "n",
    "货值": "n",
    "增速": "n",
    "增幅": "n",
    "增长率": "n",
    "占比": "n",
    "比重": "n",
    "之初": "f",
    "举措": "n",
    "措施": "n",
    "税款": "n",
    "关税": "n",
    "货物": "n",
    "新设": "v",
    "新设立": "v",
    "新登记": "v",
    "新引进": "v",
    "新签约": "v",
    "全面": "ad",
}
# Verbs that introduce a number (…达到|600亿元) and words between a subject and its number.
_INTRO = _set(
    "达 达到 超 超过 突破 为 是 实现 累计 累计达 共 共计 总计 合计 计 已 已经 已达 约 近 逾 高达 多达 将近 接近 "
    "不到 不足 不少于 超出 增至 增加到 增加至 增长到 增长至 提升至 提升到 提高到 提高至 升至 跃升至 上升至 上升到 "
    "扩大到 扩大至 降至 下降到 下降至 减少到 减少至 缩减至 缩减为 缩短至 缩短到 压缩至 有 拥有 就有 已有 分别 就 也 "
    "还 均 都 了 到 至 仅 仅为 仅剩 同比 的 再 又 首次 再次 全年 合 约为 大约 总数 总量 以上 左右 多 由 从 扩大 增加 提高 提升 "
    "上升 下降 减少 缩减 缩短 压缩 增长 跃升 降低 瘦身 精简 升 降 扩容 升级 扩围 扩区 达到了"
)
# Words that end a noun phrase walked backwards (excluded): prepositions, pronouns, adverbs,
# conjunctions, particles.
_BOUNDARY = _set(
    "在 从 由 向 对 与 把 被 以 通过 随着 经过 截至 据 自 于 同 跟 给 按 比 较 将 让 使 其中 同时 此外 另外 "
    "该 这 此 其 这些 那 这里 那里 这个 该区 我国 我省 我市 我区 并 而 且 但 和 及 以及 或 等 等等 已 已经 也 都 还 "
    "就 均 又 再 正 正在 基本 相继 陆续 分别 首批 一批 新一批 共同 进一步 不断 持续 稳步 全面 目前 如今 当前 "
    "现在 截至目前 今年以来 以来 期间 其间 当中 之中 里 前 后 时 之间 均为 也是"
)
# Predicates between a subject and its object: the noun phrase after them is the object.
_PREDICATES = _set(
    "使用 组织 帮助 实现 形成 推出 发布 吸引 带动 培育 打造 建成 拥有 设立 开展 推动 支持 举办 覆盖 涵盖 "
    "包括 聚集 集聚 汇聚 吸纳 办理 发放 完成 达成 获得 获批 批准 认定 推进 提供 上线 启用 释放 出台 印发 "
    "制定 明确 提出 部署 聚焦 涉及 加入 发起 倡议 联合 参加 参与 建设 新建 助力 保障 惠及 带来 创造 贡献 "
    "培养 集中 成立 监管 接待 服务于 开放 保持 迎来 吸收 引来 达成 签署 有 是 为 占 涉 含 包含 落实 采取 "
    "进入 加快 全力 积极 持续 不断 推广 复制推广 复制 落地 实施 入驻 落户 签约 开工 完工 建成 投产 生效 通过"
)
# Predicates a short object keeps as part of the measure (节省|成本 → 节省成本).
_OBJECT_VERBS = _set("节省 节约 减免 降低 减少 增加 使用 实现 完成 带动 吸引 创造 释放 发放 办理 接待")
# Verbs that say what was done to the things counted after them: part of the measure
# (复制推广|制度创新成果, 出台|政策), the verb's subject not.
_DONE_VERBS = _set(
    "出台 推广 复制推广 引进 新引进 签约 落地 开通 开行 认定 落户 入驻 开工 投产 减免 节省 节约 吸收 利用"
)
# Light verbs: the measure is their object, owned by their subject (园区|实现|营业收入).
_LIGHT_VERBS = _set("实现 完成 达成")
# Verbs that say what happened to what is counted (12家重点基金|签约落地): not part of the noun.
_FLOW_AFTER = _PREDICATES | _set("新增 新设 引进 开通 开行 发运 启动 运营 投用 揭牌 挂牌 入选 获 获评 受益 享受")
# Verbs of something new: after the subject they go before it (外贸备案主体|新增|2000家 → 新增外贸备案主体).
_NEW_VERBS = _set("新增 新设 新设立 新登记 新注册 新引进 新签约")
# What a 新增 after it counts (外贸备案主体|新增 2000家 → 新增外贸备案主体).
_COUNTED_HEADS = (
    "企业",
    "主体",
    "机构",
    "公司",
    "项目",
    "人才",
    "户",
    "商户",
    "会员",
    "用户",
    "品牌",
    "航线",
    "门店",
    "人口",
)
# A head noun that says nothing alone: the words before 的 belong to it (基金的资金规模 → 基金资金规模).
_GENERIC_HEADS = (
    "规模",
    "数量",
    "总额",
    "金额",
    "总量",
    "比重",
    "占比",
    "比例",
    "增速",
    "总值",
    "货值",
    "份额",
    "数",
    "额",
    "量",
)
# Counted nouns that say little alone: what they do in the clause names them (举措|落地生效).
GENERIC_NOUNS = _set(
    "企业 项目 举措 措施 政策 案例 机构 国家 地区 国家和地区 家 人 人次 条 项 个 批 高校 单位 主体 园区 平台 "
    "文件 事项 任务 经验 成果 品牌 产品 商品 航线 口岸 基金 资金"
)
_NOMINAL_TAGS = _set("n nr nrt nrfg ns nsa nt nz vn an l j eng i a b s f g ng x")
_CLOSED_TAGS = _set("p r d c u uj ul uz ug uv ud y e o m q mq t tg")
_NUM_RE = re.compile(
    "第?[0-9０-９.．%零〇一二两三四五六七八九十百千万亿几多余数]+"
    "(?:[个项家条批种次名位张所列艘户件类套座台辆只单票份宗例年月日天倍成]|个月|多个|余个|余项)?"
)
_TIME_RE = re.compile(
    r"(?:19|20)[0-9]{2}年?|[0-9]{1,2}月|[0-9]{1,2}日|今年|去年|上年|明年|全年|上半年|下半年|前三季度|"
    r"[一二三四]季度|当天|今天|首日|年内|年底|年末|月底|月末|年初|近年来?|以来|近日|日前|此前|目前|如今|当前|"
    r"[一二两三四五六七八九十]+年(?:来|间)?|年间|年来|多年|期间|当年|当月"
)
_QUOTES = '“”"‘’「」《》'
_PUNCT_RE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9“”\"‘’「」]")


def _segmenter() -> Any:
    return gz.default().segmenter()


@lru_cache(maxsize=200_000)
def word_tag(word: str) -> str:
    """The dictionary part of speech of one word (out of context; corrected for our texts)."""
    if word in _TAG_FIXES:
        return _TAG_FIXES[word]
    if _PUNCT_RE.fullmatch(word[:1] or " ") and word[:1] not in _QUOTES:
        return "x"
    if word[:1] in _QUOTES:
        return "x"
    tagged = _segmenter().tag(word)
    tag = str(tagged[0][1]) if len(tagged) == 1 else "n"
    if (
        tag in ("m", "mq")
        and len(word) > 1
        and word[0] in "零〇一二两三四五六七八九十百千万"
        and not _NUM_RE.fullmatch(word)
    ):
        return "n"  # 零部件, 二线: words that begin with a numeral
    return tag


def segment(t: str, s: int, e: int, jieba: Any = None) -> list[Word]:
    """The words of ``t[s:e]`` with their offsets and tags (``jieba``: the segmenter to use, by
    default the gazetteer's)."""
    out: list[Word] = []
    pos = s
    for w in (jieba or _segmenter()).cut(t[s:e]):
        tag = word_tag(w)
        if w == "时间" and out and (out[-1].text.endswith("年") or _is_time(out[-1]) or _is_number(out[-1])):
            tag = "t"  # 近6年|时间: a span of time (通关时间 is a measure)
        out.append(Word(w, pos, pos + len(w), tag))
        pos += len(w)
    return out


def _is_number(w: Word) -> bool:
    """A number, with its counter if the segmenter kept them together (两批, 第一批; not 二线)."""
    if w.text == "数" and w.tag == "n":
        return False  # 企业数: a count's noun, not 数 of 数十
    return _NUM_RE.fullmatch(w.text) is not None or (w.tag in ("m", "mq") and re.search("[0-9]", w.text) is not None)


def _is_time(w: Word) -> bool:
    return w.tag in ("t", "tg") or _TIME_RE.fullmatch(w.text) is not None


def _is_quote(w: Word) -> bool:
    return w.text in _QUOTES


def _is_punct(w: Word) -> bool:
    return w.tag == "x" and not _is_quote(w) and not w.text.isascii() or (w.text.isascii() and not w.text.isalnum())


def _nominal(w: Word) -> bool:
    return not (_is_punct(w) or _is_number(w) or _is_time(w)) and (
        w.tag in _NOMINAL_TAGS or w.text.isascii() or _is_quote(w)
    )


def _join(ws: Sequence[Word]) -> str:
    """The words as a label: quotation marks out (“零关税”商品 → 零关税商品)."""
    return "".join(w.text for w in ws if w.text not in _QUOTES)


def _trim_trailing(ws: list[Word]) -> list[Word]:
    while ws and (ws[-1].text in _INTRO or _is_punct(ws[-1]) or ws[-1].tag in ("d", "ul", "uz", "y")):
        ws = ws[:-1]
    return ws


def np_before(ws: Sequence[Word]) -> str:
    """The noun phrase that ends ``ws`` (see ``np_before_at``)."""
    return np_before_at(ws)[0]


def enumeration_before(ws: Sequence[Word]) -> list[str]:
    """The noun phrases of an enumeration that ends ``ws`` (货物贸易、服务贸易|分别增长): one item
    when there is no enumeration."""
    items: list[str] = []
    end = len(ws)
    while end > 0 and len(items) < 6:
        label, first = np_before_at(ws[:end], conj=False)
        if not label:
            break
        items.insert(0, label)
        if (
            first > 1
            and ws[first - 1].text in ("、", "和", "及", "与", "以及")
            and not items[0].startswith(tuple(_NEW_VERBS))
        ):
            end = first - 1
            continue
        break
    return items


def np_before_at(ws: Sequence[Word], conj: bool = True) -> tuple[str, int]:
    """The noun phrase that ends the words before a number: the subject of the verb that
    introduces the number (离岛免税购物金额|达到), the object of a predicate (使用|循环包装箱|超),
    without time words, places before a preposition, pronouns, adverbs and leading verbs. A
    verb of something new after its subject goes before it (外贸备案主体新增 → 新增外贸备案主体)."""
    words = _trim_trailing(list(ws))
    if not words:
        return "", 0
    new_verb = ""
    if words and words[-1].text in _NEW_VERBS:
        new_verb = words[-1].text
        words = _trim_trailing(words[:-1])
    taken: list[Word] = []
    i = len(words) - 1
    while i >= 0:
        w = words[i]
        if w.text in ("”", "」") and (taken or i == len(words) - 1):
            k = next((k for k in range(i - 1, max(-1, i - 7), -1) if words[k].text in ("“", "「")), None)
            if k is not None:
                taken[:0] = words[k : i + 1]  # “一线”报关单: a quoted word is part of the noun
                i = k - 1
                continue
            break
        if w.text in ("）", ")") and taken:
            k = next((k for k in range(i - 1, max(-1, i - 5), -1) if words[k].text in ("（", "(")), None)
            if k is not None and k > 0 and _nominal(words[k - 1]):
                taken[:0] = words[k : i + 1]  # 中欧（厦门）班列
                i = k - 1
                continue
            break
        if (
            conj
            and w.text in ("和", "及", "与")
            and taken
            and i > 0
            and _nominal(words[i - 1])
            and len(_join(taken)) <= 8
        ):
            if words[i - 1].tag not in ("ns", "nsa", "nr") and not _is_number(words[i - 1]):
                taken.insert(0, w)  # 交通运输工具及游艇|清单
                i -= 1
                continue
        if _is_punct(w) or _is_number(w) or _is_time(w) or w.text in _BOUNDARY or w.tag in _CLOSED_TAGS - {"uj"}:
            break
        if w.text == "的" or w.tag == "uj":
            head = _join(taken)
            k = next((k for k in range(i - 1, max(-1, i - 6), -1) if words[k].text in _VP_OPENERS), None)
            if k is not None and taken and all(not _is_punct(x) and not _is_number(x) for x in words[k:i]):
                return _join(words[k : i + 1]) + head, k  # 在海南投资的|国家和地区
            if head.endswith(_GENERIC_HEADS) and i > 0 and _nominal(words[i - 1]):
                i -= 1  # 基金的资金规模 → 基金资金规模
                continue
            break
        if w.text in _PREDICATES and taken:
            if len(_join(taken)) <= 2 and w.text in _OBJECT_VERBS or w.text in _DONE_VERBS:
                taken.insert(0, w)  # 节省|成本, 复制推广|制度创新成果: what was done is part of the measure
            elif w.text in _LIGHT_VERBS and i > 0:
                owner, first = np_before_at(words[:i])
                if owner and len(owner) <= 8:
                    return owner + _join(taken), first  # 重点园区|实现|营业收入 → 重点园区营业收入
            break
        if w.tag == "v" and taken and w.text not in _NEW_VERBS and i > 0 and _subject_before(words, i):
            break  # 企业|使用|外资: a subject, its verb, the object counted
        taken.insert(0, w)
        i -= 1
    while taken and (taken[0].text in _INTRO or taken[0].text in _BOUNDARY or _is_quote(taken[0])):
        taken = taken[1:]
    if len(taken) == 1 and taken[0].tag in ("v", "vn") and i >= 0 and not _is_punct(words[i]):
        # 班列|今年前两个月|已|发运: the verb alone measures; its subject stands before the adverbials
        j = i
        while j >= 0 and (_is_time(words[j]) or _is_number(words[j]) or words[j].tag in ("d", "f", "m", "q")):
            j -= 1
        subject, first = np_before_at(words[: j + 1]) if j < i and j >= 0 else ("", 0)
        if subject:
            return subject + _join(taken), first
    if taken and all(w.tag in ("v", "d") or w.text in _AFTER_STOPS for w in taken) and len(taken) > 1:
        taken = []  # 能|覆盖: verbs name nothing
    label = _join(taken)
    if new_verb and label and not label.endswith(_COUNTED_HEADS):
        label = label + new_verb  # 清单|新增 8项: the list's new items
    elif new_verb and label and not label.startswith(new_verb):
        label = new_verb + label
    elif new_verb and not label:
        label = new_verb
    first = list(ws).index(taken[0]) if taken else len(words)
    return label, first


def _subject_before(words: Sequence[Word], i: int) -> bool:
    """The word before the verb at ``i`` is a noun standing as its subject (该模式|使用)."""
    prev = words[i - 1]
    return prev.tag in ("n", "nr", "nt", "ns", "nsa", "nz") and words[i].text in _PREDICATES


# Words that end a counted noun (国家|可免签入境, 项目|全部建成).
_AFTER_STOPS = _set("可 可以 能 能够 将 会 要 需 需要 全部 全 均 都 已 已经 正 正在 也 还")


def is_modifier(w: Word) -> bool:
    """A word that may end a modifier of the noun counted after it (封关运作|31个项目): a noun,
    not a verb that introduces the number (形成|45项)."""
    return _nominal(w) and w.text not in _PREDICATES and w.text not in _INTRO and w.text not in _BOUNDARY


def np_after(ws: Sequence[Word]) -> str:
    """The noun phrase counted right after a counter: nouns (and a verb that modifies the noun
    after it: 封关|项目) up to a verb, an adverb, a preposition, 的 or a number; 国家和地区 whole."""
    taken: list[Word] = []
    quoted = False
    for i, w in enumerate(ws):
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if _is_quote(w):
            quoted = w.text in ("“", "「", "‘") if w.text != '"' else not quoted
            taken.append(w)
            continue
        if quoted or (_is_number(w) and nxt is not None and nxt.text == "级") or (w.text == "级" and taken):
            taken.append(w)  # “二线”口岸, 千亿级制造业集群
            continue
        if (
            _is_punct(w)
            or _is_number(w)
            or _is_time(w)
            or w.text in ("的", "之")
            or w.text in _BOUNDARY - {"和", "及", "与"}
        ):
            break
        if w.text in ("和", "及", "与") or w.tag == "c":
            if taken and nxt is not None and _nominal(nxt) and nxt.text not in _FLOW_AFTER and len(_join(taken)) <= 4:
                taken.append(w)
                continue
            break
        if w.tag in _CLOSED_TAGS or w.tag in ("z", "ad") or w.text in _AFTER_STOPS:
            break
        if w.text in _FLOW_AFTER or w.tag == "v":
            if (not taken or w.text not in _FLOW_AFTER) and _noun_follows(ws, i + 1):
                taken.append(w)  # 开放|新|举措, 封关|项目, 制度|集成|创新|案例: verbs modifying a noun
                continue
            break
        taken.append(w)
        if len(_join(taken)) >= 16:
            break
    while taken and taken[-1].text in ("和", "及", "与"):
        taken = taken[:-1]
    return _join(taken)


def _noun_follows(ws: Sequence[Word], i: int) -> bool:
    """A noun comes after the verbs from ``i`` on (集成|创新|案例), before anything else."""
    for w in ws[i : i + 3]:
        if _is_quote(w):
            return False  # 采取|“分批出岛”: a verb and its quoted object
        if w.tag == "v" and w.text not in _FLOW_AFTER:
            continue
        return _nominal(w) and w.text not in _FLOW_AFTER and w.tag not in _CLOSED_TAGS
    return False


def vp_after(ws: Sequence[Word]) -> str:
    """What a counted noun does, up to the clause's end (举措|落地生效; 企业|参加测试演练; 国家和
    地区|在海南投资): a short verb phrase without adverbs, numbers or time; empty if there is none."""
    out: list[Word] = []
    for w in ws:
        if _is_number(w) or _is_time(w):
            return ""
        if _is_punct(w):
            break
        if not out and w.text in _VP_OPENERS:
            out.append(w)
            continue
        if w.tag in ("d", "ul", "uz", "y", "z") or w.text in (
            "已",
            "已经",
            "了",
            "都",
            "均",
            "也",
            "正在",
            "全部",
            "基本",
            "就",
        ):
            continue
        if w.text in ("在", "向", "被", "由", "从", "对", "于", "将"):
            return ""
        out.append(w)
    text = _join(out)
    if not out or len(text) > 8 or out[0].tag not in ("v", "vn") and out[0].text not in _FLOW_AFTER | _VP_OPENERS:
        return ""
    return text + ("的" if out[0].text in _VP_OPENERS else "")


# Words that open a relative clause before a counted noun: 在海南投资的国家, 可免签入境的国家.
_VP_OPENERS = _set("在 可 通过 进入")


def relative_clause(ws: Sequence[Word]) -> bool:
    """The words before a 的 after a counter qualify the noun after it (77条|全面对接国际高标准经贸
    规则|的|举措), not a clause of their own (80条开放新举措|让…的): no noun followed by a verb."""
    for a, b in zip(ws, ws[1:], strict=False):
        if _nominal(a) and a.tag != "vn" and b.tag == "v":
            return False
    return bool(ws)
