"""Reading one file into an ImportedDoc: format sniffing (content, not only the suffix), text
decoding, and the txt / md (front matter) / html / pdf / docx readers. Never touches the network."""

from __future__ import annotations

import dataclasses
import functools
import html as html_lib
import io
import logging
import os
import re
import threading
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ftz_desktop.core.metadata import (
    Byline,
    clean_title,
    clean_url,
    find_byline,
    find_date,
    find_source,
    find_title,
    find_url,
    iso_date,
    parse_date,
    split_byline,
    strip_site_suffix,
)
from ftz_desktop.core.text import assemble, normalize, reflow
from ftz_desktop.errors import UnreadableFile
from ftz_desktop.records import Span

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".mht", ".mhtml", ".ofd"}
)
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})

CANNOT_DECODE = "cannot decode text (tried utf-8, gb18030, utf-16)"
BINARY = "binary file, not text"


@dataclass(frozen=True)
class ImportedDoc:
    """A file's canonical text with its paragraph spans and metadata."""

    text: str  # canonical text (paragraphs joined with '\n')
    paragraphs: tuple[Span, ...]  # [start, end) of each paragraph in text
    title: str  # never empty: metadata title, else first heading line, else the file stem
    date: str | None  # 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY')
    source: str | None  # issuer / publisher / 来源 / 主办
    format: str  # 'txt' | 'md' | 'html' | 'mht' | 'pdf' | 'docx' | 'ofd' (what the content is)
    encoding: str | None  # detected encoding for text formats
    tags: tuple[str, ...] = ()  # from front matter categories / tags
    author: str | None = None  # from a byline (作者：…) or front matter
    url: str | None = None  # the web address the source gives for itself (front matter, canonical link, 原文链接)


# =============================================================================================
# entry point
# =============================================================================================


def read_document(path: Path, data: bytes | None = None) -> ImportedDoc:
    """Read and parse one file. ``data`` is the file's bytes if the caller already read them.

    Raises UnreadableFile with a short reason: "empty file", "binary file, not text",
    "cannot decode text (…)", "corrupt PDF: …", "PDF has no text layer (scanned?)",
    "encrypted PDF (password required)", "corrupt DOCX: …", "corrupt OFD: …", "legacy Word
    file: save it as .docx", "CAJ file (CNKI): …", "permission denied", "file not found",
    "unsupported format…", "no text in file", "… too large …".
    """
    path = Path(path)
    if data is None:
        data = _read_bytes(path)
    if not data:
        raise UnreadableFile("empty file")
    suffix = path.suffix.lower()
    stem = path.stem.strip() or path.name.strip() or "document"
    kind = sniff(data, suffix)
    if kind == "pdf":
        return _read_pdf(data, stem)
    if kind == "docx":
        return _read_docx(data, stem)
    if kind == "ofd":
        return _read_ofd(data, stem)
    if kind == "mht":
        return _read_mht(data, stem)
    return _read_text_file(data, suffix, stem)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except FileNotFoundError:
        raise UnreadableFile("file not found") from None
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except OSError as e:
        raise UnreadableFile(f"cannot read file: {e.strerror or e}") from None


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")


# The largest file an import reads: text formats are held in memory several times while they are
# parsed (a 300 MB text file would take gigabytes). FTZ_DESKTOP_MAX_FILE_MB overrides both.
MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024


def size_limit(name: str) -> int:
    """The largest size in bytes a file of this name is read at."""
    override = os.environ.get("FTZ_DESKTOP_MAX_FILE_MB")
    if override:
        try:
            return max(1, int(float(override) * 1024 * 1024))
        except ValueError:
            pass
    suffix = os.path.splitext(name)[1].lower()
    return MAX_TEXT_FILE_BYTES if suffix in TEXT_SUFFIXES or suffix not in SUPPORTED_SUFFIXES else MAX_FILE_BYTES


def too_large(size: int, limit: int) -> str:
    """The reason given for a file over its size limit."""
    return f"too large ({size / 1e6:,.0f} MB; the limit is {limit / 1e6:,.0f} MB)"


# The longest text a document may have (characters): a longer one is refused with this reason
# rather than held, indexed and searched in whole (a single 60 MB line took minutes and 2 GB).
# FTZ_DESKTOP_MAX_TEXT_MCHARS (millions of characters) overrides it.
MAX_TEXT_CHARS = 10_000_000


def text_limit() -> int:
    """The most characters a document's text may have."""
    override = os.environ.get("FTZ_DESKTOP_MAX_TEXT_MCHARS")
    if override:
        try:
            return max(1, int(float(override) * 1_000_000))
        except ValueError:
            pass
    return MAX_TEXT_CHARS


def check_text_size(text: str) -> None:
    """Raise UnreadableFile when ``text`` is longer than a document may be."""
    limit = text_limit()
    if len(text) > limit:
        raise UnreadableFile(
            f"text too long ({len(text) / 1e6:,.1f} million characters; the limit is {limit / 1e6:,.1f} million,"
            " FTZ_DESKTOP_MAX_TEXT_MCHARS): not imported"
        )


LEGACY_WORD = "legacy Word file: save it as .docx"
LEGACY_WPS = "legacy WPS Office file: save it as .docx"
CAJ = "CAJ file (CNKI): open it in CAJViewer and save it as PDF, then import the PDF"
# Files that are known not to be importable, by suffix: the reason says what to do instead.
KNOWN_UNSUPPORTED: dict[str, str] = {
    ".doc": LEGACY_WORD,
    ".dot": LEGACY_WORD,
    ".wps": LEGACY_WPS,
    ".caj": CAJ,
    ".kdh": CAJ,
    ".nh": CAJ,
    ".xls": "spreadsheet, not a document",
    ".xlsx": "spreadsheet, not a document",
    ".et": "spreadsheet, not a document",
    ".ppt": "presentation: save it as PDF",
    ".pptx": "presentation: save it as PDF",
    ".dps": "presentation: save it as PDF",
    ".rtf": "RTF file: save it as .docx",
}
_MIME_HEAD_RE = re.compile(
    rb"^(?:[\w-]+:.*\r?\n(?:[ \t].*\r?\n)*){0,40}?content-type:\s*multipart/related", re.I | re.M
)


def skip_reason(name: str) -> str:
    """Why a file of this name is not imported from a folder ("unsupported type (.xyz)")."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix in KNOWN_UNSUPPORTED:
        return KNOWN_UNSUPPORTED[suffix]
    return f"unsupported type ({suffix})" if suffix else "unsupported type (no extension)"


def sniff(data: bytes, suffix: str = "") -> str:
    """'pdf', 'docx', 'ofd', 'mht' or 'text' from the content (magic bytes first, then the
    suffix); raises UnreadableFile for content that cannot be imported."""
    head = data[:1024]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n\x00").startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in head):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or (suffix == ".docx" and head.startswith(b"PK")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                _check_unpacked_sizes(zf)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
            if suffix == ".docx":
                raise UnreadableFile(f"corrupt DOCX: {_short(e)}") from None
            raise UnreadableFile("unsupported format (damaged zip archive)") from None
        if "word/document.xml" in names:
            return "docx"
        if "OFD.xml" in names or "ofd.xml" in names:
            return "ofd"
        if suffix == ".docx":
            raise UnreadableFile("corrupt DOCX: no word/document.xml inside")
        if suffix == ".ofd":
            raise UnreadableFile("corrupt OFD: no OFD.xml inside")
        raise UnreadableFile("unsupported format (zip archive)")
    if head.startswith(_OLE_MAGIC):
        if suffix == ".wps":
            raise UnreadableFile(LEGACY_WPS)
        if suffix in (".doc", ".dot") or "WordDocument".encode("utf-16-le") in data[:65536]:
            raise UnreadableFile(LEGACY_WORD)
        raise UnreadableFile("unsupported format (legacy Office file: save it as .docx or PDF)")
    if head.startswith((b"CAJ", b"HN\x00", b"KDH ")) or suffix in (".caj", ".kdh", ".nh"):
        raise UnreadableFile(CAJ)
    if suffix in (".mht", ".mhtml") or _MIME_HEAD_RE.match(head):
        return "mht"
    if suffix == ".ofd":
        raise UnreadableFile("corrupt OFD: not a zip file")
    if suffix == ".pdf":
        raise UnreadableFile("corrupt PDF: no PDF header")
    if suffix == ".docx":
        raise UnreadableFile("corrupt DOCX: not a zip file")
    if head.startswith(_IMAGE_MAGICS):
        raise UnreadableFile(BINARY)
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise UnreadableFile("unsupported format")


def _short(e: BaseException, limit: int = 80) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg if len(msg) <= limit else msg[: limit - 1] + "…"


# =============================================================================================
# decoding
# =============================================================================================

# about 1,000 of the most frequent simplified Chinese characters: real Chinese text decoded with
# the right codec is mostly made of them; mojibake from another CJK codec is not
_COMMON_HANZI = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过"
    "发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前"
    "开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重"
    "并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常"
    "先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报"
    "才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼"
    "书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术"
    "领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失"
    "转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技"
    "际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显"
    "吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投"
    "某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇"
    "察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属"
    "坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急"
    "血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略"
    "范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘"
    "读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛"
    "托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野"
    "架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗"
    "固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输"
    "摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁"
    "阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏"
    "隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趋曲刀床迎冰虚玩析窗醒妻透购替塞"
    "努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍"
    "页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵便利试验片"
    "自贸易制度创新开放投资融监管关口岸跨境改革推动落实营环境经验复推广"
)


def _is_hanzi(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def _is_cjk_symbol(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2010 <= o <= 0x206F or o in (0xB7, 0xD7, 0xF7)


def _chinese_score(text: str, strict: bool) -> bool:
    """Does ``text`` (a gb18030 decoding) read as Chinese rather than mojibake? Lax: most
    non-ASCII characters are hanzi or CJK punctuation. Strict: also mostly common characters
    (or, for a handful of hanzi, GB2312 level-1 ones)."""
    sample = text[:20000]
    non_ascii = hanzi = symbols = common = level1 = 0
    for ch in sample:
        if ch < "\x80":
            continue
        non_ascii += 1
        if _is_hanzi(ch):
            hanzi += 1
            if ch in _COMMON_HANZI:
                common += 1
            if strict:
                try:
                    if 0xB0 <= ch.encode("gb2312")[0] <= 0xD7:
                        level1 += 1
                except UnicodeEncodeError:
                    pass
        elif _is_cjk_symbol(ch):
            symbols += 1
    if non_ascii == 0 or hanzi == 0:
        return False
    cjk_share = (hanzi + symbols) / non_ascii
    if not strict:
        return cjk_share >= 0.7
    if cjk_share < 0.9:
        return False
    if hanzi >= 20:
        return common / hanzi >= 0.5
    return level1 / hanzi >= 0.9


def _try_gb18030(data: bytes, strict: bool) -> str | None:
    try:
        text = data.decode("gb18030")
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _chinese_score(text, strict) else None


_BEYOND_2_BYTES_RE = re.compile("[\u0800-\U0010ffff]")
_LATIN_RE = re.compile("[\x80-\u024f]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27))


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    kept = sample.translate(None, _CONTROL_BYTES)
    return (len(sample) - len(kept)) / len(sample)


def _utf16_score(text: str) -> float:
    """Share of characters that real text is made of (ASCII, whitespace, Latin, CJK)."""
    sample = text[:4000]
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        o = ord(ch)
        if (
            0x20 <= o < 0x7F
            or ch in "\t\n\r\f"
            or 0xA0 <= o <= 0x24F
            or 0x2000 <= o <= 0x206F
            or 0x3000 <= o <= 0x9FFF
            or 0xFF00 <= o <= 0xFFEF
            or 0xAC00 <= o <= 0xD7AF
        ):
            good += 1
    return good / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """Detect BOM-less UTF-16 (there are NUL bytes): the byte order whose decoding reads as text."""
    body = data if len(data) % 2 == 0 else data[:-1]
    if len(body) < 4:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        score = _utf16_score(body[:16384].decode(codec, errors="replace"))
        if best is None or score > best[0]:
            best = (score, codec)
    if best is None or best[0] < 0.95:
        return None
    return best[1]


def _plausible_text(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\ue000" <= ch <= "\uf8ff")
    return bad <= 0.02 * len(sample)


def _suspicious_utf8(text: str) -> bool:
    """Valid UTF-8 that is more likely GBK: only 2-byte sequences, none of them Latin, spread over
    several unrelated scripts (combining marks, Greek, Cyrillic, Hebrew, Arabic…)."""
    if text.isascii() or _BEYOND_2_BYTES_RE.search(text) or _LATIN_RE.search(text):
        return False
    blocks = {ord(ch) >> 7 for ch in text if ch >= "\x80"}
    return len(blocks) >= 2


_CODEC_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030", "gb18030": "gb18030"}
_CJK_CODECS = (
    "big5",
    "big5hkscs",
    "cp950",
    "shift_jis",
    "cp932",
    "euc_jp",
    "euc_jis_2004",
    "euc_kr",
    "cp949",
    "iso2022_jp",
    "iso2022_kr",
    "johab",
)


def decode_text(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name). Fast path: strict UTF-8 (after a BOM). Then BOMs and BOM-less
    UTF-16, a declared charset (HTML <meta charset>), GB18030 when it reads as Chinese, and only
    then charset-normalizer, whose single-byte / wrong-CJK guesses are overruled by GB18030 when
    that decodes cleanly into Chinese. Raises only UnreadableFile."""
    try:
        return _decode(data, declared)
    except UnreadableFile:
        raise
    except Exception as e:
        raise UnreadableFile(CANNOT_DECODE) from e


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    if not data:
        return "", "utf-8"
    # --- byte order marks
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_utf8(data[3:], "utf-8-sig")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) and len(data) % 4 == 0:
        codec = "utf-32-le" if data[0] == 0xFF else "utf-32-be"
        try:
            return data[4:].decode(codec), codec
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data[0] == 0xFF else "utf-16-be"
        body = data[2:] if len(data) % 2 == 0 else data[2:-1]
        text = body.decode(codec, errors="replace")
        if _plausible_text(text):
            return text, codec
        raise UnreadableFile(CANNOT_DECODE)
    # --- fast path: UTF-8
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None:
        text = utf8
        if "\x00" in text[:8192]:
            utf16 = _utf16_without_bom(data)
            if utf16:
                return _decode_bytes(data, utf16), utf16
            raise UnreadableFile(BINARY)
        if _control_share(data[:8192]) > 0.05:
            raise UnreadableFile(BINARY)
        if len(data) <= 65536 and _suspicious_utf8(text):
            gb = _try_gb18030(data, strict=True)
            if gb is not None:
                return gb, "gb18030"
        return text, "utf-8"
    # --- NUL bytes: UTF-16 without BOM, or binary
    sample = data[:8192]
    if 0 in sample:
        utf16 = _utf16_without_bom(data)
        if utf16:
            return _decode_bytes(data, utf16), utf16
        raise UnreadableFile(BINARY)
    if _control_share(sample) > 0.05:
        raise UnreadableFile(BINARY)
    # --- mostly UTF-8 with a few bad bytes (a truncated or damaged file)
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    multibyte = sum(1 for ch in lossy[:200000] if ch >= "\x80") - bad
    if bad <= max(2, len(lossy) // 500) and multibyte >= 10 * bad:
        return lossy, "utf-8"
    # --- GB18030 that reads as Chinese (also when a page wrongly declares a Western charset)
    gb = _try_gb18030(data, strict=True)
    if gb is not None:
        return gb, "gb18030"
    # --- a declared charset (HTML meta)
    if declared:
        codec = _CODEC_ALIASES.get(declared.lower().replace("-", "").replace("_", ""), declared.lower())
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
    # --- the detector
    return _detect(data)


def _decode_utf8(body: bytes, name: str) -> tuple[str, str]:
    try:
        return body.decode("utf-8"), name
    except UnicodeDecodeError:
        lossy = body.decode("utf-8", errors="replace")
        if lossy.count("\ufffd") <= max(2, len(lossy) // 500):
            return lossy, name
        raise UnreadableFile(CANNOT_DECODE) from None


def _decode_bytes(data: bytes, codec: str) -> str:
    body = data if not codec.startswith("utf-16") or len(data) % 2 == 0 else data[:-1]
    return body.decode(codec, errors="replace")


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    enc = best.encoding.lower() if best is not None and best.encoding else None
    if enc is not None:
        enc = _CODEC_ALIASES.get(enc.replace("_", ""), enc)
    if enc == "gb18030":
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
    if enc is None or not (enc.startswith(_CJK_CODECS) or enc.startswith("utf")):
        # the trap: short GBK text is often taken for Latin-1 / cp1252 / a Cyrillic code page
        gb = _try_gb18030(data, strict=False)
        if gb is not None:
            return gb, "gb18030"
    if enc is None or enc.startswith(("utf_16", "utf_32", "utf-16", "utf-32")):
        raise UnreadableFile(CANNOT_DECODE)  # no NUL pattern: not really UTF-16/32
    if best is not None and not enc.startswith(_CJK_CODECS):
        # among near-equal single-byte guesses, Windows-1252 is by far the most common
        for m in matches:
            if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.05:
                enc = "cp1252"
                break
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise UnreadableFile(CANNOT_DECODE) from None
    if not _plausible_text(text):
        raise UnreadableFile(CANNOT_DECODE)
    return text, enc


# =============================================================================================
# text files: txt, md (front matter), html
# =============================================================================================

_FRONT_MATTER_RE = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_HTML_TAG_RE = re.compile(
    r"<(?:p|div|br|html|body|span|table|tr|td|li|ul|ol|h[1-6]|center|section|article|img|a|font|strong|b|em|"
    r"meta|link|script|style|head|title)\b[^<>]*+>",
    re.I,
)
_ANY_TAG_RE = re.compile(r"<[a-zA-Z!/][^<>]*+>")
_DOCTYPE_RE = re.compile(r"\s*+(?:<!--.*?-->\s*+)*+<(?:!doctype\s+html|html)\b", re.I | re.S)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def looks_like_html(text: str) -> bool:
    """Starts with <!doctype html>/<html>, or has HTML tags in quantity (not a stray <br>)."""
    sample = text[:100000]
    if _DOCTYPE_RE.match(sample):
        return True
    count = 0
    for _m in _HTML_TAG_RE.finditer(sample):
        count += 1
        if count >= 3 and count * 1000 >= len(sample):
            return True
    return count >= 3 and count * 1000 >= len(sample)


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """(front matter mapping or None, body). YAML that fails to parse is read line by line;
    front matter over the limits (size, aliases, depth) raises UnreadableFile with the reason."""
    head = text[:MAX_FRONT_MATTER_BYTES]
    m = _FRONT_MATTER_RE.match(head + ("\n" if len(text) <= MAX_FRONT_MATTER_BYTES else ""))
    if m is None:
        if _FRONT_MATTER_RE.match(text[: 16 * MAX_FRONT_MATTER_BYTES]) is not None:
            raise UnreadableFile(f"front matter refused: larger than {MAX_FRONT_MATTER_BYTES // 1024} KB")
        return None, text
    block = m.group(1)
    body = text[m.end() :]
    meta = _parse_yaml(block)
    if meta is None:
        return None, text
    return meta, body


# Limits on front matter, which is untrusted input: YAML aliases can make a kilobyte expand to
# gigabytes (a "billion laughs"), and deep nesting exhausts the stack (PyYAML's C loader crashes).
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_YAML_ALIASES = 10
MAX_YAML_DEPTH = 32


def _safe_loader() -> type[Any]:
    """PyYAML's pure-Python SafeLoader, composing nodes with a depth and an alias budget."""
    import yaml

    class LimitedLoader(yaml.SafeLoader):
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._depth = 0
            self._aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self._aliases += 1
                if self._aliases > MAX_YAML_ALIASES:
                    raise UnreadableFile(f"front matter refused: more than {MAX_YAML_ALIASES} YAML aliases")
            self._depth += 1
            try:
                if self._depth > MAX_YAML_DEPTH:
                    raise UnreadableFile(f"front matter refused: nested more than {MAX_YAML_DEPTH} levels deep")
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return LimitedLoader


_FLOW_OPEN_RE = re.compile(r"[\[{]")


def _too_deep(block: str) -> bool:
    """Flow brackets nested beyond the depth limit, found without parsing (quotes ignored: a
    false alarm only costs the front matter of a file that nests brackets in strings)."""
    if len(_FLOW_OPEN_RE.findall(block)) <= MAX_YAML_DEPTH:
        return False
    depth = 0
    for ch in block:
        if ch in "[{":
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return True
        elif ch in "]}":
            depth = max(0, depth - 1)
    return False


def _parse_yaml(block: str) -> dict[str, Any] | None:
    """The front matter as a mapping (keys lower-cased); None when it is not one. Raises
    UnreadableFile when it breaks a limit (aliases, depth): the file is refused with that reason."""
    if _too_deep(block):
        raise UnreadableFile(f"front matter refused: nested more than {MAX_YAML_DEPTH} levels deep")
    try:
        import yaml

        data = yaml.load(block, Loader=_safe_loader())  # a SafeLoader with limits
        if isinstance(data, dict):
            return {str(k).strip().lower(): v for k, v in data.items()}
    except UnreadableFile:
        raise
    except RecursionError:
        raise UnreadableFile(f"front matter refused: nested more than {MAX_YAML_DEPTH} levels deep") from None
    except Exception:  # noqa: BLE001 - fall back to a simple key: value reader
        pass
    out: dict[str, Any] = {}
    for line in block.split("\n"):
        k, sep, v = line.partition(":")
        if not sep or not k.strip() or k.startswith((" ", "\t", "-")):
            continue
        out[k.strip().lower()] = v.strip().strip("'\"")
    return out or None


def _meta_str(meta: dict[str, Any], *keys: str) -> str | None:
    for k in keys:
        v = meta.get(k)
        if v is None:
            continue
        if isinstance(v, list | tuple):
            v = v[0] if v else None
            if v is None:
                continue
        s = " ".join(normalize(str(v)).split())
        if s:
            return s
    return None


def _meta_date(meta: dict[str, Any]) -> str | None:
    for k in (
        "date",
        "published",
        "publishdate",
        "pubdate",
        "publish_date",
        "published_at",
        "created",
        "日期",
        "发布日期",
        "发布时间",
        "time",
    ):
        if k in meta:
            d = parse_date(meta[k])
            if d:
                return d
    return None


def _meta_url(meta: dict[str, Any]) -> str | None:
    for k in ("url", "link", "permalink", "canonical", "source_url", "original_url", "原文链接", "网址", "链接"):
        url = clean_url(meta.get(k))
        if url:
            return url
    return None


def _meta_tags(meta: dict[str, Any]) -> tuple[str, ...]:
    out: list[str] = []
    for k in ("categories", "category", "tags", "tag", "keywords"):
        v = meta.get(k)
        if v is None:
            continue
        items: Iterable[Any] = v if isinstance(v, list | tuple | set) else re.split(r"[,，;；\s]+", str(v))
        for item in items:
            s = " ".join(normalize(str(item)).split()).strip("#")
            if s and s not in out:
                out.append(s)
    return tuple(out)


_STEM_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_name(stem: str) -> str | None:
    """A date in a file name: 20230512, 2023-05-12, 2023_05_12, 2023.05.12 (also inside a
    longer name: 20220924_01, 新闻-2023-05-12)."""
    m = _STEM_DATE_RE.search(stem)
    return iso_date(int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None


def _read_text_file(data: bytes, suffix: str, stem: str) -> ImportedDoc:
    declared = None
    if suffix in (".html", ".htm") or b"<meta" in data[:4096].lower():
        m = _CHARSET_RE.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    text, encoding = decode_text(data, declared=declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text) if text.startswith("---") else (None, text)
    markdown = meta is not None or suffix in (".md", ".markdown")  # front matter: a Markdown post
    if suffix in (".html", ".htm"):
        is_html = looks_like_html(body) or _ANY_TAG_RE.search(body[:100000]) is not None
    elif markdown:
        is_html = _DOCTYPE_RE.match(body) is not None  # a whole web page saved as Markdown
    else:
        is_html = looks_like_html(body)
    if is_html:
        return _from_html(body, meta, stem, encoding, fmt="md" if markdown else "html")
    check_text_size(body)  # before parsing (its markup apart, an HTML page's text is checked after)
    if markdown:
        return _from_markdown(body, meta or {}, stem, encoding)
    paras = reflow(normalize(body))
    return _finish(paras, stem, "txt", encoding, fallback_date=date_from_name(stem))


def _finish(
    paras: list[str],
    stem: str,
    fmt: str,
    encoding: str | None,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    tags: tuple[str, ...] = (),
    fallback_date: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> ImportedDoc:
    if not paras:
        raise UnreadableFile("no text in file")
    text, spans = assemble(paras)
    check_text_size(text)
    title = clean_title(title) or find_title(paras) or stem
    if date is None:
        date = find_date(text) or fallback_date
    if source is None:
        source = find_source(paras)
    return ImportedDoc(
        text=text,
        paragraphs=spans,
        title=title,
        date=date,
        source=source,
        format=fmt,
        encoding=encoding,
        tags=tags,
        author=author,
        url=url or find_url(paras),
    )


# --- markdown --------------------------------------------------------------------------------

_MD_IMAGE_RE = re.compile(r"!\[[^\[\]\n]*+\]\((?:[^()\n]|\([^()\n]*+\))*+\)")
_MD_LINK_RE = re.compile(r"\[([^\[\]\n]*+)\]\((?:[^()\s]|\([^()\s]*+\))*+(?:\s+[\"'][^\"'\n]*+[\"'])?\s*+\)")
_MD_AUTOLINK_RE = re.compile(r"<(?:https?|ftp|mailto):[^<>\s]*+>", re.I)
_MD_REFDEF_RE = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]++\]:[ \t]*+\S.*$", re.M)
_MD_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_MD_ITALIC_RE = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![*\w])")
_MD_STRIKE_RE = re.compile(r"~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~")
_MD_CODE_RE = re.compile(r"`+([^`\n]+?)`+")
_HTML_COMMENT_OPEN_RE = re.compile("(<!--)")
_INLINE_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>")
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_MD_TABLE_RULE_RE = re.compile(r"^\s*+\|?\s*+:?-{2,}+:?\s*+(?:\|\s*+:?-{2,}+:?\s*+)*+\|?\s*$")
_MD_HR_RE = re.compile(r"^\s{0,3}(?:(?:-\s*+){3,}+|(?:\*\s*+){3,}+|(?:_\s*+){3,}+)$")
_MD_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_HEADING_PREFIX_RE = re.compile(r"^#{1,6}[ \t]+|^#{1,6}$")
_MD_LEAD_RE = re.compile(r"^(?:>[ \t]?)+|^[-*+][ \t]+")
_NAV_LINK_TEXT_RE = re.compile(r"^(?:返回|回到|首页|上一篇|下一篇|更多|点击|原文链接|阅读原文|分享|打印|关闭)")
_LINK_ONLY_RE = re.compile(r"^[\s|｜/·•>»›,，、-]*$")


def _nav_link_line(line: str) -> bool:
    """A line made only of links (and separators): '[返回首页](…)｜[更多](…)'."""
    links = _MD_LINK_RE.findall(line)
    if not links:
        return False
    rest = _MD_LINK_RE.sub("", line)
    if not _LINK_ONLY_RE.match(rest):
        return False
    return len(links) >= 2 or _NAV_LINK_TEXT_RE.match(links[0].strip()) is not None


def markdown_inline(line: str) -> str:
    """Markdown inline syntax -> plain text: links keep their text, images and autolinks go,
    emphasis / code / strike marks are dropped, inline HTML tags removed."""
    if "](" in line:
        line = _MD_IMAGE_RE.sub("", line)
        line = _MD_LINK_RE.sub(r"\1", line)
    if "<" in line:
        line = _MD_AUTOLINK_RE.sub("", line)
        line = _BR_RE.sub("\n", line)
        line = _INLINE_TAG_RE.sub("", line)
    if "*" in line or "_" in line:
        line = _MD_BOLD_RE.sub(r"\2", line)
        line = _MD_ITALIC_RE.sub(r"\1", line)
    if "~~" in line:
        line = _MD_STRIKE_RE.sub(r"\1", line)
    if "`" in line:
        line = _MD_CODE_RE.sub(r"\1", line)
    return line


_HTML_RAW_OPEN_RE = re.compile(r"<(script|style|noscript|template|svg|iframe)\b", re.I)


@functools.cache
def _closer(opener: str) -> re.Pattern[str]:
    return re.compile("-->" if opener == "<!--" else rf"</{opener}\s*+>", re.I)


def _drop_closed(text: str, opener: re.Pattern[str]) -> str:
    """``text`` without each span from an opener (group 1: a comment's ``<!--`` or a tag name) to its
    first closer (``-->``, ``</name>``), in linear time: ``<!--.*?-->`` as a regex scans to the
    end of the text from every opener that is never closed (quadratic on a file of ``<!--``)."""
    pieces: list[str] = []
    kept = pos = 0
    unclosed: set[str] = set()  # nothing closes these after here: later openers are left alone
    while (m := opener.search(text, pos)) is not None:
        key = m.group(1).lower()
        pos = m.end()
        if key in unclosed:
            continue
        close = _closer(key).search(text, pos)
        if close is None:
            unclosed.add(key)
            continue
        pieces.append(text[kept : m.start()])
        kept = pos = close.end()
    pieces.append(text[kept:])
    return "".join(pieces)


_HTML_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|tbody|thead|center|section|article|blockquote|hr|header|footer"
    r"|figure|figcaption|dl|dt|dd|pre)\b[^<>]*>",
    re.I,
)
_HTML_CELL_TAG_RE = re.compile(r"</?t[dh]\b[^<>]*>", re.I)


def _markdown_lines(body: str) -> list[str]:
    body = _drop_closed(body, _HTML_COMMENT_OPEN_RE)
    if "<" in body:  # HTML in Markdown (saved news posts): block elements end paragraphs
        body = _drop_closed(body, _HTML_RAW_OPEN_RE)
        body = _HTML_BLOCK_TAG_RE.sub("\n\n", body)
        body = _HTML_CELL_TAG_RE.sub(" ", body)
    body = _MD_REFDEF_RE.sub("", body)
    out: list[str] = []
    in_fence = False
    for line in body.split("\n"):
        if _MD_FENCE_RE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        m = _MD_SETEXT_RE.match(line)
        if m and out and out[-1].strip() and not out[-1].lstrip().startswith("#"):
            level = "#" if m.group(1)[0] == "=" else "##"
            out[-1] = f"{level} {out[-1].strip()}"
            continue
        if _MD_HR_RE.match(line) or _MD_TABLE_RULE_RE.match(line):
            out.append("")
            continue
        if _nav_link_line(line):
            out.append("")
            continue
        out.append(markdown_inline(line))
    return out


def _md_paragraph(p: str) -> str:
    p = _MD_HEADING_PREFIX_RE.sub("", p)
    if p.endswith("#"):
        p = p.rstrip("#").rstrip()
    p = _MD_LEAD_RE.sub("", p)
    return p.strip()


def _from_markdown(body: str, meta: dict[str, Any], stem: str, encoding: str | None) -> ImportedDoc:
    lines = _markdown_lines(body)
    raw_paras = reflow(normalize("\n".join(lines)))
    h1 = next((p for p in raw_paras[:10] if p.startswith("# ")), None)
    paras = [q for q in (_md_paragraph(p) for p in raw_paras) if q]
    paras = [" ".join(html_lib.unescape(p).split()) if "&" in p else p for p in paras]
    if not meta:  # a byline such as "来源：某网 2023-05-12" near the top
        found = find_byline(paras, limit=8)
        if found is not None:
            meta = {"source": found[1].source, "author": found[1].author}  # the date: front matter, name, text
            meta = {k: v for k, v in meta.items() if v}
    title = _meta_str(meta, "title", "标题") or (_md_paragraph(h1) if h1 else None)
    return _finish(
        paras,
        stem,
        "md",
        encoding,
        title=title,
        date=_meta_date(meta) or date_from_name(stem),  # else the first date line
        source=_meta_str(meta, "source", "来源", "publisher", "issuer", "发布机构"),
        author=_meta_str(meta, "author", "作者"),
        tags=_meta_tags(meta),
        url=_meta_url(meta),
    )


# --- html ------------------------------------------------------------------------------------

_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "head",
        "nav",
        "header",
        "footer",
        "aside",
        "button",
        "select",
        "option",
        "textarea",
        "input",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "map",
        "frame",
        "frameset",
        "dialog",
        "link",
        "meta",
        "title",
        "base",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "center",
        "ul",
        "ol",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "blockquote",
        "dd",
        "dt",
        "dl",
        "figure",
        "figcaption",
        "main",
        "hr",
        "address",
        "caption",
        "body",
        "html",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "pre",
        "hgroup",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_BOILERPLATE_TOKEN_RE = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|topnav|subnav|mainnav|menu|menus|breadcrumbs?|crumbs?|footer|"
    r"sidebar|side-bar|share|sharing|bdsharebuttonbox|social-share|copyright|copy-right)(?:$|[-_\d])",
    re.I,
)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "menu", "menubar"})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HTML_WS_NL_RE = re.compile(r"(?<![ \t\r\f])[ \t\r\f]*+\n[ \t\r\n\f]*+")
_HTML_WS_RE = re.compile(r"[ \t\r\f]+")
_SOFT_BREAK = "\x01"
_CJK_SOFT_RE = re.compile(
    f"(?<=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\uffef]){_SOFT_BREAK}(?=[\u2e80-\u9fff\uf900-\ufaff\ufe30-\uffef])"
)
_MULTI_SPACE_RE = re.compile(r" {2,}")

_META_TITLE_KEYS = ("og:title", "twitter:title", "articletitle", "title", "dc.title")
_META_DATE_KEYS = (
    "article:published_time",
    "publishdate",
    "pubdate",
    "publish_date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "og:published_time",
    "firstpublishedtime",
    "sailthru.date",
    "parsely-pub-date",
    "weibo:article:create_at",
    "createdate",
    "datepublished",
)
_META_SOURCE_KEYS = ("contentsource", "source", "dc.publisher", "publisher", "article:publisher", "og:article:author")
_META_SITE_KEYS = ("og:site_name", "sitename", "site_name", "application-name")


def _is_boilerplate(tag: Any) -> bool:
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE_RE.search(str(style)):
        return True
    role = attrs.get("role")
    if role and str(role).lower() in _BOILERPLATE_ROLES:
        return True
    classes = attrs.get("class") or ()
    if isinstance(classes, str):
        classes = classes.split()
    return any(_BOILERPLATE_TOKEN_RE.search(token) for token in (*classes, *str(attrs.get("id", "")).split()))


def _html_text_pieces(root: Any, drop_boilerplate: bool) -> Iterator[str]:
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skip_strings = (Comment, Declaration, Doctype, ProcessingInstruction)
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            yield "\n"
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, skip_strings):
                continue
            s = str(node)
            if s:
                s = _HTML_WS_NL_RE.sub(_SOFT_BREAK, s)
                yield _HTML_WS_RE.sub(" ", s)
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _DROP_TAGS or (drop_boilerplate and _is_boilerplate(node)):
            continue
        if name == "br":
            yield "\n"
            continue
        if name == "pre":
            yield "\n" + node.get_text() + "\n"
            continue
        if name in _CELL_TAGS:
            yield " "
        if name in _BLOCK_TAGS:
            yield "\n"
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))


def visible_blocks(root: Any, drop_boilerplate: bool) -> list[str]:
    joined = "".join(_html_text_pieces(root, drop_boilerplate))
    joined = _CJK_SOFT_RE.sub("", joined).replace(_SOFT_BREAK, " ")
    out: list[str] = []
    for line in joined.split("\n"):
        line = _MULTI_SPACE_RE.sub(" ", line).strip()
        if line:
            out.append(line)
    return out


def _html_meta(soup: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in soup.find_all("meta"):
        key = m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv")
        content = m.get("content")
        if not key or content is None:
            continue
        key = str(key).strip().lower()
        if key not in found and str(content).strip():
            found[key] = " ".join(str(content).split())
    return found


def extract_html(html: str, *, main_content: bool = True) -> tuple[list[str], dict[str, str | None]]:
    """The article of an HTML string as a list of blocks, and title/date/source/author from its
    head and byline. Only parses the string: nothing is fetched.

    ``main_content``: keep only the main content (with the title and byline lines above it) when
    extraction finds enough of it; else (or when False) the visible text less tagged navigation."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    meta = _html_meta(soup)
    info: dict[str, str | None] = {
        "title": None,
        "h1": None,
        "date": None,
        "source": None,
        "site": None,
        "author": None,
        "url": None,
    }
    for link in soup.find_all("link", limit=50):
        rel = link.get("rel") or ()
        if "canonical" in (rel if isinstance(rel, list) else str(rel).split()):
            info["url"] = clean_url(str(link.get("href") or ""))
            break
    if info["url"] is None:
        info["url"] = clean_url(meta.get("og:url") or meta.get("twitter:url") or meta.get("dc.identifier"))
    for k in _META_TITLE_KEYS:
        if k in meta and k != "title":
            info["title"] = clean_title(meta[k])
            if info["title"]:
                break
    if not info["title"] and soup.title is not None:
        t = clean_title(soup.title.get_text(" ", strip=True))
        info["title"] = clean_title(strip_site_suffix(t, any_site=True)) if t else None
    if not info["title"] and "title" in meta:
        info["title"] = clean_title(meta["title"])
    h1 = soup.find("h1")
    if h1 is not None:
        info["h1"] = clean_title(h1.get_text(" ", strip=True))
        t = info["title"]
        if info["h1"] and (t is None or (len(t) <= 8 and len(info["h1"]) > len(t) and not meta.get("og:title"))):
            info["title"] = info["h1"]  # a <title> that is only the site's name
    for k in _META_DATE_KEYS:
        if k in meta:
            d = parse_date(meta[k])
            if d:
                info["date"] = d
                break
    if info["date"] is None:
        for time_tag in soup.find_all("time", limit=5):
            d = parse_date(str(time_tag.get("datetime") or "") or time_tag.get_text(" ", strip=True))
            if d:
                info["date"] = d
                break
    for k in _META_SOURCE_KEYS:
        if k in meta:
            info["source"] = meta[k]
            break
    for k in _META_SITE_KEYS:
        if k in meta:
            info["site"] = meta[k]
            break
    root = soup.body or soup
    visible = visible_blocks(root, drop_boilerplate=True) or visible_blocks(root, drop_boilerplate=False)
    main = _main_content(html) if main_content else None
    blocks = visible
    if main and _enough(main, visible):
        blocks = _with_head(main, visible, info)
    found = find_byline(blocks, limit=8) or find_byline(visible, limit=40)
    if found is not None:
        byline = found[1]
        info["byline_source"], info["byline_date"], info["author"] = byline.source, byline.date, byline.author
    return blocks, info


# Lines of page furniture that main-content extraction leaves inside the article's container.
_CHROME_LINE_RE = re.compile(
    r"分享到|^分享\s*[:：]|打印本页|【\s*打印|关闭窗口|【\s*关闭|字[体号]\s*[:：]\s*(?:【?\s*)?大|扫一扫|返回顶部|收藏本页"
    r"|^(?:您现在的位置|当前位置|您当前所在位置|所在位置)\s*[:：]|^(?:上一篇|下一篇)\s*[:：]"
    r"|^(?:相关文章|相关阅读|相关链接|相关新闻|延伸阅读|推荐阅读)$"
)


@functools.cache
def _container_document() -> type[Any]:
    """readability's Document without the clean-up of the container it found."""
    from readability import Document

    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

    class ContainerDocument(Document):  # type: ignore[misc]
        def sanitize(self, node: Any, candidates: Any, keep_all_images: bool = False) -> Any:
            self.html = node
            return self.get_clean_html()

    return ContainerDocument


# Footer lines of Chinese government sites (sponsor, ICP licence, public security filing…)
_FOOTER_LINE_RE = re.compile(
    r"^(?:主办单位|主办|承办单位|承办|协办|技术支持|网站标识码|版权所有|Copyright)\s*[:：©]|ICP备\s*\d|公网安备|网站标识码"
    r"|^欢迎(?:访问|光临).{0,30}网站|分辨率|IPv6",
    re.I,
)
# Main content below this many characters is "too little": the page keeps its visible text.
MIN_MAIN_CHARS = 100


def _main_content(html: str) -> list[str] | None:
    """The article of a page as blocks, less furniture lines; None when extraction fails.

    readability-lxml finds the article's container (it scores containers by their text and link
    density, after dropping elements whose names say comment/sidebar/footer/share…); its final
    clean-up, which drops short lists, small tables and headings it finds weak, is skipped: the
    container is kept whole, so headings, lists and tables' text stay."""
    try:
        from bs4 import BeautifulSoup

        summary = _container_document()(html).summary(html_partial=True)
    except Exception:  # noqa: BLE001 - any parser failure: fall back to the visible text
        return None
    container = BeautifulSoup(summary, "html.parser")
    blocks = visible_blocks(container, drop_boilerplate=True)
    blocks = [b for b in blocks if not (len(b) <= 80 and (_CHROME_LINE_RE.search(b) or _FOOTER_LINE_RE.search(b)))]
    links = [" ".join(a.get_text(" ").split()) for a in container.find_all("a")]
    return _without_link_lines(blocks, links)  # menus and related lists inside the container


def _without_link_lines(blocks: list[str], links: list[str]) -> list[str]:
    """Blocks less the short ones made only of link texts and separators (menus, related lists;
    an attachment line "附件：…" keeps its label, so it stays)."""
    anchors = sorted({t for t in links if t}, key=len, reverse=True)
    if not anchors:
        return blocks
    kept = []
    for b in blocks:
        rest = b
        if len(b) <= 80:
            for t in anchors:
                if t in rest:
                    rest = rest.replace(t, "")
        if len(b) > 80 or sum(ch.isalnum() for ch in rest) >= 2:
            kept.append(b)
    return kept


def _enough(main: list[str], visible: list[str]) -> bool:
    """Did extraction find the article, or too little of the page to trust?"""
    main_chars = sum(len(b) for b in main)
    visible_chars = sum(len(b) for b in visible)
    return main_chars >= min(MIN_MAIN_CHARS, visible_chars // 2)


def _with_head(main: list[str], visible: list[str], info: dict[str, str | None]) -> list[str]:
    """The article's blocks, preceded by the title and byline lines that stand above the
    article's container on the page (extraction keeps only the container)."""
    try:
        first = visible.index(main[0])
    except ValueError:
        first = min(len(visible), 40)
    head = visible[max(0, first - 12) : first]
    wanted: list[str] = []
    titles = {t for t in (info.get("title"), info.get("h1")) if t}
    for b in head:
        if b in titles or (len(b) <= 60 and any(t in b and len(t) * 2 >= len(b) for t in titles)):
            wanted = [b]  # the last title-like line above the article
    start = visible.index(wanted[0]) if wanted else first
    for b in visible[start + 1 if wanted else max(0, first - 12) : first]:
        if len(b) <= 120 and not _CHROME_LINE_RE.search(b) and split_byline(b) != Byline():
            wanted.append(b)
            break
    return [b for b in wanted if b not in main] + main


def _from_html(
    html: str, meta: dict[str, Any] | None, stem: str, encoding: str | None, *, fmt: str = "html"
) -> ImportedDoc:
    blocks, info = extract_html(html)
    if fmt == "md":  # a web page saved as Markdown: Markdown syntax may be left in the blocks
        blocks = [_md_paragraph(markdown_inline(b)) for b in blocks if not _nav_link_line(b)]
    paras = reflow(normalize("\n".join(blocks)), join_lines=False)
    meta = meta or {}
    title = _meta_str(meta, "title", "标题") or info["title"] or info["h1"]
    named = date_from_name(stem)
    date = _meta_date(meta) or (named if fmt == "md" else None) or info["date"] or info.get("byline_date")
    source = (
        _meta_str(meta, "source", "来源", "publisher", "issuer", "发布机构")
        or info["source"]
        or info.get("byline_source")
    )
    if not paras:
        raise UnreadableFile("no text in file")
    if source is None:
        source = find_source(paras) or info["site"]
    author = _meta_str(meta, "author", "作者") or info.get("author")
    return _finish(
        paras,
        stem,
        fmt,
        encoding,
        title=title,
        date=date,
        source=source,
        author=author,
        tags=_meta_tags(meta),
        fallback_date=named,
        url=_meta_url(meta) or info["url"],
    )


# --- mht / mhtml (a web page saved with its resources as one MIME message) --------------------


def _read_mht(data: bytes, stem: str) -> ImportedDoc:
    """The page of a MIME web archive: its first text/html part (else text/plain), decoded with
    the part's transfer encoding and charset by the standard library's email parser."""
    import email
    import email.policy
    from email.message import EmailMessage

    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as e:  # noqa: BLE001 - the parser is lenient; anything else is damage
        raise UnreadableFile(f"corrupt MHT: {_short(e)}") from None
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        raise UnreadableFile("corrupt MHT: no web page inside")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        raise UnreadableFile("corrupt MHT: the web page is empty")
    charset = part.get_content_charset()
    if charset is None and part.get_content_type() == "text/html":
        m = _CHARSET_RE.search(payload[:4096])
        charset = m.group(1).decode("ascii") if m else None
    text, encoding = decode_text(payload, declared=charset)
    if part.get_content_type() != "text/html":
        return _finish(reflow(normalize(text)), stem, "mht", encoding)
    doc = _from_html(text, None, stem, encoding)
    return dataclasses.replace(doc, format="mht")


# --- OFD (GB/T 33190: a zip of XML files; the text is in each page's TextCode elements) -------

# Limits on what a zip archive (OFD, DOCX) may unpack to: a small "zip bomb" must not take the
# memory of the machine.
MAX_ZIP_MEMBER_BYTES = 64 * 1024 * 1024
MAX_ZIP_TOTAL_BYTES = 256 * 1024 * 1024


def _check_unpacked_sizes(zf: zipfile.ZipFile) -> None:
    """Refuse an archive whose members say they unpack to more than the limits (zipfile never
    unpacks a member beyond its stated size: it fails the CRC check instead)."""
    sizes = [i.file_size for i in zf.infolist()]
    if sizes and (max(sizes) > MAX_ZIP_MEMBER_BYTES or sum(sizes) > MAX_ZIP_TOTAL_BYTES):
        raise UnreadableFile(
            f"too large when unpacked ({sum(sizes) / 1e6:,.0f} MB; the limit is"
            f" {MAX_ZIP_MEMBER_BYTES // (1024 * 1024)} MB a part, {MAX_ZIP_TOTAL_BYTES // (1024 * 1024)} MB in all)"
        )


def zip_read(zf: zipfile.ZipFile, name: str, budget: list[int]) -> bytes:
    """A member of a zip archive, read in chunks and stopped at the limits (``budget`` holds
    the bytes still allowed for the whole archive and is decreased)."""
    out = bytearray()
    with zf.open(name) as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            out += chunk
            budget[0] -= len(chunk)
            if len(out) > MAX_ZIP_MEMBER_BYTES or budget[0] < 0:
                raise UnreadableFile(
                    f"too large when unpacked (over {MAX_ZIP_MEMBER_BYTES // (1024 * 1024)} MB in one part"
                    f" or {MAX_ZIP_TOTAL_BYTES // (1024 * 1024)} MB in all): not imported"
                )
    return bytes(out)


def _unpacked_zip(data: bytes) -> bytes:
    """The archive again with every member unpacked under the limits and stored uncompressed, for
    a reader that unpacks members whole (python-docx): zipfile's ``read()`` inflates up to 2 GB
    in one call before it cuts a member to the size its header claims, so a header that lies
    about a member would let a small file take gigabytes; read here in 1 MB steps, it cannot."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stored:
        _check_unpacked_sizes(zf)
        budget = [MAX_ZIP_TOTAL_BYTES]
        for info in zf.infolist():
            if not info.is_dir():
                stored.writestr(info.filename, zip_read(zf, info.filename, budget))
    return out.getvalue()


def _xml_local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ofd_xml(zf: zipfile.ZipFile, name: str, budget: list[int]) -> Any:
    import xml.etree.ElementTree as ET

    try:
        return ET.fromstring(zip_read(zf, name, budget))
    except KeyError:
        raise UnreadableFile(f"corrupt OFD: {name} is missing") from None
    except ET.ParseError as e:
        raise UnreadableFile(f"corrupt OFD: {name}: {_short(e)}") from None


def _ofd_path(base: str, loc: str) -> str:
    """A location inside the archive, relative to the folder of ``base`` (or absolute: /Doc_0/…)."""
    loc = loc.strip().replace("\\", "/")
    if loc.startswith("/"):
        return loc.lstrip("/")
    folder = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
    parts: list[str] = []
    for piece in (folder + loc).split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _floats(value: str | None) -> list[float]:
    try:
        return [float(x) for x in (value or "").split()]
    except ValueError:
        return []


def _read_ofd(data: bytes, stem: str) -> ImportedDoc:
    """Text of an OFD document: each page's TextObject/TextCode elements, placed in lines by
    their positions, with the same layout hints for reflow as PDF pages."""
    budget = [MAX_ZIP_TOTAL_BYTES]
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise UnreadableFile(f"corrupt OFD: {_short(e)}") from None
    with zf:
        names = set(zf.namelist())
        root_name = "OFD.xml" if "OFD.xml" in names else "ofd.xml"
        root = _ofd_xml(zf, root_name, budget)
        info: dict[str, str] = {}
        doc_root = None
        for el in root.iter():
            tag = _xml_local(el.tag)
            if tag == "DocRoot" and doc_root is None and el.text:
                doc_root = _ofd_path(root_name, el.text)
            elif tag in ("Title", "Author", "CreationDate") and el.text and tag not in info:
                info[tag] = el.text.strip()
        if doc_root is None:
            raise UnreadableFile("corrupt OFD: no document in OFD.xml")
        document = _ofd_xml(zf, doc_root, budget)
        pages: list[str] = []
        for el in document.iter():
            if _xml_local(el.tag) == "Page" and el.get("BaseLoc"):
                content = _ofd_xml(zf, _ofd_path(doc_root, el.get("BaseLoc", "")), budget)
                pages.append(_ofd_page_text(content))
    if not pages:
        raise UnreadableFile("corrupt OFD: no pages")
    paras = reflow(normalize("\n\n".join(pages)))
    if not paras:
        raise UnreadableFile("OFD has no text (scanned?)")
    title = clean_title(info.get("Title"))
    return _finish(
        paras,
        stem,
        "ofd",
        None,
        title=title,
        author=info.get("Author"),
        fallback_date=parse_date(info.get("CreationDate")),
    )


def _ofd_page_text(content: Any) -> str:
    """One page: its text pieces with their boxes (OFD's y axis points down), joined into lines."""
    pieces: list[tuple[float, float, float, float, str]] = []  # (top, left, right, height, text)
    for obj in content.iter():
        if _xml_local(obj.tag) != "TextObject":
            continue
        box = _floats(obj.get("Boundary"))
        x0, y0 = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = (_floats(obj.get("Size")) or [box[3] if len(box) >= 4 else 3.5])[0]
        for code in obj:
            if _xml_local(code.tag) != "TextCode" or not code.text:
                continue
            x = x0 + ((_floats(code.get("X")) or [0.0])[0])
            y = y0 + ((_floats(code.get("Y")) or [0.0])[0])
            deltas = _floats(code.get("DeltaX"))
            width = sum(deltas) + size if deltas else size * len(code.text)
            pieces.append((y, x, x + width, size, code.text))
    lines: list[_Line] = []
    for y, x, right, size, text in sorted(pieces, key=lambda p: (round(p[0] / max(p[3], 0.1) * 2), p[1])):
        last = lines[-1] if lines else None
        if last is not None and abs(-last.bottom - y) <= 0.5 * size:
            lines[-1] = _Line(last.text + text, last.left, max(last.right, right), last.bottom, last.height)
        else:
            lines.append(_Line(text, x, right, -y, size))
    return _layout_text([line.text for line in lines], lines)


# =============================================================================================
# PDF
# =============================================================================================

# PDFium is not thread-safe: one document at a time per process (imports run one file at a time
# per process anyway; the lock guards against a second caller on another thread)
_PDFIUM_LOCK = threading.Lock()


def _read_pdf(data: bytes, stem: str) -> ImportedDoc:
    """The text layer through PDFium (pypdfium2), page by page, with layout hints for reflow."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover
        raise UnreadableFile("unsupported format (PDF support is not installed)") from None

    pages: list[str] = []
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as e:
            if "password" in str(e).lower():
                raise UnreadableFile("encrypted PDF (password required)") from None
            raise UnreadableFile(f"corrupt PDF: {_pdfium_reason(e)}") from None
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
            for i in range(len(pdf)):
                page = pdf[i]
                try:
                    textpage = page.get_textpage()
                    try:
                        pages.append(_page_text(textpage))
                    finally:
                        textpage.close()
                finally:
                    page.close()
        except pdfium.PdfiumError as e:
            raise UnreadableFile(f"corrupt PDF: {_pdfium_reason(e)}") from None
        finally:
            pdf.close()
    if not pages:
        raise UnreadableFile("corrupt PDF: no pages")
    raw = "\n\n".join(pages)  # a page break ends a block; reflow joins a sentence that runs on
    undecodable = raw.count("\ufffd")
    paras = reflow(normalize(raw.replace("\ufffd", "")))
    if not paras:
        if undecodable:
            raise UnreadableFile("PDF text cannot be decoded (fonts without Unicode mapping)")
        raise UnreadableFile("PDF has no text layer (scanned?)")
    title = info.get("Title") or None
    created = info.get("CreationDate") or None
    return _finish(paras, stem, "pdf", None, title=title, fallback_date=parse_date(created))


@dataclass(frozen=True)
class _Line:
    text: str
    left: float  # of the first glyph
    right: float  # of the last glyph
    bottom: float
    height: float


def _line_box(textpage: Any, line: str, index: int) -> _Line | None:
    """The geometry of one line of PDFium's text, whose first character is ``index``."""
    first = last = None
    j = index
    for ch in line:
        if not ch.isspace():
            if first is None:
                first = j
            last = j
        j += 2 if ord(ch) > 0xFFFF else 1  # PDFium counts UTF-16 code units
    if first is None or last is None:
        return None
    try:
        left, bottom, _r, top = textpage.get_charbox(first)
        _l, _b, right, _t = textpage.get_charbox(last)
    except Exception:  # noqa: BLE001 - a glyph without a box: no layout hint for this line
        return None
    if top <= bottom:
        return None
    return _Line(line, float(left), float(right), float(bottom), float(top - bottom))


def _page_text(textpage: Any) -> str:
    """A page's text, one visual line per line, in blocks (PDFium gives lines only)."""
    text: str = textpage.get_text_range()
    lines = text.split("\r\n")  # PDFium's generated line breaks
    boxes: list[_Line | None] = []
    index = 0
    for line in lines:
        boxes.append(_line_box(textpage, line, index))
        index += len(line) + sum(1 for ch in line if ord(ch) > 0xFFFF) + 2
    return _layout_text(lines, boxes)


def _layout_text(lines: list[str], boxes: Sequence[_Line | None]) -> str:
    """Lines of a page as blocks separated by blank lines, as reflow expects of PDF extraction:
    a line starts a new block when it is further below the previous one than the usual line
    pitch, when it is indented, or when the previous line ended well before the right margin
    (the end of a paragraph)."""
    placed = [b for b in boxes if b is not None]
    if len(placed) < 3:
        return "\n".join(lines)
    pitches = sorted(a.bottom - b.bottom for a, b in zip(placed, placed[1:], strict=False) if a.bottom > b.bottom)
    pitch = pitches[len(pitches) // 2] if pitches else 0.0
    height = sorted(b.height for b in placed)[len(placed) // 2]
    margin_left = min(b.left for b in placed)
    margin_right = max(b.right for b in placed)
    out: list[str] = []
    prev: _Line | None = None
    for line, box in zip(lines, boxes, strict=True):
        if box is not None and prev is not None:
            gap = pitch > 0 and prev.bottom - box.bottom > 1.4 * pitch
            indented = box.left - margin_left > 1.5 * height
            short = margin_right - prev.right > 2.5 * height
            if gap or indented or short or box.bottom > prev.bottom:
                out.append("")
        out.append(line)
        if box is not None:
            prev = box
    return "\n".join(out)


def _pdfium_reason(e: BaseException) -> str:
    """PDFium's 'Failed to load document (PDFium: Data format error).' → 'data format error'."""
    msg = str(e)
    if "PDFium:" in msg:
        msg = msg.split("PDFium:", 1)[1].strip(" .)")
        return msg[:1].lower() + msg[1:]
    return _short(e)


# =============================================================================================
# DOCX
# =============================================================================================

_DOCX_TEMPLATE_CREATED = "2013-12-23"  # python-docx's default template: not a real date
_TITLE_STYLES = ("title", "heading 1", "标题", "标题 1", "heading1")


def _docx_blocks(doc: Any) -> tuple[list[str], str | None]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    styled_title: str | None = None

    def walk(container_el: Any, parent: Any) -> None:
        nonlocal styled_title
        for child in container_el.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                para = Paragraph(child, parent)
                text = para.text
                if text.strip():
                    blocks.append(text)
                    if styled_title is None:
                        try:
                            style = (para.style.name or "").lower() if para.style is not None else ""
                        except Exception:  # noqa: BLE001
                            style = ""
                        if style in _TITLE_STYLES:
                            styled_title = text.strip()
            elif tag == "tbl":
                table = Table(child, parent)
                # merged cells repeat; the set keeps the element proxies alive, so one XML node
                # always comes back as the same (identity-hashed) object
                seen: set[Any] = set()
                for row in table.rows:
                    for cell in row.cells:
                        tc = cell._tc
                        if tc in seen:
                            continue
                        seen.add(tc)
                        walk(tc, cell)
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                walk(child, parent)

    walk(doc.element.body, doc._body)
    return blocks, styled_title


def _read_docx(data: bytes, stem: str) -> ImportedDoc:
    try:
        import docx
    except ImportError:  # pragma: no cover
        raise UnreadableFile("unsupported format (DOCX support is not installed)") from None
    try:
        document = docx.Document(io.BytesIO(_unpacked_zip(data)))
        blocks, styled_title = _docx_blocks(document)
        props = document.core_properties
        prop_title = props.title
        created = props.created
    except UnreadableFile:
        raise
    except Exception as e:  # noqa: BLE001 - zip / XML / package errors
        raise UnreadableFile(f"corrupt DOCX: {_short(e)}") from None
    paras = reflow(normalize("\n".join(blocks)), join_lines=False)
    if not paras:
        raise UnreadableFile("no text in file")
    created_iso = parse_date(created)
    if created_iso == _DOCX_TEMPLATE_CREATED:
        created_iso = None
    title = clean_title(prop_title) or clean_title(styled_title)
    return _finish(paras, stem, "docx", None, title=title, fallback_date=created_iso)


__all__ = [
    "KNOWN_UNSUPPORTED",
    "SUPPORTED_SUFFIXES",
    "ImportedDoc",
    "decode_text",
    "extract_html",
    "looks_like_html",
    "read_document",
    "size_limit",
    "skip_reason",
    "too_large",
    "sniff",
    "split_front_matter",
]
