"""packaging/make_copyright.py: /usr/share/doc/kiosk/copyright in the machine-readable
format, made from the bundled wheels' metadata and licence files."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest
from debian_paragraphs import first_line, paragraphs

ROOT = Path(__file__).resolve().parents[2]


def load_make_copyright():
    spec = importlib.util.spec_from_file_location(
        "make_copyright", ROOT / "packaging" / "make_copyright.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


mc = load_make_copyright()


def wheel(folder: Path, filename: str, metadata: str, files: dict[str, str]) -> Path:
    name, version = filename.split("-")[:2]
    dist_info = f"{name}-{version}.dist-info"
    path = folder / filename
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(f"{dist_info}/METADATA", metadata)
        for member, text in files.items():
            archive.writestr(f"{dist_info}/{member}", text)
    return path


MIT = "MIT License\n\nCopyright (c) 2019 Jane Doe\n\nPermission is hereby granted...\n"


@pytest.fixture
def wheels(tmp_path: Path) -> Path:
    folder = tmp_path / "wheels"
    folder.mkdir()
    wheel(
        folder,
        "helsinki_kiosk-0.1.0-py3-none-any.whl",
        "Metadata-Version: 2.4\nName: helsinki-kiosk\nVersion: 0.1.0\nLicense-Expression: MIT\n",
        {},
    )
    wheel(
        folder,
        "tiny_lib-1.2-py3-none-any.whl",
        "Metadata-Version: 2.4\nName: tiny_lib\nVersion: 1.2\nLicense-Expression: MIT\n",
        {"licenses/LICENSE": MIT},
    )
    # Compiled: one wheel for each Python, one paragraph for both.
    for tag in ("cp311-cp311", "cp313-cp313"):
        wheel(
            folder,
            f"fastyaml-6.0-{tag}-manylinux_2_17_x86_64.whl",
            "Metadata-Version: 2.1\nName: FastYAML\nVersion: 6.0\nLicense: MIT\n"
            "Author: Kirill Example\n",
            {"LICENSE": "Copyright (c) 2006-2016 Kirill\n\nMIT"},
        )
    wheel(
        folder,
        "pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl",
        "Metadata-Version: 2.4\nName: PySide6_Essentials\nVersion: 6.11.3\n"
        "License: LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only\n"
        "Author-email: Qt for Python Team <pyside@qt-project.org>\n",
        {},
    )
    wheel(
        folder,
        "apache_thing-2.0-py3-none-any.whl",
        "Metadata-Version: 2.4\nName: apache-thing\nVersion: 2.0\n"
        "License-Expression: Apache-2.0 AND BSD-2-Clause\n",
        {
            "licenses/LICENSE": "Apache License\nVersion 2.0\n",
            "licenses/NOTICE": "Copyright 2015 The Thing Authors\n",
        },
    )
    return folder


def test_every_wheel_is_listed_with_its_licence(wheels: Path, tmp_path: Path) -> None:
    doc = tmp_path / "doc"
    mc.write(wheels, doc, "Kiosk team <kiosk@localhost>")
    found = paragraphs((doc / "copyright").read_text(encoding="utf-8"))
    header, everything, *rest = found
    assert header["Format"] == mc.FORMAT
    assert header["Upstream-Contact"] == "Kiosk team <kiosk@localhost>"
    assert everything["Files"] == "*" and first_line(everything["License"]) == "MIT"
    files = {p["Files"]: p for p in rest if "Files" in p}
    listed = " ".join(files)
    for path in sorted(wheels.glob("*.whl")):
        if not path.name.startswith("helsinki_kiosk"):
            assert f"opt/kiosk/wheels/{path.name}" in listed, path.name
    assert len(files) == 4  # tiny-lib, fastyaml (two wheels), pyside6, apache-thing
    fast = next(p for f, p in files.items() if "fastyaml" in f)
    assert len(fast["Files"].split()) == 2
    assert fast["Copyright"] == "2006-2016 Kirill"
    tiny = next(p for f, p in files.items() if "tiny_lib" in f)
    assert first_line(tiny["License"]) == "MIT"
    assert "Permission is hereby granted" in tiny["License"]  # the wheel's own text
    assert tiny["Copyright"] == "2019 Jane Doe"
    apache = next(p for f, p in files.items() if "apache_thing" in f)
    assert first_line(apache["License"]) == "Apache-2.0 and BSD-2-Clause"
    assert "--- NOTICE ---" in apache["License"] and apache["Copyright"] == "2015 The Thing Authors"


def test_qt_is_lgpl_with_debians_licence_text(wheels: Path, tmp_path: Path) -> None:
    doc = tmp_path / "doc"
    mc.write(wheels, doc, "Kiosk team")
    found = paragraphs((doc / "copyright").read_text(encoding="utf-8"))
    pyside = next(p for p in found if "pyside6_essentials" in p.get("Files", ""))
    assert pyside["License"] == "LGPL-3.0-only or GPL-2.0-only or GPL-3.0-only"
    assert pyside["Copyright"] == "The Qt Company Ltd. and other contributors"
    assert "LGPL version 3" in pyside["Comment"]
    standalone = {
        p["License"].split("\n")[0]: p["License"]
        for p in found
        if "License" in p and "Files" not in p
    }
    assert "/usr/share/common-licenses/LGPL-3" in standalone["LGPL-3.0-only"]
    assert "/usr/share/common-licenses/GPL-3" in standalone["GPL-3.0-only"]
    assert "/usr/share/common-licenses/GPL-2" in standalone["GPL-2.0-only"]


def test_every_short_name_has_its_text(wheels: Path, tmp_path: Path) -> None:
    """DEP-5: a License field with only a short name needs a stand-alone paragraph."""
    doc = tmp_path / "doc"
    mc.write(wheels, doc, "Kiosk team")
    found = paragraphs((doc / "copyright").read_text(encoding="utf-8"))
    standalone = {first_line(p["License"]) for p in found if "License" in p and "Files" not in p}
    for paragraph in found:
        if "Files" in paragraph and "\n" not in paragraph["License"]:
            for short in mc.short_names(paragraph["License"]):
                assert short in standalone, (paragraph["Files"], short)


def test_licence_files_are_copied(wheels: Path, tmp_path: Path) -> None:
    doc = tmp_path / "doc"
    mc.write(wheels, doc, "Kiosk team")
    assert (doc / "licenses" / "tiny-lib-1.2" / "LICENSE").read_text(encoding="utf-8") == MIT
    assert (doc / "licenses" / "apache-thing-2.0" / "NOTICE").is_file()
    assert (doc / "licenses" / "fastyaml-6.0" / "LICENSE").is_file()
    assert not (doc / "licenses" / "pyside6-essentials-6.11.3").exists()


def test_a_wheel_without_any_licence_stops_the_build(tmp_path: Path) -> None:
    folder = tmp_path / "wheels"
    folder.mkdir()
    wheel(
        folder,
        "mystery-1.0-py3-none-any.whl",
        "Metadata-Version: 2.1\nName: mystery\nVersion: 1.0\n",
        {},
    )
    with pytest.raises(ValueError, match="mystery"):
        mc.write(folder, tmp_path / "doc", "Kiosk team")


def test_two_versions_of_one_package_stop_the_build(wheels: Path, tmp_path: Path) -> None:
    wheel(
        wheels,
        "tiny_lib-1.3-py3-none-any.whl",
        "Metadata-Version: 2.4\nName: tiny_lib\nVersion: 1.3\nLicense-Expression: MIT\n",
        {},
    )
    with pytest.raises(ValueError, match="two versions"):
        mc.write(wheels, tmp_path / "doc", "Kiosk team")
