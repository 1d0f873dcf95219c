"""Zone metrics through the library and the command line: import hook, re-extraction of an old
library, filters, exclusions, series, and the CLI's JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from ftz_desktop.cli import main
from ftz_desktop.services.library import Library
from tests.conftest import take_schema_back_to_4

DOCS = {
    "sfh.txt": "---\ndate: 2024-05-01\n---\n2023年，绥芬河片区全年新设企业900户，形成制度创新成果80项，外贸进出口总额实现120.5亿元，同比增长12.5%。\n",
    "cq.txt": "---\ndate: 2024-06-01\n---\n2023年，重庆自贸试验区新增注册企业15000户，新形成30项制度创新成果。\n",
    "none.txt": "某市今年新设企业800户。\n",
}
FIELDS = [
    "zone",
    "zone_id",
    "area",
    "metric",
    "category",
    "value_text",
    "value",
    "unit",
    "normalized_value",
    "normalized_unit",
    "period",
    "period_kind",
    "qualifier",
    "doc_id",
    "start",
    "end",
    "quote",
]


@pytest.fixture
def folder(write_folder) -> Path:
    return write_folder(DOCS)


def test_import_stores_figures_and_filters_work(tmp_path: Path, folder: Path) -> None:
    with Library(tmp_path / "l.sqlite") as lib:
        lib.import_all([folder])
        all_ = lib.metrics()
        assert {m.value_text for m in all_} == {"900户", "80项", "120.5亿元", "12.5%", "15000户", "30项"}
        assert [m.value for m in lib.metrics(zone="重庆", category="enterprises")] == [15000]
        assert [m.value for m in lib.metrics(area="绥芬河", category="institutional innovation")] == [80]
        assert lib.metrics(zone="没有这个区") == []
        trade = [m for m in lib.metrics(category="trade") if m.kind == "level"]
        assert [(m.kind, m.normalized_value) for m in trade] == [("level", 12_050_000_000)]
        rate = [m for m in all_ if m.kind == "rate"]
        assert [m.value_text for m in rate] == ["12.5%"]
        doc = lib.document(trade[0].doc_id)
        assert "120.5亿元" in doc.text[trade[0].start : trade[0].end]
        innovation = lib.metrics(category="institutional innovation")
        assert sorted(m.value for m in innovation) == [30, 80]
        lib.exclude_metric(innovation[0].id)
        assert len(lib.metrics(category="institutional innovation")) == 1
        assert len(lib.metrics(category="institutional innovation", include_excluded=True)) == 2
        lib.exclude_metric(innovation[0].id, excluded=False)
        assert len(lib.metrics(category="institutional innovation")) == 2


def test_an_old_library_gets_its_figures_by_reextraction(tmp_path: Path, folder: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.import_all([folder])
    conn = sqlite3.connect(path)  # as a library from before metrics: schema 3, no tables
    conn.execute("DROP TABLE metrics")
    conn.execute("DROP TABLE metric_exclusions")
    conn.execute("UPDATE settings SET value = '1:old' WHERE key = 'entities_version'")
    take_schema_back_to_4(conn)  # and from before everything after schema 4
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert lib.metrics() == []
        assert lib.entities_stale()
        lib.reextract_all()
        assert not lib.entities_stale()
        assert len(lib.metrics()) == 6


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_cli_metrics_json_csv_and_text(capsys, tmp_path: Path, folder: Path) -> None:
    lib = str(tmp_path / "c.sqlite")
    assert run(capsys, "--library", lib, "import", str(folder))[0] == 0
    code, out = run(capsys, "--library", lib, "metrics", "--zone", "黑龙江", "--json")
    assert code == 0
    items = json.loads(out)
    assert [list(i) for i in items] == [FIELDS] * len(items)
    assert {i["value_text"] for i in items} == {"900户", "80项", "120.5亿元", "12.5%"}
    first = items[0]
    assert first["zone"] == "黑龙江" and first["area"] == "绥芬河片区" and first["period"] == "2023"
    assert first["zone_id"] == "heilongjiang" and first["period_kind"] == "year"
    code, out = run(capsys, "--library", lib, "metrics", "--category", "institutional innovation", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == FIELDS and {r["value_text"] for r in rows} == {"80项", "30项"}
    code, out = run(capsys, "--library", lib, "metrics", "--area", "绥芬河片区")
    assert code == 0 and "4 figures" in out


def test_cli_metrics_unknown_category(capsys, tmp_path: Path) -> None:
    code = main(["--library", str(tmp_path / "x.sqlite"), "metrics", "--category", "nonsense"])
    assert code != 0


def test_the_main_window_does_not_load_pyqtgraph_at_startup() -> None:
    code = "import sys, ftz_desktop.ui.mainwindow; print('pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


ZONE_DOCS = {
    "port.txt": "---\ndate: 2024-03-01\n---\n2023年，海南自由贸易港新设外资企业2000户，货物贸易进出口总额2776亿元。\n",
    "pilot.txt": "---\ndate: 2019-03-01\n---\n2018年，中国（海南）自由贸易试验区新设企业3000户。\n",
    "all.txt": "---\ndate: 2024-02-01\n---\n2023年，全国22个自贸试验区实际使用外资2000亿元。\n",
}


def test_the_port_the_pilot_ftz_and_all_pilot_ftzs_are_told_apart(capsys, tmp_path: Path, write_folder) -> None:
    folder = write_folder(ZONE_DOCS, "zones")
    path = tmp_path / "z.sqlite"
    with Library(path) as lib:
        lib.import_all([folder])
        port = lib.metrics(zone="海南自贸港")
        assert {(m.zone, m.zone_id, m.value_text) for m in port} == {
            ("海南自贸港", "hainan_port", "2000户"),
            ("海南自贸港", "hainan_port", "2776亿元"),
        }
        assert lib.metrics(zone="海南自由贸易港") == port
        assert {(m.zone, m.value_text) for m in lib.metrics(zone="海南")} == {("海南", "3000户")}
        everywhere = [m for m in lib.metrics(zone="全国自贸试验区") if m.category == "investment"]
        assert [(m.zone, m.zone_id, m.value_text) for m in everywhere] == [("全国自贸试验区", "all_ftz", "2000亿元")]
        assert [m.id for m in lib.metrics(zone="all_ftz")] == [m.id for m in lib.metrics(zone="全国自贸试验区")]
        assert {m.period_kind for m in port} == {"year"}
        # the search's zone: filter knows them too
        assert [Path(h.path).name for h in lib.search("zone:全国自贸试验区").hits] == ["all.txt"]
        assert [Path(h.path).name for h in lib.search("zone:海南自贸港").hits] == ["port.txt"]
        assert {Path(h.path).name for h in lib.search("zone:海南").hits} == {"port.txt", "pilot.txt"}
        labels = {e.zone: e.label for e in lib.entities(kind="zone")}
        assert labels["hainan_port"] == "海南自贸港" and labels["hainan"] == "海南"
        assert labels["all_ftz"] == "全国自贸试验区"
    code, out = run(capsys, "--library", str(path), "metrics", "--zone", "全国自贸试验区", "--json")
    assert code == 0 and {i["zone_id"] for i in json.loads(out)} == {"all_ftz"}
    code, out = run(capsys, "--library", str(path), "metrics", "--zone", "海南自贸港", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["zone"], r["period"], r["period_kind"]) for r in rows} == {("海南自贸港", "2023", "year")}
    code, out = run(capsys, "--library", str(path), "entities", "--kind", "zone")
    assert code == 0
    assert "海南自贸港 (海南自由贸易港)" in out and "海南 (中国（海南）自由贸易试验区)" in out
    code, out = run(capsys, "--library", str(path), "entities", "--kind", "zone", "--json")
    by_zone = {e["zone"]: e for e in json.loads(out)}
    assert by_zone["hainan_port"]["label"] == "海南自贸港" and by_zone["all_ftz"]["label"] == "全国自贸试验区"


def _as_previous_schema(path: Path) -> None:
    """Turn a library into one written by the previous version (schema 4: no period_kind, figures
    extracted by the previous rules: the port's figures under the short name 海南, no kinds)."""
    conn = sqlite3.connect(path)
    take_schema_back_to_4(conn)
    conn.execute("UPDATE metrics SET zone = '海南' WHERE zone_id = 'hainan_port'")
    conn.execute("UPDATE settings SET value = '1:old:old:old+m1' WHERE key = 'entities_version'")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_a_library_of_the_previous_schema_is_brought_up_to_date(capsys, tmp_path: Path, write_folder) -> None:
    from ftz_desktop.store import db as store_db

    path = tmp_path / "v4.sqlite"
    with Library(path) as lib:
        lib.import_all([write_folder(ZONE_DOCS, "zones")])
        lib.annotations.create_from_quote(lib.documents()[0].doc_id, "2023年", note="kept")
    _as_previous_schema(path)
    fresh = sqlite3.connect(":memory:")  # the downgraded table is what schema 4 created
    db4 = sqlite_utils.Database(fresh)
    for migration in store_db.MIGRATIONS[:4]:
        migration(db4)
    old = sqlite3.connect(path)
    assert [r[1] for r in old.execute("PRAGMA table_info(metrics)")] == [
        r[1] for r in fresh.execute("PRAGMA table_info(metrics)")
    ]
    old.close()
    with Library(path) as lib:  # migrates forward: the column exists, the figures are stale
        assert store_db.schema_version(lib._db()) == store_db.SCHEMA_VERSION
        assert lib.entities_stale()
        assert {m.period_kind for m in lib.metrics()} == {""}
        assert {m.zone for m in lib.metrics() if m.zone_id == "hainan_port"} == {"海南"}
    code, out = run(capsys, "--library", str(path), "reextract")
    assert code == 0 and "3 documents" in out
    with Library(path) as lib:
        assert not lib.entities_stale()
        assert {m.zone for m in lib.metrics() if m.zone_id == "hainan_port"} == {"海南自贸港"}
        assert {m.period_kind for m in lib.metrics(zone="海南自贸港")} == {"year"}
        assert [a.note for a in lib.annotations.select()] == ["kept"]
