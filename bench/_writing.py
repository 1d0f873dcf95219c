"""Chinese prose for benchmarks, composed from fragments written for this project (every sentence
ours): reproducible from a seed, varied enough that no two generated articles are alike."""

from __future__ import annotations

import random

PLACES = (
    "临港新片区",
    "南沙片区",
    "前海蛇口片区",
    "横琴片区",
    "绥芬河片区",
    "哈尔滨片区",
    "钦州港片区",
    "洋浦经济开发区",
    "天津港片区",
    "厦门片区",
    "福州片区",
    "舟山片区",
    "郑州片区",
    "成都天府新区片区",
)
SUBJECTS = (
    "{p}管委会",
    "{p}",
    "区内海关",
    "{p}市场监管部门",
    "区商务局",
    "{p}综合服务中心",
    "片区税务部门",
    "片区金融工作局",
    "区发展改革部门",
    "{p}企业服务专班",
)
ACTIONS = (
    "推出{n}项便利企业的新举措",
    "优化跨境贸易通关流程",
    "试点数据跨境流动安全评估",
    "完善外商投资服务体系",
    "建成国际贸易单一窗口升级版",
    "开展知识产权质押融资业务",
    "推动保税维修业务扩围",
    "上线企业开办一网通办平台",
    "设立跨境人民币结算服务点",
    "探索离岸贸易新模式",
    "落实重点产业人才引进政策",
    "建立涉企合规指导机制",
    "推进船舶登记制度改革",
    "开展跨境电商零售进口试点",
    "扩大服务业对外开放领域",
)
RESULTS = (
    "新设企业{n}家，同比增长{k}%",
    "实际使用外资{n}亿元",
    "货物进出口总额达到{n}亿元",
    "通关时间压缩{k}%",
    "累计形成制度创新成果{n}项",
    "服务企业{n}余次",
    "为企业节约成本约{n}万元",
    "新增市场主体{n}户",
    "跨境结算量突破{n}亿元",
    "引进重点项目{n}个",
)
CONNECTIVES = ("今年以来，", "截至目前，", "据介绍，", "下一步，", "与此同时，", "记者了解到，", "在此基础上，", "")
CLOSERS = (
    "受到区内企业普遍欢迎。",
    "为全国提供了可复制推广的经验。",
    "有关负责人表示将持续跟踪评估。",
    "企业获得感明显增强。",
    "相关做法已在多个片区推广。",
    "进一步激发了市场活力。",
)
HEADINGS = (
    "一、总体情况",
    "二、主要做法",
    "三、取得成效",
    "四、存在问题",
    "五、下一步工作安排",
    "（一）聚焦制度创新",
    "（二）优化营商环境",
    "（三）加强风险防控",
)
TITLE_HEADS = ("关于", "", "", "")
TITLE_TAILS = (
    "工作情况的通报",
    "改革举措新闻发布会召开",
    "试点经验总结",
    "出台支持措施",
    "开放发展再上新台阶",
    "政策解读",
    "季度工作简报",
    "营商环境建设情况",
)


def sentence(rng: random.Random) -> str:
    p = rng.choice(PLACES)
    subject = rng.choice(SUBJECTS).format(p=p)
    action = rng.choice(ACTIONS).format(n=rng.randint(3, 40))
    result = rng.choice(RESULTS).format(n=rng.randint(12, 9800), k=rng.randint(5, 60))
    tail = rng.choice(CLOSERS) if rng.random() < 0.4 else "。"
    text = f"{rng.choice(CONNECTIVES)}{subject}{action}，{result}"
    return text + ("，" + tail if tail != "。" else tail)


def paragraph(rng: random.Random, sentences: tuple[int, int] = (2, 5)) -> str:
    return "".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def title(rng: random.Random) -> str:
    return f"{rng.choice(TITLE_HEADS)}{rng.choice(PLACES)}{rng.choice(TITLE_TAILS)}"


def article(rng: random.Random, paragraphs: tuple[int, int] = (3, 8)) -> list[str]:
    """Paragraphs of one article; some are headings."""
    out: list[str] = []
    headings = iter(rng.sample(HEADINGS, len(HEADINGS)))
    for i in range(rng.randint(*paragraphs)):
        if i and rng.random() < 0.25:
            out.append(next(headings, "六、其他事项"))
        out.append(paragraph(rng))
    return out
