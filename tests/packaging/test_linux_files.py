"""The Linux desktop integration: the desktop entry, the AppStream metainfo and the icons."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "inspector-app.desktop"
METAINFO = LINUX / "inspector-app.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign] - keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def window_title(lang: str) -> str:
    """The window's own name for itself (resources/translations), which the menu shows too."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"inspector_app_{lang}.ts")
    for message in tree.iter("message"):
        if message.findtext("source") == "District inspector's log":
            return message.findtext("translation") or ""
    raise AssertionError("the window title is not in the catalog")


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as source:
        return str(tomllib.load(source)["project"]["version"])


def test_the_desktop_entry_starts_the_bundle_under_its_translated_name() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "inspector-app"  # the executable the spec builds
    assert entry["Icon"] == "inspector-app"  # icons/<size>/inspector-app.png
    assert entry["StartupWMClass"] == "inspector-app"  # the desktop file name the app sets
    assert entry["Name"] == window_title("en")
    for lang in ("ru", "kk", "ky"):
        assert entry[f"Name[{lang}]"] == window_title(lang)
        assert entry[f"Comment[{lang}]"]


def test_the_metainfo_names_the_desktop_entry_and_the_version_of_pyproject() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "inspector-app"
    assert component.findtext("icon") == "inspector-app"
    releases = [release.get("version") for release in component.iter("release")]
    assert releases[0] == pyproject_version()  # the newest release comes first
    names = {name.get(XML_LANG): name.text for name in component.findall("name")}
    assert names == {
        None: window_title("en"),
        **{lang: window_title(lang) for lang in ("ru", "kk", "ky")},
    }


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_finds_the_metainfo_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256])
def test_an_icon_of_each_usual_size_in_the_hicolor_layout(size: int) -> None:
    png = (LINUX / "icons" / f"{size}x{size}" / "inspector-app.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk comes first
    assert (width, height) == (size, size)
