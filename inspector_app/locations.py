"""Where this installation keeps the database, the settings and the error log.

Normally in the user's folders, as platformdirs names them for the system (on Windows under
%LOCALAPPDATA%, on Linux under ~/.local/share, ~/.config and ~/.local/state). A portable
installation, for a USB stick, keeps all of them in a `data` folder beside the executable: it
is portable when started with `--portable`, or when a file named `portable` lies beside the
executable of a bundle (so a double click on the stick needs no option).

The choice is made once per process, when the command line is read (`choose_portable`), as
platformdirs' answers are fixed by the process's environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "inspector-app"
DB_FILE = "inspector.db"
PORTABLE_MARKER = "portable"

_portable_asked = False


def choose_portable(asked: bool) -> None:
    """Record whether `--portable` was given (called at each start of the command line)."""
    global _portable_asked  # noqa: PLW0603 - the one choice of the process, see the docstring
    _portable_asked = asked


def executable_folder() -> Path:
    """The folder of the program that was started: the bundle's executable when frozen, else
    the script (`.venv/bin/inspector-app`)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def is_portable() -> bool:
    if _portable_asked:
        return True
    return bool(getattr(sys, "frozen", False)) and (executable_folder() / PORTABLE_MARKER).exists()


def portable_folder() -> Path:
    return executable_folder() / "data"


def data_dir() -> Path:
    if is_portable():
        return portable_folder()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_root() -> Path:
    """The folder Qt's settings are filed under (as `<root>/inspector-app/inspector-app.ini`)."""
    if is_portable():
        return portable_folder() / "settings"
    # platformdirs' configuration folder is <root>/inspector-app
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)).parent


def log_dir() -> Path:
    if is_portable():
        return portable_folder() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE


def error_log() -> Path:
    return log_dir() / "errors.log"
