"""Make packaging/requirements.lock from packaging/requirements.in (`make lock`).

Resolves the run-time packages for the Debian package's venv (CPython 3.11 on Debian
12: glibc 2.36) with ``pip download``, pins every package, dependencies included, and
records the sha256 of the wheel for each architecture the package is built for
(amd64 only, see ARCHES), so ``pip download/install --require-hashes`` accepts exactly these
files. Only wheels: nothing is compiled on a kiosk.

pip runs with no config file and no PIP_* settings, so the hashes are those of the
public index (pypi.org), the one the CI and the build machines use.
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
PYTHON = "3.11"  # Debian 12's python3
GLIBC_MINOR = 36  # Debian 12's glibc 2.36: manylinux_2_17 … manylinux_2_36 fit


def platform_args(machine: str) -> list[str]:
    args = ["--only-binary=:all:", "--python-version", PYTHON, "--implementation", "cp",
            "--abi", "cp" + PYTHON.replace(".", "")]
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
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--dest", str(dest),
                    *args], check=True, env=pip_env())
    return sorted(dest.glob("*.whl"))


def name_version(wheel: Path) -> tuple[str, str]:
    name, version = wheel.name.split("-")[:2]
    return re.sub(r"[-_.]+", "-", name).lower(), version


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        hashes: dict[tuple[str, str], set[str]] = {}
        first, *others = ARCHES.items()
        wheels = download([*platform_args(first[1]), "-r", str(SOURCE)], Path(tmp) / first[0])
        for wheel in wheels:
            hashes.setdefault(name_version(wheel), set()).add(sha256(wheel))
        pins = Path(tmp) / "pins.txt"
        pins.write_text("".join(f"{n}=={v}\n" for n, v in sorted(hashes)), encoding="utf-8")
        for arch, machine in others:
            for wheel in download([*platform_args(machine), "--no-deps", "-r", str(pins)],
                                  Path(tmp) / arch):
                key = name_version(wheel)
                if key not in hashes:
                    print(f"lock: {wheel.name} resolved only for {arch}", file=sys.stderr)
                    return 1
                hashes[key].add(sha256(wheel))
    lines = [
        "# Pinned run-time packages of the kiosk's Debian package (venv in /opt/kiosk).",
        "# Made by `make lock` (packaging/lock_requirements.py) from requirements.in:",
        f"# CPython {PYTHON}, manylinux up to glibc 2.{GLIBC_MINOR} (Debian 12), wheels for "
        + ", ".join(ARCHES) + ".",
        "# Do not edit by hand: change requirements.in and run `make lock`.",
    ]
    for (name, version), digests in sorted(hashes.items()):
        lines.append(f"{name}=={version} \\")
        ordered = sorted(digests)
        for i, digest in enumerate(ordered):
            end = " \\" if i < len(ordered) - 1 else ""
            lines.append(f"    --hash=sha256:{digest}{end}")
    LOCK.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {LOCK} ({len(hashes)} packages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
