"""The built Debian package itself (dist/kiosk_<version>_amd64.deb, or $KIOSK_DEB): what
city IT gets. CI builds it and runs these with KIOSK_REQUIRE_DEB=1; elsewhere they skip
when there is no up-to-date package (make deb)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from debian_paragraphs import first_line, paragraphs

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = bool(os.environ.get("KIOSK_REQUIRE_DEB"))


@dataclass
class Deb:
    path: Path
    control: dict[str, str]
    members: dict[str, tarfile.TarInfo]  # path without "./" -> member
    texts: dict[str, str]  # the small text files
    scripts: dict[str, str]  # DEBIAN/ files: postinst, conffiles, …

    def wheels(self) -> list[str]:
        return sorted(
            Path(n).name
            for n in self.members
            if n.startswith("opt/kiosk/wheels/") and n.endswith(".whl")
        )


def _not_there(reason: str) -> None:
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


def _find() -> Path | None:
    given = os.environ.get("KIOSK_DEB")
    if given:
        return Path(given)
    built = sorted(
        (ROOT / "dist").glob(f"kiosk_{__version__}_*.deb"), key=lambda p: p.stat().st_mtime
    )
    if not built:
        return None
    newest_source = max(p.stat().st_mtime for p in (ROOT / "packaging").rglob("*") if p.is_file())
    if built[-1].stat().st_mtime < newest_source:
        _not_there(f"{built[-1]} is older than packaging/: make deb")
    return built[-1]


def _tar(command: list[str]) -> tuple[dict[str, tarfile.TarInfo], dict[str, str]]:
    members: dict[str, tarfile.TarInfo] = {}
    texts: dict[str, str] = {}
    with subprocess.Popen(command, stdout=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
            for member in tar:
                name = member.name.removeprefix("./")
                members[name] = member
                if member.isfile() and member.size < 2_000_000 and not name.endswith(".whl"):
                    data = tar.extractfile(member)
                    assert data is not None
                    texts[name] = data.read().decode("utf-8", errors="replace")
    assert proc.returncode == 0, command
    return members, texts


@pytest.fixture(scope="module")
def deb() -> Deb:
    path = _find()
    if path is None or not path.is_file():
        _not_there("no built package in dist/: make deb (CI builds it and runs these tests)")
    if shutil.which("dpkg-deb") is None:
        _not_there("dpkg-deb is not installed")
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(path)], capture_output=True, text=True, check=True
    ).stdout
    control = paragraphs(fields)[0]
    members, texts = _tar(["dpkg-deb", "--fsys-tarfile", str(path)])
    _, scripts = _tar(["dpkg-deb", "--ctrl-tarfile", str(path)])
    return Deb(path, control, members, texts, scripts)


def test_the_installed_config_is_the_production_template(deb: Deb) -> None:
    """No demo in the package (issue 12): a fresh install never accepts PIN 1234."""
    shipped = deb.texts["etc/kiosk/kiosk.toml"]
    assert shipped == (ROOT / "packaging" / "kiosk.production.toml").read_text(encoding="utf-8")
    config = tomllib.loads(shipped)
    assert config["kiosk"].get("demo", False) is False
    assert not re.search(r"(?m)^\s*demo\s*=\s*true", shipped)
    assert config["staff"]["pin_hashes"] == [] and config["staff"]["admin_pin_hashes"] == []
    assert config["monitoring"]["address"] == "127.0.0.1"
    assert "/etc/kiosk/kiosk.toml" in deb.scripts["conffiles"].split()
    # The example with every key is documentation only.
    assert "usr/share/doc/kiosk/kiosk.example.toml" in deb.members


def test_postinst_tells_the_admin_to_set_pins(deb: Deb) -> None:
    assert "kiosk hash-pin" in deb.scripts["postinst"]


def test_python_of_debian_12_and_13_and_no_other(deb: Deb) -> None:
    """Depends lets apt install the package with Debian 12's python3 (3.11) and Debian
    13's (3.13), and refuses a python3 the package has no wheels for."""
    if shutil.which("dpkg") is None:
        _not_there("dpkg is not installed")
    clauses = [c.strip() for c in deb.control["Depends"].split(",") if "python3 (" in c]

    def satisfies(version: str) -> bool:
        for clause in clauses:
            ok = False
            for alternative in clause.split("|"):
                match = re.fullmatch(r"\s*python3 \((<<|<=|>=|>>|=) ([^)]+)\)\s*", alternative)
                assert match, alternative
                op = {"<<": "lt", "<=": "le", ">=": "ge", ">>": "gt", "=": "eq"}[match[1]]
                ok |= (
                    subprocess.run(
                        ["dpkg", "--compare-versions", version, op, match[2]], check=False
                    ).returncode
                    == 0
                )
            if not ok:
                return False
        return True

    assert satisfies("3.11.2-1+b1")  # Debian 12
    assert satisfies("3.13.5-1")  # Debian 13
    for other in ("3.10.6-1", "3.12.3-0ubuntu2", "3.14.0-1"):
        assert not satisfies(other), other
    assert "python3-venv" in deb.control["Depends"]


def test_wheels_for_both_pythons(deb: Deb) -> None:
    """Every compiled package has a wheel for CPython 3.11 and for 3.13 (or one abi3
    wheel for both); the postinst's pip picks the one that fits."""
    wheels = deb.wheels()
    postinst = deb.scripts["postinst"]
    assert re.search(r'PYTHONS="3\.11 3\.13"', postinst)
    compiled = {w.split("-")[0] for w in wheels if "-py3-none-any" not in w}
    assert {"pyside6_essentials", "shiboken6", "pyyaml", "charset_normalizer"} <= compiled
    for name in compiled:
        tags = [w.split("-")[2] for w in wheels if w.split("-")[0] == name]
        assert tags == ["cp310"] or {"cp311", "cp313"} <= set(tags), (name, tags)
        if tags == ["cp310"]:
            assert "-abi3-" in next(w for w in wheels if w.startswith(name + "-"))
    requirements = deb.texts["opt/kiosk/requirements.txt"]
    assert f"helsinki-kiosk=={__version__}" in requirements


def test_copyright_lists_every_bundled_wheel_and_its_licence(deb: Deb) -> None:
    found = paragraphs(deb.texts["usr/share/doc/kiosk/copyright"])
    assert found[0]["Format"].startswith(
        "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0"
    )
    files = [p for p in found if "Files" in p]
    listed = " ".join(p["Files"] for p in files)
    for wheel in deb.wheels():
        if not wheel.startswith("helsinki_kiosk-"):
            assert f"opt/kiosk/wheels/{wheel}" in listed, f"{wheel} has no copyright paragraph"
    for paragraph in files:
        assert paragraph["Copyright"].strip(), paragraph["Files"]
        assert first_line(paragraph["License"]), paragraph["Files"]
    qt = [p for p in files if re.search(r"pyside6_essentials|shiboken6", p["Files"])]
    assert len(qt) == 2
    for paragraph in qt:
        assert "LGPL-3.0-only" in paragraph["License"]
    standalone = {
        first_line(p["License"]): p["License"] for p in found if "License" in p and "Files" not in p
    }
    assert "/usr/share/common-licenses/LGPL-3" in standalone["LGPL-3.0-only"]
    # Every short name without its text in place has a stand-alone paragraph.
    for paragraph in files:
        if "\n" not in paragraph["License"]:
            for short in re.split(r"\s+(?:and|or|with)\s+", paragraph["License"]):
                assert short in standalone, (paragraph["Files"], short)


def test_the_wheels_licence_texts_are_installed(deb: Deb) -> None:
    licences = [n for n in deb.texts if n.startswith("usr/share/doc/kiosk/licenses/")]
    folders = {n.split("/")[5] for n in licences}
    for name in ("requests", "urllib3", "pyyaml", "certifi", "qrcode", "prometheus-client"):
        assert any(f.startswith(name + "-") for f in folders), name
    assert any(n.endswith("/NOTICE") and "/requests-" in n for n in licences)
    for name in licences:
        assert deb.texts[name].strip(), name


def test_the_unit_and_the_restart_helper_are_installed(deb: Deb) -> None:
    assert deb.texts["lib/systemd/system/kiosk.service"] == (
        ROOT / "packaging" / "kiosk.service"
    ).read_text(encoding="utf-8")
    helper = deb.members["usr/lib/kiosk/restart-when-idle"]
    assert helper.mode & 0o777 == 0o755
    assert deb.texts["usr/lib/kiosk/restart-when-idle"].startswith("#!/bin/sh\n")
