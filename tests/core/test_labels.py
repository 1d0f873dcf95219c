"""The noun phrases that name figures, built from whole words of sentences the tests write."""

from __future__ import annotations

import pytest

from ftz_desktop.core import labels


def before(text: str) -> str:
    return labels.np_before(labels.segment(text, 0, len(text)))


def after(text: str) -> str:
    return labels.np_after(labels.segment(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the subject before the verb that introduces the number
        ("跨境电商交易额达到", "跨境电商交易额"),
        ("今年前两个月，离岛免税购物金额超过", "离岛免税购物金额"),
        # the object of a predicate whose subject is something else
        ("这种做法去年已累计使用周转箱超", "周转箱"),
        # a generic head takes the words before 的
        ("片区累计落地基金的资金规模已超过", "落地基金资金规模"),
        # a verb of something new after its subject goes before it
        ("外贸经营主体新增", "新增外贸经营主体"),
        # ... but not when the subject is no thing counted
        ("鼓励类产业目录新增", "鼓励类产业目录新增"),
        # a light verb: its subject owns the measure
        ("8个重点园区实现营业收入超过", "重点园区营业收入"),
        # what was done to the things is part of the measure
        ("五年来累计向全国复制推广改革经验", "复制推广改革经验"),
        # a short object keeps its verb
        ("这套流程帮助企业节省成本", "企业节省成本"),
        # quoted words and brackets belong to the noun
        ("“一站式”审批事项从", "一站式审批事项"),
        ("中亚（西安）班列今年前五个月已发运", "中亚（西安）班列发运"),
        # an enumeration's conjunction inside a short noun
        ("原材料及零部件“零关税”清单已有", "原材料及零部件零关税清单"),
        # a relative clause opened by 在 stays with its noun
        ("在园区设厂的国家和地区累计达", "在园区设厂的国家和地区"),
        # time words and adverbs are no part of it
        ("近8年时间累计进出口货值", "进出口货值"),
    ],
)
def test_the_noun_before_a_number(text: str, label: str) -> None:
    assert before(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("人工智能产业重点项目签约入驻园区", "人工智能产业重点项目"),
        ("产业引导基金签约落地", "产业引导基金"),
        ("国家和地区在园区设立企业", "国家和地区"),
        ("制度集成创新案例，涵盖贸易投资", "制度集成创新案例"),
        ("开放新举措让园区再迎挑战", "开放新举措"),
        ("“三线”口岸，基础设施完备", "三线口岸"),
        ("百亿级新材料产业集群", "百亿级新材料产业集群"),
        ("企业参加压力测试", "企业"),
        ("港口采取“集中申报”模式", "港口"),
    ],
)
def test_the_noun_counted_after_a_counter(text: str, label: str) -> None:
    assert after(text) == label


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("落地见效，", "落地见效"),
        ("已经全部参加压力测试", "参加压力测试"),
        ("在园区设厂", "在园区设厂的"),
        ("在2023年完成", ""),
        ("被商务部向全国推广", ""),
    ],
)
def test_what_a_counted_noun_does(text: str, phrase: str) -> None:
    assert labels.vp_after(labels.segment(text, 0, len(text))) == phrase


def test_an_enumeration_before_a_rate_gives_each_thing() -> None:
    text = "货物贸易、服务贸易和数字贸易分别"
    assert labels.enumeration_before(labels.segment(text, 0, len(text))) == ["货物贸易", "服务贸易", "数字贸易"]


def test_a_relative_clause_has_no_subject_and_verb_of_its_own() -> None:
    def rel(text: str) -> bool:
        return labels.relative_clause(labels.segment(text, 0, len(text)))

    assert rel("全面对接国际高标准经贸规则")
    assert not rel("开放新举措让这个园区开放")


@pytest.mark.parametrize(
    "text",
    [
        "今年以来，海关会同有关部门累计组织参加测试演练的企业超过",
        "该片区围绕人工智能、音视频制作与传播等领域的项目投资额达到",
        "这里的物流企业通过循环包装模式已累计使用包装箱超",
    ],
)
def test_a_label_is_made_of_whole_words(text: str) -> None:
    words = labels.segment(text, 0, len(text))
    label = labels.np_before(words)
    assert label
    cuts = {w.start for w in words} | {len(text)}
    start = text.rfind(label)
    if start != -1:  # the label as written: it starts and ends at word boundaries
        assert start in cuts and start + len(label) in cuts


def test_shu_after_a_noun_is_no_number() -> None:
    ws = labels.segment("新增企业数", 0, 5)
    assert labels.np_before(ws) == "新增企业数"
