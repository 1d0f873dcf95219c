"""``python -m ftz_desktop``: the same entry point as the ``ftz-desktop`` command."""

import sys

from ftz_desktop.cli import main

sys.exit(main())
