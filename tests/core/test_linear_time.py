"""Hostile text cannot make parsing quadratic: pathological inputs of growing size take time in
proportion to their size (a 160 KB Markdown file of brackets took 45 s when a link pattern
rescanned the line from every bracket)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ftz_desktop.core import importers
from ftz_desktop.core.importers import read_document
from ftz_desktop.errors import UnreadableFile

# (file suffix, repeated unit, tail): each built at two sizes, SMALL and GROWTH times SMALL characters
CASES = [
    (".md", "[", ""),  # link text: rescanned from every bracket
    (".md", "![", ""),  # image
    (".md", "[a](", "x"),  # link target
    (".md", "<http:", ""),  # autolink
    (".md", "<!--", ""),  # comment never closed
    (".md", "<script>", "</p>"),  # raw block never closed
    (".md", "**a ", ""),  # bold never closed
    (".md", "__a ", ""),
    (".md", "~~a ", ""),  # strike never closed
    (".md", "[a\n", ""),  # reference definition across lines
    (".md", " ", "x\n-- | --"),  # one long line of spaces, table rule
    (".md", "<!---->", "x"),  # comments before what is not a web page
    (".txt", "<p ", ""),  # tag never closed
    (".txt", "<a", ""),
    (".html", "<p>a \t", "</p>"),  # white space runs without a line break
    (".html", " ", "<p>x</p>"),
]
SMALL = 8_000
GROWTH = 8  # linear: about 8 times the time; quadratic: 64 times


def _cpu(path: Path) -> float:
    """The best of two runs' CPU time (CPU, not wall time: other processes on the machine do not count)."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        try:
            read_document(path)
        except UnreadableFile:
            pass
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(("suffix", "unit", "tail"), CASES, ids=[f"{s}:{u!r}" for s, u, _ in CASES])
def test_pathological_input_takes_linear_time(tmp_path: Path, suffix: str, unit: str, tail: str) -> None:
    times = []
    for size in (SMALL, SMALL * GROWTH):
        path = tmp_path / f"{size}{suffix}"
        body = unit * (size // len(unit)) + tail
        if suffix == ".html":
            body = f"<html><body><p>{body}</p></body></html>"
        path.write_text(body, encoding="utf-8")
        times.append(_cpu(path))
    small, large = times
    # generous: a quadratic path is 64 times slower; the floor absorbs a timer's granularity
    assert large < 3 * GROWTH * max(small, 0.005), f"{unit!r}: {small:.3f} s → {large:.3f} s"


def test_unclosed_spans_are_kept_and_closed_ones_dropped() -> None:
    opener = importers._HTML_COMMENT_OPEN_RE
    assert importers._drop_closed("a<!-- x -->b<!-- y", opener) == "ab<!-- y"
    raw = importers._HTML_RAW_OPEN_RE
    assert importers._drop_closed("a<SCRIPT>x</script >b<style>c<script>d</script>e", raw) == "ab<style>ce"


def test_markdown_inline_syntax_still_read() -> None:
    line = "[返回](http://a.cn/b(c)) **粗体** __强调__ ~~删除~~ ![图](u.png) <http://x.cn> `代码`"
    assert importers.markdown_inline(line) == "返回 粗体 强调 删除   代码"
    assert importers._nav_link_line("[返回首页](/) | [更多](/more)")
    assert not importers._nav_link_line("见[通知](/a)。")
