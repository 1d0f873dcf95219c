"""Entry script of the frozen builds (GUI and console executables): the ``ftz-desktop`` command.

``freeze_support()`` comes first: a parse worker of the import pool is this program started again,
and must run its job and exit before anything else happens (PyInstaller's hook makes it work on
every system, not only Windows).
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    import sys

    from ftz_desktop.cli import start

    sys.exit(start())
