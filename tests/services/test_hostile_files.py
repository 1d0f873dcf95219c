"""Files made to exhaust memory fail alone, each with its reason, and the good files beside them
are imported: a text over the length limit, a zip whose header lies about a member's size, a
file that needs more memory than a parse worker may take."""

from __future__ import annotations

import io
import struct
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from ftz_desktop.core.importers import read_document
from ftz_desktop.errors import UnreadableFile
from ftz_desktop.services import importing, pool
from ftz_desktop.services.library import Library

GOOD = "海南自由贸易港\n\n海南自由贸易港今年新设企业三千家，同比增长两成。\n"


def _folder(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    return folder


def test_text_over_the_length_limit_fails_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FTZ_DESKTOP_MAX_TEXT_MCHARS", "0.001")  # 1,000 characters
    folder = _folder(tmp_path, "long.txt", ("片区建设稳步推进。" * 40 + "\n\n").encode() * 10)
    with Library(tmp_path / "lib.sqlite") as lib:
        report = importing_report(lib, folder)
    assert report.added == 1
    [failed] = report.failed
    assert failed.path.endswith("long.txt")
    assert failed.reason.startswith("text too long (3.6 million characters; the limit is 0.0 million") or (
        "text too long" in failed.reason and "FTZ_DESKTOP_MAX_TEXT_MCHARS" in failed.reason
    )


def importing_report(lib: Library, folder: Path, workers: int = 0) -> importing.ImportReport:
    gen = importing.run_import(lib._db(), [folder], workers=workers)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def _lying_docx(unpacked: int) -> bytes:
    """A .docx whose word/document.xml unpacks to ``unpacked`` bytes while the archive's headers
    (local and central) say it holds 1,000."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=False) as f:
            chunk = bytes(1 << 20)
            for _ in range(unpacked >> 20):
                f.write(chunk)
    data = bytearray(out.getvalue())
    name = b"word/document.xml"
    local = data.find(b"PK\x03\x04" + bytes(0), 0)
    while local != -1:  # local header: uncompressed size at +22
        if data[local + 30 : local + 30 + len(name)] == name:
            struct.pack_into("<I", data, local + 22, 1000)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:  # central directory: uncompressed size at +24
        if data[central + 46 : central + 46 + len(name)] == name:
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def test_zip_member_whose_header_lies_is_stopped_without_unpacking_it(tmp_path: Path) -> None:
    bomb = _lying_docx(300 << 20)  # 300 MB of zeros, about 300 KB packed, "1,000 bytes" by its headers
    assert len(bomb) < 1_000_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFile, match=r"^corrupt DOCX: Bad CRC-32"):
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000  # python-docx's own read() inflated the 300 MB at once


def test_lying_zip_fails_alone_in_an_import(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "bomb.docx", _lying_docx(64 << 20))
    with Library(tmp_path / "lib.sqlite") as lib:
        report = importing_report(lib, folder)
    assert report.added == 1
    assert [f.reason.split(":")[0] for f in report.failed] == ["corrupt DOCX"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_a_worker_over_its_memory_ceiling_fails_that_file_and_the_import_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FTZ_DESKTOP_WORKER_MEMORY_MB", "200")  # the workers inherit it
    # 6 million characters: under the text limit, but reading it takes about 600 MB
    big = ("片区建设稳步推进开放型经济持续发展" * 30 + "\n\n").encode() * 12000
    folder = _folder(tmp_path, "big.txt", big)
    (folder / "zz-after.txt").write_text("临港新片区\n\n临港新片区的第二份材料。\n", encoding="utf-8")
    with Library(tmp_path / "lib.sqlite") as lib:
        report = importing_report(lib, folder, workers=1)
    assert report.added == 2, report
    [failed] = report.failed
    assert failed.path.endswith("big.txt")
    assert failed.reason == pool.out_of_memory() or failed.reason.startswith("the reader crashed")
