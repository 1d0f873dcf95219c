"""Citations end to end: URLs kept from the sources at import, the library's citations, and the
``cite`` / ``export-citations`` commands writing RIS and CSL JSON that parse."""

from __future__ import annotations

import json

import jsonschema
import pytest

from ftz_desktop.cli import main
from tests.core.test_citations import SCHEMA, parse_ris

FILES = {
    "news.md": (
        "---\ntitle: 某片区跨境贸易便利化改革见实效\ndate: 2024-03-02\nsource: 某某日报\n"
        "url: https://news.example.cn/2024/03/02/a1.html\n---\n\n某片区推出十项便利化措施，通关时间明显压缩。\n"
    ),
    "page.html": (
        "<html><head><title>关于支持自贸试验区高质量发展的若干措施 - 某省人民政府网</title>"
        '<link rel="canonical" href="https://www.example.gov.cn/zwgk/2023/1.html">'
        '<meta name="publishdate" content="2023-11-20"><meta name="contentsource" content="某省人民政府办公厅">'
        "</head><body><h1>关于支持自贸试验区高质量发展的若干措施</h1>"
        "<p>为深入实施自贸试验区提升战略，制定以下措施。</p></body></html>"
    ),
    "og.html": (
        '<html><head><title>某片区简介</title><meta property="og:url" content="https://zone.example.cn/about">'
        "</head><body><p>某片区位于沿海，面积约三十平方公里。</p></body></html>"
    ),
    "law.txt": (
        "某市自由贸易试验区条例\n\n2020年6月1日 某市人民代表大会常务委员会第十次会议通过\n\n"
        "第一章 总则\n\n第一条 为了推进自贸试验区建设，制定本条例。\n\n第二条 本条例适用于自贸试验区。\n\n"
        "第三条 本条例自公布之日起施行。\n"
    ),
    "saved.txt": (
        "某片区召开制度创新推进会\n2024-01-15\n\n会议总结了一年来的制度创新成果。\n\n"
        "原文链接：http://www.zone.example.cn/news/2024/0115.html\n"
    ),
}


@pytest.fixture
def library(write_folder, make_library):
    return make_library(write_folder(FILES))


def _by_name(library):
    return {r.path.rsplit("/", 1)[-1]: r for r in library.references()}


def test_urls_are_kept_from_front_matter_canonical_links_og_url_and_text(library):
    refs = _by_name(library)
    assert refs["news.md"].url == "https://news.example.cn/2024/03/02/a1.html"
    assert refs["page.html"].url == "https://www.example.gov.cn/zwgk/2023/1.html"
    assert refs["og.html"].url == "https://zone.example.cn/about"
    assert refs["saved.txt"].url == "http://www.zone.example.cn/news/2024/0115.html"
    assert refs["law.txt"].url is None
    doc = library.document(refs["page.html"].doc_id)
    assert doc.url == "https://www.example.gov.cn/zwgk/2023/1.html"


def test_citations_of_the_library(library):
    refs = _by_name(library)
    accessed = refs["law.txt"].accessed
    assert accessed and len(accessed) == 10
    assert (
        library.citation(refs["law.txt"].doc_id) == "某市人民代表大会常务委员会. 某市自由贸易试验区条例[Z]. 2020-06-01."
    )
    assert library.citation(refs["page.html"].doc_id) == (
        f"某省人民政府办公厅. 关于支持自贸试验区高质量发展的若干措施[EB/OL]. (2023-11-20)[{accessed}]. "
        "https://www.example.gov.cn/zwgk/2023/1.html"
    )
    assert library.citation(refs["news.md"].doc_id) == (
        f"某片区跨境贸易便利化改革见实效[N/OL]. 某某日报, 2024-03-02[{accessed}]. https://news.example.cn/2024/03/02/a1.html"
    )
    assert library.citation(refs["law.txt"].doc_id, "author-date", "制定本条例。").startswith(
        "“制定本条例。”（某市人民代表大会常务委员会，2020）\n"
    )
    with pytest.raises(KeyError):
        library.citation(9999)
    assert [r.doc_id for r in library.references([refs["og.html"].doc_id, 9999, refs["law.txt"].doc_id])] == [
        refs["og.html"].doc_id,
        refs["law.txt"].doc_id,
    ]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_cite_and_export(capsys, tmp_path, write_folder):
    folder = write_folder(FILES)
    lib = tmp_path / "cli.sqlite"
    assert run(capsys, "--library", lib, "import", folder, "--json")[0] == 0
    docs = {
        d["path"].rsplit("/", 1)[-1]: d["doc_id"]
        for d in json.loads(run(capsys, "--library", lib, "docs", "--json")[1])
    }

    code, out, _ = run(capsys, "--library", lib, "cite", docs["law.txt"])
    assert (code, out) == (0, "某市人民代表大会常务委员会. 某市自由贸易试验区条例[Z]. 2020-06-01.\n")
    code, out, _ = run(capsys, "--library", lib, "cite", docs["law.txt"], "--style", "author-date")
    assert out.startswith("某市人民代表大会常务委员会. 2020. 某市自由贸易试验区条例[Z].")
    code, _, err = run(capsys, "--library", lib, "cite", 9999)
    assert code == 2 and "no document with id 9999" in err

    ris_file = tmp_path / "all.ris"
    code, _, err = run(capsys, "--library", lib, "export-citations", "--format", "ris", "-o", ris_file)
    assert code == 0 and "5 references" in err
    records = parse_ris(ris_file.read_bytes().decode("utf-8"))
    assert sorted(r["TY"][0] for r in records) == ["ELEC", "ELEC", "ELEC", "NEWS", "STAT"]

    csl_file = tmp_path / "some.json"
    ids = [docs["law.txt"], docs["page.html"]]
    code, _, _ = run(
        capsys, "--library", lib, "export-citations", "--format", "csl-json", "--ids", *ids, "-o", csl_file
    )
    items = json.loads(csl_file.read_text("utf-8"))
    jsonschema.validate(items, SCHEMA)
    assert [i["id"] for i in items] == [f"ftz-{i}" for i in ids]
    assert [i["type"] for i in items] == ["legislation", "webpage"]

    code, out, _ = run(
        capsys, "--library", lib, "export-citations", "--format", "csl-json", "--query", "条例", "-o", "-"
    )
    assert code == 0 and [i["title"] for i in json.loads(out)] == ["某市自由贸易试验区条例"]

    code, _, err = run(capsys, "--library", lib, "export-citations", "--format", "ris", "--ids", 9999, "-o", "-")
    assert code == 2 and "9999" in err
    code, _, err = run(
        capsys, "--library", lib, "export-citations", "--format", "ris", "--query", "date:2023-13", "-o", "-"
    )
    assert code == 2 and err.startswith("ftz-desktop: ")


def test_cli_outline(capsys, tmp_path, write_folder):
    folder = write_folder(FILES)
    lib = tmp_path / "o.sqlite"
    run(capsys, "--library", lib, "import", folder)
    docs = {
        d["path"].rsplit("/", 1)[-1]: d["doc_id"]
        for d in json.loads(run(capsys, "--library", lib, "docs", "--json")[1])
    }
    code, out, _ = run(capsys, "--library", lib, "outline", docs["law.txt"], "--json")
    assert code == 0 and [h["label"] for h in json.loads(out)] == ["第一章", "第一条", "第二条", "第三条"]
    code, out, _ = run(capsys, "--library", lib, "outline", docs["law.txt"])
    assert out.splitlines()[0] == "第一章 总则" and out.splitlines()[-1] == "4 headings"
    code, out, _ = run(capsys, "--library", lib, "outline", docs["law.txt"], "--compare", docs["law.txt"], "--json")
    assert json.loads(out) == {"differing_articles": []}
    code, _, err = run(capsys, "--library", lib, "outline", 9999)
    assert code == 2 and "9999" in err
