"""Zones and areas that are not there: free trade agreements, other parks of an area's city,
bodies named after Hainan, national texts, a few zones counted (texts written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftz_desktop.core import entities, gazetteer


@pytest.fixture(autouse=True)
def builtin_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("FTZ_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    gazetteer.reload()
    yield
    monkeypatch.delenv("FTZ_DESKTOP_CONFIG_DIR")
    gazetteer.reload()


def zones(text: str, kind: str = "zone") -> list[tuple[str | None, str]]:
    """(zone id, surface) of the zone or area mentions of ``text``."""
    return [(e.zone, e.surface) for e in entities.extract(text) if e.kind == kind]


# --- free trade agreements are no pilot zone ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "浙江将积极参与构建面向全球的高标准自贸区网络。",
        "福建要扩大高水平对外开放，推动签署更多高标准自贸区协定。",
        "广西要用好中国—东盟自贸区3.0版，在自贸区升级中发挥作用。",
        "云南与周边国家的自贸区谈判取得进展。",
        "中国—东盟自由贸易区建成十五年，广西在自贸区建设中发挥了桥头堡作用。",
    ],
)
def test_an_agreement_s_free_trade_area_is_no_province_s_zone(text: str) -> None:
    assert zones(text) == []


def test_the_province_s_own_zone_word_still_is_its_zone() -> None:
    assert zones("辽宁在自贸区建设上取得新进展，企业数量持续增长。") == [("liaoning", "自贸区")]
    # beside an agreement, where the text also speaks of the pilot zone
    text = "中国—东盟自由贸易区建成十五年。广西自贸试验区挂牌以来，广西在自贸区建设中不断探索。"
    assert [s for _z, s in zones(text)] == ["广西自贸试验区", "自贸区"]


def test_a_city_in_a_paragraph_about_an_agreement_is_no_area() -> None:
    text = "第三届中非合作论坛在湖南长沙开幕。与会代表表示，非洲大陆自贸区为双方合作带来新机遇。"
    assert zones(text, "area") == []
    # the same city in a paragraph about the pilot zones is the area
    text = "我国已设立自贸试验区22个。在湖南长沙，一批新项目签约落地。"
    assert zones(text, "area") == [("hunan", "长沙")]


# --- another park that bears the area's name ------------------------------------------------------


def test_a_national_innovation_zone_named_like_an_area_is_no_area() -> None:
    text = "上海自贸试验区和临港新片区、张江国家自主创新示范区联动发展，张江片区企业受益。"
    assert zones(text, "area") == [("shanghai", "临港新片区"), ("shanghai", "张江片区")]


def test_a_generic_zone_word_after_a_park_is_not_the_park_s_area() -> None:
    text = "上海支持张江国家自主创新示范区与自贸试验区联动发展。"
    assert zones(text, "area") == []


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("湖北自贸试验区襄阳片区与武汉东湖新技术开发区融合发展。", [("hubei", "襄阳片区")]),
        ("河南自贸试验区开封片区与郑州航空港经济综合实验区联动，郑州经开区同步推进。", [("henan", "开封片区")]),
        ("陕西自贸试验区西安片区建设提速，杨凌示范区也积极参与。", [("shaanxi", "西安片区"), ("shaanxi", "杨凌")]),
    ],
)
def test_a_city_s_other_park_is_no_area(text: str, areas: list[tuple[str, str]]) -> None:
    assert zones(text, "area") == areas


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("广东自贸试验区前海蛇口片区与南沙港开通新航线。", [("guangdong", "前海蛇口片区")]),
        ("福建自贸试验区福州片区与厦门港、厦门湾联动发展。", [("fujian", "福州片区")]),
        ("浙江自贸试验区舟山片区与宁波舟山港深化合作。", [("zhejiang", "舟山片区")]),
        ("广东自贸试验区前海蛇口片区与南沙、香港深化合作。", [("guangdong", "前海蛇口片区"), ("guangdong", "南沙")]),
    ],
)
def test_a_city_s_port_or_bay_is_no_area(text: str, areas: list[tuple[str, str]]) -> None:
    assert zones(text, "area") == areas


# --- Hainan ---------------------------------------------------------------------------------------


def test_bodies_named_after_hainan_are_not_the_port() -> None:
    text = "海南省人民代表大会常务委员会审议海南自由贸易港法规草案，海南代表团代表踊跃发言。"
    assert zones(text) == [("hainan_port", "海南自由贸易港")]


def test_a_national_text_with_a_bare_free_port_is_not_about_hainan() -> None:
    text = "会议提出，赋予自由贸易试验区更大改革自主权，探索建设自由贸易港。\n推动海南旅游业加快发展，办好国际旅游岛。"
    assert zones(text) == []
    # 海南 in the paragraph that speaks of the port: the story is about the port
    text = "海南推进自由贸易港建设，政策红利持续释放。\n海南外贸进出口增长两成。"
    assert [s for _z, s in zones(text)] == ["海南", "自由贸易港", "海南"]
    # the port named anywhere in the story: its Hainan words are the port
    text = "海南自由贸易港建设扎实推进。\n今年海南接待游客增长一成。"
    assert [s for _z, s in zones(text)] == ["海南自由贸易港", "海南"]


# --- all pilot zones together -----------------------------------------------------------------------


def test_a_few_zones_counted_are_not_all_of_them() -> None:
    text = "支持上海、广东等5个自贸试验区和海南自由贸易港率先试点，在5个自贸试验区先行先试。"
    assert "all_ftz" not in {z for z, _s in zones(text)}


@pytest.mark.parametrize(
    "text",
    [
        "在11个自贸试验区复制推广改革经验。",
        "上海、广东等21个自贸试验区外贸增长。",
        "30条制度创新成果分别在自贸试验区和全国进行复制推广。",
        "今年实施的全国和自贸试验区外资准入负面清单分别缩减至31条和27条。",
    ],
)
def test_all_zones_together(text: str) -> None:
    assert "all_ftz" in {z for z, _s in zones(text)}


# --- a city among the items of an enumeration -------------------------------------------------------


def test_a_city_beside_another_zone_s_item_is_no_area() -> None:
    text = (
        "在广东深圳，跨境电商进出口增长；在河南开封，民营企业进出口85亿元；在黑龙江自贸试验区黑河片区，海外仓实现联动。"
    )
    assert zones(text, "area") == [("heilongjiang", "黑河片区")]
    text = "眼下，上海自贸区正在开展压力测试，广州南沙正打造面向世界的重大平台。"
    assert zones(text, "area") == []
    # a paragraph about the zones in general still makes the city the area
    text = "在山东青岛，大宗商品交易增长；在黑龙江自贸试验区黑河片区，海外仓联动；各自贸试验区积极探索。"
    assert ("shandong", "青岛") in zones(text, "area")


# --- a generic zone word in a city's story (recall) ---------------------------------------------------


def test_a_generic_zone_word_before_the_city_as_subject_is_its_area() -> None:
    (area,) = entities_of("依托福州新区、自贸试验区等优势，福州发展新型材料产业。", "area")
    assert (area.name, area.surface) == ("福州片区", "自贸试验区")
    assert zones("依托自贸试验区等优势，福州市发展新型材料产业。", "area") == []  # the city, not a word of its own


def test_a_generic_zone_word_in_a_story_headed_by_the_city_is_its_area() -> None:
    text = "“鹭岛之路”启示：厦门坚持改革开放\n多年来，这里逐步形成了涵盖经济特区、保税港区、自由贸易试验区等载体的开放格局。"
    (area,) = entities_of(text, "area")
    assert (area.name, area.surface) == ("厦门片区", "自由贸易试验区")
    # a national sentence keeps its zone word general
    text = "“鹭岛之路”启示：厦门坚持改革开放\n我国逐步形成了涵盖经济特区、自由贸易试验区等载体的开放格局。"
    assert zones(text, "area") == []


def entities_of(text: str, kind: str):
    return [e for e in entities.extract(text) if e.kind == kind]
