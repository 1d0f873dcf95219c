"""The random-edit procedure for re-anchoring: annotated documents edited round after round, and
every annotation's true place tracked beside what ``reanchor`` finds.

Used by ``tests/core/test_anchoring_rounds.py`` (a fixed seed, a few rounds) and
``bench/reanchor_rounds.py`` (100 rounds). Each round edits every document a few times — a
paragraph inserted, deleted or moved, a small edit inside an annotated passage, an annotated
passage deleted, a small edit anywhere else — then re-anchors every annotation and compares:

- **lost**: the passage is still there (at most ``MAX_ERROR_RATE`` of it edited) but the
  annotation was orphaned;
- **wrong**: the annotation was attached to a span that does not overlap its passage by at least
  half, or attached at all although its passage was deleted;
- **ambiguous** (counted apart, neither lost nor wrong): the passage's paragraph-local window —
  its paragraph's text before it, the passage, the text after it up to the line break — occurs
  more than once in the document, so nothing in the text tells the copies apart (a short
  paragraph such as "下一步，" left twice by earlier edits); orphaning it or attaching it to an
  identical copy is then no error.

The documents are made of sentences written here from a small vocabulary, so short phrases recur
(as 制度创新 does in real text) while figures make most sentences unique.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ftz_desktop.core.anchoring import MAX_ERROR_RATE, Selectors, build_selectors, levenshtein, reanchor

ZONES = ["上海", "广东", "天津", "福建", "海南", "重庆", "四川", "湖北", "浙江", "黑龙江", "广西", "云南"]
VERBS = ["推进", "深化", "实施", "完善", "探索", "加快", "落实", "支持", "扩大", "优化"]
OBJECTS = [
    "制度创新",
    "贸易便利化",
    "投资自由化",
    "金融开放",
    "营商环境",
    "跨境电商",
    "负面清单管理",
    "通关改革",
    "数字贸易",
    "人才引进政策",
]
METRICS = ["新设企业", "外贸进出口额", "实际使用外资", "制度创新成果", "跨境人民币结算量"]
UNITS = ["户", "亿元", "项", "亿美元", "家"]
FILLERS = ["同时", "此外", "据介绍", "目前", "下一步", "近年来"]


def sentence(rng: random.Random) -> str:
    zone = rng.choice(ZONES)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{zone}自贸试验区{rng.choice(VERBS)}{rng.choice(OBJECTS)}，{rng.choice(VERBS)}{rng.choice(OBJECTS)}。"
    if shape == 1:
        year = rng.randint(2015, 2024)
        return f"{year}年{zone}{rng.choice(METRICS)}{rng.randint(2, 9999)}{rng.choice(UNITS)}，同比增长{rng.randint(1, 60)}.{rng.randint(0, 9)}%。"
    if shape == 2:
        return f"{rng.choice(FILLERS)}，{zone}片区{rng.choice(VERBS)}{rng.choice(OBJECTS)}{rng.randint(2, 99)}项。"
    return f"{rng.choice(FILLERS)}，{rng.choice(VERBS)}{rng.choice(OBJECTS)}和{rng.choice(OBJECTS)}。"


def paragraph(rng: random.Random) -> str:
    return "".join(sentence(rng) for _ in range(rng.randint(1, 5)))


@dataclass
class Mark:
    """One annotation under test: what it stores, and where its passage truly is (None: gone)."""

    selectors: Selectors
    truth: tuple[int, int] | None
    quote_then: str  # the passage when the selectors were made (to measure edits inside it)


@dataclass
class Doc:
    text: str
    marks: list[Mark] = field(default_factory=list)

    def replace(self, a: int, b: int, new: str) -> None:
        """Replace ``text[a:b]`` by ``new`` and move every true span with it.

        A span inside [a, b) is gone; an edit strictly inside a span changes that passage; the
        procedure never makes an edit that overlaps a span's boundary."""
        delta = len(new) - (b - a)
        for m in self.marks:
            if m.truth is None:
                continue
            s, e = m.truth
            if b <= s:
                m.truth = (s + delta, e + delta)
            elif a >= e:
                pass
            elif a <= s and b >= e:
                m.truth = None
            else:
                assert s < a and b < e or (s <= a and b <= e), "an edit across a passage's boundary"
                m.truth = (s, e + delta)
        self.text = self.text[:a] + new + self.text[b:]

    def paragraphs(self) -> list[tuple[int, int]]:
        out, start = [], 0
        for line in self.text.split("\n"):
            out.append((start, start + len(line)))
            start += len(line) + 1
        return out

    def crosses(self, a: int, b: int) -> bool:
        """True when [a, b) overlaps some passage's boundary without containing it whole."""
        for m in self.marks:
            if m.truth is None:
                continue
            s, e = m.truth
            if a < e and b > s and not (a <= s and b >= e) and not (s < a and b < e):
                return True
        return False


@dataclass
class Tally:
    checked: int = 0
    anchored: int = 0
    orphaned_rightly: int = 0
    lost: int = 0
    wrong: int = 0
    ambiguous: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def _window(text: str, start: int, end: int) -> str:
    """The passage with its paragraph around it (line break to line break)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : len(text) if b < 0 else b]


def _copies(text: str, window: str) -> int:
    return sum(
        1
        for line_start in range(len(text))
        if text.startswith(window, line_start) and (line_start == 0 or text[line_start - 1] == "\n")
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class Procedure:
    """``Procedure(seed, docs=20, annotations=100)``; ``run(rounds)`` returns the Tally."""

    def __init__(self, seed: int, docs: int = 20, annotations: int = 100) -> None:
        self.rng = random.Random(seed)
        self.docs = [Doc("\n".join(paragraph(self.rng) for _ in range(self.rng.randint(4, 12)))) for _ in range(docs)]
        self.target = annotations
        self.tally = Tally()
        self._refill()

    # --- annotations ---------------------------------------------------------------------------
    def _live(self) -> int:
        return sum(1 for d in self.docs for m in d.marks if m.truth is not None)

    def _refill(self) -> None:
        """Annotate new passages until there are ``annotations`` live ones (none overlapping)."""
        tries = 0
        while self._live() < self.target and tries < 10_000:
            tries += 1
            doc = self.rng.choice(self.docs)
            p0, p1 = self.rng.choice(doc.paragraphs())
            if p1 - p0 < 2:
                continue
            kind = self.rng.random()
            if kind < 0.1:
                a, b = p0, p1  # a whole paragraph
            else:
                length = self.rng.randint(2, 6) if kind < 0.4 else self.rng.randint(7, 40)
                length = min(length, p1 - p0)
                a = self.rng.randint(p0, p1 - length)
                b = a + length
            if any(m.truth is not None and _overlap(m.truth, (a, b)) for m in doc.marks):
                continue
            doc.marks.append(Mark(build_selectors(doc.text, a, b), (a, b), doc.text[a:b]))

    # --- edits -----------------------------------------------------------------------------------
    def _edit(self, doc: Doc) -> None:
        rng = self.rng
        op = rng.choice(["insert", "delete", "move", "inside", "passage", "elsewhere"])
        paras = doc.paragraphs()
        if op == "insert":
            i = rng.randrange(len(paras) + 1)
            at = paras[i][0] if i < len(paras) else len(doc.text)
            new = paragraph(rng)
            doc.replace(at, at, new + "\n" if i < len(paras) else "\n" + new)
        elif op == "delete" and len(paras) > 2:
            i = rng.randrange(len(paras))
            a, b = paras[i]
            # the paragraph and one of its line breaks
            doc.replace(a, b + 1, "") if i < len(paras) - 1 else doc.replace(a - 1, b, "")
        elif op == "move" and len(paras) > 2:
            i = rng.randrange(len(paras))
            self._move(doc, i, rng.randrange(len(paras)))
        elif op == "inside":
            live = [m for m in doc.marks if m.truth is not None and m.truth[1] - m.truth[0] >= 10]
            if live:
                m = rng.choice(live)
                assert m.truth is not None
                s, e = m.truth
                a = rng.randint(s + 1, e - 2)
                doc.replace(a, a + 1, rng.choice("的和与及在"))
        elif op == "passage":
            live = [m for m in doc.marks if m.truth is not None]
            if live:
                m = rng.choice(live)
                assert m.truth is not None
                doc.replace(*m.truth, "")
        else:  # a small edit anywhere outside the passages
            for _ in range(20):
                a = rng.randrange(len(doc.text) + 1)
                b = min(len(doc.text), a + rng.randint(0, 4))
                if (
                    "\n" in doc.text[a:b]
                    or doc.crosses(a, b)
                    or any(m.truth is not None and m.truth[0] <= a < m.truth[1] for m in doc.marks)
                ):
                    continue
                doc.replace(a, b, rng.choice(["", "，", "进一步", "全面"]))
                break

    def _move(self, doc: Doc, i: int, j: int) -> None:
        """Move paragraph i to be paragraph j: its passages go with it (their truths move)."""
        paras = doc.paragraphs()
        a, b = paras[i]
        inside = [(m, m.truth) for m in doc.marks if m.truth is not None and a <= m.truth[0] and m.truth[1] <= b]
        lines = doc.text.split("\n")
        line = lines.pop(i)
        lines.insert(j, line)
        starts = [0]
        for x in lines:
            starts.append(starts[-1] + len(x) + 1)
        new_a = starts[j]
        # everything else is re-located by its paragraph: rebuild the truths of the other passages
        old_paras = paras
        order = list(range(len(old_paras)))
        order.insert(j, order.pop(i))
        where = {old: starts[new] for new, old in enumerate(order)}
        for m in doc.marks:
            if m.truth is None:
                continue
            s, e = m.truth
            k = next(n for n, (pa, pb) in enumerate(old_paras) if pa <= s and e <= pb)
            shift = where[k] - old_paras[k][0]
            m.truth = (s + shift, e + shift)
        doc.text = "\n".join(lines)
        for m, (s, e) in inside:
            assert m.truth == (s - a + new_a, e - a + new_a)

    # --- checking ------------------------------------------------------------------------------
    def _check(self, doc: Doc) -> None:
        t = self.tally
        keep: list[Mark] = []
        for m in doc.marks:
            r = reanchor(m.selectors, doc.text)
            t.checked += 1
            t.by_method[r.method] = t.by_method.get(r.method, 0) + 1
            truth = m.truth
            now = ""
            if truth is not None:
                now = doc.text[truth[0] : truth[1]]
                changed = levenshtein(m.selectors.exact, now)
                findable = changed <= max(1, int(len(m.selectors.exact) * MAX_ERROR_RATE))
                if _copies(doc.text, _window(doc.text, *truth)) > 1:
                    t.ambiguous += 1
                    keep.append(Mark(build_selectors(doc.text, *truth), truth, now))
                    continue
            else:
                findable = False
            if r.start is None or r.end is None:
                if findable:
                    t.lost += 1
                    t.failures.append(f"lost: {m.selectors.exact!r} (now {now!r})")
                else:
                    t.orphaned_rightly += 1
                if truth is not None:  # too changed to find: annotate it afresh from the truth
                    keep.append(Mark(build_selectors(doc.text, *truth), truth, doc.text[truth[0] : truth[1]]))
                continue
            span = (r.start, r.end)
            right = truth is not None and _overlap(span, truth) * 2 >= max(1, truth[1] - truth[0])
            if not right:
                t.wrong += 1
                t.failures.append(
                    f"wrong ({r.method}): {m.selectors.exact!r} → {doc.text[r.start : r.end]!r}"
                    + (" (passage deleted)" if truth is None else f" (truth {doc.text[truth[0] : truth[1]]!r})")
                )
                if truth is None:
                    continue
                span = truth  # start again from where it belongs
            t.anchored += 1
            assert truth is not None
            keep.append(Mark(build_selectors(doc.text, *span), truth, doc.text[span[0] : span[1]]))
        doc.marks = keep

    def _check_all(self) -> None:
        for doc in self.docs:
            self._check(doc)

    def run(self, rounds: int, edits_per_doc: int = 3) -> Tally:
        for _ in range(rounds):
            for doc in self.docs:
                for _ in range(edits_per_doc):
                    self._edit(doc)
                self._check(doc)
            self._refill()
        return self.tally
