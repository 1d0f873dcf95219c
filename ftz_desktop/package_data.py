"""Files shipped inside the package: ``ftz_desktop/data`` (gazetteer, categories, places, samples) and
``ftz_desktop/resources`` (translations, icons, help pages), found through ``importlib.resources``.

Every reader of package data goes through here, so a checkout, an installed wheel and a frozen
bundle find the same files; no code computes them from ``__file__``.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "ftz_desktop"
DATA = "data"
RESOURCES = "resources"

_extracted = contextlib.ExitStack()  # files copied out of a zipped package, removed at exit
atexit.register(_extracted.close)


def traversable(*parts: str) -> Traversable:
    """The packaged file or folder at ``parts`` (e.g. ``"data", "gazetteer.json"``)."""
    node = resources.files(PACKAGE)
    for part in parts:
        node = node / part
    return node


def path(*parts: str) -> Path:
    """A file-system path of a packaged file or folder (Qt and the importer need real paths).

    Installed wheels, checkouts and PyInstaller bundles keep the package on disk; a package
    imported from a zip has its file copied to a temporary file that lives until exit.
    """
    node = traversable(*parts)
    if isinstance(node, Path):
        return node
    return _extracted.enter_context(resources.as_file(node))


def data_path(name: str) -> Path:
    """A file of ``ftz_desktop/data`` (``gazetteer.json``, ``places.json``, ``metric_categories.json``…)."""
    return path(DATA, name)


def samples_dir() -> Path:
    """The sample documents (``ftz_desktop/data/samples``) that *Open Sample Library* imports."""
    return path(DATA, "samples")


def resource_path(*parts: str) -> Path:
    """A file or folder of ``ftz_desktop/resources`` (``"i18n"``, ``"icons", "ftz-desktop.svg"``…)."""
    return path(RESOURCES, *parts)


def read_resource(*parts: str) -> str:
    """The UTF-8 text of a file of ``ftz_desktop/resources`` (help pages)."""
    return traversable(RESOURCES, *parts).read_text(encoding="utf-8")


def i18n_dir() -> Path:
    """The compiled translations (``ftz_desktop_<lang>.qm``) and their sources (``.ts``)."""
    return resource_path("i18n")


def icon_path(name: str = "ftz-desktop.svg") -> Path:
    """An application icon (``ftz_desktop/resources/icons``)."""
    return resource_path("icons", name)
