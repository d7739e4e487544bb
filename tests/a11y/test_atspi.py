"""The kiosk as assistive technology sees it: the AT-SPI tree (A16).

The real kiosk (``python -m kiosk run --windowed``) runs on a private X display (Xvfb)
with a private D-Bus session and accessibility bus, and Qt's AT-SPI bridge switched on.
``atspi_probe.py``, run with the system Python (python3-pyatspi), reads its tree and
acts on it the way a screen reader would: a tap on the attract screen, then the
"Press" action of buttons. Nothing is added to the kiosk for this.

All processes are started here, in their own process groups, and ended here.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import ROOT, flow_yaml

from kiosk.core.config import DEFAULT_LANGUAGES
from kiosk.ui.pages import AttractPage

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
#: How long to wait for anything to appear (a slow CI machine; not a timing check).
WAIT_S = 30
FLOWS = ("library-hours", "e-identification")
LANGUAGE_BUTTON = "Kieli · Språk · Language"
PRESS_ACTIONS = {"press", "click", "activate"}


def _missing() -> str:
    """Why this machine cannot run the check ('' when it can)."""
    needed = {
        "Xvfb": shutil.which("Xvfb"),
        "dbus-daemon": shutil.which("dbus-daemon"),
        "at-spi-bus-launcher": next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None),
        SYSTEM_PYTHON: SYSTEM_PYTHON if os.access(SYSTEM_PYTHON, os.X_OK) else None,
    }
    missing = [name for name, path in needed.items() if path is None]
    if missing:
        return f"missing system binaries: {', '.join(missing)} (scripts/system-deps.sh)"
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=60
    )
    if check.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (python3-pyatspi): {check.stderr[-300:]}"
    return ""


@dataclass
class Processes:
    """Started processes, ended in reverse order (each with its process group)."""

    started: list[subprocess.Popen] = field(default_factory=list)

    def start(self, args: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(args, start_new_session=True, **kwargs)
        self.started.append(process)
        return process

    def stop_all(self) -> None:
        for process in reversed(self.started):
            stop(process)


def stop(process: subprocess.Popen) -> None:
    """End ``process`` and its group (it was started in a session of its own, so the
    group holds only what it started, such as the accessibility bus and registry)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def read_line(fd: int, what: str, timeout: float = WAIT_S) -> str:
    """One line from a pipe, or fail after ``timeout`` seconds."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise AssertionError(f"{what}: nothing after {timeout} s")
        chunk = os.read(fd, 256)
        if not chunk:
            raise AssertionError(f"{what}: closed before a line (got {data!r})")
        data += chunk
    return data.decode().strip()


@dataclass
class Desktop:
    """A private X display, session bus and accessibility bus."""

    env: dict[str, str]
    logs: Path


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    why = _missing()
    if why:
        pytest.skip(why)
    base = tmp_path_factory.mktemp("atspi")
    logs = base / "logs"
    logs.mkdir()
    runtime = base / "runtime"
    runtime.mkdir(mode=0o700)
    processes = Processes()
    try:
        # The X server picks a free display and says which (-displayfd).
        read_fd, write_fd = os.pipe()
        with open(logs / "xvfb.log", "wb") as log:
            processes.start(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    "1920x1080x24",
                    "-nolisten",
                    "tcp",
                ],
                pass_fds=(write_fd,),
                stdout=log,
                stderr=log,
            )
        os.close(write_fd)
        try:
            display = read_line(read_fd, "Xvfb display number")
        finally:
            os.close(read_fd)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "AT_SPI", "WAYLAND", "QT_", "XDG_"))
        }
        env.update(DISPLAY=f":{display}", XDG_RUNTIME_DIR=str(runtime))

        with open(logs / "dbus.log", "wb") as log:
            bus = processes.start(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=log,
            )
        try:
            env["DBUS_SESSION_BUS_ADDRESS"] = read_line(bus.stdout.fileno(), "dbus-daemon address")
        finally:
            bus.stdout.close()

        launcher = next(p for p in BUS_LAUNCHERS if os.access(p, os.X_OK))
        with open(logs / "at-spi-bus-launcher.log", "wb") as log:
            processes.start([launcher, "--launch-immediately"], env=env, stdout=log, stderr=log)
        result = probe(env, "wait-bus", "--timeout", str(WAIT_S))
        assert result["ok"], f"the accessibility bus did not start: {result}"
        yield Desktop(env, logs)
    finally:
        processes.stop_all()


def probe(env: dict[str, str], *args: str) -> dict:
    """Run atspi_probe.py with the system Python; its JSON answer."""
    done = subprocess.run(
        [SYSTEM_PYTHON, str(PROBE), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_S * 3,
    )
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        raise AssertionError(
            f"atspi_probe {args} failed ({done.returncode}):\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        ) from None


@dataclass
class Journey:
    """What the AT-SPI tree showed at each point of a short visit."""

    pid: int
    trees: dict[str, dict] = field(default_factory=dict)
    presses: dict[str, dict] = field(default_factory=dict)


def showing(tree: dict, role: str | None = None) -> list[dict]:
    return [
        n for n in tree["nodes"] if "showing" in n["states"] and (role is None or n["role"] == role)
    ]


def names(tree: dict, role: str = "push button") -> list[str]:
    return [n["name"] for n in showing(tree, role)]


def titles(lang: str) -> list[str]:
    return [flow_yaml(flow_id)["title"][lang] for flow_id in FLOWS]


@pytest.fixture(scope="module")
def journey(desktop):
    """Start the kiosk; read the tree on the attract screen; tap it; choose Suomi; then
    switch to English with the language button."""
    data = desktop.logs.parent / "data"
    env = {
        **desktop.env,
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "KIOSK_DATA_DIR": str(data),
    }
    out = desktop.logs / "kiosk.log"
    with open(out, "wb") as log:
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--windowed"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    pid = kiosk.pid
    result = Journey(pid)

    def step(name: str, *args: str) -> dict:
        answer = probe(env, *args, "--pid", str(pid), "--timeout", str(WAIT_S))
        if not answer["ok"]:
            running = "running" if kiosk.poll() is None else f"exited {kiosk.returncode}"
            shown = "\n".join(
                f"{'  ' * n['depth']}{n['role']} {n['name']!r}"
                for n in answer.get("nodes", [])
                if "showing" in n["states"]
            )
            raise AssertionError(
                f"{name}: {answer.get('error')} (kiosk {running})\n"
                f"showing:\n{shown}\nkiosk output:\n"
                f"{out.read_text(errors='replace')[-3000:]}"
            )
        return answer

    try:
        prompt = AttractPage.PROMPTS["en"]
        result.trees["attract"] = step("attract", "tree", "--expect", f"push button~{prompt}")
        # Started through its press action, as assistive technology would.
        step("press attract", "press", "--target", f"push button~{prompt}")
        result.trees["language"] = step(
            "language",
            "tree",
            *[
                a
                for lang in ("Suomi", "Svenska", "English")
                for a in ("--expect", f"push button={lang}")
            ],
        )
        result.presses["Suomi"] = step("press Suomi", "press", "--target", "push button=Suomi")
        result.trees["home-fi"] = step(
            "home in Finnish",
            "tree",
            "--expect",
            "push button=Takaisin",
            "--expect",
            "push button=Pyydä apua",
            *[a for title in titles("fi") for a in ("--expect", f"push button={title}")],
        )
        step("press the language button", "press", "--target", f"push button={LANGUAGE_BUTTON}")
        step("language again", "tree", "--expect", "push button=English")
        result.presses["English"] = step(
            "press English", "press", "--target", "push button=English"
        )
        result.trees["home-en"] = step(
            "home in English",
            "tree",
            "--expect",
            "push button=Back",
            *[a for title in titles("en") for a in ("--expect", f"push button={title}")],
        )
        yield result
    finally:
        stop(kiosk)


def test_kiosk_is_on_the_accessibility_bus(journey):
    tree = journey.trees["attract"]
    assert tree["app"]["pid"] == journey.pid
    assert tree["app"]["name"] == "kiosk"
    assert tree["nodes"][0]["role"] == "application"


def test_attract_screen_is_named_in_every_language(journey):
    """The start screen says, in each language, what to do."""
    named = [n["name"] for n in showing(journey.trees["attract"])]
    prompts = [AttractPage.PROMPTS[lang] for lang in DEFAULT_LANGUAGES]
    assert any(all(p in name for p in prompts) for name in named), named


def test_attract_screen_can_be_started_by_assistive_technology(journey):
    prompt = AttractPage.PROMPTS["en"]
    page = next(n for n in showing(journey.trees["attract"]) if prompt in n["name"])
    actions = {a.lower() for a in page["actions"]}
    assert page["role"] == "push button" or actions & PRESS_ACTIONS, page


def test_language_screen_offers_each_language_as_a_button(journey):
    tree = journey.trees["language"]
    for name in ("Suomi", "Svenska", "English"):
        buttons = [n for n in showing(tree, "push button") if n["name"] == name]
        assert len(buttons) == 1, f"{name}: {names(tree)}"
        assert {a.lower() for a in buttons[0]["actions"]} & PRESS_ACTIONS, buttons[0]


def test_pressing_suomi_shows_home_in_finnish(journey):
    assert journey.presses["Suomi"]["action"].lower() in PRESS_ACTIONS
    shown = names(journey.trees["home-fi"])
    for expected in ("Takaisin", "Pyydä apua", *titles("fi")):
        assert expected in shown, shown
    assert "Back" not in shown


def test_switching_to_english_renames_everything(journey):
    shown = names(journey.trees["home-en"])
    for expected in ("Back", *titles("en")):
        assert expected in shown, shown
    finnish = set(names(journey.trees["home-fi"])) - {LANGUAGE_BUTTON}
    assert not finnish & set(shown), f"still in Finnish: {finnish & set(shown)}"


@pytest.mark.parametrize("screen", ["language", "home-fi", "home-en"])
def test_every_button_has_a_name(journey, screen):
    """A16: every push button on screen has a non-empty accessible name."""
    buttons = showing(journey.trees[screen], "push button")
    assert len(buttons) >= 8, names(journey.trees[screen])  # the bars, at least
    nameless = [n["path"] for n in buttons if not n["name"].strip()]
    assert not nameless, f"push buttons without a name at {nameless}"


@pytest.mark.parametrize("screen", ["language", "home-fi", "home-en"])
def test_every_button_can_be_pressed(journey, screen):
    """Assistive technology can activate every button (a press action)."""
    no_press = [
        n["name"]
        for n in showing(journey.trees[screen], "push button")
        if not {a.lower() for a in n["actions"]} & PRESS_ACTIONS
    ]
    assert not no_press
