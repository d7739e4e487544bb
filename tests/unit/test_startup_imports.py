"""The kiosk's start-up path imports no HTTP layer and no QR code library (issue 19:
requests, urllib3 and requests-cache cost ~170 ms and ~20 MB before the first frame,
and nothing on the attract screen uses them), and none of the kiosk's own modules that
only a later moment needs: printing, the fleet (only with [fleet]), the step page, the
on-screen keyboard, the city's clients and parsers,
and the few stdlib modules imported where they are used (uuid, difflib; platformdirs
without $KIOSK_DATA_DIR). A fresh interpreter, as at boot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATE = (
    *("requests", "urllib3", "requests_cache", "cattrs", "qrcode"),
    *("uuid", "difflib", "platformdirs"),
    *("hashlib", "_hashlib", "hmac"),  # OpenSSL's libcrypto: 3.3 MB from the start
    *("kiosk.fleet", "kiosk.ui.fleet_link", "kiosk.ui.printout", "kiosk.ui.steps"),
    "kiosk.ui.keyboard",
    "html.parser",  # on the first city text with markup
    # The city's clients and parsers: on the first service call (kiosk.services.lazy_services).
    *("kiosk.services.live", "kiosk.services.libraries", "kiosk.services.servicemap"),
    *("kiosk.services.events", "kiosk.services.feedback", "kiosk.services.omastadi"),
)

SCRIPT = """
import json, sys
from pathlib import Path
from kiosk.app import build
kiosk = build(data_dir=Path(sys.argv[1]), windowed=True)
kiosk.window.show()
kiosk.app.processEvents()
late = sys.argv[2].split(",")
print(json.dumps(sorted(m for m in sys.modules for x in late if (m + ".").startswith(x + "."))))
kiosk.speaker.close()
"""


def test_building_and_showing_the_kiosk_imports_nothing_it_needs_later(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), ",".join(LATE)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], loaded
