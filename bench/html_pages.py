"""Web pages that imitate Chinese government sites, written for the boilerplate benchmark (every
sentence ours, see ``_writing``): navigation bars, breadcrumbs (您现在的位置), 繁体版/无障碍
links, share and print buttons, sidebars, related-article lists and footers with 主办/承办/ICP
备案, in six page layouts (semantic HTML5, an old table layout, pinyin class names, TRS editor
pages, link-heavy portal pages, very short notices). Each page comes with what it holds: the
article's lines, the chrome's lines, and the source and date of its metadata line.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field

import _writing


@dataclass
class Page:
    html: str
    title: str
    article: list[str]  # title, paragraphs, headings, table cells: what must be kept
    chrome: list[str]  # navigation, breadcrumbs, footers…: what must go
    source: str
    date: str
    layout: str
    tables: list[str] = field(default_factory=list)


ZONES = ("南沙", "临港", "前海", "横琴", "洋浦", "绥芬河", "钦州港", "舟山", "厦门", "郑州", "成都", "天津港")
SECTIONS = (
    "政务公开",
    "新闻中心",
    "政策文件",
    "通知公告",
    "投资服务",
    "片区动态",
    "办事服务",
    "互动交流",
    "走进片区",
    "数据发布",
    "专题专栏",
    "营商环境",
)
OFFICES = ("发改局", "商务局", "管委会办公室", "市场监管局", "综合服务中心", "经济发展局", "宣传部", "投资促进局")


def _e(s: str) -> str:
    return html.escape(s, quote=False)


def _chrome(rng: random.Random, zone: str) -> dict[str, list[str]]:
    sections = rng.sample(SECTIONS, 7)
    crumb_sep = rng.choice((" > ", ">", " >> ", "»", " / "))
    crumb_lead = rng.choice(("您现在的位置：", "当前位置：", "您当前所在位置：", "位置："))
    related = [_writing.title(rng) for _ in range(rng.randint(4, 8))]
    hot = [_writing.title(rng) for _ in range(rng.randint(3, 6))]
    year = rng.randint(2016, 2024)
    return {
        "top": [
            f"欢迎访问{zone}自贸片区管理委员会门户网站",
            rng.choice(
                (
                    "繁体版 | 无障碍 | 长者模式 | English",
                    "简体 | 繁体 | 无障碍浏览 | 手机版",
                    "无障碍阅读 繁體版 English 智能问答",
                )
            ),
        ],
        "nav": ["网站首页", *sections[:6]],
        "crumb": [crumb_lead + crumb_sep.join(["首页", sections[0], sections[1]])],
        "share": [
            rng.choice(("分享到：微信 微博 QQ空间", "分享：微信朋友圈 新浪微博", "扫一扫在手机打开当前页")),
            rng.choice(
                ("【打印本页】【关闭窗口】", "【字体：大 中 小】【打印】【关闭】", "打印本页 | 关闭窗口 | 收藏")
            ),
        ],
        "related_head": [rng.choice(("相关文章", "相关阅读", "相关链接", "延伸阅读"))],
        "related": related,
        "side_head": [rng.choice(("热点专题", "最新政策", "图片新闻", "便民服务"))],
        "side": hot,
        "footer": [
            f"主办单位：{zone}自贸片区管理委员会  承办：{zone}自贸片区{rng.choice(OFFICES)}",
            f"网站标识码：{rng.randint(1000000000, 9999999999)}  {rng.choice('粤沪琼黑桂浙闽豫川津')}ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 9)}",
            f"公网安备 {rng.randint(10000000000000, 99999999999999)}号  版权所有 © {year} 联系电话：0{rng.randint(10, 99)}-{rng.randint(10000000, 99999999)}",
            rng.choice(("建议使用1920×1080分辨率浏览", "本网站支持IPv6访问", "技术支持：某某信息技术有限公司")),
        ],
    }


def _meta_line(rng: random.Random, source: str, date: str, style: int) -> str:
    views = f"浏览次数：{rng.randint(10, 9999)}"
    if style == 0:  # run together, as some sites print it
        return f"来源：{source}发布日期：{date}"
    if style == 1:
        return f"发布时间：{date}  来源：{source}  {views}"
    if style == 2:
        return f"{date} 来源：{source} 作者：{rng.choice(('李明', '王华', '综合办'))}"
    return f"信息来源：{source}　发布日期：{date}　【字体：大 中 小】"


def _table(rng: random.Random) -> tuple[str, list[str]]:
    rows = [("指标", "数值", "同比")]
    for label in rng.sample(("新设企业", "实际使用外资", "进出口总额", "税收收入", "制度创新成果", "新增就业"), 4):
        rows.append(
            (
                label,
                f"{rng.randint(10, 9000)}{rng.choice(('家', '亿元', '万元', '项', '人'))}",
                f"{rng.randint(-9, 60)}%",
            )
        )
    cells = [c for r in rows for c in r]
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table border="1">{body}</table>', cells


def _article_html(rng: random.Random, paras: list[str], heading_tag: str) -> str:
    out = []
    for p in paras:
        if len(p) < 16:
            out.append(
                f"<{heading_tag}>{_e(p)}</{heading_tag}>"
                if heading_tag != "strong"
                else f"<p><strong>{_e(p)}</strong></p>"
            )
        else:
            out.append(f'<p style="text-indent:2em">{_e(p)}</p>' if rng.random() < 0.5 else f"<p>　　{_e(p)}</p>")
    return "\n".join(out)


def _links(items: list[str], tag: str = "li") -> str:
    return "".join(f'<{tag}><a href="/a/{i}.html">{_e(t)}</a></{tag}>' for i, t in enumerate(items))


def page(rng: random.Random, layout: str) -> Page:
    zone = rng.choice(ZONES)
    title = _writing.title(rng)
    source = f"{zone}{rng.choice(('区', '片区', '自贸区'))}{rng.choice(OFFICES)}"
    y, m, d = rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{y}-{m:02d}-{d:02d}"
    meta = _meta_line(rng, source, rng.choice((date, f"{y}年{m}月{d}日")), rng.randint(0, 3))
    short = layout == "notice"
    paras = _writing.article(rng, (1, 2) if short else (3, 8))
    ch = _chrome(rng, zone)
    tables: list[str] = []
    table_html = ""
    if layout in ("trs", "semantic") and rng.random() < 0.7:
        table_html, tables = _table(rng)
    head = f"<head><meta charset='utf-8'><title>{_e(title)}_{zone}自贸片区管理委员会</title></head>"
    body_article = _article_html(rng, paras, rng.choice(("h3", "h4", "strong")))
    if layout == "semantic":
        doc = f"""<header><div class="topbar">{_e(ch["top"][0])} <span>{_e(ch["top"][1])}</span></div>
<nav class="main-nav"><ul>{_links(ch["nav"])}</ul></nav></header>
<div class="breadcrumb">{_e(ch["crumb"][0])}</div>
<main><article><h1>{_e(title)}</h1><div class="info">{_e(meta)}</div>
{body_article}{table_html}
<div class="share">{_e(ch["share"][0])}</div><div class="tools">{_e(ch["share"][1])}</div></article>
<aside><h3>{_e(ch["side_head"][0])}</h3><ul>{_links(ch["side"])}</ul></aside>
<section class="related"><h3>{_e(ch["related_head"][0])}</h3><ul>{_links(ch["related"])}</ul></section></main>
<footer>{"".join(f"<p>{_e(x)}</p>" for x in ch["footer"])}</footer>"""
    elif layout == "table":
        doc = f"""<table width="1000" align="center"><tr><td>{_e(ch["top"][0])}</td><td align="right">{_e(ch["top"][1])}</td></tr>
<tr><td colspan="2">{" | ".join(f'<a href="#">{_e(x)}</a>' for x in ch["nav"])}</td></tr>
<tr><td colspan="2">{_e(ch["crumb"][0])}</td></tr>
<tr><td width="700" valign="top"><table width="100%"><tr><td align="center"><font size="5"><b>{_e(title)}</b></font></td></tr>
<tr><td align="center">{_e(meta)}</td></tr><tr><td>{body_article}</td></tr>
<tr><td align="right">{_e(ch["share"][1])}</td></tr></table></td>
<td valign="top"><b>{_e(ch["side_head"][0])}</b><br>{"<br>".join(f'<a href="#">{_e(x)}</a>' for x in ch["side"])}</td></tr>
<tr><td colspan="2"><b>{_e(ch["related_head"][0])}</b><br>{"<br>".join(f'<a href="#">{_e(x)}</a>' for x in ch["related"])}</td></tr>
<tr><td colspan="2" align="center">{"<br>".join(_e(x) for x in ch["footer"])}</td></tr></table>"""
        ch["share"] = ch["share"][1:]
    elif layout == "pinyin":
        doc = f"""<div class="top"><div class="w1200"><span class="hy">{_e(ch["top"][0])}</span><span class="fjt">{_e(ch["top"][1])}</span></div></div>
<div class="dh"><ul>{_links(ch["nav"])}</ul></div>
<div class="wz">{_e(ch["crumb"][0])}</div>
<div class="nr"><div class="bt">{_e(title)}</div><div class="sj">{_e(meta)}</div>
<div class="zw">{body_article}</div>
<div class="fx">{_e(ch["share"][0])}</div><div class="dy">{_e(ch["share"][1])}</div>
<div class="xgwz"><div class="tit">{_e(ch["related_head"][0])}</div><ul>{_links(ch["related"])}</ul></div></div>
<div class="yc"><div class="tit">{_e(ch["side_head"][0])}</div><ul>{_links(ch["side"])}</ul></div>
<div class="db">{"".join(f"<p>{_e(x)}</p>" for x in ch["footer"])}</div>"""
    elif layout == "trs":
        doc = f"""<div id="head"><div class="head-top">{_e(ch["top"][0])}<a href="#">{_e(ch["top"][1])}</a></div>
<div id="menu">{"".join(f'<a href="#">{_e(x)}</a>' for x in ch["nav"])}</div></div>
<div class="position">{_e(ch["crumb"][0])}</div>
<div class="article"><h2 class="article-title">{_e(title)}</h2><p class="article-info">{_e(meta)}</p>
<div id="zoom" class="TRS_Editor">{body_article}{table_html}</div>
<div class="bdsharebuttonbox">{_e(ch["share"][0])}</div><div class="print">{_e(ch["share"][1])}</div></div>
<div class="xglj"><h4>{_e(ch["related_head"][0])}</h4><ul>{_links(ch["related"])}</ul></div>
<div class="right-col"><h4>{_e(ch["side_head"][0])}</h4><ul>{_links(ch["side"])}</ul></div>
<div id="foot">{"<br>".join(_e(x) for x in ch["footer"])}</div>"""
    elif layout == "portal":  # many link lists, more chrome text than article
        more = [_writing.title(rng) for _ in range(12)]
        ch["side"] = ch["side"] + more
        doc = f"""<div class="header">{_e(ch["top"][0])}<div class="lang">{_e(ch["top"][1])}</div></div>
<div class="navbar">{"".join(f'<a href="#">{_e(x)}</a>' for x in ch["nav"])}</div>
<div class="crumbs">{_e(ch["crumb"][0])}</div>
<div class="left"><div class="list-title">{_e(ch["side_head"][0])}</div><ul>{_links(ch["side"])}</ul></div>
<div class="content"><h1>{_e(title)}</h1><div class="source">{_e(meta)}</div>{body_article}
<div class="share-box">{_e(ch["share"][0])}</div><div>{_e(ch["share"][1])}</div></div>
<div class="bottom-links"><span>{_e(ch["related_head"][0])}</span><ul>{_links(ch["related"])}</ul></div>
<div class="copyright">{"<br>".join(_e(x) for x in ch["footer"])}</div>"""
    else:  # notice: a one- or two-paragraph notice
        doc = f"""<div class="g-top">{_e(ch["top"][0])} {_e(ch["top"][1])}</div>
<ul class="g-nav">{_links(ch["nav"])}</ul><div class="g-loc">{_e(ch["crumb"][0])}</div>
<div class="g-main"><h1>{_e(title)}</h1><div class="g-info">{_e(meta)}</div>{body_article}
<div class="g-tool">{_e(ch["share"][1])}</div></div>
<div class="g-rel"><b>{_e(ch["related_head"][0])}</b><ul>{_links(ch["related"])}</ul></div>
<div class="g-foot">{"<br>".join(_e(x) for x in ch["footer"])}</div>"""
        ch["share"] = ch["share"][1:]
        ch["side"] = []
        ch["side_head"] = []
    text = f"<!DOCTYPE html><html>{head}<body>{doc}</body></html>"
    chrome = [
        c
        for k in ("top", "nav", "crumb", "share", "related_head", "related", "side_head", "side", "footer")
        for c in ch[k]
    ]
    return Page(text, title, [title, *paras, *tables], chrome, source, date, layout, tables)


LAYOUTS = ("semantic", "table", "pinyin", "trs", "portal", "notice")


def pages(n: int = 36, seed: int = 2024) -> list[Page]:
    rng = random.Random(seed)
    return [page(rng, LAYOUTS[i % len(LAYOUTS)]) for i in range(n)]
