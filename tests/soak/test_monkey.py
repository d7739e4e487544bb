"""A short seeded monkey run for CI (issue 7); ``scripts/soak.py`` runs the long one.

The kiosk's own ``sys.excepthook`` must run (it recovers silently, and the monkey
wraps it to notice), so pytest-qt's exception capture is off here.
"""

from __future__ import annotations

import pytest
from monkey import Monkey

import kiosk.ui.visit as window_module

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]

SEEDS = (1, 2, 3)
EVENTS = 300


@pytest.mark.parametrize("seed", SEEDS)
def test_monkey_finds_no_fault(make_kiosk, monkeypatch, tmp_path, seed):
    from kiosk.ui.printout import print_to_pdf

    # Results may be "printed": to a PDF here, never to a real CUPS queue.
    monkeypatch.setattr(
        window_module,
        "print_to",
        lambda printout, printer, now: print_to_pdf(printout, tmp_path / "printout.pdf", now),
    )
    kiosk = make_kiosk(lang="fi")
    monkey = Monkey(kiosk, seed)
    failures = monkey.run(EVENTS)
    assert not failures, "\n\n".join(str(f) for f in failures)
    assert monkey.events_run == EVENTS
