"""Documents the GUI tests use: files to import (facts about the zones in sentences written for the
tests) and Document records built in memory for the reader."""

from ftz_desktop.records import Document

DOCS = {
    "shanghai.md": (
        "---\ntitle: 上海试验区的十年观察\ndate: 2023-09-29\nsource: 测试资料\n---\n\n"
        "上海试验区在二〇一三年挂牌，最早试行外资准入负面清单。\n\n"
        "十年里，制度创新的清单不断变长，许多做法被推广到其他试验区。\n\n"
        "研究者常把制度创新与贸易便利放在一起比较。"
    ),
    "hainan.txt": (
        "海南自由贸易港笔记\n\n"
        "总体方案在二〇二〇年六月一日公布，提出零关税和低税率的安排。\n"
        "海南的制度创新重点放在贸易和投资的自由便利上。"
    ),
    "xinjiang.txt": (
        "新疆试验区三个片区\n\n"
        "乌鲁木齐、喀什、霍尔果斯三个片区在二〇二三年十一月一日一起揭牌。\n"
        "霍尔果斯片区面向陆路口岸，发展跨境物流。"
    ),
    "rare.txt": ("生僻字测试\n\n前面有扩展区汉字𠀀𠀁，然后才出现制度创新这个词，再来一个𠀂和一次制度创新。"),
    "heilongjiang.txt": ("黑龙江试验区\n\n哈尔滨、黑河、绥芬河三个片区组成了沿边的试验区，重点是向北开放。"),
}


def make_doc(text: str, paragraphs=None, **kw) -> Document:
    if paragraphs is None:
        paragraphs, pos = [], 0
        for part in text.split("\n\n"):
            start = text.index(part, pos)
            paragraphs.append((start, start + len(part)))
            pos = start + len(part)
    fields = {
        "doc_id": 7,
        "path": "/tmp/x/doc.txt",
        "title": "测试文件",
        "date": "2024-05-01",
        "source": "测试",
        "format": "txt",
        "size": 123,
        "imported": "2024-05-01T00:00:00",
        "missing": False,
    }
    fields.update(kw)
    return Document(text=text, paragraphs=tuple(paragraphs), **fields)


TEXT = "标题行\n\n第一段有𠀀扩展字，制度创新在这里。\n\n第二段𠀁𠀂又出现制度创新，然后结束。"
