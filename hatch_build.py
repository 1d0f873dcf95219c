"""Wheel build hook: the translations (.qm) are compiled from the .ts files during the build, so a
package never ships a translation older than its .ts (packaging/translations.py does the work)."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]  # hatchling ships no type hints
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location("ftz_translations", root / "packaging" / "translations.py")
        if spec is None or spec.loader is None:
            raise RuntimeError("packaging/translations.py is missing")
        translations = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = translations
        spec.loader.exec_module(translations)
        out = Path(tempfile.mkdtemp(prefix="ftz-qm-"))
        for qm in translations.compile_all(out):
            build_data["force_include"][str(qm)] = f"ftz_desktop/resources/i18n/{qm.name}"
