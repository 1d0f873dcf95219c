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

from ftz_desktop.cli import main
from ftz_desktop.services.library import Library
from tests.conftest import undo_schemas_5_and_6

DOCS = {
    "sfh.txt": "---\ndate: 2024-05-01\n---\n2023年，绥芬河片区全年新设企业900户，形成制度创新成果80项，外贸进出口总额实现120.5亿元，同比增长12.5%。\n",
    "cq.txt": "---\ndate: 2024-06-01\n---\n2023年，重庆自贸试验区新增注册企业15000户，新形成30项制度创新成果。\n",
    "none.txt": "某市今年新设企业800户。\n",
}
FIELDS = [
    "zone",
    "area",
    "metric",
    "category",
    "value_text",
    "value",
    "unit",
    "normalized_value",
    "normalized_unit",
    "period",
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
        trade = lib.metrics(category="trade")
        assert [(m.kind, m.normalized_value) for m in trade] == [("level", 12_050_000_000)]
        rate = [m for m in all_ if m.kind == "rate"]
        assert [m.value_text for m in rate] == ["12.5%"]
        doc = lib.document(trade[0].doc_id)
        assert "120.5亿元" in doc.text[trade[0].start : trade[0].end]
        series = lib.metric_series(category="institutional innovation")
        assert [(n, m.value) for n, m in series] == [("绥芬河片区", 80), ("重庆", 30)]
        lib.exclude_metric(series[0][1].id)
        assert [n for n, _ in lib.metric_series(category="institutional innovation")] == ["重庆"]
        lib.exclude_metric(series[0][1].id, excluded=False)
        assert len(lib.metric_series(category="institutional innovation")) == 2


def test_an_old_library_gets_its_figures_by_reextraction(tmp_path: Path, folder: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.import_all([folder])
    conn = sqlite3.connect(path)  # as a library from before metrics: schema 3, no tables
    conn.execute("DROP TABLE metrics")
    conn.execute("DROP TABLE metric_exclusions")
    conn.execute("UPDATE settings SET value = '1:old' WHERE key = 'entities_version'")
    undo_schemas_5_and_6(conn)  # and from before near-duplicates and raw paths
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
