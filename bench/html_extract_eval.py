"""How well main-content extraction removes a web page's chrome and keeps its article, on the
pages of ``html_pages`` (imitations of Chinese government sites, written for this benchmark).

For each extractor: the share of chrome lines removed, the share of article characters kept
(title, paragraphs, headings, table cells), pages with every article line kept, and time per
page. The importer's own result (``read_document``) is measured the same way, with its source
and date. readability-lxml is measured when installed:

    uv run --with readability-lxml python bench/html_extract_eval.py [--pages 36]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import html_pages

from ftz_desktop.core import importers

_WS = re.compile(r"\s+")


def _squash(s: str) -> str:
    return _WS.sub("", s)


def visible_text(page: str) -> str:
    """Every visible block (what the importer falls back to)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    return "\n".join(importers.visible_blocks(soup.body or soup, drop_boilerplate=False))


def tag_rules(page: str) -> str:
    """The importer before this benchmark: visible text less nav/header/footer/aside and
    elements whose class or id names navigation, sharing or copyright."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    return "\n".join(importers.visible_blocks(soup.body or soup, drop_boilerplate=True))


def trafilatura_default(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_tables=True, include_comments=False, deduplicate=False) or ""


def trafilatura_recall(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_tables=True, include_comments=False, favor_recall=True) or ""


def trafilatura_precision(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_tables=True, include_comments=False, favor_precision=True) or ""


def justext_default(page: str) -> str:
    import justext

    # no Chinese stop list ships with jusText: classification by length and link density only
    paras = justext.justext(page.encode("utf-8"), frozenset(), encoding="utf-8")
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def readability(page: str) -> str:
    from bs4 import BeautifulSoup
    from readability import Document

    return BeautifulSoup(Document(page).summary(), "html.parser").get_text("\n")


def importer(page: str) -> str:
    return importers.read_document(Path("page.html"), page.encode("utf-8")).text


def score(extract: Callable[[str], str], pages: list[html_pages.Page]) -> tuple[float, float, int, float]:
    chrome_total = chrome_removed = 0
    art_total = art_kept = 0
    perfect = 0
    started = time.perf_counter()
    for p in pages:
        out = _squash(extract(p.html))
        article = _squash("".join(p.article))
        for c in p.chrome:
            if _squash(c) in article:  # a menu item such as 投资服务 that the article also says
                continue
            chrome_total += 1
            chrome_removed += _squash(c) not in out
        whole = True
        for a in p.article:
            n = len(_squash(a))
            art_total += n
            if _squash(a) in out:
                art_kept += n
            else:
                whole = False
        perfect += whole
    secs = time.perf_counter() - started
    return chrome_removed / chrome_total, art_kept / art_total, perfect, 1000 * secs / len(pages)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=36)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--by-layout", action="store_true", help="the importer's figures per page layout")
    args = ap.parse_args(argv)
    pages = html_pages.pages(args.pages, args.seed)
    extractors: list[tuple[str, Callable[[str], str]]] = [
        ("all visible text", visible_text),
        ("tag rules (before)", tag_rules),
    ]
    if importlib.util.find_spec("trafilatura") is not None:
        extractors += [
            ("trafilatura", trafilatura_default),
            ("trafilatura recall", trafilatura_recall),
            ("trafilatura precision", trafilatura_precision),
            ("jusText", justext_default),
        ]
    else:
        print("(trafilatura and jusText not installed: uv run --with trafilatura … to include them)")
    extractors += [("readability-lxml summary", readability), ("importer (now)", importer)]
    print(
        f"{len(pages)} pages, {sum(len(p.chrome) for p in pages)} chrome lines, "
        f"{sum(len(p.article) for p in pages)} article lines"
    )
    print(f"{'extractor':<22} {'chrome removed':>14} {'article kept':>12} {'whole pages':>11} {'ms/page':>8}")
    for name, fn in extractors:
        removed, kept, perfect, ms = score(fn, pages)
        print(f"{name:<22} {100 * removed:13.1f}% {100 * kept:11.1f}% {perfect:>5}/{len(pages):<5} {ms:8.1f}")
    meta_ok = 0
    for p in pages:
        doc = importers.read_document(Path("page.html"), p.html.encode("utf-8"))
        meta_ok += doc.source == p.source and doc.date == p.date and doc.title == p.title
    print(f"importer: title, source and date all right on {meta_ok}/{len(pages)} pages")
    if args.by_layout:
        for layout in html_pages.LAYOUTS:
            sub = [p for p in pages if p.layout == layout]
            removed, kept, perfect, _ms = score(importer, sub)
            print(
                f"  {layout:<10} chrome removed {100 * removed:5.1f}%  article kept {100 * kept:5.1f}%  whole {perfect}/{len(sub)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
