"""PDF text: PDFium (pypdfium2, what imports use) against pdfminer.six (what they used before),
on PDFs this script makes with reportlab's CJK font: paragraphs wrapped over lines and pages,
first lines indented, headings. Prints time per page and MB/s of each, and how far their
canonical texts (after normalize + reflow) agree.

    uv run python bench/pdf_compare.py [--files 6] [--pages 40]
"""

from __future__ import annotations

import argparse
import difflib
import io
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _writing

from ftz_desktop.core.importers import read_document
from ftz_desktop.core.text import normalize, reflow

FONT = "STSong-Light"


def make_pdf(rng: random.Random, pages: int) -> tuple[bytes, list[str]]:
    """A PDF of about ``pages`` A4 pages and the paragraphs written into it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    size, leading, left, width = 11.0, 17.0, 72.0, A4[0] - 144.0
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(_writing.title(rng))
    written: list[str] = []
    y = A4[1] - 72
    page = 1
    c.setFont(FONT, size)
    while page <= pages:
        for para in _writing.article(rng, (6, 12)):
            written.append(para)
            heading = len(para) < 16
            rest, first = para, True
            while rest:
                indent = 2 * size if first and not heading else 0.0
                n = 1
                while n < len(rest) and pdfmetrics.stringWidth(rest[: n + 1], FONT, size) <= width - indent:
                    n += 1
                c.drawString(left + indent, y, rest[:n])
                rest, first = rest[n:], False
                y -= leading
                if y < 72:
                    c.showPage()
                    c.setFont(FONT, size)
                    y = A4[1] - 72
                    page += 1
            y -= 4
            if page > pages:
                break
    c.showPage()
    c.save()
    return buf.getvalue(), written


def pdfminer_paragraphs(data: bytes) -> list[str]:
    """The text as the importer made it before (pdfminer.six, default layout analysis)."""
    from pdfminer.high_level import extract_text

    return reflow(normalize(extract_text(io.BytesIO(data))))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=6)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    pdfs = [make_pdf(rng, args.pages) for _ in range(args.files)]
    mb = sum(len(d) for d, _ in pdfs) / 1e6
    pages = args.files * args.pages
    print(f"{args.files} PDFs, {pages} pages, {mb:.1f} MB")
    t = time.perf_counter()
    old = [pdfminer_paragraphs(d) for d, _ in pdfs]
    t_old = time.perf_counter() - t
    t = time.perf_counter()
    new = [read_document(Path("x.pdf"), d).text.split("\n") for d, _ in pdfs]
    t_new = time.perf_counter() - t
    for name, secs in (("pdfminer.six", t_old), ("pypdfium2", t_new)):
        print(f"{name:<13} {secs:6.2f} s  {1000 * secs / pages:6.1f} ms/page  {mb / secs:5.2f} MB/s")
    same = sum(a == b for a, b in zip(old, new, strict=True))
    print(f"identical canonical texts: {same}/{len(pdfs)}")
    for label, got in (("pdfminer.six", old), ("pypdfium2", new)):
        written = [w for _d, ws in pdfs for w in ws]
        flat = [p for doc in got for p in doc]
        matcher = difflib.SequenceMatcher(a=written, b=flat, autojunk=False)
        kept = sum(b.size for b in matcher.get_matching_blocks())
        chars = "".join(written)
        got_chars = "".join(flat)
        print(
            f"{label:<13} paragraphs as written: {kept}/{len(written)} ({100 * kept / len(written):.1f} %),"
            f" characters {len(got_chars)} of {len(chars)} written"
        )
    for a, b in zip(old, new, strict=True):
        if a != b:
            diff = list(difflib.unified_diff(a, b, "pdfminer.six", "pypdfium2", n=0, lineterm=""))
            print("first difference:\n  " + "\n  ".join(x[:100] for x in diff[:8]))
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
