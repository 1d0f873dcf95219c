"""``python -m ftz_desktop``: the same entry point as the ``ftz-desktop`` command."""

import sys

from ftz_desktop.cli import start

if __name__ == "__main__":
    sys.exit(start())
