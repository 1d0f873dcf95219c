"""The gazetteer: integrity of the data file, the user override file, lookups and expansions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftz_desktop.core import gazetteer as gz
from ftz_desktop.core.fold import fold


@pytest.fixture(scope="module")
def g() -> gz.Gazetteer:
    return gz.load()


@pytest.fixture(autouse=True)
def private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    config = tmp_path / "config"
    monkeypatch.setenv("FTZ_DESKTOP_CONFIG_DIR", str(config))
    gz.reload()
    yield config
    monkeypatch.delenv("FTZ_DESKTOP_CONFIG_DIR")
    gz.reload()


def test_the_data_file_passes_every_check(g: gz.Gazetteer) -> None:
    raw = json.loads(gz.builtin_path().read_text(encoding="utf-8"))
    zones = list(raw["zones"])
    assert gz.check(list(g.zones)) == []
    # 23 pilot free trade zones (22 by 2023, Inner Mongolia in 2026) and the Hainan free trade port
    assert sum(1 for z in zones if z["kind"] == "ftz") == 23
    assert [z["id"] for z in zones if z["kind"] == "ftp"] == ["hainan_port"]
    assert len({z["id"] for z in zones}) == len(zones)


def test_every_area_belongs_to_exactly_one_zone(g: gz.Gazetteer) -> None:
    owners: dict[str, list[str]] = {}
    for z in g.zones:
        for a in z.areas:
            owners.setdefault(a.id, []).append(z.id)
            assert a.zone == z.id
            assert a.id.startswith(z.id + ".")
    assert all(len(v) == 1 for v in owners.values())
    assert len(owners) >= 60


def test_every_form_names_one_thing(g: gz.Gazetteer) -> None:
    owner: dict[str, tuple[str, str]] = {}
    for z in g.zones:
        for form in z.aliases:
            assert owner.setdefault(fold(form), ("zone", z.id)) == ("zone", z.id), form
    for a in g.areas():
        for form in (*a.aliases, *a.short, *a.context_aliases):
            assert owner.setdefault(fold(form), ("area", a.id)) == ("area", a.id), form


def test_dates_are_valid_and_in_order(g: gz.Gazetteer) -> None:
    for z in g.zones:
        assert z.plan_published is not None, z.id
        published = gz._date_range(z.plan_published)
        assert published is not None, (z.id, z.plan_published)
        if z.opened:
            opened = gz._date_range(z.opened)
            assert opened is not None and opened[1] >= published[0], z.id
        for a in z.areas:
            assert a.opened is None or gz._date_range(a.opened) is not None, a.id


def test_known_facts(g: gz.Gazetteer) -> None:
    assert g.zone("shanghai").plan_published.startswith("2013-09")
    assert g.zone("xinjiang").opened == "2023-11-01"
    assert g.zone("neimenggu").plan_published == "2026-04"
    # named as news reports name it, with a note that it is not verified
    (area,) = g.zone("neimenggu").areas
    assert area.name == "满洲里片区" and area.note and "unverified" in area.note
    hlj = g.zone("heilongjiang")
    assert hlj.name == "中国（黑龙江）自由贸易试验区"
    assert {a.name for a in hlj.areas} == {"哈尔滨片区", "黑河片区", "绥芬河片区"}
    assert g.area("heilongjiang.suifenhe").km2 == 19.99
    assert round(sum(a.km2 for a in g.zone("xinjiang").areas), 2) == g.zone("xinjiang").km2  # type: ignore[misc]
    for form in (
        "黑龙江自贸试验区",
        "黑龙江自贸区",
        "龙江自贸区",
        "中国（黑龙江）自由贸易试验区",
    ):
        assert form in hlj.aliases
    assert "南沙片区" in g.area("guangdong.nansha").aliases
    assert g.area("guangdong.nansha").name == "广州南沙新区片区"
    assert "黑河自贸片区" in g.area("heilongjiang.heihe").aliases
    assert g.area("shanghai.lingang").name == "临港新片区"


def test_sizes_add_up(g: gz.Gazetteer) -> None:
    for z in g.zones:
        sizes = [a.km2 for a in z.areas if a.km2 is not None]
        if z.km2 is not None and sizes and len(sizes) == len(z.areas):
            assert abs(sum(sizes) - z.km2) <= 0.05, z.id


def test_lookup_and_resolution(g: gz.Gazetteer) -> None:
    assert g.lookup("黑龙江自贸区").id == "heilongjiang"
    assert g.lookup("中国(黑龙江)自由贸易试验区").id == "heilongjiang"  # ASCII brackets fold the same
    assert g.lookup("绥芬河片区").kind == "area"
    assert g.lookup("绥芬河").mode == "short"
    assert g.lookup("自贸试验区") is None
    assert [z.id for z in g.resolve_zone("黑龙江")] == ["heilongjiang"]
    assert [z.id for z in g.resolve_zone("黑龙江省")] == ["heilongjiang"]
    assert [z.id for z in g.resolve_zone("heilongjiang")] == ["heilongjiang"]
    assert [z.id for z in g.resolve_zone("哈尔滨片区")] == ["heilongjiang"]
    assert {z.id for z in g.resolve_zone("海南")} == {"hainan", "hainan_port"}
    assert [z.id for z in g.resolve_zone("广西壮族自治区")] == ["guangxi"]
    assert g.resolve_zone("火星") == []
    assert [a.id for a in g.resolve_area("绥芬河")] == ["heilongjiang.suifenhe"]
    assert [a.id for a in g.resolve_area("南沙")] == ["guangdong.nansha"]
    assert [a.id for a in g.resolve_area("临港新片区")] == ["shanghai.lingang"]


def test_expansions(g: gz.Gazetteer) -> None:
    more = g.expansions("黑龙江自贸区")
    assert "中国（黑龙江）自由贸易试验区" in more and "黑龙江自由贸易试验区" in more
    assert "黑龙江自贸区" not in more
    assert set(g.expansions("自贸区")) == {"自贸试验区", "自由贸易试验区"}
    assert set(g.expansions("自由贸易试验区")) == {"自贸试验区", "自贸区"}
    assert set(g.expansions("自贸区建设")) == {"自贸试验区建设", "自由贸易试验区建设"}
    assert "自由贸易港" in g.expansions("自贸港")
    assert "广州南沙新区片区" in g.expansions("南沙片区")
    assert g.expansions("制度创新") == ()
    assert g.expansions("绥芬河") == ()  # a bare area name is not a sure alias


def test_segmenter_knows_the_gazetteer(g: gz.Gazetteer) -> None:
    seg = g.segmenter()
    assert seg.cut("黑龙江自贸区") == ["黑龙江", "自贸区"]
    assert "绥芬河片区" in seg.cut("中国（黑龙江）自由贸易试验区绥芬河片区")
    assert "自由贸易试验区" in seg.cut("中国（黑龙江）自由贸易试验区绥芬河片区")
    words = dict(g.user_words())
    assert words["临港新片区"] == "nsa" and words["黑龙江"] == "ns"


def test_check_reports_problems() -> None:
    base = json.loads(gz.builtin_path().read_text(encoding="utf-8"))
    bad = json.loads(json.dumps(base))
    z = bad["zones"][0]
    z["plan_published"] = "2013-13-01"
    z["areas"][0]["id"] = "guangdong.x"  # not under its own zone
    bad["zones"][1]["areas"][0]["aliases"] = ["陆家嘴片区"]  # a Shanghai form given to Guangdong
    with pytest.raises(gz.GazetteerError) as info:
        gz.build(bad)
    text = " ".join(info.value.problems)
    assert "not a date" in text
    assert "guangdong.x" in text
    assert "陆家嘴片区" in text


def test_user_file_adds_and_overrides_entries(private_config: Path) -> None:
    private_config.mkdir(parents=True)
    (private_config / "gazetteer.json").write_text(
        json.dumps(
            {
                "zones": [
                    {
                        "id": "heilongjiang",
                        "aliases": ["龙江自贸试验区哈尔滨新区"],
                        "areas": [{"id": "heilongjiang.suifenhe", "km2": 20.0}],
                    },
                    {
                        "id": "neimenggu",
                        "areas": [
                            {
                                "id": "neimenggu.test",
                                "name": "测试片区",
                                "short": ["测试"],
                            }
                        ],
                    },
                    {
                        "id": "moon",
                        "kind": "ftz",
                        "names": ["月球"],
                        "province": "月球",
                        "plan_published": "2030-01-01",
                        "areas": [],
                    },
                ],
                "synonyms": [["片区", "板块"]],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    g = gz.reload()
    assert g.warnings == ()
    assert g.zone("moon").name == "中国（月球）自由贸易试验区"
    assert g.lookup("月球自贸区").id == "moon"
    assert g.area("heilongjiang.suifenhe").km2 == 20.0
    assert g.area("heilongjiang.suifenhe").name == "绥芬河片区"  # untouched fields stay
    assert g.lookup("测试片区").id == "neimenggu.test"
    assert "龙江自贸试验区哈尔滨新区" in g.zone("heilongjiang").aliases
    assert g.fingerprint != gz.load().fingerprint


def test_a_broken_user_file_is_ignored_with_a_warning(private_config: Path) -> None:
    private_config.mkdir(parents=True)
    (private_config / "gazetteer.json").write_text(
        json.dumps({"zones": [{"id": "x", "kind": "ftz", "names": ["上海"], "province": "上海"}]}),
        encoding="utf-8",
    )
    g = gz.reload()
    assert g.warnings and "上海" in " ".join(g.warnings)  # its forms clash with Shanghai's
    assert g.fingerprint == gz.load().fingerprint
    (private_config / "gazetteer.json").write_text("{not json", encoding="utf-8")
    g = gz.reload()
    assert g.warnings and "cannot be read" in g.warnings[0]


def test_default_notices_a_changed_user_file(private_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gz, "CHECK_INTERVAL", 0.0)
    before = gz.default()
    private_config.mkdir(parents=True)
    (private_config / "gazetteer.json").write_text(
        json.dumps({"synonyms": [["自贸片区", "自贸板块"]]}, ensure_ascii=False),
        encoding="utf-8",
    )
    after = gz.default()
    assert after is not before
    assert after.fingerprint != before.fingerprint
    assert gz.default() is after  # unchanged file: the same object


def test_the_port_and_the_pilot_ftz_of_hainan_read_apart() -> None:
    g = gz.load()
    assert g.display_name("hainan_port") == "海南自贸港"
    assert g.display_name("hainan") == "海南"
    assert g.display_name("all_ftz") == "全国自贸试验区"
    labels = [z.label for z in g.zones]
    assert len(labels) == len(set(labels))


def test_two_zones_that_would_read_alike_are_a_problem() -> None:
    data = json.loads(gz.builtin_path().read_text(encoding="utf-8"))
    for z in data["zones"]:
        if z["id"] == "hainan_port":
            z.pop("display")
    with pytest.raises(gz.GazetteerError, match="would both read '海南'"):
        gz.build(data)


def test_an_area_s_city() -> None:
    g = gz.load()
    assert g.area("guangdong.qianhai").city == "深圳"
