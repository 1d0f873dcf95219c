"""Entry script for frozen builds: the same ``main`` as the ``ftz-desktop`` command."""

import sys

from ftz_desktop.cli import main

sys.exit(main())
