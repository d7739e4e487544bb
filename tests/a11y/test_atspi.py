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
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
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
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    pipe.close()


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
    # A config of its own: without one the kiosk reads /etc/kiosk/kiosk.toml where the
    # package is (or was) installed, and tests that machine's setup instead.
    config = desktop.logs.parent / "kiosk.toml"
    enabled = ", ".join(f'"{flow}"' for flow in FLOWS)
    config.write_text(f"[kiosk]\ndemo = true\n[flows]\nenabled = [{enabled}]\n")
    with open(out, "wb") as log:
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--windowed", "--config", str(config)],
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


# ---- every screen of every flow (issue 14, point 5) ---------------------------------

#: The languages whose every screen is read through AT-SPI.
WALK_LANGS = ("fi", "sv", "en")
#: What the window is called in each language: the translation of its name.
WINDOW_NAME_SOURCE = "City services kiosk"


class Lines:
    """Whole lines from a pipe, each within ``WAIT_S``."""

    def __init__(self, fd: int, what: str) -> None:
        self.fd, self.what, self.buffer = fd, what, b""

    def next(self) -> str:
        while b"\n" not in self.buffer:
            ready, _, _ = select.select([self.fd], [], [], WAIT_S)
            if not ready:
                raise AssertionError(f"{self.what}: nothing after {WAIT_S} s")
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                raise AssertionError(f"{self.what}: closed (got {self.buffer[-500:]!r})")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()

    def next_json(self) -> dict:
        """The next JSON line (the kiosk may print a plain line first)."""
        while True:
            line = self.next()
            if line.startswith("{"):
                return json.loads(line)


@dataclass
class Seen:
    """One screen: what the kiosk drew (headings, chosen options) and what AT-SPI read."""

    screen: str
    lang: str
    headings: list[str]
    chosen: list[str]
    nodes: list[dict]
    seconds: float


@functools.cache
def window_names() -> dict[str, str]:
    """The window's name in each language, from the translations (i18n/*.ts)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "i18n").glob("kiosk_*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            if message.findtext("source") == WINDOW_NAME_SOURCE:
                found[path.stem.removeprefix("kiosk_")] = message.findtext("translation") or ""
    return found


@pytest.fixture(scope="module")
def walk(desktop) -> dict[str, list[Seen]]:
    """Every screen of the screenshot walk, in fi, sv and en, in one kiosk process:
    the kiosk shows a screen and says what it drew; the probe reads the tree; next."""
    env = {
        **desktop.env,
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "KIOSK_DATA_DIR": str(desktop.logs.parent / "walk-data"),
    }
    args = [a for lang in WALK_LANGS for a in ("--lang", lang)]
    processes = Processes()
    seen: dict[str, list[Seen]] = {lang: [] for lang in WALK_LANGS}
    log_path = desktop.logs / "walk-kiosk.log"
    try:
        with open(log_path, "wb") as log:
            kiosk = processes.start(
                [sys.executable, "-m", "kiosk", "walk-screens", *args],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
            )
        with open(desktop.logs / "walk-probe.log", "wb") as log:
            probe_process = processes.start(
                [SYSTEM_PYTHON, str(PROBE), "serve", "--pid", str(kiosk.pid)]
                + ["--timeout", str(WAIT_S)],
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
            )
        shown = Lines(kiosk.stdout.fileno(), "the kiosk's walk")
        trees = Lines(probe_process.stdout.fileno(), "the probe")
        while True:
            try:
                screen = shown.next_json()
            except AssertionError as exc:
                raise AssertionError(
                    f"{exc}\n{log_path.read_text(errors='replace')[-3000:]}"
                ) from None
            if screen.get("end"):
                break
            probe_process.stdin.write(b"tree\n")
            probe_process.stdin.flush()
            tree = trees.next_json()
            assert tree["ok"], f"{screen['screen']}: {tree}"
            seen[screen["lang"]].append(
                Seen(
                    screen["screen"],
                    screen["lang"],
                    screen["headings"],
                    screen["chosen"],
                    tree["nodes"],
                    tree["seconds"],
                )
            )
            kiosk.stdin.write(b"next\n")
            kiosk.stdin.flush()
        # Kept beside the logs, for a failure's whole story.
        (desktop.logs / "walk.json").write_text(
            json.dumps({lang: [vars(s) for s in screens] for lang, screens in seen.items()})
        )
        yield seen
    finally:
        processes.stop_all()


def nameless_focusable(seen: Seen) -> list[str]:
    return [
        f"{seen.screen}: {n['role']} at {n['path']}"
        for n in showing({"nodes": seen.nodes})
        if "focusable" in n["states"] and not n["name"].strip()
    ]


def headings_without_role(seen: Seen) -> list[str]:
    exposed = {" ".join(n["name"].split()) for n in showing({"nodes": seen.nodes}, "heading")}
    return [
        f"{seen.screen}: {text!r}"
        for text in seen.headings
        if " ".join(text.split()) not in exposed
    ]


def window_name_problems(seen: Seen) -> list[str]:
    expected = window_names()[seen.lang]
    frames = [n for n in seen.nodes if n["depth"] == 1 and "showing" in n["states"]]
    if not frames:
        return [f"{seen.screen}: no window showing"]
    return [
        f"{seen.screen}: {n['role']} {n['name']!r}, not a frame named {expected!r}"
        for n in frames
        if n["role"] != "frame" or n["name"] != expected
    ]


def chosen_without_state(seen: Seen) -> list[str]:
    problems = []
    for name in seen.chosen:
        marked = [
            n
            for n in showing({"nodes": seen.nodes})
            if n["name"] == name and {"checked", "selected"} & set(n["states"])
        ]
        if not marked:
            problems.append(f"{seen.screen}: {name!r}")
    return problems


def unnamed_scroll_areas(seen: Seen) -> list[str]:
    """A page's scrolling area (the object holding the view and the scroll bar's box)
    must be named: a nameless one is read as a bare "filler"."""
    paths = {n["path"]: n for n in seen.nodes}
    areas = {
        n["path"].rsplit("/", 2)[0]
        for n in showing({"nodes": seen.nodes}, "scroll bar")
        if n["path"].count("/") >= 2
    }
    return [
        f"{seen.screen}: nameless {paths[path]['role']} at {path}"
        for path in sorted(areas)
        if path in paths and not paths[path]["name"].strip()
    ]


@pytest.mark.parametrize("lang", WALK_LANGS)
def test_the_walk_reads_every_step_of_every_flow(walk, lang):
    screens = {s.screen for s in walk[lang]}
    missing = [
        f"{path.stem}: {step['id']}"
        for path in sorted((ROOT / "assets" / "flows").glob("*.yaml"))
        for step in flow_yaml(path.stem)["steps"]
        if not any(
            name.startswith(f"{path.stem}-") and name.endswith(f"-{step['id']}-{lang}")
            for name in screens
        )
    ]
    assert not missing
    assert sum(1 for s in walk[lang] if s.chosen) >= 5, "too few screens with a chosen option"
    slowest = max(walk[lang], key=lambda s: s.seconds)
    print(f"{lang}: {len(walk[lang])} screens; slowest read {slowest.seconds} s ({slowest.screen})")


#: What a screen of the walk must not show, each a function of the screen that lists
#: its problems.
CHECKS = {
    "a nameless focusable object": nameless_focusable,
    "a drawn heading without the heading role": headings_without_role,
    "a window not named in the screen's language": window_name_problems,
    "a chosen option without a checked state": chosen_without_state,
    "a nameless scrolling area": unnamed_scroll_areas,
}


@pytest.mark.parametrize("check", CHECKS)
@pytest.mark.parametrize("lang", WALK_LANGS)
def test_what_assistive_technology_sees(walk, lang, check):
    problems = [p for seen in walk[lang] for p in CHECKS[check](seen)]
    assert not problems, f"{check}:\n" + "\n".join(problems)


def test_the_window_has_a_name_of_its_own_in_each_language():
    names = window_names()
    assert all(names.get(lang) for lang in WALK_LANGS), names
    assert len({names[lang] for lang in WALK_LANGS}) == len(WALK_LANGS), names


def _node(depth: int, path: str, role: str, name: str = "", *states: str) -> dict:
    return {
        "role": role,
        "name": name,
        "description": "",
        "states": ["showing", "visible", *states],
        "actions": [],
        "depth": depth,
        "path": path,
    }


def _screen(**broken: str) -> Seen:
    """A small Finnish screen as the probe reads it; ``broken`` spoils one part."""
    window = window_names()["fi"]
    nodes = [
        _node(0, "", "application", "kiosk"),
        _node(1, "/0", broken.get("window_role", "frame"), broken.get("window", window)),
        _node(2, "/0/0", "filler", broken.get("area", "Valitse"), "focusable"),
        _node(3, "/0/0/0", "filler"),
        _node(4, "/0/0/0/0", broken.get("heading_role", "heading"), "Valitse"),
        _node(
            4,
            "/0/0/0/1",
            "check box",
            "Kyllä",
            "focusable",
            *broken.get("chosen", "checked").split(),
        ),
        _node(4, "/0/0/0/2", "push button", broken.get("button", "Ei"), "focusable"),
        _node(3, "/0/0/1", "filler"),
        _node(4, "/0/0/1/0", "scroll bar"),
    ]
    return Seen("test-01-step-fi", "fi", ["Valitse"], ["Kyllä"], nodes, 0.0)


@pytest.mark.parametrize(
    ("check", "broken"),
    [
        ("a nameless focusable object", {"button": ""}),
        ("a drawn heading without the heading role", {"heading_role": "label"}),
        ("a window not named in the screen's language", {"window": "City services kiosk"}),
        ("a window not named in the screen's language", {"window_role": "filler"}),
        ("a chosen option without a checked state", {"chosen": ""}),
        ("a nameless scrolling area", {"area": ""}),
    ],
)
def test_the_checks_catch_a_broken_screen(check, broken):
    """Each check passes a sound screen and fails the same screen with its fault; the
    others still pass it (the checks do not overlap by accident)."""
    assert not any(CHECKS[name](_screen()) for name in CHECKS)
    failing = [name for name in CHECKS if CHECKS[name](_screen(**broken))]
    assert check in failing, failing
