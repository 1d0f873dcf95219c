"""The library service end to end on real files: incremental import, missing files, show, search."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core.fold import fold
from ftz_desktop.errors import QueryError
from ftz_desktop.services.library import Library

DOCS = {
    "hainan.txt": "海南自由贸易港建设总体方案\n2020年6月1日\n\n海南自由贸易港实行零关税政策，推进贸易自由便利。\n海南将建设成为引领我国新时代对外开放的鲜明旗帜。",
    "shanghai.txt": "上海自贸试验区临港新片区\n2019-08-20\n\n临港新片区设立后，推出一批制度创新成果。上海自贸试验区是全国第一个自贸试验区。",
    "heilongjiang.md": "---\ntitle: 黑龙江自贸试验区三个片区\ndate: 2019-08-30\ntags: [黑龙江, 片区]\n---\n\n中国（黑龙江）自由贸易试验区包括哈尔滨片区、黑河片区和绥芬河片区。\n\n绥芬河片区发展跨境电商和口岸物流。",
    "rcep.txt": "ＲＣＥＰ生效一周年\n2023年1月1日\n\nRCEP 协定生效后，广西自贸试验区对东盟贸易增长。制度创新带动跨境贸易。",
}


@pytest.fixture
def corpus(write_folder):
    return write_folder(DOCS)


@pytest.fixture
def lib(make_library):
    return make_library()


def _titles(results):
    return [h.title for h in results.hits]


def test_import_then_reimport_is_a_no_op(lib, corpus):
    progress = []
    gen = lib.import_paths([corpus])
    while True:
        try:
            progress.append(next(gen))
        except StopIteration as stop:
            report = stop.value
            break
    assert report.added == 4 and report.failed == ()
    assert [p.done for p in progress] == [1, 2, 3, 4]
    assert all(p.total == 4 for p in progress)
    again = lib.import_all([corpus])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_changed_file_keeps_its_id_and_is_reindexed(lib, corpus):
    lib.import_all([corpus])
    before = {d.path: d.doc_id for d in lib.documents()}
    path = corpus / "hainan.txt"
    path.write_text("海南自由贸易港\n\n新的内容：洋浦经济开发区先行先试。", encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    report = lib.import_all([corpus])
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    after = {d.path: d.doc_id for d in lib.documents()}
    assert after == before
    assert lib.search('"洋浦"').total == 1
    assert lib.search('"零关税"').total == 0


def test_touched_but_identical_file_is_unchanged(lib, corpus):
    lib.import_all([corpus])
    os.utime(corpus / "rcep.txt", ns=(5, 5))
    report = lib.import_all([corpus])
    assert report.unchanged == 4 and report.updated == 0


def test_vanished_file_is_marked_missing_not_deleted(lib, corpus):
    lib.import_all([corpus])
    (corpus / "rcep.txt").unlink()
    report = lib.import_all([corpus])
    assert report.missing == 1
    docs = {os.path.basename(d.path): d for d in lib.documents()}
    assert docs["rcep.txt"].missing is True
    assert lib.document(docs["rcep.txt"].doc_id).text  # text kept
    assert lib.search("RCEP").total == 1  # still searchable


def test_failures_are_listed_and_do_not_stop_the_import(lib, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    report = lib.import_all([corpus, corpus / "nope.txt"])
    reasons = {os.path.basename(f.path): f.reason for f in report.failed}
    assert set(reasons) == {"empty.txt", "binary.txt", "nope.txt"}
    assert all(reasons.values())
    assert report.added == 4


def test_show_document(lib, corpus):
    lib.import_all([corpus])
    doc = next(d for d in lib.documents() if d.path.endswith("heilongjiang.md"))
    full = lib.document(doc.doc_id)
    assert full.title == "黑龙江自贸试验区三个片区"
    assert full.date == "2019-08-30"
    for s, e in full.paragraphs:
        assert full.text[s:e].strip()
    with pytest.raises(KeyError):
        lib.document(99999)


def test_search_ranks_snippets_and_hits(lib, corpus):
    lib.import_all([corpus])
    res = lib.search("片区")
    assert res.total == 2
    top = res.hits[0]
    assert "片区" in top.title  # title hits rank higher
    for s, e in top.hits:
        assert fold(lib.document(top.doc_id).text[s:e]) == "片区"
    for s, e in top.snippet_hits:
        assert top.snippet[s:e] == "片区"
    assert top.marked_snippet("[", "]").count("[片区]") == len(top.snippet_hits)


def test_search_syntax(lib, corpus):
    lib.import_all([corpus])
    assert _titles(lib.search('"自由贸易港"')) == ["海南自由贸易港建设总体方案"]
    assert lib.search("自贸试验区 片区").total == 2
    assert lib.search("自贸试验区 -黑龙江").total == 2
    assert lib.search("自贸试验区 NOT 黑龙江").total == 2
    assert lib.search("海南 OR 绥芬河").total == 2
    assert lib.search("title:片区").total == 2
    assert lib.search("title:临港 制度创新").total == 1
    assert lib.search("date:2023").total == 1
    assert lib.search("date:2019-01..2020-12").total == 3
    assert lib.search("制度创新 date:2019").total == 1
    assert lib.search("rcep").total == lib.search("ＲＣＥＰ").total == lib.search("RCEP").total == 1
    assert lib.search("").total == 0


def test_single_character_at_the_end_of_a_text_is_found(lib, tmp_path):
    f = tmp_path / "one.txt"
    f.write_text("标题\n\n最后一个字是港", encoding="utf-8")
    lib.import_all([f])
    assert lib.search("港").total == 1


def test_adjacent_terms_rank_higher(lib, tmp_path):
    folder = tmp_path / "prox"
    folder.mkdir()
    (folder / "far.txt").write_text("远\n\n制度" + "。其他内容" * 40 + "创新", encoding="utf-8")
    (folder / "near.txt").write_text("近\n\n制度" + "。其他内容" * 40 + "制度创新", encoding="utf-8")
    lib.import_all([folder])
    assert _titles(lib.search("制度 创新"))[0] == "近"


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "OR",
        "NOT",
        "-",
        "*",
        ":",
        "()",
        "(",
        "😀",
        "a" * 10_000,
        "'; DROP TABLE documents; --",
        "title:",
        "date:abc",
        "NEAR(a b)",
        "a AND",
        "\x00",
        "\ud800",
    ],
)
def test_hostile_queries_give_results_or_a_query_error(lib, corpus, query):
    lib.import_all([corpus])
    try:
        lib.search(query)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)


def test_paging(lib, corpus):
    lib.import_all([corpus])
    everything = lib.search("自", limit=None)
    assert everything.total == len(everything.hits)
    page = lib.search("自", limit=2, offset=2)
    assert [h.doc_id for h in page.hits] == [h.doc_id for h in everything.hits[2:4]]
    assert page.total == everything.total


def test_search_from_another_thread_while_reading(lib, corpus):
    import threading

    lib.import_all([corpus])
    out: dict[str, int] = {}
    t = threading.Thread(target=lambda: out.setdefault("n", lib.search("片区").total))
    t.start()
    t.join()
    assert out["n"] == 2


def test_threads_that_end_give_their_connection_back(lib, corpus):
    import threading

    lib.import_all([corpus])
    totals: list[int] = []
    for _ in range(20):  # one after another: each finds the connection the last one left
        t = threading.Thread(target=lambda: totals.append(lib.search("片区").total))
        t.start()
        t.join()
    assert totals == [2] * 20
    assert lib.connections() <= 2  # this thread's and one reused, not one per thread
    busy = threading.Barrier(4)
    threads = [threading.Thread(target=lambda: (lib.count(), busy.wait())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert lib.connections() <= 5  # four at once need four; none is kept for a thread gone
    lib.close()
    assert lib.connections() == 0
    assert lib.search("片区").total == 2  # a closed library opens a new connection when used again


def test_killed_import_leaves_a_consistent_library(tmp_path):
    """A process killed mid-import keeps whole documents only; the next import completes it."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"d{i:03}.txt").write_text(f"文件{i}\n\n第{i}号文件的正文：自贸试验区。" * 30, encoding="utf-8")
    lib_path = tmp_path / "lib.sqlite"
    script = textwrap.dedent(
        f"""
        import os, sys
        from ftz_desktop.services import importing
        importing.BATCH_FILES = 50
        importing.BATCH_SECONDS = 3600
        from ftz_desktop.services.library import Library
        lib = Library({str(lib_path)!r})
        for p in lib.import_paths([{str(folder)!r}]):
            if p.done == 175:
                os._exit(9)   # like a kill: no cleanup, no commit of the open batch
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    conn = sqlite3.connect(lib_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    n_texts = conn.execute("SELECT count(*) FROM texts").fetchone()[0]
    n_indexed = conn.execute("SELECT count(*) FROM search_docsize").fetchone()[0]
    conn.close()
    assert n_docs == n_texts == n_indexed
    # whole batches only: committed at 50 files, or earlier whenever the writer waits for a parse
    assert 0 < n_docs < 175
    lib = Library(lib_path)
    report = lib.import_all([folder])
    assert report.added == 300 - n_docs and report.unchanged == n_docs
    assert lib.search("自贸试验区").total == 300
    lib.close()


# --- exactness against a brute-force substring check -------------------------------------

CHARS = list("自由贸易试验区片中国上海南的和在，。（）《》“”：0123456789RCEPabc ") + ["😀"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.sampled_from(CHARS), min_size=1, max_size=80), min_size=1, max_size=10), st.randoms())
def test_quoted_search_is_exact(tmp_path_factory, texts, rnd):
    folder = tmp_path_factory.mktemp("exact")
    paths = []
    for i, t in enumerate(texts):
        p = folder / f"{i}.txt"
        p.write_text("标题\n\n" + t, encoding="utf-8")
        paths.append(p)
    lib = Library(folder / "lib.sqlite")
    try:
        lib.import_all(paths)
        docs = {d.doc_id: lib.document(d.doc_id) for d in lib.documents()}
        for _ in range(10):
            src = rnd.choice(list(docs.values())).text
            a = rnd.randrange(len(src))
            sub = src[a : a + rnd.randint(1, 6)].strip()
            if not sub or '"' in sub:
                continue
            expected = {i for i, d in docs.items() if fold(sub) in fold(d.text) or fold(sub) in fold(d.title)}
            got = {h.doc_id for h in lib.search(f'"{sub}"', limit=None, all_copies=True).hits}
            assert got == expected, sub
    finally:
        lib.close()


def test_a_write_error_on_one_file_costs_only_that_file(lib, corpus, monkeypatch):
    from ftz_desktop.services import importing

    real = importing._write

    def flaky(db, path, *args, **kwargs):
        if path.name == "rcep.txt":
            raise RuntimeError("boom")
        return real(db, path, *args, **kwargs)

    monkeypatch.setattr(importing, "_write", flaky)
    report = lib.import_all([corpus])
    assert report.added == 3
    assert [(os.path.basename(f.path), "boom" in f.reason) for f in report.failed] == [("rcep.txt", True)]
    assert lib.count() == 3
    assert lib.search("片区").total == 2  # the files written before the failure survived the replay
    monkeypatch.setattr(importing, "_write", real)
    assert lib.import_all([corpus]).added == 1


@pytest.mark.parametrize(("window_bytes", "most"), [(2500, 2), (10**9, 9)])
def test_files_in_flight_are_capped_by_their_bytes(lib, write_folder, monkeypatch, window_bytes, most):
    """The window of files parsed ahead of the writer holds at most WINDOW_BYTES of files (plus the
    one that crosses it), however many jobs the pool would take."""
    from ftz_desktop.services import importing, pool

    # ten files of about 910 bytes: three fill 2,500 bytes, so the writer has at most two waiting when it
    # reports one written; with no cap, the nine others after the first
    folder = write_folder({f"n{i}.txt": f"第{i}篇\n\n" + "自贸" * 150 for i in range(10)})
    submitted = []

    class Counting(pool.Inline):
        def submit(self, fn, /, *args, **kwargs):
            submitted.append(args[0])
            return super().submit(fn, *args, **kwargs)

    def executor_for(n_jobs: int, workers: int | None) -> tuple[pool.Inline, int]:
        return Counting(), 100

    monkeypatch.setattr(pool, "executor_for", executor_for)
    monkeypatch.setattr(importing, "WINDOW_BYTES", window_bytes)
    ahead = [len(submitted) - p.done for p in lib.import_paths([folder])]
    assert max(ahead) == most
    assert len(submitted) == 10 and lib.count() == 10
