"""Make packaging/requirements.lock from packaging/requirements.in (`make lock`).

Resolves the run-time packages for the Debian package's venv with ``pip download``
for every Python the package supports (Debian 12's 3.11 and Debian 13's 3.13, see
PYTHONS), pins every package, dependencies included, at one version for all of them,
and records the sha256 of every wheel that one of them installs (one per Python for
compiled packages, one for pure or abi3 ones), so that ``pip download/install
--require-hashes`` accepts exactly these files. The postinst's pip picks, from the
wheels the package ships, the ones that fit the machine's Python. Only wheels:
nothing is compiled on a kiosk.

pip runs with no config file and no PIP_* settings, so the hashes are those of the
public index, the one the CI and the build machines use.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "requirements.in"
LOCK = HERE / "requirements.lock"

#: Debian architecture -> wheel platform machine name. Only amd64: PySide6 6.11's arm64
#: wheels need glibc 2.39, newer than Debian 12's (6.8.0 is the last that fits).
ARCHES = {"amd64": "x86_64"}
#: The python3 of each Debian release the package installs on (build-deb.sh's PYTHONS
#: and the package's python3 dependency follow this).
PYTHONS = {"3.11": "Debian 12", "3.13": "Debian 13"}
GLIBC_MINOR = 36  # Debian 12's glibc 2.36 (Debian 13 has 2.41): manylinux_2_17 … 2_36 fit


def platform_args(python: str, machine: str) -> list[str]:
    args = [
        "--only-binary=:all:",
        "--python-version",
        python,
        "--implementation",
        "cp",
        "--abi",
        "cp" + python.replace(".", ""),
    ]
    for minor in range(GLIBC_MINOR, 16, -1):
        args += ["--platform", f"manylinux_2_{minor}_{machine}"]
    return args + ["--platform", f"manylinux2014_{machine}"]


def pip_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def download(args: list[str], dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--dest", str(dest), *args],
        check=True,
        env=pip_env(),
    )
    return sorted(dest.glob("*.whl"))


def name_version(wheel: Path) -> tuple[str, str]:
    name, version = wheel.name.split("-")[:2]
    return re.sub(r"[-_.]+", "-", name).lower(), version


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        machine = next(iter(ARCHES.values()))
        # 1. Resolve for each Python: one version of each package for all of them.
        pins: dict[str, str] = {}
        for python in PYTHONS:
            for wheel in download(
                [*platform_args(python, machine), "-r", str(SOURCE)],
                Path(tmp) / f"resolve-{python}",
            ):
                name, version = name_version(wheel)
                if pins.setdefault(name, version) != version:
                    print(
                        f"lock: {name} resolves to {pins[name]} and {version} on different "
                        "Pythons; pin one version in requirements.in",
                        file=sys.stderr,
                    )
                    return 1
        pin_file = Path(tmp) / "pins.txt"
        pin_file.write_text(
            "".join(f"{n}=={v}\n" for n, v in sorted(pins.items())), encoding="utf-8"
        )
        # 2. Every pinned wheel for every Python and architecture, by hash.
        hashes: dict[str, set[str]] = {name: set() for name in pins}
        for python in PYTHONS:
            for arch, machine in ARCHES.items():
                for wheel in download(
                    [*platform_args(python, machine), "--no-deps", "-r", str(pin_file)],
                    Path(tmp) / f"{python}-{arch}",
                ):
                    name, version = name_version(wheel)
                    if pins.get(name) != version:
                        print(f"lock: {wheel.name} is not pinned", file=sys.stderr)
                        return 1
                    hashes[name].add(sha256(wheel))
    lines = [
        "# Pinned run-time packages of the kiosk's Debian package (venv in /opt/kiosk).",
        "# Made by `make lock` (packaging/lock_requirements.py) from requirements.in:",
        "# CPython "
        + ", ".join(f"{p} ({d})" for p, d in PYTHONS.items())
        + f", manylinux up to glibc 2.{GLIBC_MINOR}, wheels for "
        + ", ".join(ARCHES)
        + ".",
        "# Do not edit by hand: change requirements.in and run `make lock`.",
    ]
    for name, version in sorted(pins.items()):
        lines.append(f"{name}=={version} \\")
        ordered = sorted(hashes[name])
        for i, digest in enumerate(ordered):
            end = " \\" if i < len(ordered) - 1 else ""
            lines.append(f"    --hash=sha256:{digest}{end}")
    LOCK.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {LOCK} ({len(pins)} packages, Python {', '.join(PYTHONS)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
