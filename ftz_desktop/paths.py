"""Where data lives: the default library and config directory (platformdirs), with overrides for tests.

Nothing is created at import time; callers create directories when they write.
The environment variables FTZ_DESKTOP_DATA_DIR and FTZ_DESKTOP_CONFIG_DIR override the defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ftz-desktop"
APP_AUTHOR = "ftz-desktop"
LIBRARY_FILENAME = "library.sqlite"


def data_dir() -> Path:
    """The user data directory (the default library lives here)."""
    override = os.environ.get("FTZ_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The user config directory (window settings, user gazetteer)."""
    override = os.environ.get("FTZ_DESKTOP_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_library_path() -> Path:
    """The library used when no --library is given."""
    return data_dir() / LIBRARY_FILENAME
