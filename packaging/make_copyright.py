"""Write the Debian package's /usr/share/doc/kiosk/copyright from the wheels it ships.

    make_copyright.py WHEELS_DIR DOC_DIR

``DOC_DIR/copyright`` is in the machine-readable format (DEP-5): the kiosk itself
(MIT), then one ``Files:`` paragraph for each bundled distribution, naming its wheel
files, with the copyright lines and licence from the wheel's own metadata and licence
files. The licence files each wheel carries are copied to
``DOC_DIR/licenses/<name>-<version>/``. A licence whose text no wheel carries (Qt for
Python's LGPL/GPL) gets a stand-alone paragraph that points to Debian's copy in
/usr/share/common-licenses. Run by build-deb.sh; only the standard library.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

FORMAT = "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
KIOSK_DIST = "helsinki-kiosk"
WHEELS_INSTALLED_AT = "/opt/kiosk/wheels"
LICENSES_INSTALLED_AT = "/usr/share/doc/kiosk/licenses"

#: Where a wheel's metadata names its licence loosely, the licence its text says.
LICENSE_OVERRIDES = {
    # "BSD" in the metadata; LICENSE is the 3-clause BSD text, plus the MIT notice of
    # the JavaScript library its code was ported from.
    "qrcode": "BSD-3-Clause and MIT",
}

#: Where a wheel has no copyright notice, who holds the copyright.
COPYRIGHT_OVERRIDES = {
    "pyside6-essentials": "The Qt Company Ltd. and other contributors",
    "shiboken6": "The Qt Company Ltd. and other contributors",
}

#: Licences no wheel carries a text of, and Debian's copy of each.
COMMON_LICENSES = {
    "LGPL-3.0-only": ("GNU Lesser General Public License version 3", "LGPL-3"),
    "GPL-2.0-only": ("GNU General Public License version 2", "GPL-2"),
    "GPL-3.0-only": ("GNU General Public License version 3", "GPL-3"),
}

#: Notes for the distributions that need them.
COMMENTS = {
    "pyside6-essentials": (
        "Qt for Python, with the Qt libraries it bundles (PySide6/Qt/lib). The kiosk "
        "uses them under the GNU LGPL version 3, which builds on the GNU GPL version 3 "
        "(both in /usr/share/common-licenses). The source code of Qt and of Qt for "
        "Python of this version is published by the Qt Project "
        "(https://download.qt.io/official_releases/). Qt's own third-party parts and "
        'their licences are listed in the Qt documentation, "Licenses Used in Qt".'
    ),
    "shiboken6": "The binding generator's run-time library of Qt for Python (see PySide6).",
}

MIT_TEXT = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

_COPYRIGHT_LINE = re.compile(
    r"^\W*copyright\s*(?:\(c\)|©)?\s*((?:\d{4}|\d{4}\s*[-–,]\s*\d{2,4}x?)\b.*)$", re.IGNORECASE
)


@dataclass
class Distribution:
    """One bundled distribution: all its wheels (one a Python, or one for all)."""

    name: str  # canonical: lowercase, runs of -_. as -
    display_name: str
    version: str
    license: str
    copyright: list[str]
    wheels: list[str] = field(default_factory=list)
    licence_files: dict[str, str] = field(default_factory=dict)  # file name -> text

    @property
    def folder(self) -> str:
        return f"{self.name}-{self.version}"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dep5_license(metadata: email.message.Message, name: str) -> str:
    """The licence as a DEP-5 short name (SPDX ids; "and"/"or" in lower case)."""
    if name in LICENSE_OVERRIDES:
        return LICENSE_OVERRIDES[name]
    expression = str(metadata.get("License-Expression") or "").strip()
    if not expression:
        loose = str(metadata.get("License") or "").strip()
        if loose and "\n" not in loose and len(loose) < 80:
            expression = loose
    if not expression:
        classifiers = [
            str(c).rsplit("::", 1)[-1].strip()
            for c in metadata.get_all("Classifier") or []
            if str(c).startswith("License ::")
        ]
        expression = " or ".join(classifiers)
    if not expression:
        raise ValueError(f"{name}: the wheel names no licence; add it to LICENSE_OVERRIDES")
    return re.sub(r"\s+(AND|OR|WITH)\s+", lambda m: f" {m[1].lower()} ", expression)


def copyright_lines(texts: list[str], metadata: email.message.Message, name: str = "") -> list[str]:
    """ "Copyright" lines with a year from the licence files; else the authors."""
    if name in COPYRIGHT_OVERRIDES:
        return [COPYRIGHT_OVERRIDES[name]]
    found: list[str] = []
    for text in texts:
        for line in text.splitlines():
            match = _COPYRIGHT_LINE.match(line.strip())
            if match and match[1].strip() not in found:
                found.append(match[1].strip())
    if found:
        return found
    for key in ("Author", "Author-email", "Maintainer", "Maintainer-email"):
        value = str(metadata.get(key) or "").strip()
        if value:
            return [re.sub(r"\s+", " ", value)]
    return ["the authors of the package (no notice in the wheel)"]


def read_wheel(path: Path) -> Distribution:
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        meta_name = next(n for n in names if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
        dist_info = meta_name.split("/", 1)[0]
        metadata = email.parser.Parser(policy=email.policy.compat32).parsestr(
            wheel.read(meta_name).decode("utf-8"), headersonly=True
        )
        files: dict[str, str] = {}
        for member in names:
            inside = PurePosixPath(member)
            if member.endswith("/") or inside.parts[0] != dist_info:
                continue
            in_licenses = len(inside.parts) > 2 and inside.parts[1] == "licenses"
            looks_like = re.match(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", inside.name.upper())
            if in_licenses or (len(inside.parts) == 2 and looks_like):
                relative = "/".join(inside.parts[2:] if in_licenses else inside.parts[1:])
                files[relative] = wheel.read(member).decode("utf-8", errors="replace")
    name = canonical(str(metadata["Name"]))
    return Distribution(
        name=name,
        display_name=str(metadata["Name"]),
        version=str(metadata["Version"]),
        license=dep5_license(metadata, name),
        copyright=copyright_lines(list(files.values()), metadata, name),
        wheels=[path.name],
        licence_files=files,
    )


def collect(wheels_dir: Path) -> list[Distribution]:
    """Every distribution in ``wheels_dir``; the wheels of one version go together."""
    by_name: dict[str, Distribution] = {}
    for path in sorted(wheels_dir.glob("*.whl")):
        dist = read_wheel(path)
        known = by_name.get(dist.name)
        if known is None:
            by_name[dist.name] = dist
        elif known.version != dist.version:
            raise ValueError(
                f"{dist.name}: wheels of two versions ({known.version}, "
                f"{dist.version}) in {wheels_dir}"
            )
        else:
            known.wheels.append(path.name)
    return [by_name[name] for name in sorted(by_name)]


def field_text(text: str, wrap: bool = False) -> str:
    """A multi-line field value in deb822: each line indented, blank lines as " .".
    ``wrap``: prose of our own, filled to 78 columns (licence texts stay as they are)."""
    if wrap:
        text = textwrap.fill(text, width=77, break_on_hyphens=False)
    lines = text.strip("\n").expandtabs().splitlines()
    return "\n".join(f" {line.rstrip()}" if line.strip() else " ." for line in lines)


def short_names(expression: str) -> list[str]:
    return [part for part in re.split(r"\s+(?:and|or|with)\s+|[()]", expression) if part]


def render(distributions: list[Distribution], maintainer: str) -> str:
    paragraphs = [
        f"Format: {FORMAT}\n"
        "Upstream-Name: Helsinki library e-service kiosk\n"
        f"Upstream-Contact: {maintainer}\n"
        "Comment:\n"
        + field_text(
            "The kiosk, and the Python packages it runs on, which this package ships as "
            f"wheels in {WHEELS_INSTALLED_AT} and installs into /opt/kiosk/venv. Made "
            "from the wheels' own metadata and licence files when the package was "
            "built (packaging/make_copyright.py). The licence files each wheel carries "
            f"are in {LICENSES_INSTALLED_AT}/<name>-<version>/.",
            wrap=True,
        ),
    ]
    kiosk = next((d for d in distributions if d.name == KIOSK_DIST), None)
    paragraphs.append(
        "Files: *\n"
        "Copyright: the Helsinki library e-service kiosk authors\n"
        "License: MIT\n"
        + field_text(MIT_TEXT)
        + (f"\nComment: The kiosk {kiosk.version}: {', '.join(kiosk.wheels)}" if kiosk else "")
    )
    without_text: set[str] = set()
    for dist in distributions:
        if dist.name == KIOSK_DIST:
            continue
        files = " ".join(f"opt/kiosk/wheels/{wheel}" for wheel in dist.wheels)
        copyright_field = dist.copyright[0] + "".join(
            f"\n           {line}" for line in dist.copyright[1:]
        )
        paragraph = f"Files: {files}\nCopyright: {copyright_field}\nLicense: {dist.license}"
        if dist.licence_files:
            texts = [
                text if len(dist.licence_files) == 1 else f"--- {name} ---\n{text}"
                for name, text in sorted(dist.licence_files.items())
            ]
            paragraph += "\n" + field_text("\n\n".join(texts))
        else:
            without_text.update(short_names(dist.license))
        where = (
            f"{LICENSES_INSTALLED_AT}/{dist.folder}/" if dist.licence_files else "none in the wheel"
        )
        comment = f"{dist.display_name} {dist.version}. Licence files: {where}. " + COMMENTS.get(
            dist.name, ""
        )
        paragraph += "\nComment:\n" + field_text(comment.strip(), wrap=True)
        paragraphs.append(paragraph)
    for short in sorted(without_text):
        title, common = COMMON_LICENSES.get(short, (short, None))
        if common is None:
            raise ValueError(f"no licence text for {short}: add it to COMMON_LICENSES")
        paragraphs.append(
            f"License: {short}\n"
            + field_text(
                f"On Debian systems, the complete text of the {title} can be found in "
                f"/usr/share/common-licenses/{common}.",
                wrap=True,
            )
        )
    return "\n\n".join(paragraphs) + "\n"


def write(wheels_dir: Path, doc_dir: Path, maintainer: str) -> list[Distribution]:
    distributions = collect(wheels_dir)
    doc_dir.mkdir(parents=True, exist_ok=True)
    (doc_dir / "copyright").write_text(render(distributions, maintainer), encoding="utf-8")
    for dist in distributions:
        for name, text in dist.licence_files.items():
            target = doc_dir / "licenses" / dist.folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return distributions


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print("usage: make_copyright.py WHEELS_DIR DOC_DIR [MAINTAINER]", file=sys.stderr)
        return 2
    maintainer = argv[3] if len(argv) == 4 else "Helsinki library kiosk team"
    distributions = write(Path(argv[1]), Path(argv[2]), maintainer)
    print(
        f"copyright: {len(distributions)} distributions, "
        f"{sum(len(d.licence_files) for d in distributions)} licence files"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
