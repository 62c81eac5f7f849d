"""Does every dependency install on 64-bit Windows from a wheel (no compiler there)?

    .venv/bin/python packaging/windows/check_wheels.py

asks pip for wheels of pyproject's dependencies (and PyInstaller) for CPython 3.11 on win_amd64,
binary only, as a Windows build machine would get them; prints each wheel and exits 1 when one
has none. It needs the package index, so it is a check to run by hand, not a test.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}


def requirements() -> list[str]:
    """The requirements a Windows machine installs, markers evaluated there (pip would evaluate
    them for this machine: `tzdata; sys_platform == 'win32'` would be skipped)."""
    from packaging.requirements import Requirement  # the library, not this folder

    with (ROOT / "pyproject.toml").open("rb") as source:
        project = tomllib.load(source)["project"]
    build_tools = [r for r in project["optional-dependencies"]["test"] if "pyinstaller" in r]
    wanted = []
    for text in [*project["dependencies"], *build_tools]:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(WINDOWS):
            requirement.marker = None
            wanted.append(str(requirement))
    return wanted


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--dest", folder,
             "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
             "--implementation", "cp", *requirements()],
            check=False,
        )  # fmt: skip
        for wheel in sorted(Path(folder).iterdir()):
            print(wheel.name)
    if done.returncode != 0:
        print("a dependency has no Windows wheel (see pip's message above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
