"""The Inno Setup script cannot be compiled here (Inno Setup runs on Windows): it is read, and
every file it installs or starts must be one the PyInstaller spec builds."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "inspector-app.spec"
ISS = ROOT / "packaging" / "windows" / "inspector-app.iss"


def spec_names() -> dict[str, str]:
    """The string constants assigned at the top level of the spec (BUNDLE_NAME, ...)."""
    names = {}
    for node in ast.parse(SPEC.read_text("utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            names[node.targets[0].id] = node.value.value
    return names


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"$', text, re.MULTILINE))


def iss_section(text: str, name: str) -> list[dict[str, str]]:
    """The entries of one [Section] as {parameter: value} (Name: "..."; Flags: ...)."""
    body = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert body, f"no [{name}] section"
    entries = []
    for line in body.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        params = re.findall(r'(\w+):\s*("[^"]*"|[^;]*)', line)
        entries.append({key: value.strip().strip('"') for key, value in params})
    return entries


def expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), value)


def setup_values(text: str) -> dict[str, str]:
    body = re.search(r"^\[Setup\]\n(.*?)(?=^\[)", text, re.MULTILINE | re.DOTALL)
    assert body
    return dict(re.findall(r"^(\w+)=(.*)$", body.group(1), re.MULTILINE))


def test_the_installer_takes_only_what_the_spec_builds() -> None:
    names = spec_names()
    bundle, contents = names["BUNDLE_NAME"], names["CONTENTS_DIRECTORY"]
    text = ISS.read_text("utf-8-sig")
    defines = iss_defines(text)
    exe = f"{bundle}.exe"
    built = rf"..\..\dist\{bundle}"
    sources = [expand(entry["Source"], defines) for entry in iss_section(text, "Files")]
    assert sources == [rf"{built}\{exe}", rf"{built}\{contents}\*"]
    # every installed path the script names is the executable or the contents folder
    named = re.findall(
        r"\{app\}\\([^\";\n]+)", "\n".join(expand(line, defines) for line in text.splitlines())
    )
    assert set(named) == {exe, contents}
    started = [expand(e["Filename"], defines) for e in iss_section(text, "Icons")[:1]]
    started += [expand(e["Filename"], defines) for e in iss_section(text, "Run")]
    assert started == [rf"{{app}}\{exe}"] * 2


def test_the_installer_is_per_user_for_64_bit_windows_10_with_start_menu_and_uninstaller() -> None:
    text = ISS.read_text("utf-8-sig")
    setup = setup_values(text)
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{localappdata}\\")
    assert setup["MinVersion"] == "10.0"
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup.get("Uninstallable", "yes") == "yes"
    icons = iss_section(text, "Icons")
    assert any(e["Name"].startswith("{group}\\") for e in icons)  # the Start-menu entry
    assert any(e["Filename"] == "{uninstallexe}" for e in icons)


def test_the_installer_reads_the_version_line_of_pyproject() -> None:
    """The script takes the value of the first line starting `version = "` (ISPP cannot read
    TOML): that line must hold pyproject's version."""
    text = ISS.read_text("utf-8-sig")
    assert "Pos('version = \"', Line) == 1" in text
    assert "Copy(Line, 12, Len(Line) - 12)" in text
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    first = next(line for line in pyproject.splitlines() if line.startswith('version = "'))
    with (ROOT / "pyproject.toml").open("rb") as source:
        version = tomllib.load(source)["project"]["version"]
    assert first[11 : len(first) - 1] == version  # ISPP's Copy is 1-based: 12 is index 11
