"""Runtime hook: programs the bundle starts get the user's library path, not the bundle's.

PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle's _internal folder on Linux and
keeps the user's value in LD_LIBRARY_PATH_ORIG. A program the application starts (CUPS's lp and
lpstat for printing, xdg-open for a folder) would inherit it and load the bundle's copies of
libcups, libgnutls or libssl instead of its own: a mismatch ends in a crash or a refused job.
The running application is not affected: the dynamic linker read the path when it started.
"""

import os


def _restore() -> None:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_restore()
del _restore
