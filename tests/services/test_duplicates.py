"""Near-duplicate groups in the library: found at import, shown once, counted once, regrouped
when a document changes, and given to libraries from before (at their next import)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ftz_desktop.services.library import Library

STORY = (
    "中国（黑龙江）自由贸易试验区哈尔滨片区今年新设企业1200家，同比增长三成。"
    "片区管委会表示，将继续推进投资便利化改革，为企业提供一站式服务，并扩大对俄经贸合作。"
)
OTHER = "某片区举办跨境金融培训，三十家企业参加，外资银行介绍了结算新规和汇率避险工具的使用方法。"


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text("哈尔滨片区新设企业增长三成\n\n" + STORY, encoding="utf-8")
    (d / "b.txt").write_text("哈尔滨片区新设企业增长三成\n\n" + STORY + "（来源：某网）", encoding="utf-8")
    (d / "c.md").write_text("# 哈尔滨片区新设企业增长三成\n\n" + STORY, encoding="utf-8")
    (d / "d.txt").write_text("跨境金融培训\n\n" + OTHER, encoding="utf-8")
    return d


def test_copies_are_counted_once_in_entities_and_figures(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([_folder(tmp_path)])
        docs = lib.documents()
        assert sum(d.duplicate_of is None for d in docs) == 2
        zones = [e for e in lib.entities(kind="zone") if e.name.startswith("中国（黑龙江）")]
        assert len(zones) == 1 and len(zones[0].docs) == 1  # three copies, one document
        figures = [m for m in lib.metrics(zone="黑龙江") if m.value_text.startswith("1200")]
        assert len(figures) == 1  # a figure three copies report is one figure
        ids = [d.doc_id for d in docs]
        in_scope = [e for e in lib.entities(kind="zone", doc_ids=ids) if e.name.startswith("中国（黑龙江）")]
        assert len(in_scope[0].docs) == 1
        member = next(d for d in docs if d.duplicate_of is not None)
        assert lib.metrics(doc_id=member.doc_id)  # a copy opened on its own still has its figures
        assert lib.search("新设企业").total == 1
        assert lib.search("新设企业", all_copies=True).total == 3


def test_a_changed_copy_leaves_its_group_and_the_group_keeps_a_head(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
        head = next(d for d in lib.documents() if d.path.endswith("a.txt"))
        assert head.duplicate_of is None
        (folder / "a.txt").write_text("跨境金融培训\n\n" + OTHER + "（来源：某网）", encoding="utf-8")
        lib.import_all([folder])
        by_name = {Path(d.path).name: d for d in lib.documents()}
        b, c = by_name["b.txt"], by_name["c.md"]
        assert b.duplicate_of is None and c.duplicate_of == b.doc_id  # b heads the group now
        a, d = by_name["a.txt"], by_name["d.txt"]
        assert a.duplicate_of is None and d.duplicate_of == a.doc_id  # a is now d's copy, and older


def test_a_library_from_before_gets_its_groups_at_the_next_import(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.import_all([folder])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE documents SET dup_of = NULL")
    conn.execute("DELETE FROM dup_keys")
    conn.execute("DELETE FROM dup_sketches")
    conn.execute("DELETE FROM settings WHERE key = 'duplicates_version'")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert all(d.duplicate_of is None for d in lib.documents())
        report = lib.import_all([folder])
        assert report.unchanged == 4
        assert sum(d.duplicate_of is not None for d in lib.documents()) == 2


def test_a_page_of_results_is_no_longer_than_asked(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        body = f"第{i}号通知：自贸试验区第{i}批制度创新成果，涉及{'贸易投资金融'[i % 6]}领域的{i * 7}项改革。"
        (folder / f"{i:02d}.txt").write_text(f"通知{i}\n\n{body}", encoding="utf-8")
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
        whole = [h.doc_id for h in lib.search("自贸试验区", limit=None).hits]
        assert len(whole) == 30
        pages = [lib.search("自贸试验区", limit=7, offset=o).hits for o in range(0, 30, 7)]
        assert [len(p) for p in pages] == [7, 7, 7, 7, 2]
        assert [h.doc_id for p in pages for h in p] == whole
