"""Entity extraction: zones, areas, organisations, people, policies and places in a canonical text.

``extract(text)`` returns ``Entity`` records with offsets into ``text``. Zones and areas come
from the gazetteer (longest form first; bare area names such as 绥芬河 only where the text means
the area; lists such as 上海、海南、北京等21个自贸试验区; 山东青岛 in a paragraph about the zones),
plus the pseudo-zone of all pilot FTZs together (全国自贸试验区, 21个自贸试验区) and, in stories
about the free trade port, Hainan itself (海南, 海南省, 全岛, a bare 自贸港). Policies are titles
in 《…》 that name a plan, measure or regulation; places come from a list (``data/places.json``);
organisations and people from named passes over rjieba's part-of-speech tokens (``Token``) in
short windows around cue words (部长, 公司, 海关, 表示…) and over the text itself (a title or a noun
for a person before a name, a title or a speech verb after it, lists before 出席/陪同), checked
against the shape of a name and a stop list learned from a large corpus, which also lists the
people it often names with a title (``data/person_names.json``). Pure Python, no Qt, no SQL;
runs in import workers.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple, overload

from ftz_desktop import package_data
from ftz_desktop.core import gazetteer as gz
from ftz_desktop.core.fold import fold
from ftz_desktop.core.stories import Story, paragraphs, stories
from ftz_desktop.records import Entity

__all__ = ["EXTRACTOR_VERSION", "Token", "extract", "version"]

#: Bump when the rules change: libraries then re-extract their entities.
EXTRACTOR_VERSION = 4


def version(gazetteer: gz.Gazetteer | None = None) -> str:
    """What the stored entities depend on: the rules, the gazetteer's data and the name lists."""
    g = gazetteer or gz.default()
    known = hashlib.sha1(json.dumps(sorted(_known_orgs_data().items()), ensure_ascii=False).encode()).hexdigest()[:8]
    return f"{EXTRACTOR_VERSION}:{g.fingerprint}:{_names().fingerprint}:{known}"


class Token(NamedTuple):
    """One word of the tagger's output, with its part-of-speech tag and offsets in the text."""

    word: str
    tag: str
    start: int
    end: int


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _word_list(s: str) -> tuple[str, ...]:
    return tuple(s.split())


# --- rules --------------------------------------------------------------------------------------

# Clause boundaries: a bare area name needs 片区 in its own clause (、 does not end a clause, so
# enumerations such as 哈尔滨、黑河、绥芬河三个片区 stay together).
_CLAUSE_END = "，,；;。！？!?：:\n"
_CLAUSE_RE = re.compile("[，,；;。！？!?：:\n]")
_ANCHOR_RE = re.compile("自贸|自由贸易|片区")
# A paragraph about the pilot zones (not the port, not free trade agreements).
_FTZ_PARAGRAPH_RE = re.compile("自贸试验区|自由贸易试验区|自贸片区|片区|自贸区")
_ZONE_SUFFIX_RE = re.compile("自由贸易试验区|自贸试验区|自贸区|自贸片区")
# A story about the free trade port: it names Hainan and the port or its customs closure.
_PORT_RE = re.compile("自由贸易港|自贸港|封关")
_HAINAN_RE = re.compile("海南")
_HAINAN_FORMS_RE = re.compile("海南省|海南岛|海南|全岛|自由贸易港|自贸港")
# After 海南: a body, a company or a school named after the island, not the port.
_HAINAN_BODY_RE = re.compile(
    "(?:省)?(?:委|政府|人民政府|人大|政协|大学|师范|医学院|日报|广播|电视|航空|海关|银行|机场|"
    "大学|卫视|农垦|港航|发展控股|国际|博鳌)"
)
# The pseudo-zone of all pilot FTZs: 全国自贸试验区, 各自贸试验区, 21个自贸试验区, 自由贸易试验区22个.
_ALL_FTZ_RE = re.compile(
    "(?:全国|我国|各|各地|所有|全部)(?:[0-9一二两三四五六七八九十]+个)?(?:自由贸易试验区|自贸试验区)"
    "|(?<![0-9第])(?:1[89]|2[0-9]|十[八九]|二十[一二三四五]?)个(?:自由贸易试验区|自贸试验区)"
    "|(?:等|在)(?:[0-9]{1,2}|[一二两三四五六七八九十]+)个(?:自由贸易试验区|自贸试验区)"
    "|(?:全国|各)自贸区"
    "|(?:自由贸易试验区|自贸试验区)(?=(?:已达|达到|增至|扩大到|扩围至|升级扩容至|扩容至)?(?:1[89]|2[0-9]|二十[一二三四五]?)个)"
    "|(?:自由贸易试验区|自贸试验区)[（(]港[)）]"
)
# Regions whose zones are named together: 京津冀自贸试验区.
_REGION_ZONES = {"京津冀": ("beijing", "tianjin", "hebei")}
# Before a list's zone suffix: 等, 等地的, 等21个, 三地.
_LIST_TAIL_RE = re.compile(r"(?:等地的|等地|等|的|[0-9一二两三四五六七八九十]+(?:个|地|省市|省份|省区市|大))*$")
_LIST_SEP = "、和与及"

# After a bare area name these mean the city, port or another body, not the area.
_BLOCK_NEXT1 = frozenset("市县州省镇乡村路街站新")
_BLOCK_NEXT2 = _words("口岸 综合 综保 保税 海关 机场 大学 地区 新区 经济 铁路 国际 日报 边境 高新 科学 实验")
# Before a bare area name, these make another name of it (小黑河, 新喀什…).
_BLOCK_PREV = frozenset("小大新老东西南北上下前后内外中")
# An area the gazetteer does not list, named after its zone: 内蒙古自贸试验区满洲里片区.
_UNLISTED_AREA_RE = re.compile("([\u4e00-\u9fff]{2,6}?)片区")

_POLICY_RE = re.compile("《([^《》\n]{2,120})》")
_BOOK_RE = re.compile("《[^《》\n]{1,120}》")
_POLICY_TAIL_RE = re.compile(r"[（(][^（()）]{1,20}[）)]$")  # (试行), (2023—2027年)
_POLICY_ENDINGS = _word_list(
    "方案 办法 规定 条例 意见 措施 通知 决定 决议 规划 计划 纲要 法 法典 细则 清单 目录 指引 指南 公告 批复 协定 协议 规则 准则 制度 政策 举措 工作报告 白皮书 章程 标准 战略 批示"
)
_ABBREV_RE = re.compile(r"[（(]\s*(?:以下|下文)?简称\s*[“\"《「]([^”\"》」）)]{1,20})[”\"》」]\s*[）)]")

# Titles that mark a person (the name stands before or after them).
_ROLES = _word_list(
    "总书记 国家主席 主席 副主席 总理 副总理 委员长 副委员长 书记 副书记 部长 副部长 司长 副司长 省长 副省长 市长 副市长 区长 副区长 县长 州长 局长 副局长 厅长 副厅长 处长 副处长 科长 主任 副主任 署长 关长 行长 副行长 董事长 副董事长 总经理 副总经理 总裁 副总裁 总监 经理 秘书长 院长 副院长 校长 所长 会长 理事长 组长 总工程师 总经济师 院士 教授 研究员 大使 总统 首相 外长 政委 司令员 主席团 委员 代表 负责人 发言人 记者 通讯员 特派员 专家 常委 政协委员 人大代表 国王 王储 苏丹 埃米尔 议长 大臣 执行主席 首席执行官 创始人 得主 同志 选手 运动员"
)
_ROLE_SET = frozenset(_ROLES)
_ROLE_SUFFIXES = tuple(sorted(_ROLES, key=len, reverse=True))
_BYLINE = _words("记者 通讯员 特派员 摄 编辑")
_SPEECH = _word_list("表示 介绍 指出 强调 认为 说 称 坦言 透露 告诉 建议 提出 谈到 提到 说道")
_SPEECH_SET = frozenset(_SPEECH)
_NOT_A_NAME = _words("白皮书 沙龙 记者 通讯员 主席 总理 书记 专家 负责人 委员 代表 同志 先生 女士 得主")

# Organisation heads (the last word of a name), by what may stand before them:
# bodies of a place (连云港市政协) take place words only; government offices (湖北省科技厅) also
# short nouns; companies and institutions (哈尔滨电气国际工程有限责任公司) any nouns.
_BODY_HEADS = _word_list("政协 人大 人大常委会 政府 人民政府 党委 市委 省委 区委 县委 党校")
_GOV_HEADS = _word_list("部 厅 局 署 委 委员会 办公室 办 管委会 管理委员会 海关 领导小组 工作组")
_FIRM_HEADS = _word_list(
    "银行 分行 支行 公司 分公司 集团 大学 学院 研究院 研究所 研究中心 协会 商会 学会 联合会 基金会 联盟 交易所 电视台 日报 报社 法院 检察院 旅行社 事务所 医院"
)
# Bodies known by a bare name: heads (and cue words) of their own.
_NAMED_BODIES = _word_list("国务院 党中央 中共中央 中央军委 新华社 全国人大 全国政协 国家发改委")
# forums, laboratories, oil fields: place and proper words and short nouns before them
# (中非合作论坛, 崖州湾国家实验室, 塔里木油田), never verbs (…会见|博鳌亚洲论坛)
_VENUE_HEADS = _word_list("论坛 实验室 油田")
_ORG_SUFFIXES = _BODY_HEADS + _GOV_HEADS + _FIRM_HEADS + _VENUE_HEADS + _NAMED_BODIES
_HEAD_LAST = frozenset(w[-1] for w in _BODY_HEADS + _GOV_HEADS + _FIRM_HEADS + _VENUE_HEADS)
_NR_TAGS = _words("nr nrfg")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝谌阴咸信郁修习栗洪蔺庹晋逯鞠揭傅萧阎蒯冼茅惠湛鄢雍钮闻亓宓芮晁邰郗阚郦逄"
)
_COMPOUND_SURNAMES = _word_list("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 司徒 端木")
_BYLINE_RE = re.compile(r"(?:记者|通讯员|特派员)[ \u3000]+([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")
# A list of people: 张三、李四、王五等10名同志 / …，10户家庭入选.
_NAME_LIST_RE = re.compile(
    "((?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}(?:和[\u4e00-\u9fff]{2,4})?)"
    "(?=(?:等|，)?(?:[0-9一二两三四五六七八九十]+)(?:余|多)?(?:名|位|户|人)|等人|同志)"
)
_ORG_TAGS = _words("nt")
_ORG_BODY_TAGS = _words("ns nt nz n j nsa l nrt nr nrfg eng an vn")
_ORG_STOP = _words(
    "企业 片区 部门 单位 机构 平台 项目 工作 服务 成员 会议 记者 相关 有关 各级 全省 全市 全区 全国 我省 我市 "
    "我区 本市 该 其中 同时 目前 今年 近日 此外 通过 持续 重点 推动 支持"
)
_GENERIC_ORGS = _words(
    "政府 人民政府 市政府 省政府 区政府 县政府 市人民政府 省人民政府 党委 市委 省委 区委 县委 中央 部门 公司 集团 "
    "银行 中心 委员会 办公室 管委会 协会 商会 常委会 人大 政协 各部门 本公司 该公司 总公司 子公司 分公司 分行 支行 "
    "大学 学院 研究院 领导小组 工作组 有限公司 股份有限公司 市场监管局 财政厅 商务厅 商务局 发改委 市委市政府 "
    "省委省政府 党组 党支部 居委会 村委会 各级政府 地方政府 当地政府 上市公司 人民法院 人民检察院 交易所 "
    "证券交易所 期货交易所 商业银行 国有银行 人大常委会 政协经济委员会 团组织 党组织 群团组织 社会组织 "
    "政策性银行 外资银行 证券公司 保险公司"
)
_BAD_ORG_START = frozenset("各全本该我其此这每两三四五六七八九十多由赴向在对与和及经为把被从于")
_BRANCH = _words("分行 支行 分公司 办事处 分局 分会 分院 分中心 代表处")
_BRANCH_TUPLE = tuple(_BRANCH)

_ADMIN = frozenset("省市县州镇乡")
_NOT_PLACES = _words("大城市 中城市 小城市 特大城市 超大城市 县城市")

_CJK = re.compile("[\u4e00-\u9fff]")
# The dots of transliterated names: the middle dot, and the bullet and katakana dot texts use for it.
_DOTS = "·•・‧"
_DOTTED_NAME_RE = re.compile("[\u4e00-\u9fff]{1,6}[·•・‧][\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8})?")
# Words whose tag the tagger gets wrong for our purpose.
_EXTRA_TAGS = {"人行": "j", "央行": "j", "党和国家": "n"}
_FUNCTION_CHARS = frozenset("的了在和与及是说称等也都就还又而但并对向从把被为于以将作同跟")
# Characters a transliterated name is not grown over: verbs and particles after a name.
_NOT_TRANSLIT = frozenset("致受先后称说会见访谈话表指互案")
# Characters that end words, not names: 们 (师生们), 上 (今天上), 部 (宣传部).
_NOT_NAME_END = frozenset("们上下里中部门处局厅委院园所校站队组家方面时日年月者人业会式化性员长出期宣")


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# --- the name lists learned from the corpus (bench/person_names.py writes them) --------------------


@dataclass(frozen=True)
class _NameData:
    stop: frozenset[str]  # strings the tagger calls names that are words, places or bodies
    translit: frozenset[str]  # characters of transliterated foreign names
    fingerprint: str
    full: dict[str, str] = field(default_factory=dict)  # a name the tagger cuts → the full name
    people: frozenset[str] = frozenset()  # names the corpus often writes with a title
    people_re: re.Pattern[str] | None = None  # any of them
    starts: frozenset[str] = frozenset()  # characters a name may start with: surnames, transliteration
    cue_end_re: re.Pattern[str] | None = None  # a cue word's last character before one of them


def names_path() -> Path:
    """``data/person_names.json``: the person stop list and transliteration characters."""
    return package_data.data_path("person_names.json")


@lru_cache(maxsize=1)
def _names() -> _NameData:
    try:
        raw = names_path().read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError):
        return _NameData(frozenset(), frozenset(), "none")
    translit = frozenset("".join(data.get("transliteration_chars", []))) - _FUNCTION_CHARS - _NOT_TRANSLIT
    return _NameData(
        stop=frozenset(data.get("stop", [])),
        translit=translit,
        fingerprint=hashlib.sha1(raw.encode()).hexdigest()[:8],
        full=dict(data.get("full_names", {})),
        people=frozenset(data.get("people", [])),
        people_re=re.compile(_alternation(data["people"])) if data.get("people") else None,
        starts=_NAME_STARTS | translit,
        cue_end_re=_cue_end_re(_NAME_STARTS | translit),
    )


# --- the compiled matcher for one gazetteer --------------------------------------------------------


@dataclass
class _Matcher:
    gazetteer: gz.Gazetteer
    alias_re: re.Pattern[str]  # unconditional zone/area forms
    cond_re: re.Pattern[str] | None  # bare area names and context-only forms
    forms: dict[str, gz.Form]
    place_re: re.Pattern[str]  # place names
    known_re: re.Pattern[str] | None  # organisations known by their bare names
    place_names: dict[str, str]  # folded form → canonical place name
    cue_re: re.Pattern[str]  # plain cue words
    cue_extent: dict[str, tuple[int, int]]  # cue word → (characters to tag before it, after it)
    single_res: tuple[re.Pattern[str], ...]  # conditional single-word organisation heads
    retag: dict[str, str]  # word → the tag of the segmenter's user dictionary
    prefixed_re: re.Pattern[str] | None  # 山东青岛, 深圳前海: a place word before a bare area name
    prefixed: dict[str, tuple[str, int]]  # prefixed form → (area id, where the bare name starts)
    known_orgs: dict[str, str]  # organisations known by their bare names: form → name
    list_names: dict[str, tuple[str, str]]  # a name in a list of zones → (kind, id)
    list_lengths: tuple[int, ...]  # lengths of those names, longest first
    zone_names_re: re.Pattern[str] | None = None  # the zones' names among them (two characters or more)
    area_names_re: re.Pattern[str] | None = None  # the areas' bare names among them (厦门, 雄安)


_Trie = dict[str, "_Trie"]


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, the longest at a position first, as a trie.

    A flat ``a|b|c`` of hundreds of words makes the regex engine try every word at each
    candidate position; the trie tries one character at a time (several times faster here).
    """
    trie: _Trie = {}
    for w in {w for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_matchers: dict[str, _Matcher] = {}
_matchers_lock = threading.Lock()


def _prefixed_forms(g: gz.Gazetteer) -> dict[str, tuple[str, int]]:
    """山东青岛, 山东省青岛, 深圳前海: a zone's or an area's city word, then a bare area name."""
    out: dict[str, tuple[str, int]] = {}
    for z in g.zones:
        places = {*z.names, z.province}
        for a in z.areas:
            for short in a.short:
                for p in places | ({a.city} if a.city else set()):
                    if p and not short.startswith(p):
                        out.setdefault(fold(p + short), (a.id, len(p)))
    return out


def organisations_path() -> Path:
    """``data/organisations.json``: organisations known by their bare names."""
    return package_data.data_path("organisations.json")


@lru_cache(maxsize=1)
def _known_orgs_data() -> dict[str, str]:
    """Written form → canonical name of the organisations known by their bare names."""
    try:
        data = json.loads(organisations_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for groups in data.values():
        if isinstance(groups, list):
            for group in groups:
                for form in group:
                    out.setdefault(str(form), str(group[0]))
    return out


def _list_names(g: gz.Gazetteer) -> dict[str, tuple[str, str]]:
    """Names that stand for a zone or an area in a list (上海、海南、北京…; 郑州、开封、洛阳…)."""
    out: dict[str, tuple[str, str]] = {}
    for z in g.zones:
        if z.kind != "ftz":
            continue
        for n in (*z.names, z.province):
            out.setdefault(n, ("zone", z.id))
    for a in g.areas():
        for s in a.short:
            out.setdefault(s, ("area", a.id))
    return out


def _matcher(g: gz.Gazetteer) -> _Matcher:
    with _matchers_lock:
        m = _matchers.get(g.fingerprint)
        if m is not None and m.gazetteer is g:
            return m
        forms = g.forms()
        alias = [f for f, form in forms.items() if form.mode == "alias"]
        cond = [f for f, form in forms.items() if form.mode != "alias"]
        place_names = dict(g.places)

        def plain(words: Iterable[str]) -> list[str]:
            return [fold(c) for c in words if len(c) > 1 and c not in _NOISY_CUES and c not in _SPECIAL_CUES]

        role_cues, speech_cues = set(plain(_ROLES)), set(plain(_SPEECH))
        org_cues = set(plain(_ORG_SUFFIXES + _NAMED_CUES)) - role_cues - speech_cues
        # characters to tag before and after each cue word: an organisation's name stands before its
        # head word, a person's name before or after a title, before a speech verb
        cue_extent = dict.fromkeys(speech_cues, (6, 0))
        cue_extent.update(dict.fromkeys(role_cues, (14, 12)))
        cue_extent.update(dict.fromkeys(org_cues, (20, 5)))
        prefixed = _prefixed_forms(g)
        list_names = _list_names(g)
        known = _known_orgs_data()
        m = _Matcher(
            gazetteer=g,
            alias_re=re.compile(_alternation(alias)),
            cond_re=re.compile(_alternation(cond)) if cond else None,
            forms=forms,
            place_re=re.compile(_alternation(place_names)),
            known_re=re.compile(_alternation(known)) if known else None,
            place_names=place_names,
            # one trie for the plain cue words, and each conditional cue on its own: together in one
            # alternation they would lose the regex engine's fast scan for first characters
            cue_re=re.compile(_alternation(cue_extent)),
            cue_extent=cue_extent,
            single_res=tuple(re.compile(p) for p in _SINGLE_CUES),
            retag={**_EXTRA_TAGS, **dict(g.user_words())},
            prefixed_re=re.compile(_alternation(prefixed)) if prefixed else None,
            prefixed=prefixed,
            list_names=list_names,
            list_lengths=tuple(sorted({len(n) for n in list_names}, reverse=True)),
            zone_names_re=re.compile(
                _alternation(w for w, (k, _i) in list_names.items() if k == "zone" and len(w) >= 2)
            ),
            area_names_re=re.compile(
                _alternation(w for w, (k, _i) in list_names.items() if k == "area" and len(w) >= 2)
            ),
            known_orgs=known,
        )
        _matchers[g.fingerprint] = m
        return m


# --- extraction ------------------------------------------------------------------------------------


def extract(text: str, gazetteer: gz.Gazetteer | None = None) -> list[Entity]:
    """Every entity mention in ``text``, ordered by position (zones/areas may lie inside policy
    titles and organisation names; other kinds do not overlap)."""
    if not text:
        return []
    g = gazetteer or gz.default()
    m = _matcher(g)
    zones = _zones_and_areas(text, m)
    policies = _policies(text)
    taken = _Spans([(e.start, e.end) for e in zones])
    # titles in 《…》 hold no organisations, people or places (zones and areas they may hold)
    books = _Spans(match.span() for match in _BOOK_RE.finditer(text)) if "《" in text else _Spans()
    org_hits = _known_hits(text, m)
    people, orgs, tagged_places = _people_and_orgs(text, m, org_hits, taken, books)
    # one row per organisation: a variant the data file lists (中央电视台) takes its canonical name
    known = m.known_orgs
    orgs = [replace(o, name=known[o.name]) if known.get(o.name, o.name) != o.name else o for o in orgs]
    if orgs and zones:
        # a bare area name (or a bare 海南) inside an organisation's name is the organisation's
        org_spans_ = _Spans([(o.start, o.end) for o in orgs])
        zones = [z for z in zones if not (_is_bare(z) and org_spans_.overlaps(z.start, z.end))]
    people = _full_names(people)
    for p in people:
        taken.add(p.start, p.end)
    for bs, be in books.spans():
        taken.add(bs, be)
    org_spans = _Spans([(o.start, o.end) for o in orgs])
    # one set of spans a place may not overlap: zones, people, titles, organisations, policies
    blocked = _Spans(
        [
            *taken.spans(),
            *((o.start, o.end) for o in orgs),
            *((x.start, x.end) for x in policies),
        ]
    )
    places = _places(text, m, blocked)
    have = {(p.start, p.end) for p in places}
    for p in tagged_places:
        if (
            (p.start, p.end) not in have
            and not taken.overlaps(p.start, p.end)
            and not org_spans.overlaps(p.start, p.end)
        ):
            places.append(p)
    out = zones + policies + people + orgs + places
    out.sort(key=lambda e: (e.start, -e.end))
    return out


def _full_names(people: list[Entity]) -> list[Entity]:
    """A name the text also writes in full (久卡诺维奇 of 米洛·久卡诺维奇) takes the full name."""
    dotted = {p.name.rsplit("·", 1)[1]: p.name for p in people if "·" in p.name}
    if not dotted:
        return people
    return [replace(p, name=dotted[p.name]) if p.name in dotted else p for p in people]


def _is_bare(z: Entity) -> bool:
    """A zone or area mention without 片区/自贸 of its own (绥芬河, 海南): the text's word may
    belong to something else that bears the name."""
    return "片区" not in z.surface and "自贸" not in z.surface and "自由贸易" not in z.surface


class _Spans:
    """A set of half-open spans with an overlap test (sorted list + bisect)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._s = sorted(spans)
        self._max_len = max((e - s for s, e in self._s), default=0)

    def spans(self) -> list[tuple[int, int]]:
        return list(self._s)

    def add(self, s: int, e: int) -> None:
        i = bisect_right(self._s, (s, e))
        self._s.insert(i, (s, e))
        self._max_len = max(self._max_len, e - s)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_right(self._s, (e, -1))
        j = i - 1
        while j >= 0:
            a, b = self._s[j]
            if b > s and a < e:
                return True
            if a + self._max_len <= s:
                break
            j -= 1
        return False


def _clause_bounds(text: str, pos: int, limit: int = 120) -> tuple[int, int]:
    lo = max(0, pos - limit)
    start = lo
    for sep in _CLAUSE_END:
        k = text.rfind(sep, lo, pos)
        start = max(start, k + 1)
    hi = min(len(text), pos + limit)
    m = _CLAUSE_RE.search(text, pos, hi)
    return start, (m.start() if m else hi)


# --- zones and areas: passes over the text ---------------------------------------------------------


def _zones_and_areas(text: str, m: _Matcher) -> list[Entity]:
    """Zone and area mentions: the gazetteer's forms, then lists, place-prefixed areas, areas the
    gazetteer does not list, all pilot FTZs together, and Hainan in stories about the port."""
    if _ANCHOR_RE.search(text) is None:
        return []
    found = _gazetteer_mentions(text, m)
    covered = _Spans([(e.start, e.end) for e in found])
    for extra in (
        _listed_mentions,
        _subject_areas,
        _prefixed_areas,
        _unlisted_areas,
        _all_ftz_mentions,
        _port_mentions,
        _province_mentions,
    ):
        more = extra(text, m, found, covered)
        for e in more:
            covered.add(e.start, e.end)
        found.extend(more)
    found.sort(key=lambda e: (e.start, -e.end))
    return found


def _windows_around(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The merged clauses holding a match of ``pattern``."""
    windows: list[tuple[int, int]] = []
    for a in pattern.finditer(text):
        s, e = _clause_bounds(text, a.start())
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], e))
        else:
            windows.append((s, e))
    return windows


def _gazetteer_mentions(text: str, m: _Matcher) -> list[Entity]:
    """The gazetteer's unconditional forms, then bare and context-only area names where the text
    means the area (its zone named in the text, 片区 in the clause)."""
    g = m.gazetteer
    found: list[Entity] = []
    covered = _Spans()
    doc_zones: set[str] = set()
    # only the clauses holding an anchor are folded (full-width brackets, case): the forms are folded
    folded_windows = [(ws, fold(text[ws:we])) for ws, we in _windows_around(text, _ANCHOR_RE)]
    for ws, fw in folded_windows:
        for match in m.alias_re.finditer(fw):
            form = m.forms[match.group()]
            s, e = match.start() + ws, match.end() + ws
            found.append(_gaz_entity(g, form, s, e, text))
            covered.add(s, e)
            doc_zones.add(form.id if form.kind == "zone" else g.area(form.id).zone)
    if m.cond_re is not None and doc_zones:
        for ws, fw in folded_windows:
            for match in m.cond_re.finditer(fw):
                s, e = match.start() + ws, match.end() + ws
                if covered.overlaps(s, e):
                    continue
                form = m.forms[match.group()]
                area = g.area(form.id)
                if area.zone not in doc_zones:
                    continue
                if form.mode == "short" and not _means_area(text, s, e, m.place_names, m.forms):
                    continue
                found.append(_gaz_entity(g, form, s, e, text))
                covered.add(s, e)
    return found


def _listed_mentions(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """Zones and areas listed before a zone suffix: 上海、海南、北京、安徽等21个自贸试验区,
    郑州、开封、洛阳等地的自贸试验区, 京津冀自贸试验区."""
    g = m.gazetteer
    out: list[Entity] = []
    for suffix in _ZONE_SUFFIX_RE.finditer(text):
        p = suffix.start()
        tail = _LIST_TAIL_RE.search(text, max(0, p - 10), p)
        q = tail.start() if tail is not None else p
        region = text[max(0, q - 3) : q]
        if region in _REGION_ZONES:
            for zid in _REGION_ZONES[region]:
                out.append(Entity("zone", g.zone(zid).name, q - 3, q, zid, region))
            continue
        items: list[tuple[int, int, str, str]] = []
        while q > 0:
            hit = next(
                ((q - n, text[q - n : q]) for n in m.list_lengths if q - n >= 0 and text[q - n : q] in m.list_names),
                None,
            )
            if hit is None:
                break
            s, name = hit
            kind, ident = m.list_names[name]
            items.append((s, q, kind, ident))
            if s > 0 and text[s - 1] in _LIST_SEP:
                q = s - 1
            elif s > 1 and text[s - 2 : s] == "以及":
                q = s - 2
            else:
                break
        listed = len(items) >= 2 or (items and "等" in text[items[0][1] : p])
        if not listed:
            continue
        for s, e, kind, ident in items:
            if covered.overlaps(s, e):
                continue
            if kind == "zone":
                out.append(Entity("zone", g.zone(ident).name, s, e, ident, text[s:e]))
            else:
                a = g.area(ident)
                out.append(Entity("area", a.name, s, e, a.zone, text[s:e]))
    return out


def _subject_areas(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """A bare area name opening a clause of the sentence that names its zone (广东自贸试验区有…；
    横琴实现商事登记…): the zone's area, the subject of what follows."""
    if m.cond_re is None:
        return []
    g = m.gazetteer
    out: list[Entity] = []
    seen_end = -1
    for z in found:
        if z.kind != "zone" or not z.zone or z.zone == gz.ALL_FTZ_ID or z.end <= seen_end:
            continue
        stop = _SENTENCE_END_RE.search(text, z.end, z.end + 160)
        end = stop.start() if stop else min(len(text), z.end + 160)
        seen_end = end
        stretch = fold(text[z.end : end])
        for match in m.cond_re.finditer(stretch):
            s, e = z.end + match.start(), z.end + match.end()
            form = m.forms[match.group()]
            if form.mode != "short" or g.area(form.id).zone != z.zone or covered.overlaps(s, e):
                continue
            if text[s - 1] not in "；;。，," or not _free_after(text, e) or text[e : e + 1] in "、和与及":
                continue
            out.append(_gaz_entity(g, form, s, e, text))
    return out


def _prefixed_areas(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """山东青岛, 深圳前海: a bare area name after its province or city, in a paragraph about the
    pilot zones, is the area (its zone need not be named)."""
    if m.prefixed_re is None:
        return []
    g = m.gazetteer
    out: list[Entity] = []
    story_list: list[Story] | None = None
    for ps, pe in paragraphs(text):
        district_only = False
        if _FTZ_PARAGRAPH_RE.search(text, ps, pe) is None:
            if not _prefixed_alone(text, ps, pe):
                continue
            story_list = story_list if story_list is not None else stories(text)
            story = next((st for st in story_list if st.start <= ps < st.end), None)
            if (
                story is None
                or not _prefixed_alone(text, ps, pe)
                or _FTZ_PARAGRAPH_RE.search(text, story.start, story.end) is None
            ):
                continue
            district_only = True  # 深圳前海，…: only an area named after a district of its city
        folded = fold(text[ps:pe])
        for match in m.prefixed_re.finditer(folded):
            area_id, cut = m.prefixed[match.group()]
            s, e = ps + match.start() + cut, ps + match.end()
            if covered.overlaps(s, e) or not _free_after(text, e):
                continue
            if text[e - 1] == "港" and not text.startswith("片区", e):
                continue  # 广西钦州港: the port
            if _OTHER_PARK_AFTER_RE.match(text, e):
                continue  # 陕西杨凌农业高新技术产业示范区: another kind of park of that place
            a = g.area(area_id)
            if district_only and (not a.city or s - ps > 4):
                continue
            out.append(Entity("area", a.name, s, e, a.zone, text[s:e]))
    return out


_OTHER_PARK_AFTER_RE = re.compile(
    "[\u4e00-\u9fff]{2,12}?(?:示范区|开发区|高新区|产业园|工业园|园区|综保区|综合保税区|保税区|保税港区)"
)


def _prefixed_alone(text: str, ps: int, pe: int) -> bool:
    """A paragraph that opens with a place-prefixed area as its topic (深圳前海，今年…): in a story
    about the zones it is the area even where the paragraph itself has no zone word."""
    head = text[ps : min(pe, ps + 8)]
    return re.match("[\u4e00-\u9fff]{2,6}[，,]", head) is not None


def _free_after(text: str, e: int) -> bool:
    """The word ends at ``e``: no city, port or body continues it (青岛市, 青岛港, 青岛海关)."""
    nxt = text[e : e + 2]
    return not (nxt[:1] in _BLOCK_NEXT1 or nxt[:1] == "港" or nxt in _BLOCK_NEXT2 or text.startswith(_BRANCH_TUPLE, e))


def _unlisted_areas(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """An area written right after its zone that the gazetteer does not list (内蒙古自贸试验区
    满洲里片区 before the gazetteer knew it): named as the text writes it."""
    out: list[Entity] = []
    for z in found:
        if z.kind != "zone" or z.zone == gz.ALL_FTZ_ID:
            continue
        match = _UNLISTED_AREA_RE.match(text, z.end)
        if match is None or covered.overlaps(match.start(), match.end()):
            continue
        if fold(match.group(1)) not in m.place_names:
            continue  # 重点片区, 三个片区: no area's name
        out.append(Entity("area", match.group(), match.start(), match.end(), z.zone, match.group()))
    return out


def _all_ftz_mentions(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """All pilot FTZs together: 全国自贸试验区, 各自贸试验区, 21个自贸试验区, 自由贸易试验区22个."""
    out: list[Entity] = []
    for match in _ALL_FTZ_RE.finditer(text):
        s, e = match.span()
        if covered.overlaps(s, e):
            continue
        out.append(Entity("zone", gz.ALL_FTZ_NAME, s, e, gz.ALL_FTZ_ID, match.group()))
    return out


def _port_mentions(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """In a story about the Hainan free trade port, 海南, 海南省, 全岛 and a bare 自贸港 are the
    port (the whole island is the port)."""
    if _PORT_RE.search(text) is None or _HAINAN_RE.search(text) is None:
        return []
    g = m.gazetteer
    try:
        port = next(z for z in g.zones if z.kind == "ftp")
    except StopIteration:
        return []
    out: list[Entity] = []
    for story in stories(text):
        if (
            _PORT_RE.search(text, story.start, story.end) is None
            or _HAINAN_RE.search(text, story.start, story.end) is None
        ):
            continue
        for match in _HAINAN_FORMS_RE.finditer(text, story.start, story.end):
            s, e = match.span()
            if covered.overlaps(s, e):
                continue
            word = match.group()
            if word.startswith("海南") and _HAINAN_BODY_RE.match(text, e if word != "海南省" else e - 1):
                continue  # 海南大学, 海南省委: a body named after the island
            out.append(Entity("zone", port.name, s, e, port.id, word))
    return out


_GENERIC_ZONE_RE = re.compile('(?<![各全国我])(?:自由贸易试验区|自贸试验区)|(?<=[，,在的托设造进强平准级好“"+])自贸区')
_SENTENCE_END_RE = re.compile("[。！？!?\n]")


def _province_mentions(text: str, m: _Matcher, found: list[Entity], covered: _Spans) -> list[Entity]:
    """A bare 自贸试验区 in a sentence about one province that has a zone is that province's
    zone: 在新疆，自贸区揭牌不到半年; 湖南将…在自贸试验区实施20项重点改革; 支持海南全岛建设自由贸易试验区."""
    g = m.gazetteer
    out: list[Entity] = []
    story_list: list[Story] | None = None
    for match in _GENERIC_ZONE_RE.finditer(text):
        s, e = match.span()
        if (
            covered.overlaps(s, e)
            or text[max(0, s - 3) : s].endswith(("个", "等", "的"))
            and not text[max(0, s - 6) : s].endswith("地的")
            and not re.search("第[0-9一二两三四五六七八九十]+个$", text[max(0, s - 6) : s])
        ):
            continue  # 21个自贸试验区 (all), 等自贸试验区 (a list); 第22个自由贸易试验区 is one
        start = max(0, s - 80)
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, start, s)]
        ss = ends[-1] if ends else start
        # the province close before the word: in its clause (海南全岛建设自由贸易试验区) or as the
        # sentence's subject (湖南将…在自贸试验区…; 在新疆，自贸区…)
        named = {m.list_names[w] for w in _zone_names_in(m, text, ss, s) if _close_before(text, w, ss, s)}
        if not named and not re.search("中国|全国|我国|国家", text[ss:s]):
            if story_list is None:
                story_list = stories(text)
            named = _headline_zone(text, m, story_list, s, found)  # 上海聚力…: 浦东…与自贸试验区…
        if not named:
            area = _subject_area(text, m, ss, s)
            if area is not None:
                a = g.area(area)
                if not any(f.start >= ss and f.end <= s and f.zone and f.zone != a.zone for f in found):
                    out.append(Entity("area", a.name, s, e, a.zone, match.group()))
            continue
        if len(named) != 1:
            continue  # several provinces
        ((_kind, zid),) = named
        same = {
            zid,
            *(z.id for z in g.zones if z.kind == "ftp" and z.province == g.zone(zid).province),
        }
        if any(f.start >= ss and f.end <= s and f.zone not in same for f in found):
            continue  # another zone is named in the sentence: the word may be about it
        out.append(Entity("zone", g.zone(zid).name, s, e, zid, match.group()))
    return out


def _subject_area(text: str, m: _Matcher, ss: int, s: int) -> str | None:
    """The one area whose bare name (its city: 厦门, 雄安) is the subject of the sentence from
    ``ss`` to a generic zone word at ``s`` (雄安…，打造“综保区+自贸区”…), written as a word of its
    own (not 厦门市, 厦门港, 福州新区)."""
    if m.area_names_re is None:
        return None
    ids = set()
    for hit in m.area_names_re.finditer(text, ss, s):
        w = hit.group()
        if not _free_after(text, hit.end()) or text.startswith(("新区", "综合", "海关"), hit.end()):
            continue
        if text.rfind(w, ss, s) == hit.start() and _close_before(text, w, ss, s):
            ids.add(m.list_names[w][1])
    return ids.pop() if len(ids) == 1 else None


def _headline_zone(
    text: str, m: _Matcher, story_list: Sequence[Story], pos: int, found: Sequence[Entity]
) -> set[tuple[str, str]]:
    """The one province with a zone that the headline of the story around ``pos`` names (上海聚力
    建设“五个中心”…), when the story names no zone of its own."""
    story = next((st for st in story_list if st.start <= pos < st.end), None)
    if story is None or any(story.start <= f.start < story.end and f.zone for f in found):
        return set()
    hs, he = story.headline
    if (hs, he) == (0, 0):  # a single story: the document's title line
        he = text.find("\n", story.start, story.end)
        hs = story.start
        if he == -1 or story.start != 0 or "。" in text[hs:he]:
            return set()
    return {m.list_names[w] for w in _zone_names_in(m, text, hs, he)}


def _zone_names_in(m: _Matcher, text: str, s: int, e: int) -> set[str]:
    """The zones' names (provinces, cities) written in ``text[s:e]``."""
    if m.zone_names_re is None:
        return set()
    return {x.group() for x in m.zone_names_re.finditer(text, s, e)}


def _close_before(text: str, word: str, ss: int, s: int) -> bool:
    k = text.rfind(word, ss, s)
    if k == -1:
        return False
    gap = text[k + len(word) : s]
    opening = re.split("[，,；;：:]", text[ss:k])[-1].strip()  # after an opening time: 新的一年，
    if opening.endswith("在"):
        # 在新疆，自贸区…: the place of the sentence; 正在北京举行的…，加快在自贸试验区: an event's place
        return re.fullmatch("[，,]", gap) is not None or len(gap) <= 12 and not re.search("[，,；;：:]", gap)
    if not re.search("[，,；;：:]", gap) and len(gap) <= 12:
        return True
    # the sentence's subject (湖南将…，并在自贸试验区…; 北京市围绕建设…和自由贸易试验区; 新疆积极推进…，
    # 深入实施自由贸易试验区…): the word opens its clause, after at most a short opening
    return len(opening) <= 4 and not re.search("[；;：:]", gap)


def _ends_with_city(text: str, end: int, places: dict[str, str], shorts: dict[str, gz.Form]) -> bool:
    """``text[:end]`` ends with a place name that is not an area's bare name."""
    for n in (4, 3, 2):
        w = text[max(0, end - n) : end]
        if len(w) == n and w in places and w not in shorts:
            return True
    return False


def _means_area(text: str, s: int, e: int, places: dict[str, str], shorts: dict[str, gz.Form]) -> bool:
    """A bare area name (绥芬河) means the area: its clause speaks of 片区, and it is a word of
    its own (not 小黑河, 绥芬河市, 绥芬河综合保税区)."""
    if s > 0 and text[s - 1] in _BLOCK_PREV:
        return False
    nxt = text[e : e + 2]
    if nxt[:1] in _BLOCK_NEXT1 or nxt in _BLOCK_NEXT2 or text.startswith(_BRANCH_TUPLE, e):
        return False  # 崇左分公司, 绥芬河市, 绥芬河综合保税区
    if s > 2 and text[s - 1] in "和与及、" and _ends_with_city(text, s - 1, places, shorts):
        return False  # 牡丹江和绥芬河: listed with a city that is no area, so the city too
    cs, ce = _clause_bounds(text, s)
    return text.find("片区", cs, ce) != -1


def _gaz_entity(g: gz.Gazetteer, form: gz.Form, s: int, e: int, text: str) -> Entity:
    if form.kind == "zone":
        z = g.zone(form.id)
        return Entity("zone", z.name, s, e, z.id, text[s:e])
    a = g.area(form.id)
    return Entity("area", a.name, s, e, a.zone, text[s:e])


# --- policies and places -----------------------------------------------------------------------------


def _policies(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "《" not in text:
        return out
    abbrev: dict[str, str] = {}
    for match in _POLICY_RE.finditer(text):
        if _inside_quote_intro(text, match.start()):
            continue  # the abbreviation in （以下简称《…》） is not a mention of its own
        title = " ".join(match.group(1).split())
        core = title
        while True:
            stripped = _POLICY_TAIL_RE.sub("", core).rstrip()
            if stripped == core or not stripped:
                break
            core = stripped
        name = abbrev.get(title)
        if name is None:
            if not core.endswith(_POLICY_ENDINGS) or core.endswith(("的说法", "手法", "想法", "方法", "看法", "做法")):
                continue
            name = title
        out.append(Entity("policy", name, match.start(1), match.end(1), None, match.group(1)))
        after = _ABBREV_RE.match(text, match.end())
        if after is not None:
            abbrev[" ".join(after.group(1).split())] = name
    return out


Hit = tuple[int, int, str]


def _known_hits(text: str, m: _Matcher) -> list[Hit]:
    """Where the organisations known by their bare names stand."""
    if m.known_re is None:
        return []
    return [(x.start(), x.end(), x.group()) for x in m.known_re.finditer(text)]


def _places(text: str, m: _Matcher, blocked: _Spans) -> list[Entity]:
    out: list[Entity] = []
    for match in m.place_re.finditer(text):
        s, e = match.span()
        if blocked.overlaps(s, e):
            continue
        out.append(Entity("place", m.place_names[match.group()], s, e, None, text[s:e]))
    return out


# --- organisations and people: rjieba tags in windows around cue words -------------------------------


def _windows(text: str, m: _Matcher) -> list[tuple[int, int]]:
    """Merged spans around cue words, in order (clamped to the text)."""
    spans: list[tuple[int, int]] = []
    append = spans.append
    extent = m.cue_extent
    for match in m.cue_re.finditer(text):
        s, e = match.span()
        before, after = extent[match.group()]
        append((s - before, e + after))
    for single in m.single_res:
        for match in single.finditer(text):
            s, e = match.span()
            append((s - 20, e + 5))
    if not spans:
        return []
    spans.sort()
    out: list[tuple[int, int]] = []
    cs, ce = spans[0]
    for s, e in spans:
        if s <= ce:
            ce = max(ce, e)
        else:
            out.append((cs, ce))
            cs, ce = s, e
    out.append((cs, ce))
    n = len(text)
    if out[0][0] < 0:
        out[0] = (0, out[0][1])
    if out[-1][1] > n:
        out[-1] = (out[-1][0], n)
    return out


class _TokenView(Sequence[Token]):
    """The tagger's tokens as ``Token`` records, made when a pass looks at one (the passes read
    the parallel lists of words and tags in their loops: two million records for a large import
    would cost about as much as the tagging itself)."""

    __slots__ = ("_edges", "_tags", "_words")

    def __init__(self, words: list[str], tags: list[str], edges: list[int]) -> None:
        self._words, self._tags, self._edges = words, tags, edges

    def __len__(self) -> int:
        return len(self._words)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...
    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._words)))]
        if i < 0:
            i += len(self._words)
        if not 0 <= i < len(self._words):
            raise IndexError(i)
        return Token(self._words[i], self._tags[i], self._edges[i], self._edges[i + 1])


class _Tagged(NamedTuple):
    toks: _TokenView
    cut: frozenset[int]  # tokens a window's edge may have cut in two
    words: list[str]
    tags: list[str]
    starts: list[int]
    ends: list[int]
    named: list[int]  # tokens tagged as a person's name
    heads: list[int]  # tokens that may end an organisation's name
    admin: list[int]  # place words with an admin suffix (崇左市)
    dots: list[int]  # the dots of transliterated names


def _tokens(text: str, m: _Matcher, windows: Sequence[tuple[int, int]]) -> _Tagged:
    """Tokens of the windows, in one tagger call, with the indexes of tokens a window's edge may
    have cut in two.

    The windows stand in place, everything between them blanked out by a filler of the same
    length ('。' + 'a'… + '。', one or three tokens), so that the tokens' offsets are the text's
    and no name runs across a gap. The tagger keeps its own tag for words it already knew
    (连云港/nr): the gazetteer's and ours win.
    """
    pieces: list[str] = []
    cut: set[int] = set()  # starts of windows whose first word may be cut in two by the window's edge
    cut_ends: set[int] = set()  # ends of windows whose last word may be cut
    pos = 0
    for ws, we in windows:
        gap = ws - pos
        if gap == 1:
            pieces.append("。")
        elif gap == 2:
            pieces.append("。。")
        elif gap > 2:
            pieces.append("。" + "a" * (gap - 2) + "。")
        pieces.append(text[ws:we])
        if ws > 0 and text[ws - 1] not in _CLAUSE_END and _is_han(text[ws - 1]):
            cut.add(ws)
        if we < len(text) and _is_han(text[we]):
            cut_ends.add(we)  # the last word may be cut too: 国务院专利行政部|门
        pos = we
    pairs = m.gazetteer.segmenter().tag("".join(pieces))
    retag = m.retag
    # one loop gives the words, their tags and where each pass starts (the candidates of names,
    # organisation heads, tagged places and dotted names): several comprehensions cost more
    words: list[str] = []
    tags: list[str] = []
    named: list[int] = []
    heads: list[int] = []
    admin: list[int] = []
    dots: list[int] = []
    for i, (w, t0) in enumerate(pairs):
        t = retag.get(w, t0)
        words.append(w)
        tags.append(t)
        last = w[-1]
        if t in _NR_TAGS:
            named.append(i)
        if t == "nt" or last in _HEAD_LAST:
            heads.append(i)
            if t == "ns" and last in _ADMIN:
                admin.append(i)
        elif t == "ns" and last in _ADMIN:
            admin.append(i)
        elif w in _DOTS:
            dots.append(i)
    edges = list(accumulate(map(len, words), initial=0))
    toks = _TokenView(words, tags, edges)
    starts, ends = edges[:-1], edges[1:]
    cut_tokens = {k for k in (bisect_left(starts, c) for c in cut) if k < len(words) and starts[k] in cut}
    cut_tokens |= {k for k in (bisect_left(ends, c) for c in cut_ends) if k < len(words) and ends[k] in cut_ends}
    return _Tagged(
        toks,
        frozenset(cut_tokens),
        words,
        tags,
        starts,
        ends,
        named,
        heads,
        admin,
        dots,
    )


@dataclass
class _Scan:
    """What the passes over the tokens share: the tokens, the spans they must leave alone, and
    which tokens a pass already used (a later pass does not take them again)."""

    text: str
    toks: Sequence[Token]
    cut: frozenset[int]
    taken: _Spans
    books: _Spans
    matcher: _Matcher
    used: list[bool] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    named: list[int] = field(default_factory=list)  # tokens tagged as a person's name
    heads: list[int] = field(default_factory=list)  # tokens that may end an organisation
    admin: list[int] = field(default_factory=list)  # place words with an admin suffix
    dots: list[int] = field(default_factory=list)  # dots of transliterated names

    def __post_init__(self) -> None:
        self.used = [False] * len(self.toks)

    def free(self, s: int, e: int) -> bool:
        return not self.taken.overlaps(s, e) and not self.books.overlaps(s, e)

    def mark(self, s: int, e: int) -> None:
        """Mark every token inside ``s``…``e`` used."""
        k = bisect_left(self.starts, s)
        while k < len(self.starts) and self.starts[k] < e:
            self.used[k] = True
            k += 1


def _people_and_orgs(
    text: str, m: _Matcher, org_hits: Sequence[Hit], taken: _Spans, books: _Spans
) -> tuple[list[Entity], list[Entity], list[Entity]]:
    windows = _windows(text, m)
    if not windows:
        scan = _Scan(text, [], frozenset(), taken, books, m)
        people = _comrades(scan, [])
        people += _companions(scan, people)
        people += _listed_people(scan, people)
        people += _rolled_people(scan, people)
        people += _cued_people(scan, people)
        people += _known_people(scan, people)
        people = _more_mentions_of_people(text, people, taken, books)
        known = _known_organisations(text, m, org_hits, [], people, taken, books)
        return people, known, []
    tagged = _tokens(text, m, windows)
    scan = _Scan(
        text,
        tagged.toks,
        tagged.cut,
        taken,
        books,
        m,
        words=tagged.words,
        tags=tagged.tags,
        starts=tagged.starts,
        ends=tagged.ends,
        named=tagged.named,
        heads=tagged.heads,
        admin=tagged.admin,
        dots=tagged.dots,
    )
    people = _cued_people(scan, [])
    people += _leader_people(scan, people)
    people += _titled_people(scan)
    people += _comrades(scan, people)
    people += _companions(scan, people)
    people += _split_surname_people(scan)
    people += _byline_people(scan, people)
    people += _dotted_people(scan)
    people += _listed_people(scan, people)
    people += _rolled_people(scan, people)
    people += _known_people(scan, people)
    orgs = _organisations(scan)
    places = _tagged_places(scan)
    people = _more_mentions_of_people(text, people, taken, books)
    orgs = _org_abbreviations(text, orgs, taken, books)
    if org_hits and orgs:
        # a known name wins over a cut of it the rules found (农业农村部, not 农村部); the hits are
        # in order and short, so only those starting a little before an organisation can hold it
        hit_starts = [hs for hs, _he, _w in org_hits]
        longest = max(he - hs for hs, he, _w in org_hits)
        orgs = [
            o
            for o in orgs
            if not any(
                hs <= o.start and o.end <= he and he - hs > o.end - o.start and _known_fits(text, hs, he, taken, books)
                for hs, he, _w in org_hits[
                    bisect_left(hit_starts, o.start - longest) : bisect_right(hit_starts, o.start)
                ]
            )
        ]
    orgs += _known_organisations(text, m, org_hits, orgs, people, taken, books)
    orgs = _whole_bodies(text, orgs, taken, books)
    return people, orgs, places


def _inside_quote_intro(text: str, i: int) -> bool:
    """The abbreviation itself inside （以下简称“…”）."""
    return text.rfind("简称", max(0, i - 6), i) != -1


def _name_boundary(text: str, i: int, j: int) -> bool:
    """A bare name is not part of a longer word (李强 in 李强调 is 李 + 强调)."""
    nxt = text[j : j + 1]
    return not (nxt and nxt in "调化大盛国")


@lru_cache(maxsize=1 << 16)
def _is_role(word: str) -> bool:
    return word in _ROLE_SET or (len(word) > 2 and word.endswith(_ROLE_SUFFIXES))


def _skip_blank(words: Sequence[str], i: int, step: int) -> int | None:
    while 0 <= i < len(words):
        if words[i].strip():
            return i
        i += step
    return None


def _role_before(words: Sequence[str], tags: Sequence[str], role_i: int) -> str:
    """The title ending with the role word at ``role_i``: 自治区 政协主席 → 自治区政协主席."""
    k = role_i
    while k - 1 >= 0 and role_i - (k - 1) <= 4:
        pw, pt = words[k - 1], tags[k - 1]
        if (pt not in _ORG_BODY_TAGS and pw != "副") or not pw.strip() or pw in _ORG_STOP:
            break
        k -= 1
    return "".join(words[k : role_i + 1])


# --- people ------------------------------------------------------------------------------------------


def _is_foreign(name: str) -> bool:
    """Every character is one of transliterated names (卡耶夫, 马克龙)."""
    translit = _names().translit
    return bool(translit) and all(c in translit for c in name)


@lru_cache(maxsize=50_000)
def _fold_word(word: str) -> str:
    """``fold`` of a short word, remembered: names and place words recur in every text."""
    return fold(word)


def looks_like_name(name: str, places: dict[str, str] | None = None) -> bool:
    """A person's name by its shape: a Chinese name (a surname, one or two more characters, no
    word ending) or a transliterated one; not on the stop list (words, places, bodies) nor a
    place (黎巴嫩)."""
    data = _names()
    if not name or name in data.stop or name in _NOT_A_NAME:
        return False
    if _fold_word(name) in (places if places is not None else gz.default().places):
        return False
    if name in data.full.values():
        return True
    if "·" in name:
        return all(len(p) >= 1 for p in name.split("·"))
    if not all(_is_han(c) for c in name) or name[-1] in _FUNCTION_CHARS or name[0] in _FUNCTION_CHARS:
        return False
    if _is_foreign(name) and len(name) >= 2:
        return True
    if len(name) >= 4 and _is_foreign(name[1:]):
        return True  # 托|卡耶夫: a first character the corpus did not learn
    if len(name) == 4:
        return name.startswith(_COMPOUND_SURNAMES) and name[-1] not in _NOT_NAME_END
    return 2 <= len(name) <= 3 and name[0] in _SURNAMES and name[-1] not in _NOT_NAME_END


def _full_name(text: str, s: int, e: int) -> tuple[int, int]:
    """A name the tagger cut, grown to the full name: a name the corpus always writes longer
    (刘国 of 刘国中), a transliterated name over the transliteration characters around it
    (卡耶夫 of 托卡耶夫, 梅德韦 of 梅德韦杰夫) but never into the title before it (主席|迪亚斯)."""
    data = _names()
    if text[e : e + 1] and text[e] in _DOTS:  # 安德烈|·奥昆科夫: the rest of a dotted name
        k = e + 1
        while k < len(text) and text[k] in data.translit and k - e <= 8:
            k += 1
        if k > e + 2:
            return s, k
    full = data.full.get(text[s:e])
    if full is not None:
        if text.startswith(full, s):
            return s, s + len(full)
        if text.startswith(full, e - len(full)):
            return e - len(full), e
    if not _is_foreign(text[s:e]):
        return s, e
    translit = data.translit
    while s > 0 and text[s - 1] in translit and e - s < 8 and not text.endswith(_ROLE_SUFFIXES, 0, s):
        s -= 1
    while e < len(text) and text[e] in translit and e - s < 8:
        e += 1
    return s, e


def _person(scan: _Scan, s: int, e: int, detail: str | None) -> Entity | None:
    """A person at ``s``…``e`` if what stands there has the shape of a name (grown to the full
    transliterated name where the tagger cut one)."""
    s, e = _full_name(scan.text, s, e)
    name = _dotted(scan.text[s:e])
    if not looks_like_name(name, scan.matcher.place_names) or not scan.free(s, e):
        return None
    scan.mark(s, e)
    return Entity("person", name, s, e, None, scan.text[s:e], detail)


def _titled_people(scan: _Scan) -> list[Entity]:
    """A name tagged nr next to a title (商务部部长王文涛, 胡衡华市长), a byline word or a speech
    verb (王文涛表示)."""
    toks, n = scan.toks, len(scan.toks)
    words, tags = scan.words, scan.tags
    out: list[Entity] = []
    for i in scan.named:
        w, _t, s, e = toks[i]
        if i in scan.cut or not 2 <= len(w) <= 4 or not _CJK.match(w) or w in _NOT_A_NAME or w[-1] in _FUNCTION_CHARS:
            continue
        if scan.used[i] or not scan.free(s, e):
            continue
        prev_i = _skip_blank(words, i - 1, -1)
        next_i = _skip_blank(words, i + 1, 1)
        prev_w = words[prev_i] if prev_i is not None else ""
        next_w = words[next_i] if next_i is not None else ""
        # the tagger's cut is sometimes one character off: 于|成忠, 黄玉|萍, 潘银浩边
        if (
            len(w) == 2
            and prev_i is not None
            and prev_i == i - 1
            and len(prev_w) == 1
            and prev_w in _SURNAMES
            and prev_i - 1 >= 0
            and (_is_role(words[prev_i - 1]) or _is_role(next_w) or next_w in _SPEECH_SET)
        ):
            s, w = s - 1, prev_w + w
            prev_i = prev_i - 1
            prev_w = words[prev_i]
        elif (
            len(w) == 2
            and next_i == i + 1
            and len(next_w) == 1
            and _is_han(next_w)
            and next_w not in _FUNCTION_CHARS
            and i + 2 < n
            and (
                tags[i + 1] in _NR_TAGS
                or words[i + 2] in _SPEECH_SET
                or not _is_han(words[i + 2][:1])
                or words[i + 2] in ("和", "与", "及")
                and next_w not in _NOT_NAME_END  # 李金|恣|和杨婧茹
            )
        ):
            e, w = e + 1, w + next_w
            next_i = _skip_blank(words, i + 2, 1)
            next_w = words[next_i] if next_i is not None else ""
        elif len(w) == 4 and not w.startswith(_COMPOUND_SURNAMES) and not _is_foreign(w):
            e, w = e - 1, w[:3]
            next_w = ""
        if w[0] in _FUNCTION_CHARS and len(w) >= 3:
            s, w = s + 1, w[1:]  # 同卢拉, 和通伦: a preposition the tagger took in
        detail: str | None = None
        if prev_w and prev_i is not None and _is_role(prev_w) and prev_w not in _BYLINE:
            detail = _role_before(words, tags, prev_i)
        elif next_w and _is_role(next_w) and next_w not in _BYLINE and next_w not in ("代表", "委员", "专家"):
            detail = next_w
        elif prev_w in _BYLINE or next_w in _SPEECH_SET:
            detail = None
        else:
            continue
        person = _person(scan, s, e, detail)
        if person is not None:
            out.append(person)
            scan.used[i] = True
    return out


_COMRADE_RE = re.compile("同志(?!们)")
_COMRADE_DOTTED_RE = re.compile("[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$")
# What may stand right before a name that 同志 follows: a preposition or conjunction, a list mark.
_BEFORE_NAME = frozenset("和与及同向对以将让由给跟把被、")
# The tags a name written as one dictionary word may carry (the tagger calls some names places).
_COMRADE_TAGS = _words("nr nrfg nrt ns nz")


def _comrade_name(text: str, e: int, m: _Matcher) -> tuple[int, int] | None:
    """The name right before 同志 at ``e`` (谷文昌同志, 以习近平同志为核心, 艾力更·依明巴海同志): a
    dotted name, or two to four characters after a boundary (a mark, a preposition, a title) that
    begin with a surname and are no word of the dictionary (全体, 领导, 负责 同志 are no names)."""
    dotted = _COMRADE_DOTTED_RE.search(text, max(0, e - 16), e)
    if dotted is not None and (dotted.start() == 0 or not _is_han(text[dotted.start() - 1])):
        return dotted.start(), e
    for n in (3, 2, 4):
        k = e - n
        if k < 0:
            continue
        name = text[k:e]
        if (
            not all(_is_han(c) for c in name)
            or name in _NOT_A_NAME
            or name[-1] in "们者员等老"
            or name[0] in _BEFORE_NAME
        ):
            continue
        before = text[k - 1] if k > 0 else ""
        if before and _is_han(before) and before not in _BEFORE_NAME and not text.endswith(_ROLE_SUFFIXES, 0, k):
            continue
        if n == 4 and (
            before
            and _is_han(before)
            or not (name.startswith(_COMPOUND_SURNAMES) or _is_foreign(name) or _all_name_words(m, name))
        ):
            continue  # 白玛赤林同志 opening a sentence, never inside a run of text (全军老同志)
        if n < 4 and name[0] not in _SURNAMES:
            continue
        if not _may_be_named(m.gazetteer, name) or _fold_word(name) in m.place_names:
            continue  # 全体, 领导, 总书记: a word, not a name; 海南: a place
        return k, e
    return None


def _all_name_words(m: _Matcher, name: str) -> bool:
    return all(tag in _NR_TAGS for tag in _tags_of(m.gazetteer, name))


_name_tags: dict[tuple[int, str], tuple[tuple[str, str], ...]] = {}


def _tagged_words(g: gz.Gazetteer, name: str) -> tuple[tuple[str, str], ...]:
    """The words the segmenter makes of ``name`` with their tags (cached: 习近平同志 recurs
    everywhere)."""
    seg = g.segmenter()
    key = (id(seg), name)
    got = _name_tags.get(key)
    if got is None:
        if len(_name_tags) > 50_000:
            _name_tags.clear()
        got = _name_tags[key] = tuple((str(w), str(tag)) for w, tag in seg.tag(name))
    return got


def _tags_of(g: gz.Gazetteer, name: str) -> tuple[str, ...]:
    """The tags the segmenter gives the words of ``name``."""
    return tuple(tag for _w, tag in _tagged_words(g, name))


def _may_be_named(g: gz.Gazetteer, name: str) -> bool:
    """Not one dictionary word of another kind than a name (全体, 领导)."""
    tags = _tags_of(g, name)
    return len(tags) != 1 or tags[0] in _COMRADE_TAGS


def _comrades(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """Names that 同志 follows: 谷文昌同志, 以习近平同志为核心, 陈全国同志在…"""
    text = scan.text
    if "同志" not in text:
        return []
    have = _Spans([(p.start, p.end) for p in people])
    out: list[Entity] = []
    for cm in _COMRADE_RE.finditer(text):
        span = _comrade_name(text, cm.start(), scan.matcher)
        if span is None:
            continue
        s, e = span
        if have.overlaps(s, e) or not scan.free(s, e):
            continue
        scan.mark(s, e)
        out.append(Entity("person", text[s:e], s, e, None, text[s:e], "同志"))
        have.add(s, e)
    return out


# Who goes with a leader: 马兴瑞、石泰峰、王东峰一同调研; 吴政隆陪同调研.
_COMPANIONS_RE = re.compile(
    "(?:一同|陪同|分别陪同)(?:调研|考察|参加|出席|会见|看望|慰问|视察)?|出席(?=会议|活动|上述|座谈会|开幕式|仪式|大会)"
    "|参加(?=会议|活动|上述|座谈会|开幕式|仪式|大会)|分别(?=获得|获|荣获|陪同|出席|参加|主持)|共同(?=主持|出席|会见)"
    "|及(?=中央和国家机关|有关部门|有关方面)|等(?=参加|出席|陪同|一同)"
)
_COMPANION_WORDS = ("陪同", "一同", "出席", "参加", "分别", "共同", "及中央和国家机关", "及有关")
_CLAUSE_START = frozenset("，,。；;：:！？!?\n（(“")


def _listed_before(text: str, e: int, m: _Matcher) -> list[tuple[int, int]]:
    """The names of a list (甲、乙、丙) ending at ``e`` and opening a clause or following a title;
    none unless every item has a name's shape, or nearly all do and the others are no words of
    another kind (…、梁振英、巴特尔、苏辉出席: a name without a common surname)."""
    out: list[tuple[int, int]] = []
    soft = 0
    while True:
        found: tuple[int, bool] | None = None
        for n in (3, 2, 4):
            k = e - n
            name = text[max(k, 0) : e]
            if k < 0 or not all(_is_han(c) for c in name):
                continue
            if (
                k > 0
                and text[k - 1] != "、"
                and text[k - 1] not in _CLAUSE_START
                and not text.endswith(_ROLE_SUFFIXES, 0, k)
            ):
                continue  # the list may open after a title: 副主席张三、李四出席
            if _fold_word(name) in m.place_names:
                continue
            named = _may_be_named(m.gazetteer, name) and _word_shaped_ok(m.gazetteer, name)
            if named and n <= 3 and name[0] in _SURNAMES and looks_like_name(name, m.place_names):
                found = (k, True)
                break
            if found is None and name not in _names().stop and name[-1] not in _FUNCTION_CHARS:
                if named or n == 3 and looks_like_name(name, m.place_names):
                    found = (k, False)  # 巴特尔: no common surname; 何报翔: the dictionary's word
        if found is None:
            return []
        k, hard = found
        soft += not hard
        out.append((k, e))
        if k == 0 or text[k - 1] != "、":
            break
        e = k - 1
    if soft and (len(out) - soft < 2 or soft * 3 > len(out)):
        return []
    return out[::-1]


def _companions(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """Names listed before 一同/陪同 (调研): 马兴瑞、石泰峰、王东峰一同调研."""
    text = scan.text
    if not any(w in text for w in _COMPANION_WORDS):
        return []  # a few substring tests are cheaper than the pattern's scan
    have = _Spans([(p.start, p.end) for p in people])
    out: list[Entity] = []
    for cm in _COMPANIONS_RE.finditer(text):
        for s, e in _listed_before(text, cm.start(), scan.matcher):
            if have.overlaps(s, e) or not scan.free(s, e):
                continue
            scan.mark(s, e)
            out.append(Entity("person", text[s:e], s, e, None, text[s:e]))
            have.add(s, e)
    return out


def _split_surname_people(scan: _Scan) -> list[Entity]:
    """A one-character surname the tagger split from its given name, after a title: 负责人 梁|美兰."""
    toks, n = scan.toks, len(scan.toks)
    words, tags = scan.words, scan.tags
    out: list[Entity] = []
    for i in scan.named:
        w, _t, s, _e = toks[i]
        if len(w) != 1 or w not in _SURNAMES or scan.used[i] or i + 1 >= n or i == 0:
            continue
        nw, _nt, _ns, ne = toks[i + 1]
        if not (1 <= len(nw) <= 2 and all(_is_han(c) for c in nw)) or nw[0] in _FUNCTION_CHARS:
            continue
        if not _is_role(words[i - 1]) or words[i - 1] in _BYLINE:
            continue
        if i + 2 < n and _is_han(words[i + 2][:1]) and words[i + 2] not in _SPEECH_SET:
            continue
        person = _person(scan, s, ne, _role_before(words, tags, i - 1))
        if person is not None:
            out.append(person)
    return out


def _byline_people(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """Bylines the tagger does not know: 本报记者 鲍蔓华."""
    out: list[Entity] = []
    if not scan.toks:
        return out
    for bm in _BYLINE_RE.finditer(scan.text, scan.starts[0], scan.ends[-1]):
        bs, be = bm.span(1)
        if any(p.start <= bs < p.end for p in people):
            continue
        person = _person(scan, bs, be, None)
        if person is not None:
            out.append(person)
    return out


_DOTTED_TAIL = ("独家", "专访", "表示", "会见", "会谈", "出席", "指出")


def _dotted(name: str) -> str:
    """A dotted name with the middle dot (安德烈•奥昆科夫 → 安德烈·奥昆科夫)."""
    for d in _DOTS[1:]:
        name = name.replace(d, "·")
    return name


def _dotted_people(scan: _Scan) -> list[Entity]:
    """Transliterated names after a title: 主席努尔兰·阿不都满金."""
    toks, text, n = scan.toks, scan.text, len(scan.toks)
    words, tags, starts, ends = scan.words, scan.tags, scan.starts, scan.ends
    out: list[Entity] = []
    if not toks or not scan.dots:
        return out
    for i in scan.dots:
        s = starts[i]
        if i < 2:
            continue
        i -= 2  # the title stands just before the name's first part
        while i >= 0 and not _is_role(words[i]):
            i -= 1
            if i < 0 or ends[i] < s - 8:
                break
        if i < 0 or ends[i] < s - 8:
            continue
        w, _t, _s, e = toks[i]
        if w in _BYLINE:
            continue
        dm = _DOTTED_NAME_RE.match(text, e)
        if dm is None or not scan.free(dm.start(), dm.end()):
            continue
        # the name ends where the tagger's words after the last '·' stop looking like a name
        dot = max(dm.group().rfind(d) for d in _DOTS) + dm.start()
        end_at = dot + 1
        k = i + 1
        while k < n and ends[k] <= dot + 1:
            k += 1
        first = True
        while k < n and starts[k] < dm.end():
            tw, tt = words[k], tags[k]
            if not first and (tt in ("v", "vn", "d", "p", "c", "uj", "ul", "f", "m", "r") or tw in _SPEECH_SET):
                break
            end_at = min(ends[k], dm.end())
            first = False
            k += 1
        while end_at - dot - 1 > 2 and text.startswith(_DOTTED_TAIL, end_at - 2):
            end_at -= 2  # 谢里夫|独家专访
        if end_at - dot - 1 < 2:
            continue
        name = _dotted(text[dm.start() : end_at])
        if any(fold(part) in scan.matcher.place_names or part in _names().stop for part in name.split("·")):
            continue  # 对话·成都: a place after the dot
        scan.mark(dm.start(), end_at)
        out.append(
            Entity(
                "person",
                name,
                dm.start(),
                end_at,
                None,
                text[dm.start() : end_at],
                _role_before(words, tags, i),
            )
        )
    return out


# Two enumeration commas around one short item: where a list of names may be.
_LIST_PAIR_RE = re.compile("、[\u4e00-\u9fff]{2,4}、")
# What ends a list of people: 等10名同志, 10户家庭, 等人, 同志.
_LIST_END_RE = re.compile(
    "等(?:[0-9一二两三四五六七八九十]+(?:余|多)?(?:名|位|户|人)|人)|同志|[0-9一二两三四五六七八九十]+(?:余|多)?(?:名|位|户)"
)
# Two names set apart by full-width spaces (a cheap test before the roll's pattern).
_ROLL_HINT_RE = re.compile("\u3000+[\u4e00-\u9fff]{2,4}(?:（女）)?\u3000+[\u4e00-\u9fff]{2,4}\u3000")
# A roll of names set apart by full-width spaces (委员名单：庄荣文　刘宁　刘伟…).
_NAME_ROLL_RE = re.compile("(?:[\u4e00-\u9fff]{2,4}(?:（女）)?\u3000+){3,}[\u4e00-\u9fff]{2,4}")
# A foreign head of state or government and the transliterated name after the title (智利总统博里奇).
_LEADER_TITLES = ("总统", "首相", "国王", "王储", "苏丹", "埃米尔", "总理", "外长", "议长", "主席", "秘书长", "总干事")
_LEADER_RE = re.compile("(?:总统|首相|国王|王储|苏丹|埃米尔|总理|外长|议长|主席|秘书长|总干事)(?=[\u4e00-\u9fff]{2})")


def _name_lists(text: str) -> Iterator[re.Match[str]]:
    """Lists of two-to-four-character items (A、B、C…) followed by a count of people: found from
    their enumeration commas, then their end (a search for their words everywhere would cost
    more than tagging)."""
    last = -1
    for pair in _LIST_PAIR_RE.finditer(text):
        if pair.start() < last:
            continue
        cue = _LIST_END_RE.search(text, pair.end(), min(len(text), pair.end() + 80))
        if cue is None:
            continue
        lm = _NAME_LIST_RE.search(text, max(0, pair.start() - 5), cue.end())
        if lm is not None and lm.start() <= pair.start():
            last = lm.end()
            yield lm


def _listed_people(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """A list of names counted as people: 张三、李四、王五等10名同志, …，10户家庭入选."""
    out: list[Entity] = []
    text = scan.text
    if "、" not in text:
        return out
    have = _Spans([(p.start, p.end) for p in people])
    for lm in _name_lists(text):
        items: list[tuple[int, int]] = []
        pos = lm.start(1)
        for part in re.split("[、和]", re.sub("等$", "", lm.group(1))):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        # the first item may have taken in the words before the list: 名单|张三
        s0, e0 = items[0]
        while e0 - s0 > 2 and not looks_like_name(text[s0:e0], scan.matcher.place_names):
            s0 += 1
        items[0] = (s0, e0)
        names = [text[s:e] for s, e in items]
        shaped = sum(1 for x in names if looks_like_name(x, scan.matcher.place_names))
        if shaped * 3 < len(names) * 2 or any(fold(x) in scan.matcher.place_names for x in names):
            continue
        for (s, e), name in zip(items, names, strict=True):
            if not 2 <= len(name) <= 4 or name[-1] in _FUNCTION_CHARS or name in _names().stop:
                continue
            if have.overlaps(s, e) or not scan.free(s, e):
                continue
            out.append(Entity("person", name, s, e, None, name))
    return out


def _rolled_people(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """Names in a roll set apart by full-width spaces, where most items have a name's shape."""
    out: list[Entity] = []
    text = scan.text
    if "\u3000" not in text or _ROLL_HINT_RE.search(text) is None:
        return out
    have = _Spans([(p.start, p.end) for p in people])
    places = scan.matcher.place_names
    for roll in _NAME_ROLL_RE.finditer(text):
        items = [(m.start(), m.end()) for m in re.finditer("[\u4e00-\u9fff]{2,4}", roll.group())]
        items = [(roll.start() + a, roll.start() + b) for a, b in items if roll.group()[a:b] != "女"]
        shaped = [(a, b) for a, b in items if looks_like_name(text[a:b], places)]
        if len(shaped) * 4 < len(items) * 3:
            continue
        for a, b in shaped:
            if not have.overlaps(a, b) and scan.free(a, b):
                out.append(Entity("person", text[a:b], a, b, None, text[a:b]))
    return out


def _leader_people(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """A transliterated name right after the title of a head of state or government (伊朗总统
    佩泽希齐扬致贺电): most of its characters are transliteration characters."""
    out: list[Entity] = []
    text = scan.text
    translit = _names().translit
    have = _Spans([(p.start, p.end) for p in people])
    if not any(title in text for title in _LEADER_TITLES):
        return out
    for m in _LEADER_RE.finditer(text):
        s = m.end()
        if text[s] in _SURNAMES and text[s] not in translit:
            continue  # 主席习近平: a Chinese name, the other passes' (the test at the end, made early)
        if text[s] in _NOT_TRANSLIT or text[s] in _FUNCTION_CHARS or _follows_name(text, s):
            continue  # 主席|出席
        if _common_word(scan.matcher.gazetteer, text[s : s + 2]):
            continue  # 主席|西行: a word, not a name
        e = s + 2
        # the name runs on until a word or a particle starts (博里奇|专门, 佩泽希齐扬|独家专访, 莱希|表示),
        # over words made of transliteration characters (阿尔巴尼斯: 尼斯 is a word too)
        while e < min(len(text), s + 8) and _is_han(text[e]) and text[e] not in _FUNCTION_CHARS:
            if _follows_name(text, e) or text[e] in _NOT_TRANSLIT:
                break
            if _common_word(scan.matcher.gazetteer, text[e : e + 2]):
                break
            e += 1
        name = text[s:e]
        if len(name) < 2 or have.overlaps(s, e) or not scan.free(s, e) or name in _names().stop:
            continue
        if text[e : e + 1] and text[e] in _DOTS:
            continue  # 夏巴兹|·谢里夫: the dotted pass takes the whole name
        if sum(c in translit for c in name) * 2 < len(name) or name[0] in _SURNAMES and not _is_foreign(name):
            continue
        place = scan.matcher.place_re.search(text, s, e + 4)
        if _fold_word(name) in scan.matcher.place_names or place is not None and place.start() < e:
            continue  # a country's name, or the name runs into one
        out.append(
            Entity("person", name, s, e, None, name, _leader_title(text, m.start(), s, scan.matcher.place_names))
        )
    return out


def _common_word(g: gz.Gazetteer, s: str) -> bool:
    """``s`` is one dictionary word of another kind than a name (专门, 西行; not 尼斯, 比奇)."""
    if not _is_word(s):
        return False
    words = _tagged_words(g, s)
    return len(words) == 1 and words[0][1] in _WORD_TAGS and words[0][1] != "j"  # 纳比/j of 布尔纳比奇


def _is_word(s: str) -> bool:
    """``s`` is a word of the segmenter's dictionary (专访, 专门)."""
    import rjieba

    return bool(rjieba.has_word(s))


def _leader_title(text: str, role_start: int, name_start: int, places: dict[str, str]) -> str:
    """智利总统, 伊朗当选总统: the title with the country before it when the text names one."""
    role = text[role_start:name_start]
    for gap in ("", "当选", "新任", "前"):
        end = role_start - len(gap)
        if gap and not text.startswith(gap, end):
            continue
        for n in (4, 3, 2):
            if end - n >= 0 and fold(text[end - n : end]) in places:
                return text[end - n : name_start]
    return role


def _more_mentions_of_people(text: str, people: list[Entity], taken: _Spans, books: _Spans) -> list[Entity]:
    """Names seen with a title count again where the text repeats them; a longer known name wins
    over a shorter cut of it (于成忠 over 成忠); two passes' finds of one name count once."""
    if not people:
        return people
    people = list({(p.start, p.end): p for p in reversed(people)}.values())[::-1]
    known = {p.surface: p.name for p in people}  # as written (安德烈•奥昆科夫) → the name
    found: dict[str, list[int]] = {}
    for name in sorted((k for k in known if len(k) >= 2), key=len, reverse=True):
        hits = []
        i = text.find(name)
        while i != -1:
            hits.append(i)
            i = text.find(name, i + len(name))
        found[name] = hits
    longer = _Spans((i, i + len(name)) for name, hits in found.items() if len(name) > 2 for i in hits)
    people = [
        p
        for p in people
        if not (
            longer.overlaps(p.start, p.end)
            and any(
                i <= p.start and p.end <= i + len(n) and (p.start, p.end) != (i, i + len(n))
                for n, hits in found.items()
                if len(n) > p.end - p.start
                for i in hits
            )
        )
    ]
    have = _Spans([(p.start, p.end) for p in people])
    for name, hits in found.items():
        for i in hits:
            j = i + len(name)
            if (
                not have.overlaps(i, j)
                and not taken.overlaps(i, j)
                and not books.overlaps(i, j)
                and _name_boundary(text, i, j)
            ):
                people.append(Entity("person", known[name], i, j, None, name))
                have.add(i, j)
    return people


# --- people by the words around them in the text (no tagger) ----------------------------------------

# Nouns news put right before a person's name besides titles (村民张三, 参展商马蒂亚斯).
_DESCRIPTORS = _word_list(
    "村民 市民 居民 农民 渔民 牧民 果农 菜农 茶农 游客 旅客 乘客 工人 职工 员工 店主 老板 店长 商户 摊主 船长 "
    "机长 司机 快递员 小哥 骑手 老师 教师 校长 医生 护士 队员 球员 演员 导演 编剧 歌手 作家 画家 艺术家 科学家 "
    "工程师 技术员 设计师 研究员 学生 大学生 研究生 博士 志愿者 创业者 企业家 商人 民警 警官 法官 检察官 律师 "
    "消防员 飞行员 航天员 冠军 名将 老将 主持人 网格员 村支书 支书 干部 团长 副团长 队长 副队长 站长 厂长 村长 "
    "镇长 乡长 参展商 采购商 投资人 经营者 合伙人 掌门人 传承人 非遗传承人 使者 匠人 工匠 技师 教练 主教练 "
    "党委书记 第一书记 馆长 社长 主编 总编辑 学者 经济学家 分析师 部长助理 女儿 儿子 父亲 母亲 妻子 丈夫 任命 免去 "
    "审计长 检察长 总检察长 首席大法官 大法官 省委书记 市委书记"
)
# What may stand right after a name (besides a mark): particles, verbs of speech and of doing.
_AFTER_NAME = _word_list(
    "的 在 和 与 及 是 说 表示 介绍 告诉 指出 强调 认为 提出 建议 坦言 透露 谈到 感慨 回忆 说道 发言 也 都 就 还 "
    "已 已经 正 正在 今年 去年 今天 如今 此次 从 对 为 以 给 带领 率 率领 作 作了 主持 出席 参加 获得 获 夺得 凭借 "
    "等 一行 所 曾 曾经 每天 将 把 被 让 来到 走进 前往 刚 最初 一直 自 向 通过 根据 分别 发现 看到 带着 答 "
    "一家 夫妇 再次 首先 专访 独家 目前 同样 不仅 随后 当天 同志 先生 女士 宣读 讲话 致辞 会见 会谈 参观 考察 "
    "调研 获悉 接受 打算 希望 决定 负责 开始 便 又 才 则 却 同 和他 和她 和家人 陪同 一同 主持"
)
_AFTER_WORDS = tuple(w for w in _AFTER_NAME if len(w) >= 2)
_AFTER_SINGLE = frozenset(w for w in _AFTER_NAME if len(w) == 1)
# One character that ends a two-character name rather than begins the next word (张三|说, 李四|的).
_AFTER_ONE = frozenset("的在和与及是说也都就还已正从对为以给作等所曾将把被让刚自向答率获便又才则却同")
_NAME_END_TOO = frozenset("中业方")
_NAME_STARTS = _SURNAMES | {w[0] for w in _COMPOUND_SURNAMES}
_NOT_NAME_TAILS = _words("中国 全国 世界 国家 人民 两岸")
# Tags of a dictionary word that is no name (时代/n, 成为/v); unknown strings (x) and rare ones may be.
_WORD_TAGS = _words("n v vn vd a ad an d r p c u uj ul f s l i j nt b z q")
_OPENING_TAGS = _words("v vn vd a ad b d r p c u uj ul f")
_VERB_TAGS = _words("v vd vn p c d u")
# Characters that end names of things, rarely a person's given name.
_THING_ENDS = frozenset("费病例心参税款率价量额规证件品物区场室馆厂店点线网台器机车船桥楼房类项表单卡庭院案")
_MARKS = frozenset("，。、；：！？”“）（,.;:!?)(/ \u3000\n·•・‧")
# Titles after a name (刘家义委员发言, 赵乐际委员长主持, 博鲁阿尔特总统为…).
_AFTER_TITLES = _word_list(
    "委员长 副委员长 委员 代表 院士 教授 研究员 老师 先生 女士 总统 主席 副主席 总理 副总理 首相 书记 部长 省长 "
    "市长 主任 局长 行长 董事长 总经理 大使 秘书长 会长"
)
_TITLE_AFTER_FOLLOW = _word_list(
    "发言 说 表示 建议 代表 指出 介绍 认为 告诉 主持 出席 为 在 的 和 与 也 等 今天 作 带领 率 强调 提出 同 会见 就 "
    "、 ， 。 ： ；"
)
_SPEECH_AFTER = _word_list("表示 说 介绍 指出 强调 认为 告诉 坦言 透露 感慨 回忆 说道 是一名 是一位 是一个")
_CUE_WORDS = frozenset(_DESCRIPTORS + _ROLES)
# the cue words by their last two characters, longest first (主任 and 副主任 end in 主任)
_CUE_BY_END: dict[str, tuple[str, ...]] = {
    end: tuple(sorted((w for w in _CUE_WORDS if w.endswith(end)), key=len, reverse=True))
    for end in {w[-2:] for w in _CUE_WORDS}
}
_CUE_LASTS = "".join(sorted({w[-1] for w in _CUE_WORDS}))


def _cue_end_re(starts: Iterable[str]) -> re.Pattern[str]:
    """The last character of a cue word before a character a name may start with."""
    return re.compile(f"[{_CUE_LASTS}](?=[{''.join(sorted(starts))}])")


_CUE_END_RE = _cue_end_re(_NAME_STARTS)
_AFTER_TITLES_RE = re.compile(_alternation(_AFTER_TITLES))
_SPEECH_AFTER_RE = re.compile(_alternation(_SPEECH_AFTER))
_OPENERS = frozenset("，。；：！？\n“”")


def _follows_name(text: str, e: int) -> bool:
    """What stands at ``e`` may follow a name: a mark, the end, or a word of ``_AFTER_NAME``;
    a one-character word only where it makes no word with the character before it (文明行|为:
    行为 is one word; 王伟中|的 is a name)."""
    if e >= len(text) or text[e] in _MARKS:
        return True
    if text.startswith(_AFTER_WORDS, e):
        return True
    return text[e] in _AFTER_SINGLE and not (e > 0 and _is_han(text[e - 1]) and _is_word(text[e - 1 : e + 1]))


def _name_at(scan: _Scan, s: int, end_ok: Callable[[int], bool]) -> tuple[int, int] | None:
    """A name starting at ``s`` whose end satisfies ``end_ok``: three characters, or two where the
    third begins the next word (李四|说); a transliterated name over its characters."""
    text = scan.text
    translit = _names().translit
    fits = [
        n
        for n in (3, 2, 4)
        if s + n <= len(text)
        and end_ok(s + n)
        and _plausible(scan, text[s : s + n])
        and scan.matcher.place_re.match(text, s + n - 1) is None  # 齐聚|成都: a place goes on
    ]
    if not fits:
        if text[s : s + 1] in translit:  # 参展商马蒂亚斯此次: over the transliteration characters
            e = s
            while e < len(text) and text[e] in translit and e - s < 6 and not (e - s >= 2 and end_ok(e)):
                e += 1
            if (
                e - s >= 2
                and end_ok(e)
                and _is_foreign(text[s:e])
                and looks_like_name(text[s:e], scan.matcher.place_names)
            ):
                return s, e
        return None
    if 3 in fits and 2 in fits and (text[s + 2] in _AFTER_ONE or text.startswith(_AFTER_WORDS, s + 2)):
        return s, s + 2  # 李四|说, 蔡奇|陪同
    n = fits[0]
    return s, s + n


def _plausible(scan: _Scan, name: str) -> bool:
    """A Chinese name's shape (surname first), not a place, not a dictionary word of another kind."""
    if not all(_is_han(c) for c in name) or name in _NOT_A_NAME:
        return False
    if len(name) == 4 and not name.startswith(_COMPOUND_SURNAMES):
        return False
    places = scan.matcher.place_names
    shaped = looks_like_name(name, places) or (
        len(name) == 3
        and name[-1] in _NAME_END_TOO
        and name[0] in _SURNAMES
        and name[1] not in _FUNCTION_CHARS
        and name not in _names().stop
    )  # 王伟中, 王建业: after a title these end a name
    if not shaped or _fold_word(name[1:]) in places or name[1:] in _NOT_NAME_TAILS:
        return False  # 全|中国: a place after one character
    if not _word_shaped_ok(scan.matcher.gazetteer, name):
        return False
    words = _tagged_words(scan.matcher.gazetteer, name)
    if len(words) == 1:
        return words[0][1] not in _WORD_TAGS  # one word of another kind (时代/n, 文化宫/n)
    # a function word or a verb opening it (关于|党, 认为|王)
    return not (len(words[0][0]) >= 2 and words[0][1] in _OPENING_TAGS)


def _title_before(text: str, s: int, e: int) -> str:
    """The title ending with the role word at ``s``…``e`` with the body before it (商务部部长), up
    to a mark or a particle."""
    k = s
    while k > 0 and s - k < 8 and _is_han(text[k - 1]) and text[k - 1] not in _FUNCTION_CHARS:
        k -= 1
    return text[k:e]


def _word_shaped_ok(g: gz.Gazetteer, name: str) -> bool:
    """Not a string of common words cut to a name's length: no word of another kind than a name
    opens a three-character one (仲裁|庭, 常见|病, 应当|经), no verb ends it (应|缴纳), and it does
    not end in a character of things (安置费, 童条例, 童中心)."""
    if name[-1] in _THING_ENDS:
        return False
    if len(name) != 3:
        return True
    for part, tags in ((name[:2], _WORD_TAGS), (name[1:], _VERB_TAGS)):
        if _is_word(part):
            words = _tagged_words(g, part)
            if len(words) == 1 and words[0][1] in tags:
                return False
    return True


def _cued_people(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """Names the text sets off by the words around them, where the tagger did not see a name:
    a title or a noun for a person before (省长王伟中的专访, 村民张三说, 参展商马蒂亚斯此次), a title
    after (刘家义委员发言), a speech verb after a name opening a clause (，殷勇表示)."""
    text = scan.text
    have = _Spans([(p.start, p.end) for p in people])
    out: list[Entity] = []

    def take(span: tuple[int, int] | None, detail: str | None) -> bool:
        """Take the name at ``span`` (grown to a full name) unless another pass has it."""
        if span is None:
            return False
        s, e = span
        if have.overlaps(s, e) or not scan.free(s, e):
            return False
        full = _full_name(text, s, e)
        if full != (s, e):
            s, e = full
            if not looks_like_name(text[s:e], scan.matcher.place_names) or have.overlaps(s, e) or not scan.free(s, e):
                return False
        name = _dotted(text[s:e])
        scan.mark(s, e)
        have.add(s, e)
        out.append(Entity("person", name, s, e, None, text[s:e], detail))
        return True

    data = _names()
    starts = data.starts or _NAME_STARTS
    # a cue word's last character right before a name's first: a cheap scan (a trie of the cue
    # words would test most characters of the text), then the cue word ending there, longest first
    for hit in (data.cue_end_re or _CUE_END_RE).finditer(text):
        e = hit.end()
        word = next((w for w in _CUE_BY_END.get(text[e - 2 : e], ()) if text.endswith(w, 0, e)), None)
        if word is None:
            continue
        if word in _BYLINE and word != "记者" or word in _LEADER_TITLES:
            continue  # a foreign leader's name: the pass of its own
        detail = _title_before(text, e - len(word), e) if word in _ROLE_SET else None
        span = _name_at(scan, e, lambda k: _follows_name(text, k))
        while span is not None and take(span, detail) and text[span[1] : span[1] + 1] == "、":
            # 全国人大代表张三、李四、王五也…: the names listed after one title
            span = _name_at(scan, span[1] + 1, lambda k: _follows_name(text, k))
    for title in _AFTER_TITLES_RE.finditer(text):
        e = title.start()
        if not text.startswith(_TITLE_AFTER_FOLLOW, title.end()) or text[e - 1 : e] in "副总代常":
            continue  # 常务副|市长: the title's own words
        for n in (3, 2, 4, 5, 6):
            s = e - n
            if s < 0 or text[s] not in starts or not (s == 0 or text[s - 1] in _MARKS):
                continue
            name = text[s:e]
            if _plausible(scan, name) if n <= 3 else _is_foreign(name) and looks_like_name(name):
                take((s, e), title.group())
                break  # 刘家义委员, 博鲁阿尔特总统: a transliterated name of its characters only
    for verb in _SPEECH_AFTER_RE.finditer(text):
        v = verb.start()
        for n in (2, 3, 4):
            s = v - n
            if s >= 0 and text[s] in starts and (s == 0 or text[s - 1] in _OPENERS):
                take(_name_at(scan, s, lambda k: text.startswith(_SPEECH_AFTER, k)), None)
                break  # ，殷勇|表示: a name opening its clause
    return out


def _known_people(scan: _Scan, people: Sequence[Entity]) -> list[Entity]:
    """Names the corpus often writes with a title (data/person_names.json ``people``: officials,
    public figures), wherever the text writes them as a word of their own: not inside a longer
    word (国王|勇敢) and, for a two-character name, with a mark or a word after it that may follow
    a name (蔡奇出席, 穆虹、)."""
    pattern = _names().people_re
    if pattern is None:
        return []
    text = scan.text
    have = _Spans([(p.start, p.end) for p in people])
    out: list[Entity] = []
    for hit in pattern.finditer(text):
        s, e = hit.span()
        if have.overlaps(s, e) or not scan.free(s, e) or not _name_boundary(text, s, e):
            continue
        if s > 0 and _is_han(text[s - 1]) and _is_word(text[s - 1 : s + 1]):
            continue
        if e - s == 2 and not _follows_name(text, e) or text[e : e + 1] and text[e] in _DOTS:
            continue  # 穆虹|的 but not 王勇|敢; 夏巴兹|·谢里夫 is a part of a name
        have.add(s, e)
        out.append(Entity("person", hit.group(), s, e, None, hit.group()))
    return out


# --- organisations -------------------------------------------------------------------------------------


_SINGLE_HEADS = frozenset("部厅局署委办")
# Cue words that are too common to be worth a window (代表团, 提出申请, 部分, 办理…): single-character
# heads only where they can end a name.
_SPECIAL_CUES = _words("人民政府 法院 委员会")  # in _SINGLE_CUES with conditions
_NOISY_CUES = _words("代表 提出 称 说 委员 专家 建议 认为")
_SINGLE_CUES = (
    # each starts with its character, so the regex keeps its fast scan for first characters.
    # Frequent generic bodies of laws (各级人民政府, 人民法院, 常务委员会, 村民委员会) get no window.
    "人民政府(?<=[\u4e00-\u9fff][省市县州旗区]人民政府)(?<![、以级上本各和及或由报向同一设的][省市县州旗区]人民政府)",
    "法院(?<!人民法院)",
    "委员会(?<!常务委员会)(?<!业主委员会)(?<!村民委员会)(?<!居民委员会)(?<!专门委员会)(?<!选举委员会)",
    "部(?<![全内外干东西南北中局细总本俱部]部)(?![分门署位件队落长])",
    "办(?<![举创承主开兴督申协代包合]办)(?![理法公事学好])",
    "委(?![员托屈婉])",
    "局(?<![格布结大当开全终赌]局)(?![面势限部长])",
    "厅(?![长级])",
    "署(?![名长])",
)
_NAMED_CUES = ("最高人民法院", "全国人民代表大会常务委员会")
_FIRM_VERBS = _words("担保 投资 发展 融资 建设 开发 管理 咨询 服务 贸易 运营 经营 控股 实业 物流 科技")
_NOT_HEAD_WORDS = _word_list(
    "研究部 部署 总部 内部 外部 全部 局部 干部 东部 西部 南部 北部 中部 俱乐部 本部 基层党委 格局 布局 大局 局面 常委"
)
_NOT_ORG_ENDINGS = _word_list("平台 系统 项目 工程 网络 体系 化 区 园 港 发展")
_LEVEL_WORDS = _words("省 市 区 县 州 自治区 自治州 镇 乡 省级 市级 区级 县级")
_PLACE_TAGS = _words("ns nsa")
_PROPER_TAGS = _words("ns nsa nt nz nr nrt nrfg j eng")
_VENUE_TAGS = _words("ns nsa nt nz nr nrt j eng")
_ADMIN_WORDS = _words("省 市 区 县 州 自治区 自治州 中共 中国 全国 国家 民建 民盟 民革 九三学社")
_GENERIC_ORG_RE = re.compile(
    "(?:省|市|区|县|州|自治区|自治州|镇|乡|地方|当地)(?:政协|人大|人大常委会|政府|人民政府|党委|委|政府办公厅|政府办公室)"
)

Allowed = Callable[[str, str], bool]


@lru_cache(maxsize=1 << 16)
def _is_org_head(w: str, t: str) -> bool:
    """``w`` can end an organisation's name: tagged nt, or a noun ending in an organisation word.

    A single-character head (部, 局…) needs a word of three characters or more (科技厅, 商务局),
    so 总部, 东部, 干部, 格局 are not heads.
    """
    if t in _ORG_TAGS:
        return (len(w) >= 2 or w in _SINGLE_HEADS) and not w.endswith(_NOT_ORG_ENDINGS)
    if len(w) == 1:
        return w in _SINGLE_HEADS and t in ("n", "zg", "j", "v", "q", "ng")
    if w in _BRANCH or w in _NAMED_BODIES:
        return True  # the tagger calls 分行 a verb
    if t not in ("n", "j", "nz", "nsa", "l", "ns"):
        return False
    if not w.endswith(_ORG_SUFFIXES) or w in _ORG_STOP or _is_role(w):
        return False
    if w[-1] in _SINGLE_HEADS and len(w) < 3 and not w.endswith(("委", "办")):
        return False
    return not w.endswith(_NOT_HEAD_WORDS)


def _venue_allows() -> Allowed:
    """Before a forum's or a laboratory's head, read backwards: short nouns (合作, 经济), then
    place and proper words (中非, 博鳌 亚洲); nothing but proper words after the first of them
    (…集体 会见|博鳌亚洲论坛)."""
    proper_seen = False

    def allowed(w: str, t: str) -> bool:
        nonlocal proper_seen
        if t in _VENUE_TAGS or w in _ADMIN_WORDS:
            proper_seen = True
            return True
        return not proper_seen and t in ("n", "vn", "an") and len(w) <= 2

    return allowed


def _body_allows(head: str) -> Allowed:
    """Which words may stand before ``head`` in an organisation's name."""
    if head.endswith(_BODY_HEADS):
        return lambda w, t: t in _PLACE_TAGS or w in _ADMIN_WORDS or (t in ("nt", "j") and len(w) >= 2)
    if head.endswith(_VENUE_HEADS):
        return _venue_allows()
    if head.endswith(_FIRM_HEADS):
        # firm names hold verbs too (融资担保有限公司); the start is trimmed to a proper word later
        return lambda w, t: t in _ORG_BODY_TAGS or w in _FIRM_VERBS or (t == "m" and _CJK.match(w) is not None)
    # government offices and nt-tagged names
    return lambda w, t: (
        t in _PLACE_TAGS or t in ("nt", "j", "nz") or w in _ADMIN_WORDS or w == "工作" or (t == "n" and len(w) <= 3)
    )


def _with_verb_noun(allowed: Allowed, word: str) -> Allowed:
    return lambda w, t: w == word or allowed(w, t)


def _good_org(name: str) -> bool:
    if len(name) < 3 or name in _GENERIC_ORGS or name[0] in _BAD_ORG_START or _GENERIC_ORG_RE.fullmatch(name):
        return False
    if not _CJK.search(name):
        return False
    return not name.endswith(
        (
            "部分",
            "内部",
            "全部",
            "外部",
            "干部",
            "局面",
            "格局",
            "布局",
            "大局",
            "中心城区",
        )
    )


def _fully_taken(taken: _Spans, s: int, e: int) -> bool:
    return (
        taken.overlaps(s, e)
        and any(taken.overlaps(k, k + 1) for k in (s, e - 1))
        and all(taken.overlaps(k, k + 1) for k in range(s, e))
    )


def _org_end(scan: _Scan, i: int) -> int:
    """The last token of an organisation whose head is at ``i``: a branch after it (中国人民银行
    崇左市 分行) or further heads (国务院 新闻办公室)."""
    n = len(scan.words)
    words, tags = scan.words, scan.tags
    j = i
    k = i + 1
    while k < n and k <= i + 2 and tags[k] in ("ns", "nsa", "nrt") and not scan.used[k]:
        k += 1
    if k < n and words[k] in _BRANCH:
        return k
    if i + 1 < n and _is_org_head(words[i + 1], tags[i + 1]) and words[i + 1] not in _ROLE_SET:
        while j + 1 < n and _is_org_head(words[j + 1], tags[j + 1]) and not scan.used[j + 1]:
            j += 1
    return j


def _org_start(scan: _Scan, i: int, allowed: Allowed) -> int:
    """The first token of an organisation whose head is at ``i``: the words before it that may
    stand in its name, trimmed to start with a proper word (a place, an abbreviation, a name)."""
    cut = scan.cut
    words, tags = scan.words, scan.tags
    w = words[i]
    start_i = i
    while start_i - 1 >= 0 and start_i - 1 not in cut:
        if (
            start_i - 4 >= 0
            and start_i - 4 not in cut
            and words[start_i - 1] in ("）", ")")
            and (tags[start_i - 2] in ("ns", "nsa") or words[start_i - 2] in ("集团", "控股", "股份"))
            and words[start_i - 3] in ("（", "(")
            and allowed(words[start_i - 4], tags[start_i - 4])
        ):
            start_i -= 3  # 博尔诚（北京）科技有限公司
            continue
        pw, pt = words[start_i - 1], tags[start_i - 1]
        if scan.used[start_i - 1] or not allowed(pw, pt) or pw in _ORG_STOP or _is_role(pw):
            break
        if pw.endswith(_FIRM_HEADS) and w.endswith(_FIRM_HEADS):
            break  # two names side by side: 商业银行 | 桂林银行
        start_i -= 1
        if i - start_i >= 6:
            break
    # a name starts with a proper word: 推动|桂林银行; without one it is a description (物流公司)
    while start_i < i and (
        words[start_i] in _ORG_STOP
        or (
            tags[start_i] not in _PROPER_TAGS
            and not (words[start_i] in _ADMIN_WORDS and tags[start_i + 1] in _PROPER_TAGS)
            and not (start_i + 1 == i and tags[start_i] == "vn" and w.endswith("部"))
        )
    ):
        start_i += 1
    return start_i


def _organisations(scan: _Scan) -> list[Entity]:
    """A head word (tagged nt, or ending in an organisation suffix) and the words before it."""
    toks, text = scan.toks, scan.text
    words, tags, starts, ends = scan.words, scan.tags, scan.starts, scan.ends
    out: list[Entity] = []
    last = -1
    for i in scan.heads:
        if i <= last:
            continue
        w, t, e = words[i], tags[i], ends[i]
        if scan.used[i] or i in scan.cut or not _is_org_head(w, t):
            continue
        j = _org_end(scan, i)
        if w.endswith("部") and i + 1 < len(toks) and words[i + 1][:1] == "门":
            continue  # 行政部|门: a department in general
        allowed = _body_allows(w)
        if w.endswith("部") and len(w) <= 4 and i > 0 and tags[i - 1] == "vn" and len(words[i - 1]) == 2:
            allowed = _with_verb_noun(allowed, words[i - 1])  # 应急管理部
        start_i = _org_start(scan, i, allowed)
        proper = any(tags[k] in _PROPER_TAGS for k in range(start_i, j + 1)) or (
            start_i >= i - 1
            and len(text[starts[start_i] : e]) >= 3
            and w.endswith("部")  # 科技部
            and not (i > 0 and scan.used[i - 1])  # not a department of the body before it
        )
        os_, oe = starts[start_i], ends[j]
        name = text[os_:oe]
        if (
            proper
            and words[start_i] not in _LEVEL_WORDS  # 省财政厅, 市商务局: a reference, not a name
            and _good_org(name)
            and not _fully_taken(scan.taken, os_, oe)
            and not scan.books.overlaps(os_, oe)
            and not _inside_quote_intro(text, os_)
        ):
            out.append(Entity("org", name, os_, oe, None, name))
            for k in range(start_i, j + 1):
                scan.used[k] = True
        last = j
    return out


def _known_organisations(
    text: str,
    m: _Matcher,
    hits: Sequence[Hit],
    orgs: Sequence[Entity],
    people: Sequence[Entity],
    taken: _Spans,
    books: _Spans,
) -> list[Entity]:
    """Organisations known by their bare names (银联, 中远海运, 工业和信息化部) where the rules
    found no organisation holding them; a local body (省发展改革委) is not the national one."""
    have = _Spans([(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in people])
    out: list[Entity] = []
    for s, e, word in hits:
        if have.overlaps(s, e) or not _known_fits(text, s, e, taken, books):
            continue
        out.append(Entity("org", m.known_orgs[word], s, e, None, word))
        have.add(s, e)
    return out


# A session before a legislature (上海市第十六届|人民代表大会常务委员会, 第十四届|全国人民代表大会…).
_SESSION_BEFORE_RE = re.compile(
    "(?:(?<![\u4e00-\u9fff])|(?<=[，,。；;：:、\n]))(?:[\u4e00-\u9fff]{2,9}?(?:省|市|自治区|特别行政区))?"
    "第[一二三四五六七八九十0-9]+届$"
)
# A body under a central one (国务院|关税税则委员会, 中共中央|政治局).
_UNDER_CENTRAL_RE = re.compile("[\u4e00-\u9fff]{2,8}?(?:委员会|办公室|领导小组|政治局|书记处)")
_CENTRAL = frozenset(["国务院", "中共中央", "全国人大常委会", "全国人民代表大会常务委员会", "全国政协"])


def _whole_bodies(text: str, orgs: list[Entity], taken: _Spans, books: _Spans) -> list[Entity]:
    """Organisations grown to their whole written name: a legislature with its place and session
    (上海市第十六届人民代表大会常务委员会), a body under a central one (国务院关税税则委员会)."""
    out: list[Entity] = []
    sessions = "届" in text
    for o in orgs:
        s, e = o.start, o.end
        if sessions and ("人民代表大会" in o.surface or "人大" in o.surface):
            sess = _SESSION_BEFORE_RE.search(text, max(0, s - 16), s)
            s = sess.start() if sess is not None else s
        under = _UNDER_CENTRAL_RE.match(text, e) if o.surface in _CENTRAL else None
        if under is not None and not re.search("[会议研究审议召开部署]", text[e : under.end() - 3]):
            e = under.end()
        if (s, e) != (o.start, o.end) and not books.overlaps(s, e):
            name = text[s:e]
            o = Entity("org", name, s, e, None, name)
        out.append(o)
    return out


def _known_fits(text: str, s: int, e: int, taken: _Spans, books: _Spans) -> bool:
    """A known organisation's name at ``s``…``e`` names it: not in a title, not a local body
    (省发展改革委) nor a branch (…分行)."""
    if books.overlaps(s, e) or _fully_taken(taken, s, e):
        return False
    return not (s > 0 and text[s - 1] in "省市区县州镇乡" or (e < len(text) and _is_han(text[e]) and text[e] in "分支"))


def _org_abbreviations(text: str, orgs: list[Entity], taken: _Spans, books: _Spans) -> list[Entity]:
    """Organisations introduced with （以下简称“X”）: X counts too, and wins over shorter
    organisations found inside it (哈工大 in 哈工大卫星)."""
    org_abbrev: dict[str, str] = {}
    for org in orgs:
        after = _ABBREV_RE.match(text, org.end)
        if after is not None:
            org_abbrev[after.group(1).strip()] = org.name
    if not org_abbrev:
        return orgs
    extra: list[Entity] = []
    for short, full in org_abbrev.items():
        if len(short) < 2:
            continue
        i = text.find(short)
        while i != -1:
            j = i + len(short)
            if not taken.overlaps(i, j) and not books.overlaps(i, j) and not _inside_quote_intro(text, i):
                extra.append(Entity("org", full, i, j, None, short))
            i = text.find(short, j)
    if not extra:
        return orgs
    grown = []
    for x in extra:
        for o in orgs:
            if x.start < o.start < x.end < o.end and o.end - x.end <= 4:
                x = Entity("org", x.name, x.start, o.end, None, text[x.start : o.end])
        grown.append(x)
    spans = [(x.start, x.end) for x in grown]
    kept = [
        o
        for o in orgs
        if not any(s <= o.start and o.end <= e for s, e in spans) and not any(s < o.start < e < o.end for s, e in spans)
    ]
    have = _Spans([(o.start, o.end) for o in kept])
    for x in grown:
        if not have.overlaps(x.start, x.end):
            kept.append(x)
            have.add(x.start, x.end)
    return kept


def _tagged_places(scan: _Scan) -> list[Entity]:
    """Places the tagger knows that the list does not: 崇左市, 凭祥市 (admin suffix, 3+ characters)."""
    out: list[Entity] = []
    names = scan.matcher.place_names
    for i in scan.admin:
        w, _t, s, e = scan.toks[i]
        if scan.used[i] or i in scan.cut or len(w) < 3 or w[0] in _BAD_ORG_START:
            continue
        if _fold_word(w) in names or w in _NOT_PLACES:
            continue  # the list finds it
        stem = w[:-1]
        out.append(Entity("place", names.get(fold(stem), stem), s, e, None, w))
    return out
