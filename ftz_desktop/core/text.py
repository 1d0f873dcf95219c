"""Canonical text: Unicode and whitespace normalisation, and reflow of lines broken by page or
column extraction into paragraphs with their [start, end) spans."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from ftz_desktop.core.glyphs import fold_lookalikes
from ftz_desktop.records import Span

# ---------------------------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------------------------

# line and page separators other than \n become \n (\f is a page break from PDF extraction)
_TO_NEWLINE_RE = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# zero-width / invisible formatting characters, soft hyphen, other C0/C1 controls (but \t, \n),
# lone surrogates and non-characters: removed
_REMOVE_RE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\ufffe\uffff\ud800-\udfff]"
)
# no-break spaces become ordinary spaces
_SPACE_RE = re.compile("[\u00a0\u2007\u202f]")


def normalize(raw: str) -> str:
    """NFC; radical look-alikes → unified ideographs (⼝ → 口); \\r\\n, \\r, \\f, \\v,
    U+2028/2029 -> \\n; zero-width characters, soft hyphens and control characters other than
    \\n and \\t removed; no-break spaces -> ' '."""
    s = raw
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if _TO_NEWLINE_RE.search(s):
        s = _TO_NEWLINE_RE.sub("\n", s)
    if _REMOVE_RE.search(s):
        s = _REMOVE_RE.sub("", s)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)  # also maps CJK compatibility ideographs
    s = fold_lookalikes(s)  # Kangxi / supplement radicals from PDF fonts: ⼝ → 口, ⺠ → 民
    if _SPACE_RE.search(s):
        s = _SPACE_RE.sub(" ", s)
    return s


# ---------------------------------------------------------------------------------------------
# line classification used by reflow (and by metadata)
# ---------------------------------------------------------------------------------------------

_D = "[0-9０-９]"
_CN_DIGIT = "〇○零OＯ一二三四五六七八九"
_CN_NUM = "一二三四五六七八九十"

# a date at the start of a line (at least year and month)
DATE_LEAD_RE = re.compile(
    rf"(?:{_D}{{4}}\s*年\s*{_D}{{1,2}}\s*月(?:\s*{_D}{{1,2}}\s*[日号])?"
    rf"|{_D}{{4}}\s*([-/.．]){_D}{{1,2}}\s*\1\s*{_D}{{1,2}}(?!{_D})"
    rf"|[{_CN_DIGIT}]{{4}}\s*年\s*[{_CN_NUM}]{{1,3}}\s*月(?:\s*[{_CN_NUM}]{{1,3}}\s*[日号])?)"
)

# enumerators and list bullets that start a heading or a list item
MARKER_RE = re.compile(
    r"""(?:
      第[一二三四五六七八九十百千零〇两\d０-９]{1,6}\s*(?:章|节|条|篇|编|卷|部分)(?=\s|$|[　：:，,])
    | 第[一二三四五六七八九十百千零〇两\d０-９]{1,6}部分
    | [一二三四五六七八九十百]{1,4}\s*[、．.](?![\d０-９])
    | [（(]\s*[一二三四五六七八九十百]{1,4}\s*[)）]
    | [（(]\s*[\d０-９]{1,3}\s*[)）]
    | [\d０-９]{1,3}(?:[.．][\d０-９]{1,3})*[、．.](?![\d０-９%％])
    | [\d０-９]{1,3}[)）](?![\d０-９])
    | [①-⑳㈠-㈩⑴-⒇⒈-⒛❶-❿➀-➉]
    | [（(][a-zA-Z][)）]
    | [-*+](?=[ \t])
    | [•●○■□◆◇▲△►▶★☆※▪▸➢✓✔]
    | \#{1,6}(?=[ \t])
    | >(?=[ \t])
    )""",
    re.X,
)

# short "key: value" or byline lines: 主办：…, 来源：…, 日期:…, 通讯员 某某, 编者按
LABEL_RE = re.compile(
    r"(?:本报|新华社|央视网)?(?:特约)?(?:记者|通讯员|实习生|编辑|责任编辑|责编|校对|审核|审校|作者|撰稿|摄影|摄|"
    r"文章来源|信息来源|稿件来源|来源|出处|主办单位|主办|承办单位|承办|协办|出品|指导单位|"
    r"发布日期|发布时间|发文日期|成文日期|更新时间|日期|时间|发文机关|发文字号|发布机构|发布单位|"
    r"索引号|主题分类|文号|点击数|点击|浏览次数|浏览|阅读|字号|编者按|按语|导语|关键词|摘要)"
    r"(?:\s*[:：]|[ \t　]+|$)"
)
_GENERIC_LABEL_RE = re.compile(r"[^\s，。；：:,;]{1,8}\s*[:：]\s*\S")
_URL_LINE_RE = re.compile(r"(?:https?://|www\.)\S+$", re.I)
_RULE_LINE_RE = re.compile(r"[-=_*~·—–─━.。…]{3,}$")

_FINAL = frozenset("。｡！？!?；;…:：.")
_OPEN_OF = {
    "”": "“",
    "’": "‘",
    "）": "（",
    ")": "(",
    "】": "【",
    "」": "「",
    "』": "『",
    "》": "《",
    "〕": "〔",
    "]": "[",
}
_CLOSE_OF = {v: k for k, v in _OPEN_OF.items()}
_PAIRS = tuple(_CLOSE_OF.items())
_CLAUSE_PUNCT_RE = re.compile("[，,。；;]")
# a line ending with one of these cannot end a heading or paragraph (function words that also
# end common words - 参与, 方向, 所在, 高地 - are left out on purpose)
_CONTINUATION_END = frozenset("的和或把被将之其而但、，,（(“‘《〈【「『-/")


def is_cjk(ch: str) -> bool:
    """True for characters that are written without spaces between them (CJK, kana, hangul,
    full-width forms, CJK punctuation)."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3FFFF
    )


def _is_ideograph(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF


def starts_with_marker(line: str) -> bool:
    """The line begins with a heading enumerator or a list bullet (一、 （一） 1. 第三条 - • # …)."""
    return MARKER_RE.match(line) is not None


def is_date_line(line: str) -> bool:
    """A line that begins with a date and is a dateline/byline rather than a sentence."""
    m = DATE_LEAD_RE.match(line)
    if m is None:
        return False
    return _CLAUSE_PUNCT_RE.search(line) is None or len(line) - m.end() <= 8


def is_label_line(line: str) -> bool:
    """Short 'key: value' / byline lines such as 主办：某省商务厅, 来源: 某网, 通讯员 某某, 编者按."""
    if len(line) > 60 or "。" in line or "，" in line or "；" in line:
        return False
    if LABEL_RE.match(line):
        return True
    return len(line) <= 30 and _GENERIC_LABEL_RE.match(line) is not None


_LOOKBACK = 300


def _matching_open(p: str) -> int:
    """Index of the bracket or quote that the last character of ``p`` closes (looking back at
    most 300 characters), or -1."""
    close = p[-1]
    open_ = _OPEN_OF[close]
    depth = 0
    for i in range(len(p) - 1, max(-1, len(p) - 1 - _LOOKBACK), -1):
        c = p[i]
        if c == close:
            depth += 1
        elif c == open_:
            depth -= 1
            if depth == 0:
                return i
    return -1


def is_bracketed_line(line: str) -> bool:
    """The whole line is one bracketed or quoted group: （作者为…）, “…”, 【…】, (…)."""
    if len(line) < 2 or len(line) > 100:
        return False
    close = _CLOSE_OF.get(line[0])
    return close is not None and line[-1] == close and _matching_open(line) == 0


def ends_sentence(p: str) -> bool:
    """The paragraph ends with sentence-final punctuation (a closing bracket or quote counts
    when it closes a whole sentence or follows sentence-final punctuation)."""
    c = p[-1]
    if c in _FINAL:
        return True
    if c in _OPEN_OF:
        if len(p) >= 2 and p[-2] in _FINAL:
            return True
        o = _matching_open(p)
        return o == 0 or (o > 0 and p[o - 1] in _FINAL)
    return False


def _balanced(p: str) -> bool:
    return all(not (o in p and p.count(o) > p.count(c)) for o, c in _PAIRS)


_SENTENCE_PUNCT_RE = re.compile("[。；;]")


def is_heading_like(p: str, *, first: bool = False) -> bool:
    """Short line without clause punctuation that could be a title or heading (or, rarely, a
    fragment cut by a page break: reflow asks the word segmenter in that case). The first line
    of a document (``first``) may be a title with commas or a long enumeration in it."""
    if len(p) > 80 or p[-1] in _CONTINUATION_END:
        return False
    if first:
        if _SENTENCE_PUNCT_RE.search(p):
            return False
    elif _CLAUSE_PUNCT_RE.search(p) or (len(p) > 30 and p.count("、") > 2):
        return False  # an enumeration that long is a sentence, not a heading
    return _balanced(p)


@lru_cache(maxsize=1024)  # each line is asked about as the next line B, then as paragraph A
def is_standalone(p: str) -> bool:
    """Lines that are paragraphs of their own whatever follows: headings with an enumerator,
    datelines, labels, wholly bracketed lines, URLs and rules."""
    if len(p) > 120:
        return False
    if starts_with_marker(p):
        if p[0] == "#":
            return True
        return len(p) <= 60 and "。" not in p[:-1] and "；" not in p[:-1]
    return (
        is_date_line(p)
        or is_label_line(p)
        or is_bracketed_line(p)
        or _URL_LINE_RE.match(p) is not None
        or _RULE_LINE_RE.match(p) is not None
    )


def _starts_block(b: str) -> bool:
    """The line must start a new paragraph: an enumerator/bullet, or a line that is standalone
    by itself (so that it never continues onto the next line either)."""
    return starts_with_marker(b) or is_standalone(b)


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str, bool], list[str]] | None:
    """jieba's cut (rjieba), or None if it is not installed."""
    try:
        import rjieba
    except Exception:  # noqa: BLE001 - optional helper
        return None
    return rjieba.cut


def splits_word(a: str, b: str) -> bool:
    """True if the line break between ``a`` and ``b`` cuts a Chinese word in two ("推进自" |
    "贸区改革"): segmented on their own, ``a`` ends and ``b`` starts with a lone character, and
    segmented together those two characters belong to one dictionary word (jieba, no HMM)."""
    if not a or not b or not _is_ideograph(a[-1]) or not _is_ideograph(b[0]):
        return False
    cut = _segmenter()
    if cut is None:
        return False
    left = a[-4:]
    right = b[:4]
    if len(cut(left, False)[-1]) != 1 or len(cut(right, False)[0]) != 1:
        return False
    pos = len(left)
    offset = 0
    for tok in cut(left + right, False):
        end = offset + len(tok)
        if offset < pos < end:
            return True
        if end >= pos:
            return False
        offset = end
    return False


_PARTICLES = frozenset("和与及或的了着等并")


def starts_with_particle(b: str) -> bool:
    """The line starts with a conjunction or particle that cannot begin a paragraph (和, 及, 的…),
    so it continues the previous line."""
    if not b or b[0] not in _PARTICLES:
        return False
    cut = _segmenter()
    if cut is None:
        return False
    return cut(b[:4], False)[0] == b[0]


def _indented(raw_line: str) -> bool:
    return raw_line.startswith(("\u3000", "  ", "\t"))


def _is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# ---------------------------------------------------------------------------------------------
# reflow
# ---------------------------------------------------------------------------------------------


def _join_decision(a: str, b: str, first: bool = False) -> bool:
    """Content-only decision: should line ``b`` continue paragraph ``a``?"""
    if ends_sentence(a) or _starts_block(b):
        return False
    if is_standalone(a):
        return False
    last = a[-1]
    head = b[0]
    if _is_latin_alnum(last) or last in ",-":
        if head.islower() and head.isascii():
            return True  # an English sentence continuing on the next line
        if len(a) <= 60 and not (a[0].isascii() and a[0].islower()) and _CLAUSE_PUNCT_RE.search(a) is None:
            return False  # a short Latin heading
        return True
    # a heading-like line is joined only where the break cuts a word or a particle starts the next
    return not is_heading_like(a, first=first) or splits_word(a, b) or starts_with_particle(b)


def _glue_plan(a: str, b: str) -> tuple[int, str, bool]:
    """How to join line ``b`` to paragraph ``a``: (characters to drop from the end of ``a``,
    separator, whether the junction needs NFC again). CJK joins get no space, Latin ones one
    space, a Latin word hyphenated at the line end loses its hyphen."""
    last = a[-1]
    first = b[0]
    trim = 0
    sep = ""
    if last == "-" and len(a) >= 2 and a[-2].isalpha() and a[-2].isascii() and first.isascii() and first.islower():
        trim = 1
    elif ord(last) < 0x2000 and ord(first) < 0x2000 and not last.isspace():
        sep = " "
    renorm = False
    if ord(first) >= 0x300 and not is_cjk(first):
        k = 1
        while k < len(b) and k < 64 and unicodedata.combining(b[k]):
            k += 1
        window = (a[:-trim] if trim else a)[-4:] + sep + b[: k + 4]
        renorm = not unicodedata.is_normalized("NFC", window)
    return trim, sep, renorm


def _finished(line: str) -> bool:
    return ends_sentence(line) or is_standalone(line) or is_heading_like(line)


_CERTAIN_END = _CONTINUATION_END


def _certain_join(a: str, b: str, first: bool = False) -> bool:
    """Join across a single newline that is otherwise a real paragraph break: only when the
    content leaves no doubt (A ends with a comma / opening bracket / particle, A has an unclosed
    bracket, the break cuts a word, B starts with a particle, or an English sentence goes on)."""
    if not _join_decision(a, b, first):
        return False
    last = a[-1]
    if last in _CERTAIN_END:
        return True
    head = b[0]
    if (_is_latin_alnum(last) or last == ",") and head.isascii() and head.islower():
        return True
    if is_heading_like(a, first=first):
        return True  # _join_decision only joins these when the word segmenter says so
    if not _balanced(a[-60:]):
        return True
    return splits_word(a, b) or starts_with_particle(b)


def _soft_wrap(a: str, b: str, first: bool = False) -> bool:
    """A single newline inside a paragraph of a document whose paragraphs are marked by blank
    lines or indentation: join even after a full stop, but not around headings, labels, lists."""
    return not (_starts_block(b) or is_standalone(a) or is_heading_like(a, first=first))


_HEAD = 130  # > every length limit of the line classifiers
_TAIL = 300  # = the look-back limit of _matching_open
_VIEW = _HEAD + _TAIL


def reflow(text: str, *, join_lines: bool = True) -> list[str]:
    """Normalised text -> paragraphs (stripped, non-empty).

    With ``join_lines`` (the default), lines broken by page or column extraction are joined.
    Across blank lines (PDF extractions separate paragraphs AND page-break fragments by blank
    lines) the content decides: line A continues onto the next non-empty line B unless A ends a
    sentence, A is a heading / label / dateline, or B starts a heading or list item (see
    ``_join_decision``); a short heading-like A is only joined when the break cuts a word.
    A single newline is a soft wrap (joined even after a full stop, headings and lists apart) in
    documents whose paragraphs are separated by blank lines, and before an unindented line in
    documents whose paragraphs start with an indent ("　　"); otherwise (one paragraph per line,
    or an indented next line) it is a real break unless the content leaves no doubt
    (``_certain_join``). Canonical text has no blank lines nor indents, so reflowing it again
    only applies ``_certain_join`` to breaks that already failed it: reflow is idempotent.
    ``join_lines=False`` keeps every line a paragraph (formats with explicit paragraphs: HTML,
    DOCX).
    """
    lines = text.split("\n")
    if not join_lines:
        return [s for s in (line.strip() for line in lines) if s]

    items: list[tuple[str, int, bool]] = []  # (stripped line, blank lines before it, indented)
    gap = 0
    for line in lines:
        s = line.strip()
        if not s:
            gap += 1
            continue
        items.append((s, gap, _indented(line)))
        gap = 0
    if not items:
        return []

    transitions = len(items) - 1
    blank_style = False
    indent_style = False
    if transitions >= 3:
        blank_gaps = sum(1 for _s, g, _i in items[1:] if g)
        blank_style = blank_gaps >= 0.6 * transitions
        if not blank_style and blank_gaps >= 2:
            # blank lines between paragraphs whose lines are hard-wrapped at single newlines
            singles = [items[i][0] for i in range(transitions) if not items[i + 1][1]]
            unfinished = sum(1 for a in singles if not _finished(a))
            blank_style = unfinished >= 0.5 * len(singles)
        long_lines = [ind for s, _g, ind in items if len(s) >= 6]
        indented = sum(long_lines)
        indent_style = indented >= 3 and indented >= 0.4 * len(long_lines)

    # The paragraph being built is kept as a list of parts; the decisions only look at its length,
    # its first characters (when short) and its last _TAIL characters, so they get a bounded
    # "view" of it and joining many lines stays linear.
    paras: list[str] = []
    first = items[0][0]
    parts = [first]
    total = len(first)
    view = first if total <= _VIEW else first[:_HEAD] + first[-_TAIL:]
    for s, g, ind in items[1:]:
        a = view
        first_para = not paras  # the document's first paragraph may be a title with commas
        if g:
            join = _join_decision(a, s, first_para)
        elif (indent_style and not ind) or (blank_style and not indent_style):
            join = _join_decision(a, s, first_para) or _soft_wrap(a, s, first_para)
        else:
            join = _certain_join(a, s, first_para)
        if not join:
            paras.append("".join(parts))
            parts = [s]
            total = len(s)
            view = s if total <= _VIEW else s[:_HEAD] + s[-_TAIL:]
            continue
        trim, sep, renorm = _glue_plan(a, s)
        was_short = total <= _VIEW
        if trim:
            parts[-1] = parts[-1][:-trim]
            total -= trim
        parts.append(sep + s if sep else s)
        total += len(sep) + len(s)
        if renorm:
            whole = unicodedata.normalize("NFC", "".join(parts))
            parts = [whole]
            total = len(whole)
            was_short = True
        if total <= _VIEW:
            view = "".join(parts)
        else:
            head = "".join(parts)[:_HEAD] if was_short else a[:_HEAD]
            view = head + ((a[:-trim] if trim else a) + sep + s)[-_TAIL:]
    paras.append("".join(parts))
    return paras


def assemble(paragraphs: Iterable[str]) -> tuple[str, tuple[Span, ...]]:
    """Join paragraphs with '\\n' and return (text, spans) of each paragraph in the text."""
    spans: list[Span] = []
    parts: list[str] = []
    pos = 0
    for p in paragraphs:
        parts.append(p)
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    return "\n".join(parts), tuple(spans)


def canonical(raw: str, *, join_lines: bool = True) -> tuple[str, tuple[Span, ...]]:
    """normalize + reflow: (text, paragraph spans); text is the paragraphs joined with '\\n'."""
    return assemble(reflow(normalize(raw), join_lines=join_lines))


def paragraphs_of(text: str, spans: Sequence[Span]) -> list[str]:
    """The paragraph strings of a canonical text."""
    return [text[s:e] for s, e in spans]
