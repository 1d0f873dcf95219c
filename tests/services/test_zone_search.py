"""Zone-aware search end to end on a real library: entity filters, alias expansion, highlighting,
the interpretation line, re-extraction of an old library, and the entities command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ftz_desktop import cli
from ftz_desktop.core import gazetteer
from ftz_desktop.core.fold import fold
from ftz_desktop.errors import QueryError
from ftz_desktop.services.library import Library
from tests.conftest import take_schema_back_to_4

DOCS = {
    "hlj.txt": "中国（黑龙江）自由贸易试验区绥芬河片区发展跨境电商\n\n商务部部长王文涛在哈尔滨片区调研，了解企业需求。",
    "hlj_short.txt": "龙江观察\n\n黑龙江自贸区推进制度创新，形成一批改革经验。",
    "city.txt": "口岸动态\n\n绥芬河市口岸货运量增长，绥芬河作为三个片区之一的说法有误。",
    "generic.txt": "经验推广\n\n各自贸试验区复制推广改革经验。湖北省科技厅发布《湖北省科技创新券管理办法》。",
    "shanghai.txt": "临港新政\n\n上海自贸区临港新片区推出跨境金融新政，新片区企业受益。",
    "official.txt": "方案发布\n\n中国（黑龙江）自由贸易试验区总体方案正式发布。",
}


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FTZ_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    gazetteer.reload()
    yield
    monkeypatch.delenv("FTZ_DESKTOP_CONFIG_DIR")
    gazetteer.reload()


@pytest.fixture
def folder(write_folder) -> Path:
    return write_folder(DOCS)


@pytest.fixture
def lib(make_library, folder: Path):
    library = make_library()
    report = library.import_all([folder])
    assert report.added == len(DOCS) and not report.failed
    return library


def found(lib: Library, query: str) -> set[str]:
    return {Path(h.path).name for h in lib.search(query, limit=None).hits}


def test_a_fresh_library_is_up_to_date(lib: Library) -> None:
    assert not lib.entities_stale()


def test_zone_filter_matches_any_form_and_its_areas(lib: Library) -> None:
    expected = {"hlj.txt", "hlj_short.txt", "official.txt"}
    assert found(lib, "zone:黑龙江") == expected
    assert found(lib, "zone:黑龙江省") == expected
    assert found(lib, "zone:龙江自贸区") == expected
    assert found(lib, "zone:heilongjiang") == expected
    assert found(lib, "zone:上海") == {"shanghai.txt"}


def test_a_generic_mention_or_a_city_is_not_the_zone(lib: Library) -> None:
    assert "city.txt" not in found(lib, "zone:黑龙江")
    assert "generic.txt" not in found(lib, "zone:湖北")
    assert found(lib, "area:绥芬河") == {"hlj.txt"}


def test_area_filter(lib: Library) -> None:
    assert found(lib, "area:哈尔滨片区") == {"hlj.txt"}
    assert found(lib, "area:临港新片区") == {"shanghai.txt"}
    assert found(lib, "area:临港") == {"shanghai.txt"}


def test_filters_combine_with_terms_and_each_other(lib: Library) -> None:
    assert found(lib, "zone:黑龙江 制度创新") == {"hlj_short.txt"}
    assert found(lib, "zone:黑龙江 -area:绥芬河") == {"hlj_short.txt", "official.txt"}
    assert found(lib, "zone:上海 OR area:绥芬河") == {"shanghai.txt", "hlj.txt"}
    assert found(lib, "跨境 -zone:上海") == {"hlj.txt"}


def test_org_person_policy_filters(lib: Library) -> None:
    assert found(lib, "org:商务部") == {"hlj.txt"}
    assert found(lib, "person:王文涛") == {"hlj.txt"}
    assert found(lib, "org:湖北省科技厅") == {"generic.txt"}
    assert found(lib, "policy:科技创新券") == {"generic.txt"}
    assert found(lib, 'policy:"湖北省科技创新券管理办法"') == {"generic.txt"}
    assert found(lib, 'policy:"科技创新券"') == set()  # quoted: the whole name


def test_unknown_zone_is_a_query_error(lib: Library) -> None:
    with pytest.raises(QueryError, match="No free trade zone"):
        lib.search("zone:火星")
    with pytest.raises(QueryError):
        lib.search("area:不存在片区")


def test_unquoted_terms_expand_aliases(lib: Library) -> None:
    assert found(lib, "黑龙江自贸区") == {"hlj.txt", "hlj_short.txt", "official.txt"}
    assert found(lib, '"黑龙江自贸区"') == {"hlj_short.txt"}
    generic = {"hlj.txt", "hlj_short.txt", "generic.txt", "shanghai.txt", "official.txt"}
    assert found(lib, "自贸区") == generic
    assert found(lib, "自由贸易试验区") == generic
    assert found(lib, '"自贸区"') == {"hlj_short.txt", "shanghai.txt"}


def test_highlighting_includes_expansions_and_filter_forms(lib: Library) -> None:
    results = lib.search("黑龙江自贸区")
    assert fold("中国（黑龙江）自由贸易试验区") in results.terms
    hit = next(h for h in results.hits if h.path.endswith("hlj.txt"))
    doc = lib.document(hit.doc_id)
    assert any(doc.text[s:e] == "中国（黑龙江）自由贸易试验区" for s, e in hit.hits)
    spans = lib.find_hits("zone:黑龙江", doc.text)
    assert {doc.text[s:e] for s, e in spans} >= {"中国（黑龙江）自由贸易试验区绥芬河片区", "哈尔滨片区"}


def test_interpretation_shows_segmentation_and_expansions(lib: Library) -> None:
    line = lib.search("黑龙江自贸区").interpretation
    assert line.startswith("黑龙江自贸区 → 黑龙江 | 自贸区 ; also: 中国（黑龙江）自由贸易试验区")
    assert "\n" not in line
    assert "(exact)" in lib.search('"自贸区"').interpretation
    line = lib.search("zone:黑龙江 制度创新").interpretation
    assert "中国（黑龙江）自由贸易试验区 + 3 areas" in line and "制度 | 创新" in line


def test_reimport_replaces_a_documents_entities(lib: Library, folder: Path) -> None:
    (folder / "hlj_short.txt").write_text("龙江观察\n\n上海自贸试验区推进制度创新。", encoding="utf-8")
    lib.import_all([folder])
    assert "hlj_short.txt" not in found(lib, "zone:黑龙江")
    assert "hlj_short.txt" in found(lib, "zone:上海")


def test_document_entities_have_offsets_in_the_text(lib: Library) -> None:
    hit = lib.search("跨境电商").hits[0]
    doc = lib.document(hit.doc_id)
    mentions = lib.document_entities(hit.doc_id)
    assert {(m.kind, m.name) for m in mentions} >= {
        ("zone", "中国（黑龙江）自由贸易试验区"),
        ("area", "绥芬河片区"),
        ("area", "哈尔滨片区"),
        ("org", "商务部"),
        ("person", "王文涛"),
    }
    for m in mentions:
        assert doc.text[m.start : m.end] == m.surface
    person = next(m for m in mentions if m.kind == "person")
    assert person.detail == "商务部部长"


def test_entities_of_the_library_a_document_and_search_results(lib: Library) -> None:
    zones = lib.entities(kind="zone")
    assert zones[0].name == "中国（黑龙江）自由贸易试验区" and zones[0].label == "黑龙江"
    assert zones[0].count == 3 and len(zones[0].docs) == 3
    assert "黑龙江自贸区" in zones[0].aliases
    areas = {e.name: e for e in lib.entities(kind="area")}
    assert areas["绥芬河片区"].zone == "heilongjiang"
    hit = lib.search("商务部").hits[0]
    mine = lib.entities(doc_id=hit.doc_id)
    assert {e.kind for e in mine} >= {"zone", "area", "org", "person"}
    ids = [h.doc_id for h in lib.search("zone:上海").hits]
    assert {e.name for e in lib.entities(doc_ids=ids, kind="area")} == {"临港新片区"}
    counts = [e.count for e in lib.entities()]
    assert counts == sorted(counts, reverse=True)


def test_an_old_library_gets_its_entities_by_reextraction(tmp_path: Path, folder: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.import_all([folder])
    # make it look like a library imported before entity extraction existed
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE entities")
    conn.execute("DROP TABLE metrics")  # schema 2 had neither entities nor metrics
    conn.execute("DROP TABLE metric_exclusions")
    conn.execute("DELETE FROM settings WHERE key = 'entities_version'")
    take_schema_back_to_4(conn)  # and from before everything after schema 4
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert lib.entities_stale()  # not silently without entities
        assert lib.entities() == []
        progress = []
        gen = lib.reextract()
        while True:
            try:
                progress.append(next(gen))
            except StopIteration as stop:
                done = stop.value
                break
        assert done == len(DOCS) and progress[-1].done == len(DOCS)
        assert not lib.entities_stale()
        assert found(lib, "zone:黑龙江") == {"hlj.txt", "hlj_short.txt", "official.txt"}


def test_a_changed_user_gazetteer_makes_the_entities_stale(lib: Library, tmp_path: Path, folder: Path) -> None:
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "gazetteer.json").write_text(
        json.dumps({"zones": [{"id": "heilongjiang", "aliases": ["龙江观察"]}]}, ensure_ascii=False),
        encoding="utf-8",
    )
    gazetteer.reload()
    assert lib.entities_stale()
    lib.reextract_all()
    assert not lib.entities_stale()
    assert found(lib, "zone:黑龙江") == {"hlj.txt", "hlj_short.txt", "official.txt"}


def test_cli_entities_json(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--library", str(lib.path), "entities", "--kind", "area", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items[0].keys() >= {"kind", "name", "zone", "aliases", "count", "docs"}
    by_name = {i["name"]: i for i in items}
    assert by_name["绥芬河片区"]["zone"] == "heilongjiang"
    assert by_name["绥芬河片区"]["docs"][0].keys() == {"doc_id", "count"}
    assert [i["count"] for i in items] == sorted((i["count"] for i in items), reverse=True)
    hit = lib.search("王文涛").hits[0]
    assert cli.main(["--library", str(lib.path), "entities", "--doc", str(hit.doc_id)]) == 0
    out = capsys.readouterr().out
    assert "王文涛 (商务部部长)" in out and "entities" in out.splitlines()[-1]
    assert cli.main(["--library", str(lib.path), "entities", "--doc", "999"]) == 2
    assert cli.main(["--library", str(lib.path), "entities", "--kind", "zone", "--json"]) == 0
    zones = json.loads(capsys.readouterr().out)
    # a zone's id tells the pilot FTZ of Hainan from the port (and all_ftz from both); label is what lists show
    assert {(z["zone"], z["label"]) for z in zones} >= {("heilongjiang", "黑龙江")}
    assert all("listed" not in z for z in zones)  # listed is for areas


def test_cli_reextract(lib: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--library", str(lib.path), "reextract"]) == 0
    assert f"extracted the entities of {len(DOCS)} documents" in capsys.readouterr().out
