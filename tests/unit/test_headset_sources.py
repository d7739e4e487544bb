"""Where the kiosk learns that a headset is in (kiosk.speech.headset, issue 13 point 5):
each jack source, the watch that reports changes, the loudspeaker's mute, and the
[headset] config keys."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.core.config import HeadsetConfig, load_config
from kiosk.speech.headset import (
    AlsaJack,
    AudioRoute,
    EvdevJack,
    GpioJack,
    HeadsetWatch,
    NoJack,
    jack_source,
)

AMIXER_ON = """numid=18,iface=CARD,name='Headphone Jack'
  ; type=BOOLEAN,access=r-------,values=1
  : values=on
"""


def amixer(stdout: str, code: int = 0):
    calls = []

    def run(command, **_):
        calls.append(command)
        return subprocess.CompletedProcess(command, code, stdout=stdout, stderr="")

    return run, calls


def test_alsa_jack_reads_the_cards_jack_control():
    run, calls = amixer(AMIXER_ON)
    assert AlsaJack(1, "Headphone Jack", run).plugged() is True
    assert calls == [["amixer", "-c", "1", "cget", "name=Headphone Jack"]]
    run, _ = amixer(AMIXER_ON.replace("values=on", "values=off"))
    assert AlsaJack(0, "Headphone Jack", run).plugged() is False


def test_alsa_jack_that_cannot_tell_says_none():
    run, _ = amixer("amixer: Cannot find the given element", code=1)
    assert AlsaJack(0, "Headphone Jack", run).plugged() is None

    def missing(command, **_):
        raise FileNotFoundError("amixer")

    assert AlsaJack(0, "Headphone Jack", missing).plugged() is None


def test_gpio_jack_reads_a_value_file(tmp_path: Path):
    value = tmp_path / "value"
    value.write_text("1\n")
    assert GpioJack(str(value)).plugged() is True
    assert GpioJack(str(value), active_low=True).plugged() is False
    value.write_text("0\n")
    assert GpioJack(str(value)).plugged() is False
    value.write_text("x")
    assert GpioJack(str(value)).plugged() is None
    assert GpioJack(str(tmp_path / "gone")).plugged() is None


def test_evdev_jack_without_its_device_cannot_tell(tmp_path: Path):
    assert EvdevJack(str(tmp_path / "event9")).plugged() is None
    assert EvdevJack("").plugged() is None
    assert EvdevJack(str(tmp_path / "event9"), code=4000, kind="key").plugged() is None


def test_the_config_picks_the_source():
    assert isinstance(jack_source(HeadsetConfig()), NoJack)
    assert isinstance(jack_source(HeadsetConfig(detect="alsa")), AlsaJack)
    assert isinstance(jack_source(HeadsetConfig(detect="gpio", gpio_path="/x")), GpioJack)
    assert isinstance(jack_source(HeadsetConfig(detect="evdev")), EvdevJack)


def test_the_watch_reports_changes_only():
    source = SimpleNamespace(state=None)
    source.plugged = lambda: source.state
    seen: list[bool] = []
    watch = HeadsetWatch(source, seen.append)
    assert watch.poll() is None  # cannot tell: nothing
    source.state = False
    watch.poll()  # out, as it was
    source.state = True
    watch.poll()
    watch.poll()
    source.state = False
    watch.poll()
    assert seen == [True, False]


def test_the_loudspeaker_is_muted_while_the_headset_is_in():
    ran = []
    route = AudioRoute(0, "Speaker", lambda command, **_: ran.append(command))
    route.headset(True)
    route.headset(False)
    assert ran == [
        ["amixer", "-q", "-c", "0", "sset", "Speaker", "mute"],
        ["amixer", "-q", "-c", "0", "sset", "Speaker", "unmute"],
    ]
    AudioRoute(0, "", lambda *a, **k: pytest.fail("no control, no amixer")).headset(True)


def test_headset_keys_are_checked(tmp_path: Path):
    good = tmp_path / "good.toml"
    good.write_text(
        '[headset]\ndetect = "gpio"\ngpio_path = "/sys/class/gpio/gpio17/value"\nvolume = 0.3\n'
    )
    config = load_config(good)
    assert config.headset.detect == "gpio" and config.headset.volume == 0.3
    bad = tmp_path / "bad.toml"
    bad.write_text('[headset]\ndetect = "bluetooth"\nvolume = 2\ngpio_path = "relative"\n')
    with pytest.raises(Exception) as raised:
        load_config(bad)
    problems = " ".join(str(p) for p in raised.value.problems)
    assert "headset.detect" in problems and "headset.volume" in problems
    assert "headset.gpio_path" in problems
