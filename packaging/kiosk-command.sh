#!/bin/sh
# /usr/bin/kiosk: the kiosk command from the Debian package's own virtual environment
# (/opt/kiosk/venv, made by the package's postinst from the wheels it ships).
venv=/opt/kiosk/venv
if [ ! -x "$venv/bin/kiosk" ]; then
    echo "kiosk: $venv is missing or broken; repair it with: apt-get install --reinstall kiosk" >&2
    exit 1
fi
exec "$venv/bin/kiosk" "$@"
