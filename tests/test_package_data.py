"""Package data lives inside the package and is found through package_data, never from ``__file__``."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ftz_desktop import package_data

PACKAGE = Path(package_data.__file__).resolve().parent


def test_data_files_are_found_inside_the_package():
    for name in (
        "gazetteer.json",
        "places.json",
        "metric_categories.json",
        "person_names.json",
        "organisations.json",
        "holidays.json",
        "impact_terms.json",
    ):
        path = package_data.data_path(name)
        assert path.is_file() and PACKAGE in path.parents
        json.loads(path.read_text(encoding="utf-8"))
    samples = sorted(p.name for p in package_data.samples_dir().iterdir())
    assert len(samples) >= 6 and samples[0].startswith("01-")
    assert package_data.icon_path().is_file()
    assert (package_data.i18n_dir() / "ftz_desktop_zh_CN.qm").is_file()


def test_no_module_finds_files_relative_to_its_own_source():
    # parents[N] of __file__ points outside the package once it is installed: ask package_data
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if re.search(r"__file__\)?(\.resolve\(\))?\.parents?\b", p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
